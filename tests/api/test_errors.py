"""Every error answer has one shape, a clear message and the field at fault."""

import pytest

from tests.api.conftest import error_of
from tests.factories import ClaimFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def test_a_validation_error_lists_every_message_by_field(fact_checker_client):
    claim = ClaimFactory()
    response = fact_checker_client.patch(
        f"/api/v1/claims/{claim.pk}/", {"kind": "loud", "start": "x"}, format="json"
    )
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid"
    assert error["field"] in {"kind", "start"}
    assert error["message"].startswith(error["field"])
    assert set(error["details"]) == {"kind", "start"}


def test_a_body_that_is_not_json_is_a_400_without_a_field(fact_checker_client):
    claim = ClaimFactory()
    response = fact_checker_client.patch(
        f"/api/v1/claims/{claim.pk}/", "{not json", content_type="application/json"
    )
    assert response.status_code == 400
    assert error_of(response)["code"] == "parse_error"


def test_any_write_body_over_the_limit_is_a_413(fact_checker_client, settings):
    settings.CLAIMTRACK = {**settings.CLAIMTRACK, "MAX_UPLOAD_BYTES": 50}
    review = ReviewFactory()
    response = fact_checker_client.patch(
        f"/api/v1/reviews/{review.pk}/", {"notes": "n" * 200}, format="json"
    )
    assert response.status_code == 413
    assert error_of(response) == {
        "code": "too_large",
        "message": "the request body is larger than 50 bytes",
        "field": None,
    }


def test_a_method_the_resource_does_not_have_is_a_405_in_the_error_shape(fact_checker_client):
    response = fact_checker_client.put("/api/v1/reviews/1/", {}, format="json")
    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"


def test_an_unknown_review_is_a_404_in_the_error_shape(anonymous):
    response = anonymous.get("/api/v1/reviews/424242/")
    assert response.status_code == 404
    assert error_of(response) == {
        "code": "not_found",
        "message": "No Review matches the given query.",
        "field": None,
    }


def test_an_error_asked_for_as_csv_comes_as_csv(anonymous):
    response = anonymous.get("/api/v1/claims/export.csv?kind=loud", HTTP_ACCEPT="text/csv")
    assert response.status_code == 400
    assert response.content.decode().splitlines()[0] == "code,message,field"


def test_an_unknown_api_path_answers_json_404(anonymous):
    response = anonymous.get("/api/v1/claims/not-a-number/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "not_found"
