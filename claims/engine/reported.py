"""Reported speech: speech verbs and markers such as 'according to', and what they report."""

from __future__ import annotations

import re

from .frames import (
    ADVERBIAL_OPENERS,
    AUXILIARIES,
    BE_FORMS,
    DOUBLE_CLOSE_RE,
    DOUBLE_OPEN_RE,
    MIN_REPORTED_WORDS,
    POSSESSIVE_WORDS,
    PP_STARTERS,
    QUOTE_CHARS,
    REFLEXIVES,
    WEEKDAYS,
    Frame,
    State,
    clean_span,
    content_end,
    cue_form,
    cue_matches,
    finite_verb,
    in_any,
    index_at,
    opens_with_participle_cue,
    plain_verb,
    quote_runs_on,
    word_count,
)
from .lexicon import CueForm, lexicon
from .phrases import noun_phrase_after, noun_phrase_before
from .quotations import NOT_SAYING_LEADS, name_after_long_title
from .speakers import (
    DETERMINERS,
    Mention,
    Token,
    classify,
)
from .subjects import (
    CLAUSE_WORDS,
    MEDIUM_DETERMINERS,
    SUBJECT_PRONOUNS,
    adjunct_aside,
    inverted_person_after,
    possessive_word,
    skip_adverbs_back,
    skip_to_content,
    subject_before,
    they_for_organisation,
    trailing_adjunct,
)
from .text import (
    DOUBLE_CLOSE,
    SPACE,
    WORD_RE,
    Paragraph,
    trim,
)


def reported_frames(
    state: State,
    toks: list[Token],
    ss: int,
    se: int,
    quote_spans: list[tuple[int, int]],
    used: set[int],
    para: Paragraph,
) -> list[Frame]:
    text = state.text
    found: list[tuple[int, int, str, str]] = []  # (start, end, surface, "verb"|"marker")
    for match in cue_matches(text, toks, ss, se):
        if match.start() not in used and not in_any(match.start(), quote_spans):
            found.append((match.start(), match.end(), match.group(), "verb"))
    for match in cue_matches(text, toks, ss, se, markers=True):
        if not in_any(match.start(), quote_spans):
            found.append((match.start(), match.end(), match.group(), "marker"))
    found.sort()
    frames: list[Frame] = []
    claimed: list[tuple[int, int]] = []
    fronted = _fronted_participle(state, toks, ss, se)
    if fronted is not None:
        fronted.paragraph = para.index
        frames.append(fronted)
        claimed.extend(fronted.spans)
    for cs, ce, surface, what in found:
        if in_any(cs, claimed) or _in_question(text, ss, cs):
            continue
        frame = (
            _marker_frame(state, toks, cs, ce, surface, ss, se, quote_spans)
            if what == "marker"
            else _verb_frame(state, toks, cs, ce, surface, ss, se, quote_spans)
        )
        if frame is None:
            continue
        frame.paragraph = para.index
        frames.append(frame)
        claimed.extend(frame.spans)
    return frames


QUESTION_LEAD_RE = re.compile(r"(?:when\s+|after\s+being\s+)?(?:asked|questioned|pressed)\b", re.I)
QUESTION_END_RE = re.compile(r",|--|[—–]")


def _in_question(text: str, ss: int, cs: int) -> bool:
    """ "Asked whether she believes a ceasefire can hold, Kallas stressed …": a cue inside
    the question put to the speaker reports nothing."""
    return QUESTION_LEAD_RE.match(text, ss) is not None and not QUESTION_END_RE.search(text, ss, cs)


def _starts_sentence(text: str, ss: int, pos: int) -> bool:
    return text[ss:pos].strip(SPACE) == ""


def _parenthetical_content(
    text: str, toks: list[Token], subj_start: int, after: int, ss: int, se: int
) -> tuple[int, int] | None:
    """For "Even now, he suggested, X" the statement X; None when the shape does not fit."""
    prefix = text[ss:subj_start].rstrip(SPACE)
    if not prefix or not prefix.endswith(","):
        return None  # "Chris Abel responded, calling …": the subject opens the sentence
    first = WORD_RE.search(text, ss, subj_start)
    lex = lexicon()
    adverbial = first is not None and (
        first.group().lower() in lex.prepositions
        or first.group().lower() in ADVERBIAL_OPENERS
        or first.group().lower() in PP_STARTERS  # "Despite this, he says, …"
        or first.group().lower().endswith("ly")
    )
    if not adverbial or word_count(text, ss, subj_start) > 8:
        return (ss, se)  # "The plan, he said, will fail": keep the whole sentence
    return (after, se)


def _continuation(
    text: str,
    toks: list[Token],
    subj_start: int,
    link: int,
    limit: int,
    ss: int,
    se: int,
) -> list[tuple[int, int]] | None:
    """ "It never came, he said, and he spent years waiting": two statements, one each side
    of the cue, when a clause before it is followed by a linking word after it."""
    if link + 1 >= limit or toks[link][0].lower() not in lexicon().continuations:
        return None
    prefix = text[ss:subj_start].rstrip(SPACE)
    if not prefix.endswith(",") or word_count(text, ss, subj_start) < MIN_REPORTED_WORDS:
        return None
    if _parenthetical_content(text, toks, subj_start, toks[link][1], ss, se) != (ss, se):
        return None  # "Even now, he said, and …": an adverbial, not a statement
    start = toks[link + 1][1]
    spans = [
        clean_span(text, ss, ss + len(prefix) - 1, direct=False),
        clean_span(text, start, content_end(text, start, se), direct=False),
    ]
    if any(word_count(text, *span) < MIN_REPORTED_WORDS for span in spans):
        return None
    return spans


# "rejected the suggestion that …": the noun names the statement the verb acts on.
CLAIM_NOUNS = frozenset(
    {
        "suggestion",
        "suggestions",
        "claim",
        "claims",
        "criticism",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "idea",
        "notion",
        "charge",
        "charges",
        "assertion",
        "argument",
        "report",
        "reports",
        "view",
        "impression",
        "perception",
        "speculation",
        "fears",
        "concerns",
    }
)
CLAIM_DETERMINERS = frozenset({"the", "any", "all", "these", "those", "such"})


# Verbs whose object is followed directly by the name they give it.
NAMING_LEMMAS = frozenset(
    {"call", "dub", "brand", "term", "label", "describe", "characterize", "characterise"}
)


def _naming_end(text: str, form: CueForm, start: int, end: int, had_that: bool) -> int:
    """Where 'called Mr Roe a “protector of criminals” in question time on Wednesday'
    stops: at the quotation that names him; the rest is when and where."""
    if had_that or form.lemma not in NAMING_LEMMAS:
        return end
    opening = DOUBLE_OPEN_RE.search(text, start, end)
    closing = DOUBLE_CLOSE_RE.search(text, opening.end(), end) if opening else None
    return closing.end() if closing else end


NAMING_FORMS = frozenset(
    {"termed", "terms", "branded", "brands", "labelled", "labeled", "called", "calls", "dubbed"}
)
DESCRIBING_VERBS = frozenset({"describe", "characterize", "characterise"})


#: Most tokens of the subject of a clause reported without "that".
MAX_CLAUSE_SUBJECT = 8


def _clause_follows(toks: list[Token], k: int, limit: int) -> bool:
    """Whether a clause with its own subject and verb starts at token ``k``: "claimed the
    Conservatives are terrified", not "claimed victory" or "claimed the lives of 12"."""
    if k >= limit or toks[k][0].lower() in PREPOSITION_LEADS:
        return False
    for n in range(k + 1, min(limit, k + MAX_CLAUSE_SUBJECT)):
        word = toks[n][0]
        if not WORD_RE.fullmatch(word):
            return False
        if word in BE_FORMS or word in AUXILIARIES:
            return True
    return False


PREPOSITION_LEADS = frozenset({"to", "for", "in", "on", "at", "by", "with", "from"})


#: Most words before the head of a weak verb's object: "defended the planned budget cuts".
MAX_STANCE_OBJECT_WORDS = 7


def _weak_np_object(toks: list[Token], j: int, limit: int, surface: str) -> bool:
    """A weak verb's object that carries a statement: "rejected the claim that …", "described
    the plan as “…”", "termed the policy “…”", "blamed the agency for …"."""
    form = cue_form(surface)
    describing = form is not None and form.lemma in DESCRIBING_VERBS
    # "described the operation — the attack of October 7 — as …": a longer object.
    window = toks[j : min(limit, j + (32 if describing else 16))]
    if not window or window[0][0] in QUOTE_CHARS:
        return False
    if (
        len(window) >= 3
        and window[0][0].lower() in CLAIM_DETERMINERS
        and window[1][0].lower() in CLAIM_NOUNS
        and window[2][0] == "that"
    ):
        return True
    if (
        len(window) >= 2
        and window[0][0].lower() in CLAIM_NOUNS
        and (window[1][0] == "that" or window[1][0].lower() in SUBJECT_PRONOUNS)
    ):
        return True  # "rejected claims that …", "dismissed criticism he was rushing …"
    lex = lexicon()
    for tok in window[: MAX_STANCE_OBJECT_WORDS if form is not None and form.stance else 0]:
        if tok[0] in {"’", "'"} or tok[0].lower() in {"of", "’s", "'s"}:
            continue  # "some of the referee's decisions"
        if not WORD_RE.fullmatch(tok[0]) or tok[0].lower() in lex.prepositions:
            break
        if tok[0].lower() in lex.stance_objects:
            return True  # "defended the budget cuts"
    for n, tok in enumerate(window[1:], 1):
        if tok[0] in QUOTE_CHARS:
            # "described the plan as “…”", "termed the policy “…”"; not "called a meeting
            # “to discuss …”", a purpose
            purpose = n + 1 < len(window) and window[n + 1][0].lower() == "to"
            return window[n - 1][0].lower() == "as" or (
                surface.lower() in NAMING_FORMS and not purpose
            )
        if form is not None and n >= 2 and tok[0].lower() in form.passive_before:
            # "blamed the agency for his return": the word that makes "was blamed for" a
            # passive links a person to what the speaker lays on them
            return True
        if describing and tok[0].lower() == "as" and n >= 2:
            # "characterized the increase as a blip", not "described the scene as he left"
            after = window[n + 1][0].lower() if n + 1 < len(window) else ""
            return after not in SUBJECT_PRONOUNS
        if window[n - 1][0] == "and" and cue_form(tok[0]) is not None:
            return False  # "referred to the report and described it as “…”": the second verb's
        if tok[0] == "." and "." in window[n - 1][0]:
            continue  # "U.S.": an abbreviation, not the end of the sentence
        if describing and tok[0] in {",", "—", "–"}:
            continue
        if tok[0] in {".", ";", ":", "?", "!", ",", "—", "–"}:
            return False
    return False


ANSWERING_CUES = frozenset({"answer", "respond", "reply"})
#: Cues that take "what", "how" or "why" for a topic ("explained what happened").
EXPLAINING_CUES = frozenset({"explain", "describe", "recall", "reveal", "clarify", "detail"})
QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "where", "when", "who"})
#: Cues that may share what shows rather than says: "tweeted a photo of …", "posted a video".
POSTING_CUES = frozenset({"tweet", "post"})
#: ... and what such a post shows.
MEDIA_OBJECTS = frozenset(
    {"photo", "photos", "picture", "pictures", "video", "videos", "image", "images", "selfie"}
)


def _passive_agent(
    state: State, toks: list[Token], cue_tok: int, after_tok: int, floor: int, limit: int
) -> Mention | None:
    """The person in "This was stated by X", "…, as was said by X": who spoke, named after
    a passive cue."""
    if (
        cue_tok - 1 < floor
        or toks[cue_tok - 1][0].lower() not in BE_FORMS
        or after_tok + 1 >= limit
        or toks[after_tok][0].lower() != "by"
    ):
        return None
    span = noun_phrase_after(toks, after_tok + 1, limit)
    mention = classify(toks[span[0] : span[1]], state.text) if span else None
    return mention if mention is not None and mention.kind in {"name", "title"} else None


#: Words after "said this" that set when or where, so "this" is what was said before.
THIS_LEADS = frozenset({"while", "when", "after", "before", "as", "yesterday", "today"})


def _points_back(toks: list[Token], at: int, limit: int) -> bool:
    """ "He said this at a meeting", "Kyari said this during the briefing": "this" stands for
    the statement reported before, not a new one."""
    if at >= limit or toks[at][0].lower() != "this":
        return False
    nxt = toks[at + 1][0] if at + 1 < limit else "."
    return nxt in {".", ",", ";"} or nxt.lower() in PP_STARTERS or nxt.lower() in THIS_LEADS


#: Cues whose -ing form without "that" is the reporter's reading of what was said.
READING_PARTICIPLES = frozenset({"signal", "indicate"})

#: Cues whose "to" starts what is promised ("vowed to monitor the vote"), not a place.
INFINITIVE_CUES = frozenset(
    {"vow", "pledge", "promise", "threaten", "urge", "call on", "call upon"}
)
#: Longest content after a cue that is read as where or when, not what ("on Twitter").
MAX_ADJUNCT_CONTENT = 6


def _adjunct_only(before: str) -> bool:
    """ "At a ceremony in the capital, here today," before "he said …": a phrase of place or
    time with no finite verb ("Ahead of a summit to be hosted by the UK," has none of its
    own), or "Objecting to a remark by …," a participle with its preposition; the statement
    follows the cue."""
    words = WORD_RE.findall(before)
    low = [w.lower() for w in words]
    if len(low) > 1 and low[0].endswith("ing") and low[1] in lexicon().prepositions:
        return True
    if opens_with_participle_cue(before):
        return True  # "Terming his talks with Xi “highly productive”, he said …"
    infinitive = {n + 1 for n, w in enumerate(low) if w == "to"}
    infinitive |= {n + 1 for n in infinitive if n < len(low) and low[n] in {"be", "have"}}
    return (
        bool(low)
        and low[0] in PP_STARTERS
        and not any(
            w in CLAUSE_WORDS or finite_verb(w) for n, w in enumerate(words) if n not in infinitive
        )
    )


def _fronted_participle(state: State, toks: list[Token], ss: int, se: int) -> Frame | None:
    """ "Arguing that X, Senator Roe urged …": X is the statement of the subject after it.

    Only a sentence that opens with a speech verb's -ing form and "that" ("Saying" also
    before a pronoun); the statement runs to the first comma followed by a speaker and a
    lower-case word (the verb).
    """
    text = state.text
    first = index_at(toks, ss)
    limit = index_at(toks, se)
    if first + 2 >= limit:
        return None
    word, cs, ce = toks[first]
    form = cue_form(word.lower())
    if form is None or not form.participle:
        return None
    if toks[first + 1][0] == "that":
        start_tok = first + 2
    elif form.lemma == "say" and toks[first + 1][0].lower() in SUBJECT_PRONOUNS:
        start_tok = first + 1  # "Saying he “never said that”, Rowley said …"
    else:
        return None
    for c in range(start_tok + MIN_REPORTED_WORDS, limit - 1):
        if toks[c][0] != ",":
            continue
        span = noun_phrase_after(toks, c + 1, limit)
        if span is None or span[1] >= limit or not toks[span[1]][0][:1].islower():
            continue
        mention = classify(toks[span[0] : span[1]], text)
        if mention is None or mention.kind == "group":
            continue
        content = clean_span(text, toks[start_tok][1], toks[c][1], direct=False)
        return Frame(cs, ce, word, mention, [content], "indirect")
    return None


def _reports_after(text: str, pos: int, end: int) -> bool:
    """Whether a weak cue ending at pos reports something: 'that', a colon or a quotation."""
    rest = text[pos:end].lstrip(SPACE)
    return not rest or rest[0] in ':"“‘«' or rest[:5].lower() == "that "


def _has_own_attribution(state: State, toks: list[Token], start: int, end: int) -> bool:
    """Whether text[start:end] holds a cue with a speaker of its own ("the minister said")."""
    lo = index_at(toks, start)
    for match in cue_matches(state.text, toks, start, end):
        form = cue_form(match.group())
        if form is not None and form.weak and not _reports_after(state.text, match.end(), end):
            continue  # "According to X, police responded to the scene …": no second speaker
        mention, _ = subject_before(state, toks, index_at(toks, match.start()), lo)
        if mention is not None and mention.kind != "group":
            return True
    return False


PROGRESSIVE_BE = frozenset({"is", "are", "was", "were"})
#: ", on Tuesday, that …" right after a cue: the statement follows "that".
ASIDE_THAT_RE = re.compile(r",[^,.;:“”\"]{1,40},\s*that\s+")


def _statement_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The reported statement from ``start``, cleaned and cut where it ends before ``end``;
    None when too little is left to state anything."""
    span = clean_span(text, start, content_end(text, start, end), direct=False)
    return span if word_count(text, *span) >= MIN_REPORTED_WORDS else None


def _verb_frame(
    state: State,
    toks: list[Token],
    cs: int,
    ce: int,
    surface: str,
    ss: int,
    se: int,
    quote_spans: list[tuple[int, int]],
) -> Frame | None:
    text = state.text
    form = cue_form(surface)
    if form is None:
        return None
    floor = index_at(toks, ss)
    cue_tok = index_at(toks, cs)
    after_tok = index_at(toks, ce)
    limit = index_at(toks, se)
    nxt = toks[after_tok][0] if after_tok < limit else ""
    before = toks[cue_tok - 1][0] if cue_tok - 1 >= floor else ""
    if possessive_word(before) or before.lower() in POSSESSIVE_WORDS:
        return None  # "Labour's calls for a probe", "her warning": nouns
    if nxt.lower() in form.passive_before:
        return None  # "a minister accused of assault": the minister is the accused
    if nxt.lower() in AUXILIARIES and surface.endswith("s"):
        return None  # "The Gulf states have spent", "Public comments would be": nouns
    # A cue introducing a quotation belongs to the quotation.
    if nxt in {":", ","} and after_tok + 1 < limit and toks[after_tok + 1][0] in QUOTE_CHARS:
        return None
    if nxt in QUOTE_CHARS and form.obj != "np" and not quote_runs_on(toks, after_tok, limit):
        return None  # but "hailed “progress” in the talks" reports a noun phrase
    # "he is warning that …": a progressive is a finite verb with its subject before "is"
    progressive = cue_tok - 1 >= floor and toks[cue_tok - 1][0].lower() in PROGRESSIVE_BE
    if form.participle and not progressive:
        if cue_tok - 1 >= floor and toks[cue_tok - 1][0].lower() in NOT_SAYING_LEADS:
            return None  # "would not go as far as saying …", "stopped short of saying …"
        # "…, saying …", "… and saying …", "said adding …"; and "… with the US saying this
        # is …", where a clause follows at once.
        says_clause = form.lemma == "say" and (
            nxt.lower() in {"that", "this", "the"} or nxt.lower() in SUBJECT_PRONOUNS
        )
        after_quote = (  # "“free or fair,” adding that …": the quotation took the comma
            cue_tok - 2 >= floor
            and toks[cue_tok - 1][0] in QUOTE_CHARS
            and toks[cue_tok - 2][0] == ","
        )
        if cue_tok - 1 < floor or (
            toks[cue_tok - 1][0] not in {",", ";", "and", "by"}
            and not after_quote
            and not (toks[cue_tok - 1][0] == "while" and nxt.lower() == "that")
            and cue_form(toks[cue_tok - 1][0]) is None
            and not says_clause
        ):
            return None
        content_tok, had_that = skip_to_content(text, toks, after_tok, limit, form)
        if form.lemma in ANSWERING_CUES and not had_that and nxt.lower() in MEDIUM_DETERMINERS:
            return None  # "…, answering his call to march": what they answered, not a statement
        if form.weak and not had_that and nxt == "to" and form.lemma not in INFINITIVE_CUES:
            return None  # "…, hoping to reach an agreement": a wish, not a statement
        if form.lemma in READING_PARTICIPLES and not had_that:
            return None  # "…, signaling a retreat from the reform": the reporter's reading
        if not had_that and nxt in {",", ":"}:
            content_tok = after_tok + 1
        start = toks[content_tok][1] if content_tok < limit else se
        if form.obj == "np" and not had_that:
            start = cs
        end = _naming_end(text, form, start, content_end(text, start, se), had_that)
        span = clean_span(text, start, end, direct=False)
        if word_count(text, *span) < MIN_REPORTED_WORDS:
            return None
        return Frame(cs, ce, surface, None, [span], "indirect", participle=True)
    k = skip_adverbs_back(toks, cue_tok, floor)
    if k - 1 >= floor and toks[k - 1][0].lower() in {"and", "but"}:
        content_tok, had_that = skip_to_content(text, toks, after_tok, limit, form)
        if not had_that and form.weak:
            # "… and claimed it is the toughest", "… and blamed Pakistan for …" still report
            reports = (
                _weak_np_object(toks, after_tok, limit, surface)
                if form.obj == "np"
                else _clause_follows(toks, content_tok, limit)
            )
            if not reports:
                return None
        start = toks[content_tok][1] if content_tok < limit else se
        if not had_that and (form.obj == "np" or content_tok == after_tok and form.obj == "tell"):
            start = cs
        span = _statement_span(text, start, se)
        if span is None:
            return None
        return Frame(cs, ce, surface, None, [span], "indirect", participle=True)
    agent = _passive_agent(state, toks, cue_tok, after_tok, floor, limit)
    if agent is not None:
        # "This was stated by Foreign Minister Vladimir Makei": the statement came before
        return Frame(cs, ce, surface, agent, [], "indirect", points_back=True)
    mention, subj_start_tok = subject_before(state, toks, cue_tok, floor)
    # After "told" comes the listener ("…, Yury Borisov, told President Vladimir Putin"),
    # never the speaker.
    listener_after = form.obj == "tell"
    if not listener_after and inverted_person_after(
        state, toks, cue_tok, after_tok, floor, limit, mention
    ):
        mention = None  # "…, along with flu tests, said Lindsay Rew, a spokeswoman."
    inverted = False
    if mention is None and not listener_after:
        # ", said the minister." at the end of a sentence
        span = noun_phrase_after(toks, after_tok, limit)
        affiliated = span is not None and _affiliation_ends(toks, span[1], limit)
        if (
            span
            and cue_tok - 1 >= floor
            and toks[cue_tok - 1][0] == ","
            and (span[1] >= limit or toks[span[1]][0] in {".", ",", "!"} or affiliated)
        ):
            mention = classify(toks[span[0] : span[1]], text)
            cut = next((n for n in range(span[0] + 2, span[1]) if toks[n][0] == "of"), None)
            if mention is None and cut is not None and _affiliation_ends(toks, cut, limit):
                # "said Toni Sacconaghi of Sanford Bernstein": the name before the firm
                mention, span = classify(toks[span[0] : cut], text), (span[0], cut)
                affiliated = True
            inverted = True
            subj_start_tok = cue_tok
            after_tok = limit if affiliated else span[1]
        cut_short = span is not None and span[1] < limit and toks[span[1]][0] == "of"
        if (
            (mention is None or mention.kind != "name" or cut_short)
            and cue_tok - 1 >= floor
            and toks[cue_tok - 1][0] == ","
        ):
            named = name_after_long_title(toks, index_at(toks, ce), limit, text)
            if named is not None:
                mention, inverted, subj_start_tok, after_tok = named, True, cue_tok, limit
    if mention is not None and mention.kind == "group" and they_for_organisation(state, mention):
        mention = Mention("pronoun", mention.start, mention.end, mention.text, gender="n")
    if mention is None or mention.kind == "group":
        return None
    if subj_start_tok - 1 >= floor and toks[subj_start_tok - 1][0].lower() in {"what", "whatever"}:
        return None  # "a reversal from what he said before Thanksgiving": no statement here
    if (
        subj_start_tok - 1 >= floor
        and toks[subj_start_tok - 1][0].lower() in {"which", "that"}
        and nxt.lower() in BE_FORMS | AUXILIARIES
    ):
        return None  # "the rules, which South Korea believes were retaliation": its object
    subj_start = toks[subj_start_tok][1]
    if (
        inverted
        and after_tok + 2 < limit
        and toks[after_tok][0] == ","
        and toks[after_tok + 1][0].lower() == "that"
    ):
        # "This means, said Piñol, that farmers earn more": the statement follows "that".
        start = toks[after_tok + 2][1]
        span = _statement_span(text, start, se)
        if span is None:
            return None
        return Frame(cs, ce, surface, mention, [span], "indirect")
    if not inverted and _points_back(toks, after_tok, limit):
        # "Onyeama stated this at a ceremony": what was said came before, in the story
        return Frame(cs, ce, surface, mention, [], "indirect", points_back=True)
    rest = toks[after_tok:limit]
    # "…, the ministry said on Tuesday, up from 3% in April": the afterthought is not its.
    # "…, Blatter said – although he gave no details": a dash sets off the afterthought too.
    comma = next((n for n, t in enumerate(rest) if t[0] in {",", "—", "–"}), None)
    # Only after a whole clause: "Even now, he suggested, X" is a parenthetical; but
    # "…, Powell said, adding that …" goes on with a participle of its own.
    if (
        comma is not None
        and not inverted
        and (word_count(text, ss, toks[subj_start_tok][1]) > 8 or _participle_after(rest, comma))
    ):
        rest = rest[:comma]
    elif inverted and comma == 0:
        rest = []  # "…, said Melinda Harvey, the planning director."
    rest_words = [t for t in rest if t[0] not in {".", "!", "?"} and t[0] not in QUOTE_CHARS]
    # "…, the minister said." / "…, the minister said on Tuesday."
    before = text[ss:subj_start].rstrip(SPACE)
    if form.obj == "tell" and rest_words and not inverted:
        # "…, Wen told a press conference after the session": what follows the listener.
        skip, _ = skip_to_content(text, toks, after_tok, limit, form)
        rest_words = [t for t in rest_words if t[1] >= toks[min(skip, limit - 1)][1]]
    aside_that = ASIDE_THAT_RE.match(text, ce, se)
    if aside_that is not None and not inverted:
        # "Fouad Hussein confirmed, on Tuesday, that …": a time or place set off by commas
        start = aside_that.end()
        span = _statement_span(text, start, se)
        if span is not None:
            return Frame(cs, ce, surface, mention, [span], "indirect")
    if (
        before.endswith(",")
        and not _adjunct_only(before)
        and not lexicon().marker_re.match(before)  # "According to X, police responded to …"
        and (
            not rest_words
            or form.obj != "np"
            and (
                trailing_adjunct([t[0] for t in rest_words if WORD_RE.fullmatch(t[0])])
                # "…, Trudeau said Tuesday in response to demands that …": when and why
                or rest_words[0][0].lower() in WEEKDAYS
                and len(rest_words) > 1
                and rest_words[1][0].lower() in PP_STARTERS
                # "…, the minister said as he highlighted the principle", "…, Ravi said
                # while expressing her concerns": what the speaker did then
                or rest_words[0][0].lower() in {"as", "while", "when"}
                and len(rest_words) > 1
                and (
                    rest_words[1][0].lower() in SUBJECT_PRONOUNS
                    or rest_words[1][0].islower()
                    and rest_words[1][0].endswith("ing")
                )
            )
            or all(
                t[0].lower() in PP_STARTERS
                or t[0][:1].isupper()
                or t[0].lower()
                in {"a", "the", "statement", "interview", "news", "conference", "briefing"}
                for t in rest_words
            )
            and len(rest_words) <= 6
        )
    ):
        content = trim(text, ss, len(before) + ss - 1)
        if content[1] > content[0] and text[content[1] - 1] in DOUBLE_CLOSE:
            return None  # a quotation: handled as direct speech
        span = clean_span(text, *content, direct=False)
        if word_count(text, *span) < MIN_REPORTED_WORDS:
            return None
        return Frame(cs, ce, surface, mention, [span], "indirect")
    if inverted:
        return None
    if nxt == ",":
        second = _continuation(text, toks, subj_start, after_tok + 1, limit, ss, se)
        if second is not None:
            return Frame(cs, ce, surface, mention, second, "indirect")
        if (
            _starts_sentence(text, ss, subj_start)
            and form.obj != "np"
            and after_tok + 1 < limit
            and WORD_RE.fullmatch(toks[after_tok + 1][0])
            and not toks[after_tok + 1][0].endswith("ing")
        ):
            # "He said, base tariff has not been increased since September": the statement
            # follows the comma when the subject opens the sentence.
            start = toks[after_tok + 1][1]
            span = _statement_span(text, start, se)
            if span is not None:
                return Frame(cs, ce, surface, mention, [span], "indirect")
        paren = _parenthetical_content(
            text, toks, subj_start, toks[after_tok + 1][1] if after_tok + 1 < limit else se, ss, se
        )
        if paren is None:
            return None
        if paren[0] == ss:
            # "The reasons, Suri said, were …": the statement runs on past its own cue
            after = toks[after_tok + 1][1] if after_tok + 1 < limit else se
            span = clean_span(text, ss, content_end(text, after, se), direct=False)
        else:
            span = _statement_span(text, *paren)
        if span is None or word_count(text, *span) < MIN_REPORTED_WORDS:
            return None
        return Frame(cs, ce, surface, mention, [span], "indirect")
    if nxt == ":":
        start = toks[after_tok + 1][1] if after_tok + 1 < limit else se
        if _has_own_attribution(state, toks, start, se):
            return None  # "The paper adds: the minister said …": the statement has its own
        span = _statement_span(text, start, se)
        if span is None:
            return None
        return Frame(cs, ce, surface, mention, [span], "indirect")
    content_tok, had_that = skip_to_content(text, toks, after_tok, limit, form)
    if not had_that and form.weak:
        if form.obj == "np":
            if not _weak_np_object(toks, after_tok, limit, surface):
                return None
        elif not _clause_follows(toks, content_tok, limit):
            return None
    if content_tok >= limit:
        return None
    if (
        not had_that
        and form.lemma == "deny"
        and any(t[0].lower() in lexicon().plea_objects for t in toks[content_tok : content_tok + 4])
    ):
        return None  # "denies 11 counts of fraud": a plea, not a statement
    if (
        not had_that
        and form.lemma in {"deny", "admit"}
        and toks[content_tok][0].lower() in lexicon().plea_offences
    ):
        return None  # "admitted conspiracy to cause harm", "denies murder": a plea
    if form.lemma in {"call on", "call upon"} and toks[content_tok][0].lower() in {
        "him",
        "her",
        "them",
    }:
        return None  # "the ambassador, who called on him here": a visit, not a statement
    if (
        form.lemma == "admit"
        and toks[content_tok][0] == "to"
        and content_tok + 1 < limit
        and toks[content_tok + 1][0].endswith("ing")
    ):
        return None  # "admitted to throwing a petrol bomb": a plea too
    if (
        not had_that
        and toks[content_tok][0].lower() in {"this", "that", "so"}
        and content_tok + 1 < limit
        and toks[content_tok + 1][0].lower() in PP_STARTERS | {"when", "as", "while"}
    ):
        return None  # "He said this after distributing …": what he said is told before
    if not had_that and toks[content_tok][0].lower() in lexicon().empty_objects:
        return None  # "has said little publicly"
    shown = toks[content_tok + 1][0] if toks[content_tok][0].lower() in {"a", "an"} else ""
    if (
        not had_that
        and form.lemma in POSTING_CUES
        and (shown or toks[content_tok][0]).lower() in MEDIA_OBJECTS
    ):
        return None  # "tweeted a photo of her meeting …": what was posted, not said
    if toks[content_tok][0].lower() in REFLEXIVES:
        return None  # "declared himself president": an act, not a statement
    if (
        not had_that
        and form.lemma in EXPLAINING_CUES
        and toks[content_tok][0].lower() in QUESTION_WORDS
    ):
        return None  # "explained what happened on the day": a topic, not a statement
    start = toks[content_tok][1]
    if not had_that and (
        form.obj == "np"
        or form.lemma in PREPOSITION_OBJECT_LEMMAS
        and toks[content_tok][0] in {"of", "about"}
    ):
        start = cs  # "warned of a nuclear disaster": the verb and its noun phrase
    if not had_that and form.obj == "tell" and content_tok == after_tok:
        return None
    if not had_that and form.obj == "tell" and toks[content_tok][0].lower() == "to":
        return None  # "told MPs to sit down": an instruction, not a statement
    end = _naming_end(text, form, start, content_end(text, start, se), had_that)
    if form.obj == "np" and not had_that:
        end = min(end, _occasion_start(toks, content_tok, limit))
    if _in_relative_clause(toks, cue_tok, floor):
        end = min(end, _relative_clause_end(toks, content_tok, limit))
    span = clean_span(text, start, end, direct=False)
    if word_count(text, *span) < MIN_REPORTED_WORDS:
        return None
    promised = form.lemma in INFINITIVE_CUES and text.startswith("to ", span[0])
    words = WORD_RE.findall(text, *span)
    if (
        not had_that
        and form.obj == "clause"
        and not promised
        and words[0].lower() in PP_STARTERS
        and not any(plain_verb(w) or w.lower() in CLAUSE_WORDS for w in words)
    ):
        return None  # "… Trump said to several thousand at the arena": whom, where, not what
    if (
        not had_that
        and form.obj != "np"
        and not promised
        and "," not in text[span[0] : span[1]]
        and len(WORD_RE.findall(text, *span)) <= MAX_ADJUNCT_CONTENT
        and trailing_adjunct(WORD_RE.findall(text, *span))
    ):
        return None  # "… said on Twitter.": where, not what
    return Frame(cs, ce, surface, mention, [span], "indirect")


#: Clause cues whose statement may be a noun phrase after "of" or "about" ("warned of a
#: disaster", "complained about delays"): the verb stays in the span, as for noun-phrase cues.
PREPOSITION_OBJECT_LEMMAS = frozenset({"warn", "complain", "caution", "boast", "lament", "brag"})

OCCASION_LEADS = frozenset({"after", "when", "while", "following", "before"})
#: Most tokens from "after" to the verb of the clause it leads.
MAX_OCCASION_SUBJECT = 10


def _occasion_start(toks: list[Token], content_tok: int, limit: int) -> int:
    """Where a clause telling when the speaker spoke starts, after a noun-phrase statement:
    'denounced the "cynicism" of the parties after parliament rejected the budget', 'called
    the vote “a sham” while saying …'; the end of the sentence when there is none."""
    for k in range(content_tok + 2, limit):
        if toks[k][0].lower() not in OCCASION_LEADS:
            continue
        following = toks[k + 1 : min(limit, k + MAX_OCCASION_SUBJECT)]
        if any(finite_verb(t[0]) or t[0].endswith("ing") and t[0].islower() for t in following):
            return toks[k][1]
    return toks[limit - 1][2] if limit else 0


#: Most tokens between "who" or "whose" and the cue of its relative clause.
MAX_RELATIVE_SUBJECT = 6


def _in_relative_clause(toks: list[Token], cue_tok: int, floor: int) -> bool:
    """ "Apple, whose chief executive Steve Jobs said …, posted …": the cue sits in a
    relative clause set off by a comma."""
    for k in range(cue_tok - 1, max(floor, cue_tok - MAX_RELATIVE_SUBJECT) - 1, -1):
        if toks[k][0].lower() in {"who", "whose"}:
            return k - 1 >= floor and toks[k - 1][0] == ","
    return False


def _relative_clause_end(toks: list[Token], content_tok: int, limit: int) -> int:
    """Where a relative clause's statement ends: at the comma before the main clause's verb
    ("…, whose CEO said he is taking leave, posted a 78 per cent jump")."""
    for k in range(content_tok, limit - 1):
        if toks[k][0] == "," and finite_verb(toks[k + 1][0]):
            return toks[k][1]
    return toks[limit - 1][2] if limit else 0


def _affiliation_ends(toks: list[Token], k: int, limit: int) -> bool:
    """Whether "of Sanford Bernstein" or "at the Brookings Institution" from token ``k``
    ends the sentence: where the speaker named after the verb works."""
    if k >= limit or toks[k][0] not in {"of", "at", "from", "with"}:
        return False
    n = k + 1
    if n < limit and toks[n][0] == "the":
        n += 1
    if n >= limit or not toks[n][0][:1].isupper():
        return False
    while n < limit and toks[n][0] not in {",", "!", "?"} and toks[n][0] not in QUOTE_CHARS:
        word = toks[n][0]
        if word[:1].islower() and word not in {"of", "and", "for", "the"}:
            return False
        n += 1
    return True


#: Most words of a description after the source that ends the sentence.
MAX_APPOSITION_WORDS = 12


def _apposition_to_end(toks: list[Token], k: int, limit: int) -> bool:
    """Whether "spokesman for the state's Interior Department" from token ``k`` ends the
    sentence: who the source named before it is, not more of the statement."""
    first = toks[k][0].lower() if k < limit else ""
    if first not in lexicon().titles and first not in DETERMINERS:
        return False
    rest = [t[0] for t in toks[k:limit] if t[0] not in {".", "!", "?"}]
    if len(rest) > MAX_APPOSITION_WORDS or any(w == ";" or w in QUOTE_CHARS for w in rest):
        return False
    pieces: list[list[str]] = [[]]
    for word in rest:
        if word == ",":
            pieces.append([])
        else:
            pieces[-1].append(word)
    own, *more = pieces
    if any(finite_verb(word) for word in own):
        return False
    # "founder of Emaar Properties, Dubai’s largest listed developer": a second description
    return all(
        piece[0][:1].isupper() or piece[0].lower() in DETERMINERS for piece in more if piece
    ) and not any(w.lower() in AUXILIARIES | BE_FORMS for piece in more for w in piece)


def _participle_after(rest: list[Token], comma: int) -> bool:
    """Whether a participle follows the comma: "…, he said, adding that …", "…, Achmad
    said, leaving the total at five"."""
    if comma + 1 >= len(rest):
        return False
    word = rest[comma + 1][0]
    form = cue_form(word)
    return form is not None and form.participle or word.islower() and word.endswith("ing")


APPOSITION_STARTS = frozenset({"a", "an", "the", "which"})


def _marker_frame(
    state: State,
    toks: list[Token],
    cs: int,
    ce: int,
    surface: str,
    ss: int,
    se: int,
    quote_spans: list[tuple[int, int]],
) -> Frame | None:
    text = state.text
    if surface.lower().startswith("as ") and cue_matches(text, toks, ss, cs):
        return None  # "…,” Al Jubeir said, as quoted by the agency": the agency relays it
    limit = index_at(toks, se)
    k = index_at(toks, ce)
    span = noun_phrase_after(toks, k, limit)
    if not span:
        return None
    mention = classify(toks[span[0] : span[1]], text)
    if mention is None or mention.kind == "group":
        return None
    j = span[1]
    # ", the Leader of X," after the name
    if j + 1 < limit and toks[j][0] == "," and toks[j + 1][0].lower() in DETERMINERS:
        inner = noun_phrase_after(toks, j + 1, limit)
        if inner and inner[1] < limit and toks[inner[1]][0] == ",":
            j = inner[1]
    if j < limit and toks[j][0] == "," and _apposition_to_end(toks, j + 1, limit):
        j = limit  # "…, according to Francisco Sanchez, spokesman for the Interior Department."
    if j + 1 < limit and toks[j][0] == "," and toks[j + 1][0].lower() in {"who", "whose"}:
        j = limit  # "…, according to Hollub, who said …": the source's own clause
    after_np = toks[j][0] if j < limit else "."
    before = text[ss:cs].rstrip(SPACE)
    # "According to Jagdeo with ballot boxes open …": no comma after the source
    comma_left_out = not before and after_np.isalpha() and after_np.islower()
    if before.endswith(",") and after_np in {".", "!", ";"}:
        span_ = clean_span(text, ss, ss + len(before) - 1, direct=False)
    elif not before or word_count(text, ss, cs) <= 6 and before.endswith(","):
        statement_at = j if comma_left_out else j + 1
        if not (after_np == "," or comma_left_out) or statement_at >= limit:
            return None
        start = toks[statement_at][1]
        span_ = clean_span(text, start, content_end(text, start, se), direct=False)
    elif before.endswith(",") and after_np == ",":
        start = toks[j + 1][1]
        span_ = clean_span(text, ss, se, direct=False)
        if j + 1 < limit and toks[j + 1][0].lower() in APPOSITION_STARTS:
            # "… last year, according to the department, a figure that …": the tail
            # describes the statement, it is not part of it.
            span_ = clean_span(text, ss, cs, direct=False)
        if word_count(text, ss, cs) <= 6:
            span_ = clean_span(text, start, se, direct=False)
    else:
        return None
    if word_count(text, *span_) < MIN_REPORTED_WORDS:
        return None
    if any(s <= span_[0] and span_[1] <= e for s, e in quote_spans):
        return None
    if _has_own_attribution(state, toks, *span_):
        # "According to Reuters, the minister said …", "He said this in an interview,
        # according to Ukrinform": the agency relays someone else's words
        return None
    return Frame(cs, ce, surface, mention, [span_], "indirect")


#: Most tokens of an office before a name in commas: "Prime Minister and Leader of the
#: Barbados Labour Party (BLP), Mia Mottley".
MAX_TITLE_BEFORE = 14


def title_before_apposed(toks: list[Token], name_start: int, lo: int) -> list[Token] | None:
    """The title phrase in "The housing secretary, Helen Marsh, …", ending before the name."""
    if name_start - 1 < lo or toks[name_start - 1][0] != ",":
        return None
    j = name_start - 2
    while j >= lo and j > name_start - MAX_TITLE_BEFORE and toks[j][0] not in {",", ".", ";", ":"}:
        j -= 1
    head = toks[j + 1 : name_start - 1]
    lex = lexicon()
    if head and j >= lo and toks[j][0] == ",":
        # "The Minister of Communications, Innovation, and Digital Economy, Dr Ben Cole"
        span = noun_phrase_before(toks, name_start - 1, lo, "")
        if span is not None and span[0] < j:
            head = toks[span[0] : name_start - 1]
    if not head or not any(t[0].lower() in lex.title_heads for t in head):
        return None
    outside = (lex.prepositions | {"or"}) - OFFICE_LINKS
    if any(t[0].lower() in outside for t in head):
        return None  # "… disagree upon or Tobago issues in general, Persad-Bissessar said"
    return head


#: Words inside an office: "Minister of Health", "Envoy for Syria", "Ambassador to Iran".
OFFICE_LINKS = frozenset({"of", "for", "to", "and"})


def lowercase_title_before(toks: list[Token], name_start: int, lo: int) -> list[Token] | None:
    """The title in "But headteacher Margot Colgrave …", "as club captain Ana Ruiz …": lower-case
    title words right before the name."""
    lex = lexicon()
    j = name_start
    while j - 1 >= lo and name_start - j < 4 and toks[j - 1][0] in lex.titles:
        j -= 1
    if j == name_start:
        # "Union minister for coal Pralhad Joshi": an office and its lower-case department
        for n in (2, 3):
            k = name_start - n
            if (
                k - 1 >= lo
                and toks[k][0] in {"of", "for"}
                and toks[k - 1][0] in lex.title_heads
                and all(
                    t[0].isalpha() and t[0].islower() and t[0] not in DETERMINERS
                    for t in toks[k + 1 : name_start]
                )
            ):
                j = k - 1
                while j - 1 >= lo and toks[j - 1][0] in lex.titles:
                    j -= 1
                break
    head = toks[j:name_start]
    if not any(t[0] in lex.title_heads for t in head):
        return None
    return head


def descriptor_before(toks: list[Token], name_start: int, lo: int) -> bool:
    """ "His neighbor, Luann Pritchard, …", "A local teacher, Ana Costa, …": a person introduced
    by a lower-case description opening the sentence."""
    if name_start - 1 <= lo or toks[name_start - 1][0] != ",":
        return False
    head = toks[lo : name_start - 1]
    first = head[0][0].lower()
    if first not in DETERMINERS and first not in POSSESSIVE_WORDS:
        return False
    rest = head[1:]
    return 0 < len(rest) <= 4 and all(t[0].isalpha() and t[0].islower() for t in rest)


def after_fronted_adjunct(toks: list[Token], at: int) -> bool:
    """Whether token ``at`` follows "Last Friday," or "In a surprise move," opening the
    sentence: the subject comes next."""
    if at < 2 or toks[at - 1][0] != ",":
        return False
    head = toks[: at - 1]
    if head[0][0].lower() in {"last", "this", "next", "early", "late"}:
        return len(head) <= 3
    return adjunct_aside(head)


AGE_APPOSITION = re.compile(r"\d{1,3}")
AGE_DESCRIPTOR = re.compile(r"\d{1,3}-year-old")
