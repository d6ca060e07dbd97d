"""Embeddings of claims, and statements: one remark reported by several outlets."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import numpy as np
from django.db.models import F, Q

from claims.lib import positions as scoring
from claims.lib.embeddings import MODEL_ID, get_embedder
from claims.models import Article, Claim, ClaimEmbedding, Statement


def article_date(article: Article) -> datetime.date:
    """The day an article counts for: its publication, else the day it was stored."""
    return article.published or article.created_at.date()


def claim_vectors(claims: Iterable[Claim]) -> dict[int, np.ndarray]:
    """The embedding of each claim by id, computing and storing the missing or stale ones."""
    claims = list(claims)
    stored = {
        e.claim_id: e.vector
        for e in ClaimEmbedding.objects.filter(claim__in=claims, model_id=MODEL_ID)
    }
    missing = [c for c in claims if c.pk not in stored]
    if missing:
        vectors = get_embedder().embed([c.text for c in missing])
        ClaimEmbedding.objects.filter(claim__in=missing).delete()  # another model's vectors
        ClaimEmbedding.objects.bulk_create(
            ClaimEmbedding(claim=c, model_id=MODEL_ID, vector=v)
            for c, v in zip(missing, vectors, strict=True)
        )
        stored.update({c.pk: v for c, v in zip(missing, vectors, strict=True)})
    return {pk: np.asarray(v, dtype=np.float32) for pk, v in stored.items()}


def statements_group(*, article: Article, vectors: dict[int, np.ndarray]) -> None:
    """Give each claim of the article a statement, joining an existing one when it repeats it.

    A claim joins the statement of the most similar claim by the same speaker, published
    within ``STATEMENT_WINDOW_DAYS`` (this article included), with a cosine of at least
    ``STATEMENT_THRESHOLD``; otherwise it starts a statement. Claims without a speaker are
    statements of their own. Safe to run again: the article's claims are regrouped.
    """
    day = article_date(article)
    window = datetime.timedelta(days=scoring.STATEMENT_WINDOW_DAYS)
    claims = list(article.claims.order_by("start"))
    touched = set(
        Claim.objects.filter(article=article, statement__isnull=False).values_list(
            "statement_id", flat=True
        )
    )
    Claim.objects.filter(article=article).update(statement=None)

    speakers = {c.speaker_id for c in claims if c.speaker_id}
    nearby = (
        Claim.objects.filter(speaker_id__in=speakers, statement__isnull=False)
        .exclude(article=article)
        .filter(
            Q(article__published__range=(day - window, day + window))
            | Q(
                article__published__isnull=True,
                article__created_at__date__range=(day - window, day + window),
            )
        )
        .values_list("pk", "speaker_id", "statement_id")
    )
    pool: list[tuple[int, int, np.ndarray]] = []  # (speaker, statement, vector)
    nearby = list(nearby)
    if nearby:
        earlier = {
            e.claim_id: e.vector
            for e in ClaimEmbedding.objects.filter(
                claim_id__in=[n[0] for n in nearby], model_id=MODEL_ID
            )
        }
        pool = [
            (speaker, statement, earlier[pk]) for pk, speaker, statement in nearby if pk in earlier
        ]

    for claim in claims:
        vector = vectors.get(claim.pk)
        statement_id = None
        if claim.speaker_id and vector is not None:
            same = [(st, v) for sp, st, v in pool if sp == claim.speaker_id]
            if same:
                scores = np.array([v for _, v in same]) @ vector
                best = int(np.argmax(scores))
                if scores[best] >= scoring.STATEMENT_THRESHOLD:
                    statement_id = same[best][0]
        if statement_id is None:
            statement_id = Statement.objects.create(speaker_id=claim.speaker_id).pk
        Claim.objects.filter(pk=claim.pk).update(statement_id=statement_id)
        touched.add(statement_id)
        if claim.speaker_id and vector is not None:
            pool.append((claim.speaker_id, statement_id, vector))
    statements_refresh(statement_ids=touched)
    # Statements whose claims were deleted when the article was processed again.
    Statement.objects.filter(
        Q(speaker_id__in=speakers) | Q(speaker__isnull=True), claims__isnull=True
    ).delete()


def statements_refresh(*, statement_ids: Iterable[int]) -> None:
    """Recompute first appearances; drop statements left without claims."""
    for statement in Statement.objects.filter(pk__in=list(statement_ids)):
        first = (
            statement.claims.select_related("article")
            .order_by(F("article__published").asc(nulls_last=True), "article__created_at", "pk")
            .first()
        )
        if first is None:
            statement.delete()
            continue
        statement.first_claim = first
        statement.first_published = first.article.published
        statement.save(update_fields=["first_claim", "first_published", "updated_at"])
