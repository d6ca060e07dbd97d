"""Exact cosine search and incremental clustering over embedding vectors (numpy only).

Search is the fallback for databases without pgvector: the same answers as an
``ORDER BY embedding <=> query LIMIT k`` over normalised vectors, computed exactly.

Clustering is how claims that match no confirmed position accumulate into suggested
positions: each new vector joins the most similar suggestion whose centroid is at least
``threshold`` away in cosine terms, or starts a suggestion of its own. A centroid is the
plain mean of its members (not normalised, so members can be added and removed exactly);
cosine comparisons are scale-free, so it can be stored and searched like any vector.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "add_to_centroid",
    "assign",
    "cluster",
    "most_central",
    "normalize",
    "remove_from_centroid",
    "top_k",
]


def normalize(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def top_k(
    query: np.ndarray,
    matrix: np.ndarray,
    k: int,
    *,
    exclude: np.ndarray | None = None,
    min_score: float | None = None,
) -> list[tuple[int, float]]:
    """The ``k`` rows of ``matrix`` most similar to ``query``, best first.

    Both must be normalised already (rows of ``matrix``), so similarity is the dot
    product. ``exclude`` is a boolean mask over the rows; True rows are never returned.
    Rows scoring below ``min_score`` are dropped. Ties go to the lower row index.
    Returns ``(row_index, cosine)`` pairs.
    """
    matrix = np.asarray(matrix, dtype=np.float32).reshape(-1, np.shape(query)[-1])
    if k <= 0 or len(matrix) == 0:
        return []
    scores = matrix @ np.asarray(query, dtype=np.float32)
    candidates = np.arange(len(scores))
    if exclude is not None:
        exclude = np.asarray(exclude, dtype=bool)
        if exclude.shape != scores.shape:
            raise ValueError(f"exclude has shape {exclude.shape}, expected {scores.shape}")
        candidates = candidates[~exclude]
    if min_score is not None:
        candidates = candidates[scores[candidates] >= min_score]
    if len(candidates) > k:
        # argpartition keeps the k best in O(n); ties at the cut-off are resolved below
        # by taking every row that scores at least the k-th best.
        kth = np.partition(scores[candidates], len(candidates) - k)[len(candidates) - k]
        candidates = candidates[scores[candidates] >= kth]
    ranked = candidates[np.lexsort((candidates, -scores[candidates]))][:k]
    return [(int(i), float(scores[i])) for i in ranked]


def assign(vector: np.ndarray, centroids: np.ndarray, threshold: float) -> tuple[int | None, float]:
    """The centroid ``vector`` belongs to: ``(index, cosine)`` of the most similar one.

    The index is None when no centroid reaches ``threshold``; the score is then the best
    cosine found, or -1.0 when there are no centroids at all. ``vector`` must be
    normalised; centroids need not be (means of unit vectors are shorter than 1).
    """
    centroids = np.asarray(centroids, dtype=np.float32).reshape(-1, np.shape(vector)[-1])
    if len(centroids) == 0:
        return None, -1.0
    scores = normalize(centroids) @ np.asarray(vector, dtype=np.float32)
    best = int(np.argmax(scores))
    score = float(scores[best])
    return (best if score >= threshold else None), score


def add_to_centroid(centroid: np.ndarray, count: int, vector: np.ndarray) -> np.ndarray:
    """The mean of ``count`` members plus ``vector``, given the mean of the ``count``."""
    centroid = np.asarray(centroid, dtype=np.float32)
    return (centroid + (np.asarray(vector, dtype=np.float32) - centroid) / (count + 1)).astype(
        np.float32
    )


def remove_from_centroid(centroid: np.ndarray, count: int, vector: np.ndarray) -> np.ndarray:
    """The mean of ``count`` members less ``vector`` (one of them), given their mean."""
    if count <= 1:
        raise ValueError("cannot remove the last member: drop the centroid instead")
    centroid = np.asarray(centroid, dtype=np.float32)
    return (centroid - (np.asarray(vector, dtype=np.float32) - centroid) / (count - 1)).astype(
        np.float32
    )


def most_central(vectors: np.ndarray) -> int:
    """Row index of the member closest to all the others (highest mean cosine).

    For normalised rows this is the member most similar to the centroid, so a suggested
    position can be labelled with its most typical claim. Ties go to the lower index.
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    if len(vectors) == 0:
        raise ValueError("no vectors")
    # sum_j v_i . v_j == v_i . (sum_j v_j): one matrix-vector product, not n x n.
    return int(np.argmax(vectors @ vectors.sum(axis=0)))


def cluster(vectors: np.ndarray, threshold: float) -> list[int]:
    """Cluster label of each row, assigning rows one at a time in order.

    The batch form of the incremental rule: a row joins the most similar existing
    cluster whose centroid reaches ``threshold``, else starts a new one. Labels are
    0, 1, ... in order of first appearance. The result depends on the order of the rows,
    as it does when claims arrive one by one.
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    centroids = np.zeros((0, vectors.shape[-1] if vectors.ndim == 2 else 0), dtype=np.float32)
    counts: list[int] = []
    labels: list[int] = []
    for vector in vectors:
        index, _ = assign(vector, centroids, threshold)
        if index is None:
            centroids = np.vstack([centroids, vector[None, :]])
            counts.append(1)
            index = len(counts) - 1
        else:
            centroids[index] = add_to_centroid(centroids[index], counts[index], vector)
            counts[index] += 1
        labels.append(index)
    return labels
