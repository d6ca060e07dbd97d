"""Positions: list, create, update, split, merge (administrators), timeline and claims."""

import datetime

import pytest

from claims.models import Position
from tests.api.conftest import error_of, ids, results
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    ClaimPositionFactory,
    OutletFactory,
    PositionFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/positions/"


def test_positions_are_listed_with_counts(anonymous):
    link = ClaimPositionFactory()
    ClaimPositionFactory(position=link.position)
    row = results(anonymous.get(URL))[0]
    assert (row["id"], row["claim_count"], row["speaker_count"]) == (link.position_id, 2, 2)


def test_positions_filter_by_status_label_and_speaker(anonymous):
    confirmed = PositionFactory(status=Position.Status.CONFIRMED, label="Taxes must fall")
    suggested = PositionFactory(label="Roads need repair")
    link = ClaimPositionFactory(position=suggested)
    assert ids(anonymous.get(URL, {"status": "confirmed"})) == [confirmed.pk]
    assert ids(anonymous.get(URL, {"q": "taxes"})) == [confirmed.pk]
    assert ids(anonymous.get(URL, {"speaker": link.claim.speaker_id})) == [suggested.pk]


def test_merged_positions_leave_the_list(anonymous):
    target = PositionFactory()
    PositionFactory(merged_into=target)
    assert ids(anonymous.get(URL)) == [target.pk]


def test_a_fact_checker_states_a_confirmed_position(fact_checker_client):
    response = fact_checker_client.post(
        URL, {"label": "Schools need funds", "description": "More money"}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["label"], body["status"], body["claim_count"]) == (
        "Schools need funds",
        "confirmed",
        0,
    )


def test_a_position_without_a_label_is_refused(fact_checker_client):
    response = fact_checker_client.post(URL, {"description": "x"}, format="json")
    assert response.status_code == 400
    assert error_of(response)["field"] == "label"


def test_a_fact_checker_renames_and_confirms_a_position(fact_checker_client):
    position = PositionFactory()
    response = fact_checker_client.patch(
        f"{URL}{position.pk}/", {"label": "Renamed", "status": "confirmed"}, format="json"
    )
    assert response.status_code == 200, response.content
    assert (response.json()["label"], response.json()["status"]) == ("Renamed", "confirmed")


def test_positions_are_written_by_fact_checkers_only(anonymous, api_client):
    position = PositionFactory()
    assert anonymous.post(URL, {"label": "x"}, format="json").status_code == 401
    assert api_client.post(URL, {"label": "x"}, format="json").status_code == 403
    assert (
        api_client.patch(f"{URL}{position.pk}/", {"label": "x"}, format="json").status_code == 403
    )


def test_a_fact_checker_splits_claims_off_into_a_new_position(fact_checker_client):
    position = PositionFactory(status=Position.Status.CONFIRMED)
    stay, move = ClaimPositionFactory(position=position), ClaimPositionFactory(position=position)
    response = fact_checker_client.post(
        f"{URL}{position.pk}/split/",
        {"claim_ids": [move.claim_id], "label": "Exports must grow"},
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["label"], body["status"], body["claim_count"]) == (
        "Exports must grow",
        "confirmed",
        1,
    )
    claims = fact_checker_client.get(f"{URL}{body['id']}/claims/")
    assert ids(claims) == [move.claim_id]
    assert ids(fact_checker_client.get(f"{URL}{position.pk}/claims/")) == [stay.claim_id]


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"claim_ids": [], "label": "New"}, "claim_ids"),
        ({"claim_ids": ["x"], "label": "New"}, "claim_ids"),
        ({"claim_ids": ["stay", "move"], "label": "New"}, "claim_ids"),  # nothing would stay
        ({"claim_ids": ["other"], "label": "New"}, "claim_ids"),  # not this position's
        ({"claim_ids": ["move"], "label": "  "}, "label"),
    ],
)
def test_a_split_that_makes_no_sense_is_refused_and_changes_nothing(
    fact_checker_client, payload, field
):
    position = PositionFactory()
    named = {
        "stay": ClaimPositionFactory(position=position).claim_id,
        "move": ClaimPositionFactory(position=position).claim_id,
        "other": ClaimPositionFactory().claim_id,
    }
    payload = {**payload, "claim_ids": [named.get(c, c) for c in payload["claim_ids"]]}
    before = Position.objects.count()
    response = fact_checker_client.post(f"{URL}{position.pk}/split/", payload, format="json")
    assert response.status_code == 400, response.content
    assert error_of(response)["field"].split(".")[0] == field
    assert Position.objects.count() == before
    assert position.claim_links.count() == 2


def test_positions_are_split_by_fact_checkers_only(api_client):
    position = PositionFactory()
    link = ClaimPositionFactory(position=position)
    ClaimPositionFactory(position=position)
    response = api_client.post(
        f"{URL}{position.pk}/split/", {"claim_ids": [link.claim_id], "label": "x"}, format="json"
    )
    assert response.status_code == 403
    assert position.claim_links.count() == 2


def test_only_administrators_merge_positions(fact_checker_client, admin_client_api):
    source, target = PositionFactory(), PositionFactory()
    link = ClaimPositionFactory(position=source)
    url = f"{URL}{source.pk}/merge/"
    refused = fact_checker_client.post(url, {"into": target.pk}, format="json")
    assert refused.status_code == 403
    assert error_of(refused)["message"] == "Only administrators may do this."
    response = admin_client_api.post(url, {"into": target.pk}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["id"] == target.pk
    assert response.json()["claim_count"] == 1
    source.refresh_from_db()
    link.refresh_from_db()
    assert (source.merged_into_id, link.position_id) == (target.pk, target.pk)


def test_a_position_cannot_be_merged_into_itself_or_twice(admin_client_api):
    source, target = PositionFactory(), PositionFactory()
    itself = admin_client_api.post(f"{URL}{source.pk}/merge/", {"into": source.pk}, format="json")
    assert itself.status_code == 400
    assert error_of(itself)["field"] == "into"
    admin_client_api.post(f"{URL}{source.pk}/merge/", {"into": target.pk}, format="json")
    again = admin_client_api.post(
        f"{URL}{source.pk}/merge/", {"into": PositionFactory().pk}, format="json"
    )
    assert again.status_code == 409
    assert error_of(again)["code"] == "conflict"


def _claim_on(position, published, **fields):
    article = ArticleFactory(published=published, **fields)
    return ClaimPositionFactory(position=position, claim__article=article).claim


def test_the_timeline_counts_claims_by_month(anonymous):
    position = PositionFactory()
    _claim_on(position, datetime.date(2024, 1, 3))
    _claim_on(position, datetime.date(2024, 1, 28))
    _claim_on(position, datetime.date(2024, 3, 1))
    body = anonymous.get(f"{URL}{position.pk}/timeline/", {"interval": "month"}).json()
    assert body["interval"] == "month"
    assert [(b["period_start"], b["claim_count"], b["article_count"]) for b in body["buckets"]] == [
        ("2024-01-01", 2, 2),
        ("2024-03-01", 1, 1),
    ]
    assert body["buckets"][0]["speaker_count"] == 2
    assert len(body["buckets"][0]["speakers"]) == 2


def test_the_timeline_filters_by_speaker_and_outlet(anonymous):
    position, outlet = PositionFactory(), OutletFactory()
    mine = _claim_on(position, datetime.date(2024, 1, 3), outlet=outlet)
    _claim_on(position, datetime.date(2024, 2, 3))
    url = f"{URL}{position.pk}/timeline/"
    by_outlet = anonymous.get(url, {"interval": "year", "outlet": outlet.pk}).json()["buckets"]
    by_speaker = anonymous.get(url, {"interval": "year", "speaker": mine.speaker_id}).json()[
        "buckets"
    ]
    assert [b["claim_count"] for b in by_outlet] == [1]
    assert by_speaker[0]["speakers"] == [
        {"id": mine.speaker_id, "name": mine.speaker.canonical_name}
    ]


def test_an_unknown_timeline_interval_is_a_400(anonymous):
    position = PositionFactory()
    response = anonymous.get(f"{URL}{position.pk}/timeline/", {"interval": "decade"})
    assert response.status_code == 400
    assert error_of(response)["field"] == "interval"


def test_a_positions_claims_are_listed_and_filtered(anonymous):
    position, speaker = PositionFactory(), SpeakerFactory()
    mine = ClaimPositionFactory(position=position, claim__speaker=speaker).claim
    ClaimPositionFactory(position=position)
    ClaimFactory(speaker=speaker)
    assert ids(anonymous.get(f"{URL}{position.pk}/claims/", {"speaker": speaker.pk})) == [mine.pk]


def test_one_claim_suggestions_can_be_set_aside(anonymous):
    single = ClaimPositionFactory().position
    several = ClaimPositionFactory().position
    ClaimPositionFactory(position=several)
    assert set(ids(anonymous.get(URL))) == {single.pk, several.pk}
    assert ids(anonymous.get(URL, {"min_claims": 2})) == [several.pk]
    assert anonymous.get(URL, {"min_claims": "many"}).status_code == 400


def test_a_merged_position_cannot_be_split(fact_checker_client):
    target = PositionFactory()
    merged = PositionFactory(merged_into=target)
    link = ClaimPositionFactory(position=merged)
    ClaimPositionFactory(position=merged)
    response = fact_checker_client.post(
        f"{URL}{merged.pk}/split/", {"claim_ids": [link.claim_id], "label": "New"}, format="json"
    )
    assert response.status_code == 409
    assert error_of(response)["code"] == "conflict"
    assert merged.claim_links.count() == 2
