"""Scoring extracted claims against gold annotations (the rule in tests/fixtures/gold/SCHEMA.md).

A prediction matches a gold claim when their spans overlap by at least half of each span's
length; matching is one-to-one, largest overlap first. Optional gold claims are neither hits
nor misses, and predictions matched to them are dropped. Precision, recall and F1 count a
claim only when its speaker is right too: predicted and gold names share the surname, allowing
for the transliterations listed in the gold speaker's aliases.
"""

from __future__ import annotations

import datetime
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claims.errors import InvalidInput

PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her"})


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return "".join(c for c in bare if c.isalnum())


#: Suffixes after a surname that are not it: "Ferdinand Marcos Jr." is a Marcos.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname(name: str) -> str:
    words = [_fold(w) for w in name.replace("-", " ").split() if _fold(w)]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def accepted_surnames(gold_speaker: dict) -> set[str]:
    """Surnames a prediction may carry for this gold speaker: the name's and its aliases'."""
    names = {_surname(gold_speaker["name"])}
    for alias in gold_speaker.get("aliases_in_text", []):
        words = alias.split()
        if not words or not alias[:1].isupper() or words[0].lower() in {"the", "a", "an"}:
            continue
        if _fold(words[-1]) in PRONOUNS:
            continue
        names.add(_surname(alias))
    names.discard("")
    return names


def speaker_right(predicted: str | None, gold_name: str, gold_speakers: Sequence[dict]) -> bool:
    if not predicted:
        return False
    spec = next((s for s in gold_speakers if s["name"] == gold_name), {"name": gold_name})
    accepted = accepted_surnames(spec)
    words = {_fold(w) for w in predicted.replace("-", " ").split()}
    return _surname(predicted) in accepted or bool(words & {_surname(gold_name)})


@dataclass
class Scores:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    right: int = 0
    # (score, checkable) of matched claims, for check-worthiness quality
    check: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched += other.matched
        self.right += other.right
        self.check.extend(other.check)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def span_precision(self) -> float:
        return self._ratio(self.matched, self.predicted)

    @property
    def span_recall(self) -> float:
        return self._ratio(self.matched, self.gold)

    @property
    def attribution(self) -> float:
        return self._ratio(self.right, self.matched)

    @property
    def precision(self) -> float:
        return self._ratio(self.right, self.predicted)

    @property
    def recall(self) -> float:
        return self._ratio(self.right, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def check_auc(self) -> float | None:
        return roc_auc(self.check)

    @property
    def check_accuracy(self) -> float | None:
        if not self.check:
            return None
        return sum((s >= 0.5) == y for s, y in self.check) / len(self.check)

    def check_means(self) -> tuple[float | None, float | None]:
        pos = [s for s, y in self.check if y]
        neg = [s for s, y in self.check if not y]
        return (sum(pos) / len(pos) if pos else None, sum(neg) / len(neg) if neg else None)


def roc_auc(pairs: Iterable[tuple[float, bool]]) -> float | None:
    """Probability that a checkable claim scores above a non-checkable one (ties count half)."""
    pairs = list(pairs)
    pos = [s for s, y in pairs if y]
    neg = [s for s, y in pairs if not y]
    if not pos or not neg:
        return None
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(predicted: Sequence[dict], gold: Sequence[dict]) -> list[tuple[int, int]]:
    """One-to-one (prediction index, gold index) pairs, largest overlap first."""
    candidates = []
    for i, p in enumerate(predicted):
        ps = (p["start"], p["end"])
        for j, g in enumerate(gold):
            gs = (g["start"], g["end"])
            ov = _overlap(ps, gs)
            if ov and 2 * ov >= ps[1] - ps[0] and 2 * ov >= gs[1] - gs[0]:
                candidates.append((ov, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def score_article(predicted: Sequence[dict], gold_doc: dict) -> Scores:
    """Scores of predicted claims (dicts with start, end, speaker, checkworthiness)."""
    gold = gold_doc["claims"]
    speakers = gold_doc.get("speakers", [])
    pairs = match(predicted, gold)
    scores = Scores()
    dropped = {i for i, j in pairs if gold[j].get("optional")}
    scores.predicted = len(predicted) - len(dropped)
    scores.gold = sum(1 for g in gold if not g.get("optional"))
    for i, j in pairs:
        if gold[j].get("optional"):
            continue
        scores.matched += 1
        if speaker_right(predicted[i].get("speaker"), gold[j]["speaker"], speakers):
            scores.right += 1
        if "checkable" in gold[j] and predicted[i].get("checkworthiness") is not None:
            scores.check.append(
                (float(predicted[i]["checkworthiness"]), bool(gold[j]["checkable"]))
            )
    return scores


@dataclass
class Report:
    articles: list[tuple[str, Scores]]
    total: Scores


def evaluate_dir(gold_dir: Path, text_dir: Path) -> Report:
    """Run the engine on every article named by ``GOLD_DIR/*.gold.json`` and score it."""
    from . import extract

    gold_dir, text_dir = Path(gold_dir), Path(text_dir)
    files = sorted(gold_dir.glob("*.gold.json"))
    if not files:
        raise InvalidInput(f"no *.gold.json files in {gold_dir}")
    articles = []
    total = Scores()
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        text_path = text_dir / doc["article"]
        if not text_path.is_file():
            raise InvalidInput(f"{path.name} names {doc['article']}, not found in {text_dir}")
        text = text_path.read_text(encoding="utf-8")
        published = None
        if doc.get("published"):
            published = datetime.date.fromisoformat(doc["published"])
        result = extract(text, published=published)
        predicted = [
            {
                "start": c.start,
                "end": c.end,
                "speaker": c.speaker,
                "checkworthiness": c.checkworthiness,
            }
            for c in result.claims
        ]
        scores = score_article(predicted, doc)
        articles.append((doc["article"], scores))
        total.add(scores)
    return Report(articles, total)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(report: Report) -> str:
    """Per-article lines, then the totals; the last four lines are always the totals."""
    lines = []
    for name, s in report.articles:
        lines.append(
            f"{name}: predicted={s.predicted} gold={s.gold} matched={s.matched} "
            f"span_p={_fmt(s.span_precision)} span_r={_fmt(s.span_recall)} "
            f"p={_fmt(s.precision)} r={_fmt(s.recall)} f1={_fmt(s.f1)} "
            f"attribution={_fmt(s.attribution)} check_auc={_fmt(s.check_auc)} "
            f"check_acc={_fmt(s.check_accuracy)}"
        )
    t = report.total
    pos, neg = t.check_means()
    lines.append(
        f"TOTAL claims: predicted={t.predicted} gold={t.gold} matched={t.matched} "
        f"right_speaker={t.right}"
    )
    lines.append(f"TOTAL span precision={_fmt(t.span_precision)} span recall={_fmt(t.span_recall)}")
    lines.append(
        f"TOTAL precision={_fmt(t.precision)} recall={_fmt(t.recall)} f1={_fmt(t.f1)} "
        f"attribution={_fmt(t.attribution)}"
    )
    lines.append(
        f"TOTAL checkworthiness auc={_fmt(t.check_auc)} accuracy@0.5={_fmt(t.check_accuracy)} "
        f"mean_checkable={_fmt(pos)} mean_not_checkable={_fmt(neg)}"
    )
    return "\n".join(lines)
