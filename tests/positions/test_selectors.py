"""Similar claims, rising positions and when a speaker stopped repeating a position."""

import datetime

import pytest
from django.db import connection

from claims.models import Speaker
from claims.selectors import rising_positions, similar_claims, speaker_positions
from claims.services.positions import article_link, claim_positions_set, position_create
from tests.positions.helpers import article_with_claims

pytestmark = pytest.mark.django_db
DAY = datetime.date(2024, 3, 4)
UNITY = "Muslim countries must unite and stand together against their enemies."
UNITY_OTHER = "The Islamic world has to become one united front against its enemies."
TRADE = "Exports of saffron rose by twelve percent in the last quarter of the year."
RAIN = "Heavy rain is expected in the northern provinces over the weekend."


@pytest.fixture
def corpus():
    raisi = Speaker.objects.create(canonical_name="Ebrahim Raisi")
    khamenei = Speaker.objects.create(canonical_name="Ali Khamenei")
    early = article_with_claims([UNITY, TRADE], speaker=raisi, published=DAY, outlet="A")
    late = article_with_claims(
        [UNITY_OTHER, RAIN],
        speaker=khamenei,
        published=DAY + datetime.timedelta(days=100),
        outlet="B",
    )
    for article in (early, late):
        article_link(article=article)
    return early, late


def check_similar_claims_finds_earlier_claims_that_say_the_same(corpus):
    early, late = corpus
    query = late.claims.get(text=UNITY_OTHER)
    found = similar_claims(claim=query, limit=3)
    assert found[0][0].text == UNITY
    assert found[0][1] > 0.5
    assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)
    assert all(c.article_id != late.pk for c, _ in found)  # its own article is left out
    # Nothing is earlier than the earliest article.
    assert similar_claims(claim=early.claims.get(text=UNITY), limit=3) == []
    by_text = similar_claims(text="Muslim nations should unite", limit=1)
    assert by_text[0][0].text in {UNITY, UNITY_OTHER}
    assert similar_claims(text="unity", before=DAY - datetime.timedelta(days=1)) == []


def test_similar_claims_on_this_database(corpus):
    check_similar_claims_finds_earlier_claims_that_say_the_same(corpus)


@pytest.mark.postgres
def test_similar_claims_use_pgvector_on_postgresql(corpus):
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'claimembedding_vector_hnsw'"
        )
        (definition,) = cursor.fetchone()
    assert "hnsw" in definition and "vector_cosine_ops" in definition
    check_similar_claims_finds_earlier_claims_that_say_the_same(corpus)


def test_rising_positions_compare_a_period_with_the_one_before(corpus, fact_checker):
    early, late = corpus
    unity = position_create(label="Muslim countries must unite")
    trade = position_create(label="Exports grow")
    claim_positions_set(claim=early.claims.get(text=UNITY), position_ids=[unity.pk])
    claim_positions_set(claim=early.claims.get(text=TRADE), position_ids=[trade.pk])
    claim_positions_set(claim=late.claims.get(text=UNITY_OTHER), position_ids=[unity.pk])
    start = DAY + datetime.timedelta(days=50)
    rows = rising_positions(start=start, end=start + datetime.timedelta(days=100))
    assert [r["position_id"] for r in rows] == [unity.pk]
    assert rows[0]["statements"] == 1 and rows[0]["previous_statements"] == 1
    assert rows[0]["change"] == 0
    earlier = rising_positions(start=DAY, end=DAY + datetime.timedelta(days=1))
    assert {r["position_id"] for r in earlier} == {unity.pk, trade.pk}
    assert all(r["change"] == 1 for r in earlier)


def test_a_speaker_stopped_repeating_a_position_after_many_later_articles_without_it():
    speaker = Speaker.objects.create(canonical_name="Ebrahim Raisi")
    unity = position_create(label="Muslim countries must unite")
    first = article_with_claims([UNITY], speaker=speaker, published=DAY)
    claim_positions_set(claim=first.claims.get(), position_ids=[unity.pk])
    for months in (2, 4, 6):
        article_with_claims(
            [f"{RAIN} Report {months}."],
            speaker=speaker,
            published=DAY + datetime.timedelta(days=30 * months),
            outlet=f"Outlet {months}",
        )
    (row,) = speaker_positions(speaker=speaker)
    assert row["position_id"] == unity.pk
    assert row["articles_since"] == 3
    assert row["stopped"] is True
    assert row["latest_claim_id"] == first.claims.get().pk


def test_a_speaker_still_repeating_a_position_has_not_stopped():
    speaker = Speaker.objects.create(canonical_name="Ebrahim Raisi")
    unity = position_create(label="Muslim countries must unite")
    claims = []
    for months in (0, 2, 4):
        article = article_with_claims(
            [UNITY],
            speaker=speaker,
            published=DAY + datetime.timedelta(days=30 * months),
            outlet=f"Outlet {months}",
        )
        claims.append(article.claims.get())
        claim_positions_set(claim=claims[-1], position_ids=[unity.pk])
    (row,) = speaker_positions(speaker=speaker)
    assert row["claims"] == 3
    assert row["stopped"] is False
    assert row["latest_claim_id"] == claims[-1].pk
