"""Ingesting the seed articles the way production does, for speaker and position tests."""

import datetime
import json

from claims.models import Article, Claim
from claims.services import ingestion
from claims.services.positions import article_link
from tests.conftest import GOLD, SAMPLES

SEEDS = [
    ("mehr-raisi-islamic-ambassadors.txt", datetime.date(2022, 4, 28)),
    ("wana-khamenei-unity-conference.txt", datetime.date(2024, 9, 21)),
]


def ingest_text(text: str, published: datetime.date, outlet: str = "") -> Article:
    """Submit, process and link one article; a repeated text is processed again."""
    job = ingestion.job_submit(
        source="text",
        meta=ingestion.ArticleInput(published=published, outlet=outlet),
        text=text,
        enqueue=False,
    )
    if job.article_id is not None:
        ingestion.job_run(job_id=job.pk)
        article = job.article
    else:
        article = job.duplicate_of
        ingestion.article_process(article=article)
    article = Article.objects.get(pk=article.pk)
    article_link(article=article)  # idempotent: harmless if ingestion already linked it
    return article


def ingest_seeds() -> dict[str, Article]:
    return {
        name: ingest_text((SAMPLES / name).read_text(encoding="utf-8"), published)
        for name, published in SEEDS
    }


def gold(name: str) -> dict:
    return json.loads((GOLD / name.replace(".txt", ".gold.json")).read_text(encoding="utf-8"))


def position_labels() -> dict[str, str]:
    return json.loads((GOLD / "positions.json").read_text(encoding="utf-8"))


def matching_claim(article: Article, start: int, end: int) -> Claim | None:
    """The extracted claim whose span overlaps the gold span by half of each (SCHEMA.md)."""
    best, best_overlap = None, 0
    for claim in article.claims.all():
        overlap = min(end, claim.end) - max(start, claim.start)
        if overlap * 2 >= end - start and overlap * 2 >= claim.end - claim.start:
            if overlap > best_overlap:
                best, best_overlap = claim, overlap
    return best
