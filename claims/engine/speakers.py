"""Speaker noun phrases: a mention parsed into its role part and its name part.

A mention ("Iranian President Seyyed Ebrahim Raisi", "the president", "He") is parsed into a
role part and a name part; ``cast`` keeps the people and organisations they stand for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import lexicon

Token = tuple[str, int, int]
CONNECTORS = frozenset({"of", "the", "for", "and"})
DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "your"})
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip(".")


@lru_cache(maxsize=65536)
def bare(word: str) -> str:
    return word.lower().replace(".", "")


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


AGE_RE = re.compile(r"\d{1,3}-year-old")
#: An acronym as written: "IRGC", "NNPC", "Fed".
ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]{1,7}")


def given_name_before(word: str, nxt: str, prev: str | None) -> bool:
    """ "Jan Brown", "May Lee": a month that opens a name before a capitalised word.

    Only when no preposition or number comes before it ("in May Smith said").
    """
    lex = lexicon()
    low = bare(word)
    if low not in lex.ambiguous_given_names or not is_capitalised(word):
        return False
    after = bare(nxt)
    if not is_capitalised(nxt) or after in lex.not_names or after in lex.titles:
        return False
    return prev is None or not (bare(prev) in lex.prepositions or prev[:1].isdigit())


def _name_after_body(words: list[str]) -> int | None:
    """Index of a name of two or three capitalised words after a body's last organisation
    word ("Cricket Council Shashank Manohar"), or None."""
    lex = lexicon()
    last = max((m for m, w in enumerate(words) if bare(w) in lex.organisation_words), default=None)
    if last is None:
        return None
    rest = words[last + 1 :]
    if not 2 <= len(rest) <= 3 or not all(is_capitalised(w) for w in rest):
        return None
    if any(bare(w) in lex.organisation_words or bare(w) in lex.not_names for w in rest):
        return None
    if any(ACRONYM_RE.fullmatch(w) and w.isupper() for w in rest):
        return None
    return last + 1


def is_description(low: str) -> bool:
    """ "striker", "45-year-old": what "the …" calls the person in view."""
    return low in lexicon().descriptions or AGE_RE.fullmatch(low) is not None


#: Most words between "the" and a description: "the veteran Texas Republican".
MAX_EPITHET_WORDS = 4


def _is_epithet(words: list[str], lowers: list[str]) -> bool:
    """ "the striker", "the 45-year-old", "the Massachusetts Democrat", "the former Dutchman"."""
    if not 2 <= len(words) <= MAX_EPITHET_WORDS or lowers[0] != "the":
        return False
    if not is_description(lowers[-1]):
        return False
    return all(
        is_capitalised(w) or low == "former" or is_description(low)
        for w, low in zip(words[1:-1], lowers[1:-1], strict=True)
    )


def head_word(low: str) -> str:
    """The head of a title word, abbreviations spelt out: "sen" -> "senator", "cj" -> "justice"."""
    full = lexicon().title_abbreviations.get(low)
    return full.split()[-1] if full else low


NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine"})


def epithet_after(tokens: list[Token], k: int, limit: int) -> tuple[int, int] | None:
    """ "the 54-year-old mother of three" after an inverted cue: the span of a description
    that stands for the person in view, or None."""
    if k >= limit or tokens[k][0].lower() != "the":
        return None
    found = None
    for end in range(k + 2, min(limit, k + MAX_EPITHET_WORDS) + 1):
        words = [t[0] for t in tokens[k:end]]
        if not all(w.isalnum() or "-" in w for w in words[1:]):
            break
        if _is_epithet(words, [bare(w) for w in words]):
            found = end
    if found is None:
        return None
    if (
        found + 1 < limit
        and tokens[found][0] == "of"
        and tokens[found + 1][0].lower() in NUMBER_WORDS
    ):
        found += 2  # "mother of three"
    return k, found


@lru_cache(maxsize=65536)
def is_name_particle(low: str) -> bool:
    """ "bin", "al", and joined forms such as "al-jubouri" or "el-sisi" (lower case, no dots)."""
    particles = lexicon().particles
    return low in particles or "-" in low and low.split("-", 1)[0] in particles


@lru_cache(maxsize=65536)
def with_synonyms(words: Iterable[str]) -> frozenset[str]:
    """Role words with the words of the post each one stands for ("premier": prime minister)."""
    synonyms = lexicon().title_synonyms
    out = set(words)
    for word in words:
        out |= synonyms.get(word, frozenset())
    return frozenset(out)


def role_country(role: str | None) -> str | None:
    """The country a canonical role ends with ("President of Kazakhstan"), else None."""
    if not role or " of " not in role:
        return None
    country = role.rsplit(" of ", 1)[1].lower()
    return country if country in lexicon().countries else None


def is_country(name: str) -> bool:
    countries = lexicon().countries
    low = " ".join(name.split()).lower()
    return low in countries or f"the {low}" in countries


@lru_cache(maxsize=1)
def _country_first_words() -> frozenset[str]:
    """First words of the countries of several words ("united" of "the United States")."""
    firsts = set()
    for country in lexicon().countries:
        words = country.split()
        if words[0] == "the":
            words = words[1:]
        if len(words) > 1:
            firsts.add(words[0])
    return frozenset(firsts)


def has_given_name(tokens: tuple[str, ...]) -> bool:
    """ "Kerry O'Connell": a full name opening with a common given name."""
    return 1 < len(tokens) <= 4 and fold(tokens[0]) in lexicon().first_names


def given_name_gender(tokens: tuple[str, ...]) -> str | None:
    """ "m" or "f" when the first of several name words is a given name borne by one sex."""
    return lexicon().first_names.get(fold(tokens[0])) if len(tokens) > 1 else None


def possessive(word: str) -> str | None:
    for ending in POSSESSIVE_ENDINGS[:2]:
        if word.endswith(ending) and len(word) > 2:
            return word[: -len(ending)]
    return None


@dataclass
class Mention:
    """A parsed speaker noun phrase."""

    kind: str  # "name" | "title" | "pronoun" | "organisation" | "group"
    start: int
    end: int
    text: str
    name: str | None = None  # the name part, without role words
    name_tokens: tuple[str, ...] = ()
    role_words: tuple[str, ...] = ()  # lower-case role words, nationalities folded to country
    role: str | None = None  # normalised role text
    gender: str | None = None


def _role_text(role_tokens: list[str]) -> tuple[str | None, tuple[str, ...]]:
    """("President of Iran", ("president", "iran")) for ["Iranian", "President"]."""
    lex = lexicon()
    country = None
    words: list[str] = []
    kept: list[str] = []
    for token in role_tokens:
        owner = possessive(token)
        lower = bare(owner or token)
        if lower in lex.nationalities or (owner and is_capitalised(owner)):
            if owner and country and country.endswith(f" {owner}"):
                continue  # "Saudi Arabia's": "Saudi" already gave the country
            country = lex.nationalities.get(lower, owner or token)
            words.extend(fold(w) for w in country.split() if w.lower() != "the")
            continue
        if lower in lex.honorifics and lower not in lex.title_heads or lower in POSSESSIVES:
            continue
        if lower in DETERMINERS and not kept:
            continue
        full = lex.title_abbreviations.get(lower)
        kept.append(full.title() if full else token)
        if lower not in CONNECTORS and lower not in DETERMINERS:
            words.extend(full.split() if full else [fold(lower)])
    while kept and bare(kept[-1]) in CONNECTORS:
        kept.pop()
    if (
        kept
        and bare(kept[-1]) in lex.gendered
        and bare(kept[-1]) in lex.title_heads
        and any(bare(w) in lex.title_heads for w in kept[:-1])
    ):
        # "Foreign Minister Prince Faisal": the rank before the name is not part of the office.
        words.remove(bare(kept.pop()))
    if not kept:
        return None, tuple(words)
    text = " ".join(
        w if is_capitalised(w) or bare(w) in CONNECTORS else w.capitalize() for w in kept
    )
    text = text.replace(" Of ", " of ").replace(" The ", " the ").replace(" To ", " to ")
    return canonical_role(text, country), tuple(words)


@lru_cache(maxsize=4096)
def canonical_role(office: str, country: str | None = None) -> str:
    """One name per office: "Iranian President", "President of Iran" and "Iran's president"
    all give "President of Iran"; "U.S. Secretary of State" gives "Secretary of State of the
    United States". The variants live in ``data/roles.json``; unknown offices keep their text.
    """
    lex = lexicon()
    lower = " ".join(office.split()).lower()
    if country is None:
        # "President of Iran", "Secretary of State of the United States"
        head, sep, tail = lower.rpartition(" of ")
        if sep and tail in lex.countries and head:
            country, lower, office = lex.countries[tail], head, office[: len(head)]
    canonical = lex.offices.get(lower)
    if canonical is None:
        canonical = office
    country = country or lex.implied_country.get(lower)
    if country and not canonical.endswith(f" of {country}"):
        canonical = f"{canonical} of {country}"
    return canonical


def role_of(words: list[str]) -> tuple[str | None, tuple[str, ...]]:
    """The normalised role of a title phrase ("The President of Iran") and its words."""
    return _role_text([w for w in words if w not in {".", "’", "'"}])


def title_apposition(tokens: list[Token], text: str) -> Mention | None:
    """A title in apposition: ", the U.S. Treasury Secretary," even when capitalised."""
    mention = classify(tokens, text)
    if mention is not None and mention.kind == "title":
        return mention
    words = [t[0] for t in tokens if t[0] not in {".", "’", "'"}]
    if not words or bare(words[-1]) not in lexicon().title_heads:
        return None
    role, role_words = _role_text(words)
    if role is None:
        return None
    start, end = tokens[0][1], tokens[-1][2]
    return Mention("title", start, end, text[start:end], role=role, role_words=role_words)


def _without_bracketed_acronyms(tokens: list[Token]) -> list[Token]:
    """ "the Guard Corps (IRGC) Navy" read without its "(IRGC)"; the mention keeps its span."""
    if len(tokens) < 4 or not any(t[0] == "(" for t in tokens[1:-2]):
        return tokens
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        if (
            0 < n < len(tokens) - 2
            and tokens[n][0] == "("
            and tokens[n + 2][0] == ")"
            and ACRONYM_RE.fullmatch(tokens[n + 1][0])
        ):
            n += 3
            continue
        out.append(tokens[n])
        n += 1
    return out


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Words of a time phrase that can open a sentence before a name: "Last Thursday Mr X".
OPENING_TIME_WORDS = frozenset(
    {"last", "this", "next", "on", "early", "late", "yesterday", "today"}
)


def _time_word(word: str) -> bool:
    low = bare(word)
    return low in OPENING_TIME_WORDS or low in WEEKDAYS


#: Sentence-opening words that can stand capitalised before a name.
LEADING_LINKS = frozenset({"but", "and", "yet", "so", "meanwhile", "however", "also", "then"})


def classify(tokens: list[Token], text: str) -> Mention | None:
    """Classify a noun phrase (tokens in order) as a name, title, organisation or pronoun."""
    tokens = _without_bracketed_acronyms(tokens)
    while len(tokens) > 1 and bare(tokens[0][0]) in LEADING_LINKS:
        tokens = tokens[1:]  # "But Mr Sarwar said": the conjunction opens the sentence
    while len(tokens) > 2 and _time_word(tokens[0][0]) and is_capitalised(tokens[1][0]):
        tokens = tokens[1:]  # "Last Thursday Mr Varadkar said": when, then who
    mention = _classify(tokens, text)
    if (mention is None or mention.kind == "organisation") and len(tokens) > 3:
        # "The Speaker of the National Assembly Kenneth Marende": a title, then the person.
        for n in (len(tokens) - 2, len(tokens) - 3):
            tail = tuple(t[0] for t in tokens[n:])
            if n > 1 and has_given_name(tail) and all(is_capitalised(w) for w in tail):
                person = _classify(tokens[n:], text)
                role = _classify(tokens[:n], text)
                if person is not None and person.kind == "name" and role is not None:
                    person.role = role.role
                    person.role_words = role.role_words
                    return person
    if (mention is None or mention.kind == "organisation") and len(tokens) > 2:
        # "Senator Tom Whitfield of Nebraska", "Dr Lisa Jackson of the Kaiser Institute":
        # the person, without the place or body they belong to.
        cut = next((n for n, t in enumerate(tokens) if n > 0 and t[0] == "of"), None)
        if cut is not None and all(
            is_capitalised(t[0]) or bare(t[0]) in CONNECTORS for t in tokens[cut + 1 :]
        ):
            before = _classify(tokens[:cut], text)
            honorific = bare(tokens[0][0]) in lexicon().honorifics
            if (
                before is not None
                and before.kind == "name"
                and (before.role or honorific or has_given_name(before.name_tokens))
            ):
                return before
    if mention is None and len(tokens) > 3:
        # "UAE State Minister for Foreign Affairs Dr Anwar Gargash": words before the title
        # that no rule reads; the titled name after them still is the person.
        for cut in range(1, len(tokens) - 2):
            rest = _classify(tokens[cut:], text)
            if (
                rest is not None
                and rest.kind == "name"
                and set(with_synonyms(rest.role_words)) & lexicon().title_heads
            ):
                return rest
    return mention


def _body_named_after_noun(words: list[str]) -> str | None:
    """The name in "the Russian company Gazprom", "the energy regulator Ofgem": capitalised
    words right after a lower-case noun for a body, with no title or given name among them."""
    lex = lexicon()
    at = max(
        (
            n
            for n, w in enumerate(words)
            if w.islower() and bare(w) in lex.generic_organisation_nouns
        ),
        default=None,
    )
    if at is None or at + 1 >= len(words):
        return None
    body = words[at + 1 :]
    if not all(is_capitalised(w) for w in body) or has_given_name(tuple(body)):
        return None
    if any(
        bare(w) in lex.titles or bare(w) in lex.honorifics or bare(w) in lex.title_abbreviations
        for w in body
    ):
        return None  # "the ruling party MP Tom Hale"
    return " ".join(body)


def _classify(tokens: list[Token], text: str) -> Mention | None:
    lex = lexicon()
    if not tokens:
        return None
    start, end = tokens[0][1], tokens[-1][2]
    surface = text[start:end]
    words = [t[0] for t in tokens]
    lowers = [bare(w) for w in words]
    if len(words) == 1 and lowers[0] in lex.pronouns:
        return Mention("pronoun", start, end, surface, gender=lex.pronouns[lowers[0]])
    if lowers[-1] in lex.unnamed_groups:
        return Mention("group", start, end, surface)
    if _is_epithet(words, lowers):
        # "the striker said", "the 45-year-old said", "the Massachusetts Democrat said": the
        # person in view, read like "he".
        return Mention("pronoun", start, end, surface, gender=lex.gendered.get(lowers[-1]))
    has_head = any(head_word(w) in lex.title_heads for w in lowers)
    # Role prefix: determiners, possessives, nationalities, honorifics and title words.
    i = 0
    gender = None
    while i < len(words):
        word, lower = words[i], lowers[i]
        if word in {".", "’", "'"}:
            i += 1
            continue
        owner = possessive(word)
        role_like = (
            lower in DETERMINERS
            or lower in POSSESSIVES
            and i == 0
            and len(words) > 1
            or owner is not None
            or lower in lex.nationalities
            or lower in lex.honorifics
            or lower in lex.titles
            or lower in lex.title_abbreviations
            or (lower in CONNECTORS and i > 0 and i + 1 < len(words))
            # "High Commissioner to Australia", "Ambassador to the UN": an envoy's post
            or (lower == "to" and i > 0 and head_word(lowers[i - 1]) in lex.title_heads)
        )
        if not role_like or lower in _country_first_words() and is_country(" ".join(lowers[i:])):
            break  # "the president of the United States": the country ends the role
        gender = gender or lex.gendered.get(lower)
        i += 1
    if any(not is_capitalised(w) and not is_name_particle(bare(w)) for w in words[i:]):
        # "Kremlin spokesman Dmitry Peskov": the name follows the last lower-case role word.
        last_role = max(
            (
                n
                for n in range(i, len(words))
                if bare(words[n]) in lex.titles and not is_capitalised(words[n])
            ),
            default=None,
        )
        if last_role is not None:
            i = last_role + 1
            while i < len(words) and (
                bare(words[i]) in lex.honorifics or bare(words[i]) in lex.title_abbreviations
            ):
                i += 1
    # "Fed Chair Marcus Hale", "Cal Fire Chief Luis Ortega": a capitalised title head inside
    # the run ends the role; the name is what follows it.
    for n in range(len(words) - 2, i - 1, -1):
        head = head_word(bare(words[n]))
        place = words[n + 2 :]
        if (
            head in lex.title_heads
            and lowers[n + 1] in {"of", "for"}
            and place
            and all(is_capitalised(w) for w in place)
            and not any(has_given_name(tuple(place[m:])) for m in range(len(place)))
            and not any(bare(w) in lex.honorifics for w in place)  # "… Affairs Dr Anwar Gargash"
        ):
            # "The SNP MP for Edinburgh East": an office and its place, nobody named
            role, role_words = _role_text([w for w in words if w not in {".", "’", "'"}])
            return Mention("title", start, end, surface, role=role, role_words=role_words)
        after = n + 2 if words[n + 1] == "." and n + 2 < len(words) else n + 1  # "Lt. Ann Roe"
        if head in lex.title_heads and is_capitalised(words[after]):
            rest = [bare(w) for w in words[n + 1 :]]
            if all(
                w not in lex.title_heads
                and (
                    w not in lex.not_names
                    or m + 1 < len(rest)
                    and given_name_before(words[n + 1 + m], words[n + 2 + m], words[n + m])
                )
                for m, w in enumerate(rest)
            ):
                i = n + 1
                while i < len(words) - 1 and bare(words[i]) in lex.honorifics:
                    i += 1
            break
    role_tokens = [w for w in words[:i] if w not in {".", "’", "'"}]
    name_part = [t for t in tokens[i:] if t[0] not in {".", "’", "'"}]
    named_body = _body_named_after_noun(words)
    if named_body is not None:
        # "the Russian company Gazprom", "the countryside charity CPRE": the body's name
        if has_head:
            # "The head of the Russian company Gazprom": its officer, nobody named
            role, role_words = _role_text([w for w in words if w not in {".", "’", "'"}])
            return Mention("title", start, end, surface, role=role, role_words=role_words)
        return Mention(
            "organisation", start, end, surface, name=named_body, name_tokens=(named_body,)
        )
    honorific_at = next(
        (
            n
            for n in range(1, len(name_part) - 1)
            if bare(name_part[n][0]) in lex.honorifics and is_capitalised(name_part[n + 1][0])
        ),
        None,
    )
    if honorific_at is not None and role_tokens:
        # "State Minister for Foreign Affairs Dr Anwar Gargash": the honorific opens the name
        role_tokens = role_tokens + [t[0] for t in name_part[:honorific_at]]
        name_part = name_part[honorific_at + 1 :]
        while len(name_part) > 2 and bare(name_part[0][0]) in lex.honorifics:
            name_part = name_part[1:]  # "Datuk Wira Zailan Hashim"
    if (
        lowers[0] in DETERMINERS
        and len(name_part) > 1
        and bare(name_part[-1][0]) in lex.post_nominals
        and bare(name_part[-1][0]) in lex.title_heads
    ):
        # "The Edinburgh East MP", "an SNP MP": an office and its place or party
        role, role_words = _role_text(words)
        return Mention("title", start, end, surface, role=role, role_words=role_words)
    # "Jane Roe KC", "John Smith Jr", "Tom Hale Monday": letters after a name, and a day
    # written right after it, are not part of it.
    while len(name_part) > 1 and (
        bare(name_part[-1][0]) in lex.post_nominals or bare(name_part[-1][0]) in lex.not_names
    ):
        name_part.pop()
    linked = [bare(w) for w in role_tokens]
    if has_head and ("of" in linked[1:] or "for" in linked[1:]) and name_part:
        # "the chairman of the International Cricket Council (ICC) Shashank Manohar": the
        # name follows the body's last organisation word.
        after = _name_after_body([t[0] for t in name_part])
        if after is not None:
            role_tokens = role_tokens + [t[0] for t in name_part[:after]]
            name_part = name_part[after:]
    if (
        has_head
        and ("of" in linked[1:] or "for" in linked[1:])
        and name_part
        and any(bare(t[0]) in lex.organisation_words for t in name_part)
        and not any(
            has_given_name(tuple(t[0] for t in name_part[n:])) for n in range(len(name_part))
        )
    ):
        # "the flagbearer of the National Democratic Congress": an office in a body
        role, role_words = _role_text(role_tokens + [t[0] for t in name_part])
        return Mention("title", start, end, surface, role=role, role_words=role_words)
    linking = [w for w in role_tokens if bare(w) not in DETERMINERS]
    if (
        has_head
        and len(linking) > 2
        and bare(linking[-1]) == "and"
        and {"of", "for"} & {bare(w) for w in linking}
        and name_part
    ):
        # "the Minister of Trade and Industry (Piyush Goyal)": the department goes on
        # after "and"; a name may follow it
        role_tokens = role_tokens + [name_part[0][0]]
        name_part = name_part[1:]
        if not name_part:
            role, role_words = _role_text(role_tokens)
            return Mention("title", start, end, surface, role=role, role_words=role_words)
    if has_head and linking and bare(linking[-1]) in {"of", "for", "to"} and name_part:
        # "the mayor of Galveston": a place after "of" is part of the title, not a name;
        # "the mayor of Galveston Craig Brown": the name follows the place.
        words_after = tuple(t[0] for t in name_part)
        named_at = next(
            (n for n in range(1, len(name_part)) if has_given_name(words_after[n:])), None
        )
        if (
            named_at is None
            and len(name_part) >= 3
            and not _is_place(words_after[-2:])
            and not is_country(" ".join(words_after))
        ):
            # "Minister of Railways Ashwini Vaishnav": a one-word department, then a name
            # of two words, given name or not
            named_at = len(name_part) - 2
        if named_at is not None:
            # "MP for Roseau Central Melissa Skerrit": the name follows the place.
            role_tokens = role_tokens + list(words_after[:named_at])
            name_part = name_part[named_at:]
        elif (
            len(name_part) == 1
            or len(name_part) == 2
            and not has_given_name(words_after)
            or _is_place(words_after)  # "the Governor of New South Wales"
            or is_country(" ".join(words_after))  # "the president of the United Arab Emirates"
        ):
            # "the mayor of Galveston", "the MP for Edinburgh East": a place, no name
            role, role_words = _role_text(role_tokens + [t[0] for t in name_part])
            return Mention("title", start, end, surface, role=role, role_words=role_words)
    role, role_words = _role_text(role_tokens)
    org = any(w in lex.organisation_words for w in lowers)
    # "according to Ukrinform": a news agency is an organisation, never a person
    org = org or " ".join(t[0] for t in name_part).lower() in lex.agency_names
    if all(bare(w) in DETERMINERS for w in role_tokens) and not name_part:
        return None  # "The" alone
    if (
        role_tokens
        and possessive(role_tokens[-1])
        and role_words
        and role_words[-1] in lex.titles
        and not has_given_name(tuple(t[0] for t in name_part))  # "United’s Jose Mourinho"
    ):
        # "Prime Minister's Questions", "the President's Office": what the post holds.
        if not org:
            return None
    if (
        not name_part
        and role_tokens
        and is_capitalised(role_tokens[-1])
        and (len(role_tokens) == 1 or head_word(bare(role_tokens[-2])) in lex.title_heads)
        and _surname_in_text(role_tokens[-1], text)
    ):
        # "Minister King", "King said" after "Curtis King": a surname that is a title word
        name_part = [t for t in tokens if t[0] == role_tokens[-1]][-1:]
        role_tokens = role_tokens[:-1]
        role, role_words = _role_text(role_tokens)
    if not name_part:
        if len(role_tokens) == 2 and lowers[0] == "the" and lowers[1] in lex.nationalities:
            # "the Italian said": a description of the person in view, read like "he".
            return Mention("pronoun", start, end, surface)
        if has_head:
            return Mention(
                "title", start, end, surface, role=role, role_words=role_words, gender=gender
            )
        if org or role_tokens and is_capitalised(role_tokens[-1]):
            name = _org_name(tokens, text)
            return Mention("organisation", start, end, surface, name=name, name_tokens=tuple(words))
        return None
    name_words = [t[0] for t in name_part]
    inner = next((n for n, w in enumerate(name_words[:-1]) if possessive(w) is not None), None)
    if inner is not None and has_given_name(tuple(name_words[inner + 1 :])):
        # "Manchester United’s Jose Mourinho": the person is after the owner.
        role_tokens = role_tokens + name_words[: inner + 1]
        role, role_words = None, _role_text(role_tokens)[1]  # a club, a firm: no office
        name_part, name_words = name_part[inner + 1 :], name_words[inner + 1 :]
    elif inner is not None and not any(bare(w) in lex.organisation_words for w in lowers):
        # "William Ruto's Finance Bill": the owner is the person; what he owns is not.
        name_part, name_words = name_part[: inner + 1], name_words[: inner + 1]
    if any(not (is_capitalised(w) or is_name_particle(bare(w))) for w in name_words):
        return None
    if lowers[0] == "the" and head_word(bare(name_words[-1])) in lex.title_heads:
        # "The Busia Senator": a capitalised office after "the", not a name.
        role, role_words = _role_text([w for w in words if w not in {".", "’", "'"}])
        return Mention("title", start, end, surface, role=role, role_words=role_words)
    if all(bare(w) in lex.not_names for w in name_words):
        return None
    name = text[name_part[0][1] : name_part[-1][2]]
    owner = possessive(name_words[-1])
    if owner is not None:
        # "Kerry O'Connell's driveway": the owner's name, without the ending.
        name_words[-1] = owner
        name = name[: len(name) - (len(name_part[-1][0]) - len(owner))]
    if is_country(name):
        # "Antalya, Turkey, the foreign minister …": a country is never a person.
        org = True
    if (
        len(name_words) > 1
        and fold(name_words[-1]) in PLACE_HEADS
        and not has_given_name(tuple(name_words))
    ):
        org = True  # "Trans Nzoia County", "Seattle City": a place speaks as its government
    if org and any(bare(w) in lex.organisation_words for w in name_words) or org and not has_head:
        return Mention(
            "organisation",
            start,
            end,
            surface,
            name=_org_name(tokens, text),
            name_tokens=tuple(words),
        )
    return Mention(
        "name",
        start,
        end,
        surface,
        name=name,
        name_tokens=tuple(name_words),
        role=role,
        role_words=role_words,
        gender=gender,
    )


#: Words that end the name of a place with a government: "Trans Nzoia County".
PLACE_HEADS = frozenset(
    {"county", "city", "province", "state", "district", "region", "municipality"}
)


@lru_cache(maxsize=1024)
def _surname_in_text(word: str, text: str) -> bool:
    """Whether the article names someone with this surname: "Curtis King", not "Chief Justice"."""
    lex = lexicon()
    for match in re.finditer(rf"\b([A-Z][\w’'-]+) {re.escape(word)}\b", text):
        first = bare(match.group(1))
        if first not in lex.titles and first not in lex.honorifics and first not in lex.title_heads:
            return True
    return False


def _is_place(words: tuple[str, ...]) -> bool:
    """Whether these capitalised words name a place or a body rather than a person."""
    lex = lexicon()
    return fold(" ".join(words)) in lex.countries or any(
        fold(w) in lex.place_words or bare(w) in lex.organisation_words for w in words
    )


def _org_name(tokens: list[Token], text: str) -> str:
    lex = lexicon()
    i = 0
    while i < len(tokens) - 1 and bare(tokens[i][0]) in DETERMINERS:
        i += 1
    name = text[tokens[i][1] : tokens[-1][2]]
    if not is_capitalised(name) and bare(tokens[-1][0]) in lex.organisation_words:
        return name  # "ministry": kept lower case, resolved against named organisations
    return name
