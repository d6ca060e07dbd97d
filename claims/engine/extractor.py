"""The claim extractor: direct quotations and reported speech, attributed to speakers."""

from __future__ import annotations

import datetime
import functools
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from .checkworthiness import score_spans
from .lexicon import CueForm, lexicon
from .meta import read_meta
from .speakers import (
    Cast,
    Entity,
    Mention,
    Token,
    acronym_expansion,
    classify,
    epithet_after,
    fold,
    has_given_name,
    noun_phrase_after,
    noun_phrase_before,
    role_country,
    role_of,
    title_apposition,
    with_synonyms,
)
from .text import (
    CLOSERS_TRAIL,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    SPACE,
    TRAIL_STRIP,
    WORD_RE,
    Paragraph,
    Quote,
    TokenIndex,
    find_quotes,
    paragraphs,
    split_sentences,
    trim,
)
from .types import ArticleMeta, ExtractedClaim, Extraction, Speaker

RoleHolder = Callable[[str, datetime.date | None], str | None]
DOUBLE_QUOTES = set(DOUBLE_OPEN) | DOUBLE_CLOSE
QUOTE_CHARS = DOUBLE_QUOTES | set("‘’‹›")
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
    entity: Entity | None = None
    resolved_by: str | None = None
    role: str | None = None
    paragraph: int = 0
    order: int = 0


@dataclass
class _State:
    text: str
    cast: Cast
    index: TokenIndex
    headings: list[tuple[int, int]] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    last_frame: Frame | None = None


def _cue_form(surface: str) -> CueForm | None:
    return lexicon().cue_forms.get(SPACE_RE.sub(" ", surface))


def _index_at(toks: list[Token], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid][1] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _mask(toks: list[Token], spans: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it starts inside one of ``spans``."""
    out = [False] * len(toks)
    if not spans:
        return out
    starts = [t[1] for t in toks]
    for s, e in spans:
        a, b = bisect_left(starts, s), bisect_left(starts, e)
        out[a:b] = [True] * (b - a)
    return out


def _in_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
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


#: Lower-case words in -ly that are not adverbs of manner.
NOT_ADVERBS = frozenset(
    {"family", "rally", "ally", "assembly", "supply", "reply", "daily", "weekly", "monthly"}
    | {"quarterly", "yearly", "only", "early", "holy", "july", "italy", "bully", "deputy"}
)


def _manner_adverb(word: str) -> bool:
    """ "sharply", "strongly", "repeatedly": an adverb between a subject and its verb."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in NOT_ADVERBS


def _skip_adverbs_back(toks: list[Token], k: int, floor: int) -> int:
    """Index just after the subject once adverbs, auxiliaries and time phrases are skipped."""
    adverbs = lexicon().adverbs
    while True:
        while k - 1 >= floor and (
            toks[k - 1][0].lower() in adverbs or _manner_adverb(toks[k - 1][0])
        ):
            k -= 1
        # "on Thursday", "late Monday", "earlier this week", "on Tuesday morning"
        j = k
        while j - 1 >= floor and toks[j - 1][0].lower() in TIME_WORDS and j > k - 2:
            j -= 1
        if j < k and j - 1 >= floor and toks[j - 1][0].lower() in TIME_LEADS:
            k = j - 1
            while k - 1 >= floor and toks[k - 1][0].lower() in TIME_LEADS:
                k -= 1
            continue
        if j < k and toks[j][0].lower() in {"today", "yesterday", "tonight", "earlier", "later"}:
            k = j
            continue
        # "Qureshi Monday said": a bare weekday between the subject and the cue.
        if k - 1 > floor and toks[k - 1][0].lower() in WEEKDAYS:
            k -= 1
            continue
        # "Guaidó in a speech urged", "Smith on Twitter said": how the words came.
        aside = _medium_before(toks, k, floor)
        if aside < k:
            k = aside
            continue
        return k


MEDIUM_LEADS = frozenset({"in", "on", "during"})
MEDIUM_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})


def _medium_before(toks: list[Token], k: int, floor: int) -> int:
    """Start of "in a speech" / "on Twitter" right before ``k`` after a capitalised subject."""
    for length in (2, 3, 4):
        start = k - length
        if start - 1 < floor or toks[start][0].lower() not in MEDIUM_LEADS:
            continue
        rest = [t[0] for t in toks[start + 1 : k]]
        if rest[0].lower() in MEDIUM_DETERMINERS:
            rest = rest[1:]
        if (
            1 <= len(rest) <= 2
            and all(w.isalpha() for w in rest)
            and toks[start - 1][0][:1].isupper()
            and (rest[-1].islower() or len(rest) == 1)
        ):
            return start
    return k


def _skip_apposition(
    toks: list[Token], k: int, floor: int, text: str
) -> tuple[int, Mention | None]:
    """Skip ", the Leader of X," or ", referencing …," between a subject and its verb."""
    if k - 1 < floor or toks[k - 1][0] != ",":
        return k, None
    lex = lexicon()
    for c in range(k - 2, max(floor, k - 40) - 1, -1):
        word = toks[c][0]
        if word == "." and c - 1 >= floor and _abbreviation_dot(toks, c):
            continue  # "the U.S. Treasury Secretary"
        if word in {".", ";", ":"} or word in QUOTE_CHARS:
            return k, None
        if word != ",":
            continue
        inner = toks[c + 1 : k - 1]
        if not inner or c - 1 < floor:
            return k, None
        if _adjunct_aside(inner):
            # "Omtatah, on Monday, June 5, claimed", "Awan, in her written apology, stated":
            # where and when, between the subject and its verb.
            further, apposition = _skip_apposition(toks, c + 1, floor, text)
            return (c, None) if further == c + 1 else (further, apposition)
        first = inner[0][0]
        if first.lower() in BE_FORMS or first.lower() in AUXILIARIES:
            return k, None  # "…, were treated for wounds, said X": a predicate, not an aside
        # ", Oman's minister of state for foreign affairs,"
        owned = _possessive_word(first) and len(inner) > 1 and inner[1][0][:1].islower()
        # ", Citibus executive director,": an organisation's name before a job title
        job = (
            len(inner) > 1
            and (
                inner[-1][0].lower() in lex.titles
                # ", Devon cabinet member for highways,"
                or any(t[0] in lex.titles for t in inner[1:])
            )
            and any(t[0][:1].islower() for t in inner)
        )
        # ", Chief Executive Officer of Boeing Commercial Airplanes,": a capitalised office
        office = (
            any(t[0].lower() in lex.title_heads for t in inner[:2]) and inner[-1][0][:1].isupper()
        )
        if not (
            first[:1].islower() or first.lower() in {"the", "a", "an"} or owned or job or office
        ):
            return k, None
        if any(lex.cue_re.fullmatch(t[0]) for t in inner):
            return k, None
        apposition = None
        if first.lower() in {"the", "a", "an"} or first.lower() in lex.titles:
            apposition = title_apposition(inner, text)
        if c - 1 >= floor and toks[c - 1][0] != ",":
            # ", coordinator for the Machinists union, which represents 27,000 workers," or
            # ", director of the Society, a union of engineers,": two asides after the name
            further, described = _skip_apposition(toks, c + 1, floor, text)
            if further != c + 1 and (
                first.lower() in RELATIVE_STARTS or _full_name_before(toks, further, floor, text)
            ):
                return further, described or apposition
        return c, apposition
    return k, None


RELATIVE_STARTS = frozenset({"who", "whose", "which", "whom"})


def _is_full_name(mention: Mention | None, *, honorific: bool = False) -> bool:
    """Whether a mention names a person in full: two names or more, or a name with an office
    ("Sgt Cronin"), or with ``honorific`` a name with a sex-giving honorific ("Mr Udimisor")."""
    return (
        mention is not None
        and mention.kind == "name"
        and (
            len(mention.name_tokens) > 1
            or bool(mention.role)
            or honorific
            and mention.gender is not None
        )
    )


def _full_name_before(toks: list[Token], k: int, floor: int, text: str) -> bool:
    """Whether a person's full name (or a name with a title) ends right before token ``k``."""
    span = noun_phrase_before(toks, k, floor, text)
    return _is_full_name(classify(toks[span[0] : span[1]], text) if span else None)


def _adjunct_aside(inner: list[Token]) -> bool:
    """ "in her written apology", "on Monday", "June 5": a phrase of place or time."""
    words = [t[0] for t in inner]
    if words[0].lower() in PP_STARTERS:
        return _trailing_adjunct(words)
    return len(words) <= 4 and all(
        w.lower() in TIME_WORDS or w.lower() in lexicon().months or w.isdigit() for w in words
    )


def _apposed_name(toks: list[Token], k: int, floor: int, text: str) -> tuple[Mention, int] | None:
    """The name in "the housing secretary, Helen Marsh, said" or "Rosa Jimenez, 67, who …, said".

    Returns the name's mention (with the role of the title before it) and its first token.
    """
    lex = lexicon()
    end = k
    # Skip trailing ", 67," and ", who lives nearby," asides after the name.
    for _ in range(3):
        if end - 1 < floor or toks[end - 1][0] != ",":
            return None
        c = end - 2
        while (
            c >= floor and toks[c][0] not in {",", ".", ";", ":"} and toks[c][0] not in QUOTE_CHARS
        ):
            c -= 1
        inner = toks[c + 1 : end - 1]
        if not inner:
            return None
        first = inner[0][0]
        # ", 28,", ", who lives nearby,", ", a bricklayer,": asides after the name
        described = first.lower() in {"a", "an"} and all(t[0].islower() for t in inner)
        if first.isdigit() or first.lower() in RELATIVE_STARTS or described:
            if c < floor or toks[c][0] != ",":
                return None
            end = c + 1
            continue
        break
    c = end - 2
    while c >= floor and toks[c][0] not in {",", ".", ";", ":"} and toks[c][0] not in QUOTE_CHARS:
        c -= 1
    inner = toks[c + 1 : end - 1]
    if len(inner) > 3 and inner[-1][0] == ")":
        # "Mika Lintilä (Cen)": a party or an acronym in brackets after the name
        opening = [n for n, t in enumerate(inner) if t[0] == "("]
        inner = inner[: opening[-1]] if opening else []
    if not inner or not inner[-1][0][:1].isupper():
        return None
    # "retired teacher Frank Miller": the descriptor is the role, the name the subject.
    described = not all(t[0][:1].isupper() or _is_particle(t[0]) for t in inner)
    if described and any(
        t[0].lower() in lex.prepositions or t[0].lower() in {"the", "a", "an"} for t in inner
    ):
        return None  # "a lecturer at the University of Liverpool": an apposition, not a name
    mention = classify(inner, text)
    if described and (mention is None or mention.kind != "name"):
        n = len(inner)
        while n > 0 and (inner[n - 1][0][:1].isupper() or _is_particle(inner[n - 1][0])):
            n -= 1
        mention = classify(inner[n:], text)
    if mention is None or mention.kind != "name":
        return None
    if end != k or described:
        return mention, c + 1
    if c < floor:
        return None
    if toks[c][0] != ",":
        return None
    # ", Helen Marsh," must follow a title: "The housing secretary", "Its chief executive".
    j = c - 1
    while j >= floor and toks[j][0] not in {",", ".", ";", ":"} and toks[j][0] not in QUOTE_CHARS:
        j -= 1
    head = toks[j + 1 : c]
    if head and _relation_phrase([t[0] for t in head]):
        return mention, j + 1  # "His daughter, Ana Ruiz, said": no role, but the speaker
    if head and set(with_synonyms(mention.role_words)) & lex.title_heads:
        return mention, j + 1  # "Cabinet member for education, Cllr Chris Bithell, said"
    if not head or not any(t[0].lower() in lex.title_heads for t in head):
        return None
    role, role_words = role_of([t[0] for t in head])
    if role:
        mention.role, mention.role_words = role, role_words
    return mention, j + 1


KNOWN_AS = frozenset({"known", "identified", "named", "called"})


def _known_as(toks: list[Token], k: int, floor: int, text: str) -> tuple[Mention, int] | None:
    """The name in "A businessman, known only as Tan, 48, said": the person so called."""
    for n in range(k - 1, max(floor, k - 12), -1):
        if toks[n][0] != "as" or n - 1 < floor:
            continue
        m = n - 1
        if toks[m][0].lower() in {"only", "simply", "just"}:
            m -= 1
        if m < floor or toks[m][0].lower() not in KNOWN_AS:
            return None
        span = noun_phrase_after(toks, n + 1, k)
        mention = classify(toks[span[0] : span[1]], text) if span else None
        if mention is None or mention.kind not in {"name", "organisation"}:
            return None
        # whatever the word looks like, it names a person here
        return (
            Mention(
                "name",
                mention.start,
                mention.end,
                mention.text,
                name=mention.text,
                name_tokens=tuple(t[0] for t in toks[span[0] : span[1]]),
            ),
            span[0],
        )
    return None


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Nouns that stand for a person before their name in commas: ties, descriptions, jobs."""
    lex = lexicon()
    return lex.relations | lex.descriptions | lex.titles


@functools.cache
def _clause_links() -> frozenset[str]:
    """Words after a quotation that start a new clause rather than its attribution."""
    return lexicon().contrast_links | {"and", "but", "as", "whereas"}


def _relation_phrase(words: list[str]) -> bool:
    """ "His daughter", "Zuma's widow", "her lawyer": a person by a tie or a job."""
    first = words[0]
    owned = first.lower() in POSSESSIVE_WORDS or _possessive_word(first)
    if owned and 1 < len(words) <= 6 and all(w.islower() for w in words[1:]):
        return True  # "Ukraine's human rights ombudsman, Dmytro Lubinets, said"
    if len(words) > 4 or words[-1].lower() not in _person_nouns():
        return False
    return owned or first.lower() in {"the", "a", "an"}


def _is_particle(word: str) -> bool:
    return word.lower() in lexicon().particles


def _abbreviation_dot(toks: list[Token], c: int) -> bool:
    """Whether the dot at token ``c`` closes an abbreviation such as "U.S." or "Gen."."""
    word = toks[c - 1][0]
    return toks[c - 1][2] == toks[c][1] and (
        "." in word or word.lower() in lexicon().abbreviations_inner
    )


def _they_for_organisation(state: _State, mention: Mention) -> bool:
    """ "The Utility Board said … . They argued …": "they" is the organisation that has just
    spoken in the same paragraph; otherwise it is an unnamed group and no speaker."""
    if mention.text.lower() != "they" or not state.frames:
        return False
    last = state.frames[-1]
    between = state.text[last.cue_end : mention.start]
    return (
        last.entity is not None
        and last.entity.kind == "organisation"
        and "\n" not in between
        and len(between) < 400
    )


# A bracket after a name holds a party and state, an age or an abbreviation: "(D-Va.)".
MAX_BRACKET_TOKENS = 8


def _skip_parenthesis_back(toks: list[Token], k: int, floor: int) -> int:
    """Index of "(" when a short bracket ends right before token ``k``, else ``k``."""
    if k - 1 < floor or toks[k - 1][0] != ")":
        return k
    for c in range(k - 2, max(floor, k - 2 - MAX_BRACKET_TOKENS) - 1, -1):
        if toks[c][0] == "(":
            return c
        if toks[c][0] in {")", ";"} or toks[c][0] in QUOTE_CHARS:
            break
    return k


def _possessive_word(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'")) and len(word) > 2


def _expanded_acronym(
    state: _State, toks: list[Token], paren: int, floor: int
) -> tuple[Mention, int] | None:
    """The organisation named before "(Nice)" at token ``paren``, registered with its acronym."""
    if paren + 2 >= len(toks) or toks[paren + 2][0] != ")":
        return None
    acronym = toks[paren + 1][0]
    start = acronym_expansion(toks, paren, floor, acronym)
    if start is None:
        return None
    mention = classify(toks[start:paren], state.text)
    if mention is not None and mention.kind == "name" and not mention.role_words:
        # "Pakistan Tehreek-e-Insaf (PTI)": people are not introduced with their initials.
        mention = None
    if mention is None and paren - start > 1:
        # Linking words keep "… for Health and Care Excellence" from reading as a name.
        begin, end = toks[start][1], toks[paren - 1][2]
        name = state.text[begin:end]
        mention = Mention(
            "organisation", begin, end, name, name=name, name_tokens=tuple(name.split())
        )
    if mention is None or mention.kind != "organisation":
        return None
    state.cast.add_acronym(acronym, mention)
    return mention, start


def _register_acronyms(state: _State, toks: list[Token]) -> None:
    """ "… Care Excellence (Nice) …": later mentions of "Nice" are that organisation."""
    for n in range(1, len(toks) - 2):
        if toks[n][0] == "(":
            _expanded_acronym(state, toks, n, 0)


def _acronym_before(
    state: _State, toks: list[Token], k: int, floor: int
) -> tuple[Mention, int] | None:
    """ "WHO said", "the WHO said" after "World Health Organization (WHO)": an acronym in
    capitals registered earlier names its organisation, even when it spells a pronoun."""
    if k - 1 < floor:
        return None
    word, start, end = toks[k - 1]
    if len(word) < 2 or not word.isupper() or fold(word) not in state.cast.acronyms:
        return None
    i = k - 1
    if i - 1 >= floor and toks[i - 1][0].lower() == "the":
        i -= 1
        start = toks[i][1]
    mention = Mention(
        "organisation", start, end, state.text[start:end], name=word, name_tokens=(word,)
    )
    return mention, i


def _acronym_after(state: _State, toks: list[Token], k: int, limit: int) -> Mention | None:
    """ "said the WHO": the registered acronym right after an inverted cue."""
    j = k + 1 if k < limit and toks[k][0].lower() == "the" else k
    if j + 1 > limit or j + 1 < limit and toks[j + 1][0][:1].isalnum():
        return None  # "said WHO officials": the acronym qualifies another speaker
    found = _acronym_before(state, toks, j + 1, j)
    if found is None:
        return None
    start, end = toks[k][1], toks[j][2]
    return Mention(
        "organisation",
        start,
        end,
        state.text[start:end],
        name=toks[j][0],
        name_tokens=(toks[j][0],),
    )


def _subject_before(
    state: _State, toks: list[Token], k: int, floor: int
) -> tuple[Mention | None, int]:
    """The speaker mention ending before token ``k`` and the index where it starts."""
    text = state.text
    k = _skip_adverbs_back(toks, k, floor)
    k = _skip_dashed_aside(toks, k, floor)
    if k - 1 >= floor and toks[k - 1][0].lower() in BE_FORMS:
        return None, k  # passive: "was told", "is described"
    if k - 2 >= floor and toks[k - 1][0].lower() == "who":
        named = _relative_speaker(toks, k - 1, floor, text)
        if named is not None:
            return named
    bracket = _skip_parenthesis_back(toks, k, floor)
    if bracket != k:
        named = _expanded_acronym(state, toks, bracket, floor)
        if named is not None:
            return _member_of(state, toks, *named, floor) or named
    k = bracket
    acronym = _acronym_before(state, toks, k, floor)
    if acronym is not None:
        return acronym
    apposed = _apposed_name(toks, k, floor, text) or _known_as(toks, k, floor, text)
    if apposed is not None:
        return apposed
    k2, apposition = _skip_apposition(toks, k, floor, text)
    k2 = _skip_parenthesis_back(toks, k2, floor)
    span = noun_phrase_before(toks, k2, floor, text)
    if span is None:
        return (
            _relative_aside_subject(state, toks, k, floor)
            or _subject_before_stray_comma(toks, k, floor, text)
            or (None, k)
        )
    i, j = span
    run = toks[i:j]
    mention = classify(run, text)
    if mention is not None and mention.kind == "name" and len(mention.name_tokens) > 1:
        cut = state.cast.cut_glued(mention.name_tokens)
        if cut:
            # A heading glued to the sentence: "... of Islamic Ummah Raisi continued".
            name_start = len(run) - (len(mention.name_tokens) - cut)
            glued = [t for t in run[:name_start]]
            if glued:
                i = i + name_start
                mention = classify(toks[i:j], text)
                state.headings.append((toks[floor][1], glued[-1][2]))
    if mention is not None and not _person_named(state, mention):
        head = _head_before_phrase(toks, i, floor, text)
        if head is not None:
            return head
    if mention is not None and apposition is not None and apposition.role:
        mention.role = mention.role or apposition.role
        mention.role_words = mention.role_words or apposition.role_words
    j = i
    while j - 1 > floor and toks[j - 1][0].lower() in {"also", "now", "still"} | BE_FORMS:
        j -= 1
    if (
        mention is not None
        and j < i
        and j - 2 >= floor
        and toks[j - 1][0].lower() in RELATIVE_STARTS
        and toks[j - 2][0] == ","
    ):
        # "Noh, who is also the party's state chairman said": the closing comma is missing.
        span = noun_phrase_before(toks, j - 2, floor, text)
        named = classify(toks[span[0] : span[1]], text) if span else None
        if named is not None and named.kind in {"name", "title"}:
            return named, span[0]
    if (
        mention is not None
        and mention.kind != "name"
        and toks[i][0].lower() in {"a", "an"}
        and i - 1 > floor
        and toks[i - 1][0] == ","
    ):
        # "Gbenga Omotoso, a spokesperson for the governor said": the closing comma is
        # missing; the name before the description speaks.
        span = noun_phrase_before(toks, i - 1, floor, text)
        named = classify(toks[span[0] : span[1]], text) if span else None
        if named is not None and named.kind == "name":
            return named, span[0]
    if mention is not None and mention.kind == "name":
        i = _descriptor_start(toks, i, floor)  # "…, hospital spokeswoman Janet Frank said"
    return mention, i


#: Most lower-case words of a description before a name: "hospital spokeswoman".
MAX_DESCRIPTOR_WORDS = 4


def _descriptor_start(toks: list[Token], i: int, floor: int) -> int:
    """Where lower-case words describing the name at ``i`` start, when the last of them is
    a title: "hospital spokeswoman Janet Frank" from "Janet Frank"."""
    titles = lexicon().titles
    if i - 1 < floor or toks[i - 1][0] not in titles and toks[i][0] not in titles:
        return i
    n = i
    while (
        n - 1 >= floor
        and i - n < MAX_DESCRIPTOR_WORDS
        and toks[n - 1][0].isalpha()
        and toks[n - 1][0].islower()
        and toks[n - 1][0] not in lexicon().prepositions
        and _cue_form(toks[n - 1][0]) is None
    ):
        n -= 1
    return n


DASHES = frozenset({"—", "–", "-"})


def _skip_dashed_aside(toks: list[Token], k: int, floor: int) -> int:
    """Start of "— who is on the commission —" (or "-- … --") ending before token ``k``,
    between a subject and its verb; ``k`` when there is none."""
    if k - 1 <= floor or toks[k - 1][0] not in DASHES:
        return k
    close = k - 1
    while close - 1 > floor and toks[close - 1][0] in DASHES:
        close -= 1
    for n in range(close - 1, max(floor, close - 40), -1):
        word = toks[n][0]
        if word in {".", ";", ":"} or word in QUOTE_CHARS:
            return k
        if word in DASHES:
            while n - 1 > floor and toks[n - 1][0] in DASHES:
                n -= 1
            first = next((t[0] for t in toks[n:close] if t[0] not in DASHES), "")
            before = toks[n - 1][0] if n - 1 >= floor else ""
            if first[:1].islower() and any(c.isupper() for c in before):  # "al-Naimi --"
                return n
            return k
    return k


def _inverted_person_after(
    state: _State,
    toks: list[Token],
    cue_tok: int,
    after_tok: int,
    floor: int,
    limit: int,
    before: Mention | None,
) -> bool:
    """Whether ", said <full name>" names the speaker rather than what stands before the
    comma: a place or a body in an aside is not a person, the full name after the verb is."""
    if before is None or cue_tok - 1 < floor or toks[cue_tok - 1][0] != ",":
        return False
    if before.kind in {"pronoun", "title"} or _person_named(state, before):
        return False
    span = noun_phrase_after(toks, after_tok, limit)
    if not span or span[1] < limit and toks[span[1]][0] not in {".", ","}:
        return False
    after = classify(toks[span[0] : span[1]], state.text)
    return after is not None and after.kind == "name" and _person_named(state, after)


def _person_named(state: _State, mention: Mention) -> bool:
    """Whether a name mention is of a person: someone known, or with a given name."""
    if mention.kind != "name":
        return False
    return has_given_name(mention.name_tokens) or state.cast.knows_person(mention.name_tokens)


#: Most words in the prepositional phrases between a speaker and the verb.
MAX_PHRASE_TOKENS = 8


def _head_before_phrase(
    toks: list[Token], i: int, floor: int, text: str
) -> tuple[Mention, int] | None:
    """The speaker before prepositional phrases ending at token ``i``: "Azhar Ali" in
    "Azhar Ali at a separate briefing at NSK said"; "NSK" is where, not who."""
    lex = lexicon()
    if i - 1 <= floor or toks[i - 1][0].lower() not in lex.prepositions - {"of", "by"}:
        return None
    x = i - 1
    while (
        x - 1 > floor
        and i - x < MAX_PHRASE_TOKENS
        and toks[x - 1][0].isalpha()
        and toks[x - 1][0].islower()
    ):
        x -= 1
    while x < i - 1 and toks[x][0].lower() in AUXILIARIES | lex.adverbs:
        x += 1  # "Atiku had in a statement posted on X said"
    if toks[x][0].lower() not in lex.prepositions:
        return None
    while x - 1 > floor and toks[x - 1][0].lower() in AUXILIARIES | lex.adverbs:
        x -= 1
    if not toks[x - 1][0][:1].isupper():
        return None
    span = noun_phrase_before(toks, x, floor, text)
    if span is None:
        return None
    head = classify(toks[span[0] : span[1]], text)
    if head is None or head.kind not in {"name", "title", "group"}:
        return None  # "Residents of Uyo in Akwa Ibom State": the residents, not the state
    return head, span[0]


def _subject_before_stray_comma(
    toks: list[Token], k: int, floor: int, text: str
) -> tuple[Mention, int] | None:
    """ "On Tuesday, Sheikh Naim Qassem, said, …": a full name, then a stray comma."""
    if k - 1 <= floor or toks[k - 1][0] != ",":
        return None
    span = noun_phrase_before(toks, k - 1, floor, text)
    if span is None or span[0] > floor and toks[span[0] - 1][0] != ",":
        return None
    mention = classify(toks[span[0] : span[1]], text)
    # "…, Mr Udimisor, told newsmen": an honorific marks a person too
    return (mention, span[0]) if _is_full_name(mention, honorific=True) else None


def _relative_speaker(
    toks: list[Token], who: int, floor: int, text: str
) -> tuple[Mention, int] | None:
    """The person before ", who" in "backed by Senator Ann Lee, who said …" or "Abu, an
    activist in Homs, who said …": a name or title, maybe with a description in commas."""
    j = who
    if toks[j - 1][0] != ",":
        # "said Sgt Donal Cronin who added …", the comma missing; but "Republicans who had
        # demanded …" says which ones, not who speaks.
        span = noun_phrase_before(toks, j, floor, text)
        named = classify(toks[span[0] : span[1]], text) if span else None
        return (named, span[0]) if _is_full_name(named) else None
    j -= 1
    skipped, _ = _skip_apposition(toks, j + 1, floor, text)
    if skipped < j + 1:
        j = skipped
    span = noun_phrase_before(toks, j, floor, text)
    if span is None:
        return None
    mention = classify(toks[span[0] : span[1]], text)
    if mention is None or mention.kind not in {"name", "title"}:
        return None
    return mention, span[0]


def _member_of(
    state: _State, toks: list[Token], body: Mention, at: int, floor: int
) -> tuple[Mention, int] | None:
    """ "Ibrahim Farinloye of the National Emergency Management Agency (NEMA)": the
    person before "of (the)" an organisation speaks, not the organisation."""
    j = at
    if j - 1 >= floor and toks[j - 1][0].lower() == "the":
        j -= 1
    if j - 1 < floor or toks[j - 1][0] != "of" or body.kind != "organisation":
        return None
    span = noun_phrase_before(toks, j - 1, floor, state.text)
    if span is None:
        return None
    person = classify(toks[span[0] : span[1]], state.text)
    if person is None or person.kind != "name":
        return None
    return person, span[0]


#: Longest relative clause skipped between a speaker and the cue.
MAX_RELATIVE_TOKENS = 30


def _relative_aside_subject(
    state: _State, toks: list[Token], k: int, floor: int
) -> tuple[Mention, int] | None:
    """ "Sakaja, who spoke after meeting the Practitioners, Pharmacists and Dentists Union,
    stated …": a relative clause with commas of its own between the name and the cue."""
    if k - 1 < floor or toks[k - 1][0] != ",":
        return None
    for c in range(k - 2, max(floor, k - MAX_RELATIVE_TOKENS) - 1, -1):
        if toks[c][0] in {".", ";", ":"} or toks[c][0] in QUOTE_CHARS:
            return None
        if toks[c][0] == "," and c + 1 < k and toks[c + 1][0].lower() in RELATIVE_STARTS:
            span = noun_phrase_before(toks, c, floor, state.text)
            if span is None:
                return None
            mention = classify(toks[span[0] : span[1]], state.text)
            if mention is None or mention.kind not in {"name", "title"}:
                return None
            return mention, span[0]
    return None


def _skip_to_content(
    text: str, toks: list[Token], j: int, limit: int, form: CueForm
) -> tuple[int, bool]:
    """Token index where the reported statement starts after a cue, and whether "that" led it."""
    lex = lexicon()
    window = toks[j : min(limit, j + 20)]
    titled = False  # an adjunct naming something in quotation marks reaches further
    for n, tok in enumerate(window):
        word = tok[0]
        if n >= 14 and not titled:
            break
        if word == "that":
            between = window[:n]
            if any(t[0].lower() in SUBJECT_PRONOUNS for t in between):
                break  # "said on Tuesday he was optimistic that …": "that" is his clause's
            if (
                not between
                or form.obj == "tell"
                or between[0][0].lower() in PP_STARTERS
                or any(t[0] in {",", "—", "–"} for t in between[:1])
            ):
                return j + n + 1, True
            if all(
                t[0][:1].isupper() or t[0].lower() in PP_STARTERS or t[0] == "," for t in between
            ):
                return j + n + 1, True
            break
        if word in QUOTE_CHARS and n > 0 and window[0][0].lower() in PP_STARTERS:
            titled = True  # "stressed during an interview with “Face the Nation” that …"
            continue
        if word in {".", ";", ":", "?", "!"} or word in QUOTE_CHARS:
            break
    if form.obj == "tell":
        # "told reporters", "told Reuters", "told a news conference in Geneva"
        k = j
        for listener in lex.listeners:
            n = len(listener)
            if [t[0].lower() for t in toks[k : k + n]] == list(listener):
                return k + n, False
        listener_end = _listener_end(toks, j, limit)
        if listener_end > j:
            return listener_end, False
        span = noun_phrase_after(toks, k, limit)
        if span:
            return span[1], False
        return j, False
    if form.obj == "clause":
        return _skip_adjuncts(toks, _skip_listener(toks, j, limit), limit), False
    return j, False


LISTENER_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our"})
#: Most words in a listener not in the lexicon: "a Senate hearing", "The Associated Press".
MAX_LISTENER_WORDS = 4


def _listener_end(toks: list[Token], j: int, limit: int) -> int:
    """Where the statement starts after "told councillors", "told a Senate hearing" or
    "told The Associated Press": the listener ends where a new noun phrase or a clause
    begins. ``j`` when there is no such listener."""
    n = j + 1 if j < limit and toks[j][0].lower() in LISTENER_DETERMINERS else j
    lowered = False
    for m in range(n, min(limit, n + MAX_LISTENER_WORDS + 1)):
        word = toks[m][0]
        low = word.lower()
        starts_clause = (
            low in LISTENER_DETERMINERS
            or low in SUBJECT_PRONOUNS
            or low == "that"
            or word[:1].isdigit()
            or word[:1].isupper()
            and lowered
        )
        if m > n and starts_clause:
            return m
        if not word.isalpha() or low in PP_STARTERS or low in lexicon().prepositions:
            return j
        lowered = lowered or word.islower()
    return j


def _skip_listener(toks: list[Token], j: int, limit: int) -> int:
    """After "warned reporters on Monday he …": the statement follows the listener.

    Only when a clause or an adjunct follows: in "said her premiums doubled", "her" is
    part of the statement.
    """
    for listener in lexicon().listeners:
        n = len(listener)
        if j + n < limit and [t[0].lower() for t in toks[j : j + n]] == list(listener):
            nxt = toks[j + n][0].lower()
            if nxt == "that":
                return j + n + 1
            if nxt in SUBJECT_PRONOUNS or nxt in PP_STARTERS or nxt in TIME_WORDS:
                return j + n
    return j


#: Words that show a clause has begun: a subject pronoun or a verb form that needs one.
CLAUSE_WORDS = frozenset(
    {"that", "he", "she", "it", "they", "we", "i", "you", "there"}
    | {"is", "are", "was", "were", "will", "would", "could", "should", "can", "may"}
    | {"might", "must", "has", "have", "had", "be", "not", "did", "does", "do"}
)
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there"})
#: Longest adjunct skipped between a cue and its statement ("in a letter to the board").
MAX_ADJUNCT_TOKENS = 8


def _skip_adjuncts(toks: list[Token], j: int, limit: int) -> int:
    """Where the statement starts after adjuncts: "said in a telegram to X he is ready".

    Only an adjunct that opens with a preposition or a time word is skipped, and only up
    to a subject pronoun ("said on Tuesday he would…") or right after a time phrase
    ("said on Tuesday the talks…"); anything else is left as it is.
    """
    if (
        j + 2 < limit
        and toks[j][0].lower() in {"on", "last", "this"}
        and toks[j + 1][0].lower() in WEEKDAYS
        and toks[j + 2][0].isalpha()
        and toks[j + 2][0].lower() not in PP_STARTERS
    ):
        # "said on Wednesday diplomats were …"
        return j + 3 if toks[j + 2][0] == "that" else j + 2
    if j + 1 < limit and toks[j][0].lower() in WEEKDAYS and toks[j][0][:1].isupper():
        # "said Friday South Korea will …", "said Tuesday in response to …" (AP style)
        nxt = toks[j + 1][0].lower()
        if nxt in {"that", ","}:
            return j + 2
        if nxt not in PP_STARTERS:
            return j + 1
        j += 1
    if j >= limit or toks[j][0].lower() not in PP_STARTERS:
        return j
    for n in range(j + 1, min(limit, j + MAX_ADJUNCT_TOKENS + 1)):
        word = toks[n][0]
        low = word.lower()
        if low in SUBJECT_PRONOUNS:
            return n
        if not word[:1].isalnum():
            return j
        if low in TIME_WORDS and n + 1 < limit and toks[n + 1][0].lower() in CLAUSE_STARTERS:
            return n + 1
    return j


#: Words that start a reported clause right after a time phrase ("said on Monday the …").
CLAUSE_STARTERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this"})


COLON_QUOTE_RE = re.compile(r":\s*[\"“«‘]")
ACCORDING_RE = re.compile(r",\s*according to\b", re.IGNORECASE)


def _content_end(text: str, start: int, sent_end: int) -> int:
    lex = lexicon()
    end = sent_end
    match = lex.participle_re.search(text, start, sent_end)
    if match:
        end = min(end, match.start())
    # "warned the rule would fail: “If we won't sell …”": the quotation is a claim of its own.
    colon = COLON_QUOTE_RE.search(text, start, end)
    if colon:
        end = colon.start()
    # "…, according to the ministry": the source, not the statement.
    source = ACCORDING_RE.search(text, start, end)
    if source:
        end = source.start()
    # "saying the world lost a leader; he expressed gratitude …": the reporter goes on.
    narration = REPORTER_GOES_ON_RE.search(text, start, end)
    if narration:
        end = narration.start()
    return end


REPORTER_GOES_ON_RE = re.compile(
    r";\s+(?:he|she|they)\s+[a-z]"
    # '… to interfere "in their democracy", as calm returned …': the reporter's scene.
    r"|(?<=[”\"]),?\s+as\s+(?!(?:well|if|long|much|soon|far|a|an|though)\b)[a-z]+\s+[a-z]+"
    # "… provocations amid growing concern that …": the reporter's background.
    r"|\s+amid\s+(?:growing|mounting|rising|increasing|renewed|fresh|widespread|deepening)"
    r"\s+(?:concerns?|fears?|speculation|tensions?|criticism|pressure|calls|uncertainty)\b"
)


def _clean_span(text: str, start: int, end: int, *, direct: bool) -> tuple[int, int]:
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
        if (
            end - start >= 2
            and text[start] in '“"«'
            and not any(c in DOUBLE_CLOSE - {"“"} for c in text[start + 1 : end])
        ):
            start += 1  # an opening mark whose quotation closes after the span
    start, end = trim(text, start, end, TRAIL_STRIP)
    return start, end


def _word_count(text: str, start: int, end: int) -> int:
    return len(WORD_RE.findall(text, start, end))


# A command of this many words or fewer states nothing ("Do not wait."); longer ones often
# carry a statement ("Look at what the regime is doing today — …").
MAX_COMMAND_WORDS = 10


def _is_command(text: str, start: int, end: int) -> bool:
    """A short imperative or courtesy: "Tell Washington to come out here.", "Thank you, Robert."."""
    words = WORD_RE.findall(text, start, min(end, start + 120))
    if not words:
        return False
    lex = lexicon()
    if lex.courtesy_re.match(text, start, end):
        return _word_count(text, start, end) <= MAX_COMMAND_WORDS
    if words[0].lower() not in lex.imperative_openers:
        return False
    after = text[start + len(words[0]) : start + len(words[0]) + 1]
    # "Look, the numbers are clear": a discourse marker, not a command.
    return after != "," and _word_count(text, start, end) <= MAX_COMMAND_WORDS


def _direct_spans(text: str, quote: Quote) -> list[tuple[int, int]]:
    return _direct_spans_in(text, split_sentences(text, quote.start, quote.end))


def _direct_spans_in(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted sentences that state something, without their closing marks."""
    spans = []
    for s, e in sentences:
        s, e = trim(text, s, e, TRAIL_STRIP)
        while e > s and text[e - 1] in CLOSERS_TRAIL and text[e - 1] not in "’'":
            e -= 1
        s, e = trim(text, s, e, TRAIL_STRIP)
        if (
            e <= s
            or text[e - 1] == "?"
            or text[e - 1 : e] in QUOTE_CHARS
            and text[e - 2 : e - 1] == "?"
        ):
            continue
        if _word_count(text, s, e) < MIN_QUOTE_WORDS or _is_command(text, s, e):
            continue
        spans.append((s, e))
    return spans


def _quote_frames(
    state: _State, toks: list[Token], quotes: list[Quote], ss: int, se: int, para: Paragraph
) -> tuple[list[Frame], set[int]]:
    """Frames for the quotations of one sentence; returns them and the cue positions used."""
    text = state.text
    frames: list[Frame] = []
    used: set[int] = set()
    for n, quote in enumerate(quotes):
        close = quote.close if quote.close is not None else quote.end
        spans = _direct_spans(text, quote)
        pre_lo = ss if n == 0 else (quotes[n - 1].close or quotes[n - 1].end) + 1
        post_hi = quotes[n + 1].open if n + 1 < len(quotes) else se
        frame = None
        # After the quotation: “…,” he said. / “…,” said Smith.
        if quote.close is not None:
            a = _index_at(toks, close + 1)
            b = _index_at(toks, post_hi)
            j = a
            while j < b and toks[j][0] in {",", "—", "–", "-", "'"}:
                j += 1
            if j < b and j - a <= 3:
                frame = _post_attribution(state, toks, j, b, quote, spans)
                if frame is not None and all(not f.spans or f.mention is None for f in frames):
                    _widen_to_sentence(state, frame, quote, ss)
        # Before it: Smith said: “…” / He emphasized, “…”
        if frame is None:
            frame = _pre_attribution(state, toks, pre_lo, quote, spans, ss)
        if frame is None:
            lead = text[pre_lo : quote.open].strip(SPACE + ",`")
            opener_at_start = quote.open == ss or lead == ""
            if opener_at_start and spans:
                frame = Frame(quote.open, quote.open, "", None, spans, "direct", inherit=True)
        if frame is None:
            continue
        frame.paragraph = para.index
        frame.continues, frame.chained = quote.continues, quote.continued
        if frame.cue_end > frame.cue_start and frame.spans:
            # A cue whose quotation is too short to be a claim ('revealed that "some"
            # progress …') still reports the sentence.
            used.add(frame.cue_start)
        frames.append(frame)
    return frames, used


#: Words of the reporter's own before a quotation that then shares its attribution.
MIN_LEAD_WORDS = 3


def _widen_to_sentence(state: _State, frame: Frame, quote: Quote, ss: int) -> None:
    """A quotation that ends a reported statement carries the whole statement.

    In 'Cuts could hurt the company's "ability to keep growing," an analyst wrote', the
    claim is the sentence up to the quotation's end, not the quoted words alone. Not when
    the words before the quotation have their own cue or end in a colon.
    """
    text = state.text
    lead = text[ss : quote.open]
    if (
        len(frame.spans) > 1
        or quote.close is None
        or _word_count(text, ss, quote.open) < MIN_LEAD_WORDS
        or lead.rstrip(SPACE).endswith((":", ",", "—", "–"))
        or lexicon().cue_re.search(lead)
        or lexicon().marker_re.search(lead)
    ):
        return
    # Up to the quotation's end; a fragment too short to be a claim of its own still ends it.
    end = frame.spans[0][1] if frame.spans else quote.close
    span = _clean_span(text, ss, end, direct=False)
    if span[1] > span[0]:
        frame.spans = [span]
        frame.kind = "indirect"  # "mixed" once built: it holds a quotation mark


def _descriptor_name(toks: list[Token], k: int, limit: int) -> tuple[int, int] | None:
    """The name after up to four lower-case descriptor words: "Oleh Kiper" in "regional
    head Oleh Kiper"."""
    j = k
    while j < limit and j - k < 4 and toks[j][0].isalpha() and toks[j][0].islower():
        j += 1
    if j == k or j >= limit or not toks[j][0][:1].isupper():
        return None
    return noun_phrase_after(toks, j, limit)


def _descriptor_span(toks: list[Token], k: int, limit: int) -> tuple[int, int] | None:
    """ "regional head Oleh Kiper": up to four lower-case words, then a name."""
    name = _descriptor_name(toks, k, limit)
    return (k, name[1]) if name else None


def _name_tail(toks: list[Token], span: tuple[int, int]) -> int:
    """Index where the capitalised tail of a described name starts."""
    n = span[1]
    while n > span[0] and toks[n - 1][0][:1].isupper():
        n -= 1
    return n


def _name_after_long_title(toks: list[Token], k: int, limit: int, text: str) -> Mention | None:
    """The person at the end of a long office after an inverted verb: "said Assistant to the
    President and head of the Foreign Policy Department Hikmat Hajiyev at a press
    conference", "said Comptroller of the Royal Household Datuk Wira Zailani Hashim"."""
    lex = lexicon()
    end = k
    while end < limit and toks[end][0] not in {".", ",", ";", ":", "!", "?"}:
        word = toks[end][0]
        if word in PP_STARTERS and word != "to" and toks[end - 1][0][:1].isupper():
            break  # "… Hikmat Hajiyev at a press conference": where, after the name
        end += 1
    office = any(
        toks[n][0].lower() in lex.title_heads or toks[n][0].lower() in lex.titles
        for n in range(k, end)
    )
    long_office = any(toks[n][0] in {"of", "to", "for", "and"} for n in range(k, end))
    if end - k < 3 or not office or not long_office:
        return None
    start = end
    while start > k and (toks[start - 1][0][:1].isupper() or _is_particle(toks[start - 1][0])):
        start -= 1
    for n in range(start, end - 1):
        if has_given_name(tuple(t[0] for t in toks[n:end])) or n == end - 2:
            mention = classify(toks[n:end], text)
            if mention is not None and mention.kind == "name":
                if not mention.role:
                    mention.role, mention.role_words = role_of([t[0] for t in toks[k:n]])
                return mention
    return None


def _described_mention_after(toks: list[Token], k: int, limit: int, text: str) -> Mention | None:
    """The speaker after an inverted cue: "said the minister", "said trust chair Helen Doyle"."""
    span = noun_phrase_after(toks, k, limit)
    if span:
        mention = classify(toks[span[0] : span[1]], text)
        # "said board member Torill Floyd", "said Greenpeace UK political campaigner Megan
        # Randles": the member, not the body
        lowered = (
            mention is not None and mention.kind == "organisation" and mention.text[:1].islower()
        )
        described = _descriptor_name(toks, k if lowered else span[1], limit)
        if described is None or not lowered and toks[described[0] - 1][0] not in lexicon().titles:
            return mention
        return classify(toks[described[0] : described[1]], text) or mention
    named = _name_after_long_title(toks, k, limit, text)
    if named is not None:
        return named
    epithet = epithet_after(toks, k, limit)
    if epithet is not None and (epithet[1] >= limit or toks[epithet[1]][0] in {".", ","}):
        core = epithet[1] - 2 if toks[epithet[1] - 2][0] == "of" else epithet[1]
        return classify(toks[epithet[0] : core], text)  # "the mother" of three
    span = _descriptor_name(toks, k, limit)
    if not span:
        return None
    mention = classify(toks[k : span[1]], text)
    if mention is None or mention.kind not in {"name", "title"}:
        mention = classify(toks[span[0] : span[1]], text)
    return mention


def _post_attribution(
    state: _State, toks: list[Token], j: int, b: int, quote: Quote, spans: list[tuple[int, int]]
) -> Frame | None:
    text = state.text
    lex = lexicon()
    cue = lex.cue_re.match(text, toks[j][1])
    if cue and cue.end() <= (toks[b - 1][2] if b > j else cue.end()):
        # Inverted: "said the minister", "added Smith"
        k = _index_at(toks, cue.end())
        mention = _acronym_after(state, toks, k, b) or _described_mention_after(toks, k, b, text)
        if mention is not None and mention.kind != "group":
            return Frame(cue.start(), cue.end(), cue.group(), mention, spans, "direct")
    if toks[j][0].lower() in _clause_links():
        return None  # "…”, while Pete Wishart said …": a new clause with its own statement
    if toks[j][0].lower() in lex.prepositions:
        return None  # '“own goal” for Mr Shorten, he said': the quotation goes on the sentence
    span = noun_phrase_after(toks, j, b) or _descriptor_span(toks, j, b)
    if not span:
        return None
    mention = classify(toks[span[0] : span[1]], text)
    if mention is None and span[0] < span[1]:
        mention = classify(toks[_name_tail(toks, span) : span[1]], text)
    described = _descriptor_name(toks, span[1], b)
    if (
        described is not None
        and toks[described[0] - 1][0] in lex.titles
        and not any(_cue_form(t[0]) for t in toks[span[1] : described[0]])
    ):
        # "Saenuri Party floor leader Won Yoo-chul said", "chief presidential press
        # secretary Kim Sung-woo told": the person after the body and the office
        named = classify(toks[described[0] : described[1]], text)
        if named is not None and named.kind == "name":
            mention, span = named, (span[0], described[1])
    if mention is None or mention.kind == "group":
        return None
    k = span[1]
    # ", the Leader of X, said" / ", who leads the party, said"
    while k < b and toks[k][0] in {","}:
        k += 1
        if k < b and toks[k][0].lower() in RELATIVE_STARTS:
            close = next((n for n in range(k + 1, min(b, k + 25)) if toks[n][0] == ","), None)
            if close is None:
                return None
            k = close + 1
            break
        aside = _aside_before_cue(text, toks, k, b)
        if aside is not None:
            k = aside  # ", Iranian deputy foreign minister for political affairs, said"
            break
        inner = noun_phrase_after(toks, k, b)
        if inner is None and k < b and toks[k][0].lower() in {"a", "an", "the"}:
            # ", a spokesperson for the governor, said" (the last comma sometimes missing)
            stop = next(
                (
                    n
                    for n in range(k + 1, min(b, k + 12))
                    if toks[n][0] == "," or lex.cue_re.match(text, toks[n][1])
                ),
                None,
            )
            inner = (k, stop) if stop is not None else None
        if inner is None:
            return None
        k = inner[1]
        while k < b and toks[k][0] == ",":
            k += 1
        break
    adverbs = lex.adverbs
    while k < b and toks[k][0].lower() in adverbs:
        k += 1
    if k >= b:
        return None
    cue = lex.cue_re.match(text, toks[k][1])
    if not cue:
        return None
    after = _index_at(toks, cue.end())
    if after < b and toks[after][0] == "that":
        return None  # "In statements to 'Ammon News,' the minister added that …": not his
    return Frame(cue.start(), cue.end(), cue.group(), mention, spans, "direct")


#: Longest description in commas between a name and its speech verb.
MAX_ASIDE_TOKENS = 16


def _aside_before_cue(text: str, toks: list[Token], k: int, b: int) -> int | None:
    """Where the verb starts after a description in commas from token ``k``: the token
    after the closing comma when a speech verb (maybe after adverbs) follows it."""
    lex = lexicon()
    for n in range(k + 1, min(b, k + MAX_ASIDE_TOKENS)):
        word = toks[n][0]
        if lex.cue_re.fullmatch(word) and toks[k][0].islower() and toks[n - 1][0] == ")":
            return n  # ", member of the Islamic Group (Komal) told": the comma is missing
        if word in QUOTE_CHARS or word in {".", ";", ":"} or lex.cue_re.fullmatch(word):
            return None
        if word == ",":
            after = n + 1
            while after < b and toks[after][0].lower() in lex.adverbs:
                after += 1
            if after < b and lex.cue_re.match(text, toks[after][1]):
                return n + 1
            return None
    return None


def _cue_matches(
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
    for n in range(_index_at(toks, start), len(toks)):
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


def _pre_attribution(
    state: _State,
    toks: list[Token],
    pre_lo: int,
    quote: Quote,
    spans: list[tuple[int, int]],
    ss: int,
) -> Frame | None:
    text = state.text
    before = text[pre_lo : quote.open].rstrip(SPACE)
    if not before:
        return None
    tail = before[-1]
    lo_tok = _index_at(toks, pre_lo)
    hi_tok = _index_at(toks, quote.open)
    # The last cue before the quotation, followed only by a listener or time phrase.
    last = None
    for match in _cue_matches(text, toks, pre_lo, quote.open):
        last = match
    if last is None:
        return _pre_marker(state, toks, pre_lo, quote, spans)
    between = text[last.end() : quote.open].strip(SPACE)
    if tail not in ":;,—–" and not between.endswith("that") and between:
        return None
    form = _cue_form(last.group())
    if form is None:
        return None
    if form.obj == "np" and not between:
        return None  # "hailed “progress” in the talks": the quotation is inside what he hailed
    if between and _clause_goes_on(toks, quote):
        return None  # 'He said her treatment, “which threatens her,” could …': reported speech
    # "said in an interview with CNN, which was followed by the agency: “…”": a longer
    # adjunct may stand between the verb and the colon.
    adjunct = tail == ":" and between.split()[:1] and between.split()[0].lower() in PP_STARTERS
    if _word_count(text, last.end(), quote.open) > (MAX_ADJUNCT_WORDS if adjunct else 8):
        return None
    cue_tok = _index_at(toks, last.start())
    quoted = _quoted_speaker(state, toks, cue_tok, lo_tok)
    if quoted is not None:
        return Frame(last.start(), last.end(), last.group(), quoted, spans, "direct")
    k = _skip_adverbs_back(toks, cue_tok, lo_tok)
    if (
        k - 1 >= lo_tok
        and toks[k - 1][0].lower() in {"and", "but"}
        and (tail in ":," or not between)
    ):
        # "The judge said … and added: “…”": the sentence's subject speaks again.
        return Frame(last.start(), last.end(), last.group(), None, spans, "direct", participle=True)
    if form.participle:
        # "…, saying: “…”" or, with the colon, "expressed his dismay saying: “…”"; and
        # '“…,” adding that “…”', the comma inside the first quotation
        lead = text[max(ss, last.start() - 4) : last.start()].rstrip(SPACE)
        comma_before = lead.endswith(",") or lead[-1:] in QUOTE_CHARS and lead[-2:-1] == ","
        if not comma_before and tail != ":":
            return None
        frame = Frame(
            last.start(), last.end(), last.group(), None, spans, "direct", participle=True
        )
        return frame
    mention, _ = _subject_before(state, toks, cue_tok, lo_tok)
    if mention is None:
        # "said Smith:"
        span = noun_phrase_after(toks, _index_at(toks, last.end()), hi_tok)
        if span:
            mention = classify(toks[span[0] : span[1]], text)
    if mention is None or mention.kind == "group":
        return None
    return Frame(last.start(), last.end(), last.group(), mention, spans, "direct")


#: Most words of an adjunct between a verb and the colon before its quotation.
MAX_ADJUNCT_WORDS = 20


def _clause_goes_on(toks: list[Token], quote: Quote) -> bool:
    """Whether the sentence's verb comes after the quotation: “…,” could …"""
    if quote.close is None:
        return False
    k = _index_at(toks, quote.close + 1)
    while k < len(toks) and toks[k][0] in {",", "—", "–"}:
        k += 1
    return k < len(toks) and toks[k][0] in AUXILIARIES | BE_FORMS


def _pre_marker(
    state: _State, toks: list[Token], pre_lo: int, quote: Quote, spans: list[tuple[int, int]]
) -> Frame | None:
    """ "According to him: “…”", "In the words of the minister, “…”": a marker and its
    speaker, then a colon or comma, and nothing else, before the quotation."""
    text = state.text
    matches = _cue_matches(text, toks, pre_lo, quote.open, markers=True)
    if not matches:
        return None
    marker = matches[-1]
    if text[pre_lo : marker.start()].strip(SPACE + ',“"') or not text[
        marker.end() : quote.open
    ].rstrip(SPACE).endswith((":", ",")):
        return None
    span = noun_phrase_after(toks, _index_at(toks, marker.end()), _index_at(toks, quote.open))
    if span is None or toks[span[1]][0] not in {":", ","}:
        return None
    mention = classify(toks[span[0] : span[1]], text)
    if mention is None or mention.kind == "group":
        return None
    return Frame(marker.start(), marker.end(), marker.group(), mention, spans, "direct")


#: Words before an -ing cue that keep it from reporting anything ("short of saying").
NOT_SAYING_LEADS = frozenset({"as", "of", "without", "from"})

QUOTING_VERBS = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})


def _quoted_speaker(state: _State, toks: list[Token], cue_tok: int, lo: int) -> Mention | None:
    """ "He quoted Yakubu as saying: …", "quoted the minister to have said: …": the
    quotation is the person quoted, not the one who quotes."""
    k = cue_tok
    if k - 1 >= lo and toks[k - 1][0].lower() == "as":
        k -= 1
    elif k - 2 >= lo and [t[0].lower() for t in toks[k - 2 : k]] == ["to", "have"]:
        k -= 2
    else:
        return None
    for q in range(k - 1, max(lo, k - 8) - 1, -1):
        if toks[q][0].lower() in QUOTING_VERBS:
            span = noun_phrase_after(toks, q + 1, k)
            if span is None or span[1] != k:
                return None
            mention = classify(toks[span[0] : span[1]], state.text)
            return mention if mention is not None and mention.kind != "group" else None
    return None


def _reported_frames(
    state: _State,
    toks: list[Token],
    ss: int,
    se: int,
    quote_spans: list[tuple[int, int]],
    used: set[int],
    para: Paragraph,
) -> list[Frame]:
    text = state.text
    found: list[tuple[int, int, str, str]] = []  # (start, end, surface, "verb"|"marker")
    for match in _cue_matches(text, toks, ss, se):
        if match.start() not in used and not _in_any(match.start(), quote_spans):
            found.append((match.start(), match.end(), match.group(), "verb"))
    for match in _cue_matches(text, toks, ss, se, markers=True):
        if not _in_any(match.start(), quote_spans):
            found.append((match.start(), match.end(), match.group(), "marker"))
    found.sort()
    frames: list[Frame] = []
    claimed: list[tuple[int, int]] = []
    fronted = _fronted_participle(state, toks, ss, se)
    if fronted is not None:
        fronted.paragraph = para.index
        frames.append(fronted)
        claimed.extend(fronted.spans)
    for cs, ce, surface, what in found:
        if _in_any(cs, claimed):
            continue
        frame = (
            _marker_frame(state, toks, cs, ce, surface, ss, se, quote_spans)
            if what == "marker"
            else _verb_frame(state, toks, cs, ce, surface, ss, se, quote_spans)
        )
        if frame is None:
            continue
        frame.paragraph = para.index
        frames.append(frame)
        claimed.extend(frame.spans)
    return frames


def _starts_sentence(text: str, ss: int, pos: int) -> bool:
    return text[ss:pos].strip(SPACE) == ""


def _parenthetical_content(
    text: str, toks: list[Token], subj_start: int, after: int, ss: int, se: int
) -> tuple[int, int] | None:
    """For "Even now, he suggested, X" the statement X; None when the shape does not fit."""
    prefix = text[ss:subj_start].rstrip(SPACE)
    if not prefix or not prefix.endswith(","):
        return None  # "Chris Abel responded, calling …": the subject opens the sentence
    first = WORD_RE.search(text, ss, subj_start)
    lex = lexicon()
    adverbial = first is not None and (
        first.group().lower() in lex.prepositions
        or first.group().lower() in ADVERBIAL_OPENERS
        or first.group().lower().endswith("ly")
    )
    if not adverbial or _word_count(text, ss, subj_start) > 8:
        return (ss, se)  # "The plan, he said, will fail": keep the whole sentence
    return (after, se)


def _continuation(
    text: str,
    toks: list[Token],
    subj_start: int,
    link: int,
    limit: int,
    ss: int,
    se: int,
) -> list[tuple[int, int]] | None:
    """ "It never came, he said, and he spent years waiting": two statements, one each side
    of the cue, when a clause before it is followed by a linking word after it."""
    if link + 1 >= limit or toks[link][0].lower() not in lexicon().continuations:
        return None
    prefix = text[ss:subj_start].rstrip(SPACE)
    if not prefix.endswith(",") or _word_count(text, ss, subj_start) < MIN_REPORTED_WORDS:
        return None
    if _parenthetical_content(text, toks, subj_start, toks[link][1], ss, se) != (ss, se):
        return None  # "Even now, he said, and …": an adverbial, not a statement
    start = toks[link + 1][1]
    spans = [
        _clean_span(text, ss, ss + len(prefix) - 1, direct=False),
        _clean_span(text, start, _content_end(text, start, se), direct=False),
    ]
    if any(_word_count(text, *span) < MIN_REPORTED_WORDS for span in spans):
        return None
    return spans


# "rejected the suggestion that …": the noun names the statement the verb acts on.
CLAIM_NOUNS = frozenset(
    {
        "suggestion",
        "suggestions",
        "claim",
        "claims",
        "criticism",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "idea",
        "notion",
        "charge",
        "charges",
        "assertion",
        "argument",
        "report",
        "reports",
        "view",
        "impression",
        "perception",
        "speculation",
        "fears",
        "concerns",
    }
)
CLAIM_DETERMINERS = frozenset({"the", "any", "all", "these", "those", "such"})


# Verbs whose object is followed directly by the name they give it.
NAMING_LEMMAS = frozenset(
    {"call", "dub", "brand", "term", "label", "describe", "characterize", "characterise"}
)


def _naming_end(text: str, form: CueForm, start: int, end: int, had_that: bool) -> int:
    """Where 'called Mr Roe a “protector of criminals” in question time on Wednesday'
    stops: at the quotation that names him; the rest is when and where."""
    if had_that or form.lemma not in NAMING_LEMMAS:
        return end
    opening = DOUBLE_OPEN_RE.search(text, start, end)
    closing = DOUBLE_CLOSE_RE.search(text, opening.end(), end) if opening else None
    return closing.end() if closing else end


NAMING_FORMS = frozenset(
    {"termed", "terms", "branded", "brands", "labelled", "labeled", "called", "calls", "dubbed"}
)
DESCRIBING_VERBS = frozenset({"describe", "characterize", "characterise"})


def _weak_np_object(toks: list[Token], j: int, limit: int, surface: str) -> bool:
    """A weak verb's object that carries a statement: "rejected the claim that …", "described
    the plan as “…”", "termed the policy “…”"."""
    form = _cue_form(surface)
    describing = form is not None and form.lemma in DESCRIBING_VERBS
    # "described the operation — the attack of October 7 — as …": a longer object.
    window = toks[j : min(limit, j + (32 if describing else 16))]
    if not window or window[0][0] in QUOTE_CHARS:
        return False
    if (
        len(window) >= 3
        and window[0][0].lower() in CLAIM_DETERMINERS
        and window[1][0].lower() in CLAIM_NOUNS
        and window[2][0] == "that"
    ):
        return True
    for n, tok in enumerate(window[1:], 1):
        if tok[0] in QUOTE_CHARS:
            # "described the plan as “…”", "termed the policy “…”"; not "called a meeting
            # “to discuss …”", a purpose
            purpose = n + 1 < len(window) and window[n + 1][0].lower() == "to"
            return window[n - 1][0].lower() == "as" or (
                surface.lower() in NAMING_FORMS and not purpose
            )
        if describing and tok[0].lower() == "as" and n >= 2:
            # "characterized the increase as a blip", not "described the scene as he left"
            after = window[n + 1][0].lower() if n + 1 < len(window) else ""
            return after not in SUBJECT_PRONOUNS
        if window[n - 1][0] == "and" and _cue_form(tok[0]) is not None:
            return False  # "referred to the report and described it as “…”": the second verb's
        if tok[0] == "." and "." in window[n - 1][0]:
            continue  # "U.S.": an abbreviation, not the end of the sentence
        if describing and tok[0] in {",", "—", "–"}:
            continue
        if tok[0] in {".", ";", ":", "?", "!", ",", "—", "–"}:
            return False
    return False


ANSWERING_CUES = frozenset({"answer", "respond", "reply"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
#: Cues that take "what", "how" or "why" for a topic ("explained what happened").
EXPLAINING_CUES = frozenset({"explain", "describe", "recall", "reveal", "clarify", "detail"})
QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "where", "when", "who"})
#: Cues whose "to" starts what is promised ("vowed to monitor the vote"), not a place.
INFINITIVE_CUES = frozenset({"vow", "pledge", "promise", "threaten", "urge", "call on"})
#: Longest content after a cue that is read as where or when, not what ("on Twitter").
MAX_ADJUNCT_CONTENT = 6
#: Longest adjunct after a final attribution ("…, Woo said at the X Show in Las Vegas.").
MAX_TRAILING_ADJUNCT = 16


def _adjunct_only(before: str) -> bool:
    """ "At a ceremony in the capital, here today," before "he said …": a phrase of place or
    time with no verb, which the statement after the cue follows."""
    words = WORD_RE.findall(before)
    low = [w.lower() for w in words]
    return (
        bool(low)
        and low[0] in PP_STARTERS
        and not any(w in CLAUSE_WORDS or _finite_verb(w) for w in words)
    )


def _trailing_adjunct(words: list[str]) -> bool:
    """Words after "…, X said" that add where, when or how, and state nothing.

    "in an interview", "late at night", "at the International Consumer Electronics Show
    in Las Vegas": they open with a preposition or a time word and hold no clause.
    """
    low = [w.lower() for w in words]
    # "said Sept. 29 at the conference": a date; "may" and "march" only before a number
    dated = (
        low[:1]
        and low[0] in lexicon().months
        and (low[0] not in {"may", "march"} or len(low) > 1 and low[1].isdigit())
    )
    return (
        0 < len(low) <= MAX_TRAILING_ADJUNCT
        and (low[0] in PP_STARTERS or low[0] in TIME_WORDS or bool(dated))
        and not any(w in CLAUSE_WORDS for w in low)
    )


def _fronted_participle(state: _State, toks: list[Token], ss: int, se: int) -> Frame | None:
    """ "Arguing that X, Senator Roe urged …": X is the statement of the subject after it.

    Only a sentence that opens with a speech verb's -ing form and "that"; the statement
    runs to the first comma followed by a speaker and a lower-case word (the verb).
    """
    text = state.text
    first = _index_at(toks, ss)
    limit = _index_at(toks, se)
    if first + 2 >= limit or toks[first + 1][0] != "that":
        return None
    word, cs, ce = toks[first]
    form = _cue_form(word.lower())
    if form is None or not form.participle:
        return None
    start_tok = first + 2
    for c in range(start_tok + MIN_REPORTED_WORDS, limit - 1):
        if toks[c][0] != ",":
            continue
        span = noun_phrase_after(toks, c + 1, limit)
        if span is None or span[1] >= limit or not toks[span[1]][0][:1].islower():
            continue
        mention = classify(toks[span[0] : span[1]], text)
        if mention is None or mention.kind == "group":
            continue
        content = _clean_span(text, toks[start_tok][1], toks[c][1], direct=False)
        return Frame(cs, ce, word, mention, [content], "indirect")
    return None


def _has_own_attribution(state: _State, toks: list[Token], start: int, end: int) -> bool:
    """Whether text[start:end] holds a cue with a speaker of its own ("the minister said")."""
    lo = _index_at(toks, start)
    for match in _cue_matches(state.text, toks, start, end):
        mention, _ = _subject_before(state, toks, _index_at(toks, match.start()), lo)
        if mention is not None and mention.kind != "group":
            return True
    return False


def _verb_frame(
    state: _State,
    toks: list[Token],
    cs: int,
    ce: int,
    surface: str,
    ss: int,
    se: int,
    quote_spans: list[tuple[int, int]],
) -> Frame | None:
    text = state.text
    form = _cue_form(surface)
    if form is None:
        return None
    floor = _index_at(toks, ss)
    cue_tok = _index_at(toks, cs)
    after_tok = _index_at(toks, ce)
    limit = _index_at(toks, se)
    nxt = toks[after_tok][0] if after_tok < limit else ""
    before = toks[cue_tok - 1][0] if cue_tok - 1 >= floor else ""
    if _possessive_word(before) or before.lower() in POSSESSIVE_WORDS:
        return None  # "Labour's calls for a probe", "her warning": nouns
    if nxt.lower() in form.passive_before:
        return None  # "a minister accused of assault": the minister is the accused
    if nxt.lower() in AUXILIARIES and surface.endswith("s"):
        return None  # "The Gulf states have spent", "Public comments would be": nouns
    # A cue introducing a quotation belongs to the quotation.
    if nxt in {":", ","} and after_tok + 1 < limit and toks[after_tok + 1][0] in QUOTE_CHARS:
        return None
    if nxt in QUOTE_CHARS and form.obj != "np":
        return None  # but "hailed “progress” in the talks" reports a noun phrase
    if form.participle:
        if cue_tok - 1 >= floor and toks[cue_tok - 1][0].lower() in NOT_SAYING_LEADS:
            return None  # "would not go as far as saying …", "stopped short of saying …"
        # "…, saying …", "… and saying …", "said adding …"; and "… with the US saying this
        # is …", where a clause follows at once.
        says_clause = form.lemma == "say" and (
            nxt.lower() in {"that", "this", "the"} or nxt.lower() in SUBJECT_PRONOUNS
        )
        if cue_tok - 1 < floor or (
            toks[cue_tok - 1][0] not in {",", ";", "and", "by"}
            and not (toks[cue_tok - 1][0] == "while" and nxt.lower() == "that")
            and _cue_form(toks[cue_tok - 1][0]) is None
            and not says_clause
        ):
            return None
        content_tok, had_that = _skip_to_content(text, toks, after_tok, limit, form)
        if form.lemma in ANSWERING_CUES and not had_that and nxt.lower() in MEDIUM_DETERMINERS:
            return None  # "…, answering his call to march": what they answered, not a statement
        if not had_that and nxt in {",", ":"}:
            content_tok = after_tok + 1
        start = toks[content_tok][1] if content_tok < limit else se
        if form.obj == "np" and not had_that:
            start = cs
        end = _naming_end(text, form, start, _content_end(text, start, se), had_that)
        span = _clean_span(text, start, end, direct=False)
        if _word_count(text, *span) < MIN_REPORTED_WORDS:
            return None
        return Frame(cs, ce, surface, None, [span], "indirect", participle=True)
    k = _skip_adverbs_back(toks, cue_tok, floor)
    if k - 1 >= floor and toks[k - 1][0].lower() in {"and", "but"}:
        content_tok, had_that = _skip_to_content(text, toks, after_tok, limit, form)
        if not had_that and form.weak:
            return None
        start = toks[content_tok][1] if content_tok < limit else se
        if not had_that and (form.obj == "np" or content_tok == after_tok and form.obj == "tell"):
            start = cs
        span = _clean_span(text, start, _content_end(text, start, se), direct=False)
        if _word_count(text, *span) < MIN_REPORTED_WORDS:
            return None
        return Frame(cs, ce, surface, None, [span], "indirect", participle=True)
    mention, subj_start_tok = _subject_before(state, toks, cue_tok, floor)
    if _inverted_person_after(state, toks, cue_tok, after_tok, floor, limit, mention):
        mention = None  # "…, along with flu tests, said Lindsay Rew, a spokeswoman."
    inverted = False
    if mention is None:
        # ", said the minister." at the end of a sentence
        span = noun_phrase_after(toks, after_tok, limit)
        affiliated = span is not None and _affiliation_ends(toks, span[1], limit)
        if (
            span
            and cue_tok - 1 >= floor
            and toks[cue_tok - 1][0] == ","
            and (span[1] >= limit or toks[span[1]][0] in {".", ",", "!"} or affiliated)
        ):
            mention = classify(toks[span[0] : span[1]], text)
            cut = next((n for n in range(span[0] + 2, span[1]) if toks[n][0] == "of"), None)
            if mention is None and cut is not None and _affiliation_ends(toks, cut, limit):
                # "said Toni Sacconaghi of Sanford Bernstein": the name before the firm
                mention, span = classify(toks[span[0] : cut], text), (span[0], cut)
                affiliated = True
            inverted = True
            subj_start_tok = cue_tok
            after_tok = limit if affiliated else span[1]
        cut_short = span is not None and span[1] < limit and toks[span[1]][0] == "of"
        if (
            (mention is None or mention.kind != "name" or cut_short)
            and cue_tok - 1 >= floor
            and toks[cue_tok - 1][0] == ","
        ):
            named = _name_after_long_title(toks, _index_at(toks, ce), limit, text)
            if named is not None:
                mention, inverted, subj_start_tok, after_tok = named, True, cue_tok, limit
    if mention is not None and mention.kind == "group" and _they_for_organisation(state, mention):
        mention = Mention("pronoun", mention.start, mention.end, mention.text, gender="n")
    if mention is None or mention.kind == "group":
        return None
    if subj_start_tok - 1 >= floor and toks[subj_start_tok - 1][0].lower() in {"what", "whatever"}:
        return None  # "a reversal from what he said before Thanksgiving": no statement here
    subj_start = toks[subj_start_tok][1]
    rest = toks[after_tok:limit]
    # "…, the ministry said on Tuesday, up from 3% in April": the afterthought is not its.
    comma = next((n for n, t in enumerate(rest) if t[0] == ","), None)
    # Only after a whole clause: "Even now, he suggested, X" is a parenthetical; but
    # "…, Powell said, adding that …" goes on with a participle of its own.
    if (
        comma is not None
        and not inverted
        and (_word_count(text, ss, toks[subj_start_tok][1]) > 8 or _participle_after(rest, comma))
    ):
        rest = rest[:comma]
    elif inverted and comma == 0:
        rest = []  # "…, said Melinda Harvey, the planning director."
    rest_words = [t for t in rest if t[0] not in {".", "!", "?"} and t[0] not in QUOTE_CHARS]
    # "…, the minister said." / "…, the minister said on Tuesday."
    before = text[ss:subj_start].rstrip(SPACE)
    if form.obj == "tell" and rest_words and not inverted:
        # "…, Wen told a press conference after the session": what follows the listener.
        skip, _ = _skip_to_content(text, toks, after_tok, limit, form)
        rest_words = [t for t in rest_words if t[1] >= toks[min(skip, limit - 1)][1]]
    if (
        before.endswith(",")
        and not _adjunct_only(before)
        and not lexicon().marker_re.match(before)  # "According to X, police responded to …"
        and (
            not rest_words
            or form.obj != "np"
            and (
                _trailing_adjunct([t[0] for t in rest_words if WORD_RE.fullmatch(t[0])])
                # "…, Trudeau said Tuesday in response to demands that …": when and why
                or rest_words[0][0].lower() in WEEKDAYS
                and len(rest_words) > 1
                and rest_words[1][0].lower() in PP_STARTERS
                # "…, the minister said as he highlighted the principle": what he did then
                or rest_words[0][0].lower() in {"as", "while", "when"}
                and len(rest_words) > 1
                and rest_words[1][0].lower() in SUBJECT_PRONOUNS
            )
            or all(
                t[0].lower() in PP_STARTERS
                or t[0][:1].isupper()
                or t[0].lower()
                in {"a", "the", "statement", "interview", "news", "conference", "briefing"}
                for t in rest_words
            )
            and len(rest_words) <= 6
        )
    ):
        content = trim(text, ss, len(before) + ss - 1)
        if content[1] > content[0] and text[content[1] - 1] in DOUBLE_CLOSE:
            return None  # a quotation: handled as direct speech
        span = _clean_span(text, *content, direct=False)
        if _word_count(text, *span) < MIN_REPORTED_WORDS:
            return None
        return Frame(cs, ce, surface, mention, [span], "indirect")
    if inverted:
        return None
    if nxt == ",":
        second = _continuation(text, toks, subj_start, after_tok + 1, limit, ss, se)
        if second is not None:
            return Frame(cs, ce, surface, mention, second, "indirect")
        paren = _parenthetical_content(
            text, toks, subj_start, toks[after_tok + 1][1] if after_tok + 1 < limit else se, ss, se
        )
        if paren is None:
            return None
        span = _clean_span(text, paren[0], _content_end(text, paren[0], paren[1]), direct=False)
        if _word_count(text, *span) < MIN_REPORTED_WORDS:
            return None
        return Frame(cs, ce, surface, mention, [span], "indirect")
    if nxt == ":":
        start = toks[after_tok + 1][1] if after_tok + 1 < limit else se
        if _has_own_attribution(state, toks, start, se):
            return None  # "The paper adds: the minister said …": the statement has its own
        span = _clean_span(text, start, _content_end(text, start, se), direct=False)
        if _word_count(text, *span) < MIN_REPORTED_WORDS:
            return None
        return Frame(cs, ce, surface, mention, [span], "indirect")
    content_tok, had_that = _skip_to_content(text, toks, after_tok, limit, form)
    if not had_that and form.weak:
        if form.obj != "np" or not _weak_np_object(toks, after_tok, limit, surface):
            return None
    if content_tok >= limit:
        return None
    if (
        not had_that
        and form.lemma == "deny"
        and any(t[0].lower() in lexicon().plea_objects for t in toks[content_tok : content_tok + 4])
    ):
        return None  # "denies 11 counts of fraud": a plea, not a statement
    if form.lemma == "call on" and toks[content_tok][0].lower() in {"him", "her", "them"}:
        return None  # "the ambassador, who called on him here": a visit, not a statement
    if (
        form.lemma == "admit"
        and toks[content_tok][0] == "to"
        and content_tok + 1 < limit
        and toks[content_tok + 1][0].endswith("ing")
    ):
        return None  # "admitted to throwing a petrol bomb": a plea too
    if (
        not had_that
        and toks[content_tok][0].lower() in {"this", "that", "so"}
        and content_tok + 1 < limit
        and toks[content_tok + 1][0].lower() in PP_STARTERS | {"when", "as", "while"}
    ):
        return None  # "He said this after distributing …": what he said is told before
    if not had_that and toks[content_tok][0].lower() in lexicon().empty_objects:
        return None  # "has said little publicly"
    if toks[content_tok][0].lower() in REFLEXIVES:
        return None  # "declared himself president": an act, not a statement
    if (
        not had_that
        and form.lemma in EXPLAINING_CUES
        and toks[content_tok][0].lower() in QUESTION_WORDS
    ):
        return None  # "explained what happened on the day": a topic, not a statement
    start = toks[content_tok][1]
    if not had_that and form.obj == "np":
        start = cs
    if not had_that and form.obj == "tell" and content_tok == after_tok:
        return None
    if not had_that and form.obj == "tell" and toks[content_tok][0].lower() == "to":
        return None  # "told MPs to sit down": an instruction, not a statement
    end = _naming_end(text, form, start, _content_end(text, start, se), had_that)
    span = _clean_span(text, start, end, direct=False)
    if _word_count(text, *span) < MIN_REPORTED_WORDS:
        return None
    promised = form.lemma in INFINITIVE_CUES and text.startswith("to ", span[0])
    if (
        not had_that
        and form.obj != "np"
        and not promised
        and "," not in text[span[0] : span[1]]
        and len(WORD_RE.findall(text, *span)) <= MAX_ADJUNCT_CONTENT
        and _trailing_adjunct(WORD_RE.findall(text, *span))
    ):
        return None  # "… said on Twitter.": where, not what
    return Frame(cs, ce, surface, mention, [span], "indirect")


def _affiliation_ends(toks: list[Token], k: int, limit: int) -> bool:
    """Whether "of Sanford Bernstein" or "at the Brookings Institution" from token ``k``
    ends the sentence: where the speaker named after the verb works."""
    if k >= limit or toks[k][0] not in {"of", "at", "from", "with"}:
        return False
    n = k + 1
    if n < limit and toks[n][0] == "the":
        n += 1
    if n >= limit or not toks[n][0][:1].isupper():
        return False
    while n < limit and toks[n][0] not in {",", "!", "?"} and toks[n][0] not in QUOTE_CHARS:
        word = toks[n][0]
        if word[:1].islower() and word not in {"of", "and", "for", "the"}:
            return False
        n += 1
    return True


def _participle_after(rest: list[Token], comma: int) -> bool:
    """Whether a participle follows the comma: "…, he said, adding that …", "…, Achmad
    said, leaving the total at five"."""
    if comma + 1 >= len(rest):
        return False
    word = rest[comma + 1][0]
    form = _cue_form(word)
    return form is not None and form.participle or word.islower() and word.endswith("ing")


APPOSITION_STARTS = frozenset({"a", "an", "the", "which"})
AUXILIARIES = frozenset(
    {"have", "has", "had", "would", "will", "are", "were", "can", "could", "should", "may", "must"}
)


def _marker_frame(
    state: _State,
    toks: list[Token],
    cs: int,
    ce: int,
    surface: str,
    ss: int,
    se: int,
    quote_spans: list[tuple[int, int]],
) -> Frame | None:
    text = state.text
    if surface.lower().startswith("as ") and _cue_matches(text, toks, ss, cs):
        return None  # "…,” Al Jubeir said, as quoted by the agency": the agency relays it
    limit = _index_at(toks, se)
    k = _index_at(toks, ce)
    span = noun_phrase_after(toks, k, limit)
    if not span:
        return None
    mention = classify(toks[span[0] : span[1]], text)
    if mention is None or mention.kind == "group":
        return None
    j = span[1]
    # ", the Leader of X," after the name
    if j + 1 < limit and toks[j][0] == "," and toks[j + 1][0].lower() in {"the", "a", "an"}:
        inner = noun_phrase_after(toks, j + 1, limit)
        if inner and inner[1] < limit and toks[inner[1]][0] == ",":
            j = inner[1]
    after_np = toks[j][0] if j < limit else "."
    before = text[ss:cs].rstrip(SPACE)
    if before.endswith(",") and after_np in {".", "!", ";"}:
        span_ = _clean_span(text, ss, ss + len(before) - 1, direct=False)
    elif not before or _word_count(text, ss, cs) <= 6 and before.endswith(","):
        if after_np != "," or j + 1 >= limit:
            return None
        start = toks[j + 1][1]
        span_ = _clean_span(text, start, _content_end(text, start, se), direct=False)
    elif before.endswith(",") and after_np == ",":
        start = toks[j + 1][1]
        span_ = _clean_span(text, ss, se, direct=False)
        if j + 1 < limit and toks[j + 1][0].lower() in APPOSITION_STARTS:
            # "… last year, according to the department, a figure that …": the tail
            # describes the statement, it is not part of it.
            span_ = _clean_span(text, ss, cs, direct=False)
        if _word_count(text, ss, cs) <= 6:
            span_ = _clean_span(text, start, se, direct=False)
    else:
        return None
    if _word_count(text, *span_) < MIN_REPORTED_WORDS:
        return None
    if any(s <= span_[0] and span_[1] <= e for s, e in quote_spans):
        return None
    if span_[0] > ce and _has_own_attribution(state, toks, *span_):
        return None  # "According to Reuters, the minister said …": the minister's
    return Frame(cs, ce, surface, mention, [span_], "indirect")


def _title_before_apposed(toks: list[Token], name_start: int, lo: int) -> list[Token] | None:
    """The title phrase in "The housing secretary, Helen Marsh, …", ending before the name."""
    if name_start - 1 < lo or toks[name_start - 1][0] != ",":
        return None
    j = name_start - 2
    while j >= lo and j > name_start - 8 and toks[j][0] not in {",", ".", ";", ":"}:
        j -= 1
    head = toks[j + 1 : name_start - 1]
    if not head or not any(t[0].lower() in lexicon().title_heads for t in head):
        return None
    return head


def _lowercase_title_before(toks: list[Token], name_start: int, lo: int) -> list[Token] | None:
    """The title in "But headteacher Margot Colgrave …", "as club captain Ana Ruiz …": lower-case
    title words right before the name."""
    lex = lexicon()
    j = name_start
    while j - 1 >= lo and name_start - j < 4 and toks[j - 1][0] in lex.titles:
        j -= 1
    head = toks[j:name_start]
    if not any(t[0] in lex.title_heads for t in head):
        return None
    return head


def _descriptor_before(toks: list[Token], name_start: int, lo: int) -> bool:
    """ "His neighbor, Luann Pritchard, …", "A local teacher, Ana Costa, …": a person introduced
    by a lower-case description opening the sentence."""
    if name_start - 1 <= lo or toks[name_start - 1][0] != ",":
        return False
    head = toks[lo : name_start - 1]
    first = head[0][0].lower()
    if first not in {"the", "a", "an"} and first not in POSSESSIVE_WORDS:
        return False
    rest = head[1:]
    return 0 < len(rest) <= 4 and all(t[0].isalpha() and t[0].islower() for t in rest)


def _after_fronted_adjunct(toks: list[Token], at: int) -> bool:
    """Whether token ``at`` follows "Last Friday," or "In a surprise move," opening the
    sentence: the subject comes next."""
    if at < 2 or toks[at - 1][0] != ",":
        return False
    head = toks[: at - 1]
    if head[0][0].lower() in {"last", "this", "next", "early", "late"}:
        return len(head) <= 3
    return _adjunct_aside(head)


POSSESSIVE_WORDS = frozenset({"his", "her", "their", "its", "our", "my"})
AGE_APPOSITION = re.compile(r"\d{1,3}")
AGE_DESCRIPTOR = re.compile(r"\d{1,3}-year-old")


def _glued_heading(state: _State, toks: list[Token], ss: int, se: int) -> int:
    """Start of the real sentence when a heading without punctuation is run into it."""
    lex = lexicon()
    limit = min(len(toks), 30)
    for n in range(3, limit):
        word = toks[n][0]
        prev = toks[n - 1][0]
        if word in QUOTE_CHARS or word in {",", ";", ":", "(", ")"}:
            return ss
        if (
            len(word) > 1
            and word[0].isupper()
            and word.lower() in lex.sentence_starters
            and prev[:1].isupper()
            and prev.lower() not in lex.not_names
            and prev.lower() not in lex.titles
        ):
            state.headings.append((toks[0][1], toks[n - 1][2]))
            return toks[n][1]
    return ss


def _finite_verb(word: str) -> bool:
    """A lower-case word that reads as the finite verb after a subject ("was", "jailed")."""
    if not word.isalpha() or not word.islower() or word in lexicon().prepositions:
        return False
    return (
        word in BE_FORMS
        or word in AUXILIARIES
        or word in lexicon().irregular_past
        or word.endswith("ed")
        or word.endswith("s")
        and not word.endswith("ss")
    )


#: Lower-case words a sentence's subject may follow ("and Smith said", "then Smith …").
SUBJECT_LEADS = frozenset(
    {"and", "but", "or", "then", "also", "meanwhile", "however", "yesterday", "today"}
    | {"earlier", "later", "when", "while", "after", "before", "that", "the", "a", "an"}
    | {"so", "because", "since", "although", "though", "if", "where", "whom", "who"}
    | BE_FORMS  # "Among the patients was Joan Whitaker"
)


def _register_mentions(
    state: _State,
    toks: list[Token],
    lo: int,
    hi: int,
    skip: list[tuple[int, int]],
    *,
    salient: bool,
) -> None:
    """Note named people (with roles and appositions) in a stretch of narrative text."""
    text = state.text
    lex = lexicon()
    if lo >= hi:
        return
    skipped = _mask(toks, skip)
    not_names = lex.not_names
    subject_seen = False
    j = lo
    while j < hi:
        word = toks[j][0]
        if not word[:1].isupper() or skipped[j]:
            j += 1
            continue
        if word.lower() in not_names and (j + 1 >= hi or not toks[j + 1][0][:1].isupper()):
            j += 1  # "The", "He", "In" before a lower-case word: no name starts here
            continue
        if word.lower() in lex.prepositions and word.lower() != "of":
            j += 1  # "For Maria Gonzalez, …": the name starts after the preposition
            continue
        if j == 0 and word.endswith(("ing", "ly")) and j + 1 < hi and toks[j + 1][0] == ",":
            j += 1  # "Responding, …", "Separately, …": a participle or an adverb, not a name
            continue
        span = noun_phrase_after(toks, j, hi)
        if not span or span[1] <= j:
            j += 1
            continue
        if any(skipped[span[0] : span[1]]):
            j += 1
            continue
        mention = classify(toks[span[0] : span[1]], text)
        end = span[1]
        if (
            salient
            and mention is not None
            and mention.kind == "title"
            and span[0] == 0
            and end < hi
            and (_finite_verb(toks[end][0]) or toks[end][0] in {"who", ","})
        ):
            # "The Rivers State governor had raised the alarm": whom "he" means next.
            entity = state.cast.by_title(mention)
            if entity is not None:
                state.cast.touch(entity)
        if mention is not None and mention.kind == "name":
            known = state.cast._find_by_name(mention.name_tokens, "person") is not None
            has_role = bool(set(mention.role_words) & lex.title_heads) or any(
                t[0].lower().rstrip(".") in lex.honorifics for t in toks[span[0] : span[1]]
            )
            apposition = None
            # "in Corvala, Norland, the minister …": a place after a place, not a person.
            place_pair = (
                len(mention.name_tokens) == 1
                and span[0] - 2 >= lo
                and toks[span[0] - 1][0] == ","
                and toks[span[0] - 2][0][:1].isupper()
            )
            if (
                end + 1 < hi
                and not place_pair
                and toks[end][0] == ","
                and toks[end + 1][0].lower() in {"the", "a", "an"}
            ):
                inner = noun_phrase_after(toks, end + 1, hi)
                if inner:
                    apposition = classify(toks[inner[0] : inner[1]], text)
                    if apposition is not None and apposition.kind != "title":
                        apposition = None
            title_before = _title_before_apposed(toks, span[0], lo) or _lowercase_title_before(
                toks, span[0], lo
            )
            if title_before is not None:
                has_role = True
                mention.role, mention.role_words = role_of([t[0] for t in title_before])
            introduced = (
                len(mention.name_tokens) > 1
                and end < hi
                and toks[end][0] == ","
                and _descriptor_before(toks, span[0], lo)
            )
            # "Joan Whitaker, 68, …": an age in commas introduces a person.
            aged = (
                len(mention.name_tokens) > 1
                and end + 2 < hi
                and toks[end][0] == ","
                and AGE_APPOSITION.fullmatch(toks[end + 1][0]) is not None
                and toks[end + 2][0] in {",", ".", ";"}
            )
            # "Gary Holt was jailed …": a full name opening the sentence as its subject.
            # … or described in commas: "Moise Katumbi, a millionaire businessman, …".
            opening = (
                (span[0] == 0 or _after_fronted_adjunct(toks, span[0]))
                and len(mention.name_tokens) > 1
                # not "A First Information Report"
                and toks[span[0]][0] == mention.name_tokens[0]
                and end + 1 < hi
                and (
                    _finite_verb(toks[end][0])
                    or toks[end][0] == ","
                    and (
                        toks[end + 1][0].lower() in {"a", "an"}
                        or toks[end + 1][0] in lex.titles  # "X, chair of the department,"
                    )
                )
                and fold(mention.name) not in lex.countries
                and not any(fold(t) in lex.place_words for t in mention.name_tokens)
            )
            # "with Joseph Lieberman": a common given name marks a person even without a role.
            named = has_given_name(mention.name_tokens) and not any(
                fold(t) in lex.place_words for t in mention.name_tokens
            )
            if (
                known
                or has_role
                or introduced
                or aged
                or opening
                or named
                or apposition is not None
            ):
                before = span[0] - 1
                if before > lo and AGE_DESCRIPTOR.fullmatch(toks[before][0]):
                    before -= 1  # "as 20-year-old Jeffrey Williams"
                if before > lo and toks[before][0] in {"the", "a", "an"}:
                    before -= 1  # "in an interview with the Nation": the preposition counts
                prev_word = toks[before][0] if before >= lo else ""
                prev = prev_word.lower()
                # "He asked Yakubu …", "commended Leonard": an object is not who "he" is next;
                # "mayor Bartlett" is not an object.
                after_verb = (
                    prev_word.isalpha()
                    and prev_word.islower()
                    and prev not in SUBJECT_LEADS
                    and prev not in lex.titles
                    and prev not in lex.honorifics
                    and prev not in lex.descriptions
                )
                # "For Ms. Hollis, the fight is personal", "As for MP Hagop Terz, he …": the
                # topic, whom "she" means next
                topic = (
                    lo == 0
                    and tuple(t[0].lower() for t in toks[: span[0]]) in TOPIC_OPENERS
                    and end < hi
                    and toks[end][0] == ","
                )
                # "Asked whether … Chamisa would win, Mangwana said yes": whoever speaks
                speaking = end < len(toks) and _cue_form(toks[end][0]) is not None
                subject = (
                    topic
                    or speaking
                    or (
                        prev not in lex.prepositions
                        and prev not in {"by", "with"}
                        and not after_verb
                        # "Katumbi … fell out with him when the former president Kabila was in
                        # power": the subject of a subordinate clause is not who "he" is next.
                        and not (subject_seen and _after_the_subject(toks, lo, span[0]))
                    )
                )
                entity = state.cast.observe(mention, salient=salient and subject)
                subject_seen = subject_seen or (salient and subject)
                if entity is not None and apposition is not None and apposition.role:
                    entity.add_role(apposition.role, frozenset(apposition.role_words))
                    entity.add_alias(apposition.text)
        j = max(end, j + 1)


SUBORDINATE_LEADS = frozenset({"when", "while", "after", "before", "because", "since", "as"})


TOPIC_OPENERS = frozenset({("for",), ("as", "for"), ("as", "to"), ("regarding",), ("of",)})


def _after_the_subject(toks: list[Token], lo: int, at: int) -> bool:
    """Whether a name at ``at`` is not a second subject of the sentence: it stands in a
    subordinate clause ("when …"), or in the predicate ("… held talks with X")."""
    if _in_subordinate_clause(toks, lo, at):
        return True
    return at - 1 >= lo and toks[at - 1][0] != "and"


def _in_subordinate_clause(toks: list[Token], lo: int, at: int) -> bool:
    """Whether a subordinating word ("when", "because") stands between ``lo`` and ``at``."""
    return any(toks[n][0].lower() in SUBORDINATE_LEADS for n in range(lo + 1, at))


def _process_sentence(
    state: _State, para: Paragraph, quotes: list[Quote], ss: int, se: int
) -> list[Frame]:
    toks = state.index.between(ss, se)
    if not toks:
        return []
    new_ss = _glued_heading(state, toks, ss, se)
    if new_ss != ss:
        ss = new_ss
        toks = state.index.between(ss, se)
    if "(" in state.text[ss:se]:
        _register_acronyms(state, toks)
    sentence_quotes = [q for q in quotes if ss <= q.open < se]
    quote_spans = [
        (q.open, (q.close + 1) if q.close is not None else q.end) for q in sentence_quotes
    ]
    qframes, used = _quote_frames(state, toks, sentence_quotes, ss, se, para)
    rframes = _reported_frames(state, toks, ss, se, quote_spans, used, para)
    frames = sorted(
        qframes + rframes, key=lambda f: f.cue_start if f.cue_end > f.cue_start else f.spans[0][0]
    )
    # Register people named before the first cue so pronouns and titles can find them; those
    # named in what is reported ("Dixit fled, he said") are not who "he" is.
    first_cue = min((f.cue_start for f in frames if f.cue_end > f.cue_start), default=se)
    cue_at = _index_at(toks, first_cue)
    reported = [s for f in frames for s in f.spans if s[0] < first_cue]
    _register_mentions(state, toks, 0, cue_at, quote_spans + reported, salient=True)
    for n, frame in enumerate(frames):
        _resolve(state, frame, toks, ss, frames[:n])
    for start, end in reported:
        lo, hi = _index_at(toks, start), min(_index_at(toks, end), cue_at)
        _register_mentions(state, toks, lo, hi, quote_spans, salient=False)
    # People named in what is reported after the cue are known (a title or "him" may mean
    # them later) but not salient: "he" in the next sentence is still the speaker.
    _register_mentions(state, toks, cue_at, len(toks), quote_spans, salient=False)
    return frames


# Words before a noun phrase that make it the subject of a subordinate clause, not the speaker.
SUBORDINATORS = frozenset({"that", "whether", "if", "than", "because", "while", "whom"})


def _main_subject(state: _State, toks: list[Token], frame: Frame, ss: int) -> Frame | None:
    """The speaker of "X rejected the offer, saying …": a person already in the article first."""
    lex = lexicon()
    k = _index_at(toks, frame.cue_start)
    candidates: list[Mention] = []
    opening: Mention | None = None
    for i in range(k - 1, -1, -1):
        word = toks[i][0]
        if word in QUOTE_CHARS:
            break
        if not (word[:1].isupper() or word.lower() in lex.pronouns):
            continue
        span = noun_phrase_before(toks, i + 1, 0, state.text)
        if not span:
            continue
        prev = toks[span[0] - 1][0].lower() if span[0] > 0 else ""
        if prev in lex.prepositions or prev in SUBORDINATORS:
            continue
        if i + 1 < k and toks[i + 1][0] in {"’", "'"} or _possessive_word(word):
            continue  # "the decision to award Rovers' first goal": an owner, not the subject
        if i + 1 < k and toks[i + 1][0][:1].isupper():
            continue  # "Rafael" of "Director-General Rafael Grossi's": inside a longer name
        end = span[1]
        while end < k and toks[end][0].islower() and toks[end][0] in lex.titles:
            end += 1  # "The Iranian commander", "The senior military official"
        mention = classify(toks[span[0] : end], state.text)
        if mention is None or mention.kind not in {"name", "pronoun", "title"}:
            continue
        candidates.append(mention)
        at_start = span[0] == 0 or span[0] == 1 and not toks[0][0].isalnum()
        if at_start and opening is None:
            opening = mention  # the longest phrase: "Tom Hale", not "Tom"
    known = [
        m
        for m in candidates
        if m.kind != "name" or state.cast._find_by_name(m.name_tokens, "person") is not None
    ]
    # The sentence's own subject first: "City boss Steve Maddox was furious …, claiming …".
    first = [opening] if opening is not None else []
    for mention in first + (known or candidates):
        probe = Frame(0, 0, "", mention, [], "direct")
        _resolve(state, probe, toks, ss)
        if probe.entity is not None:
            return probe
    if opening is not None and opening.kind == "title":
        # "The PM rejected …, urging …" with no prime minister named: left unresolved rather
        # than given to whoever was mentioned last.
        return Frame(0, 0, "", opening, [], "direct")
    return None


def _resolve(
    state: _State, frame: Frame, toks: list[Token], ss: int, earlier: list[Frame] = ()
) -> None:
    cast = state.cast
    if frame.inherit:
        return
    if frame.participle:
        source = None
        for other in reversed([*state.frames, *earlier]):
            if (
                other.paragraph == frame.paragraph
                and other.cue_start < frame.cue_start
                and other.cue_start >= ss
                and other.entity
            ):
                source = other
                break
        source = source or _main_subject(state, toks, frame, ss)
        if source is None:
            # "The board's chief admitted … but says …": the same speaker, named or not.
            source = next(
                (
                    other
                    for other in reversed(earlier)
                    if other.cue_start >= ss and other.mention is not None
                ),
                None,
            )
        if source is None and cast.salience:
            entity = cast.entities[cast.salience[-1]]
            frame.entity, frame.resolved_by, frame.mention = entity, "pronoun", None
            return
        if source is not None:
            frame.entity, frame.resolved_by, frame.role = (
                source.entity,
                source.resolved_by,
                source.role,
            )
            frame.mention = source.mention
        return
    if frame.mention is None:
        return
    entity, how, role = cast.resolve(frame.mention)
    frame.entity, frame.resolved_by, frame.role = entity, how, role
    if entity is not None:
        entity.add_alias(frame.mention.text)
        cast.touch(entity)


#: An unattributed quotation takes the last speaker quoted this many paragraphs back at
#: most: narration between a speaker's quotations is usually about them.
INHERIT_PARAGRAPHS = 3


def _fill_inherited(frames: list[Frame]) -> None:
    """Unattributed quotations take the speaker of the quotation they go with.

    In order: an attributed one earlier or later in the same paragraph, the end of a
    quotation running over several paragraphs, then the speaker of the previous paragraph.
    """

    def attributed(frame: Frame) -> bool:
        return frame.entity is not None or frame.mention is not None

    for n, frame in enumerate(frames):
        if not frame.inherit:
            continue
        source = None
        for other in reversed(frames[:n]):
            if other.paragraph != frame.paragraph:
                break
            if attributed(other):
                source = other
                break
        if source is None:
            for other in frames[n + 1 :]:
                if other.paragraph != frame.paragraph:
                    break
                if not other.inherit and other.kind == "direct" and attributed(other):
                    source = other
                    break
        if source is None and frame.chained:
            for other in frames[n + 1 :]:
                if other.paragraph > frame.paragraph + 4:
                    break
                if other.inherit and (other.continues or other.chained):
                    continue
                if (
                    not other.inherit
                    and other.kind == "direct"
                    and other.continues
                    and attributed(other)
                ):
                    source = other
                break
        if source is None:
            for other in reversed(frames[:n]):
                if attributed(other):
                    if frame.continues or other.paragraph >= frame.paragraph - INHERIT_PARAGRAPHS:
                        source = other
                    break
        if source is None:
            continue
        frame.entity, frame.resolved_by, frame.role = source.entity, source.resolved_by, source.role
        frame.mention, frame.cue = source.mention, source.cue


FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")
#: Shortest lead-in sentence taken into a trailing attribution.
MIN_LEAD_IN_WORDS = 4


def _lead_in_frames(
    text: str, sentences: list[tuple[int, int, list[Frame]]], headings: list[tuple[int, int]]
) -> list[Frame]:
    """Unquoted first-person sentences that a paragraph's trailing attribution covers.

    "Our forces have broken the network. Suspects are being questioned, said the minister."
    The attribution closing a paragraph covers the sentences before it that have none of
    their own, when the words are the speaker's own (first person), unquoted.
    """
    out: list[Frame] = []
    for k, (ss, _end, frames) in enumerate(sentences):
        trailing = [
            f
            for f in frames
            if f.kind == "indirect"
            and not f.participle
            and f.mention is not None
            and f.spans[-1][1] <= f.cue_start
            and f.spans[0][0] - ss <= 1
        ]
        if not trailing:
            continue
        frame = trailing[0]
        lead: list[tuple[int, int]] = []
        j = k - 1
        while j >= 0 and not sentences[j][2]:
            start, end = sentences[j][0], sentences[j][1]
            words = WORD_RE.findall(text, start, end)
            if (
                len(words) < MIN_LEAD_IN_WORDS
                or any(q in text[start:end] for q in DOUBLE_QUOTES)
                or any(hs <= start < he for hs, he in headings)
            ):
                break
            lead.insert(0, (start, end))
            j -= 1
        own_words = [text[s:e] for s, e in lead] + [text[s:e] for s, e in frame.spans]
        if not lead or not any(FIRST_PERSON_RE.search(w) for w in own_words):
            continue
        for start, end in lead:
            span = _clean_span(text, start, end, direct=False)
            out.append(
                Frame(
                    frame.cue_start,
                    frame.cue_end,
                    frame.cue,
                    frame.mention,
                    [span],
                    "indirect",
                    entity=frame.entity,
                    resolved_by=frame.resolved_by,
                    role=frame.role,
                    paragraph=frame.paragraph,
                    order=frame.order,
                )
            )
    return out


def _excluded_cut(start: int, end: int, excluded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    segments = [(start, end)]
    for xs, xe in excluded:
        out = []
        for s, e in segments:
            if xe <= s or xs >= e:
                out.append((s, e))
                continue
            if s < xs:
                out.append((s, xs))
            if xe < e:
                out.append((xe, e))
        segments = out
    return segments


def extract(
    text: str,
    *,
    published: datetime.date | None = None,
    fetched: datetime.date | None = None,
    role_holder: RoleHolder | None = None,
) -> Extraction:
    """Extract the claims of an article; offsets are code-point offsets into ``text``."""
    paras = paragraphs(text)
    info = read_meta(text, paras, published=published, fetched=fetched)
    meta, excluded = info["meta"], info["excluded"]
    quotes = find_quotes(text, paras)
    state = _State(text, Cast(role_holder, meta.get("published")), TokenIndex(text))
    all_frames: list[Frame] = []
    interview = _Interview(text, paras)
    for para in paras:
        if para.heading:
            continue
        turn = interview.turn(para)
        if turn == "question":
            continue
        if turn is not None:
            all_frames.extend(_answer_frames(state, para, interview))
            continue
        para_quotes = [q for q in quotes if q.paragraph == para.index]
        protected = [(q.start, q.end) for q in para_quotes]
        para_frames: list[Frame] = []
        sentences: list[tuple[int, int, list[Frame]]] = []
        for seg_start, seg_end in _excluded_cut(para.start, para.end, excluded):
            seg_start, seg_end = trim(text, seg_start, seg_end)
            for ss, se in split_sentences(text, seg_start, seg_end, protected):
                found = _process_sentence(state, para, para_quotes, ss, se)
                sentences.append((ss, se, found))
                para_frames.extend(found)
                state.frames = all_frames + para_frames
        para_frames.extend(_lead_in_frames(text, sentences, state.headings))
        all_frames.extend(para_frames)
    _resolve_titles_forward(all_frames, state.cast)
    _fill_inherited(all_frames)
    return _build(text, meta, excluded + state.headings, all_frames, state.cast)


#: A title that opens a story may name someone in this many following paragraphs.
FORWARD_TITLE_PARAGRAPHS = 2


#: Words that keep an indefinite title nobody in particular: "an unnamed official".
UNNAMED_WORDS = frozenset({"unnamed", "anonymous", "unidentified", "another", "one"})


def _resolve_titles_forward(frames: list[Frame], cast: Cast) -> None:
    """Titles nobody held when they were read, resolved by who is named just after.

    Wire copy often opens "Saudi Arabia's energy minister said …" and names him in the
    next paragraph ("…," Khaled al-Faleh said). Such a title, before anyone is named,
    goes to the first person named by a later frame within FORWARD_TITLE_PARAGRAPHS
    paragraphs who has no other role; he then holds the title, so later mentions of it
    ("the Saudi minister") find him, and only those whose words his title has.
    """
    first_named = next(
        (n for n, f in enumerate(frames) if f.resolved_by in {"name", "alias"}), len(frames)
    )
    for n, frame in enumerate(frames):
        mention = frame.mention
        if frame.entity is not None or mention is None or mention.kind != "title":
            continue
        words = mention.text.lower().split()
        if words[0] in {"a", "an"} and (n >= first_named or UNNAMED_WORDS & set(words)):
            continue  # "an unnamed minister": nobody in particular
        entity = cast.by_title(mention)
        # The country is checked by by_title; "the French foreign minister" is then the
        # foreign minister named without his country.
        office = set(with_synonyms(mention.role_words)) - set(lexicon().countries)
        if entity is not None and not office <= {
            w for _, written in entity.roles for w in with_synonyms(written)
        }:
            entity = None  # "oil minister" is not the energy minister named above
        heads = with_synonyms(mention.role_words) & lexicon().title_heads
        if entity is None:
            # Later in the story too: the first speaker not heard before.
            heard = {id(f.entity) for f in frames[:n] if f.entity is not None}
            for later in frames[n + 1 :]:
                if later.paragraph > frame.paragraph + FORWARD_TITLE_PARAGRAPHS:
                    break
                named = later.entity
                if (
                    later.resolved_by in {"name", "alias"}
                    and named is not None
                    and named.kind == "person"
                    and (n < first_named or id(named) not in heard)
                    and (not named.roles or _holds_heads(named, heads))
                ):
                    entity = named
                    if mention.role and not named.roles:
                        entity.add_role(mention.role, frozenset(mention.role_words))
                    break
        if entity is None and n > first_named and mention.text[:4].lower() == "the ":
            # "Kanaani said …. The spokesman added …": while one person alone has spoken,
            # a title right after them is read like "he", if they have no known office and
            # nobody else holds that title.
            # "The UN official said …", "The senior cleric added …": a generic office is
            # the speaker just heard, whoever else spoke before.
            speakers = {f.entity.id for f in frames[:n] if f.entity is not None}
            last = next((f for f in reversed(frames[:n]) if f.entity is not None), None)
            country = role_country(mention.role)
            if country is not None and country.lower() in INTERNATIONAL_BODIES:
                country = None  # "the UN official": a body, not a country
            generic = (
                bool(heads)
                and heads <= GENERIC_TITLE_HEADS
                # "the Iranian official" is not the Syrian president just heard
                and (
                    country is None
                    or last is not None
                    and any(role_country(r) == country for r, _ in last.entity.roles)
                )
            )
            if (
                last is not None
                and (len(speakers) == 1 and not last.entity.roles or generic)
                and last.entity.kind == "person"
                and last.paragraph >= frame.paragraph - 1
                and cast.by_title(mention) is None
            ):
                entity = last.entity
        if entity is not None:
            frame.entity, frame.resolved_by = entity, "title"
            frame.role = frame.role or mention.role
            entity.add_alias(mention.text)


INTERNATIONAL_BODIES = frozenset({"the united nations", "the european union", "nato"})
#: Offices too general to tell people apart: "the official" is whoever was just heard.
GENERIC_TITLE_HEADS = frozenset(
    {
        "official",
        "cleric",
        "diplomat",
        "envoy",
        "politician",
        "lawmaker",
        "legislator",
        "flagbearer",
    }
)


def _holds_heads(entity: Entity, heads: frozenset[str]) -> bool:
    """Whether one of the entity's roles has one of these title heads ("chief executive")."""
    return any(heads & with_synonyms(written) for _, written in entity.roles)


# "Q: …" / "A: …" turns of a printed interview.
TURN_RE = re.compile(r"(?P<who>Q|A|Question|Answer)\s*[:.]\s+")
# "KOWALSKI: …", "Sen. Mark Delaney: …": a named turn of a transcript.
NAMED_TURN_RE = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*:[ \t]+(?=\S)"
)
# Named turns must be this share of the body's paragraphs: a news story with two
# "Related: …" lines is not a transcript.
MIN_TURN_SHARE = 0.4


class _Interview:
    """Question-and-answer layout: questions are not claims, answers are the interviewee's.

    Two layouts: "Q:"/"A:" turns, whose answers belong to the person the introduction
    names, and transcripts of named turns ("HALE: …", "KOWALSKI: …"), whose turns belong to
    the person named in the label, except the interviewer's (the one who mostly asks).
    """

    def __init__(self, text: str, paras: list[Paragraph]) -> None:
        self.text = text
        self.paras = paras
        self.turns = {
            p.index: m.group("who")[0]
            for p in paras
            if (m := TURN_RE.match(text, p.start, p.end)) is not None
        }
        # One stray "A." is an initial or a list item, not an interview.
        kinds = set(self.turns.values())
        if kinds != {"Q", "A"} or len(self.turns) < 4:
            self.turns = {}
        self.speaker: Entity | None = None
        # paragraph index -> (label start, label end, content start) of a named turn
        self.labels: dict[int, tuple[int, int, int]] = {}
        if not self.turns:
            self._named_turns()

    def _named_turns(self) -> None:
        lex = lexicon()
        found: dict[int, tuple[int, int, int]] = {}
        keys: dict[int, str] = {}
        body = 0
        for para in self.paras:
            if para.heading:
                continue
            body += 1
            m = NAMED_TURN_RE.match(self.text, para.start, para.end)
            if m is None:
                continue
            words = [w.strip(".").lower() for w in m.group("who").split()]
            if any(w in lex.not_turn_labels for w in words):
                continue
            found[para.index] = (m.start("who"), m.end("who"), m.end())
            keys[para.index] = words[-1]
        counts: dict[str, int] = {}
        for key in keys.values():
            counts[key] = counts.get(key, 0) + 1
        recurring = {k for k, n in counts.items() if n >= 2}
        if len(recurring) < 2 or len(found) < MIN_TURN_SHARE * max(body, 1):
            return
        asks: dict[str, int] = {}
        for index, key in keys.items():
            para = self.paras[index]
            if "?" in self.text[para.start : para.end]:
                asks[key] = asks.get(key, 0) + 1
        askers = {k for k in counts if 2 * asks.get(k, 0) >= counts[k] and asks.get(k, 0)}
        self.labels = found
        for index, key in keys.items():
            self.turns[index] = "Q" if key in askers else "N"

    def turn(self, para: Paragraph) -> str | None:
        kind = self.turns.get(para.index)
        if kind is None:
            return None
        return "question" if kind == "Q" else "named" if kind == "N" else "answer"

    def labelled(self, state: _State, para: Paragraph) -> tuple[Entity | None, int]:
        """The speaker a named turn's label gives, and where the turn's words start."""
        lo, hi, content = self.labels[para.index]
        lex = lexicon()
        toks = [t for t in state.index.between(lo, hi) if t[0] != "."]
        # "SECRETARY DIANE KOWALSKI": the title words go, the name stays.
        while len(toks) > 1 and toks[0][0].strip(".").lower() in lex.titles | lex.honorifics:
            toks = toks[1:]
        words = tuple(w if not w.isupper() else w.capitalize() for w, _, _ in toks)
        if not words:
            return None, content
        start, end = toks[0][1], toks[-1][2]
        mention = Mention(
            "name", start, end, self.text[start:end], name=" ".join(words), name_tokens=words
        )
        return state.cast.observe(mention, salient=True), content

    def interviewee(self, state: _State) -> Entity | None:
        """The person named in the introduction whose surname recurs most in the article."""
        if self.speaker is not None:
            return self.speaker
        first_turn = min(self.turns)
        best: tuple[int, int] | None = None
        chosen: Mention | None = None
        for para in self.paras[:first_turn]:
            if para.heading:
                continue
            toks = state.index.between(para.start, para.end)
            j = 0
            while j < len(toks):
                span = noun_phrase_after(toks, j, len(toks)) if toks[j][0][:1].isupper() else None
                if not span:
                    j += 1
                    continue
                mention = classify(toks[span[0] : span[1]], self.text)
                prev = toks[span[0] - 1][0].lower() if span[0] > 0 else ""
                if (
                    mention is not None
                    and mention.kind == "name"
                    and len(mention.name_tokens) > 1
                    # "of UN Climate Change", "the Paris agreement": not a person
                    and prev not in {"the", "of", "a", "an"}
                ):
                    count = self.text.count(mention.name_tokens[-1])
                    key = (count, -span[0] - para.start)
                    if best is None or key > best:
                        best, chosen = key, mention
                j = max(span[1], j + 1)
        if chosen is not None:
            self.speaker = state.cast.observe(chosen, salient=True)
        return self.speaker


def _answer_frames(state: _State, para: Paragraph, interview: _Interview) -> list[Frame]:
    """Each stated sentence of an answer, as a claim of the interviewee or the turn's speaker."""
    text = state.text
    if para.index in interview.labels:
        speaker, start = interview.labelled(state, para)
    else:
        speaker = interview.interviewee(state)
        found = TURN_RE.match(text, para.start, para.end)
        start = found.end() if found else para.start
    if speaker is None:
        return []
    spans = []
    for s, e in split_sentences(text, start, para.end):
        s, e = trim(text, s, e, TRAIL_STRIP)
        if (
            e > s
            and text[e - 1] != "?"
            and _word_count(text, s, e) >= MIN_QUOTE_WORDS
            and not _is_command(text, s, e)
        ):
            spans.append((s, e))
    if not spans:
        return []
    frame = Frame(start, start, "", None, spans, "direct", paragraph=para.index)
    frame.entity, frame.resolved_by = speaker, "name"
    frame.cue = text[para.start : start].strip()
    return [frame]


def _expand_names(text: str, entities: list[Entity]) -> None:
    """Give a one-word speaker name its first name when the article writes "Ana Costa" once."""
    lex = lexicon()
    blocked = lex.not_names | lex.titles | lex.honorifics | lex.organisation_words
    for entity in {e.id: e for e in entities}.values():
        if entity.kind != "person" or len(entity.name_tokens) != 1:
            continue
        surname = entity.name_tokens[0]
        at = text.find(surname)
        while at != -1:
            end = at + len(surname)
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            words = text[max(0, at - 60) : at].split()
            if whole and text[at - 1 : at].isspace() and words:
                given = words[-1]
                previous = words[-2] if len(words) > 1 else ""
                if (
                    given.isalpha()
                    and given[0].isupper()
                    and given[1:].islower()
                    and given.lower() not in blocked
                    and given.lower() not in lex.nationalities
                    # part of a longer capitalised run, maybe a heading glued to the text
                    and not (previous[:1].isupper() and previous[-1:] not in '.,;:!?”"')
                ):
                    entity.name_tokens = (given, surname)
                    entity.name = f"{given} {surname}"
                    break
            at = text.find(surname, end)


AND_THAT_RE = re.compile(r",?\s+and\s+that\s+(?=(\S+))")
#: Words after "and that" showing "that" is a pronoun: "and that is why …".
THAT_PRONOUN_NEXT = BE_FORMS | AUXILIARIES | {"includes", "means", "makes", "remains", "seems"}


def _split_that_clauses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "X said A and that B": two statements, A and B."""
    out = []
    for start, end in spans:
        for match in AND_THAT_RE.finditer(text, start, end):
            if match.group(1).lower().strip(",.") in THAT_PRONOUN_NEXT:
                continue
            first = _clean_span(text, start, match.start(), direct=False)
            if _word_count(text, *first) >= MIN_REPORTED_WORDS:
                out.append(first)
                start = match.end()
        out.append((start, end))
    return out


def _statement_spans(text: str, frame: Frame) -> list[tuple[int, int, str]]:
    """A frame's spans with their kinds, one per statement. Reported speech is split at
    "and that" ("X said A and that B": A, B), and where its quotation runs on over several
    sentences: 'X said the firm will “pay its debts. We cannot refund tickets.”' gives the
    reported statement up to the first full stop, then each quoted sentence as direct
    speech."""
    if frame.kind != "indirect":
        return [(s, e, frame.kind) for s, e in frame.spans]
    out = []
    for start, end in _split_that_clauses(text, frame.spans):
        opening = DOUBLE_OPEN_RE.search(text, start, end)
        if opening is None or DOUBLE_CLOSE_RE.search(text, opening.end(), end):
            out.append((start, end, "indirect"))
            continue
        sentences = split_sentences(text, opening.end(), end)
        if len(sentences) < 2:
            out.append((start, end, "indirect"))
            continue
        out.append((*_clean_span(text, start, sentences[0][1], direct=False), "indirect"))
        out.extend((s, e, "direct") for s, e in _direct_spans_in(text, sentences[1:]))
    return out


def _build(text: str, meta: dict, headings, frames: list[Frame], cast: Cast) -> Extraction:
    _expand_names(text, [f.entity for f in frames if f.entity is not None])
    claims: list[dict] = []
    taken: list[tuple[int, int]] = []
    speakers: dict[int, Entity] = {}
    for frame in frames:
        if frame.entity is None and frame.mention is None:
            continue
        for start, end, kind in _statement_spans(text, frame):
            # Frames come in text order, so only the last few spans can overlap this one.
            if end <= start or any(min(end, e) - max(start, s) > 0 for s, e in taken[-8:]):
                continue
            if any(s <= start < e for s, e in headings):
                continue
            taken.append((start, end))
            span_text = text[start:end]
            if kind == "indirect" and DOUBLE_OR_SINGLE_OPEN_RE.search(span_text):
                kind = "mixed"
            entity = frame.entity
            role = frame.role or (
                entity.roles[0][0] if entity is not None and entity.roles else None
            )
            if entity is not None:
                speakers[entity.id] = entity
                if frame.mention is not None:
                    entity.add_alias(frame.mention.text)
            claims.append(
                dict(
                    text=span_text,
                    start=start,
                    end=end,
                    speaker=entity.name if entity is not None else None,
                    speaker_mention=frame.mention.text if frame.mention is not None else None,
                    speaker_role=role,
                    resolved_by=frame.resolved_by if entity is not None else None,
                    kind=kind,
                    cue=SPACE_RE.sub(" ", frame.cue),
                )
            )
    claims.sort(key=lambda c: c["start"])
    # Scored together: each pattern runs once over the article, not once per claim.
    scores = score_spans(text, [(c["start"], c["end"]) for c in claims])
    extracted = tuple(
        ExtractedClaim(**c, checkworthiness=w) for c, w in zip(claims, scores, strict=True)
    )
    article = ArticleMeta(
        outlet=meta.get("outlet"),
        licence=meta.get("licence"),
        dateline=meta.get("dateline"),
        published=meta.get("published"),
        published_source=meta.get("published_source"),
        published_precision=meta.get("published_precision"),
        published_text=meta.get("published_text"),
        headings=tuple(sorted(set(headings))),
    )
    speaker_list = tuple(
        Speaker(
            name=e.name,
            kind=e.kind,
            aliases=tuple(e.aliases),
            roles=tuple(r for r, _ in e.roles),
        )
        for e in sorted(speakers.values(), key=lambda e: e.id)
    )
    return Extraction(article=article, claims=extracted, speakers=speaker_list)
