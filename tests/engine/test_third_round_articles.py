"""A third round of hand-annotated articles (tests/engine/heldout2), written before the engine
was changed for them: an investigative piece with anonymous officials, a South Asian newspaper
report, a UN press release and a tech blog quoting posts. ``heldout2/final`` holds two more (a
Nigerian newspaper and a local TV web story) that no rule was tuned on; they are scored with a
looser bar. Annotated by tests/fixtures/gold/SCHEMA.md.
"""

from pathlib import Path

import pytest

from claims.engine.evaluation import evaluate_dir

ROUND = Path(__file__).with_name("heldout2")
FINAL = ROUND / "final"


@pytest.fixture(scope="module")
def tuned():
    return evaluate_dir(ROUND, ROUND)


@pytest.fixture(scope="module")
def final():
    return evaluate_dir(FINAL, FINAL)


def test_third_round_articles_are_found_with_their_speakers(tuned):
    assert len(tuned.articles) == 4
    assert tuned.total.f1 >= 0.84
    assert tuned.total.attribution >= 0.93


def test_untuned_third_round_articles_stay_usable(final):
    assert len(final.articles) == 2
    assert final.total.f1 >= 0.7
