"""Direct quotations and the attributions before, after or inside them."""

from __future__ import annotations

from .frames import (
    AUXILIARIES,
    BE_FORMS,
    MIN_QUOTE_WORDS,
    PP_STARTERS,
    QUOTE_CHARS,
    Frame,
    State,
    clean_span,
    cue_form,
    cue_matches,
    index_at,
    opens_with_participle_cue,
    quote_runs_on,
    word_count,
)
from .lexicon import lexicon
from .phrases import noun_phrase_after
from .speakers import (
    DETERMINERS,
    Mention,
    Token,
    classify,
    epithet_after,
    has_given_name,
    role_of,
)
from .subjects import (
    RELATIVE_STARTS,
    acronym_after,
    clause_links,
    is_particle,
    skip_adverbs_back,
    subject_before,
)
from .text import (
    CLOSERS_TRAIL,
    SPACE,
    TRAIL_STRIP,
    WORD_RE,
    Paragraph,
    Quote,
    split_sentences,
    trim,
)

# A command of this many words or fewer states nothing ("Do not wait."); longer ones often
# carry a statement ("Look at what the regime is doing today — …").
MAX_COMMAND_WORDS = 10


def is_command(text: str, start: int, end: int) -> bool:
    """A short imperative or courtesy: "Tell Washington to come out here.", "Thank you, Robert."."""
    words = WORD_RE.findall(text, start, min(end, start + 120))
    if not words:
        return False
    lex = lexicon()
    if lex.courtesy_re.match(text, start, end):
        return word_count(text, start, end) <= MAX_COMMAND_WORDS
    if words[0].lower() not in lex.imperative_openers:
        return False
    after = text[start + len(words[0]) : start + len(words[0]) + 1]
    # "Look, the numbers are clear": a discourse marker, not a command.
    return after != "," and word_count(text, start, end) <= MAX_COMMAND_WORDS


def _direct_spans(text: str, quote: Quote) -> list[tuple[int, int]]:
    return direct_spans_in(text, split_sentences(text, quote.start, quote.end))


def direct_spans_in(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted sentences that state something, without their closing marks."""
    spans = []
    for s, e in sentences:
        s, e = trim(text, s, e, TRAIL_STRIP)
        while e > s and text[e - 1] in CLOSERS_TRAIL and text[e - 1] not in "’'":
            e -= 1
        s, e = trim(text, s, e, TRAIL_STRIP)
        if (
            e <= s
            or text[e - 1] == "?"
            or text[e - 1 : e] in QUOTE_CHARS
            and text[e - 2 : e - 1] == "?"
        ):
            continue
        if word_count(text, s, e) < MIN_QUOTE_WORDS or is_command(text, s, e):
            continue
        spans.append((s, e))
    return spans


def quote_frames(
    state: State, toks: list[Token], quotes: list[Quote], ss: int, se: int, para: Paragraph
) -> tuple[list[Frame], set[int]]:
    """Frames for the quotations of one sentence; returns them and the cue positions used."""
    text = state.text
    frames: list[Frame] = []
    used: set[int] = set()
    for n, quote in enumerate(quotes):
        close = quote.close if quote.close is not None else quote.end
        spans = _direct_spans(text, quote)
        pre_lo = ss if n == 0 else (quotes[n - 1].close or quotes[n - 1].end) + 1
        post_hi = quotes[n + 1].open if n + 1 < len(quotes) else se
        frame = None
        # After the quotation: “…,” he said. / “…,” said Smith.
        if quote.close is not None:
            a = index_at(toks, close + 1)
            b = index_at(toks, post_hi)
            j = a
            while j < b and toks[j][0] in {",", "—", "–", "-", "'", "’"}:
                j += 1
            if j < b and j - a <= 3:
                frame = _post_attribution(state, toks, j, b, quote, spans)
                if frame is not None and all(not f.spans or f.mention is None for f in frames):
                    _widen_to_sentence(state, frame, quote, ss)
        # Before it: Smith said: “…” / He emphasized, “…”
        if frame is None:
            frame = _pre_attribution(state, toks, pre_lo, quote, spans, ss)
        if frame is None:
            lead = text[pre_lo : quote.open].strip(SPACE + ",`‘'")
            opener_at_start = quote.open == ss or lead == ""
            if opener_at_start and spans:
                frame = Frame(quote.open, quote.open, "", None, spans, "direct", inherit=True)
        if frame is None:
            continue
        frame.paragraph = para.index
        frame.continues, frame.chained = quote.continues, quote.continued
        frame.local = quote.unclosed_after_narrative
        if frame.cue_end > frame.cue_start and frame.spans:
            # A cue whose quotation is too short to be a claim ('revealed that "some"
            # progress …') still reports the sentence.
            used.add(frame.cue_start)
        frames.append(frame)
    return frames, used


#: Words of the reporter's own before a quotation that then shares its attribution.
MIN_LEAD_WORDS = 3


def _widen_to_sentence(state: State, frame: Frame, quote: Quote, ss: int) -> None:
    """A quotation that ends a reported statement carries the whole statement.

    In 'Cuts could hurt the company's "ability to keep growing," an analyst wrote', the
    claim is the sentence up to the quotation's end, not the quoted words alone. Not when
    the words before the quotation have their own cue or end in a colon.
    """
    text = state.text
    lead = text[ss : quote.open]
    if (
        len(frame.spans) > 1
        or quote.close is None
        or word_count(text, ss, quote.open) < MIN_LEAD_WORDS
        or lead.rstrip(SPACE).endswith((":", ",", "—", "–"))
        or lexicon().cue_re.search(lead)
        or lexicon().marker_re.search(lead)
        or opens_with_participle_cue(lead)
    ):
        return
    # Up to the quotation's end; a fragment too short to be a claim of its own still ends it.
    end = frame.spans[0][1] if frame.spans else quote.close
    span = clean_span(text, ss, end, direct=False)
    if span[1] > span[0]:
        frame.spans = [span]
        frame.kind = "indirect"  # "mixed" once built: it holds a quotation mark


def _descriptor_name(toks: list[Token], k: int, limit: int) -> tuple[int, int] | None:
    """The name after up to four lower-case descriptor words: "Oleh Kiper" in "regional
    head Oleh Kiper"."""
    j = k
    while j < limit and j - k < 4 and toks[j][0].isalpha() and toks[j][0].islower():
        j += 1
    if j == k or j >= limit or not toks[j][0][:1].isupper():
        return None
    return noun_phrase_after(toks, j, limit)


def _descriptor_span(toks: list[Token], k: int, limit: int) -> tuple[int, int] | None:
    """ "regional head Oleh Kiper": up to four lower-case words, then a name."""
    name = _descriptor_name(toks, k, limit)
    return (k, name[1]) if name else None


def _name_tail(toks: list[Token], span: tuple[int, int]) -> int:
    """Index where the capitalised tail of a described name starts."""
    n = span[1]
    while n > span[0] and toks[n - 1][0][:1].isupper():
        n -= 1
    return n


def name_after_long_title(toks: list[Token], k: int, limit: int, text: str) -> Mention | None:
    """The person at the end of a long office after an inverted verb: "said Assistant to the
    President and head of the Foreign Policy Department Hikmat Hajiyev at a press
    conference", "said Comptroller of the Royal Household Datuk Wira Zailani Hashim"."""
    lex = lexicon()
    end = k
    while end < limit and toks[end][0] not in {".", ",", ";", ":", "!", "?"}:
        word = toks[end][0]
        if word in PP_STARTERS and word != "to" and toks[end - 1][0][:1].isupper():
            break  # "… Hikmat Hajiyev at a press conference": where, after the name
        end += 1
    office = any(
        toks[n][0].lower() in lex.title_heads or toks[n][0].lower() in lex.titles
        for n in range(k, end)
    )
    long_office = any(toks[n][0] in {"of", "to", "for", "and"} for n in range(k, end))
    if end - k < 3 or not office or not long_office:
        return None
    start = end
    while start > k and (toks[start - 1][0][:1].isupper() or is_particle(toks[start - 1][0])):
        start -= 1
    for n in range(start, end - 1):
        if has_given_name(tuple(t[0] for t in toks[n:end])) or n == end - 2:
            mention = classify(toks[n:end], text)
            if mention is not None and mention.kind == "name":
                if not mention.role:
                    mention.role, mention.role_words = role_of([t[0] for t in toks[k:n]])
                return mention
    return None


def _described_mention_after(toks: list[Token], k: int, limit: int, text: str) -> Mention | None:
    """The speaker after an inverted cue: "said the minister", "said trust chair Helen Doyle"."""
    span = noun_phrase_after(toks, k, limit)
    if span:
        mention = classify(toks[span[0] : span[1]], text)
        # "said board member Torill Floyd", "said Greenpeace UK political campaigner Megan
        # Randles": the member, not the body
        lowered = (
            mention is not None and mention.kind == "organisation" and mention.text[:1].islower()
        )
        described = _descriptor_name(toks, k if lowered else span[1], limit)
        if described is None or not lowered and toks[described[0] - 1][0] not in lexicon().titles:
            return mention
        return classify(toks[described[0] : described[1]], text) or mention
    named = name_after_long_title(toks, k, limit, text)
    if named is not None:
        return named
    epithet = epithet_after(toks, k, limit)
    if epithet is not None and (epithet[1] >= limit or toks[epithet[1]][0] in {".", ","}):
        core = epithet[1] - 2 if toks[epithet[1] - 2][0] == "of" else epithet[1]
        return classify(toks[epithet[0] : core], text)  # "the mother" of three
    span = _descriptor_name(toks, k, limit)
    if not span:
        return None
    mention = classify(toks[k : span[1]], text)
    if mention is None or mention.kind not in {"name", "title"}:
        mention = classify(toks[span[0] : span[1]], text)
    return mention


def _post_attribution(
    state: State, toks: list[Token], j: int, b: int, quote: Quote, spans: list[tuple[int, int]]
) -> Frame | None:
    text = state.text
    lex = lexicon()
    cue = lex.cue_re.match(text, toks[j][1])
    form = cue_form(cue.group()) if cue else None
    if form is not None and form.participle:
        return None  # '“…”, adding that the French should act': the speaker is given before
    if cue and cue.end() <= (toks[b - 1][2] if b > j else cue.end()):
        # Inverted: "said the minister", "added Smith"
        k = index_at(toks, cue.end())
        mention = acronym_after(state, toks, k, b) or _described_mention_after(toks, k, b, text)
        if mention is not None and mention.kind != "group":
            return Frame(cue.start(), cue.end(), cue.group(), mention, spans, "direct")
    if toks[j][0].lower() in clause_links():
        return None  # "…”, while Pete Wishart said …": a new clause with its own statement
    if toks[j][0].lower() in lex.prepositions:
        return None  # '“own goal” for Mr Shorten, he said': the quotation goes on the sentence
    span = noun_phrase_after(toks, j, b) or _descriptor_span(toks, j, b)
    if not span:
        return None
    mention = classify(toks[span[0] : span[1]], text)
    if mention is None and span[0] < span[1]:
        mention = classify(toks[_name_tail(toks, span) : span[1]], text)
    described = _descriptor_name(toks, span[1], b)
    if (
        described is not None
        and toks[described[0] - 1][0] in lex.titles
        and not any(cue_form(t[0]) for t in toks[span[1] : described[0]])
    ):
        # "Saenuri Party floor leader Won Yoo-chul said", "chief presidential press
        # secretary Kim Sung-woo told": the person after the body and the office
        named = classify(toks[described[0] : described[1]], text)
        if named is not None and named.kind == "name":
            mention, span = named, (span[0], described[1])
    if mention is None or mention.kind == "group":
        return None
    k = span[1]
    # ", the Leader of X, said" / ", who leads the party, said"
    while k < b and toks[k][0] in {","}:
        k += 1
        if k < b and toks[k][0].lower() in RELATIVE_STARTS:
            close = next((n for n in range(k + 1, min(b, k + 25)) if toks[n][0] == ","), None)
            if close is None:
                return None
            k = close + 1
            break
        aside = _aside_before_cue(text, toks, k, b)
        if aside is not None:
            k = aside  # ", Iranian deputy foreign minister for political affairs, said"
            break
        inner = noun_phrase_after(toks, k, b)
        if inner is None and k < b and toks[k][0].lower() in DETERMINERS:
            # ", a spokesperson for the governor, said" (the last comma sometimes missing)
            stop = next(
                (
                    n
                    for n in range(k + 1, min(b, k + 12))
                    if toks[n][0] == "," or lex.cue_re.match(text, toks[n][1])
                ),
                None,
            )
            inner = (k, stop) if stop is not None else None
        if inner is None:
            return None
        k = inner[1]
        while k < b and toks[k][0] == ",":
            k += 1
        break
    adverbs = lex.adverbs
    while k < b and toks[k][0].lower() in adverbs:
        k += 1
    if k >= b:
        return None
    cue = lex.cue_re.match(text, toks[k][1])
    if not cue:
        return None
    after = index_at(toks, cue.end())
    if after < b and toks[after][0] == "that":
        return None  # "In statements to 'Ammon News,' the minister added that …": not his
    if toks[k][0].lower() in QUOTING_VERBS:
        # '“…,” AFP cited Mitsotakis as telling CNN': the person quoted, not the agency
        inner = noun_phrase_after(toks, after, b)
        quoted = classify(toks[inner[0] : inner[1]], text) if inner else None
        if quoted is not None and inner[1] < b and toks[inner[1]][0].lower() == "as":
            mention = quoted
    return Frame(cue.start(), cue.end(), cue.group(), mention, spans, "direct")


#: Longest description in commas between a name and its speech verb.
MAX_ASIDE_TOKENS = 16


def _aside_before_cue(text: str, toks: list[Token], k: int, b: int) -> int | None:
    """Where the verb starts after a description in commas from token ``k``: the token
    after the closing comma when a speech verb (maybe after adverbs) follows it."""
    lex = lexicon()
    for n in range(k + 1, min(b, k + MAX_ASIDE_TOKENS)):
        word = toks[n][0]
        if lex.cue_re.fullmatch(word) and toks[k][0].islower() and toks[n - 1][0] == ")":
            return n  # ", member of the Islamic Group (Komal) told": the comma is missing
        if word in QUOTE_CHARS or word in {".", ";", ":"} or lex.cue_re.fullmatch(word):
            return None
        if word == ",":
            after = n + 1
            while after < b and toks[after][0].lower() in lex.adverbs:
                after += 1
            if after < b and lex.cue_re.match(text, toks[after][1]):
                return n + 1
            return None
    return None


def _pre_attribution(
    state: State,
    toks: list[Token],
    pre_lo: int,
    quote: Quote,
    spans: list[tuple[int, int]],
    ss: int,
) -> Frame | None:
    text = state.text
    before = text[pre_lo : quote.open].rstrip(SPACE)
    if not before:
        return None
    tail = before[-1]
    lo_tok = index_at(toks, pre_lo)
    hi_tok = index_at(toks, quote.open)
    # The last cue before the quotation, followed only by a listener or time phrase.
    last = None
    for match in cue_matches(text, toks, pre_lo, quote.open):
        last = match
    if last is None and lo_tok + 2 == hi_tok and toks[lo_tok + 1][0] in {":", ","}:
        # "Adding: “…”" opening a paragraph: the last speaker goes on
        word, at, end = toks[lo_tok]
        form = cue_form(word.lower())
        if form is not None and form.participle:
            return Frame(at, end, word, None, spans, "direct", participle=True)
    if last is None:
        return _pre_marker(state, toks, pre_lo, quote, spans)
    between = text[last.end() : quote.open].strip(SPACE)
    if tail not in ":;,—–" and not between.endswith("that") and between:
        return None
    form = cue_form(last.group())
    if form is None:
        return None
    if form.obj == "np" and not between:
        return None  # "hailed “progress” in the talks": the quotation is inside what he hailed
    if (not between or between.endswith("that")) and quote_runs_on(toks, hi_tok, len(toks)):
        return None  # 'said “we must do that reform” to save it': reported speech, quoted in part
    if between and _clause_goes_on(toks, quote):
        return None  # 'He said her treatment, “which threatens her,” could …': reported speech
    # "said in an interview with CNN, which was followed by the agency: “…”": a longer
    # adjunct may stand between the verb and the colon.
    adjunct = tail == ":" and between.split()[:1] and between.split()[0].lower() in PP_STARTERS
    if word_count(text, last.end(), quote.open) > (MAX_ADJUNCT_WORDS if adjunct else 8):
        return None
    cue_tok = index_at(toks, last.start())
    quoted = _quoted_speaker(state, toks, cue_tok, lo_tok)
    if quoted is not None:
        return Frame(last.start(), last.end(), last.group(), quoted, spans, "direct")
    k = skip_adverbs_back(toks, cue_tok, lo_tok)
    if (
        k - 1 >= lo_tok
        and toks[k - 1][0].lower() in {"and", "but"}
        and (tail in ":," or not between)
    ):
        # "The judge said … and added: “…”": the sentence's subject speaks again.
        return Frame(last.start(), last.end(), last.group(), None, spans, "direct", participle=True)
    if form.participle:
        # "…, saying: “…”" or, with the colon, "expressed his dismay saying: “…”"; and
        # '“…,” adding that “…”', the comma inside the first quotation
        lead = text[max(ss, last.start() - 4) : last.start()].rstrip(SPACE)
        comma_before = lead.endswith(",") or lead[-1:] in QUOTE_CHARS and lead[-2:-1] == ","
        if not comma_before and tail != ":":
            return None
        frame = Frame(
            last.start(), last.end(), last.group(), None, spans, "direct", participle=True
        )
        return frame
    mention, _ = subject_before(state, toks, cue_tok, lo_tok)
    if mention is None:
        # "said Smith:"
        span = noun_phrase_after(toks, index_at(toks, last.end()), hi_tok)
        if span:
            mention = classify(toks[span[0] : span[1]], text)
    if mention is None or mention.kind == "group":
        return None
    return Frame(last.start(), last.end(), last.group(), mention, spans, "direct")


#: Most words of an adjunct between a verb and the colon before its quotation.
MAX_ADJUNCT_WORDS = 20


def _clause_goes_on(toks: list[Token], quote: Quote) -> bool:
    """Whether the sentence's verb comes after the quotation: “…,” could …"""
    if quote.close is None:
        return False
    k = index_at(toks, quote.close + 1)
    while k < len(toks) and toks[k][0] in {",", "—", "–"}:
        k += 1
    return k < len(toks) and toks[k][0] in AUXILIARIES | BE_FORMS


def _pre_marker(
    state: State, toks: list[Token], pre_lo: int, quote: Quote, spans: list[tuple[int, int]]
) -> Frame | None:
    """ "According to him: “…”", "In the words of the minister, “…”": a marker and its
    speaker, then a colon or comma, and nothing else, before the quotation."""
    text = state.text
    matches = cue_matches(text, toks, pre_lo, quote.open, markers=True)
    if not matches:
        return None
    marker = matches[-1]
    owner = next((w for w in marker.group().lower().split() if w in OWN_WORDS), None)
    between = text[marker.end() : quote.open].strip(SPACE)
    if text[pre_lo : marker.start()].strip(SPACE + ',“"') or not (
        between.endswith((":", ",")) or owner is not None and not between  # "His words “…”"
    ):
        return None
    if owner is not None:
        # "In his words, “…”": the marker holds its speaker
        mention = Mention("pronoun", marker.start(), marker.end(), owner, gender=OWN_WORDS[owner])
        return Frame(marker.start(), marker.end(), marker.group(), mention, spans, "direct")
    span = noun_phrase_after(toks, index_at(toks, marker.end()), index_at(toks, quote.open))
    if span is None or toks[span[1]][0] not in {":", ","}:
        return None
    mention = classify(toks[span[0] : span[1]], text)
    if mention is None or mention.kind == "group":
        return None
    return Frame(marker.start(), marker.end(), marker.group(), mention, spans, "direct")


#: Possessives in a marker that name the speaker ("in his words"), with their gender.
OWN_WORDS = {"his": "m", "her": "f"}


#: Words before an -ing cue that keep it from reporting anything ("short of saying").
NOT_SAYING_LEADS = frozenset({"as", "of", "without", "from"})

QUOTING_VERBS = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})


def _quoted_speaker(state: State, toks: list[Token], cue_tok: int, lo: int) -> Mention | None:
    """ "He quoted Yakubu as saying: …", "quoted the minister to have said: …": the
    quotation is the person quoted, not the one who quotes."""
    k = cue_tok
    if k - 1 >= lo and toks[k - 1][0].lower() == "as":
        k -= 1
    elif k - 2 >= lo and [t[0].lower() for t in toks[k - 2 : k]] == ["to", "have"]:
        k -= 2
    else:
        return None
    for q in range(k - 1, max(lo, k - 8) - 1, -1):
        if toks[q][0].lower() in QUOTING_VERBS:
            span = noun_phrase_after(toks, q + 1, k)
            if span is None or span[1] != k:
                return None
            mention = classify(toks[span[0] : span[1]], state.text)
            return mention if mention is not None and mention.kind != "group" else None
    return None
