"""The engine scored on hand-annotated articles in many outlets' styles (tests/engine/articles).

The seeds are two articles from one region and year; these cover wire copy, British single
quotes running over several paragraphs, a press conference, a parliamentary debate, a printed
interview, business and sport figures, guillemets, organisations as speakers and text whose
paragraph breaks were lost. Annotated by the rule in tests/fixtures/gold/SCHEMA.md.
"""

import json
from pathlib import Path

import pytest

from claims.engine.evaluation import evaluate_dir

ARTICLES = Path(__file__).with_name("articles")


@pytest.fixture(scope="module")
def report():
    return evaluate_dir(ARTICLES, ARTICLES)


def test_every_annotated_article_is_scored(report):
    expected = {json.loads(p.read_text())["article"] for p in ARTICLES.glob("*.gold.json")}
    assert {name for name, _ in report.articles} == expected
    assert len(expected) >= 8


def test_claims_are_found_with_their_speakers_across_styles(report):
    assert report.total.f1 >= 0.9
    assert report.total.span_precision >= 0.95


def test_attribution_holds_across_styles(report):
    assert report.total.attribution >= 0.92


def test_no_style_is_left_behind(report):
    weakest = min(scores.f1 for _, scores in report.articles)
    assert weakest >= 0.75, [(name, round(s.f1, 3)) for name, s in report.articles]


def test_checkworthiness_separates_checkable_claims_beyond_the_seeds(report):
    assert report.total.check_auc is not None and report.total.check_auc >= 0.8
