"""Finding who speaks: the subject before a cue, past adverbs, appositions, asides and listeners."""

from __future__ import annotations

import functools
import re

from .frames import (
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_STARTERS,
    POSSESSIVE_WORDS,
    PP_STARTERS,
    QUOTE_CHARS,
    REFLEXIVES,
    TIME_LEADS,
    TIME_WORDS,
    WEEKDAYS,
    State,
    cue_form,
    finite_verb,
    plain_verb,
)
from .lexicon import CueForm, lexicon
from .phrases import acronym_expansion, noun_phrase_after, noun_phrase_before
from .speakers import (
    DETERMINERS,
    PLACE_HEADS,
    Mention,
    Token,
    classify,
    fold,
    has_given_name,
    is_country,
    role_of,
    title_apposition,
    with_synonyms,
)

#: Lower-case words in -ly that are not adverbs of manner.
NOT_ADVERBS = frozenset(
    {"family", "rally", "ally", "assembly", "supply", "reply", "daily", "weekly", "monthly"}
    | {"quarterly", "yearly", "only", "early", "holy", "july", "italy", "bully", "deputy"}
)


def _manner_adverb(word: str) -> bool:
    """ "sharply", "strongly", "repeatedly": an adverb between a subject and its verb."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in NOT_ADVERBS


def skip_adverbs_back(toks: list[Token], k: int, floor: int) -> int:
    """Index just after the subject once adverbs, auxiliaries and time phrases are skipped."""
    adverbs = lexicon().adverbs
    while True:
        while k - 1 >= floor and (
            toks[k - 1][0].lower() in adverbs
            or _manner_adverb(toks[k - 1][0])
            or toks[k - 1][0].lower() in REFLEXIVES  # "Meloni herself called …"
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
        # "Scindia on June 7 said", "Ruto on 5 March said": a date
        if k - 3 > floor and toks[k - 3][0].lower() == "on":
            pair = (toks[k - 2][0].lower(), toks[k - 1][0].lower())
            months = lexicon().months
            if pair[0] in months and pair[1].isdigit() or pair[0].isdigit() and pair[1] in months:
                k -= 3
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
        if adjunct_aside(inner):
            # "Omtatah, on Monday, June 5, claimed", "Awan, in her written apology, stated":
            # where and when, between the subject and its verb.
            further, apposition = _skip_apposition(toks, c + 1, floor, text)
            return (c, None) if further == c + 1 else (further, apposition)
        first = inner[0][0]
        party = len(inner) == 1 or len(inner) == 2 and inner[1][0] == "."  # "D-Mich."
        if party and first[:1].isupper() and _full_name_before(toks, c, floor, text):
            # "Andrew Bowie, Conservative, said", "Ted Cruz, R-Texas, said": a party
            return c, None
        if first.lower() in BE_FORMS or first.lower() in AUXILIARIES:
            return k, None  # "…, were treated for wounds, said X": a predicate, not an aside
        if first.lower() in CLAUSE_CONJUNCTIONS:
            return k, None  # "…, but the labour environment was a concern, said X": a clause
        named = classify(inner, text) if first.lower() == "the" else None
        if _is_full_name(named, honorific=True):
            # "…, the Archbishop of York, the Most Revd Stephen Cottrell, said": the name
            # in commas after the title is who speaks, and the title is his
            span = noun_phrase_before(toks, c, floor, text)
            title = classify(toks[span[0] : span[1]], text) if span else None
            if title is None or title.kind != "title":
                return c + 1, named
            named.role, named.role_words = title.role, title.role_words
            return span[0], named
        # ", Oman's minister of state for foreign affairs,"
        owned = possessive_word(first) and len(inner) > 1 and inner[1][0][:1].islower()
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
        if not (first[:1].islower() or first.lower() in DETERMINERS or owned or job or office):
            return k, None
        if any(lex.cue_re.fullmatch(t[0]) for t in inner):
            return k, None
        apposition = None
        if first.lower() in DETERMINERS or first.lower() in lex.titles:
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
#: Most tokens of a relative clause left without its closing comma before the cue.
MAX_UNCLOSED_RELATIVE = 10
#: Words opening a clause joined to the statement, never an aside about the speaker.
CLAUSE_CONJUNCTIONS = frozenset({"but", "and", "or", "yet", "so", "whereas", "although"})


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


def adjunct_aside(inner: list[Token]) -> bool:
    """ "in her written apology", "on Monday", "June 5": a phrase of place or time."""
    words = [t[0] for t in inner]
    if words[0].lower() in PP_STARTERS:
        return trailing_adjunct(words)
    if all(w[:1].isupper() for w in words) and (
        fold(words[-1]) in PLACE_HEADS or is_country(" ".join(words))
    ):
        return True  # "during her visit to Kitale, Trans Nzoia County, on Thursday"
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
    described = not all(t[0][:1].isupper() or is_particle(t[0]) for t in inner)
    if described and any(
        t[0].lower() in lex.prepositions or t[0].lower() in DETERMINERS for t in inner
    ):
        return None  # "a lecturer at the University of Liverpool": an apposition, not a name
    mention = classify(inner, text)
    if described and (mention is None or mention.kind != "name"):
        n = len(inner)
        while n > 0 and (inner[n - 1][0][:1].isupper() or is_particle(inner[n - 1][0])):
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
    if len(mention.name_tokens) == 1 and head and _is_full_name(classify(head, text)):
        return None  # "MP Andrew Bowie, Conservative, said": his party, not another name
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
def clause_links() -> frozenset[str]:
    """Words after a quotation that start a new clause rather than its attribution."""
    return lexicon().contrast_links | {"and", "but", "as", "whereas"}


def _relation_phrase(words: list[str]) -> bool:
    """ "His daughter", "Zuma's widow", "her lawyer": a person by a tie or a job."""
    first = words[0]
    owned = first.lower() in POSSESSIVE_WORDS or possessive_word(first)
    if owned and 1 < len(words) <= 6 and all(w.islower() for w in words[1:]):
        return True  # "Ukraine's human rights ombudsman, Dmytro Lubinets, said"
    if len(words) > 4 or words[-1].lower() not in _person_nouns():
        return False
    return owned or first.lower() in DETERMINERS


def is_particle(word: str) -> bool:
    return word.lower() in lexicon().particles


def _abbreviation_dot(toks: list[Token], c: int) -> bool:
    """Whether the dot at token ``c`` closes an abbreviation such as "U.S." or "Gen."."""
    word = toks[c - 1][0]
    return toks[c - 1][2] == toks[c][1] and (
        "." in word
        or word.lower() in lexicon().abbreviations_inner
        or PARTY_STATE_RE.fullmatch(word) is not None  # "Gary Peters, D-Mich., said"
    )


#: A US legislator's party and state: "D-Mich", "R-Texas".
PARTY_STATE_RE = re.compile(r"[A-Z]-[A-Z][A-Za-z]+")


def they_for_organisation(state: State, mention: Mention) -> bool:
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


def possessive_word(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'")) and len(word) > 2


def _expanded_acronym(
    state: State, toks: list[Token], paren: int, floor: int
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


def register_acronyms(state: State, toks: list[Token]) -> None:
    """ "… Care Excellence (Nice) …": later mentions of "Nice" are that organisation."""
    for n in range(1, len(toks) - 2):
        if toks[n][0] == "(":
            _expanded_acronym(state, toks, n, 0)


def _acronym_before(
    state: State, toks: list[Token], k: int, floor: int
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
    if (
        i - 2 >= floor
        and toks[i - 1][0].lower() in {"of", "at"}
        and toks[i - 2][0].lower() in lexicon().titles
    ):
        return None  # "The director of the IAEA said": its officer, not the body
    mention = Mention(
        "organisation", start, end, state.text[start:end], name=word, name_tokens=(word,)
    )
    return mention, i


def acronym_after(state: State, toks: list[Token], k: int, limit: int) -> Mention | None:
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


def subject_before(
    state: State, toks: list[Token], k: int, floor: int
) -> tuple[Mention | None, int]:
    """The speaker mention ending before token ``k`` and the index where it starts."""
    text = state.text
    k = skip_adverbs_back(toks, k, floor)
    k = _skip_dashed_aside(toks, k, floor)
    if k - 1 >= floor and toks[k - 1][0].lower() in BE_FORMS:
        if not toks[k][0].endswith("ing"):
            return None, k  # passive: "was told", "is described"
        k = skip_adverbs_back(toks, k - 1, floor)  # progressive: "he is warning that …"
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
    if apposition is not None and apposition.kind == "name":
        return apposition, k2
    if (
        apposition is not None
        and toks[floor][0].endswith("ing")
        and toks[floor][0][:1].isupper()
        and not any(t[0] == "," for t in toks[floor:k2])
    ):
        # "Speaking at the fair, the NCC's Executive Vice-Chairman, explained": the fronted
        # participle's clause ends at the first comma; the title after it is the subject
        return apposition, k2 + 1
    k2 = _skip_parenthesis_back(toks, k2, floor)
    span = noun_phrase_before(toks, k2, floor, text)
    if span is None:
        return (
            _relative_aside_subject(state, toks, k, floor)
            or _person_of_body(state, toks, k2, floor)
            or _name_and_company(state, toks, k2, floor)
            or _subject_before_stray_comma(state, toks, k, floor)
            or _name_before_unclosed_office(toks, k, floor, text)
            or _named_before_relative(toks, k2, floor, text)
            or (None, k)
        )
    i, j = span
    run = toks[i:j]
    mention = classify(run, text)
    unknown_word = (  # "…, Labour, Youth and Disabled said": a word of the office
        mention is not None
        and mention.kind == "name"
        and len(mention.name_tokens) == 1
        and not _person_named(state, mention)
    )
    if mention is None or mention.kind in {"organisation", "title"} or unknown_word:
        named = _name_before_unclosed_office(toks, k, floor, text)
        if named is not None:
            return named
    if mention is None or mention.kind == "organisation" or unknown_word:
        named = _person_of_body(state, toks, j, floor) or _name_and_company(state, toks, j, floor)
        if named is not None:
            return named
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
    relative = _relative_subject_without_commas(toks, i, floor, text)
    if relative is not None:
        return relative
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
    if mention is not None and mention.kind in {"organisation", "group"}:
        # "Ikpeba, who is a member of the committee said": the committee is in the clause
        who = next(
            (
                n
                for n in range(i - 1, max(floor + 1, i - MAX_UNCLOSED_RELATIVE) - 1, -1)
                if toks[n][0].lower() == "who" and toks[n - 1][0] == ","
            ),
            None,
        )
        if who is not None and not any(t[0] == "," for t in toks[who + 1 : i]):
            named = _person_before(state, toks, who - 1, floor, surname_known=False)
            if named is not None:
                return named
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
        and cue_form(toks[n - 1][0]) is None
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
            # "al-Naimi --", "The farmer representative – who is …"
            if first[:1].islower() and (
                any(c.isupper() for c in before) or before.lower() in lexicon().title_heads
            ):
                return n
            return k
    return k


def inverted_person_after(
    state: State,
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


def _person_named(state: State, mention: Mention) -> bool:
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
    skippable = AUXILIARIES | lex.adverbs
    x = i - 1
    while (
        x - 1 > floor
        and i - x < MAX_PHRASE_TOKENS
        and toks[x - 1][0].isalpha()
        and toks[x - 1][0].islower()
    ):
        x -= 1
    while x < i - 1 and toks[x][0].lower() in skippable:
        x += 1  # "Atiku had in a statement posted on X said"
    if toks[x][0].lower() not in lex.prepositions:
        return None
    while x - 1 > floor and toks[x - 1][0].lower() in skippable:
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


#: Most tokens of an office after a name whose closing comma is missing.
MAX_OFFICE_TOKENS = 30


def _name_before_unclosed_office(
    toks: list[Token], k: int, floor: int, text: str
) -> tuple[Mention, int] | None:
    """ "Kaisa Kosonen, Head of the Greenpeace delegation said:", "Yuan Ying, Chief
    Representative, Greenpeace East Asia said:": the press-release style, an office after
    the name that opens the sentence, with no comma to close it."""
    lex = lexicon()
    office = False
    for c in range(k - 1, max(floor, k - MAX_OFFICE_TOKENS) - 1, -1):
        word = toks[c][0]
        if word in {".", ";", ":"} or word in QUOTE_CHARS:
            return None
        if word != ",":
            low = word.lower()
            if word.islower() and (finite_verb(word) or low in RELATIVE_STARTS or low == "that"):
                return None
            office = office or low in lex.title_heads
            continue
        span = noun_phrase_before(toks, c, floor, text)
        if span is None:
            continue
        # the name opens the sentence, or follows a fronted phrase: "On her part, Ms …"
        fronted = (
            span[0] - 1 > floor
            and toks[span[0] - 1][0] == ","
            and toks[floor][0].lower() in PP_STARTERS | lex.prepositions
        )
        if span[0] != floor and not fronted:
            continue
        mention = classify(toks[span[0] : span[1]], text)
        if office and _is_full_name(mention, honorific=True):
            return mention, span[0]
    return None


def _subject_before_stray_comma(
    state: State, toks: list[Token], k: int, floor: int
) -> tuple[Mention, int] | None:
    """ "On Tuesday, Sheikh Naim Qassem, said, …": a full name, or the surname of someone
    named before ("Speaking in Idowa, Abiodun, explained"), then a stray comma."""
    text = state.text
    if k - 1 <= floor or toks[k - 1][0] != ",":
        return None
    span = noun_phrase_before(toks, k - 1, floor, text)
    if span is None or span[0] > floor and toks[span[0] - 1][0] != ",":
        return None
    mention = classify(toks[span[0] : span[1]], text)
    # "…, Mr Udimisor, told newsmen": an honorific marks a person too
    if _is_full_name(mention, honorific=True):
        return mention, span[0]
    if mention is not None and mention.kind == "name" and span[0] > floor:
        if state.cast.knows_person(mention.name_tokens):
            return mention, span[0]
    return None


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
    state: State, toks: list[Token], body: Mention, at: int, floor: int
) -> tuple[Mention, int] | None:
    """ "Ibrahim Farinloye of the National Emergency Management Agency (NEMA)": the
    person before "of (the)" an organisation speaks, not the organisation."""
    j = at
    if j - 1 >= floor and toks[j - 1][0].lower() == "the":
        j -= 1
    if j - 1 < floor or toks[j - 1][0] != "of" or body.kind != "organisation":
        return None
    return _person_before(state, toks, j - 1, floor, surname_known=False)


def _name_and_company(
    state: State, toks: list[Token], k: int, floor: int
) -> tuple[Mention, int] | None:
    """ "Odinga and his coalition said": the person named, speaking with their people."""
    j = k
    while j - 1 >= floor and k - j < 3 and toks[j - 1][0].isalpha() and toks[j - 1][0].islower():
        j -= 1
        if toks[j][0] in {"his", "her", "their"}:
            break
    if j == k or toks[j][0] not in {"his", "her", "their"}:
        return None
    if j - 1 <= floor or toks[j - 1][0] != "and":
        return None
    named = _person_before(state, toks, j - 1, floor)
    if named is None or not _person_named(state, named[0]):
        return None
    return named


def _person_before(
    state: State, toks: list[Token], at: int, floor: int, *, surname_known: bool = True
) -> tuple[Mention, int] | None:
    """The person named by the noun phrase ending before token ``at``, and where it starts.

    A name of one word counts only for someone already in the article (or with a known
    given name) unless ``surname_known`` is False.
    """
    span = noun_phrase_before(toks, at, floor, state.text)
    person = classify(toks[span[0] : span[1]], state.text) if span else None
    if person is None or person.kind != "name":
        return None
    if surname_known and len(person.name_tokens) < 2 and not _person_named(state, person):
        return None
    return person, span[0]


#: Most words of the body a person belongs to: "of the anti-corruption squad CIB".
MAX_BODY_TOKENS = 7


def _person_of_body(
    state: State, toks: list[Token], k: int, floor: int
) -> tuple[Mention, int] | None:
    """ "Shaun Sawyer of the anti-corruption squad CIB said": the person named before
    "of" and the body they belong to speaks, not the body."""
    j = k
    while j - 1 >= floor and k - j < MAX_BODY_TOKENS:
        word = toks[j - 1][0]
        if word == "of":
            break
        if not (word.isalpha() or "-" in word or word in {"’", "'"}):
            return None
        j -= 1
    if j - 1 < floor or toks[j - 1][0] != "of" or j == k:
        return None
    return _person_before(state, toks, j - 1, floor)


#: Longest relative clause skipped between a speaker and the cue.
MAX_RELATIVE_TOKENS = 30


def _relative_aside_subject(
    state: State, toks: list[Token], k: int, floor: int
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


def _relative_subject_without_commas(
    toks: list[Token], i: int, floor: int, text: str
) -> tuple[Mention, int] | None:
    """ "The army chief who spoke to journalists after meeting President Buhari said …": the
    name before the cue sits in a relative clause; its head is the speaker."""
    for w in range(i - 1, max(floor, i - MAX_RELATIVE_TOKENS) - 1, -1):
        word = toks[w][0]
        if word in {",", ".", ";", ":"} or word in QUOTE_CHARS:
            return None
        if word.lower() != "who":
            continue
        span = noun_phrase_before(toks, w, floor, text)
        head = classify(toks[span[0] : span[1]], text) if span else None
        if head is None or head.kind not in {"name", "title"}:
            return None
        return head, span[0]
    return None


def _named_before_relative(
    toks: list[Token], i: int, floor: int, text: str
) -> tuple[Mention, int] | None:
    """ "Dr. Halilu Shaba who made the disclosure said": a full name or a title before a
    relative clause with no commas; "Neighbors who live nearby said" names nobody."""
    found = _relative_subject_without_commas(toks, i, floor, text)
    if found is None or found[0].kind == "name" and len(found[0].name_tokens) < 2:
        return None
    return found


MAX_THAT_DISTANCE = 25
TIME_CLAUSE_LEADS = frozenset({"after", "before", "since", "following"})


def _listener_only(between: list[Token], form: CueForm) -> bool:
    """ "told leaders, including the presidents of Belarus and India, that …": a long list of
    listeners with no verb of its own before "that"."""
    return form.obj == "tell" and not any(plain_verb(t[0]) for t in between)


def skip_to_content(
    text: str, toks: list[Token], j: int, limit: int, form: CueForm
) -> tuple[int, bool]:
    """Token index where the reported statement starts after a cue, and whether "that" led it."""
    lex = lexicon()
    window = toks[j : min(limit, j + MAX_THAT_DISTANCE)]
    titled = False  # an adjunct naming something in quotation marks reaches further
    # "told CNBC a day after Trump announced new tariffs that …": a time clause reaches further
    timed = any(t[0].lower() in TIME_CLAUSE_LEADS for t in window[:6])
    for n, tok in enumerate(window):
        word = tok[0]
        if n >= 14 and not titled and not timed and not _listener_only(window[:n], form):
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


#: Longest adjunct after a final attribution ("…, Woo said at the X Show in Las Vegas.").
MAX_TRAILING_ADJUNCT = 16


def trailing_adjunct(words: list[str]) -> bool:
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
    # "on Thursday (May 31)": "may" before a number is the month, not the verb
    clause = [
        w
        for n, w in enumerate(low)
        if not (n + 1 < len(low) and low[n + 1].isdigit() and w in lexicon().months)
    ]
    return (
        0 < len(low) <= MAX_TRAILING_ADJUNCT
        and (low[0] in PP_STARTERS or low[0] in TIME_WORDS or bool(dated))
        and not any(w in CLAUSE_WORDS for w in clause)
    )
