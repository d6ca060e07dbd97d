"""Speakers: aliases, roles and counts; search; their claims and positions."""

import datetime

import pytest

from tests.api.conftest import error_of, ids, results
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    ClaimPositionFactory,
    RoleFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/speakers/"


def test_speakers_are_listed_with_aliases_roles_and_counts(anonymous):
    speaker = SpeakerFactory(canonical_name="Dana Minister")
    SpeakerAliasFactory(speaker=speaker, name="D. Minister")
    RoleFactory(speaker=speaker, title="Minister of Finance")
    article = ArticleFactory()
    ClaimFactory.create_batch(2, speaker=speaker, article=article)
    ClaimFactory(speaker=speaker)
    row = results(anonymous.get(URL))[0]
    assert sorted(a["name"] for a in row["aliases"]) == ["D. Minister", "Dana Minister"]
    assert row["roles"][0]["title"] == "Minister of Finance"
    assert (row["claim_count"], row["article_count"]) == (3, 2)


def test_speakers_are_found_by_name_or_alias_once_each(anonymous):
    speaker = SpeakerFactory(canonical_name="Robin Example")
    SpeakerAliasFactory(speaker=speaker, name="R. Example-Smith")
    SpeakerAliasFactory(speaker=speaker, name="Robin E. Smith")
    SpeakerFactory(canonical_name="Someone Else")
    assert ids(anonymous.get(URL, {"q": "smith"})) == [speaker.pk]
    assert ids(anonymous.get(URL, {"q": "robin"})) == [speaker.pk]


def test_speakers_filter_by_role(anonymous):
    minister = RoleFactory(title="Foreign Minister").speaker
    RoleFactory(title="Mayor of Example")
    assert ids(anonymous.get(URL, {"role": "minister"})) == [minister.pk]


def test_speakers_order_by_claim_count(anonymous):
    quiet, busy = SpeakerFactory(), SpeakerFactory()
    ClaimFactory.create_batch(3, speaker=busy)
    ClaimFactory(speaker=quiet)
    assert ids(anonymous.get(URL, {"ordering": "-claim_count"})) == [busy.pk, quiet.pk]


def test_merged_speakers_leave_the_list_but_can_still_be_read(anonymous):
    target = SpeakerFactory()
    merged = SpeakerFactory(merged_into=target)
    assert ids(anonymous.get(URL)) == [target.pk]
    body = anonymous.get(f"{URL}{merged.pk}/").json()
    assert body["merged_into"] == target.pk


def test_a_speakers_claims_are_listed_and_filtered(anonymous):
    speaker = SpeakerFactory()
    direct = ClaimFactory(speaker=speaker, kind="direct")
    ClaimFactory(speaker=speaker, kind="indirect")
    ClaimFactory(kind="direct")
    assert ids(anonymous.get(f"{URL}{speaker.pk}/claims/", {"kind": "direct"})) == [direct.pk]


def test_the_claims_of_an_unknown_speaker_are_a_404(anonymous):
    response = anonymous.get(f"{URL}999999/claims/")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_a_speakers_positions_say_when_first_and_last_and_the_latest_claim(anonymous):
    speaker = SpeakerFactory()
    first = ClaimPositionFactory(
        claim__speaker=speaker, claim__article__published=datetime.date(2024, 1, 5)
    )
    latest = ClaimPositionFactory(
        position=first.position,
        claim__speaker=speaker,
        claim__article__published=datetime.date(2024, 3, 9),
    )
    rows = anonymous.get(f"{URL}{speaker.pk}/positions/").json()
    assert rows == [
        {
            "id": first.position_id,
            "label": first.position.label,
            "status": "suggested",
            "statement_count": 0,
            "claim_count": 2,
            "first_seen": "2024-01-05",
            "last_seen": "2024-03-09",
            "articles_since": 0,
            "stopped": False,
            "latest_claim": {
                "id": latest.claim_id,
                "text": latest.claim.text,
                "article": latest.claim.article_id,
            },
        }
    ]


def test_speakers_are_read_only(fact_checker_client):
    speaker = SpeakerFactory()
    assert fact_checker_client.post(URL, {}, format="json").status_code == 405
    assert fact_checker_client.patch(f"{URL}{speaker.pk}/", {}, format="json").status_code == 405
