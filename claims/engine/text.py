"""Layout of an article: paragraphs, quotations and sentences, as offsets into the original text.

Nothing here copies or normalises the text, so every span stays a code-point range of the
input. Sentence splitting is a regex splitter with an abbreviation list: it runs about ten
times faster than ``syntok`` and needs to know where quotations are anyway, because a
sentence boundary inside a quotation does not end the sentence that carries it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass

from .lexicon import lexicon

PARAGRAPH_RE = re.compile(r"[^\r\n\u2028\u2029]+")
INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
# A dot joins "U.S." and "bbc.com" into one word, but not "distrust.Chang": scraped text
# sometimes loses the space after a full stop, and a capitalised word after it starts a
# new sentence; so does an ellipsis glued to both words ("have changed...The deficit").
GLUED_STOP = (
    # 'considered "crumbs."Lazzarini said': a closing mark glued to the next sentence
    r"(?<=[a-z])[.!?][”\"](?=[A-Z][a-z])"
    r"|(?<=[a-z]{3})\.\.?(?=[“\"]?[A-Z][a-z])|(?<=[a-z])(?:\.{3}|…)(?=[A-Z][a-z])"
    # 'not fair.”.“House pricing …': paragraphs joined by a full stop
    r"|(?<=[.!?][”\"])\.(?=[“\"][A-Z])"
)
WORD_RE = re.compile(r"\w+(?:(?:[’'\-]|\.(?![A-Z][a-z]))\w+)*")
# "27,000" is one token: a thousands comma is not a clause's.
TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+\b|\w+(?:(?:[’'\-]|\.(?![A-Z][a-z]))\w+)*|[^\w\s]")
BOUNDARY_RE = re.compile(r"[.!?…]+[\"”’»)\]'“]*(?=\s|$)|" + GLUED_STOP)
SPACE = (
    " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000\ufeff"
)
TRAIL_STRIP = SPACE + ",;:—–-"
CLOSERS_TRAIL = "”\"’»'"

# Quotation marks: opener -> closers that may end it.
DOUBLE_OPEN = {
    "“": '”"',
    '"': '"”',
    "«": "»",
    "„": "“”",
    "‟": "”",
    "❝": "❞",
    "〝": "〞",
    "＂": "＂",
}
DOUBLE_CLOSE = set('”"»“❞〞＂')
SINGLE_OPEN = {"‘": "’", "'": "'", "‹": "›"}
# Two apostrophes close a quotation in some wire copy ("…,'' the minister said"), and open
# one in some ("''It is sad,'' he said"), as do two backticks in text from old typesetting
# ("``It is sad,'' he said").
APOSTROPHE_PAIR = "''"
BACKTICK_PAIR = "``"
# Two single curly marks stand for a double one in some feeds: "‘‘Every week …,’’ she said".
SINGLE_PAIR_OPEN, SINGLE_PAIR_CLOSE = "‘‘", "’’"
DOUBLE_MARK_RE = re.compile(
    "''|``|‘‘|’’|[" + re.escape("".join(set(DOUBLE_OPEN) | DOUBLE_CLOSE)) + "]"
)
SINGLE_OPEN_RE = re.compile("[" + re.escape("".join(SINGLE_OPEN)) + "]")
# Where a single-mark quotation may end: its closer, or any double mark (which stops it).
SINGLE_STOP_RE = {
    opener: re.compile("[" + re.escape(closers + "".join(set(DOUBLE_OPEN) | DOUBLE_CLOSE)) + "]")
    for opener, closers in SINGLE_OPEN.items()
}


@dataclass
class Quote:
    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when closed by the paragraph end
    start: int  # content start
    end: int  # content end
    paragraph: int
    continues: bool = False  # continues a quotation left open in the previous paragraph
    continued: bool = False  # left open, continued by the next paragraph
    # opens after a sentence of narrative and is never closed: only that paragraph's speaker
    unclosed_after_narrative: bool = False


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    heading: bool = False


#: Characters that end a line which ends its paragraph.
LINE_ENDS = '.!?:;"”’»)]'
#: A layout is hard-wrapped when this many lines, at least, run on without a line end...
MIN_WRAPPED_LINES = 5
#: ... and they are at least this share of the lines long enough to have been wrapped.
MIN_WRAPPED_SHARE = 0.5
MIN_WRAPPED_LENGTH = 30


def paragraphs(text: str) -> list[Paragraph]:
    lines = []
    for match in PARAGRAPH_RE.finditer(text):
        start, end = match.span()
        while start < end and (text[start] in SPACE or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in SPACE or text[end - 1].isspace()):
            end -= 1
        if end > start:
            lines.append((start, end))
    if _hard_wrapped(text, lines):
        lines = _unwrapped(text, lines)
    lines = _rejoined(text, lines)
    return [Paragraph(n, start, end) for n, (start, end) in enumerate(lines)]


#: A line broken off mid-sentence has at least this many words.
MIN_BROKEN_LINE_WORDS = 8


def _rejoined(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines joined where a paragraph break falls inside a sentence: "… prices and" then
    "interest rates in his 100 days in office." (a long line that runs on into a line
    starting in lower case)."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out:
            prev_start, prev_end = out[-1]
            first = text[start]
            if (
                text[prev_end - 1].isalnum()
                and first.isalpha()
                and first.islower()
                and not text.startswith("by ", start)
                and len(WORD_RE.findall(text, prev_start, prev_end)) >= MIN_BROKEN_LINE_WORDS
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the text is wrapped at a fixed width, its sentences running over line ends."""
    long_lines = [(s, e) for s, e in lines if e - s >= MIN_WRAPPED_LENGTH]
    open_ended = [(s, e) for s, e in long_lines if text[e - 1] not in LINE_ENDS]
    # A sentence broken by the wrap goes on in lower case on the next line; a list of
    # headlines ("Agency apologizes over rumors" / "-" / "New cases remain …") does not.
    open_ends = {e for _, e in open_ended}
    runs_on = [
        e for (_, e), (s, _) in itertools.pairwise(lines) if e in open_ends and text[s].islower()
    ]
    return (
        len(open_ended) >= MIN_WRAPPED_LINES
        and len(open_ended) >= MIN_WRAPPED_SHARE * len(long_lines)
        and len(runs_on) >= MIN_WRAPPED_SHARE * len(open_ended)
    )


def _unwrapped(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines joined into paragraphs: a line that runs on without a line end continues on
    the next line, unless a blank line stands between them."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out:
            prev_start, prev_end = out[-1]
            gap = text[prev_end:start]
            if text[prev_end - 1] not in LINE_ENDS and gap.count("\n") <= 1:
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


#: Longest quotation inside a quotation marked the same way: a word or a short phrase.
MAX_NESTED_CHARS = 60


def _nested_mark(text: str, i: int, end: int) -> int | None:
    """Where the short quotation opened at ``i`` inside an open quotation closes, when it
    closes soon, on the same line, and either another closing mark follows later for the
    outer quotation or the sentence goes on in lower case after it; else None."""
    close = text.find("”", i + 1, min(end, i + MAX_NESTED_CHARS))
    if close == -1 or "\n" in text[i:close]:
        return None
    after = text[close + 1 : close + 3].lstrip(" ")
    if text.find("”", close + 1, end) == -1 and not after[:1].islower():
        return None  # no later close, and the sentence does not go on after it
    return close


def _find_quotes_in(text: str, start: int, end: int) -> list[list[int | None]]:
    """Pairs [open, close] of double quotations in text[start:end]; close None if left open."""
    pairs: list[list[int | None]] = []
    current: list[int | None] | None = None
    closers = ""
    skip: set[int] = set()  # closing marks of quotations inside quotations
    for found in DOUBLE_MARK_RE.finditer(text, start, end):
        i = found.start()
        ch = text[i]
        if i in skip:
            continue
        if found.group() == APOSTROPHE_PAIR:
            if current is not None:
                current[1] = i
                pairs.append(current)
                current = None
            elif (
                (i == start or not _is_word_char(text[i - 1]))
                and i + 2 < end
                and _is_word_char(text[i + 2])
            ):
                # "''Well I don't know …,'' Marcos said": two apostrophes open one too
                current = [i + 1, None]
                closers = '"”'
            continue
        if found.group() in {BACKTICK_PAIR, SINGLE_PAIR_OPEN}:
            if current is not None:
                pairs.append(current)  # left open; decided by the caller
            current = [i + 1, None]  # the second mark: what is quoted starts after both
            closers = '"”' if found.group() == BACKTICK_PAIR else "’"
            continue
        if found.group() == SINGLE_PAIR_CLOSE:
            if current is not None and closers == "’":
                current[1] = i
                pairs.append(current)
                current = None
            continue
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if (
            current is not None
            and ch == "“"
            and text[current[0]] == "“"
            and prev in ".,!?"
            and not _is_word_char(nxt)
        ):
            # "“… ago,“ he said": an opening mark typed where the closing one belongs
            current[1] = i
            pairs.append(current)
            current = None
            continue
        if current is not None and ch in closers:
            # A straight or ambiguous mark followed by a letter opens rather than closes.
            if ch == '"' and _is_word_char(nxt) and not _is_word_char(prev) and prev not in ".,!?":
                pass
            else:
                current[1] = i
                pairs.append(current)
                current = None
                continue
        # "”When the country …” he said": a closing mark used to open, when nothing is open.
        if (
            ch == "”"
            and current is None
            and (prev.isspace() or prev in ":.!?")
            and _is_word_char(nxt)
        ):
            current = [i, None]
            closers = '”"'
            continue
        # "“ It is …", 'said: " It is …"': an opener with a stray space after it still opens
        # when it is curly or angled, follows a colon, or follows a space with nothing open.
        after_colon = text[max(start, i - 2) : i].strip() == ":"
        spaced_open = (
            (ch in "“«" or after_colon or current is None and prev.isspace())
            and nxt == " "
            and i + 2 < end
            and _is_word_char(text[i + 2])
        )
        if ch in DOUBLE_OPEN and (not nxt.isspace() or spaced_open) and i + 1 < end:
            if ch == '"' and _is_word_char(prev):
                continue  # 5" or a closing mark with nothing open: stray
            nested = _nested_mark(text, i, end) if current is not None and ch == "“" else None
            if nested is not None:
                skip.add(nested)  # '“… the “expected” standard …”': a quotation inside one
                continue
            if current is not None:
                pairs.append(current)  # left open; decided by the caller
            current = [i, None]
            closers = DOUBLE_OPEN[ch]
        # A closing mark with nothing open is stray and ignored.
    if current is not None:
        pairs.append(current)
    return pairs


def _find_single_quotes(text: str, start: int, end: int) -> list[list[int | None]]:
    """Single-mark quotations (‘…’), only where an opener at a word start finds a closer."""
    pairs: list[list[int | None]] = []
    i = start
    while i < end:
        found_open = SINGLE_OPEN_RE.search(text, i, end)
        if found_open is None:
            break
        i = found_open.start()
        ch = text[i]
        if ch in SINGLE_OPEN:
            prev = text[i - 1] if i > start else " "
            nxt = text[i + 1] if i + 1 < end else " "
            if (prev.isspace() or prev in "([—–-") and _is_word_char(nxt):
                found = None
                for hit in SINGLE_STOP_RE[ch].finditer(text, i + 2, end):
                    j = hit.start()
                    c = text[j]
                    if c == "”" and ch == "‘" and not text[j - 1].isspace():
                        # "said: ‘We will fight any redundancies.”": mismatched marks
                        found = j
                        break
                    if c in DOUBLE_OPEN or c in DOUBLE_CLOSE:
                        break
                    after = text[j + 1] if j + 1 < end else " "
                    if not _is_word_char(after) and not text[j - 1].isspace():
                        found = j
                        break
                if found is not None and found - i > 3:
                    pairs.append([i, found])
                    i = found + 1
                    continue
                lead = text[start:i].rstrip(SPACE)
                if found is None and ch == "‘" and (i == start or lead.endswith(":")):
                    # A paragraph of a quotation running over several paragraphs: only
                    # the last one closes (British style, ‘…), also after "X said: ‘…".
                    pairs.append([i, None])
                    break
        i += 1
    return pairs


def _leading_close(text: str, para: Paragraph) -> int | None:
    """A closing mark before any opening one: the end of a quotation carried over from the
    previous paragraph without the customary reopening mark ("… fear. We are united”.")."""
    found = DOUBLE_MARK_RE.search(text, para.start, para.end)
    if found is None or found.start() == para.start or len(found.group()) > 1:
        return None
    i = found.start()
    ch, prev = text[i], text[i - 1]
    nxt = text[i + 1] if i + 1 < para.end else " "
    if prev.isspace() or ch not in '”»"' or _is_word_char(nxt):
        return None
    return i


def find_quotes(text: str, paras: list[Paragraph]) -> list[Quote]:
    quotes: list[Quote] = []
    carry_open = False
    for pos, para in enumerate(paras):
        if para.heading:
            carry_open = False
            continue
        pairs = _find_quotes_in(text, para.start, para.end)
        if not pairs:
            pairs = _find_single_quotes(text, para.start, para.end)
        next_para = paras[pos + 1] if pos + 1 < len(paras) else None
        next_opens = (
            next_para is not None
            and not next_para.heading
            and (
                text[next_para.start] in DOUBLE_OPEN
                or text[next_para.start] == "‘"
                or text.startswith(BACKTICK_PAIR, next_para.start)
            )
            and text[next_para.start] != "'"
        )
        next_closes = (
            next_para is not None
            and not next_para.heading
            and not next_opens
            and _leading_close(text, next_para) is not None
        )
        kept: list[Quote] = []
        leading = _leading_close(text, para) if carry_open else None
        if leading is not None:
            kept.append(Quote(para.start, leading, para.start, leading, para.index, continues=True))
        for k, (o, c) in enumerate(pairs):
            o = int(o)  # openers are always set; only closers may be missing
            is_last = k == len(pairs) - 1
            if c is None:
                following = pairs[k + 1][0] if not is_last else None
                content_end = following if following is not None else para.end
                content = text[o + 1 : content_end].rstrip(SPACE)
                lead = text[para.start : o].rstrip(SPACE + "`")
                ends_sentence = content[-1:] in ".!?…"
                at_start = o == para.start or lead == "" or lead[-1:] in ":,"
                # "He was tired. “When I come back I find …." to the paragraph's end: a
                # quotation opening a sentence whose closing mark is missing
                after_narrative = is_last and lead[-1:] in ".!?" and ends_sentence
                missing = _missing_close(text, o + 1, o + 1 + len(content)) if at_start else None
                if is_last and missing is not None:
                    # "“We have to ensure supply, the minister said on Wednesday.": the
                    # closing mark was left out before the attribution
                    q = Quote(o, missing, o + 1, missing, para.index)
                elif is_last and (next_opens or next_closes and at_start):
                    q = Quote(o, None, o + 1, o + 1 + len(content), para.index, continued=True)
                elif (is_last and at_start) or (not is_last and ends_sentence):
                    q = Quote(o, None, o + 1, o + 1 + len(content), para.index)
                elif after_narrative:
                    q = Quote(o, None, o + 1, o + 1 + len(content), para.index)
                    q.unclosed_after_narrative = True
                else:
                    continue  # stray mark
            else:
                q = Quote(o, c, o + 1, c, para.index)
            if k == 0 and text[para.start : o].strip(SPACE + "`") == "" and carry_open and not kept:
                q.continues = True
            kept.append(q)
        carry_open = bool(kept) and kept[-1].continued
        quotes.extend(kept)
    return quotes


#: An attribution closing a paragraph: ", UAE energy minister Suhail Al Mazrouei said on
#: Wednesday." (a few words, a speech verb, a few words and the full stop).
TRAILING_ATTRIBUTION_RE = re.compile(
    r",\s+[^,.“”\"]{2,80}?\s(?:said|says|told|added|adds|stated)(?:\s[^,.“”\"]{1,40})?\.?\s*$"
)


def _missing_close(text: str, start: int, end: int) -> int | None:
    """Where a quotation whose closing mark was left out ends: before the attribution that
    closes its paragraph."""
    match = TRAILING_ATTRIBUTION_RE.search(text, start, end)
    return match.start() if match else None


def _word_before(text: str, pos: int, floor: int) -> str:
    i = pos
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in ".’'-"):
        i -= 1
    return text[i:pos]


def split_sentences(
    text: str, start: int, end: int, protected: list[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], trimmed; boundaries inside ``protected`` are ignored."""
    lex = lexicon()
    out: list[tuple[int, int]] = []
    sent_start = start
    segment = text[start:end]
    for match in BOUNDARY_RE.finditer(segment):
        p_start, p_end = match.start() + start, match.end() + start
        mark = text[p_end - 1]
        if (
            mark == '"'
            and text.count('"', start, p_end - 1) % 2 == 0
            or mark == "”"
            and text.count("“", start, p_end - 1) <= text.count("”", start, p_end - 1)
        ):
            p_end -= 1  # 'so."Next year …': a glued mark that opens the next one
        if any(qs < p_start and p_end <= qe for qs, qe in protected):
            continue
        if text[p_start] == ".":
            word = _word_before(text, p_start, sent_start).lower().rstrip(".")
            bare = word.replace(".", "")
            if bare in lex.abbreviations_inner or word in lex.abbreviations_inner:
                continue
            nxt_word = WORD_RE.match(text, _skip_space(text, p_end, end))
            starts = nxt_word is not None and nxt_word.group().lower() in lex.sentence_starters
            if len(bare) == 1 and bare.isalpha() and not starts:
                continue  # an initial, "J. Smith"; but "a triple A. I would like …"
            if INITIALS_RE.fullmatch(word) and not starts:
                continue  # initials, "M.B. Patil", "D.Y. Chandrachud"
            if word in lex.abbreviations_final:
                if not nxt_word or nxt_word.group().lower() not in lex.sentence_starters:
                    continue
        nxt = _skip_space(text, p_end, end)
        if nxt + 1 < end and text[nxt] == "." and text[nxt + 1] in DOUBLE_OPEN:
            nxt += 1  # 'said Trudeau. .“That’s why …': a stray full stop before a quotation
        if nxt < end:
            ch = text[nxt]
            # a closing mark can open the next sentence's quotation: 'assembly.”It is …'
            opens = ch in DOUBLE_OPEN or ch in "‘(['«" or ch == "”" and nxt == p_end
            if not (ch.isupper() or ch.isdigit() or opens):
                continue
        out.append((sent_start, p_end))
        sent_start = nxt
    if sent_start < end:
        out.append((sent_start, end))
    trimmed = (trim(text, s, e) for s, e in out)
    return [(s, e) for s, e in trimmed if e > s]


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and (text[i] in SPACE or text[i].isspace()):
        i += 1
    return i


#: How a text that was not cut off ends.
FINAL_CHARS = ".!?…)]" + CLOSERS_TRAIL


def cut_off_end(text: str) -> int:
    """Where a text cut off mid-sentence stops, or past its end when it was not cut.

    Feeds and excerpts stop mid-word ("… trade ministers and world l"); a complete
    article ends with a full stop, a closing quotation mark or a bracket.
    """
    body = text.rstrip(SPACE)
    if not body or body[-1] in FINAL_CHARS:
        return len(text) + 1
    return len(body)


def trim(text: str, start: int, end: int, chars: str = SPACE) -> tuple[int, int]:
    while start < end and (text[start] in chars or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in chars or text[end - 1].isspace()):
        end -= 1
    return start, end


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    out = []
    append = out.append
    for match in TOKEN_RE.finditer(text, start, end):
        s, e = match.span()
        append((text[s:e], s, e))
    return out


class TokenIndex:
    """The article tokenised once; sentences take slices instead of tokenising again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokens(text, 0, len(text))
        self.starts = [t[1] for t in self.toks]

    def between(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """``tokens(text, start, end)``, from the index when no token straddles the edges."""
        a = bisect_left(self.starts, start)
        b = bisect_left(self.starts, end)
        straddles = (a > 0 and self.toks[a - 1][2] > start) or (b > a and self.toks[b - 1][2] > end)
        if straddles:
            return tokens(self.text, start, end)
        return self.toks[a:b]
