"""Reviews (fact-checkers' verdicts) and their schema.org ClaimReview export."""

import datetime

import pytest

from claims.lib.claimreview import problems
from claims.models import Claim, Review, Statement
from tests.api.conftest import error_of, ids
from tests.factories import ArticleFactory, ClaimFactory, OutletFactory, ReviewFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/reviews/"


def _verdict(claim) -> dict:
    return {
        "claim": claim.pk,
        "rating_value": 2,
        "rating_text": "Mostly false",
        "date_published": "2024-06-01",
        "url": "https://factcheck.example.org/r/1",
    }


def test_a_fact_checker_records_a_verdict_and_the_claim_counts_as_confirmed(
    fact_checker_client, fact_checker
):
    claim = ClaimFactory()
    response = fact_checker_client.post(URL, _verdict(claim), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["reviewer"] == {"id": fact_checker.pk, "username": fact_checker.username}
    assert (body["rating_value"], body["best_rating"], body["worst_rating"]) == (2, 5, 1)
    claim.refresh_from_db()
    assert claim.review_status == Claim.ReviewStatus.CONFIRMED


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"rating_value": 9}, "rating_value"),
        ({"worst_rating": 5, "best_rating": 1}, "worst_rating"),
        ({"rating_text": ""}, "rating_text"),
        ({"date_published": "yesterday"}, "date_published"),
        ({"claim": 10**9}, "claim"),
        ({"url": "not a url"}, "url"),
    ],
)
def test_an_invalid_verdict_is_a_400_naming_the_field(fact_checker_client, change, field):
    claim = ClaimFactory()
    response = fact_checker_client.post(URL, {**_verdict(claim), **change}, format="json")
    assert response.status_code == 400, response.content
    assert error_of(response)["field"] == field
    assert not Review.objects.exists()


def test_a_claim_marked_not_a_claim_cannot_be_reviewed(fact_checker_client):
    claim = ClaimFactory(review_status=Claim.ReviewStatus.REJECTED)
    response = fact_checker_client.post(URL, _verdict(claim), format="json")
    assert response.status_code == 400
    assert error_of(response)["field"] == "claim"


def test_a_fact_checker_changes_and_deletes_a_verdict(fact_checker_client):
    review = ReviewFactory()
    changed = fact_checker_client.patch(
        f"{URL}{review.pk}/", {"rating_value": 4, "rating_text": "Mostly true"}, format="json"
    )
    assert changed.status_code == 200, changed.content
    assert (changed.json()["rating_value"], changed.json()["rating_text"]) == (4, "Mostly true")
    out_of_range = fact_checker_client.patch(
        f"{URL}{review.pk}/", {"rating_value": 0}, format="json"
    )
    assert out_of_range.status_code == 400
    assert fact_checker_client.delete(f"{URL}{review.pk}/").status_code == 204
    assert not Review.objects.exists()


def test_verdicts_are_written_by_fact_checkers_only(anonymous, api_client):
    review = ReviewFactory()
    assert anonymous.post(URL, _verdict(review.claim), format="json").status_code == 401
    assert api_client.post(URL, _verdict(review.claim), format="json").status_code == 403
    assert api_client.delete(f"{URL}{review.pk}/").status_code == 403
    assert Review.objects.count() == 1


def test_reviews_are_listed_and_filtered(anonymous):
    wanted = ReviewFactory(rating_value=1, date_published=datetime.date(2024, 2, 1))
    ReviewFactory(rating_value=4, date_published=datetime.date(2024, 8, 1))
    assert ids(anonymous.get(URL, {"claim": wanted.claim_id})) == [wanted.pk]
    assert ids(anonymous.get(URL, {"rating_value": 1})) == [wanted.pk]
    assert ids(anonymous.get(URL, {"date_published_before": "2024-03-01"})) == [wanted.pk]
    assert ids(anonymous.get(URL, {"reviewer": wanted.reviewer_id})) == [wanted.pk]


# --- ClaimReview ------------------------------------------------------------------------


def _reviewed_claim_in_two_outlets() -> tuple[Review, Claim]:
    statement = Statement.objects.create()
    later = ClaimFactory(
        statement=statement,
        article=ArticleFactory(published=datetime.date(2024, 3, 2), outlet=OutletFactory()),
    )
    earlier = ClaimFactory(
        statement=statement,
        speaker=later.speaker,
        article=ArticleFactory(published=datetime.date(2024, 3, 1), outlet=OutletFactory()),
    )
    return ReviewFactory(claim=later), earlier


def test_a_claims_claimreview_has_every_required_and_recommended_field(anonymous):
    review, earlier = _reviewed_claim_in_two_outlets()
    response = anonymous.get(f"/api/v1/claims/{review.claim_id}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    document = response.json()
    assert document["@context"] == "https://schema.org"
    [node] = document["@graph"]
    assert problems(node) == []
    assert node["@type"] == "ClaimReview"
    assert node["url"] == review.url
    assert node["claimReviewed"] == review.claim.text
    assert node["datePublished"] == "2024-06-01"
    assert node["author"] == {"@type": "Person", "name": review.reviewer.get_full_name()}
    assert node["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Mostly false",
        "name": "Mostly false",
    }
    item = node["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": review.claim.speaker.canonical_name}
    assert item["datePublished"] == "2024-03-01"
    assert item["firstAppearance"]["url"] == earlier.article.url
    assert item["firstAppearance"]["publisher"]["name"] == earlier.article.outlet.name
    assert [a["url"] for a in item["appearance"]] == [earlier.article.url, review.claim.article.url]


def test_claimreview_is_signed_by_the_configured_organisation(anonymous, settings):
    settings.CLAIMTRACK = {
        **settings.CLAIMTRACK,
        "CLAIMREVIEW_PUBLISHER": {"name": "Example Checks", "url": "https://checks.example.org/"},
    }
    review = ReviewFactory()
    [node] = anonymous.get(f"/api/v1/claims/{review.claim_id}/claimreview/").json()["@graph"]
    assert node["author"] == {
        "@type": "Organization",
        "name": "Example Checks",
        "url": "https://checks.example.org/",
    }


def test_a_review_without_its_own_page_links_to_the_api(anonymous):
    review = ReviewFactory(url="")
    [node] = anonymous.get(f"/api/v1/claims/{review.claim_id}/claimreview/").json()["@graph"]
    assert node["url"] == f"http://testserver/api/v1/reviews/{review.pk}/"
    assert problems(node) == []


def test_an_unreviewed_claim_has_no_claimreview(anonymous):
    claim = ClaimFactory()
    response = anonymous.get(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response.status_code == 404
    assert error_of(response)["message"] == "this claim has no review yet"


def test_the_bulk_export_pages_through_every_review_with_link_headers(anonymous, monkeypatch):
    from rest_framework.pagination import CursorPagination

    monkeypatch.setattr(CursorPagination, "page_size", 2)
    reviews = ReviewFactory.create_batch(3)
    first = anonymous.get("/api/v1/claimreview/")
    assert first.status_code == 200
    assert first["Content-Type"] == "application/ld+json"
    link = first["Link"]
    assert link.endswith('>; rel="next"')
    second = anonymous.get(link[1 : link.index(">")])
    assert "Link" not in second
    nodes = first.json()["@graph"] + second.json()["@graph"]
    assert sorted(n["url"] for n in nodes) == sorted(r.url for r in reviews)
    assert all(problems(n) == [] for n in nodes)


def test_the_bulk_export_filters_by_review_date(anonymous):
    ReviewFactory(date_published=datetime.date(2023, 1, 1))
    recent = ReviewFactory(date_published=datetime.date(2024, 7, 1))
    body = anonymous.get("/api/v1/claimreview/", {"date_published_after": "2024-01-01"}).json()
    assert [n["url"] for n in body["@graph"]] == [recent.url]


def test_claimreview_is_also_served_as_plain_json_on_request(anonymous):
    review = ReviewFactory()
    response = anonymous.get(
        f"/api/v1/claims/{review.claim_id}/claimreview/", HTTP_ACCEPT="application/json"
    )
    assert response["Content-Type"] == "application/json"
    assert response.json()["@graph"]
