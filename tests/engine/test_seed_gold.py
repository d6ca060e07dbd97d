import json
from pathlib import Path

import pytest

from claims.engine.evaluation import evaluate_dir

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "gold"
TEXTS = ROOT / "claims" / "sample_data"


@pytest.fixture(scope="module")
def report():
    return evaluate_dir(GOLD, TEXTS)


def test_seed_gold_reaches_precision_and_recall_targets(report):
    assert report.total.precision >= 0.95
    assert report.total.recall >= 0.95


def test_seed_gold_reaches_attribution_target(report):
    assert report.total.attribution >= 0.98


def test_each_seed_article_is_scored(report):
    names = {name for name, _ in report.articles}
    expected = {json.loads(p.read_text())["article"] for p in GOLD.glob("*.gold.json")}
    assert names == expected


def test_checkworthiness_separates_checkable_claims_on_the_seeds(report):
    assert report.total.check_auc is not None and report.total.check_auc >= 0.75
