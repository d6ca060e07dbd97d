"""Check-worthiness: how far a claim states something a fact-checker could verify.

A logistic score over lexical cues kept in ``data/checkworthiness.json``: figures, dates,
quantities, comparisons, past events, names and institutions raise it; obligation,
possibility, conditionals, the first and second person, opinion words and rhetoric lower
it. The weights are fitted on the project's annotated claims by
``scripts/train_checkworthiness.py``, shrunk towards weights set by hand. The score of a
claim is a plain sum of weights, so it can be explained feature by feature
(:func:`features`).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

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


MODEL_FILE = DATA_DIR / "checkworthiness.json"


def load_model(path: Path = MODEL_FILE) -> _Model:
    """The model of a weights file (``MODEL_FILE`` is the one the engine scores with)."""
    data = json.loads(path.read_text(encoding="utf-8"))
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


_MODEL = load_model()


def features(text: str) -> dict[str, int]:
    """Feature counts of a claim text (capped), for inspection and tests."""
    return _span_features(text, [(0, len(text))])[0]


def span_features(text: str, spans: list[tuple[int, int]]) -> list[dict[str, int]]:
    """``features(text[s:e])`` for each span, as the article's claims are scored."""
    return _span_features(text, spans)


def feature_names() -> list[str]:
    """The features in the order of ``data/checkworthiness.json``."""
    return [f.name for f in _MODEL.features]


def _lower(text: str) -> str:
    """``text.lower()`` with the same offsets (a few letters, like "İ", lower to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _regions(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The claims' spans merged: only these stretches of the article are searched."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _matches(model: _Model, text: str, lowered: str) -> dict[str, list[tuple[int, int]]]:
    """Match spans of every feature not anchored to a claim, in text order."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in model.words_re.finditer(lowered):
        word = m.group()
        names = model.word_features.get(word) or model.word_features[SPACE_RE.sub(" ", word)]
        for name in names:
            found.setdefault(name, []).append(m.span())
    for feature in model.features:
        if feature.regex is None or feature.whole_claim:
            continue
        source = text if feature.case_sensitive else lowered
        found.setdefault(feature.name, []).extend(m.span() for m in feature.regex.finditer(source))
    return found


def _span_features(text: str, spans: list[tuple[int, int]]) -> list[dict[str, int]]:
    """Feature counts of several claims of one article.

    The stretches of the article that hold claims are cut out and joined with a NUL, which
    no pattern matches across; every pattern runs once over the joined text and its
    matches are counted per claim, instead of running every pattern on every claim.
    """
    model = _MODEL
    regions = _regions(spans)
    region_starts = [s for s, _ in regions]
    joined_starts = []
    offset = 0
    for s, e in regions:
        joined_starts.append(offset)
        offset += e - s + 1
    joined = "\0".join(text[s:e] for s, e in regions)
    lowered = _lower(joined)
    local = []
    for s, e in spans:
        k = bisect_right(region_starts, s) - 1
        shift = joined_starts[k] - region_starts[k]
        local.append((s + shift, e + shift))
    # Spans by start, with the furthest end reached so far: walking back from the last span
    # that starts before a match stops as soon as no earlier span can still contain it.
    order = sorted(range(len(local)), key=local.__getitem__)
    span_starts = [local[n][0] for n in order]
    reach = []
    furthest = -1
    for n in order:
        furthest = max(furthest, local[n][1])
        reach.append(furthest)
    out: list[dict[str, int]] = [{} for _ in spans]
    for name, found in _matches(model, joined, lowered).items():
        cap = model.caps[name]
        for a, b in found:
            k = bisect_right(span_starts, a) - 1
            while k >= 0 and reach[k] >= b:
                n = order[k]
                if b <= local[n][1]:
                    counts = out[n]
                    if counts.get(name, 0) < cap:
                        counts[name] = counts.get(name, 0) + 1
                k -= 1
    for feature in model.features:
        if not feature.whole_claim or feature.regex is None:
            continue
        source = joined if feature.case_sensitive else lowered
        for n, (s, e) in enumerate(local):
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
