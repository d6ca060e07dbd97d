#!/usr/bin/env python3
"""Fit the check-worthiness weights on the project's annotated claims.

    python scripts/train_checkworthiness.py [--dry-run] [--l2 L2]

The features are those of ``claims/engine/data/checkworthiness.json``; only their weights
and the bias are fitted. Training data: every ``checkable`` claim of the seed gold
(``../shared/gold`` with ``../shared/seeds``) and of ``tests/engine/**/*.gold.json`` (texts
next to them). Optional claims are left out, as the evaluation leaves them out.

The model is an L2-regularised logistic regression fitted by Newton steps (the bias is
not penalised). The regularisation is chosen by cross-validation with whole articles held
out, so that claims of one article never sit on both sides; the cross-validated AUC is
printed, then the weights fitted on all the claims are written into the JSON file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.engine import checkworthiness  # noqa: E402
from claims.engine.checkworthiness import MODEL_FILE  # noqa: E402

SHARED = ROOT.parent / "shared"
L2_GRID = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
FOLDS = 6


def gold_files(shared: Path) -> list[tuple[Path, Path]]:
    """(gold file, folder of its text) for every annotated article the project holds."""
    pairs = [(p, shared / "seeds") for p in sorted((shared / "gold").glob("*.gold.json"))]
    pairs += [(p, p.parent) for p in sorted((ROOT / "tests" / "engine").rglob("*.gold.json"))]
    return pairs


def dataset(shared: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Feature matrix, labels and article index of every non-optional checkable claim."""
    names = checkworthiness.feature_names()
    rows: list[list[float]] = []
    labels: list[float] = []
    groups: list[int] = []
    for n, (path, text_dir) in enumerate(gold_files(shared)):
        doc = json.loads(path.read_text(encoding="utf-8"))
        claims = [c for c in doc["claims"] if "checkable" in c and not c.get("optional")]
        text = (text_dir / doc["article"]).read_text(encoding="utf-8")
        spans = [(c["start"], c["end"]) for c in claims]
        for claim, counts in zip(claims, checkworthiness.span_features(text, spans), strict=True):
            rows.append([float(counts.get(name, 0)) for name in names])
            labels.append(1.0 if claim["checkable"] else 0.0)
            groups.append(n)
    return np.array(rows), np.array(labels), np.array(groups), names


def fit(x: np.ndarray, y: np.ndarray, prior: np.ndarray, l2: float, steps: int = 50) -> np.ndarray:
    """Weights (bias first) minimising the log loss plus ``l2 / 2 * |w - prior|^2``.

    Shrinking towards the hand-set weights rather than towards zero keeps what the
    annotated claims say too little about (a feature seen a handful of times) where a
    person put it.
    """
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = prior.astype(float).copy()
    penalty = np.full(xb.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + penalty * (w - prior)
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(w[0] + x @ w[1:], -30, 30)))


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    """Probability that a checkable claim outscores a non-checkable one (ties count half)."""
    pos, neg = scores[y == 1], scores[y == 0]
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def cross_validate(x, y, groups, prior, l2: float) -> tuple[float, float]:
    """Pooled AUC and accuracy@0.5 of predictions on held-out articles."""
    scores = np.zeros(len(y))
    for fold in range(FOLDS):
        test = groups % FOLDS == fold
        w = fit(x[~test], y[~test], prior, l2)
        scores[test] = predict(w, x[test])
    return auc(scores, y), float(((scores >= 0.5) == (y == 1)).mean())


def write(data: dict, w: np.ndarray, names: list[str], path: Path) -> None:
    """``data`` (the weights file) with the fitted bias and weights, into ``path``."""
    weights = dict(zip(names, w[1:], strict=True))
    data["bias"] = round(float(w[0]), 3)
    for item in data["features"]:
        item["weight"] = round(float(weights[item["name"]]), 3)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder with gold/, seeds/")
    parser.add_argument("--l2", type=float, help="skip the search, use this regularisation")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the JSON")
    parser.add_argument("--output", type=Path, default=MODEL_FILE, help="where to write")
    args = parser.parse_args(argv)

    x, y, groups, names = dataset(args.shared)
    print(f"{len(y)} claims ({int(y.sum())} checkable) from {len(set(groups))} articles")
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    prior = np.array([data["bias_prior"], *(item["prior"] for item in data["features"])])
    print(f"hand-set weights: auc={auc(predict(prior, x), y):.3f} on the training claims")
    grid = [args.l2] if args.l2 else L2_GRID
    results = {l2: cross_validate(x, y, groups, prior, l2) for l2 in grid}
    for l2, (cv_auc, cv_acc) in results.items():
        print(f"l2={l2:<5} cross-validated auc={cv_auc:.3f} accuracy@0.5={cv_acc:.3f}")
    best = max(results, key=lambda l2: results[l2][0])
    w = fit(x, y, prior, best)
    print(f"chosen l2={best}: training auc={auc(predict(w, x), y):.3f}")
    for name, weight in sorted(zip(names, w[1:], strict=True), key=lambda p: p[1]):
        print(f"  {name:28s} {weight:+.3f}")
    print(f"  {'(bias)':28s} {w[0]:+.3f}")
    if not args.dry_run:
        write(data, w, names, args.output)
        print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
