"""The claim extractor: direct quotations and reported speech, attributed to speakers."""

from __future__ import annotations

import datetime
import functools
import re

from .cast import Cast, Entity
from .checkworthiness import score_spans
from .frames import (
    AUXILIARIES,
    BE_FORMS,
    DOUBLE_CLOSE_RE,
    DOUBLE_OPEN_RE,
    DOUBLE_OR_SINGLE_OPEN_RE,
    DOUBLE_QUOTES,
    MIN_REPORTED_WORDS,
    QUOTE_CHARS,
    SPACE_RE,
    Frame,
    RoleHolder,
    State,
    clean_span,
    cue_form,
    finite_verb,
    index_at,
    mask,
    plain_verb,
    word_count,
)
from .interviews import Interview, answer_frames
from .leads import acting_subject, list_item_frame, list_lead, speaker_label
from .lexicon import lexicon
from .meta import read_meta
from .phrases import noun_phrase_after
from .quotations import direct_spans_in, quote_frames
from .reported import (
    AGE_APPOSITION,
    AGE_DESCRIPTOR,
    after_fronted_adjunct,
    descriptor_before,
    lowercase_title_before,
    reported_frames,
    title_before_apposed,
)
from .resolution import opens_without_subject, resolve
from .speakers import (
    DETERMINERS,
    Token,
    classify,
    fold,
    has_given_name,
    role_country,
    role_of,
    with_synonyms,
)
from .subjects import register_acronyms
from .text import (
    WORD_RE,
    Paragraph,
    Quote,
    TokenIndex,
    cut_off_end,
    find_quotes,
    paragraphs,
    split_sentences,
    trim,
)
from .types import ArticleMeta, ExtractedClaim, Extraction, Speaker


def _glued_heading(state: State, toks: list[Token], ss: int, se: int) -> int:
    """Start of the real sentence when a heading without punctuation is run into it."""
    lex = lexicon()
    limit = min(len(toks), 30)
    for n in range(3, limit):
        word = toks[n][0]
        prev = toks[n - 1][0]
        if word in QUOTE_CHARS or word in {",", ";", ":", "(", ")"}:
            return ss
        if (
            len(word) > 1
            and word[0].isupper()
            and word.lower() in lex.sentence_starters
            and prev[:1].isupper()
            and prev.lower() not in lex.not_names
            and prev.lower() not in lex.titles
        ):
            state.headings.append((toks[0][1], toks[n - 1][2]))
            return toks[n][1]
    return ss


#: Lower-case words a sentence's subject may follow ("and Smith said", "then Smith …").
SUBJECT_LEADS = frozenset(
    {"and", "but", "or", "then", "also", "meanwhile", "however", "yesterday", "today"}
    | {"earlier", "later", "when", "while", "after", "before", "that", "the", "a", "an"}
    | {"so", "because", "since", "although", "though", "if", "where", "whom", "who"}
    | BE_FORMS  # "Among the patients was Joan Whitaker"
)


def _register_mentions(
    state: State,
    toks: list[Token],
    lo: int,
    hi: int,
    skip: list[tuple[int, int]],
    *,
    salient: bool,
) -> None:
    """Note named people (with roles and appositions) in a stretch of narrative text."""
    text = state.text
    lex = lexicon()
    if lo >= hi:
        return
    skipped = mask(toks, skip)
    not_names = lex.not_names
    subject_seen = False
    j = lo
    while j < hi:
        word = toks[j][0]
        if not word[:1].isupper() or skipped[j]:
            j += 1
            continue
        if word.lower() in not_names and (j + 1 >= hi or not toks[j + 1][0][:1].isupper()):
            j += 1  # "The", "He", "In" before a lower-case word: no name starts here
            continue
        if word.lower() in lex.prepositions and word.lower() != "of":
            j += 1  # "For Maria Gonzalez, …": the name starts after the preposition
            continue
        if word.lower() in CLAUSE_OPENERS:
            j += 1  # "While Barbados was spared, …": a conjunction, not part of a name
            continue
        if j == 0 and opens_without_subject(toks, hi):
            j += 1
            continue
        span = noun_phrase_after(toks, j, hi)
        if not span or span[1] <= j:
            j += 1
            continue
        if any(skipped[span[0] : span[1]]):
            j += 1
            continue
        mention = classify(toks[span[0] : span[1]], text)
        end = span[1]
        if (
            salient
            and mention is not None
            and mention.kind == "title"
            and span[0] == 0
            and end < hi
            and (finite_verb(toks[end][0]) or toks[end][0] in {"who", ","})
        ):
            # "The Rivers State governor had raised the alarm": whom "he" means next.
            entity = state.cast.by_title(mention)
            if entity is not None:
                state.cast.touch(entity)
        if mention is not None and mention.kind == "name":
            known = state.cast._find_by_name(mention.name_tokens, "person") is not None
            has_role = bool(set(mention.role_words) & lex.title_heads) or any(
                t[0].lower().rstrip(".") in lex.honorifics for t in toks[span[0] : span[1]]
            )
            apposition = None
            # "in Corvala, Norland, the minister …": a place after a place, not a person.
            place_pair = (
                len(mention.name_tokens) == 1
                and span[0] - 2 >= lo
                and toks[span[0] - 1][0] == ","
                and toks[span[0] - 2][0][:1].isupper()
            )
            # "at the fair in Kaduna, the NCC's chairman, explained": a place, not him
            after_preposition = (
                span[0] - 1 >= lo and toks[span[0] - 1][0] in PLACE_PREPOSITIONS and not known
            )
            if (
                end + 1 < hi
                and not place_pair
                and not after_preposition
                and toks[end][0] == ","
                and toks[end + 1][0].lower() in DETERMINERS
            ):
                inner = noun_phrase_after(toks, end + 1, hi)
                if inner:
                    apposition = classify(toks[inner[0] : inner[1]], text)
                    if apposition is not None and apposition.kind != "title":
                        apposition = None
            title_before = title_before_apposed(toks, span[0], lo) or lowercase_title_before(
                toks, span[0], lo
            )
            if title_before is not None:
                has_role = True
                mention.role, mention.role_words = role_of([t[0] for t in title_before])
            introduced = (
                len(mention.name_tokens) > 1
                and end < hi
                and toks[end][0] == ","
                and descriptor_before(toks, span[0], lo)
            )
            # "Joan Whitaker, 68, …": an age in commas introduces a person.
            aged = (
                len(mention.name_tokens) > 1
                and end + 2 < hi
                and toks[end][0] == ","
                and AGE_APPOSITION.fullmatch(toks[end + 1][0]) is not None
                and toks[end + 2][0] in {",", ".", ";"}
            )
            # "Gary Holt was jailed …": a full name opening the sentence as its subject.
            # … or described in commas: "Moise Katumbi, a millionaire businessman, …".
            # "Bailey was asked …" in a story whose first lines are cut: a surname alone
            # opens the sentence while nobody else has been named
            nobody_yet = not any(e.kind == "person" for e in state.cast.entities)
            opening = (
                (
                    span[0] == 0
                    or after_fronted_adjunct(toks, span[0])
                    # "When Mick Whelan was asked …, he argued": the subject of a clause
                    # opening the sentence
                    or span[0] == 1
                    and toks[0][0].lower() in CLAUSE_OPENERS
                    and len(mention.name_tokens) > 1
                )
                and end + 1 < hi
                and (len(mention.name_tokens) > 1 or nobody_yet and plain_verb(toks[end][0]))
                # not "A First Information Report"
                and toks[span[0]][0] == mention.name_tokens[0]
                and (
                    finite_verb(toks[end][0])
                    or toks[end][0] == ","
                    and (
                        toks[end + 1][0].lower() in {"a", "an"}
                        or toks[end + 1][0] in lex.titles  # "X, chair of the department,"
                    )
                )
                and fold(mention.name) not in lex.countries
                and not any(fold(t) in lex.place_words for t in mention.name_tokens)
            )
            # "with Joseph Lieberman": a common given name marks a person even without a role.
            named = has_given_name(mention.name_tokens) and not any(
                fold(t) in lex.place_words for t in mention.name_tokens
            )
            if (
                known
                or has_role
                or introduced
                or aged
                or opening
                or named
                or apposition is not None
            ):
                before = span[0] - 1
                if before > lo and AGE_DESCRIPTOR.fullmatch(toks[before][0]):
                    before -= 1  # "as 20-year-old Jeffrey Williams"
                if before > lo and toks[before][0] in DETERMINERS:
                    before -= 1  # "in an interview with the Nation": the preposition counts
                prev_word = toks[before][0] if before >= lo else ""
                prev = prev_word.lower()
                # "He asked Yakubu …", "commended Leonard": an object is not who "he" is next;
                # "mayor Bartlett" is not an object.
                after_verb = (
                    prev_word.isalpha()
                    and prev_word.islower()
                    and prev not in SUBJECT_LEADS
                    and prev not in lex.titles
                    and prev not in lex.honorifics
                    and prev not in lex.descriptions
                )
                # "For Ms. Hollis, the fight is personal", "As for MP Hagop Terz, he …": the
                # topic, whom "she" means next
                topic = (
                    lo == 0
                    and tuple(t[0].lower() for t in toks[: span[0]]) in TOPIC_OPENERS
                    and end < hi
                    and toks[end][0] == ","
                )
                # "Asked whether … Chamisa would win, Mangwana said yes": whoever speaks
                speaking = end < len(toks) and cue_form(toks[end][0]) is not None
                subject = (
                    topic
                    or speaking
                    or (
                        prev not in lex.prepositions
                        and prev not in {"by", "with"}
                        and not after_verb
                        # "Katumbi … fell out with him when the former president Kabila was in
                        # power": the subject of a subordinate clause is not who "he" is next.
                        and not (subject_seen and _after_the_subject(toks, lo, span[0]))
                    )
                )
                entity = state.cast.observe(mention, salient=salient and subject)
                subject_seen = subject_seen or (salient and subject)
                if entity is not None and apposition is not None and apposition.role:
                    entity.add_role(apposition.role, frozenset(apposition.role_words))
                    entity.add_alias(apposition.text)
        j = max(end, j + 1)


#: Prepositions before a place: "in Kaduna, the chairman said" is not about Kaduna.
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "across"})
CLAUSE_OPENERS = frozenset(
    {"while", "although", "though", "whereas", "if", "unless", "when", "because", "since", "once"}
)
SUBORDINATE_LEADS = frozenset({"when", "while", "after", "before", "because", "since", "as"})


TOPIC_OPENERS = frozenset({("for",), ("as", "for"), ("as", "to"), ("regarding",), ("of",)})


def _after_the_subject(toks: list[Token], lo: int, at: int) -> bool:
    """Whether a name at ``at`` is not a second subject of the sentence: it stands in a
    subordinate clause ("when …"), or in the predicate ("… held talks with X")."""
    if _in_subordinate_clause(toks, lo, at):
        return True
    return at - 1 >= lo and toks[at - 1][0] != "and"


def _in_subordinate_clause(toks: list[Token], lo: int, at: int) -> bool:
    """Whether a subordinating word ("when", "because") stands between ``lo`` and ``at``."""
    return any(toks[n][0].lower() in SUBORDINATE_LEADS for n in range(lo + 1, at))


def _process_sentence(
    state: State, para: Paragraph, quotes: list[Quote], ss: int, se: int
) -> list[Frame]:
    toks = state.index.between(ss, se)
    if not toks:
        return []
    new_ss = _glued_heading(state, toks, ss, se)
    if new_ss != ss:
        ss = new_ss
        toks = state.index.between(ss, se)
    if "(" in state.text[ss:se]:
        register_acronyms(state, toks)
    sentence_quotes = [q for q in quotes if ss <= q.open < se]
    quote_spans = [
        (q.open, (q.close + 1) if q.close is not None else q.end) for q in sentence_quotes
    ]
    qframes, used = quote_frames(state, toks, sentence_quotes, ss, se, para)
    rframes = reported_frames(state, toks, ss, se, quote_spans, used, para)
    frames = sorted(
        qframes + rframes, key=lambda f: f.cue_start if f.cue_end > f.cue_start else f.spans[0][0]
    )
    # Register people named before the first cue so pronouns and titles can find them; those
    # named in what is reported ("Dixit fled, he said") are not who "he" is.
    first_cue = min((f.cue_start for f in frames if f.cue_end > f.cue_start), default=se)
    cue_at = index_at(toks, first_cue)
    reported = [s for f in frames for s in f.spans if s[0] < first_cue]
    _register_mentions(state, toks, 0, cue_at, quote_spans + reported, salient=True)
    for n, frame in enumerate(frames):
        resolve(state, frame, toks, ss, frames[:n])
    for start, end in reported:
        lo, hi = index_at(toks, start), min(index_at(toks, end), cue_at)
        _register_mentions(state, toks, lo, hi, quote_spans, salient=False)
    # People named in what is reported after the cue are known (a title or "him" may mean
    # them later) but not salient: "he" in the next sentence is still the speaker.
    _register_mentions(state, toks, cue_at, len(toks), quote_spans, salient=False)
    return frames


def _credit_back(frames: list[Frame]) -> None:
    """ "The Federal Government has said it would … . Onyeama stated this at a ceremony": the
    person who "said this" spoke the statements just before, given to a body or to nobody,
    back to the paragraph before theirs or to someone else heard in between."""
    for n, frame in enumerate(frames):
        person = frame.entity
        if not frame.points_back or person is None or person.kind != "person":
            continue
        for earlier in reversed(frames[:n]):
            if earlier.paragraph < frame.paragraph - 1:
                break
            if earlier.entity is not None and earlier.entity.kind == "person":
                break
            if earlier.spans:
                earlier.entity, earlier.resolved_by = person, "this"
                earlier.mention, earlier.role = frame.mention, frame.role


#: An unattributed quotation takes the last speaker quoted this many paragraphs back at
#: most: narration between a speaker's quotations is usually about them.
INHERIT_PARAGRAPHS = 3


def _fill_inherited(frames: list[Frame]) -> None:
    """Unattributed quotations take the speaker of the quotation they go with.

    In order: an attributed one earlier or later in the same paragraph, the end of a
    quotation running over several paragraphs, then the speaker of the previous paragraph.
    """

    def attributed(frame: Frame) -> bool:
        return frame.entity is not None or frame.mention is not None

    for n, frame in enumerate(frames):
        if not frame.inherit:
            continue
        source = None
        for other in reversed(frames[:n]):
            if other.paragraph != frame.paragraph:
                break
            if attributed(other):
                source = other
                break
        if source is None:
            for other in frames[n + 1 :]:
                if other.paragraph != frame.paragraph:
                    break
                if not other.inherit and other.kind == "direct" and attributed(other):
                    source = other
                    break
        if source is None and frame.local:
            continue  # 'Analysts said it was symbolic. “It changes nothing …': not theirs to give
        if source is None and frame.chained:
            for other in frames[n + 1 :]:
                if other.paragraph > frame.paragraph + 4:
                    break
                if other.inherit and (other.continues or other.chained):
                    continue
                if (
                    not other.inherit
                    and other.kind == "direct"
                    and other.continues
                    and attributed(other)
                ):
                    source = other
                break
        if source is None:
            for other in reversed(frames[:n]):
                if attributed(other):
                    if frame.continues or other.paragraph >= frame.paragraph - INHERIT_PARAGRAPHS:
                        source = other
                    break
        if source is None:
            continue
        frame.entity, frame.resolved_by, frame.role = source.entity, source.resolved_by, source.role
        frame.mention, frame.cue = source.mention, source.cue


FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")
#: Shortest lead-in sentence taken into a trailing attribution.
MIN_LEAD_IN_WORDS = 4


def _lead_in_frames(
    text: str, sentences: list[tuple[int, int, list[Frame]]], headings: list[tuple[int, int]]
) -> list[Frame]:
    """Unquoted first-person sentences that a paragraph's trailing attribution covers.

    "Our forces have broken the network. Suspects are being questioned, said the minister."
    The attribution closing a paragraph covers the sentences before it that have none of
    their own, when the words are the speaker's own (first person), unquoted.
    """
    out: list[Frame] = []
    for k, (ss, _end, frames) in enumerate(sentences):
        trailing = [
            f
            for f in frames
            if f.kind == "indirect"
            and not f.participle
            and f.mention is not None
            and f.spans
            and f.spans[-1][1] <= f.cue_start
            and f.spans[0][0] - ss <= 1
        ]
        if not trailing:
            continue
        frame = trailing[0]
        lead: list[tuple[int, int]] = []
        j = k - 1
        while j >= 0 and not sentences[j][2]:
            start, end = sentences[j][0], sentences[j][1]
            words = WORD_RE.findall(text, start, end)
            if (
                len(words) < MIN_LEAD_IN_WORDS
                or any(q in text[start:end] for q in DOUBLE_QUOTES)
                or any(hs <= start < he for hs, he in headings)
            ):
                break
            lead.insert(0, (start, end))
            j -= 1
        own_words = [text[s:e] for s, e in lead] + [text[s:e] for s, e in frame.spans]
        if not lead or not any(FIRST_PERSON_RE.search(w) for w in own_words):
            continue
        for start, end in lead:
            span = clean_span(text, start, end, direct=False)
            out.append(
                Frame(
                    frame.cue_start,
                    frame.cue_end,
                    frame.cue,
                    frame.mention,
                    [span],
                    "indirect",
                    entity=frame.entity,
                    resolved_by=frame.resolved_by,
                    role=frame.role,
                    paragraph=frame.paragraph,
                    order=frame.order,
                )
            )
    return out


def _excluded_cut(start: int, end: int, excluded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    segments = [(start, end)]
    for xs, xe in excluded:
        out = []
        for s, e in segments:
            if xe <= s or xs >= e:
                out.append((s, e))
                continue
            if s < xs:
                out.append((s, xs))
            if xe < e:
                out.append((xe, e))
        segments = out
    return segments


def extract(
    text: str,
    *,
    published: datetime.date | None = None,
    fetched: datetime.date | None = None,
    role_holder: RoleHolder | None = None,
) -> Extraction:
    """Extract the claims of an article; offsets are code-point offsets into ``text``."""
    paras = paragraphs(text)
    info = read_meta(text, paras, published=published, fetched=fetched)
    meta, excluded = info["meta"], info["excluded"]
    quotes = find_quotes(text, paras)
    state = State(text, Cast(role_holder, meta.get("published")), TokenIndex(text))
    all_frames: list[Frame] = []
    interview = Interview(text, paras)
    points_lead: Frame | None = None  # "She said that:" before a list of points
    for para in paras:
        if points_lead is not None:
            item = list_item_frame(text, para, points_lead)
            if item is not None:
                all_frames.append(item)
                continue
            points_lead = None
        label = speaker_label(state, para, paras)
        if label is not None:
            all_frames.append(label)  # the quotation in the next paragraph takes this speaker
            continue
        if para.heading:
            continue
        turn = interview.turn(para)
        if turn == "question":
            continue
        if turn is not None:
            all_frames.extend(answer_frames(state, para, interview))
            continue
        para_quotes = [q for q in quotes if q.paragraph == para.index]
        protected = [(q.start, q.end) for q in para_quotes]
        para_frames: list[Frame] = []
        sentences: list[tuple[int, int, list[Frame]]] = []
        for seg_start, seg_end in _excluded_cut(para.start, para.end, excluded):
            seg_start, seg_end = trim(text, seg_start, seg_end)
            for ss, se in split_sentences(text, seg_start, seg_end, protected):
                found = _process_sentence(state, para, para_quotes, ss, se)
                if found and found[0].inherit and sentences and not sentences[-1][2]:
                    if not any(f.entity or f.mention for f in para_frames):
                        actor = acting_subject(state, para, *sentences[-1][:2])
                        if actor is not None:
                            para_frames.append(actor)
                sentences.append((ss, se, found))
                para_frames.extend(found)
                state.frames = all_frames + para_frames
        para_frames.extend(_lead_in_frames(text, sentences, state.headings))
        all_frames.extend(para_frames)
        if sentences:
            points_lead = list_lead(state, para, *sentences[-1][:2])
            if points_lead is not None:
                # quotations in the next paragraphs take this speaker too
                all_frames.append(points_lead)
    _resolve_pronouns_forward(all_frames)
    _resolve_titles_forward(text, all_frames, state.cast)
    _fill_inherited(all_frames)
    _credit_back(all_frames)
    return _build(text, meta, excluded + state.headings, all_frames, state.cast)


#: A title that opens a story may name someone in this many following paragraphs.
FORWARD_TITLE_PARAGRAPHS = 3


#: Title heads that fit any post: "a senior official" may be a commissioner.
GENERIC_HEADS = frozenset({"official", "officer", "chairman", "chairwoman", "chairperson", "chair"})
#: Words that keep an indefinite title nobody in particular: "an unnamed official".
UNNAMED_WORDS = frozenset({"unnamed", "anonymous", "unidentified", "another", "one"})


def _resolve_titles_forward(text: str, frames: list[Frame], cast: Cast) -> None:
    """Titles nobody held when they were read, resolved by who is named just after.

    Wire copy often opens "Saudi Arabia's energy minister said …" and names him in the
    next paragraph ("…," Khaled al-Faleh said). Such a title, before anyone is named,
    goes to the first person named by a later frame within FORWARD_TITLE_PARAGRAPHS
    paragraphs who has no other role; he then holds the title, so later mentions of it
    ("the Saudi minister") find him, and only those whose words his title has.
    """
    first_named = next(
        (n for n, f in enumerate(frames) if f.resolved_by in {"name", "alias"}), len(frames)
    )
    for n, frame in enumerate(frames):
        mention = frame.mention
        if frame.entity is not None or mention is None or mention.kind != "title":
            continue
        words = mention.text.lower().split()
        if words[0] in {"a", "an"} and (n >= first_named or UNNAMED_WORDS & set(words)):
            continue  # "an unnamed minister": nobody in particular
        entity = None
        if n > first_named and _continues(text, frame):
            # "Kohli said …. The Indian captain further said …": the same speaker goes on,
            # whoever is named with that title later.
            entity = _speaker_just_heard(frames, n, cast, continuing=True)
        if entity is None:
            entity = cast.by_title(mention)
            # The country is checked by by_title; "the French foreign minister" is then the
            # foreign minister named without his country.
            office = set(with_synonyms(mention.role_words)) - set(lexicon().countries)
            if entity is not None and not office <= {
                w for _, written in entity.roles for w in with_synonyms(written)
            }:
                entity = None  # "oil minister" is not the energy minister named above
        heads = with_synonyms(mention.role_words) & lexicon().title_heads
        if entity is None:
            # Later in the story too: the first speaker not heard before.
            heard = {id(f.entity) for f in frames[:n] if f.entity is not None}
            for later in frames[n + 1 :]:
                if later.paragraph > frame.paragraph + FORWARD_TITLE_PARAGRAPHS:
                    break
                named = later.entity
                if (
                    # "A senior official says …" then "Zhang Xiaoming, director of …, made
                    # the comments" and "he said": he is named, then heard
                    (
                        later.resolved_by in {"name", "alias"}
                        or later.resolved_by == "pronoun"
                        and n < first_named
                    )
                    and named is not None
                    and named.kind == "person"
                    and (n < first_named or id(named) not in heard)
                    and (
                        not named.roles
                        or _holds_heads(named, heads)
                        # "the head of the agency", "a relief official": any post fits
                        or bool(heads)
                        and heads <= lexicon().top_post_words | GENERIC_HEADS
                    )
                ):
                    entity = named
                    if mention.role and not named.roles:
                        entity.add_role(mention.role, frozenset(mention.role_words))
                    break
        if entity is None and n > first_named and mention.text[:4].lower() == "the ":
            entity = _speaker_just_heard(frames, n, cast, continuing=False)
        if entity is not None:
            frame.entity, frame.resolved_by = entity, "title"
            frame.role = frame.role or mention.role
            entity.add_alias(mention.text)


def _resolve_pronouns_forward(frames: list[Frame]) -> None:
    """ "“…,” he said." before anyone is named, in a story that opens mid-way or with a
    quotation: "he" is the first person named after it, within a few paragraphs."""
    for n, frame in enumerate(frames):
        mention = frame.mention
        if frame.entity is not None or mention is None or mention.kind != "pronoun":
            continue
        if any(f.entity is not None for f in frames[:n]):
            return  # someone was named before: the pronoun is not theirs to take
        for later in frames[n + 1 :]:
            if later.paragraph > frame.paragraph + FORWARD_TITLE_PARAGRAPHS:
                break
            named = later.entity
            if later.resolved_by in {"name", "alias"} and named is not None:
                fits = mention.gender is None or named.gender in {None, mention.gender}
                if named.kind == "person" and fits:
                    frame.entity, frame.resolved_by = named, "pronoun"
                break


#: Words before a cue, and cues, that carry on what the last speaker was saying.
CONTINUING_WORDS = frozenset({"further", "also", "again", "additionally"})
CONTINUING_LEMMAS = frozenset({"add", "continue", "go on"})


def _continues(text: str, frame: Frame) -> bool:
    """ "The Indian captain further said", "the minister added": the speaker carries on."""
    form = cue_form(frame.cue)
    if form is not None and form.lemma in CONTINUING_LEMMAS:
        return True
    before = text[max(0, frame.cue_start - 20) : frame.cue_start].split()
    return bool(before) and before[-1].lower() in CONTINUING_WORDS


def _speaker_just_heard(
    frames: list[Frame], n: int, cast: Cast, *, continuing: bool
) -> Entity | None:
    """The speaker a title right after them means, when nobody holds that title.

    "Kanaani said …. The spokesman added …": while one person alone has spoken, a title
    right after them is read like "he", if they have no known office; so it is when the
    cue carries on ("further said"), whoever else spoke before. "The UN official said …",
    "The senior cleric added …": a generic office is the speaker just heard.
    """
    frame = frames[n]
    mention = frame.mention
    # "the former Estonian prime minister": a past office describes the person in view,
    # however far back they spoke and whatever office they hold now
    former = "former" in mention.text.lower().split()
    last = next((f for f in reversed(frames[:n]) if f.entity is not None), None)
    if (
        last is None
        or last.entity.kind != "person"
        or last.paragraph < frame.paragraph - 1
        and not former
        or not continuing
        and cast.by_title(mention) is not None
    ):
        return None
    heads = with_synonyms(mention.role_words) & lexicon().title_heads
    speakers = {
        f.entity.id for f in frames[:n] if f.entity is not None and f.entity.kind == "person"
    }
    country = role_country(mention.role)
    if country is not None and country.lower() in INTERNATIONAL_BODIES:
        country = None  # "the UN official": a body, not a country
    generic = bool(heads) and (
        former
        or heads <= GENERIC_TITLE_HEADS
        # "the Iranian official" is not the Syrian president just heard
        and (country is None or any(role_country(r) == country for r, _ in last.entity.roles))
    )
    alone = len(speakers) == 1 or continuing
    # "Marwa said this …. The NDLEA boss decried …": a body's top post fits whoever spoke
    top_post = bool(heads) and heads <= lexicon().top_post_words
    if not last.entity.roles:
        return last.entity  # "Peskov stated … . The spokesman mentioned …": he holds no other post
    return last.entity if generic or alone and top_post else None


INTERNATIONAL_BODIES = frozenset({"the united nations", "the european union", "nato"})
#: Offices too general to tell people apart: "the official" is whoever was just heard.
GENERIC_TITLE_HEADS = frozenset(
    {
        "official",
        "cleric",
        "diplomat",
        "envoy",
        "politician",
        "lawmaker",
        "legislator",
        "flagbearer",
    }
)


def _holds_heads(entity: Entity, heads: frozenset[str]) -> bool:
    """Whether one of the entity's roles has one of these title heads ("chief executive")."""
    return any(heads & with_synonyms(written) for _, written in entity.roles)


def _expand_names(text: str, entities: list[Entity]) -> None:
    """Give a one-word speaker name its first name when the article writes "Ana Costa" once."""
    lex = lexicon()
    blocked = lex.not_names | lex.titles | lex.honorifics | lex.organisation_words
    for entity in {e.id: e for e in entities}.values():
        if entity.kind != "person" or len(entity.name_tokens) != 1:
            continue
        surname = entity.name_tokens[0]
        at = text.find(surname)
        while at != -1:
            end = at + len(surname)
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            words = text[max(0, at - 60) : at].split()
            if whole and text[at - 1 : at].isspace() and words:
                given = words[-1]
                previous = words[-2] if len(words) > 1 else ""
                if (
                    given.isalpha()
                    and given[0].isupper()
                    and given[1:].islower()
                    and given.lower() not in blocked
                    and given.lower() not in lex.nationalities
                    # part of a longer capitalised run, maybe a heading glued to the text
                    and not (previous[:1].isupper() and previous[-1:] not in '.,;:!?”"')
                ):
                    entity.name_tokens = (given, surname)
                    entity.name = f"{given} {surname}"
                    break
            at = text.find(surname, end)


@functools.cache
def _second_statement_re() -> re.Pattern:
    """ "and that", "but that", "; especially that", "and insisted", "and added that",
    ", where he says": a second statement starts;
    a weak verb ("claimed", "added") only with its "that" or a subject ("and claimed it is")."""

    def past(weak: bool) -> str:
        surfaces = [
            surface
            for surface, form in lexicon().cue_forms.items()
            if form.obj == "clause"
            and form.weak == weak
            and " " not in surface
            and (surface.endswith("ed") or surface == "said")
        ]
        return "|".join(map(re.escape, sorted(surfaces, key=len, reverse=True)))

    return re.compile(
        rf"(?:,?\s+(?:and|but)|;\s*(?:especially|and)?)\s+(?:also\s+)?"
        rf"(?:that|(?:{past(False)})(?:\s+that)?"
        rf"|(?:{past(True)})(?:\s+that|(?=\s+(?:it|he|she|they|we|there)\s)))\s+(?=(\S+))"
        # "… can return home, where he says they will get help": the speaker again
        r"|,\s+(?:where|while)\s+(?:he|she|they)\s+(?:says|said|say)(?:\s+that)?\s+(?=(\S+))"
    )


#: Words after "and that" showing "that" is a pronoun: "and that is why …".
THAT_PRONOUN_NEXT = (
    BE_FORMS | AUXILIARIES | {"includes", "means", "makes", "remains", "seems", "of"}
)


def _split_that_clauses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "X said A and that B", "X said A but that B", "X said A and claimed B": two
    statements, A and B."""
    out = []
    for start, end in spans:
        cuts = [
            m
            for m in _second_statement_re().finditer(text, start, end)
            if (m.group(1) or m.group(2)).lower().strip(",.") not in THAT_PRONOUN_NEXT
        ] + list(SEMICOLON_CLAUSE_RE.finditer(text, start, end))
        for match in sorted(cuts, key=lambda m: m.start()):
            if match.start() < start:
                continue
            first = clean_span(text, start, match.start(), direct=False)
            if word_count(text, *first) >= MIN_REPORTED_WORDS:
                out.append(first)
                start = match.end()
        out.append((start, end))
    return out


#: "…; and Solomon Islands asks for the same respect": a clause with its own subject and
#: verb after a semicolon.
SEMICOLON_CLAUSE_RE = re.compile(
    r";\s+(?:and\s+|but\s+|however,?\s+)?(?=[A-Za-z][\w’'-]*\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|[a-z]+s|[a-z]+ed)\b)"
)


def _statement_spans(text: str, frame: Frame) -> list[tuple[int, int, str]]:
    """A frame's spans with their kinds, one per statement. Reported speech is split at
    "and that" ("X said A and that B": A, B), and where its quotation runs on over several
    sentences: 'X said the firm will “pay its debts. We cannot refund tickets.”' gives the
    reported statement up to the first full stop, then each quoted sentence as direct
    speech."""
    if frame.kind != "indirect":
        return [(s, e, frame.kind) for s, e in frame.spans]
    out = []
    for start, end in _split_that_clauses(text, frame.spans):
        opening = DOUBLE_OPEN_RE.search(text, start, end)
        closing = opening and DOUBLE_CLOSE_RE.search(text, opening.end(), end + 1)
        if opening is None or closing is not None and closing.start() < end - 1:
            out.append((start, end, "indirect"))
            continue
        # Open to the end, or closed only there: 'said he would like the EU “to find its
        # way back. I would like Europe to have …”'
        sentences = split_sentences(text, opening.end(), closing.start() if closing else end)
        if len(sentences) < 2:
            out.append((start, end, "indirect"))
            continue
        out.append((*clean_span(text, start, sentences[0][1], direct=False), "indirect"))
        out.extend((s, e, "direct") for s, e in direct_spans_in(text, sentences[1:]))
    return out


#: A statement cut off by the end of a truncated text keeps at least this many words.
MIN_CUT_CLAIM_WORDS = 10


def _build(text: str, meta: dict, headings, frames: list[Frame], cast: Cast) -> Extraction:
    _expand_names(text, [f.entity for f in frames if f.entity is not None])
    claims: list[dict] = []
    taken: list[tuple[int, int]] = []
    speakers: dict[int, Entity] = {}
    cut_at = cut_off_end(text)
    for frame in frames:
        if frame.entity is None and (frame.mention is None or frame.mention.kind == "organisation"):
            continue  # "the company said …" with no company named: nobody to attribute it to
        for start, end, kind in _statement_spans(text, frame):
            # Frames come in text order, so only the last few spans can overlap this one.
            if end <= start or any(min(end, e) - max(start, s) > 0 for s, e in taken[-8:]):
                continue
            if any(s <= start < e for s, e in headings):
                continue
            if end >= cut_at and word_count(text, start, end) < MIN_CUT_CLAIM_WORDS:
                continue  # "We have also activate": too little left to state anything
            taken.append((start, end))
            span_text = text[start:end]
            if kind == "indirect" and DOUBLE_OR_SINGLE_OPEN_RE.search(span_text):
                kind = "mixed"
            entity = frame.entity
            role = frame.role or (
                entity.roles[0][0] if entity is not None and entity.roles else None
            )
            if entity is not None:
                speakers[entity.id] = entity
                if frame.mention is not None:
                    entity.add_alias(frame.mention.text)
            claims.append(
                dict(
                    text=span_text,
                    start=start,
                    end=end,
                    speaker=entity.name if entity is not None else None,
                    speaker_mention=frame.mention.text if frame.mention is not None else None,
                    speaker_role=role,
                    resolved_by=frame.resolved_by if entity is not None else None,
                    kind=kind,
                    cue=SPACE_RE.sub(" ", frame.cue),
                )
            )
    claims.sort(key=lambda c: c["start"])
    # Scored together: each pattern runs once over the article, not once per claim.
    scores = score_spans(text, [(c["start"], c["end"]) for c in claims])
    extracted = tuple(
        ExtractedClaim(**c, checkworthiness=w) for c, w in zip(claims, scores, strict=True)
    )
    article = ArticleMeta(
        outlet=meta.get("outlet"),
        licence=meta.get("licence"),
        dateline=meta.get("dateline"),
        published=meta.get("published"),
        published_source=meta.get("published_source"),
        published_precision=meta.get("published_precision"),
        published_text=meta.get("published_text"),
        headings=tuple(sorted(set(headings))),
    )
    speaker_list = tuple(
        Speaker(
            name=e.name,
            kind=e.kind,
            aliases=tuple(e.aliases),
            roles=tuple(r for r, _ in e.roles),
        )
        for e in sorted(speakers.values(), key=lambda e: e.id)
    )
    return Extraction(article=article, claims=extracted, speakers=speaker_list)
