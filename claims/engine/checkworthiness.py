"""Check-worthiness: how far a claim states something a fact-checker could verify.

A hand-weighted logistic score over a few lexical cues kept in
``data/checkworthiness.json``: figures, dates, quantities, comparisons and past events
raise it; obligation, possibility, conditionals, the first person and rhetoric lower it.
The score of a claim is a plain sum of weights, so it can be explained feature by feature
(:func:`features`).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass

from .lexicon import DATA_DIR, alternation

SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class _Feature:
    name: str
    regex: re.Pattern[str] | None  # None for word-list features, matched all at once
    weight: float
    cap: int
    # Most patterns run on the lower-cased text: much faster than re.IGNORECASE.
    case_sensitive: bool
    # Anchored at the claim's start or end ("^", "$"): matched on the claim alone.
    whole_claim: bool


@dataclass(frozen=True)
class _Model:
    bias: float
    features: tuple[_Feature, ...]
    weights: dict[str, float]
    caps: dict[str, int]
    # Every word-list feature in one regex; a match is looked up in ``word_features``.
    words_re: re.Pattern[str]
    word_features: dict[str, tuple[str, ...]]


def _load() -> _Model:
    data = json.loads((DATA_DIR / "checkworthiness.json").read_text(encoding="utf-8"))
    features = []
    owners: dict[str, list[str]] = {}
    for item in data["features"]:
        for word in item.get("words", ()):
            owners.setdefault(word.lower(), []).append(item["name"])
        pattern = item.get("pattern")
        features.append(
            _Feature(
                item["name"],
                re.compile(pattern) if pattern else None,
                item["weight"],
                item.get("cap", 1),
                bool(item.get("case_sensitive", False)),
                bool(item.get("whole_claim", False)),
            )
        )
    words_re = re.compile(r"(?<!\w)(?:" + alternation(list(owners)) + r")(?!\w)")
    return _Model(
        bias=float(data["bias"]),
        features=tuple(features),
        weights={f.name: f.weight for f in features},
        caps={f.name: f.cap for f in features},
        words_re=words_re,
        word_features={w: tuple(names) for w, names in owners.items()},
    )


_MODEL = _load()


def features(text: str) -> dict[str, int]:
    """Feature counts of a claim text (capped), for inspection and tests."""
    return _span_features(text, [(0, len(text))])[0]


def _regions(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The claims' spans merged: only these stretches of the article are searched."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _matches(
    model: _Model, text: str, lowered: str, regions: list[tuple[int, int]]
) -> dict[str, list[tuple[int, int]]]:
    """Match spans of every feature not anchored to a claim, in text order."""
    found: dict[str, list[tuple[int, int]]] = {}
    for s, e in regions:
        for m in model.words_re.finditer(lowered, s, e):
            for name in model.word_features[SPACE_RE.sub(" ", m.group())]:
                found.setdefault(name, []).append(m.span())
    for feature in model.features:
        if feature.regex is None or feature.whole_claim:
            continue
        source = text if feature.case_sensitive else lowered
        found[feature.name] = [
            m.span() for s, e in regions for m in feature.regex.finditer(source, s, e)
        ]
    return found


def _span_features(text: str, spans: list[tuple[int, int]]) -> list[dict[str, int]]:
    """Feature counts of several claims of one article.

    The patterns run once over the whole article and their matches are counted per span,
    instead of running every pattern again on every claim.
    """
    model = _MODEL
    lowered = text.lower()
    if len(lowered) != len(text):
        # Lower-casing changed the length ("İ"): offsets would drift, so go claim by claim.
        return [_span_features(text[s:e].lower(), [(0, e - s)])[0] for s, e in spans]
    out: list[dict[str, int]] = [{} for _ in spans]
    for name, found in _matches(model, text, lowered, _regions(spans)).items():
        if not found:
            continue
        cap = model.caps[name]
        starts = [a for a, _ in found]
        for n, (s, e) in enumerate(spans):
            count = 0
            for k in range(bisect_left(starts, s), len(found)):
                a, b = found[k]
                if a >= e or count >= cap:
                    break
                if b <= e:
                    count += 1
            if count:
                out[n][name] = count
    for feature in model.features:
        if not feature.whole_claim or feature.regex is None:
            continue
        source = text if feature.case_sensitive else lowered
        for n, (s, e) in enumerate(spans):
            count = min(feature.cap, len(feature.regex.findall(source[s:e])))
            if count:
                out[n][feature.name] = count
    return out


def _logistic(counts: dict[str, int]) -> float:
    logit = _MODEL.bias
    for name, count in counts.items():
        logit += _MODEL.weights[name] * count
    logit = max(-30.0, min(30.0, logit))
    return round(1.0 / (1.0 + math.exp(-logit)), 4)


def score(text: str) -> float:
    """A score in [0, 1]; 0.5 and above reads as checkable."""
    return _logistic(features(text))


def score_spans(text: str, spans: list[tuple[int, int]]) -> list[float]:
    """``score(text[s:e])`` for each span, computed in one pass over the article."""
    return [_logistic(counts) for counts in _span_features(text, spans)]
