"""Speaker names: folding surface forms to keys that match across outlets.

Pure Python: no Django. "Iranian President Seyyed Ebrahim Raisi", "Ebrahim Raisi" and
"EBRAHIM RAISI" share one key; "Raisi" is the surname key of all three, and "Raeisi" and
"Ra'isi" share its transliteration key.

Three levels of sameness, from strict to loose:

- :func:`name_key`: folded (case, accents, punctuation) with the leading titles removed.
- :func:`translit_key`: the name key with common romanisation differences folded too
  (ee/i, ou/u, doubled letters, al-/el- particles...). Used to find candidates.
- :func:`given_names_compatible`: whether two first names can belong to one person
  ("E." and "Ebrahim", "Mohammad" and "Muhammad"), used only once surnames agree.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.fuzz import ratio

# Words that decorate or introduce a name without being part of it: honorifics and
# titles of office. Lower case, no dots. Words that are also common given names
# (Amir, Sultan, King, Prince) are left out: a wrong strip loses a name, a missed strip
# only leaves a title the next match removes.
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sheikh shaykh
    seyyed sayyid seyed sayed syed sayyed ayatollah ayatullah hojatoleslam hojjatoleslam
    hojatolislam imam mullah grand rabbi pope cardinal bishop archbishop hon honourable honorable
    excellency majesty highness emir queen princess crown general gen lt lieutenant col colonel
    maj capt captain adm admiral sgt sergeant brig brigadier marshal commander gov governor sen
    senator rep representative congressman congresswoman lawmaker mp president vice prime premier
    minister chancellor secretary mayor speaker judge justice chairman chairwoman chair
    chairperson spokesman spokeswoman spokesperson martyr haj hajj haji leader supreme deputy
    chief head director ambassador envoy foreign affairs state interior defence defense economy
    finance former acting interim late elect
    """.split()
)
# Words that join title words ("Minister of Foreign Affairs"): neither name nor title.
_CONNECTORS = frozenset({"of", "for", "and", "the", "to", "on"})
# A phrase that starts with one of these describes someone ("the president"); it is not a name.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"})
# A pronoun refers to a name; it is never one.
_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers"}
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Particles that romanisations add or drop freely ("al-Muhandis", "Muhandis").
_DROPPABLE_PARTICLES = frozenset({"al", "el", "ul", "ol"})
# Romanisation differences folded by translit_key, applied in order after apostrophes and
# doubled letters are gone. Kept short on purpose: each entry makes more names collide.
_TRANSLITERATIONS = (
    ("ee", "i"),
    ("ou", "u"),
    ("oo", "u"),
    ("ae", "a"),
    ("iy", "i"),
    ("gh", "q"),
    ("ph", "f"),
    ("dj", "j"),
)
_TRAILING_Y = re.compile(r"(?<=[^aeiou])y$")
_DOUBLED = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[^\w\s-]+")
_SEPARATORS = re.compile(r"[\s_-]+")
_APOSTROPHES = re.compile(r"['’‘`ʼʻʿʾ]")

#: Two given names in different romanisations score at least this (rapidfuzz ratio, 0-100)
#: and start with the same letter: "mohamad"/"muhamad" 86, "ali"/"alireza" 60.
GIVEN_NAME_MIN_RATIO = 80.0


def fold(text: str) -> str:
    """Lower case, accents and apostrophes removed, one space between words."""
    decomposed = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _NON_WORD.sub("", stripped.casefold())
    return _SEPARATORS.sub(" ", stripped).strip()


def name_words(name: str) -> list[str]:
    """The folded words of the name itself, titles before it and suffixes after it removed.

    "Iranian President Seyyed Ebrahim Raisi" gives ["ebrahim", "raisi"]; "Minister of
    Foreign Affairs Hossein Amir-Abdollahian" gives ["hossein", "amir", "abdollahian"].
    Only the leading run is searched for titles: once two name words follow each other the
    name has started ("Martin Luther King" keeps "king"). A description ("the president")
    or a bare title ("Iranian President") has no name words.
    """
    words = fold(name.split(",")[0]).split()
    if not words or words[0] in _DETERMINERS or (len(words) == 1 and words[0] in _PRONOUNS):
        return []
    cut, run = 0, 0
    for i, word in enumerate(words):
        if word in TITLE_WORDS:
            cut, run = i + 1, 0
        elif word in _CONNECTORS:
            continue
        else:
            run += 1
            if run >= 2:
                break
    words = words[cut:]
    while words and words[-1] in _SUFFIXES:
        words.pop()
    while words and words[0] in _CONNECTORS:
        words.pop(0)
    return words


def name_key(name: str) -> str:
    """The folded name without titles: the key aliases are matched on ("" for descriptions)."""
    return " ".join(name_words(name))


def translit_word(word: str) -> str:
    """One folded word with common romanisation differences removed ("raeisi" -> "raisi")."""
    word = _DOUBLED.sub(r"\1", word)
    for spelled, common in _TRANSLITERATIONS:
        word = word.replace(spelled, common)
    word = _TRAILING_Y.sub("i", word)
    return _DOUBLED.sub(r"\1", word)


def translit_words(name: str) -> list[str]:
    """The name words in transliteration form, without droppable particles (al-, el-)."""
    return [translit_word(w) for w in name_words(name) if w not in _DROPPABLE_PARTICLES]


def translit_key(name: str) -> str:
    """The name key with romanisation differences folded: "Ra'isi" and "Raeisi" give "raisi"."""
    return " ".join(translit_words(name))


def translit_surname(name: str) -> str:
    """The transliteration form of the surname: the last word of :func:`translit_key`."""
    words = translit_words(name)
    return words[-1] if words else ""


def given_names(name: str) -> list[str]:
    """Transliteration forms of the words before the surname (may be empty)."""
    return translit_words(name)[:-1]


def given_name_score(a: str, b: str) -> float:
    """How well two given-name words agree, 0-100; an initial agrees with its full name."""
    a, b = a.rstrip("."), b.rstrip(".")
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    if len(a) == 1 or len(b) == 1:
        return 90.0 if a[0] == b[0] else 0.0
    if a[0] != b[0]:
        return 0.0
    return float(ratio(a, b))


def given_names_compatible(a: list[str], b: list[str]) -> float | None:
    """A score (0-100) when two lists of given names can be one person's, else None.

    The first given names must agree (equal, an initial, or a close romanisation).
    Missing given names never contradict ("Raisi" fits "Ebrahim Raisi"); middle names
    are not compared because outlets drop them freely.
    """
    if not a or not b:
        return 100.0
    score = given_name_score(a[0], b[0])
    return score if score >= GIVEN_NAME_MIN_RATIO else None


def normalize_title(title: str) -> str:
    """The key a role is stored and looked up by: folded, without a leading article."""
    words = fold(title).split()
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    return " ".join(words)
