"""Word lists from ``data/*.json``, loaded once and compiled into regexes at import."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


def _load(name: str) -> dict:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class CueForm:
    """One surface form of a speech verb, e.g. "pointed out" of "point out"."""

    lemma: str
    obj: str  # "clause" | "np" | "tell"
    weak: bool
    participle: bool  # the -ing form: only a cue after a comma
    # Words that, right after the verb, make it a passive participle ("accused of").
    passive_before: frozenset[str] = frozenset()
    # A weak verb whose object headed by a policy noun is a stance: "defended the cuts".
    stance: bool = False


_VOWELS = set("aeiou")


def _inflect(word: str) -> list[str]:
    """Regular English forms of a verb: base, 3rd person, past, -ing."""
    if word.endswith("e"):
        past, ing = word + "d", word[:-1] + "ing"
    elif word.endswith("y") and word[-2] not in _VOWELS:
        past, ing = word[:-1] + "ied", word + "ing"
    elif (
        len(word) <= 4
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        # Short stressed CVC verbs double the consonant: slam/slammed, vow is excluded above.
        past, ing = word + word[-1] + "ed", word + word[-1] + "ing"
    else:
        past, ing = word + "ed", word + "ing"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        third = word + "es"
    elif word.endswith("y") and word[-2] not in _VOWELS:
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    return [word, third, past, past, ing]


def _verb_forms(entry: dict) -> dict[str, CueForm]:
    words = entry["lemma"].split()
    head, rest = words[0], words[1:]
    forms = entry.get("forms") or _inflect(head)
    out: dict[str, CueForm] = {}
    # Index 0 is the bare form: left out on purpose, it is mostly an infinitive or imperative.
    for index, form in enumerate(forms):
        if index == 0 or index == 4 and entry.get("participle") is False:
            continue
        phrase = " ".join([form, *rest])
        out[phrase] = CueForm(
            lemma=entry["lemma"],
            obj=entry.get("object", "clause"),
            weak=bool(entry.get("weak", False)),
            participle=index == 4,
            passive_before=frozenset(entry.get("passive_before", ())),
            stance=bool(entry.get("stance", False)),
        )
    return out


@dataclass(frozen=True)
class Lexicon:
    cue_forms: dict[str, CueForm]
    cue_re: re.Pattern[str]
    marker_re: re.Pattern[str]
    # First words of the cues and markers: where a match can start.
    cue_firsts: frozenset[str]
    marker_firsts: frozenset[str]
    listeners: tuple[tuple[str, ...], ...]
    adverbs: frozenset[str]
    participle_re: re.Pattern[str]
    statement_lead_re: re.Pattern[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    title_heads: frozenset[str]
    title_abbreviations: dict[str, str]
    nationalities: dict[str, str]
    countries: dict[str, str]  # lower-case country name -> as written in roles
    particles: frozenset[str]
    organisation_words: frozenset[str]
    not_names: frozenset[str]
    ambiguous_given_names: frozenset[str]
    pronouns: dict[str, str]
    gendered: dict[str, str]
    unnamed_groups: frozenset[str]
    generic_organisation_nouns: frozenset[str]
    offices: dict[str, str]
    implied_country: dict[str, str]
    title_synonyms: dict[str, frozenset[str]]
    top_post_words: frozenset[str]
    top_posts: tuple[frozenset[str], ...]
    office_modifiers: frozenset[str]
    prepositions: frozenset[str]
    abbreviations_inner: frozenset[str]
    abbreviations_final: frozenset[str]
    sentence_starters: frozenset[str]
    agencies: tuple[str, ...]
    agency_names: frozenset[str]  # the agencies, lower case: organisations, never people
    licence_starts: tuple[str, ...]
    byline_starts: tuple[str, ...]
    caption_markers: tuple[str, ...]
    link_starts: tuple[str, ...]
    months: dict[str, int]
    imperative_openers: frozenset[str]
    not_turn_labels: frozenset[str]
    courtesy_re: re.Pattern[str]
    empty_objects: frozenset[str]
    plea_objects: frozenset[str]
    plea_offences: frozenset[str]
    stance_objects: frozenset[str]
    descriptions: frozenset[str]
    relations: frozenset[str]
    representatives: frozenset[str]
    post_nominals: frozenset[str]
    place_words: frozenset[str]
    continuations: frozenset[str]
    contrast_links: frozenset[str]
    first_names: dict[str, str | None]  # lower-case given name -> "m", "f" or None for either
    irregular_past: frozenset[str]


def alternation(phrases: list[str]) -> str:
    """A regex matching any of ``phrases``, spaces as ``\\s+``, longest match preferred.

    Built as a character trie ("s(?:a(?:id|ys)|tress(?:ed|es))") rather than a flat
    "said|says|stressed|…" list: Python's engine tries a flat alternation's branches one
    by one at every position of the text, while the trie rejects most positions on the
    first character. Longer continuations are tried before a phrase ends, so the longest
    phrase that fits wins, as with a flat list sorted longest first.
    """
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        atom = r"\s+" if ch == " " else re.escape(ch)
        branches.append(atom + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


@cache
def lexicon() -> Lexicon:
    cues, names, text = _load("cues.json"), _load("names.json"), _load("text.json")
    roles = _load("roles.json")
    given = _load("first_names.json")
    forms: dict[str, CueForm] = {}
    for entry in cues["verbs"]:
        for phrase, form in _verb_forms(entry).items():
            forms.setdefault(phrase, form)
    cue_re = re.compile(r"(?<![\w’'-])(?:" + alternation(list(forms)) + r")(?![\w’'-])")
    markers = cues["markers_before"]
    marker_re = re.compile(
        r"(?<![\w’'-])(?:" + alternation(markers) + r")(?![\w’'-])", re.IGNORECASE
    )
    bare_forms = [
        " ".join([(entry.get("forms") or _inflect(entry["lemma"].split()[0]))[0], *rest])
        for entry in cues["verbs"]
        for rest in [entry["lemma"].split()[1:]]
    ]
    participle_re = re.compile(
        # "…, adding that …", also after a quotation that takes the comma: "“free or fair,” adding"
        r",[”\"’]?\s*(?:and\s+|while\s+)?(?:"
        + alternation(cues["participle_terminators"])
        + r")(?![\w’'-])"
        r"|,?\s+(?:and|but)\s+(?:(?:he|she|it|they)\s+)?(?:also\s+|then\s+|further\s+)?(?:"
        + alternation([p for p, f in forms.items() if not f.participle and not f.weak])
        + r"|added|continued)\s+(?:on\s+\w+\s+)?that(?![\w’'-])"
        # "…, and said the plan had failed" / "… but said it was too late": a second statement.
        # "… but at the same time, he said that …": an aside before the pronoun.
        r"|(?:,\s*(?:and|but)|\s+(?:and|but))\s+(?:(?:[\w’'-]+\s+){1,4}[\w’'-]+,\s+(?=he|she|they))?"
        r"(?:(?:he|she|it|they)\s+)?"
        r"(?:(?:also|even|then|further|later)\s+)?(?:"
        + alternation([p for p, f in forms.items() if not f.participle and not f.weak])
        + r")(?![\w’'-])"
        # "…, but highlighted the attacks", "… and blamed Pakistan for …": a weaker verb too.
        r"|(?:,\s*|\s+)(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:"
        + alternation([p for p, f in forms.items() if f.weak and not f.participle])
        + r")(?![\w’'-])"
        # "While he admitted a dispute, he pointed out that …": a pronoun and a speech verb
        # after a comma start the main clause; not "France, he said, would …", an aside.
        r"|,\s+(?:he|she|they)\s+(?:also\s+)?(?:"
        + alternation([p for p, f in forms.items() if not f.participle and not f.weak])
        + r")(?![\w’'-])(?!\s*,)"
        # "…, and she believes …": a pronoun with any speech or opinion verb starts another;
        # so does "… and he is warning that …".
        r"|(?:,\s*|\s+)(?:and|but)\s+(?:he|she|they)\s+(?:also\s+)?(?:"
        + alternation([p for p, f in forms.items() if not f.participle])
        + r"|(?:is|are|was|were)\s+(?:also\s+)?(?:"
        + alternation([p for p, f in forms.items() if f.participle])
        + r"))(?![\w’'-])"
        # "… and Rugby Australia chief Raelene Castle said …", "…, Clean Energy Council policy
        # manager Darren Gladman said …": another speaker's statement;
        # "… demanding a recount, Henrique Capriles said …": the sentence's own subject.
        r"|(?:,?\s+(?:and|but)|,)\s+[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,7}?\s+(?:"
        + alternation(cues["second_speaker_verbs"])
        + r")"
        r"(?![\w’'-])"
        # "… while talking about …": how the words were said, not what.
        r"|\s+while\s+(?:talking|speaking|addressing|meeting|visiting|answering|responding)"
        r"(?![\w’'-])"
        # "… and added: “…”": a quotation of its own follows.
        r"|,?\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:added|continued|said)\s*:"
        # "… but he could not categorically confirm …": a second statement, a modal first.
        r"|(?:,\s*(?:and|but)|\s+(?:and|but))\s+(?:he|she|it|they)\s+"
        r"(?:(?:could|would|did|does|do|can|will|may|might|not|n't|\w+ly)\s+){1,3}(?:"
        + alternation(bare_forms)
        + r")(?![\w’'-])"
        # "X insisted …, while Y accused …": a second speaker's clause.
        r"|,\s*(?:"
        + alternation(cues["contrast_links"])
        + r")\s+(?:[\w.’'-]+\s+){1,4}?(?:"
        + alternation([p for p, f in forms.items() if not f.participle and not f.weak])
        + r")(?![\w’'-])"
    )
    return Lexicon(
        cue_forms=forms,
        cue_re=cue_re,
        marker_re=marker_re,
        cue_firsts=frozenset(p.split()[0] for p in forms),
        marker_firsts=frozenset(m.split()[0].lower() for m in markers),
        listeners=tuple(tuple(item.split()) for item in cues["listeners"]),
        adverbs=frozenset(cues["adverbs"]),
        participle_re=participle_re,
        statement_lead_re=re.compile(alternation(cues["statement_leads"]), re.IGNORECASE),
        honorifics=frozenset(names["honorifics"]),
        titles=frozenset(names["titles"]),
        title_heads=frozenset(names["title_heads"]),
        title_abbreviations=dict(names["title_abbreviations"]),
        nationalities=dict(names["nationalities"]),
        countries={c.lower(): c for c in names["nationalities"].values()},
        particles=frozenset(names["particles"]),
        organisation_words=frozenset(names["organisation_words"]),
        not_names=frozenset(names["not_names"]),
        ambiguous_given_names=frozenset(names["ambiguous_given_names"]),
        pronouns=dict(names["pronouns"]),
        gendered=dict(names["gendered_honorifics"]),
        unnamed_groups=frozenset(names["unnamed_groups"]),
        generic_organisation_nouns=frozenset(names["generic_organisation_nouns"]),
        offices=dict(roles["offices"]),
        implied_country=dict(roles["implied_country"]),
        title_synonyms={k: frozenset(v) for k, v in roles["title_synonyms"].items()},
        top_post_words=frozenset(roles["top_post_words"]),
        top_posts=tuple(frozenset(p.split()) for p in roles["top_posts"]),
        office_modifiers=frozenset(names["office_modifiers"]),
        prepositions=frozenset(names["prepositions"]),
        abbreviations_inner=frozenset(text["abbreviations_inner"]),
        abbreviations_final=frozenset(text["abbreviations_final"]),
        sentence_starters=frozenset(text["sentence_starters"]),
        agencies=tuple(text["agencies"]),
        agency_names=frozenset(a.lower() for a in text["agencies"]),
        licence_starts=tuple(text["licence_starts"]),
        byline_starts=tuple(text["byline_starts"]),
        caption_markers=tuple(text["caption_markers"]),
        link_starts=tuple(text["link_starts"]),
        months=dict(text["months"]),
        imperative_openers=frozenset(text["imperative_openers"]),
        not_turn_labels=frozenset(text["not_turn_labels"]),
        empty_objects=frozenset(cues["empty_objects"]),
        plea_objects=frozenset(cues["plea_objects"]),
        plea_offences=frozenset(cues["plea_offences"]),
        stance_objects=frozenset(cues["stance_objects"]),
        descriptions=frozenset(names["descriptions"]),
        relations=frozenset(names["relations"]),
        representatives=frozenset(names["representatives"]),
        post_nominals=frozenset(names["post_nominals"]),
        place_words=frozenset(names["place_words"]),
        continuations=frozenset(cues["continuations"]),
        contrast_links=frozenset(cues["contrast_links"]),
        first_names={
            **dict.fromkeys(given["either"]),
            **dict.fromkeys(given["male"], "m"),
            **dict.fromkeys(given["female"], "f"),
        },
        irregular_past=frozenset(text["irregular_past"]),
        courtesy_re=re.compile(
            r"(?:" + alternation(text["courtesies"]) + r")(?![\w’'-])", re.IGNORECASE
        ),
    )
