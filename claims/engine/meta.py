"""Article metadata read from the text: outlet, dateline, date, licence, headings."""

from __future__ import annotations

import datetime
import re

from .lexicon import lexicon
from .text import SPACE, WORD_RE, Paragraph, cut_off_end, trim

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE_MDY_RE = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
DATE_DMY_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
DATE_ISO_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
MONTH_YEAR_RE = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b")

DASHES = "—–-"
# "TEHRAN—", "WASHINGTON (AP) —", "LONDON, Sept 21 (Reuters) -", "WANA (Sep 21) –"
LEAD_RE = re.compile(
    r"(?P<place>[A-Z][A-Z.’'\- ]{1,40}?)(?:,\s*(?P<extra>[^()\n—–]{1,40}?))?\s*"
    r"(?:\((?P<paren>[^()\n]{1,40})\))?\s*(?P<dash>[—–]|--?|:)\s*"
)
# "Hanoi (VNA) –", "New Delhi, Aug 10 (PTI)": a place in title case, then an agency tag.
LEAD_AGENCY_RE = re.compile(
    r"(?P<place>[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,2})(?:,\s*(?P<extra>[^()\n—–]{1,40}?))?"
    r"\s*\((?P<paren>[A-Z]{2,6})\)\s*(?P<dash>[—–]|--?|:)?\s*"
)
LICENCE_OUTLET_RE = re.compile(
    r"(?:All\s+(?:Content|content|material)\s+by\s+(?P<a>.+?)\s+is\s+licensed"
    r"|(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<b>[A-Z][^.,;\n]{1,60}?)"
    r"(?:[.,;]|\s+All\s+rights|$))",
)


def _find_licence(text: str, paras: list[Paragraph]) -> tuple[tuple[int, int] | None, str | None]:
    """The licence or copyright line: often the last paragraph, or the tail of the last line."""
    lex = lexicon()
    for para in reversed(paras[-3:]):
        segment = text[para.start : para.end]
        lower = segment.lower()
        best = None
        for marker in lex.licence_starts:
            at = lower.find(marker)
            # Only a line start or a sentence boundary: "copyright" mid-sentence is prose.
            while at != -1:
                before = segment[:at].rstrip(SPACE)
                if not before or before[-1] in '.!?”"':
                    if best is None or at < best:
                        best = at
                    break
                at = lower.find(marker, at + 1)
        if best is not None:
            start, end = trim(text, para.start + best, para.end)
            match = LICENCE_OUTLET_RE.search(text, start, end)
            outlet = None
            if match:
                outlet = (match.group("a") or match.group("b") or "").strip() or None
            return (start, end), outlet
    return None, None


def _lead(text: str, first: Paragraph) -> tuple[tuple[int, int] | None, dict]:
    lex = lexicon()
    match = LEAD_RE.match(text, first.start, first.end) or LEAD_AGENCY_RE.match(
        text, first.start, first.end
    )
    info: dict = {}
    if not match:
        return None, info
    place = match.group("place").strip()
    words = WORD_RE.findall(place)
    if not words or not any(len(w) > 1 for w in words) or len(words) > 5:
        return None, info
    if match.group("dash") == ":" and len(words) > 2:
        return None, info
    paren = (match.group("paren") or "").strip()
    extra = (match.group("extra") or "").strip()
    agencies = {a.lower(): a for a in lex.agencies}
    if place.lower() in agencies:
        info["outlet"] = agencies[place.lower()]
    else:
        info["dateline"] = place
    if paren:
        if paren.lower() in agencies or not re.search(r"\d", paren):
            info.setdefault("outlet", agencies.get(paren.lower(), paren))
        else:
            info["date_text"] = paren
    if extra and re.search(r"\d", extra):
        info.setdefault("date_text", extra)
    return (match.start(), match.end()), info


def _parse_date(
    fragment: str, reference: datetime.date | None
) -> tuple[datetime.date | None, str | None, str | None, str | None]:
    """(date, source, precision, text as written) for a date written in the lead."""
    months = lexicon().months
    for regex in (DATE_ISO_RE, DATE_MDY_RE, DATE_DMY_RE):
        match = regex.search(fragment)
        if not match:
            continue
        month_text = match.group("month")
        month = (
            int(month_text) if month_text.isdigit() else months.get(month_text.lower().rstrip("."))
        )
        day = int(match.group("day"))
        year = match.group("year")
        if not month:
            continue
        if year:
            try:
                return datetime.date(int(year), month, day), "text", "day", match.group()
            except ValueError:
                continue
        if reference is None:
            return None, None, None, match.group()
        # The most recent such day not after the reference date: a lead date is never future.
        for candidate_year in (reference.year, reference.year - 1):
            try:
                candidate = datetime.date(candidate_year, month, day)
            except ValueError:
                continue
            if candidate <= reference + datetime.timedelta(days=1):
                return candidate, "inferred", "day", match.group()
        return None, None, None, match.group()
    match = MONTH_YEAR_RE.search(fragment)
    if match:
        month = months.get(match.group("month").lower().rstrip("."))
        if month:
            return (
                datetime.date(int(match.group("year")), month, 1),
                "text",
                "month",
                match.group(),
            )
    return None, None, None, None


SENTENCE_INSIDE_RE = re.compile(r"[.!?]\s+[A-Z]")


def _is_heading(text: str, para: Paragraph) -> bool:
    """Headlines, standfirsts, bylines, captions and cross-links: lines that are never claims."""
    segment = text[para.start : para.end]
    words = WORD_RE.findall(segment)
    lex = lexicon()
    lower = segment.lower()
    if len(words) <= 60 and (
        any(lower.startswith(m) for m in lex.link_starts)
        or any(m in lower for m in lex.caption_markers)
    ):
        return True
    if not words or len(words) > 40:
        return False
    stripped = segment.rstrip(SPACE)
    last = stripped[-1:]
    # 'Minister says accident poses "no threat"': a headline may end on a quoted phrase
    quoted_phrase = last in '”"’' and stripped[-2:-1].isalnum() and para.index == 0
    if (last in '.!?”"’»…,;' and not quoted_phrase) or stripped.endswith("''"):
        return False
    if last == ":" and (
        SENTENCE_INSIDE_RE.search(segment)
        or lex.statement_lead_re.search(segment)
        or lex.cue_re.search(segment)
    ):
        # "… on Tuesday. She said that:", "Ellison released the following statement …:",
        # "Speaking after the verdict, Ejimakor said:": what was said follows
        return False
    # A quotation opening a line is speech, except in the headline: "‘Good news’: US hails …"
    if segment[0] in '“"«‘`' and para.index > 0:
        return False
    if any(lower.startswith(b) for b in lex.byline_starts):
        return True
    if para.index < 4 and not any(c in segment for c in ".!?"):
        return True  # a standfirst: a line under the headline with no stop anywhere
    if len(words) > 25:
        return False
    content = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in content if w[0].isupper())
    return len(words) <= 12 or (bool(content) and capitalised / len(content) >= 0.6)


#: A line this long at the end of a text cut off mid-sentence is body text, not a heading.
MIN_CUT_BODY_WORDS = 12


def _cut_last_paragraph(text: str, para: Paragraph, paras: list[Paragraph]) -> bool:
    """Whether ``para`` is body text that the cut of a truncated text left unfinished."""
    return (
        para is paras[-1]
        and para.index >= 2
        and cut_off_end(text) <= len(text)
        and len(WORD_RE.findall(text, para.start, para.end)) >= MIN_CUT_BODY_WORDS
    )


def read_meta(
    text: str,
    paras: list[Paragraph],
    *,
    published: datetime.date | None,
    fetched: datetime.date | None,
) -> dict:
    """Marks heading paragraphs and returns the article metadata and excluded spans."""
    excluded: list[tuple[int, int]] = []
    meta: dict = {}
    licence_span, licence_outlet = _find_licence(text, paras)
    if licence_span:
        excluded.append(licence_span)
        meta["licence"] = text[licence_span[0] : licence_span[1]]
    lead_span, lead = (None, {})
    for para in paras[:5]:
        # The lead may sit under a byline or a title line.
        lead_span, lead = _lead(text, para)
        if lead_span:
            break
    if lead_span:
        excluded.append(lead_span)
    meta["outlet"] = licence_outlet or lead.get("outlet")
    meta["dateline"] = lead.get("dateline")
    for para in paras:
        if licence_span and para.start >= licence_span[0]:
            continue
        if lead_span and para.start == lead_span[0]:
            # The lead paragraph is body text after its tag.
            continue
        if _is_heading(text, para) and not _cut_last_paragraph(text, para, paras):
            para.heading = True
            excluded.append((para.start, para.end))
    date_text = lead.get("date_text")
    if date_text is None:
        # A date line above the body ("Sept. 21, 2024", "Published: 2024-09-21").
        for para in paras[:5]:
            if para.heading:
                found = _parse_date(text[para.start : para.end], fetched or published)
                if found[3]:
                    date_text = text[para.start : para.end]
                    break
    reference = fetched or published
    parsed = _parse_date(date_text, reference) if date_text else (None, None, None, None)
    meta["published_text"] = parsed[3]
    if published is not None:
        meta.update(published=published, published_source="caller", published_precision="day")
    elif parsed[0] is not None:
        meta.update(published=parsed[0], published_source=parsed[1], published_precision=parsed[2])
    return {"meta": meta, "excluded": excluded}
