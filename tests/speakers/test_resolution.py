"""Resolving names seen in articles to speakers, roles over time, merges and their undo."""

import datetime

import pytest

from claims.errors import Conflict
from claims.models import Claim, Role, Speaker, SpeakerAlias
from claims.services.speakers import (
    role_holder,
    role_record,
    role_set,
    speaker_alias_record,
    speaker_merge,
    speaker_merge_undo,
    speaker_resolve,
)
from tests.factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db
Decision = SpeakerAlias.Decision


def decision_of(speaker: Speaker, name: str) -> str:
    from claims.lib.names import name_key

    return speaker.aliases.get(normalized=name_key(name)).decision


def test_titles_and_case_do_not_make_a_new_speaker():
    raisi = speaker_resolve(name="Ebrahim Raisi")
    assert speaker_resolve(name="Iranian President Seyyed Ebrahim Raisi") == raisi
    assert speaker_resolve(name="EBRAHIM RAISI") == raisi
    assert Speaker.objects.count() == 1


def test_a_new_speaker_is_named_without_titles():
    speaker = speaker_resolve(name="Iranian President Seyyed Ebrahim Raisi")
    assert speaker.canonical_name == "Ebrahim Raisi"
    assert decision_of(speaker, "Ebrahim Raisi") == Decision.NEW


def test_transliteration_variants_resolve_to_one_speaker_and_say_so():
    raisi = speaker_resolve(name="Ebrahim Raisi")
    assert speaker_resolve(name="Ebrahim Raeisi") == raisi
    assert speaker_resolve(name="Ebrahim Ra'isi") == raisi
    assert decision_of(raisi, "Ebrahim Raeisi") == Decision.TRANSLITERATION


def test_initial_or_close_first_name_matches_with_a_recorded_score():
    ghalibaf = speaker_resolve(name="Mohammad Bagher Ghalibaf")
    assert speaker_resolve(name="Muhammad Ghalibaf") == ghalibaf
    alias = ghalibaf.aliases.get(normalized="muhammad ghalibaf")
    assert alias.decision == Decision.FUZZY
    assert 0.8 <= alias.score < 1.0


def test_surname_alone_matches_the_only_speaker_with_it():
    raisi = speaker_resolve(name="Ebrahim Raisi")
    assert speaker_resolve(name="Raisi") == raisi
    assert decision_of(raisi, "Raisi") == Decision.SURNAME


def test_surname_alone_shared_by_two_speakers_makes_a_new_speaker():
    ali = speaker_resolve(name="Ali Larijani")
    sadegh = speaker_resolve(name="Sadegh Larijani")
    assert ali != sadegh
    alone = speaker_resolve(name="Larijani")
    assert alone not in {ali, sadegh}


def test_different_first_name_with_the_same_surname_is_another_person():
    assert speaker_resolve(name="Ali Larijani") != speaker_resolve(name="Sadegh Larijani")
    assert speaker_resolve(name="Hassan Rouhani") != speaker_resolve(name="Hossein Rouhani")


def test_a_merged_away_speaker_is_not_matched_again():
    first = speaker_resolve(name="Ebrahim Raisi")
    duplicate = Speaker.objects.create(canonical_name="Ebrahim Raisi")
    speaker_alias_record(speaker=duplicate, name="Ebrahim Raisi", decision=Decision.MANUAL)
    speaker_merge(source=first, target=duplicate)
    assert speaker_resolve(name="Ebrahim Raisi") == duplicate
    assert speaker_resolve(name="Raisi") == duplicate


def test_role_holder_is_whoever_held_the_title_on_the_date():
    article_2022 = ArticleFactory(published=datetime.date(2022, 4, 28))
    article_2024 = ArticleFactory(published=datetime.date(2024, 9, 21))
    raisi = speaker_resolve(name="Ebrahim Raisi")
    pezeshkian = speaker_resolve(name="Masoud Pezeshkian")
    role_record(
        speaker=raisi, title="President of Iran", on=article_2022.published, article=article_2022
    )
    role_record(
        speaker=pezeshkian,
        title="President of Iran",
        on=article_2024.published,
        article=article_2024,
    )
    assert role_holder("President of Iran", datetime.date(2022, 4, 28)) == raisi
    assert role_holder("president of Iran", datetime.date(2022, 6, 1)) == raisi
    assert role_holder("President of Iran", datetime.date(2024, 10, 1)) == pezeshkian
    assert role_holder("Leader of Iran", datetime.date(2024, 10, 1)) is None


def test_text_evidence_widens_a_learned_tenure_but_never_a_manual_one():
    early = ArticleFactory(published=datetime.date(2021, 8, 5))
    late = ArticleFactory(published=datetime.date(2023, 1, 1))
    raisi = speaker_resolve(name="Ebrahim Raisi")
    role = role_record(speaker=raisi, title="President of Iran", on=early.published, article=early)
    role_record(speaker=raisi, title="President of Iran", on=late.published, article=late)
    role.refresh_from_db()
    assert (role.start_date, role.end_date) == (early.published, late.published)

    role_set(
        speaker=raisi,
        title="President of Iran",
        start_date=datetime.date(2021, 8, 3),
        end_date=datetime.date(2024, 5, 19),
    )
    after = ArticleFactory(published=datetime.date(2025, 1, 1))
    role_record(speaker=raisi, title="President of Iran", on=after.published, article=after)
    role = Role.objects.get(speaker=raisi)
    assert role.source == Role.Source.MANUAL
    assert role.end_date == datetime.date(2024, 5, 19)


def test_merge_moves_claims_aliases_and_roles_and_undo_restores_them(fact_checker):
    article = ArticleFactory(published=datetime.date(2022, 4, 28))
    target = speaker_resolve(name="Ebrahim Raisi")
    source = speaker_resolve(name="Ibrahim Raissi Jr")
    if source == target:  # the resolver may already join them; make a true duplicate
        source = Speaker.objects.create(canonical_name="I. Raissi")
        SpeakerAlias.objects.create(speaker=source, name="I. Raissi", normalized="i raissi")
    role_record(speaker=source, title="President of Iran", on=article.published, article=article)
    claim = ClaimFactory(article=article, speaker=source)
    source_aliases = set(source.aliases.values_list("pk", flat=True))

    merge = speaker_merge(source=source, target=target, user=fact_checker)
    claim.refresh_from_db()
    source.refresh_from_db()
    assert claim.speaker == target
    assert source.merged_into == target
    assert set(target.aliases.values_list("pk", flat=True)) >= source_aliases
    assert target.roles.count() == 1

    speaker_merge_undo(merge=merge, user=fact_checker)
    claim.refresh_from_db()
    source.refresh_from_db()
    assert claim.speaker == source
    assert source.merged_into is None
    assert set(source.aliases.values_list("pk", flat=True)) == source_aliases
    assert source.roles.count() == 1 and target.roles.count() == 0
    with pytest.raises(Conflict):
        speaker_merge_undo(merge=merge, user=fact_checker)


def test_a_speaker_merged_away_cannot_be_merged_again():
    a, b, c = (Speaker.objects.create(canonical_name=n) for n in ("A One", "B Two", "C Three"))
    speaker_merge(source=a, target=b)
    with pytest.raises(Conflict):
        speaker_merge(source=a, target=c)
    with pytest.raises(Conflict):
        speaker_merge(source=c, target=a)


def test_claims_keep_their_speaker_count_after_merge_and_undo():
    a = Speaker.objects.create(canonical_name="A One")
    b = Speaker.objects.create(canonical_name="B Two")
    article = ArticleFactory()
    ClaimFactory.create_batch(3, article=article, speaker=a)
    merge = speaker_merge(source=a, target=b)
    assert Claim.objects.filter(speaker=b).count() == 3
    speaker_merge_undo(merge=merge)
    assert Claim.objects.filter(speaker=a).count() == 3
