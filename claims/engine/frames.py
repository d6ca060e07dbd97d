"""Frames (a cue, its speaker mention, what was said) and the span helpers every stage shares."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from .cast import Cast, Entity
from .lexicon import CueForm, lexicon
from .speakers import (
    WEEKDAYS,
    Mention,
    Token,
)
from .text import (
    CLOSERS_TRAIL,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    TRAIL_STRIP,
    WORD_RE,
    TokenIndex,
    trim,
)

RoleHolder = Callable[[str, datetime.date | None], str | None]
DOUBLE_QUOTES = set(DOUBLE_OPEN) | DOUBLE_CLOSE
QUOTE_CHARS = DOUBLE_QUOTES | set("‘’‹›")


def quote_runs_on(toks: list[Token], open_tok: int, limit: int) -> bool:
    """Whether the quotation opening at token ``open_tok`` is a phrase inside a longer
    statement: 'said “we must do that reform” to save the system' (a word, not a stop or a
    comma, before the closing mark, and a lower-case word after it)."""
    opening = toks[open_tok][0]
    for n in range(open_tok + 1, limit - 1):
        word = toks[n][0]
        if word in DOUBLE_CLOSE or word == opening == '"':
            return toks[n - 1][0][-1:].isalnum() and toks[n + 1][0][:1].islower()
    return False


# A quotation mark inside reported speech makes it "mixed"; apostrophes do not count.
DOUBLE_OR_SINGLE_OPEN_RE = re.compile(
    "[" + re.escape("".join(sorted(QUOTE_CHARS - {"’", "'"}))) + "]"
)
DOUBLE_OPEN_RE = re.compile("[" + re.escape("".join(sorted(DOUBLE_OPEN))) + "]")
# “ closes German-style „…“ quotations but opens English ones: counted as an opener only.
DOUBLE_CLOSE_RE = re.compile("[" + re.escape("".join(sorted(DOUBLE_CLOSE - {"“"}))) + "]")
BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be", "am"})
MIN_QUOTE_WORDS = 3
MIN_REPORTED_WORDS = 2
ADVERBIAL_OPENERS = frozenset(
    {
        "even",
        "still",
        "now",
        "today",
        "however",
        "meanwhile",
        "moreover",
        "instead",
        "also",
        "yet",
        "therefore",
        "thus",
        "nonetheless",
        "nevertheless",
        "indeed",
        "above",
        "furthermore",
        "then",
        "so",
        "but",
        "and",
        "while",
        "as",
        "once",
        "since",
        "when",
        "there",
        "here",
        "again",
        "besides",
        "likewise",
        "similarly",
        "otherwise",
        "accordingly",
        "overall",
        "already",
        "ultimately",
        # A condition or concession: "Had the case gone to trial, he said, …"
        "if",
        "had",
        "should",
        "were",
        "unless",
        "although",
        "though",
        "because",
        "until",
        "whether",
    }
)
SPACE_RE = re.compile(r"\s+")
LEADING_THAT_RE = re.compile(r"that(?![\w’'-])\s*")
# Tokens allowed between a cue and its "that" or quotation: "said on Tuesday that".
PP_STARTERS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "to",
        "after",
        "before",
        "while",
        "with",
        "via",
        "from",
        "late",
        "earlier",
        "later",
        "again",
        "also",
        "today",
        "yesterday",
        "tonight",
        "this",
        "last",
        "then",
        "publicly",
        "separately",
        "repeatedly",
        "once",
        "recently",
        "further",
        "afterwards",
        "over",
        "ahead",
        "following",
        "amid",
        "outside",
        "inside",
        "prior",
        "shortly",
        "by",
        "within",
        "upon",
        "despite",
    }
)


@dataclass
class Frame:
    """A cue with its speaker mention and the span of what was said."""

    cue_start: int
    cue_end: int
    cue: str
    mention: Mention | None
    spans: list[tuple[int, int]]
    kind: str  # "direct" | "indirect"
    participle: bool = False
    inherit: bool = False  # an unattributed quotation taking the nearest speaker
    continues: bool = False
    chained: bool = False  # the quotation goes on in the next paragraph
    local: bool = False  # takes a speaker only from its own paragraph
    points_back: bool = False  # "X said this at …": X spoke the statements just before
    entity: Entity | None = None
    resolved_by: str | None = None
    role: str | None = None
    paragraph: int = 0
    order: int = 0


@dataclass
class State:
    text: str
    cast: Cast
    index: TokenIndex
    headings: list[tuple[int, int]] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    last_frame: Frame | None = None


def cue_form(surface: str) -> CueForm | None:
    return lexicon().cue_forms.get(SPACE_RE.sub(" ", surface))


def index_at(toks: list[Token], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid][1] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def mask(toks: list[Token], spans: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it starts inside one of ``spans``."""
    out = [False] * len(toks)
    if not spans:
        return out
    starts = [t[1] for t in toks]
    for s, e in spans:
        a, b = bisect_left(starts, s), bisect_left(starts, e)
        out[a:b] = [True] * (b - a)
    return out


def in_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


TIME_WORDS = WEEKDAYS | frozenset(
    {
        "week",
        "month",
        "year",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "today",
        "yesterday",
        "tonight",
        "earlier",
        "later",
    }
)
TIME_LEADS = frozenset({"on", "late", "early", "last", "this", "next", "earlier", "later"})


#: Words that start a reported clause right after a time phrase ("said on Monday the …").
CLAUSE_STARTERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this"})


COLON_QUOTE_RE = re.compile(r":\s*[\"“«‘]")
ACCORDING_RE = re.compile(r",\s*according to\b", re.IGNORECASE)


def content_end(text: str, start: int, sent_end: int) -> int:
    """Where a reported statement from ``start`` ends, at the first of these:

    - a second statement or a participle: "…, adding that …", "… and said …";
    - a quotation after a colon, a claim of its own: "warned the rule would fail: “…”";
    - the source: "…, according to the ministry";
    - the reporter going on: "saying the world lost a leader; he expressed gratitude …";
    - the question that prompted it: "… following a question on independence";
    - what was left unsaid or the occasion: "…, but could not say how many", "… as he set
      out plans to raise taxes".
    """
    end = sent_end
    stops = (
        lexicon().participle_re,
        COLON_QUOTE_RE,
        ACCORDING_RE,
        REPORTER_GOES_ON_RE,
        QUESTION_OCCASION_RE,
        TRAILING_MEDIUM_RE,
    )
    for stop in stops:
        match = stop.search(text, start, end)
        if match:
            end = match.start()
    return end


#: How the words came, closing the sentence: "… would sign the bill in a statement Saturday".
TRAILING_MEDIUM_RE = re.compile(
    r",?\s+in\s+(?:a|an)\s+(?:written\s+|joint\s+|televised\s+|radio\s+|TV\s+)?"
    r"(?:statement|interview|speech|address|letter)"
    r"(?:\s+with\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
    r"|yesterday|last\s+week))?[.!]?\s*$"
)


QUESTION_OCCASION_RE = re.compile(
    r",?\s+(?:(?:following|after|in\s+response\s+to|in\s+reply\s+to|responding\s+to|answering)"
    r"\s+(?:a|an|the)\s+(?:\w+\s+)?question|when\s+asked|after\s+being\s+asked)\b",
    re.IGNORECASE,
)


REPORTER_GOES_ON_RE = re.compile(
    r";\s+(?:he|she|they)\s+[a-z]"
    # '… to interfere "in their democracy", as calm returned …': the reporter's scene.
    r"|(?<=[”\"]),?\s+as\s+(?!(?:well|if|long|much|soon|far|a|an|though)\b)[a-z]+\s+[a-z]+"
    # "… provocations amid growing concern that …": the reporter's background.
    r"|\s+amid\s+(?:growing|mounting|rising|increasing|renewed|fresh|widespread|deepening)"
    r"\s+(?:concerns?|fears?|speculation|tensions?|criticism|pressure|calls|uncertainty)\b"
    # "Helleland, who had announced that she would vote …, said the decision …": the
    # sentence's own cue after a relative clause ends what the clause reported.
    r"|,\s+(?:said|says|told|tells|added|adds|stated|states)\s+(?!that\b)(?=[a-z])"
    # "… after the joint news event, during which the ministers made statements": the event
    r"|,\s+(?:during|at|after|before)\s+which\s+"
    # "… their site at Māhia - which has seen 13 launches …": the reporter's background
    r"|\s+[-–—]\s+which\s+(?![^.]*?\s[-–—]\s)"
    # "… would be reviewed, signaling a retreat from a reform …": the reporter's reading
    r"|,\s+signall?ing\s+(?:a|an|the)\s"
    # "… foiled five attacks since January, when militants opened fire …": what happened then
    r"|(?:(?<=uary)|(?<=March)|(?<=April)|(?<=June)|(?<=July)|(?<=ugust)|(?<=ember)"
    r"|(?<=tober)|(?<=year)|(?<=month)|(?<=week)),\s+when\s+"
    # "… did not kill any civilians, in what could be the latest accusation …": the same
    r"|,\s+in\s+what\s+(?:could|would|might|may|was|is|appeared|seemed|analysts|critics)\b"
    # "…, but he left room for the possibility …": the reporter on what the speaker did
    r"|,\s+but\s+(?:he|she|they)\s+(?:left|gave|offered|stopped|declined|refused)\b"
    # "…, but could not say how many", "…, although he did not provide further details":
    # what the speaker left unsaid.
    r"|,?\s+(?:but|although|though|while|and)\s+(?:(?:he|she|they)\s+)?(?:declined|refused|did\s+not"
    r"|didn['’]t|would\s+not|wouldn['’]t|could\s+not|couldn['’]t)\s+(?:to\s+)?(?:say|elaborate"
    r"|comment|give|specify|provide|disclose|confirm|name|identify|be\s+drawn|admit|commit"
    r"|reveal|explain|rule)\b"
    # "… as he set out plans to raise taxes", "… as he slammed …": what the speaker did
    # then, not what was said.
    r"|,?\s+as\s+(?:he|she|they)\s+(?:set\s+out|met|spoke|gave|took|made|[a-z]+ed)\b"
)


def clean_span(text: str, start: int, end: int, *, direct: bool) -> tuple[int, int]:
    start, end = trim(text, start, end, TRAIL_STRIP)
    if not direct:
        # A quotation closing the sentence leaves its mark outside: “… Ummah.”
        closed_by_quote = False
        while end > start and text[end - 1] in CLOSERS_TRAIL and text[end - 1] not in "’'":
            inner = text[start : end - 1]
            opened = len(DOUBLE_OPEN_RE.findall(inner)) - len(DOUBLE_CLOSE_RE.findall(inner))
            if inner[-1:] not in ".!?…," and opened <= 0:
                break
            end -= 1
            closed_by_quote = True
        start, end = trim(text, start, end, TRAIL_STRIP)
        if end > start and text[end - 1] == "." and not closed_by_quote:
            end -= 1
            if text[end - 1] == "." and text[end - 2 : end - 1] != ".":
                end -= 1  # "…too high..“We need": a doubled stop, not an ellipsis
        if (
            end - start >= 2
            and text[start] in '“"«'
            and not any(c in DOUBLE_CLOSE - {"“"} for c in text[start + 1 : end])
        ):
            start += 1  # an opening mark whose quotation closes after the span
    start, end = trim(text, start, end, TRAIL_STRIP)
    return start, end


def word_count(text: str, start: int, end: int) -> int:
    return len(WORD_RE.findall(text, start, end))


def cue_matches(
    text: str, toks: list[Token], start: int, end: int, *, markers: bool = False
) -> list[re.Match[str]]:
    """Speech verbs (or "according to" markers) in text[start:end], in order, not overlapping.

    The same matches as ``cue_re.finditer(text, start, end)``, found faster: the regex is
    tried only at tokens that can begin a cue, instead of at every character.
    """
    lex = lexicon()
    regex, firsts = (lex.marker_re, lex.marker_firsts) if markers else (lex.cue_re, lex.cue_firsts)
    out = []
    reached = start
    for n in range(index_at(toks, start), len(toks)):
        word, at, _ = toks[n]
        if at >= end:
            break
        if at < reached or (word.lower() if markers else word) not in firsts:
            continue
        match = regex.match(text, at, end)
        if match:
            out.append(match)
            reached = match.end()
    return out


AUXILIARIES = frozenset(
    {"have", "has", "had", "would", "will", "are", "were", "can", "could", "should", "may", "must"}
)


REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
POSSESSIVE_WORDS = frozenset({"his", "her", "their", "its", "our", "my"})


def finite_verb(word: str) -> bool:
    """A lower-case word that reads as the finite verb after a subject ("was", "jailed")."""
    if not word.isalpha() or not word.islower() or word in lexicon().prepositions:
        return False
    return plain_verb(word) or (
        word.endswith("s") and not word.endswith(("ss", "ous")) and word not in NOT_VERBS_IN_S
    )


def plain_verb(word: str) -> bool:
    """A word that is surely a verb: a form of "be", an auxiliary, a past tense. Unlike
    finite_verb, not any word in -s ("supporters", "leaders")."""
    return (
        word in BE_FORMS
        or word in AUXILIARIES
        or word in lexicon().irregular_past
        or word.islower()
        and word.endswith("ed")
    )


def opens_with_participle_cue(text: str) -> bool:
    """ "Terming the talks “productive”, …", "Objecting to …": a phrase that opens with a
    speech verb's -ing form is a cue of its own, not a statement."""
    first = WORD_RE.search(text)
    form = cue_form(first.group().lower()) if first else None
    return form is not None and form.participle


#: Lower-case words in -s that are never a verb after a subject.
NOT_VERBS_IN_S = frozenset(
    {"this", "his", "its", "us", "thus", "always", "perhaps", "whereas", "towards", "news"}
)
