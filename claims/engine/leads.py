"""Paragraph-level speaker leads: lines and sentences with no statement of their own that
say who speaks in the quotations or points after them (a caption line, a list lead, a person
acting right before a quotation)."""

from __future__ import annotations

from .frames import (
    BE_FORMS,
    MIN_REPORTED_WORDS,
    Frame,
    State,
    clean_span,
    cue_matches,
    index_at,
    word_count,
)
from .lexicon import lexicon
from .phrases import noun_phrase_after
from .resolution import resolve
from .speakers import (
    Mention,
    Token,
    classify,
)
from .subjects import subject_before
from .text import DOUBLE_OPEN, LINE_ENDS, SINGLE_OPEN, SPACE, Paragraph, trim


def speaker_frame(
    state: State,
    para: Paragraph,
    toks: list[Token],
    ss: int,
    cue: tuple[int, int],
    mention: Mention,
    kind: str,
) -> Frame | None:
    """A frame with no statement of its own that gives the speaker of the quotations or
    points after it, when its mention resolves to someone."""
    frame = Frame(*cue, state.text[cue[0] : cue[1]], mention, [], kind)
    frame.paragraph = para.index
    resolve(state, frame, toks, ss)
    return frame if frame.entity is not None else None


def acting_subject(state: State, para: Paragraph, ss: int, se: int) -> Frame | None:
    """The person a sentence opens with, doing something: "Ana Ruiz referred to the cuts."

    An unquoted sentence like this, right before a quotation with no cue in the same
    paragraph, tells whose words the quotation are.
    """
    toks = state.index.between(ss, se)
    span = noun_phrase_after(toks, 0, len(toks)) if toks else None
    if span is None or span[0] != 0 or span[1] >= len(toks):
        return None
    at = span[1]
    who = at + 1 < len(toks) and toks[at][0] == "," and toks[at + 1][0].lower() == "who"
    if who:
        # "Bouchez, who chairs the MR, rejected …": past the relative clause
        close = next((n for n in range(at + 2, len(toks)) if toks[n][0] == ","), None)
        if close is None or close + 1 >= len(toks):
            return None
        at = close + 1
    verb = toks[at][0]
    if not verb.isalpha() or not verb.islower() or verb in BE_FORMS:
        return None
    mention = classify(toks[span[0] : span[1]], state.text)
    if mention is None or mention.kind != "name":
        return None
    # one word: someone named before, or a person by the "who" after it
    if len(mention.name_tokens) < 2 and not (who or state.cast.knows_person(mention.name_tokens)):
        return None
    return speaker_frame(state, para, toks, ss, (toks[at][1], toks[at][2]), mention, "direct")


#: What parts a broadcast speaker label's name from the job: "Ann Roe - Police Press Officer".
LABEL_SEPARATORS = (" - ", " – ", " — ", ", ")
#: Marks that open a quotation.
OPENING_MARKS = frozenset(DOUBLE_OPEN) | frozenset(SINGLE_OPEN)
#: A speaker label has at most this many words.
MAX_LABEL_WORDS = 12


def speaker_label(state: State, para: Paragraph, paras: list[Paragraph]) -> Frame | None:
    """A line naming who speaks in the quotation that makes up the next paragraph.

    Broadcast transcripts put a caption line before each sound bite:
    "ASP Ann Roe - Police Press Officer" then the quotation, with no cue at all.
    """
    text = state.text
    start, end = trim(text, para.start, para.end)
    line = text[start:end]
    if (
        not line
        or "\n" in line
        or line[-1] in LINE_ENDS
        or len(line.split()) > MAX_LABEL_WORDS
        or para.index + 1 >= len(paras)
    ):
        return None
    following = paras[para.index + 1]
    opening = trim(text, following.start, following.end)[0]
    if opening >= following.end or text[opening] not in OPENING_MARKS:
        return None
    name_end = min(
        (start + at for sep in LABEL_SEPARATORS if (at := line.find(sep)) > 0), default=end
    )
    toks = state.index.between(start, name_end)
    mention = classify(toks, text) if toks else None
    if mention is None or mention.kind != "name" or len(mention.name_tokens) < 2:
        return None
    return speaker_frame(state, para, toks, start, (start, name_end), mention, "direct")


BULLETS = frozenset("•·▪●◦‣*-–—")


def list_lead(state: State, para: Paragraph, ss: int, se: int) -> Frame | None:
    """ "She said that:", "The minister told reporters:": a speaker whose statements follow
    as a list, one point a line."""
    text = state.text
    if not text[ss:se].rstrip(SPACE).endswith(":"):
        return None
    toks = state.index.between(ss, se)
    leads = lexicon().statement_lead_re
    matches = cue_matches(text, toks, ss, se) or list(leads.finditer(text, ss, se))
    if not matches:
        return None
    cue = matches[-1]
    statement = leads.fullmatch(cue.group()) is not None
    if not statement and text[cue.end() : se].strip(SPACE + ":").lower() not in {"", "that"}:
        return None
    mention, _ = subject_before(state, toks, index_at(toks, cue.start()), 0)
    if mention is None or mention.kind == "group":
        return None
    return speaker_frame(state, para, toks, ss, (cue.start(), cue.end()), mention, "indirect")


def list_item_frame(text: str, para: Paragraph, lead: Frame) -> Frame | None:
    """One point of a list after its speaker's lead ("• The tariffs were imposed …")."""
    start = para.start
    while start < para.end and text[start] in SPACE:
        start += 1
    if start >= para.end or text[start] not in BULLETS or text[start + 1 : start + 2] not in SPACE:
        return None
    span = clean_span(text, start + 1, para.end, direct=False)
    if word_count(text, *span) < MIN_REPORTED_WORDS:
        return None
    item = Frame(lead.cue_start, lead.cue_end, lead.cue, lead.mention, [span], "indirect")
    item.entity, item.resolved_by, item.role = lead.entity, lead.resolved_by, lead.role
    item.paragraph = para.index
    return item
