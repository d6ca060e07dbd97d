"""Speaker resolution across the seed articles and repeated ingestion."""

import datetime

import pytest

from claims.models import Claim, Speaker
from tests.speakers.seeds import SEEDS, gold, ingest_seeds, ingest_text

pytestmark = pytest.mark.django_db

# A short report that names nobody: the speaker is whoever held the office that day.
UNNAMED = (
    "Tehran, {day} - The Iranian president said on Monday that regional countries must "
    "expand their trade ties with each other.\n\n"
    "\u201cOur neighbours are our first priority in foreign policy,\u201d the president said "
    "at a news conference in the capital."
)


def speakers_by_surname() -> dict[str, list[Speaker]]:
    result: dict[str, list[Speaker]] = {}
    for speaker in Speaker.objects.filter(merged_into__isnull=True):
        result.setdefault(speaker.canonical_name.split()[-1].lower(), []).append(speaker)
    return result


def test_seed_speakers_resolve_to_one_speaker_each_without_wrong_merges():
    articles = ingest_seeds()
    ingest_seeds()  # again: nothing new, nothing merged
    surnames = speakers_by_surname()
    for name, _ in SEEDS:
        for person in gold(name)["speakers"]:
            surname = person["name"].split()[-1].lower()
            assert len(surnames.get(surname, [])) == 1, person["name"]
    # No speaker holds claims that the gold gives to two different people.
    for name, _ in SEEDS:
        by_speaker: dict[int, set[str]] = {}
        article = articles[name]
        for g in gold(name)["claims"]:
            claim = Claim.objects.filter(
                article=article, start__lt=g["end"], end__gt=g["start"]
            ).first()
            if claim is not None and claim.speaker_id:
                by_speaker.setdefault(claim.speaker_id, set()).add(g["speaker"])
        assert all(len(names) == 1 for names in by_speaker.values()), by_speaker


def test_the_president_is_raisi_in_2022_and_pezeshkian_in_2024():
    ingest_seeds()
    surnames = speakers_by_surname()
    raisi, pezeshkian = surnames["raisi"][0], surnames["pezeshkian"][0]
    for day, expected in (
        (datetime.date(2022, 5, 2), raisi),
        (datetime.date(2024, 9, 30), pezeshkian),
    ):
        text = UNNAMED.format(day=day.strftime("%B %d, %Y").replace(" 0", " "))
        article = ingest_text(text, day)
        claims = list(article.claims.all())
        assert claims, "the unnamed report has claims"
        assert {c.speaker_id for c in claims} == {expected.pk}
        assert any(c.resolved_by == "role" for c in claims)
