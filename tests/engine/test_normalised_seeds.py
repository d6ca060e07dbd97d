"""Ingestion stores ``normalize_text(text)``: the engine must do as well on it as on raw text."""

import datetime
import json
from pathlib import Path

import pytest

from claims.engine import extract
from claims.engine.evaluation import Scores, score_article
from claims.lib.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "gold"
TEXTS = ROOT / "claims" / "sample_data"
ARTICLES = Path(__file__).with_name("articles")


def _gold_on(normalised: str, doc: dict) -> dict:
    """The gold document with each claim's span found again, by its text, in the new text."""
    claims = []
    cursor = 0
    for claim in doc["claims"]:
        wanted = normalize_text(claim["text"])
        at = normalised.find(wanted, cursor)
        if at < 0:
            at = normalised.find(wanted)
        assert at >= 0, wanted
        claims.append({**claim, "text": wanted, "start": at, "end": at + len(wanted)})
        cursor = at
    return {**doc, "claims": claims}


def _score_normalised(gold_path: Path, text_dir: Path) -> Scores:
    doc = json.loads(gold_path.read_text(encoding="utf-8"))
    text = normalize_text((text_dir / doc["article"]).read_text(encoding="utf-8"))
    published = datetime.date.fromisoformat(doc["published"]) if doc.get("published") else None
    result = extract(text, published=published)
    predicted = [
        {"start": c.start, "end": c.end, "speaker": c.speaker, "checkworthiness": c.checkworthiness}
        for c in result.claims
    ]
    return score_article(predicted, _gold_on(text, doc))


@pytest.mark.parametrize("gold_path", sorted(GOLD.glob("*.gold.json")), ids=lambda p: p.stem)
def test_seed_scores_survive_normalisation(gold_path):
    scores = _score_normalised(gold_path, TEXTS)
    assert scores.precision >= 0.95
    assert scores.recall >= 0.95
    assert scores.attribution >= 0.98


def test_annotated_articles_score_as_well_after_normalisation():
    scores = Scores()
    for gold_path in sorted(ARTICLES.glob("*.gold.json")):
        scores.add(_score_normalised(gold_path, ARTICLES))
    assert scores.f1 >= 0.9
