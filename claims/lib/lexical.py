"""Lexical matching of claims and positions over content-word stems (no Django).

The sentence embedding blurs short distinctive words ("US", "ties", "vote", "scholars")
into the topic around them; matching the words themselves puts them back. A text is
reduced to its content terms: words that are not general English stop words
(``data/stopwords.txt``), lower-cased and stemmed (Snowball English), except acronyms
written in capitals ("U.S.", "US", "OIC"), which stay as they are so that "US" never
meets the pronoun "us".

Two terms match when they are equal or one is a prefix of the other of at least
``MIN_PREFIX`` letters, which joins the derivations a stemmer leaves apart ("unit" for
*unite*, "uniti" for *unity*; "isra" for *Israeli*, "israel"). Terms are weighted by
their inverse document frequency over the texts the positions are known by, so words
that every position shares count little.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import snowballstemmer

#: The shorter of two terms joined by a prefix match has at least this many letters.
MIN_PREFIX = 4
#: Acronyms are words of this many capitals at most (after removing dots).
MAX_ACRONYM = 5

_DATA = Path(__file__).with_name("data")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-](?=[^\W\d_]))*")
_STEMMER = snowballstemmer.stemmer("english")

Query = Mapping[str, float]


def _load_stopwords() -> frozenset[str]:
    lines = (_DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


STOPWORDS = _load_stopwords()


@functools.lru_cache(maxsize=65536)
def terms(text: str) -> tuple[str, ...]:
    """The content terms of ``text`` in order, repeats kept."""
    out: list[str] = []
    for word in _WORD.findall(text):
        bare = word.replace(".", "")
        if bare.isalpha() and bare.isupper() and 2 <= len(bare) <= MAX_ACRONYM:
            out.append(bare)
            continue
        for part in re.split(r"[.\-]", word.replace("’", "'")):
            part = part.lower()
            if part.endswith("'s"):
                part = part[:-2]
            part = part.strip("'")
            if len(part) < 2 or part in STOPWORDS:
                continue
            out.append(_STEMMER.stemWord(part))
    return tuple(out)


def query(*parts: tuple[Iterable[str], float]) -> dict[str, float]:
    """A weighted query from ``(terms, weight)`` parts; a term keeps its largest weight."""
    weights: dict[str, float] = {}
    for found, weight in parts:
        for term in found:
            if weight > weights.get(term, 0.0):
                weights[term] = weight
    return weights


class TermWeights:
    """Inverse document frequencies over a collection of texts (each given as its terms)."""

    def __init__(self, documents: Iterable[Iterable[str]]):
        frequency: Counter[str] = Counter()
        count = 0
        for document in documents:
            frequency.update(set(document))
            count += 1
        self.count = count
        self._frequency = frequency
        self._idf: dict[str, float] = {}

    def idf(self, term: str) -> float:
        """Smoothed idf; a term no document has gets the highest weight."""
        value = self._idf.get(term)
        if value is None:
            value = math.log((self.count + 1) / (self._frequency.get(term, 0) + 0.5))
            self._idf[term] = value
        return value

    def document(self, found: Iterable[str]) -> Document:
        """A text's distinct terms with their squared idf, ready to be matched many times."""
        distinct = tuple(dict.fromkeys(found))
        squared = tuple(self.idf(t) ** 2 for t in distinct)
        return Document(distinct, squared, math.sqrt(sum(squared)))


@dataclass(frozen=True)
class Document:
    """Distinct terms of a text, their squared idf, and the norm of its idf vector."""

    terms: tuple[str, ...]
    squared_idf: tuple[float, ...]
    norm: float


def _is_acronym(term: str) -> bool:
    return term.isupper()


def _prefixes(q: Query) -> dict[str, float]:
    """Every prefix of at least MIN_PREFIX letters of each query term, with its weight."""
    out: dict[str, float] = {}
    for term, weight in q.items():
        if _is_acronym(term):
            continue
        for end in range(MIN_PREFIX, len(term) + 1):
            key = term[:end]
            if weight > out.get(key, 0.0):
                out[key] = weight
    return out


class Matcher:
    """Scores documents against one query; build once per query, reuse for every document."""

    def __init__(self, q: Query, weights: TermWeights):
        self.query = dict(q)
        self.weights = weights
        self._prefixes = _prefixes(q)
        self._norm = math.sqrt(sum((weights.idf(t) * w) ** 2 for t, w in q.items()))
        self._met: dict[str, float] = {}

    def _weight_of(self, term: str) -> float:
        """The query weight that ``term`` meets: exact, query term longer, or shorter."""
        best = self._met.get(term)
        if best is not None:
            return best
        best = self.query.get(term, 0.0)
        if not _is_acronym(term):
            if len(term) >= MIN_PREFIX:
                best = max(best, self._prefixes.get(term, 0.0))
            for end in range(MIN_PREFIX, len(term)):
                best = max(best, self.query.get(term[:end], 0.0))
        self._met[term] = best
        return best

    def similarity(self, document: Document | Iterable[str]) -> float:
        """Cosine of idf-weighted term sets (query side scaled by its weights), in [0, 1]."""
        if not isinstance(document, Document):
            document = self.weights.document(document)
        if not document.norm or not self._norm:
            return 0.0
        hit = 0.0
        for term, idf2 in zip(document.terms, document.squared_idf, strict=True):
            weight = self._weight_of(term)
            if weight:
                hit += idf2 * weight
        return hit / (self._norm * document.norm)
