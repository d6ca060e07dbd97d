"""Scoring claims against positions, and grouping claims into statements (numpy, no Django).

How a claim is scored against a position
----------------------------------------
A position is known by its label (plus description) and by the claims already linked to
it, its members. A claim's score for a position mixes two views:

- semantic: the mean of two cosines of sentence embeddings, the claim against the
  position's label vector and against its members (the mean of its ``MEMBER_TOP`` most
  similar members: one close member can be a fluke; the mean of all members is dragged
  down by the varied ways a position is expressed). A position without members is
  scored on its label alone.
- lexical (``claims.lib.lexical``): how many of the label's distinctive words the claim
  uses, and those of the closest members (the same ``MEMBER_TOP``), as an idf-weighted
  cosine of content-word stems. The small embedding model blurs the words that tell two
  neighbouring stances apart ("cut ties with Israel" and "Israel is a threat" both read
  as *Israel*); the words themselves do not.

The score is ``(1 - LEXICAL_WEIGHT) * semantic + LEXICAL_WEIGHT * lexical``.

Claims are short and often lean on what surrounds them ("This is the least they can
do"), so three pieces of context are used. The claim vector is blended with the previous
claim of the same speaker in the same article (``CONTEXT_WEIGHT``) before the semantic
scoring; the words of the sub-heading the claim stands under join the lexical query
at ``HEADING_WEIGHT`` (sub-headings often name the stance); and once every claim of the
article is scored, each claim's scores are blended with the mean scores of the other
claims in its paragraph (``PARAGRAPH_WEIGHT``): a paragraph usually argues one stance,
and its clearest sentence can carry the vague ones. The stored claim embedding is never
blended.

All weights and thresholds were chosen on the seed gold with leave-one-article-out
(``manage.py evaluate_positions``), in the middle of the range that works for both
articles rather than at the best figure for either; see the module constants.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from claims.engine import extract
from claims.engine.text import paragraphs
from claims.lib import lexical
from claims.lib.vectors import normalize

#: Weight of the label cosine; the members get the rest.
LABEL_WEIGHT = 0.5
#: Members averaged per position (the most similar ones).
MEMBER_TOP = 3
#: Weight of the previous claim of the same speaker blended into a claim's vector.
CONTEXT_WEIGHT = 0.3
#: Weight of the lexical score in a claim's score; the semantic score gets the rest.
#: Leave-one-out top-1 on the seeds (Mehr/WANA): 0.0 gives 85%/55%, 0.2 90%/66%,
#: 0.3 95%/66%, 0.4 95%/76%, 0.5 95%/79%, 0.6 95%/76%; 0.5 is the middle of the plateau.
LEXICAL_WEIGHT = 0.5
#: Weight of the closest members' words in the lexical score; the label's get the rest.
#: Flat on the seeds between 0.2 and 0.4.
LEXICAL_MEMBER_WEIGHT = 0.4
#: Weight of the words of the claim's sub-heading in the lexical query (the claim's own
#: words weigh 1). Without headings WANA top-1 drops by about ten points; 0.2-0.6 agree.
HEADING_WEIGHT = 0.4
#: Weight of the mean scores of the other claims in a claim's paragraph (the claim's own
#: weigh 1, and the blend is divided by the sum so scores keep their scale). Leave-one-out
#: top-1 on the seeds (Mehr/WANA): 0 gives 95%/79%, 0.1-0.2 give 95%/86%, 0.3 90%/86%.
PARAGRAPH_WEIGHT = 0.15
#: A sub-heading needs this many content terms; shorter ones are datelines and tags.
HEADING_MIN_TERMS = 3
#: A system link to a confirmed position needs at least this score. Chosen on the seed
#: gold (evaluate_positions): 0.3 keeps 56% of the links right and gives 63% of the
#: claims a right link (0.35: 69% and 49%); a fact-checker sees every system link with
#: its score.
LINK_THRESHOLD = 0.3
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


@dataclass(frozen=True)
class PositionIndex:
    """What claims are scored against: every position's label and members, precomputed.

    Build it with :func:`build_index` once for a set of positions and reuse it for every
    claim until the positions or their links change. Members carry the ids of their
    article and claim (-1 when unknown) so that a claim's own article, or the claim
    itself, can be left out.
    """

    label_vectors: np.ndarray  # (positions, dims), unit rows
    label_terms: tuple[lexical.Document, ...]
    member_vectors: np.ndarray  # (members, dims), unit rows
    member_position: np.ndarray  # (members,) index of the member's position
    member_article: np.ndarray  # (members,) article id, -1 when unknown
    member_claim: np.ndarray  # (members,) claim id, -1 when unknown
    member_terms: tuple[lexical.Document, ...]
    weights: lexical.TermWeights

    def __len__(self) -> int:
        return len(self.label_vectors)


def build_index(
    label_vectors: np.ndarray,
    label_texts: Sequence[str],
    member_vectors: np.ndarray,
    member_position: Sequence[int],
    member_texts: Sequence[str],
    member_article: Sequence[int] | None = None,
    member_claim: Sequence[int] | None = None,
) -> PositionIndex:
    """Index positions by label (vector and text) and members (vector, text, position).

    ``label_vectors`` is a (positions, dims) array; ``member_position`` gives each
    member's position as an index into the labels.

    Term weights come from the labels and members: a word most positions share is weak.
    """
    labels = np.asarray(label_vectors, dtype=np.float32)
    dims = labels.shape[-1] if labels.ndim == 2 else 0
    labels = labels.reshape(len(label_texts), dims)
    members = np.asarray(member_vectors, dtype=np.float32).reshape(len(member_texts), dims)
    label_terms = [lexical.terms(t) for t in label_texts]
    member_terms = [lexical.terms(t) for t in member_texts]
    weights = lexical.TermWeights(label_terms + member_terms)
    unknown = [-1] * len(member_texts)
    return PositionIndex(
        label_vectors=normalize(labels) if len(labels) else labels,
        label_terms=tuple(weights.document(t) for t in label_terms),
        member_vectors=normalize(members) if len(members) else members,
        member_position=np.asarray(member_position, dtype=np.int64).reshape(-1),
        member_article=np.asarray(
            unknown if member_article is None else member_article, dtype=np.int64
        ).reshape(-1),
        member_claim=np.asarray(
            unknown if member_claim is None else member_claim, dtype=np.int64
        ).reshape(-1),
        member_terms=tuple(weights.document(t) for t in member_terms),
        weights=weights,
    )


def claim_query(claim_text: str, heading: str = "") -> dict[str, float]:
    """The lexical query of a claim: its own words, and its sub-heading's at HEADING_WEIGHT."""
    heading_terms = lexical.terms(heading) if heading else ()
    if len(set(heading_terms)) < HEADING_MIN_TERMS:
        heading_terms = ()
    return lexical.query((lexical.terms(claim_text), 1.0), (heading_terms, HEADING_WEIGHT))


def index_scores(
    index: PositionIndex,
    vector: np.ndarray,
    claim_terms: lexical.Query,
    *,
    exclude_article: int | None = None,
    exclude_claim: int | None = None,
    only: Sequence[int] | None = None,
) -> np.ndarray:
    """The score of one claim for each indexed position, in index order.

    ``vector`` is the claim's (context-blended, unit) vector and ``claim_terms`` its
    lexical query (:func:`claim_query`). Members from ``exclude_article`` (the claim's
    own article) and the member ``exclude_claim`` (the claim itself) are not evidence.
    With ``only``, just those positions are scored and the others get -inf.
    """
    count = len(index)
    vector = np.asarray(vector, dtype=np.float32)
    matcher = lexical.Matcher(claim_terms, index.weights)
    wanted = range(count) if only is None else only
    keep = np.ones(len(index.member_position), dtype=bool)
    if only is not None:
        keep &= np.isin(index.member_position, list(only))
    if exclude_article is not None:
        keep &= index.member_article != exclude_article
    if exclude_claim is not None:
        keep &= index.member_claim != exclude_claim
    kept = np.flatnonzero(keep)
    member_cos = index.member_vectors[kept] @ vector if len(kept) else np.zeros(0)
    rows_by_position: dict[int, list[int]] = {}
    for at, row in enumerate(kept):
        rows_by_position.setdefault(int(index.member_position[row]), []).append(at)

    scores = np.full(count, -np.inf, dtype=np.float32)
    for p in wanted:
        semantic = float(index.label_vectors[p] @ vector)
        words = matcher.similarity(index.label_terms[p])
        rows = rows_by_position.get(p)
        if rows:
            cos = member_cos[rows]
            closest = np.argsort(-cos, kind="stable")[:MEMBER_TOP]
            semantic = LABEL_WEIGHT * semantic + (1 - LABEL_WEIGHT) * float(cos[closest].mean())
            member_words = max(
                matcher.similarity(index.member_terms[kept[rows[j]]]) for j in closest
            )
            words = (1 - LEXICAL_MEMBER_WEIGHT) * words + LEXICAL_MEMBER_WEIGHT * member_words
        scores[p] = (1 - LEXICAL_WEIGHT) * semantic + LEXICAL_WEIGHT * words
    return scores


def with_paragraphs(
    scores: np.ndarray, paragraph: Sequence[int], weight: float = PARAGRAPH_WEIGHT
) -> np.ndarray:
    """Each claim's row of ``scores`` blended with the mean row of its paragraph's others.

    ``scores`` is (claims, positions); ``paragraph[i]`` is claim i's paragraph (any
    hashable key). A claim alone in its paragraph keeps its scores. Rankings change only
    where the paragraph's other claims point elsewhere.
    """
    scores = np.asarray(scores, dtype=np.float32)
    out = scores.copy()
    members: dict[object, list[int]] = {}
    for i, key in enumerate(paragraph):
        members.setdefault(key, []).append(i)
    for rows in members.values():
        if len(rows) < 2:
            continue
        block = scores[rows]
        total = block.sum(axis=0)
        for at, i in enumerate(rows):
            others = (total - block[at]) / (len(rows) - 1)
            out[i] = (block[at] + weight * others) / (1 + weight)
    return out


def paragraph_of(starts: Sequence[int], spans: Sequence[tuple[int, int]]) -> list[int]:
    """For each offset in ``starts``, the index of the span ``(start, end)`` holding it (-1)."""
    bounds = [s for s, _ in spans]
    out = []
    for start in starts:
        k = bisect.bisect_right(bounds, start) - 1
        out.append(k if k >= 0 and start < spans[k][1] else -1)
    return out


def heading_before(start: int, headings: Sequence[tuple[int, int, str]]) -> str:
    """The text of the last heading ``(start, end, text)`` that ends at or before ``start``.

    A sub-heading stands over the paragraphs after it until the next one.
    """
    best = ""
    for h_start, h_end, text in sorted(headings):
        if h_end <= start:
            best = text
        elif h_start > start:
            break
    return best


@dataclass(frozen=True)
class Layout:
    """Where an article's headings ``(start, end, text)`` and paragraphs ``(start, end)`` lie."""

    headings: tuple[tuple[int, int, str], ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str) -> Layout:
        """The layout as the extraction engine reads it (about 10 ms for 5 KB)."""
        return cls(
            headings=tuple((s, e, text[s:e]) for s, e in extract(text).article.headings),
            paragraphs=tuple((p.start, p.end) for p in paragraphs(text)),
        )


def previous_by_speaker(
    speakers: Sequence[Hashable | None], starts: Sequence[int]
) -> list[int | None]:
    """For each claim, the index of the claim before it (by start) with the same speaker.

    A claim without a speaker (None) has no previous claim and is no one's previous claim.
    """
    previous: list[int | None] = [None] * len(speakers)
    last: dict[Hashable, int] = {}
    for i in sorted(range(len(speakers)), key=lambda i: starts[i]):
        speaker = speakers[i]
        if speaker is not None:
            previous[i] = last.get(speaker)
            last[speaker] = i
    return previous


def article_scores(
    index: PositionIndex,
    vectors: np.ndarray,
    texts: Sequence[str],
    starts: Sequence[int],
    speakers: Sequence[Hashable | None],
    layout: Layout = Layout(),
    *,
    exclude_article: int | None = None,
) -> np.ndarray:
    """The (claims, positions) scores of all claims of one article, with all its context.

    The claims' vectors are blended with the previous claim of their speaker, each claim's
    lexical query takes the sub-heading it stands under, and the scores are blended
    within paragraphs (see the module docstring). Ingestion and the evaluation call this.
    """
    if not len(index):
        return np.zeros((len(texts), 0), dtype=np.float32)
    blended = with_context(vectors, previous_by_speaker(speakers, starts))
    rows = [
        index_scores(
            index,
            blended[i],
            claim_query(text, heading_before(start, layout.headings)),
            exclude_article=exclude_article,
        )
        for i, (text, start) in enumerate(zip(texts, starts, strict=True))
    ]
    if not rows:
        return np.zeros((0, len(index)), dtype=np.float32)
    return with_paragraphs(np.array(rows), paragraph_of(starts, layout.paragraphs))


def ranked(scores: np.ndarray, limit: int) -> list[tuple[int, float]]:
    """``(index, score)`` of the ``limit`` best scores, best first (ties: lower index)."""
    order = np.lexsort((np.arange(len(scores)), -np.asarray(scores)))[:limit]
    return [(int(i), float(scores[i])) for i in order]


def links_for(
    scores: np.ndarray, threshold: float = LINK_THRESHOLD, limit: int = MAX_LINKS
) -> list[tuple[int, float]]:
    """The positions a claim is linked to by the system: the best ones above the threshold."""
    return [(i, s) for i, s in ranked(scores, limit) if s >= threshold]
