"""Claims: list, filters, search, ordering, pagination, detail, corrections, CSV export."""

import csv
import datetime
import io

import numpy as np
import pytest
from rest_framework.pagination import CursorPagination

from claims.lib.embeddings import DIMENSIONS, MODEL_ID
from claims.models import Claim, ClaimEmbedding, ClaimPosition, Statement
from tests.api.conftest import error_of, ids, results
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    ClaimPositionFactory,
    OutletFactory,
    PositionFactory,
    ReviewFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/claims/"


def test_claims_are_listed_with_article_speaker_and_positions(anonymous):
    link = ClaimPositionFactory()
    row = results(anonymous.get(URL))[0]
    assert row["id"] == link.claim_id
    assert row["article"]["outlet"]["name"] == link.claim.article.outlet.name
    assert row["speaker"]["id"] == link.claim.speaker_id
    assert row["positions"] == [
        {"id": link.position_id, "label": link.position.label, "source": "system", "score": 0.8}
    ]


@pytest.mark.parametrize(
    ("param", "value_of"),
    [
        ("speaker", lambda c: c.speaker_id),
        ("article", lambda c: c.article_id),
        ("outlet", lambda c: c.article.outlet_id),
    ],
)
def test_claims_filter_by_speaker_article_and_outlet(anonymous, param, value_of):
    wanted, _ = ClaimFactory(), ClaimFactory()
    assert ids(anonymous.get(URL, {param: value_of(wanted)})) == [wanted.pk]


def test_claims_filter_by_position(anonymous):
    link = ClaimPositionFactory()
    ClaimFactory()
    assert ids(anonymous.get(URL, {"position": link.position_id})) == [link.claim_id]


def test_claims_filter_by_kind_review_status_and_checkworthiness(anonymous):
    direct = ClaimFactory(kind=Claim.Kind.DIRECT, checkworthiness=0.9)
    rejected = ClaimFactory(review_status=Claim.ReviewStatus.REJECTED, checkworthiness=0.2)
    assert ids(anonymous.get(URL, {"kind": "direct"})) == [direct.pk]
    assert ids(anonymous.get(URL, {"review_status": "rejected"})) == [rejected.pk]
    assert ids(anonymous.get(URL, {"checkworthiness_min": "0.5"})) == [direct.pk]


def test_claims_filter_by_the_articles_publication_range(anonymous):
    ClaimFactory(article=ArticleFactory(published=datetime.date(2023, 5, 1)))
    inside = ClaimFactory(article=ArticleFactory(published=datetime.date(2024, 5, 1)))
    query = {"published_after": "2024-01-01", "published_before": "2024-12-31"}
    assert ids(anonymous.get(URL, query)) == [inside.pk]


def test_claim_search_matches_words_of_the_claim_text(anonymous):
    article = ArticleFactory(text="The minister promised cheaper bread. Others disagreed loudly.")
    bread = ClaimFactory(article=article, start=0, end=36)
    ClaimFactory(article=article, start=37, end=61)
    assert ids(anonymous.get(URL, {"q": "bread"})) == [bread.pk]
    assert ids(anonymous.get(URL, {"q": "minister bread"})) == [bread.pk]
    assert ids(anonymous.get(URL, {"q": "bread loudly"})) == []


@pytest.mark.postgres
def test_claim_search_on_postgresql_stems_words(anonymous):
    article = ArticleFactory(text="The minister promised cheaper bread for families.")
    promised = ClaimFactory(article=article, start=0, end=48)
    assert ids(anonymous.get(URL, {"q": "promises"})) == [promised.pk]


def test_claims_order_by_checkworthiness(anonymous):
    low, high = ClaimFactory(checkworthiness=0.1), ClaimFactory(checkworthiness=0.9)
    assert ids(anonymous.get(URL, {"ordering": "-checkworthiness"})) == [high.pk, low.pk]
    assert ids(anonymous.get(URL, {"ordering": "checkworthiness"})) == [low.pk, high.pk]


def test_an_invalid_filter_value_is_a_400_naming_the_parameter(anonymous):
    response = anonymous.get(URL, {"speaker": "abc"})
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid"
    assert error["field"] == "speaker"
    assert response.status_code == anonymous.get(URL, {"kind": "shouted"}).status_code


def test_cursor_pages_neither_repeat_nor_skip_rows_when_claims_arrive(anonymous, monkeypatch):
    monkeypatch.setattr(CursorPagination, "page_size", 2)
    existing = ClaimFactory.create_batch(5)
    first = anonymous.get(URL).json()
    ClaimFactory.create_batch(3)  # newer rows sort before the cursor
    seen = [r["id"] for r in first["results"]]
    next_url = first["next"]
    while next_url:
        page = anonymous.get(next_url).json()
        seen += [r["id"] for r in page["results"]]
        next_url = page["next"]
    assert seen == sorted((c.pk for c in existing), reverse=True)


def test_an_invalid_cursor_is_a_404(anonymous):
    response = anonymous.get(URL, {"cursor": "not-a-cursor"})
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_a_claim_is_shown_with_its_reviews(anonymous):
    review = ReviewFactory()
    body = anonymous.get(f"{URL}{review.claim_id}/").json()
    assert body["reviews"][0]["rating_text"] == "Mostly false"
    assert body["reviews"][0]["reviewer"]["username"] == review.reviewer.username


# --- corrections ------------------------------------------------------------------------


def test_a_fact_checker_moves_a_span_and_the_text_follows_the_article(fact_checker_client):
    claim = ClaimFactory(span_index=0)
    _embed(claim, np.ones(DIMENSIONS, np.float32))
    response = fact_checker_client.patch(
        f"{URL}{claim.pk}/", {"start": 10, "end": 40}, format="json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["text"] == claim.article.text[10:40]
    assert (body["start"], body["end"]) == (10, 40)
    assert body["review_status"] == "corrected"
    # The embedding now describes the new words, not the old ones.
    assert not np.allclose(ClaimEmbedding.objects.get(claim=claim).vector, 1.0)


def test_a_fact_checker_changes_speaker_kind_and_review_status(fact_checker_client):
    claim, speaker = ClaimFactory(), SpeakerFactory()
    response = fact_checker_client.patch(
        f"{URL}{claim.pk}/",
        {"speaker": speaker.pk, "kind": "direct", "review_status": "confirmed"},
        format="json",
    )
    body = response.json()
    assert body["speaker"]["id"] == speaker.pk
    assert body["kind"] == "direct"
    assert body["review_status"] == "confirmed"


def test_a_fact_checker_can_leave_a_claim_without_speaker(fact_checker_client):
    claim = ClaimFactory()
    response = fact_checker_client.patch(f"{URL}{claim.pk}/", {"speaker": None}, format="json")
    assert response.json()["speaker"] is None


def test_setting_positions_replaces_links_with_person_links(fact_checker_client, fact_checker):
    link = ClaimPositionFactory()
    new = PositionFactory()
    response = fact_checker_client.patch(
        f"{URL}{link.claim_id}/", {"positions": [new.pk]}, format="json"
    )
    assert [p["id"] for p in response.json()["positions"]] == [new.pk]
    stored = ClaimPosition.objects.get(claim=link.claim)
    assert (stored.position_id, stored.source, stored.linked_by) == (new.pk, "person", fact_checker)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"start": 5, "end": 5}, "end"),
        ({"end": 10**6}, "end"),
        ({"kind": "whispered"}, "kind"),
        ({"speaker": 10**9}, "speaker"),
        ({"positions": [10**9]}, "positions"),
        ({"start": -1}, "start"),
    ],
)
def test_an_invalid_correction_is_a_400_naming_the_field(fact_checker_client, change, field):
    claim = ClaimFactory()
    response = fact_checker_client.patch(f"{URL}{claim.pk}/", change, format="json")
    assert response.status_code == 400, response.content
    assert error_of(response)["field"] == field
    claim.refresh_from_db()
    assert claim.review_status == "unreviewed"


def test_a_span_taken_by_another_claim_is_a_409(fact_checker_client):
    article = ArticleFactory()
    taken = ClaimFactory(article=article, span_index=1)
    claim = ClaimFactory(article=article, span_index=2)
    response = fact_checker_client.patch(
        f"{URL}{claim.pk}/", {"start": taken.start, "end": taken.end}, format="json"
    )
    assert response.status_code == 409
    assert error_of(response) == {
        "code": "conflict",
        "message": "another claim of this article has exactly this span",
        "field": "start",
    }


def test_a_merged_speaker_cannot_be_given_to_a_claim(fact_checker_client):
    target = SpeakerFactory()
    merged = SpeakerFactory(merged_into=target)
    claim = ClaimFactory()
    response = fact_checker_client.patch(f"{URL}{claim.pk}/", {"speaker": merged.pk}, format="json")
    assert response.status_code == 400
    assert error_of(response)["field"] == "speaker"


def test_corrections_need_a_fact_checker(anonymous, api_client, client_for):
    claim = ClaimFactory()
    patch = {"kind": "direct"}
    assert anonymous.patch(f"{URL}{claim.pk}/", patch, format="json").status_code == 401
    assert api_client.patch(f"{URL}{claim.pk}/", patch, format="json").status_code == 403
    staff_outside_group = client_for(UserFactory(is_staff=True))
    assert staff_outside_group.patch(f"{URL}{claim.pk}/", patch, format="json").status_code == 403
    claim.refresh_from_db()
    assert claim.kind == "indirect"


def test_administrators_may_correct_claims(admin_client_api):
    claim = ClaimFactory()
    response = admin_client_api.patch(f"{URL}{claim.pk}/", {"kind": "mixed"}, format="json")
    assert response.status_code == 200


def test_claims_cannot_be_created_or_deleted(fact_checker_client):
    claim = ClaimFactory()
    assert fact_checker_client.post(URL, {}, format="json").status_code == 405
    assert fact_checker_client.delete(f"{URL}{claim.pk}/").status_code == 405


# --- similar claims ---------------------------------------------------------------------


def _embed(claim, vector):
    ClaimEmbedding.objects.create(
        claim=claim, model_id=MODEL_ID, vector=np.asarray(vector, np.float32)
    )


def test_similar_claims_are_ranked_by_closeness_and_scored(anonymous):
    base = np.zeros(DIMENSIONS, np.float32)
    query = ClaimFactory(article=ArticleFactory(published=datetime.date(2024, 5, 1)))
    near = ClaimFactory(article=ArticleFactory(published=datetime.date(2024, 1, 1)))
    far = ClaimFactory(article=ArticleFactory(published=datetime.date(2024, 1, 2)))
    _embed(query, np.where(np.arange(DIMENSIONS) == 0, 1.0, base))
    _embed(near, np.where(np.arange(DIMENSIONS) < 2, 1.0, base))
    _embed(far, np.where(np.arange(DIMENSIONS) == 5, 1.0, base))
    response = anonymous.get(f"{URL}{query.pk}/similar/", {"limit": 2})
    assert response.status_code == 200, response.content
    rows = response.json()
    assert [r["claim"]["id"] for r in rows][0] == near.pk
    assert rows[0]["score"] > rows[-1]["score"]


def test_similar_claims_limit_is_bounded(anonymous):
    claim = ClaimFactory()
    response = anonymous.get(f"{URL}{claim.pk}/similar/", {"limit": 500})
    assert response.status_code == 400
    assert error_of(response)["field"] == "limit"


# --- CSV export -------------------------------------------------------------------------


def _csv(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_csv_export_streams_every_matching_claim(anonymous):
    wanted = ClaimFactory.create_batch(3, kind=Claim.Kind.DIRECT)
    ClaimFactory(kind=Claim.Kind.INDIRECT)
    rows = _csv(anonymous.get(f"{URL}export.csv", {"kind": "direct"}))
    assert sorted(int(r["id"]) for r in rows) == sorted(c.pk for c in wanted)
    assert rows[0]["text"] == Claim.objects.get(pk=rows[0]["id"]).text
    assert rows[0]["outlet"]


def test_the_csv_export_defuses_spreadsheet_formulas(anonymous):
    speaker = SpeakerFactory(canonical_name="=HYPERLINK(1)")
    ClaimFactory(speaker=speaker)
    assert _csv(anonymous.get(f"{URL}export.csv"))[0]["speaker"] == "'=HYPERLINK(1)"


def test_the_csv_export_refuses_invalid_filters_in_the_error_shape(anonymous):
    response = anonymous.get(f"{URL}export.csv", {"outlet": "x"})
    assert response.status_code == 400
    assert error_of(response)["field"] == "outlet"


def test_statement_appearances_do_not_change_the_claim_list(anonymous):
    statement = Statement.objects.create()
    ClaimFactory.create_batch(2, statement=statement)
    assert len(results(anonymous.get(URL))) == 2


def test_outlet_filter_ignores_other_outlets(anonymous):
    outlet = OutletFactory()
    assert ids(anonymous.get(URL, {"outlet": outlet.pk})) == []
