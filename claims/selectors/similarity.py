"""Claims that say the same thing: nearest neighbours of a claim's embedding.

On PostgreSQL the search runs in the database on pgvector's HNSW cosine index (with
0.8's iterative scan, so date filters do not starve the result). Elsewhere (SQLite) the
vectors are read and searched exactly with numpy (``claims.lib.vectors.top_k``): correct,
but linear in the number of claims, for small deployments only.
"""

from __future__ import annotations

import datetime

import numpy as np
from django.db import connection, transaction
from django.db.models import Prefetch, Q
from pgvector.django import CosineDistance

from claims.lib import vectors as vector_lib
from claims.lib.embeddings import MODEL_ID, get_embedder
from claims.models import Claim, ClaimEmbedding, ClaimPosition

#: Candidates the HNSW index is asked for (hnsw.ef_search): recall against speed.
EF_SEARCH = 100


def similar_claims(
    *,
    claim: Claim | None = None,
    text: str | None = None,
    limit: int = 10,
    before: datetime.date | None = None,
) -> list[tuple[Claim, float]]:
    """Earlier claims that say the same thing as ``claim`` or ``text``, any speaker.

    Returns ``(claim, cosine similarity)`` pairs, best first, with each claim's speaker,
    article and position links loaded. For a claim, "earlier" defaults to published on or
    before its article's date, and the claim's own article is left out. ``before``
    (inclusive) restricts either form to articles published by that date.
    """
    if (claim is None) == (text is None):
        raise ValueError("give a claim or a text")
    exclude_article = None
    if claim is not None:
        query = _claim_vector(claim)
        exclude_article = claim.article_id
        if before is None:
            before = claim.article.published
    else:
        query = get_embedder().embed([text])[0]
    if limit <= 0:
        return []
    if connection.vendor == "postgresql":
        ranked = _search_pgvector(query, limit, before, exclude_article)
    else:
        ranked = _search_numpy(query, limit, before, exclude_article)
    claims = (
        Claim.objects.filter(pk__in=[pk for pk, _ in ranked])
        .select_related("speaker", "article", "article__outlet")
        .prefetch_related(
            Prefetch("position_links", queryset=ClaimPosition.objects.select_related("position"))
        )
    )
    by_id = {c.pk: c for c in claims}
    return [(by_id[pk], score) for pk, score in ranked if pk in by_id]


def _claim_vector(claim: Claim) -> np.ndarray:
    stored = ClaimEmbedding.objects.filter(claim=claim, model_id=MODEL_ID).first()
    if stored is not None:
        return np.asarray(stored.vector, dtype=np.float32)
    return get_embedder().embed([claim.text])[0]


def _scope(before: datetime.date | None, exclude_article: int | None):
    rows = ClaimEmbedding.objects.filter(model_id=MODEL_ID)
    if before is not None:
        rows = rows.filter(claim__article__published__lte=before)
    if exclude_article is not None:
        rows = rows.filter(~Q(claim__article_id=exclude_article))
    return rows


def _search_pgvector(
    query: np.ndarray, limit: int, before: datetime.date | None, exclude_article: int | None
) -> list[tuple[int, float]]:
    rows = (
        _scope(before, exclude_article)
        .annotate(distance=CosineDistance("vector", query))
        .order_by("distance")
        .values_list("claim_id", "distance")[:limit]
    )
    with transaction.atomic(), connection.cursor() as cursor:
        # SET LOCAL lasts until the end of this transaction only.
        cursor.execute("SET LOCAL hnsw.ef_search = %s", [max(EF_SEARCH, limit)])
        cursor.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
        found = list(rows)
    # relaxed_order may return neighbours slightly out of order.
    return sorted(((pk, 1.0 - float(d)) for pk, d in found), key=lambda r: (-r[1], r[0]))


def _search_numpy(
    query: np.ndarray, limit: int, before: datetime.date | None, exclude_article: int | None
) -> list[tuple[int, float]]:
    rows = list(_scope(before, exclude_article).values_list("claim_id", "vector"))
    if not rows:
        return []
    ids = [pk for pk, _ in rows]
    matrix = np.vstack([np.asarray(v, dtype=np.float32) for _, v in rows])
    query = vector_lib.normalize(query)
    return [(ids[i], score) for i, score in vector_lib.top_k(query, matrix, limit)]
