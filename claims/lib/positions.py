"""Scoring claims against positions, and grouping claims into statements (numpy only).

How a claim is scored against a position
----------------------------------------
A position is known by its label (plus description) and by the claims already linked to
it, its members. A claim's score for a position is the mean of two cosines:

- the claim against the position's label vector, and
- the claim against the position's members: the mean of its ``MEMBER_TOP`` most similar
  members (one close member can be a fluke; the mean of all members is dragged down by
  the varied ways a position is expressed).

A position without members is scored on its label alone. Claims are short and often
lean on the sentence before ("This is the least they can do"), so the claim vector is
blended with the previous claim of the same speaker in the same article
(``CONTEXT_WEIGHT``) before scoring. The stored claim embedding is never blended.

All weights and thresholds were chosen on the seed gold with leave-one-article-out
(``manage.py evaluate_positions``); see the module constants.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from claims.lib.vectors import normalize

#: Weight of the label cosine; the members get the rest.
LABEL_WEIGHT = 0.5
#: Members averaged per position (the most similar ones).
MEMBER_TOP = 3
#: Weight of the previous claim of the same speaker blended into a claim's vector.
CONTEXT_WEIGHT = 0.3
#: A system link to a confirmed position needs at least this score. Chosen on the seed
#: gold (evaluate_positions): 0.55 keeps about half the links right and gives 57% of the
#: claims a right link; a fact-checker sees every system link with its score.
LINK_THRESHOLD = 0.55
#: At most this many confirmed positions are linked to one claim by the system.
MAX_LINKS = 2
#: A claim that links to no confirmed position joins a suggested one whose centroid is at
#: least this similar, else starts a new suggestion.
SUGGEST_THRESHOLD = 0.6
#: Two claims of one speaker are one statement (the same remark, however reworded)
#: when their cosine is at least this and their articles are at most
#: ``STATEMENT_WINDOW_DAYS`` apart. On the seeds a paraphrased repeat of one remark scores
#: 0.92-0.98 while distinct consecutive sentences on one theme reach 0.84.
STATEMENT_THRESHOLD = 0.88
STATEMENT_WINDOW_DAYS = 7


def with_context(
    vectors: np.ndarray, previous: Sequence[int | None], weight: float = CONTEXT_WEIGHT
) -> np.ndarray:
    """Each row blended with the row ``previous[i]`` (None: no context), renormalised."""
    vectors = np.asarray(vectors, dtype=np.float32)
    blended = vectors.copy()
    for i, j in enumerate(previous):
        if j is not None:
            blended[i] = vectors[i] + weight * vectors[j]
    return normalize(blended)


def member_score(vector: np.ndarray, members: np.ndarray, top: int = MEMBER_TOP) -> float | None:
    """Mean cosine of ``vector`` with its ``top`` most similar members; None without members."""
    members = np.asarray(members, dtype=np.float32)
    if members.size == 0:
        return None
    scores = members.reshape(-1, vector.shape[-1]) @ vector
    if len(scores) > top:
        scores = np.partition(scores, len(scores) - top)[-top:]
    return float(scores.mean())


def position_scores(
    vector: np.ndarray,
    label_vectors: np.ndarray,
    members: Sequence[np.ndarray],
    label_weight: float = LABEL_WEIGHT,
) -> np.ndarray:
    """The score of one (normalised) claim vector for each position, in input order."""
    labels = normalize(np.asarray(label_vectors, dtype=np.float32).reshape(-1, vector.shape[-1]))
    label_scores = labels @ vector
    scores = np.empty(len(labels), dtype=np.float32)
    for i, member_vectors in enumerate(members):
        from_members = member_score(vector, member_vectors)
        if from_members is None:
            scores[i] = label_scores[i]
        else:
            scores[i] = label_weight * label_scores[i] + (1 - label_weight) * from_members
    return scores


def ranked(scores: np.ndarray, limit: int) -> list[tuple[int, float]]:
    """``(index, score)`` of the ``limit`` best scores, best first (ties: lower index)."""
    order = np.lexsort((np.arange(len(scores)), -np.asarray(scores)))[:limit]
    return [(int(i), float(scores[i])) for i in order]


def links_for(
    scores: np.ndarray, threshold: float = LINK_THRESHOLD, limit: int = MAX_LINKS
) -> list[tuple[int, float]]:
    """The positions a claim is linked to by the system: the best ones above the threshold."""
    return [(i, s) for i, s in ranked(scores, limit) if s >= threshold]
