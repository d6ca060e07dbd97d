"""Who a frame's mention is: a name, title or pronoun resolved against the cast, and the
speaker of a participle cue ("…, saying …") found in the sentence before it."""

from __future__ import annotations

from .frames import QUOTE_CHARS, Frame, State, finite_verb, index_at
from .lexicon import lexicon
from .phrases import noun_phrase_before
from .speakers import (
    Mention,
    Token,
    classify,
)
from .subjects import possessive_word


def opens_without_subject(toks: list[Token], hi: int) -> bool:
    """Whether the sentence opens with a participle, an adverb or a verb whose subject is
    left out ("Responding, …", "Separately, …", "Took a swipe at …"): no name there."""
    if hi < 2:
        return False
    word, after = toks[0][0], toks[1][0]
    verb_like = word.endswith(("ing", "ly")) or finite_verb(word.lower())
    return verb_like and (after == "," or after[:1].islower())


# Words before a noun phrase that make it the subject of a subordinate clause, not the speaker.
SUBORDINATORS = frozenset({"that", "whether", "if", "than", "because", "while", "whom"})


def main_subject(state: State, toks: list[Token], frame: Frame, ss: int) -> Frame | None:
    """The speaker of "X rejected the offer, saying …": a person already in the article first."""
    lex = lexicon()
    k = index_at(toks, frame.cue_start)
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
        if i + 1 < k and toks[i + 1][0] in {"’", "'"} or possessive_word(word):
            continue  # "the decision to award Rovers' first goal": an owner, not the subject
        if i + 1 < k and toks[i + 1][0][:1].isupper():
            continue  # "Rafael" of "Director-General Rafael Grossi's": inside a longer name
        if i == 0 and opens_without_subject(toks, k):
            continue  # "Took a swipe at …, saying": the subject is left out
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
    for mention in first + known:
        probe = Frame(0, 0, "", mention, [], "direct")
        resolve(state, probe, toks, ss)
        if probe.entity is not None:
            return probe
    if opening is not None and opening.kind == "title":
        # "The PM rejected …, urging …" with no prime minister named: left unresolved rather
        # than given to whoever was mentioned last.
        return Frame(0, 0, "", opening, [], "direct")
    return None


def resolve(
    state: State, frame: Frame, toks: list[Token], ss: int, earlier: list[Frame] = ()
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
        source = source or main_subject(state, toks, frame, ss)
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
