"""The article's cast: one entity per person or organisation, with every alias and role seen.

The cast resolves titles ("the president") and pronouns to whoever carries them at that
point in the article, and organisations spoken for ("a Pentagon official") to the body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon import lexicon
from .speakers import (
    CONNECTORS,
    DETERMINERS,
    Mention,
    bare,
    fold,
    given_name_gender,
    head_word,
    is_capitalised,
    possessive,
    role_country,
    with_synonyms,
)


@dataclass
class Entity:
    id: int
    kind: str  # "person" | "organisation"
    name: str
    name_tokens: tuple[str, ...]
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    gender: str | None = None

    @property
    def surname(self) -> str:
        return fold(self.name_tokens[-1]) if self.name_tokens else ""

    def add_alias(self, alias: str) -> None:
        if alias and alias not in self.aliases:
            self.aliases.append(alias)

    def add_role(self, role: str | None, words: frozenset[str]) -> None:
        parts = role.split(" and ") if role else []
        heads = lexicon().title_heads
        if len(parts) > 1 and all(
            any(head_word(bare(w)) in heads for w in part.split()) for part in parts
        ):
            # "Finance Minister and Deputy Prime Minister": two offices, each found alone
            for part in parts:
                self.add_role(part, frozenset(bare(w) for w in part.split()) - CONNECTORS)
            return
        if role and all(role != r for r, _ in self.roles):
            self.roles.append((role, words))


#: Modifiers of someone who holds the office for now: "the director" is the acting director.
STANDING_IN = frozenset({"acting", "interim"})


def _represented_organisation(mention: Mention) -> Mention | None:
    """ "An Nvidia spokesperson", "a Pentagon official": the organisation they speak for."""
    lex = lexicon()
    words = mention.text.split()
    if not words or bare(words[-1]) not in lex.representatives:
        return None
    owner = [
        w
        for w in words[:-1]
        if is_capitalised(w)
        and bare(w) not in DETERMINERS
        and bare(w) not in lex.nationalities
        and bare(w) not in lex.titles
        and possessive(w) is None
    ]
    if not owner or len(owner) != len(words) - 2:
        return None
    return _organisation_of(mention, " ".join(owner))


def _described_organisation(mention: Mention) -> Mention | None:
    """ "the foreign ministry" with no ministry named before: "Foreign Ministry"."""
    words = mention.text.split()
    if len(words) < 3 or bare(words[0]) not in DETERMINERS:
        return None
    rest = words[1:]
    if not all(w.isalpha() and w.islower() for w in rest):
        return None
    if bare(rest[-1]) not in lexicon().generic_organisation_nouns:
        return None
    return _organisation_of(mention, " ".join(w.capitalize() for w in rest))


def _organisation_of(mention: Mention, name: str) -> Mention:
    """The organisation ``name`` standing for ``mention`` in the text."""
    return Mention(
        "organisation",
        mention.start,
        mention.end,
        mention.text,
        name=name,
        name_tokens=tuple(name.split()),
    )


def _serves(entity: Entity, body: str) -> bool:
    """Whether one of ``entity``'s posts is in ``body``: "the RRRC official" for the Refugee
    Relief and Repatriation Commissioner, "the Hezbollah official" for its secretary-general."""
    for role, _ in entity.roles:
        words = [w for w in role.replace("-", " ").split() if bare(w) not in CONNECTORS]
        if {fold(w) for w in body.split()} <= {fold(w) for w in words}:
            return True
        if body.isupper() and body == "".join(w[0] for w in words if is_capitalised(w)):
            return True
    return False


class Cast:
    """Everyone named in the article so far, with salience for pronoun resolution."""

    def __init__(self, role_holder: Callable | None = None, date=None):
        self.entities: list[Entity] = []
        self.salience: list[int] = []  # entity ids, most recent last
        self.role_holder = role_holder
        self.date = date
        # "Nice" -> the organisation introduced as "… Excellence (Nice)".
        self.acronyms: dict[str, Mention] = {}

    def add_acronym(self, acronym: str, mention: Mention) -> Entity | None:
        """Register an organisation together with the acronym that abbreviates it."""
        self.acronyms[fold(acronym)] = mention
        entity = self.observe(mention, salient=False)
        if entity is not None:
            entity.add_alias(acronym)
        return entity

    def _find_by_name(self, tokens: tuple[str, ...], kind: str) -> Entity | None:
        folded = [fold(t) for t in tokens]
        for entity in reversed(self.entities):
            if entity.kind != kind:
                continue
            known = [fold(t) for t in entity.name_tokens]
            if folded == known:
                return entity
            if kind == "person" and folded[-1] == known[-1]:
                # Same surname: the same person unless both give different first names.
                if len(folded) == 1 or len(known) == 1 or set(folded[:-1]) & set(known[:-1]):
                    return entity
        if kind == "person" and len(folded) == 1:
            # "Prince Faisal" after "Faisal bin Farhan", "Xi" after "Xi Jinping": the given
            # name, or a family name written first, of someone named in full before.
            for entity in reversed(self.entities):
                if (
                    entity.kind == "person"
                    and len(entity.name_tokens) > 1
                    and fold(entity.name_tokens[0]) == folded[0]
                ):
                    return entity
        return None

    def knows_person(self, tokens: tuple[str, ...]) -> bool:
        """Whether someone named so, or sharing the surname, is already in the article."""
        return self._find_by_name(tokens, "person") is not None

    def cut_glued(self, tokens: tuple[str, ...]) -> int:
        """Index where a known name starts inside a run glued to a heading, else 0."""
        if len(tokens) < 2:
            return 0
        lex = lexicon()
        folded = [fold(t) for t in tokens]
        for entity in self.entities:
            if entity.kind != "person":
                continue
            known = {fold(t) for t in entity.name_tokens}
            if folded[-1] != entity.surname:
                continue
            i = len(folded) - 1
            while i > 0 and (
                folded[i - 1] in known
                or folded[i - 1] in lex.honorifics
                or folded[i - 1] in lex.titles
            ):
                i -= 1
            return i
        return 0

    def observe(self, mention: Mention, *, salient: bool) -> Entity | None:
        """Register a name or organisation mention; returns its entity."""
        if mention.kind not in {"name", "organisation"} or not mention.name:
            return None
        if " " not in mention.name and fold(mention.name) in self.acronyms:
            mention = self.acronyms[fold(mention.name)]
        kind = "person" if mention.kind == "name" else "organisation"
        tokens = mention.name_tokens if kind == "person" else tuple(mention.name.split())
        entity = self._find_by_name(tokens, kind)
        if entity is None:
            entity = Entity(len(self.entities), kind, mention.name, tokens)
            self.entities.append(entity)
        elif kind == "person" and len(tokens) > len(entity.name_tokens):
            entity.name, entity.name_tokens = mention.name, tokens
        entity.add_alias(mention.text)
        if mention.role:
            entity.add_role(mention.role, frozenset(mention.role_words))
        if entity.gender is None and kind == "person":
            entity.gender = mention.gender or given_name_gender(tokens)
        if salient:
            self.touch(entity)
        return entity

    def touch(self, entity: Entity) -> None:
        if self.salience and self.salience[-1] == entity.id:
            return
        if entity.id in self.salience:
            self.salience.remove(entity.id)
        self.salience.append(entity.id)

    def by_title(self, mention: Mention) -> Entity | None:
        lex = lexicon()
        words = with_synonyms(mention.role_words)
        if not words:
            return None
        heads = words & lex.title_heads
        country = role_country(mention.role)
        candidates = []
        for entity in self.entities:
            for role, written in entity.roles:
                role_words = with_synonyms(written)
                if not heads & role_words:
                    continue
                if country and role_country(role) not in (None, country):
                    continue  # "the Kazakh head of state" is not the Uzbek one
                if (role_words & lex.office_modifiers) - words - STANDING_IN:
                    continue  # "the president" is not the vice president
                if (words & lex.office_modifiers) - role_words:
                    continue
                candidates.append((words <= role_words, entity))
        if not candidates and mention.role:
            # "the top diplomat" for someone named as foreign minister: the same office.
            for entity in self.entities:
                if any(
                    r == mention.role or r.startswith(f"{mention.role} of ")
                    for r, _ in entity.roles
                ):
                    candidates.append((True, entity))
        if not candidates and heads and heads <= lex.top_post_words:
            # "the NATO chief", "the boss": whoever holds a body's top post, under any title;
            # "the supreme leader" names one office and is left to the role lookup.
            qualifiers = words - heads
            in_view = self.entities[self.salience[-1]] if self.salience else None
            if not qualifiers & lex.titles:
                for entity in self.entities:
                    for _, role_words in entity.roles:
                        if role_words & lex.office_modifiers:
                            continue
                        # "the leader of Pastef" is not the president of the country; but
                        # "the Ryanair boss" is the chief executive just heard, whose firm
                        # went unnamed
                        unnamed_body = entity is in_view and role_words <= lex.titles
                        if any(post <= role_words for post in lex.top_posts) and (
                            qualifiers <= role_words or unnamed_body
                        ):
                            candidates.append((True, entity))
        if not candidates:
            return None
        exact = [e for ok, e in candidates if ok] or [e for _, e in candidates]
        order = {eid: n for n, eid in enumerate(self.salience)}
        return max(exact, key=lambda e: (order.get(e.id, -1), e.id))

    def by_pronoun(self, gender: str | None) -> Entity | None:
        for eid in reversed(self.salience):
            entity = self.entities[eid]
            if gender == "n":
                if entity.kind == "organisation":
                    return entity
                return None
            if entity.kind != "person":
                continue
            if gender and entity.gender and entity.gender != gender:
                continue
            return entity
        if gender in {"m", "f"}:
            people = [e for e in self.entities if e.kind == "person" and e.gender in (None, gender)]
            if people:
                return people[-1]
        return None

    def by_lowercase_org(self, mention: Mention) -> Entity | None:
        """ "the ministry" -> the last "… Ministry of …" in view; "the company" -> the last
        organisation (or name that never acted as a person) in view."""
        head = fold(mention.text.split()[-1])
        for eid in reversed(self.salience):
            entity = self.entities[eid]
            if entity.kind == "organisation" and head in {fold(t) for t in entity.name_tokens}:
                return entity
        if head not in lexicon().generic_organisation_nouns:
            return None
        for eid in reversed(self.salience[-3:]):
            entity = self.entities[eid]
            if entity.kind == "organisation" or (entity.gender is None and not entity.roles):
                return entity
        return None

    def resolve(self, mention: Mention) -> tuple[Entity | None, str | None, str | None]:
        """(entity, resolved_by, role) for a speaker mention at this point in the article."""
        if mention.kind == "pronoun":
            entity = self.by_pronoun(mention.gender)
            if entity is not None and mention.gender in {"m", "f"} and entity.gender is None:
                entity.gender = mention.gender
            return entity, "pronoun" if entity else None, None
        if mention.kind == "title":
            entity = self.by_title(mention)
            if entity is not None:
                entity.add_alias(mention.text)
                return entity, "title", mention.role
            if self.role_holder is not None and mention.role:
                name = self.role_holder(mention.role, self.date)
                if name:
                    tokens = tuple(name.split())
                    entity = self._find_by_name(tokens, "person")
                    if entity is None:
                        entity = Entity(len(self.entities), "person", name, tokens)
                        self.entities.append(entity)
                    entity.add_alias(mention.text)
                    entity.add_role(mention.role, frozenset(mention.role_words))
                    return entity, "role", mention.role
            owner = _represented_organisation(mention)
            if owner is not None and bare(mention.text.split()[0]) == "the":
                # "The Hezbollah official said …" after Sheikh Qassem has spoken: the person
                # in view, when nothing gives him another post.
                person = self.by_pronoun(None)
                if person is not None and (not person.roles or _serves(person, owner.name)):
                    return person, "title", mention.role
            if owner is not None:
                entity = self.observe(owner, salient=True)
                return entity, "title", mention.role
            return None, None, mention.role
        if mention.kind == "organisation":
            if not is_capitalised(mention.text.split()[-1]):
                entity = self.by_lowercase_org(mention)
                if entity is None and (named := _described_organisation(mention)) is not None:
                    entity = self.observe(named, salient=True)
                return entity, "alias" if entity else None, None
            entity = self.observe(mention, salient=True)
            return entity, "name", None
        if mention.kind == "name":
            before = self._find_by_name(mention.name_tokens, "person")
            entity = self.observe(mention, salient=True)
            how = "name"
            if before is not None and fold(mention.name) != fold(before.name):
                how = "alias"
            return entity, how, mention.role
        return None, None, None
