"""One behaviour per test: the journalistic patterns the extractor must recognise."""

import datetime

from claims.engine import extract


def claims_of(text, **kwargs):
    return extract(text, **kwargs).claims


def only(text, **kwargs):
    claims = claims_of(text, **kwargs)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def test_said_that_reports_the_clause_without_that_or_final_period():
    claim = only("Maria Lopez said that the bridge will reopen in March.")
    assert claim.text == "the bridge will reopen in March"
    assert (claim.speaker, claim.kind, claim.cue) == ("Maria Lopez", "indirect", "said")


def test_said_without_that_reports_the_clause():
    claim = only("Maria Lopez said the bridge will reopen in March.")
    assert claim.text == "the bridge will reopen in March"


def test_time_phrase_between_speaker_and_verb_is_skipped():
    claim = only("Finance Minister Ana Costa on Monday said inflation fell to 4 percent.")
    assert claim.speaker == "Ana Costa"
    assert claim.text == "inflation fell to 4 percent"


def test_told_reporters_skips_the_listener():
    claim = only("Mayor John Reed told reporters that 300 homes were flooded.")
    assert claim.text == "300 homes were flooded"
    assert claim.speaker_role == "Mayor"


def test_noun_phrase_object_keeps_the_verb():
    claim = only("Governor Paul Quinn stressed the need for new housing.")
    assert claim.text == "stressed the need for new housing"


def test_according_to_at_sentence_start():
    claim = only("According to Ana Costa, exports doubled last year.")
    assert (claim.text, claim.speaker, claim.cue) == (
        "exports doubled last year",
        "Ana Costa",
        "According to",
    )


def test_according_to_at_sentence_end():
    claim = only("Exports doubled last year, according to Ana Costa.")
    assert claim.text == "Exports doubled last year"


def test_final_attribution_after_a_comma():
    claim = only("The strike will continue until Friday, union leader Tom Hale said.")
    assert claim.text == "The strike will continue until Friday"
    assert claim.speaker == "Tom Hale"


def test_parenthetical_cue_after_an_adverbial_opening():
    claim = only("Even now, Tom Hale said, the company refuses to negotiate.")
    assert claim.text == "the company refuses to negotiate"


def test_went_on_to_say_that():
    claim = only("Tom Hale went on to say that wages had not risen since 2019.")
    assert (claim.text, claim.cue) == ("wages had not risen since 2019", "went on to say")


def test_in_a_statement_before_the_speaker():
    claim = only("In a statement, the Health Ministry said 14 hospitals had closed.")
    assert (claim.speaker, claim.text) == ("Health Ministry", "14 hospitals had closed")


def test_direct_quote_after_colon_is_split_into_sentences_and_questions_dropped():
    text = (
        "Ana Costa said: “Exports doubled last year. Who could have predicted that? "
        "Imports fell sharply.”"
    )
    assert [c.text for c in claims_of(text)] == [
        "Exports doubled last year.",
        "Imports fell sharply.",
    ]


def test_quote_interrupted_by_its_attribution():
    text = "“The vote was fair,” Ana Costa said, “and the result will stand.”"
    claims = claims_of(text)
    assert [c.text for c in claims] == ["The vote was fair", "and the result will stand."]
    assert {c.speaker for c in claims} == {"Ana Costa"}


def test_inverted_attribution_with_said_before_the_name():
    claim = only("“The vote was fair and open,” said Ana Costa.")
    assert (claim.speaker, claim.kind) == ("Ana Costa", "direct")


def test_guillemets_and_straight_and_single_quotes():
    for opening, closing in [("«", "»"), ('"', '"'), ("‘", "’")]:
        text = f"{opening}The vote was fair and open,{closing} Ana Costa said."
        assert only(text).text == "The vote was fair and open"


def test_partial_quote_inside_reported_speech_is_mixed():
    claim = only("Ana Costa said the vote was “fair and open” despite the protests.")
    assert claim.kind == "mixed"
    assert claim.text == "the vote was “fair and open” despite the protests"


def test_multi_paragraph_quote_where_only_the_last_paragraph_closes():
    text = (
        "Ana Costa spoke for an hour.\n\n"
        "“The harvest failed in three provinces.\n\n"
        "“We lost 40 percent of the wheat crop,” Costa said."
    )
    claims = claims_of(text)
    assert [c.text for c in claims] == [
        "The harvest failed in three provinces.",
        "We lost 40 percent of the wheat crop",
    ]
    assert {c.speaker for c in claims} == {"Ana Costa"}


def test_stray_quote_mark_does_not_derail_the_article():
    text = (
        'Tom Hale said the plan was "a mistake.\n\n'
        "Ana Costa said that the budget would be cut by 10 percent."
    )
    claims = claims_of(text)
    assert any(c.text == "the budget would be cut by 10 percent" for c in claims)


def test_pronoun_follows_the_speaker_switch():
    text = (
        "Ana Costa said that exports doubled. She added that imports fell.\n\n"
        "Opposition leader Tom Hale said that the figures were wrong. He added that jobs were lost."
    )
    speakers = [c.speaker for c in claims_of(text)]
    assert speakers == ["Ana Costa", "Ana Costa", "Tom Hale", "Tom Hale"]


def test_title_alone_resolves_to_the_person_introduced_with_it():
    text = "Iranian President Ali Rezaei visited Baku. The president said that trade had tripled."
    claim = only(text)
    assert (claim.speaker, claim.resolved_by, claim.speaker_mention) == (
        "Ali Rezaei",
        "title",
        "The president",
    )
    assert claim.speaker_role == "President"


def test_apposition_title_resolves_later_title_mentions():
    text = (
        "Delegates met Ayatollah Rahimi, the Leader of the Council.\n\n"
        "The Leader of the Council added: “Our doors are open to all delegates.”"
    )
    assert only(text).speaker == "Rahimi"


def test_title_with_nobody_carrying_it_uses_the_role_holder_hook():
    calls = []

    def holder(role, date):
        calls.append((role, date))
        return "Ali Rezaei" if role == "President of Iran" else None

    text = "The Iranian president said that trade had tripled."
    claim = only(text, published=datetime.date(2024, 5, 1), role_holder=holder)
    assert (claim.speaker, claim.resolved_by) == ("Ali Rezaei", "role")
    assert calls == [("President of Iran", datetime.date(2024, 5, 1))]


def test_title_with_nobody_carrying_it_and_no_hook_keeps_the_role():
    claim = only("The Iranian president said that trade had tripled.")
    assert (claim.speaker, claim.speaker_role, claim.speaker_mention) == (
        None,
        "President of Iran",
        "The Iranian president",
    )


def test_honorifics_and_titles_are_not_part_of_the_canonical_name():
    claim = only("Iranian President Seyyed Ali Rezaei stressed the need for unity.")
    assert claim.speaker == "Ali Rezaei"


def test_participle_cue_takes_the_subject_of_the_sentence():
    text = "Tom Hale rejected the offer, saying the company had broken its promises."
    claim = only(text)
    assert (claim.speaker, claim.text) == ("Tom Hale", "the company had broken its promises")


def test_passive_speech_verb_is_not_a_claim():
    assert claims_of("The minister was told that the bridge had collapsed.") == ()


def test_plain_narration_is_not_a_claim():
    assert claims_of("The bridge reopened in March after three years of repairs.") == ()


def test_standalone_heading_is_never_a_claim():
    text = "Unity Is Our Only Way Forward\n\nAna Costa said that unity is the only way forward."
    result = extract(text)
    assert [c.text for c in result.claims] == ["unity is the only way forward"]
    assert (0, 29) in result.article.headings


def test_heading_glued_to_the_next_sentence_is_not_part_of_the_speaker():
    text = (
        "Governor Paul Quinn spoke on Monday. Housing Is the Priority Quinn said that "
        "4,000 homes would be built."
    )
    claim = only(text)
    assert claim.speaker == "Paul Quinn"


def test_speakers_list_carries_aliases_and_roles():
    text = "Iranian President Ali Rezaei visited Baku. The president said that trade had tripled."
    (speaker,) = extract(text).speakers
    assert speaker.name == "Ali Rezaei"
    assert "President of Iran" in speaker.roles
    assert "The president" in speaker.aliases
