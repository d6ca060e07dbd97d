"""The seed articles on a timeline: one position recurring from 2022 to 2024."""

import datetime

import pytest

from claims.models import Position
from claims.selectors import position_overview, position_timeline, speaker_positions
from claims.services.positions import claim_positions_set, position_create
from tests.speakers.seeds import SEEDS, gold, ingest_seeds, matching_claim, position_labels

pytestmark = pytest.mark.django_db


def confirm_gold_positions(articles) -> dict[str, Position]:
    """Positions confirmed from the gold labels, with the gold claims as their members."""
    positions = {pid: position_create(label=label) for pid, label in position_labels().items()}
    for name, _ in SEEDS:
        for g in gold(name)["claims"]:
            claim = matching_claim(articles[name], g["start"], g["end"])
            if claim is not None and g["positions"]:
                claim_positions_set(
                    claim=claim, position_ids=[positions[p].pk for p in g["positions"]]
                )
    return positions


def test_muslim_unity_recurs_from_2022_to_2024_across_three_speakers():
    positions = confirm_gold_positions(ingest_seeds())
    unity = positions["islamic-unity"]

    timeline = position_timeline(position=unity, interval="year")

    assert [b["period"] for b in timeline] == [datetime.date(2022, 1, 1), datetime.date(2024, 1, 1)]
    names = [{s["name"].split()[-1] for s in b["speakers"]} for b in timeline]
    assert names == [{"Raisi"}, {"Khamenei", "Pezeshkian"}]
    assert all(b["claims"] >= b["statements"] >= 1 for b in timeline)
    assert [b["articles"] for b in timeline] == [1, 1]
    overview = position_overview(unity)
    assert overview["first"] == datetime.date(2022, 4, 28)
    assert overview["last"] == datetime.date(2024, 9, 21)
    assert overview["speakers"] == 3


def test_monthly_buckets_and_filters_narrow_the_timeline():
    articles = ingest_seeds()
    positions = confirm_gold_positions(articles)
    unity = positions["islamic-unity"]
    months = position_timeline(position=unity, interval="month")
    assert [b["period"] for b in months] == [datetime.date(2022, 4, 1), datetime.date(2024, 9, 1)]
    outlet = articles["mehr-raisi-islamic-ambassadors.txt"].outlet
    if outlet is not None:
        only = position_timeline(position=unity, interval="day", outlet_id=outlet.pk)
        assert [b["period"] for b in only] == [datetime.date(2022, 4, 28)]


def test_speaker_positions_list_what_each_seed_speaker_said():
    articles = ingest_seeds()
    confirm_gold_positions(articles)
    raisi = (
        articles["mehr-raisi-islamic-ambassadors.txt"].claims.exclude(speaker=None).first().speaker
    )
    rows = speaker_positions(speaker=raisi)
    labels = {r["label"] for r in rows}
    assert position_labels()["islamic-unity"] in labels
    unity = next(r for r in rows if r["label"] == position_labels()["islamic-unity"])
    assert unity["first"] == unity["last"] == datetime.date(2022, 4, 28)
    assert unity["claims"] >= unity["statements"] >= 1
    assert unity["stopped"] is False  # one article is not evidence of stopping
