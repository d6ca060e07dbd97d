"""Question-and-answer interviews: turns of one interviewer and one person answering."""

from __future__ import annotations

import re

from .cast import Entity
from .frames import MIN_QUOTE_WORDS, Frame, State, word_count
from .lexicon import lexicon
from .phrases import noun_phrase_after
from .quotations import is_command
from .speakers import (
    Mention,
    classify,
)
from .text import (
    TRAIL_STRIP,
    Paragraph,
    split_sentences,
    trim,
)

# "Q: …" / "A: …" turns of a printed interview.
TURN_RE = re.compile(r"(?P<who>Q|A|Question|Answer)\s*[:.]\s+")
# "KOWALSKI: …", "Sen. Mark Delaney: …": a named turn of a transcript.
NAMED_TURN_RE = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*:[ \t]+(?=\S)"
)
# Named turns must be this share of the body's paragraphs: a news story with two
# "Related: …" lines is not a transcript.
MIN_TURN_SHARE = 0.4


class Interview:
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

    def labelled(self, state: State, para: Paragraph) -> tuple[Entity | None, int]:
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

    def interviewee(self, state: State) -> Entity | None:
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


def answer_frames(state: State, para: Paragraph, interview: Interview) -> list[Frame]:
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
            and word_count(text, s, e) >= MIN_QUOTE_WORDS
            and not is_command(text, s, e)
        ):
            spans.append((s, e))
    if not spans:
        return []
    frame = Frame(start, start, "", None, spans, "direct", paragraph=para.index)
    frame.entity, frame.resolved_by = speaker, "name"
    frame.cue = text[para.start : start].strip()
    return [frame]
