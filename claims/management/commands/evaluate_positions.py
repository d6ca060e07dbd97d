"""Leave-one-article-out evaluation of position assignment on gold annotations.

For each gold article, the positions are confirmed from the other articles: the labels
of positions.json and, as members, the gold claims of the other articles. The held-out
article's claims that have a position are then scored exactly as ingestion scores them
(``claims.lib.positions``: context blending, lexical query with the sub-heading read by
``claims.engine``, paragraph blending), and the command prints how often a right position is the top
suggestion and in the top three, plus how right and wrong scores are spread (to choose
the link threshold). Without ``--texts`` there are no sub-headings or paragraphs. Needs no database.
"""

import json
from pathlib import Path

import numpy as np
from django.core.management.base import BaseCommand, CommandError

from claims.lib import positions as scoring
from claims.lib.embeddings import get_embedder


class Command(BaseCommand):
    help = "Position top-1/top-3 accuracy on gold annotations, leaving one article out."

    def add_arguments(self, parser):
        parser.add_argument("gold_dir", type=Path)
        parser.add_argument(
            "--texts", type=Path, help="folder of the article texts (to check spans)"
        )

    def handle(self, *args, gold_dir: Path, texts: Path | None, **options):
        gold_dir, texts = Path(gold_dir), Path(texts) if texts else None
        labels_path = gold_dir / "positions.json"
        if not labels_path.exists():
            raise CommandError(f"{labels_path} not found")
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        golds = [
            json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.gold.json"))
        ]
        if len(golds) < 2:
            raise CommandError("leave-one-out needs at least two gold articles")
        if texts is not None:
            self._check_spans(golds, texts)

        embedder = get_embedder()
        ids = list(labels)
        label_vectors = embedder.embed([labels[i] for i in ids])
        vectors = [embedder.embed([c["text"] for c in g["claims"]]) for g in golds]
        layouts = [
            scoring.Layout.of((texts / g["article"]).read_text(encoding="utf-8"))
            if texts
            else scoring.Layout()
            for g in golds
        ]

        totals = {"n": 0, "top1": 0, "top3": 0}
        scored: list[tuple[np.ndarray, set[int]]] = []
        for held, gold in enumerate(golds):
            member_rows = [
                (vector, ids.index(position), claim["text"], other)
                for other, other_gold in enumerate(golds)
                if other != held
                for claim, vector in zip(other_gold["claims"], vectors[other], strict=True)
                for position in claim["positions"]
            ]
            index = scoring.build_index(
                label_vectors,
                [labels[i] for i in ids],
                np.array([r[0] for r in member_rows]),
                [r[1] for r in member_rows],
                [r[2] for r in member_rows],
                member_article=[r[3] for r in member_rows],
            )
            claims = gold["claims"]
            all_scores = scoring.article_scores(
                index,
                vectors[held],
                [claim["text"] for claim in claims],
                [claim["start"] for claim in claims],
                [claim["speaker"] for claim in claims],
                layouts[held],
            )
            n = top1 = top3 = 0
            for claim, scores in zip(claims, all_scores, strict=True):
                if claim.get("optional"):
                    continue
                scored.append((scores, {ids.index(p) for p in claim["positions"]}))
                if not claim["positions"]:
                    continue
                best = [ids[i] for i, _ in scoring.ranked(scores, 3)]
                n += 1
                top1 += best[0] in claim["positions"]
                top3 += any(b in claim["positions"] for b in best)
            self.stdout.write(
                f"{gold['article']}: {n} claims with a position, "
                f"top-1 {top1 / n:.0%}, top-3 {top3 / n:.0%}"
            )
            totals["n"] += n
            totals["top1"] += top1
            totals["top3"] += top3
        n = totals["n"]
        self.stdout.write(
            f"all: {n} claims, top-1 {totals['top1'] / n:.0%}, top-3 {totals['top3'] / n:.0%}"
        )
        self._thresholds(scored)

    def _thresholds(self, scored: list[tuple[np.ndarray, set[int]]]) -> None:
        """Links the system would make (best MAX_LINKS above a threshold), right and wrong."""
        with_position = sum(1 for _, gold in scored if gold)
        self.stdout.write(
            f"system links by threshold (at most {scoring.MAX_LINKS} per claim; "
            f"current {scoring.LINK_THRESHOLD}):"
        )
        for threshold in np.arange(0.25, 0.61, 0.05):
            right = wrong = covered = 0
            for scores, gold in scored:
                links = [i for i, _ in scoring.links_for(scores, threshold)]
                right += sum(1 for i in links if i in gold)
                wrong += sum(1 for i in links if i not in gold)
                covered += bool(gold & set(links))
            self.stdout.write(
                f"  {threshold:.2f}: {right + wrong} links, "
                f"precision {right / max(right + wrong, 1):.0%}, "
                f"claims with a right link {covered / with_position:.0%}"
            )

    def _check_spans(self, golds: list[dict], texts: Path) -> None:
        for gold in golds:
            path = texts / gold["article"]
            if not path.exists():
                raise CommandError(f"{path} not found")
            text = path.read_text(encoding="utf-8")
            for claim in gold["claims"]:
                if text[claim["start"] : claim["end"]] != claim["text"]:
                    raise CommandError(
                        f"{gold['article']} {claim['id']}: span does not match the text"
                    )
