"""Check-worthiness: how far a claim states something a fact-checker could verify.

A hand-weighted logistic score over a few lexical cues kept in
``data/checkworthiness.json``: figures, dates, quantities, comparisons and past events
raise it; obligation, possibility, conditionals, the first person and rhetoric lower it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from .lexicon import DATA_DIR


@dataclass(frozen=True)
class _Feature:
    name: str
    regex: re.Pattern[str]
    weight: float
    cap: int
    # Most patterns run on the lower-cased text: much faster than re.IGNORECASE.
    case_sensitive: bool


def _load() -> tuple[float, tuple[_Feature, ...]]:
    data = json.loads((DATA_DIR / "checkworthiness.json").read_text(encoding="utf-8"))
    features = []
    for item in data["features"]:
        features.append(
            _Feature(
                item["name"],
                re.compile(item["pattern"]),
                item["weight"],
                item.get("cap", 1),
                bool(item.get("case_sensitive", False)),
            )
        )
    return float(data["bias"]), tuple(features)


_BIAS, _FEATURES = _load()
_WEIGHTS = {f.name: f.weight for f in _FEATURES}


def features(text: str) -> dict[str, int]:
    """Feature counts of a claim text (capped), for inspection and tests."""
    out = {}
    lowered = text.lower()
    for feature in _FEATURES:
        count = 0
        for _ in feature.regex.finditer(text if feature.case_sensitive else lowered):
            count += 1
            if count >= feature.cap:
                break
        if count:
            out[feature.name] = count
    return out


def score(text: str) -> float:
    """A score in [0, 1]; 0.5 and above reads as checkable."""
    logit = _BIAS
    for name, count in features(text).items():
        logit += _WEIGHTS[name] * count
    logit = max(-30.0, min(30.0, logit))
    return round(1.0 / (1.0 + math.exp(-logit)), 4)
