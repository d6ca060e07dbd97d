"""Embedding claims, grouping statements and linking claims to positions at ingestion."""

import datetime

import pytest

from claims.lib.embeddings import MODEL_ID
from claims.lib.positions import LINK_THRESHOLD
from claims.models import ClaimEmbedding, ClaimPosition, Position, Speaker, Statement
from claims.services.positions import (
    article_link,
    claim_positions_set,
    position_confirm,
    position_create,
    position_merge,
    position_relink,
    position_split,
    position_update,
)
from tests.positions.helpers import article_with_claims

pytestmark = pytest.mark.django_db
DAY = datetime.date(2024, 3, 4)

UNITY = "Muslim countries must unite and stand together against their enemies."
UNITY_REWORDED = "Islamic countries have to unite and stand together against their enemies."
TRADE = "Exports of saffron rose by twelve percent in the last quarter of the year."


@pytest.fixture
def speaker():
    return Speaker.objects.create(canonical_name="Ebrahim Raisi")


def test_every_claim_gets_an_embedding_with_the_model_id(speaker):
    article = article_with_claims([UNITY, TRADE], speaker=speaker, published=DAY)
    article_link(article=article)
    rows = ClaimEmbedding.objects.filter(claim__article=article)
    assert rows.count() == 2
    assert {r.model_id for r in rows} == {MODEL_ID}
    assert all(len(r.vector) == 384 for r in rows)


def test_the_same_remark_in_two_outlets_is_one_statement_with_two_appearances(speaker):
    first = article_with_claims([UNITY], speaker=speaker, published=DAY, outlet="Outlet A")
    second = article_with_claims(
        [UNITY_REWORDED],
        speaker=speaker,
        published=DAY + datetime.timedelta(days=2),
        outlet="Outlet B",
    )
    article_link(article=second)  # the later report may arrive first
    article_link(article=first)
    a, b = first.claims.get(), second.claims.get()
    assert a.statement_id == b.statement_id
    statement = Statement.objects.get(pk=a.statement_id)
    assert statement.first_claim == a
    assert statement.first_published == DAY


def test_the_same_words_weeks_apart_are_two_statements(speaker):
    first = article_with_claims([UNITY], speaker=speaker, published=DAY)
    later = article_with_claims(
        [UNITY], speaker=speaker, published=DAY + datetime.timedelta(days=30)
    )
    article_link(article=first)
    article_link(article=later)
    assert first.claims.get().statement_id != later.claims.get().statement_id


def test_the_same_words_by_another_speaker_are_another_statement(speaker):
    other = Speaker.objects.create(canonical_name="Masoud Pezeshkian")
    first = article_with_claims([UNITY], speaker=speaker, published=DAY)
    second = article_with_claims([UNITY], speaker=other, published=DAY, outlet="Outlet B")
    article_link(article=first)
    article_link(article=second)
    assert first.claims.get().statement_id != second.claims.get().statement_id


def test_claims_matching_a_confirmed_position_are_linked_with_their_score(speaker):
    unity = position_create(label="Muslim countries must unite")
    article = article_with_claims([UNITY, TRADE], speaker=speaker, published=DAY)
    article_link(article=article)
    link = ClaimPosition.objects.get(claim__text=UNITY, position=unity)
    assert link.source == ClaimPosition.Source.SYSTEM
    assert link.score >= LINK_THRESHOLD
    assert not ClaimPosition.objects.filter(claim__text=TRADE, position=unity).exists()


def test_unmatched_claims_gather_into_a_suggested_position(speaker):
    first = article_with_claims([TRADE], speaker=speaker, published=DAY, outlet="Outlet A")
    second = article_with_claims(
        ["Saffron exports went up by twelve percent in the final quarter of the year."],
        speaker=speaker,
        published=DAY,
        outlet="Outlet B",
    )
    article_link(article=first)
    article_link(article=second)
    suggestions = Position.objects.filter(status=Position.Status.SUGGESTED)
    assert suggestions.count() == 1
    assert suggestions.get().claim_links.count() == 2


def test_linking_twice_gives_the_same_links_and_keeps_person_links(speaker, fact_checker):
    unity = position_create(label="Muslim countries must unite")
    trade = position_create(label="Iran's exports are growing")
    article = article_with_claims([UNITY, TRADE], speaker=speaker, published=DAY)
    article_link(article=article)
    claim = article.claims.get(text=TRADE)
    claim_positions_set(claim=claim, position_ids=[unity.pk], user=fact_checker)
    before = set(ClaimPosition.objects.values_list("claim_id", "position_id", "source"))
    article_link(article=article)
    after = set(ClaimPosition.objects.values_list("claim_id", "position_id", "source"))
    assert before == after
    assert (claim.pk, unity.pk, ClaimPosition.Source.PERSON) in after
    assert not ClaimPosition.objects.filter(claim=claim, position=trade).exists()
    assert Statement.objects.count() == 2


def test_confirming_a_suggestion_keeps_its_claims_and_links_later_ones(speaker):
    article = article_with_claims([TRADE], speaker=speaker, published=DAY)
    article_link(article=article)
    suggestion = Position.objects.get(status=Position.Status.SUGGESTED)
    position_confirm(position=suggestion)
    position_update(position=suggestion, label="Iran's saffron exports are growing")
    later = article_with_claims(
        ["Saffron exports went up by twelve percent in the final quarter of the year."],
        speaker=speaker,
        published=DAY + datetime.timedelta(days=40),
    )
    article_link(article=later)
    suggestion.refresh_from_db()
    assert suggestion.status == Position.Status.CONFIRMED
    assert set(suggestion.claims.values_list("article_id", flat=True)) == {article.pk, later.pk}


def test_relinking_a_new_position_links_earlier_claims_and_is_idempotent(speaker):
    article = article_with_claims([UNITY, TRADE], speaker=speaker, published=DAY)
    article_link(article=article)
    unity = position_create(label="Muslim countries must unite")
    assert position_relink(position_id=unity.pk) == 1
    assert position_relink(position_id=unity.pk) == 0
    assert list(unity.claims.values_list("text", flat=True)) == [UNITY]
    # The claim left the suggestion it was parked in.
    assert not ClaimPosition.objects.filter(
        claim__text=UNITY, position__status=Position.Status.SUGGESTED
    ).exists()


def test_the_relink_task_runs_after_the_position_is_confirmed(
    speaker, django_capture_on_commit_callbacks
):
    article = article_with_claims([UNITY], speaker=speaker, published=DAY)
    article_link(article=article)
    with django_capture_on_commit_callbacks(execute=True):
        unity = position_create(label="Muslim countries must unite")
    assert unity.claims.count() == 1


def test_merging_positions_moves_claims_and_person_links_win(speaker, fact_checker):
    a = position_create(label="Muslim countries must unite")
    b = position_create(label="The Islamic Ummah needs unity")
    article = article_with_claims([UNITY, UNITY_REWORDED], speaker=speaker, published=DAY)
    one, two = article.claims.order_by("start")
    claim_positions_set(claim=one, position_ids=[a.pk], user=fact_checker)
    claim_positions_set(claim=two, position_ids=[a.pk, b.pk], user=fact_checker)
    position_merge(source=a, target=b, user=fact_checker)
    a.refresh_from_db()
    assert a.merged_into == b
    assert set(b.claims.values_list("pk", flat=True)) == {one.pk, two.pk}
    assert not a.claim_links.exists()


def test_splitting_a_position_moves_the_chosen_claims_to_a_new_one(speaker, fact_checker):
    unity = position_create(label="Muslim countries must unite")
    article = article_with_claims([UNITY, TRADE], speaker=speaker, published=DAY)
    one, two = article.claims.order_by("start")
    for claim in (one, two):
        claim_positions_set(claim=claim, position_ids=[unity.pk], user=fact_checker)
    trade = position_split(
        position=unity, claim_ids=[two.pk], label="Exports grow", user=fact_checker
    )
    assert list(trade.claims.all()) == [two]
    assert list(unity.claims.all()) == [one]
    assert trade.status == Position.Status.CONFIRMED
