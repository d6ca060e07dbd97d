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


def _is_description(low: str) -> bool:
    """ "striker", "45-year-old": what "the …" calls the person in view."""
    return low in lexicon().descriptions or AGE_RE.fullmatch(low) is not None


#: Most words between "the" and a description: "the veteran Texas Republican".
MAX_EPITHET_WORDS = 4


def _is_epithet(words: list[str], lowers: list[str]) -> bool:
    """ "the striker", "the 45-year-old", "the Massachusetts Democrat", "the former Dutchman"."""
    if not 2 <= len(words) <= MAX_EPITHET_WORDS or lowers[0] != "the":
        return False
    if not _is_description(lowers[-1]):
        return False
    return all(
        is_capitalised(w) or low == "former" or _is_description(low)
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
def _is_particle(low: str) -> bool:
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


def _is_country(name: str) -> bool:
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
        if not role_like or lower in _country_first_words() and _is_country(" ".join(lowers[i:])):
            break  # "the president of the United States": the country ends the role
        gender = gender or lex.gendered.get(lower)
        i += 1
    if any(not is_capitalised(w) and not _is_particle(bare(w)) for w in words[i:]):
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
            and not _is_country(" ".join(words_after))
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
            or _is_country(" ".join(words_after))  # "the president of the United Arab Emirates"
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
    if any(not (is_capitalised(w) or _is_particle(bare(w))) for w in name_words):
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
    if _is_country(name):
        # "Antalya, Turkey, the foreign minister …": a country is never a person.
        org = True
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
        and _is_particle(lower)
        or _is_description(lower)
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
                    if _is_country(" ".join(owner)):
                        i = n
                break
            continue
        if is_capitalised(word) and (
            low not in lex.not_names
            or given_name_before(word, nxt, toks[i - 2][0] if i - 2 >= floor else None)
        ):
            i -= 1
            continue
        if low in lex.honorifics or low in lex.titles or _is_particle(low):
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


ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]{1,7}")
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
        if is_capitalised(word) or low in lex.titles or low in lex.honorifics or _is_particle(low):
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
