"""Noun phrases read from tokens: the name, title or body that ends right before a cue
("… said Iranian President Ebrahim Raisi"), or starts right after one, with the offices,
department lists and acronyms that may sit inside them."""

from __future__ import annotations

import unicodedata

from .lexicon import lexicon
from .speakers import (
    ACRONYM_RE,
    CONNECTORS,
    DETERMINERS,
    POSSESSIVES,
    WEEKDAYS,
    Token,
    bare,
    given_name_before,
    has_given_name,
    head_word,
    is_capitalised,
    is_country,
    is_description,
    is_name_particle,
    possessive,
)


def noun_phrase_before(
    toks: list[Token], end: int, floor: int, text: str
) -> tuple[int, int] | None:
    """Token range [i, end) of the noun phrase ending right before token ``end``."""
    lex = lexicon()
    k = end - 1
    if k < floor:
        return None
    first = toks[k][0]
    lower = bare(first)
    if lower in lex.pronouns or lower in lex.unnamed_groups:
        return (k, end)
    if not (
        is_capitalised(first)
        or "-" in lower
        and is_name_particle(lower)
        or is_description(lower)
        and k - 1 >= floor
        and bare(toks[k - 1][0]) == "the"
        or lower in lex.title_heads
        or lower in lex.organisation_words
        or first == "."
    ):
        return None
    i = k
    while i - 1 >= floor:
        word = toks[i - 1][0]
        low = bare(word)
        nxt = toks[i][0]
        if word in {"'", "’"} and i - 2 >= floor and toks[i - 2][0].endswith("s"):
            # "Supporters' Trust": a plural possessive inside a name.
            if is_capitalised(toks[i - 2][0]) and toks[i - 2][2] == toks[i - 1][1]:
                i -= 2
                continue
            break
        if (
            word == ")"
            and i - 3 >= floor
            and toks[i - 3][0] == "("
            and ACRONYM_RE.fullmatch(toks[i - 2][0])
            and is_capitalised(toks[i - 4][0] if i - 4 >= floor else "")
        ):
            i -= 3  # "the Guard Corps (IRGC) Navy": an acronym in brackets inside a name
            continue
        if word == ".":
            # "U.S." and "Mr." split into a word and a dot.
            if i - 2 >= floor and is_capitalised(toks[i - 2][0]) and len(toks[i - 2][0]) <= 4:
                i -= 1
                continue
            break
        if low in POSSESSIVES - {"my", "your", "our"} and any(
            bare(t[0]) in lex.titles for t in toks[i:end]
        ):
            i -= 1  # "…, its chief executive said": the owner's officer
            break
        if low in DETERMINERS:
            i -= 1
            # "the Leader of the Revolution": the article inside an of-phrase does not end it.
            if (
                i - 2 >= floor
                and bare(toks[i - 1][0]) in {"of", "for"}
                and (is_capitalised(toks[i - 2][0]) or bare(toks[i - 2][0]) in lex.titles)
            ):
                i -= 1
                continue
            break
        if possessive(word) is not None:
            i -= 1
            if is_capitalised(word):
                # "Saudi Arabia's Foreign Minister": a country of two or three words.
                owner = [possessive(word) or word]
                for n in range(i - 1, max(floor, i - 2) - 1, -1):
                    owner.insert(0, toks[n][0])
                    if is_country(" ".join(owner)):
                        i = n
                break
            continue
        if is_capitalised(word) and (
            low not in lex.not_names
            or given_name_before(word, nxt, toks[i - 2][0] if i - 2 >= floor else None)
        ):
            i -= 1
            continue
        if low in lex.honorifics or low in lex.titles or is_name_particle(low):
            i -= 1
            continue
        envoy = (
            low == "to" and i - 2 >= floor and head_word(bare(toks[i - 2][0])) in lex.title_heads
        )
        # "the Minister of Trade and Industry": "and" inside a department's name
        department = (
            low == "and"
            and i - 3 >= floor
            # "Minister of Communications, Innovation, and Digital Economy": a serial comma
            and (is_capitalised(toks[i - 2][0]) or toks[i - 2][0] == ",")
            # "Minister of Families, Children and Social Development": a list
            and _office_of(toks, max(floor, i - 9), i - 1)
        )
        if department and is_capitalised(nxt):
            i = department
            continue
        if low == "and" and is_capitalised(nxt) and _office_and_name_after(toks, i, end):
            listed = _department_list_before(toks, i - 1, floor)
            if listed < i - 1:
                i = listed  # "Law, Justice and Parliamentary Affairs Minister Anisul Huq"
                continue
        if (low in CONNECTORS - {"and"} or envoy) and is_capitalised(nxt):
            i -= 1
            continue
        if (
            word.islower()
            and low in lex.generic_organisation_nouns
            and is_capitalised(nxt)
            and i - 2 >= floor
            and (bare(toks[i - 2][0]) in DETERMINERS or toks[i - 2][0].islower())
        ):
            i -= 1  # "the energy regulator Ofgem", "the Russian company Gazprom": the body's noun
            continue
        if (
            word.isalpha()
            and word.islower()
            and i - 2 >= floor
            and (bare(toks[i - 2][0]) in DETERMINERS or toks[i - 2][0] in lex.titles)
            and (bare(nxt) in lex.title_heads or bare(nxt) in lex.organisation_words)
        ):
            i -= 1  # "the law minister", "the top canal official": a department before the title
            continue
        if is_capitalised(word) and low in lex.not_names and low in DETERMINERS | {"this"}:
            i -= 1
            break
        break
    # Leading connectors or sentence-initial capitalised function words are not part of it.
    while i < k and (
        bare(toks[i][0]) in CONNECTORS - DETERMINERS
        or (
            bare(toks[i][0]) in lex.not_names
            and bare(toks[i][0]) not in DETERMINERS | POSSESSIVES
            and not (
                i + 1 < end
                and given_name_before(
                    toks[i][0], toks[i + 1][0], toks[i - 1][0] if i - 1 >= floor else None
                )
            )
        )
    ):
        i += 1
    return (i, end)


ACRONYM_LINKS = CONNECTORS | {"&", "on", "in"}


def _initials(word: str) -> str:
    """Lower-case initials of a word's capitalised hyphen-parts: "Tehreek-e-Insaf" -> "ti"."""
    parts = [p for p in word.split("-") if p]
    return "".join(_strip_accents(p[0]).lower() for p in parts if is_capitalised(p))


def _strip_accents(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() or text


def acronym_expansion(toks: list[Token], end: int, floor: int, acronym: str) -> int | None:
    """Start of the name that ``acronym`` abbreviates, ending right before token ``end``.

    "National Institute for Health and Care Excellence (Nice)": the acronym's letters are
    initials of the capitalised words in order, from the first word to the last; linking
    words and one unlettered word ("Health") may sit between them. A hyphenated word gives
    the initials of its capitalised parts ("Pakistan Tehreek-e-Insaf (PTI)") or its first.
    """
    if not ACRONYM_RE.fullmatch(acronym) or end - 1 < floor:
        return None
    letters = acronym.lower()
    if not is_capitalised(toks[end - 1][0]):
        return None
    p = len(letters)  # letters[:p] are still to be matched
    skipped = 0
    i = end - 1
    while i >= floor and i >= end - 12:
        word = toks[i][0]
        initials = _initials(word) if is_capitalised(word) else ""
        if initials and p >= len(initials) and letters[p - len(initials) : p] == initials:
            p -= len(initials)
        elif initials and letters[p - 1] == initials[0]:
            p -= 1
        elif i == end - 1:
            return None  # the name ends with the acronym's last letter
        elif initials and skipped == 0:
            skipped += 1
        elif bare(word) not in ACRONYM_LINKS:
            return None
        if p == 0:
            return i
        i -= 1
    return None


def noun_phrase_after(toks: list[Token], begin: int, limit: int) -> tuple[int, int] | None:
    """Token range of a noun phrase starting at ``begin``: "the minister", "Smith", "him"."""
    lex = lexicon()
    if begin >= limit:
        return None
    first = bare(toks[begin][0])
    if first in lex.pronouns or first in {"him", "her"}:
        return (begin, begin + 1)
    j = begin
    seen_word = False
    while j < limit:
        word = toks[j][0]
        low = bare(word)
        if (
            word == "."
            and j > begin
            and len(toks[j - 1][0]) <= 4
            and is_capitalised(toks[j - 1][0])
        ):
            j += 1
            continue
        if low in DETERMINERS and (not seen_word or bare(toks[j - 1][0]) in CONNECTORS):
            j += 1  # "the minister", "a spokesperson for the governor"
            continue
        if (
            is_capitalised(word)
            or low in lex.titles
            or low in lex.honorifics
            or is_name_particle(low)
        ):
            seen_word = True
            j += 1
            continue
        if possessive(word) is not None:
            j += 1
            continue
        if (
            j > begin
            and bare(toks[j - 1][0]) in DETERMINERS
            and word.isalpha()
            and word.islower()
            and _title_head_follows(toks, j + 1, limit)
        ):
            j += 1  # "the agriculture chief": a department before the title
            continue
        if (
            word in {"’", "'"}
            and j > begin
            and toks[j - 1][0].endswith("s")
            and j + 1 < limit
            and is_capitalised(toks[j + 1][0])
        ):
            j += 1  # "Ontario Nurses’ Association": a plural possessive inside a name
            continue
        envoy = low == "to" and j > begin and head_word(bare(toks[j - 1][0])) in lex.title_heads
        if (
            (low in CONNECTORS - {"and"} or envoy)
            and j + 1 < limit
            and (is_capitalised(toks[j + 1][0]) or bare(toks[j + 1][0]) in DETERMINERS)
        ):
            j += 1
            continue
        if (
            low == "and"
            and seen_word
            and not _named_holder(toks, begin, j)
            and (
                _office_and_name_after(toks, j + 1, limit)
                or _department_and_name_after(toks, begin, j, limit)
            )
        ):
            j += 1  # "Health and Social Care Secretary Ana Ruiz": "and" inside an office
            continue
        if (
            word == ","
            and _office_of(toks, begin, j) is not None
            and _department_list_after(toks, j + 1, limit)
        ):
            j += 1  # "Minister for Posts, Telecommunications and Information Technology"
            continue
        break
    if not seen_word:
        return None
    return (begin, j)


def _named_holder(toks: list[Token], begin: int, at: int) -> bool:
    """Whether a title and a name come between ``begin`` and ``at``: an "and" after them
    joins a second person ("Law Minister Ana Ruiz and Finance Minister Tom Hale")."""
    lex = lexicon()
    return any(
        bare(toks[n][0]) in lex.title_heads
        and is_capitalised(toks[n + 1][0])
        and bare(toks[n + 1][0]) not in lex.titles
        for n in range(begin, at - 1)
    )


#: A department in a list of them has at most this many words.
MAX_DEPARTMENT_WORDS = 3


def _department_item(toks: list[Token], begin: int, end: int) -> bool:
    """Whether tokens [begin, end) can be one department of a list: a few capitalised words,
    none a month, a weekday or a given name ("Posts", "Parliamentary Affairs")."""
    words = tuple(t[0] for t in toks[begin:end])
    return (
        0 < len(words) <= MAX_DEPARTMENT_WORDS
        and all(is_capitalised(w) and w.isalpha() for w in words)
        and not any(bare(w) in lexicon().months or bare(w) in WEEKDAYS for w in words)
        and not any(has_given_name(words[n:]) for n in range(len(words)))
    )


def _department_list_after(toks: list[Token], begin: int, limit: int) -> bool:
    """Whether departments separated by commas start at ``begin`` and end with "and" and
    one more: "Telecommunications and Information Technology", "Innovation, and Digital"."""
    j = begin
    while j < limit:
        run = j
        while run < limit and is_capitalised(toks[run][0]):
            run += 1
        if run > j and not _department_item(toks, j, run):
            return False
        if run < limit and toks[run][0] == "," and run > j:
            j = run + 1
            continue
        return (
            run < limit
            and bare(toks[run][0]) in {"and", "&"}
            and (run + 1 < limit and is_capitalised(toks[run + 1][0]))
        )
    return False


def _department_list_before(toks: list[Token], at: int, floor: int) -> int:
    """Where a list of departments ending at the "and" at ``at`` begins ("Law, Justice and
    …"), or ``at`` when no department comes before it. A capitalised word after anything but
    a comma, a determiner or the start is not in the list ("next September, Law, …")."""
    i = at - 1 if at - 1 >= floor and toks[at - 1][0] == "," else at
    start = at
    while True:
        run = i
        while (
            run - 1 >= floor and is_capitalised(toks[run - 1][0]) and i - run < MAX_DEPARTMENT_WORDS
        ):
            run -= 1
        if run == i or not _department_item(toks, run, i):
            return start
        before = toks[run - 1][0] if run - 1 >= floor else None
        if before is None or bare(before) in DETERMINERS:
            return run
        if before != ",":
            return start
        start, i = run, run - 1


def _office_of(toks: list[Token], begin: int, at: int) -> int | None:
    """The index of an office's "of" or "for" between ``begin`` and ``at`` with only
    department words after it ("Minister of Finance, …"), or None."""
    lex = lexicon()
    for n in range(begin, at - 1):
        head = bare(toks[n][0])
        if (
            head in lex.title_heads
            and head not in lex.organisation_words
            and bare(toks[n + 1][0]) in {"of", "for"}
            and all(is_capitalised(t[0]) or t[0] == "," for t in toks[n + 2 : at])
        ):
            return n + 1
    return None


def _title_head_follows(toks: list[Token], j: int, limit: int) -> bool:
    """Whether a title head comes next, maybe after one more lower-case word."""
    heads = lexicon().title_heads
    for n in range(j, min(j + 2, limit)):
        word = toks[n][0]
        if bare(word) in heads:
            return True
        if not (word.isalpha() and word.islower()) or bare(word) in DETERMINERS:
            return False
    return False


def _office_and_name_after(toks: list[Token], begin: int, limit: int) -> bool:
    """Whether capitalised words from ``begin`` reach a title followed by a name ("International
    Trade Minister Malik Samarawickrama"), so an "and" before them joins an office's words.

    After an office ("PTI chairman and former prime minister Imran Khan") the second office
    may be written in lower case.
    """
    lex = lexicon()
    after_office = begin >= 2 and head_word(bare(toks[begin - 2][0])) in lex.title_heads
    j = begin
    while j < limit and (
        is_capitalised(toks[j][0])
        or after_office
        and (bare(toks[j][0]) in lex.titles or bare(toks[j][0]) in lex.office_modifiers)
    ):
        if bare(toks[j][0]) in lex.title_heads:
            return j + 1 < limit and is_capitalised(toks[j + 1][0])
        j += 1
    return False


def _department_and_name_after(toks: list[Token], begin: int, at: int, limit: int) -> bool:
    """Whether the "and" at ``at`` joins a department's words after "Minister of", with a
    name after them: "Minister of Information and Broadcasting Anurag Thakur"."""
    listed = _office_of(toks, begin, at)
    if listed is not None and any(t[0] == "," for t in toks[listed:at]):
        return True  # "Minister of Communications, Innovation, and Digital Economy"
    heads = lexicon().title_heads
    office = any(bare(toks[n][0]) in heads and toks[n + 1][0] == "of" for n in range(begin, at - 1))
    run = 0
    while at + 1 + run < limit and is_capitalised(toks[at + 1 + run][0]):
        run += 1
    return office and run >= 3
