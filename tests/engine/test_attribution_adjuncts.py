"""Where a reported statement starts and ends around its attribution: adjuncts after the
cue ("said in an interview", "said on Monday he …"), listeners, a trailing "according to",
partial quotations closing a reported sentence, and cue words used as nouns."""

import pytest

from claims.engine import extract
from tests.engine.helpers import said


@pytest.mark.parametrize(
    "adjunct",
    [
        "in an interview",
        "late at night",
        "at the Northern Farming Expo in Carlisle on Tuesday",
        "during a visit to the plant",
    ],
)
def test_an_adjunct_after_a_final_attribution_is_not_the_statement(adjunct):
    text = (
        "The mill will hire 200 workers next year and open a second line, "
        f"Dora Kettle, the mill's chief executive, said {adjunct}."
    )
    assert said(text) == [
        ("Dora Kettle", "The mill will hire 200 workers next year and open a second line")
    ]


def test_the_statement_starts_after_an_adjunct_at_its_subject():
    text = "Minister Paul Arden said in a letter to the council he is ready to talk."
    assert said(text) == [("Paul Arden", "he is ready to talk")]


def test_a_listener_and_a_time_phrase_are_skipped():
    text = "Mayor Ines Talbot warned reporters earlier this week she would veto the budget."
    assert said(text) == [("Ines Talbot", "she would veto the budget")]


def test_a_possessive_after_the_cue_stays_in_the_statement():
    text = "Councillor Ruth Abara said her rent had doubled since May."
    assert said(text) == [("Ruth Abara", "her rent had doubled since May")]


def test_a_trailing_according_to_is_not_part_of_the_statement():
    text = (
        "Minister Paul Arden said he is ready for talks with the union, according to his "
        "spokeswoman."
    )
    assert [t for _, t in said(text)] == ["he is ready for talks with the union"]


def test_a_participle_right_after_the_cue_adds_a_second_statement():
    text = (
        '"No meeting has been set," Minister Paul Arden said adding that the two sides '
        "could meet in March."
    )
    assert said(text) == [
        ("Paul Arden", "No meeting has been set"),
        ("Paul Arden", "the two sides could meet in March"),
    ]


def test_a_partial_quotation_ending_a_reported_sentence_carries_the_sentence():
    text = (
        'Job cuts in research could slow the bank\'s "growth for several years," '
        "analyst Omar Lindqvist wrote in a note."
    )
    [claim] = extract(text).claims
    assert claim.speaker == "Omar Lindqvist"
    assert claim.text.startswith("Job cuts in research could slow the bank's")
    assert claim.kind == "mixed"


def test_a_cue_word_after_a_possessive_is_a_noun():
    text = "Members will get a free vote on the Green Party's calls for an inquiry into the deal."
    assert said(text) == []


def test_referring_to_after_a_quotation_adds_no_statement():
    text = (
        '"That is against what the chairman said he wants," Senator Ana Ruiz added, '
        "referring to committee chairman Tom Beck."
    )
    assert said(text) == [("Ana Ruiz", "That is against what the chairman said he wants")]


def test_and_added_with_a_colon_gives_the_quotation_to_the_same_speaker():
    text = (
        "Judge Alma Reyes said the offence was two years old and added: "
        '"The court cannot ignore this record."'
    )
    assert said(text) == [
        ("Alma Reyes", "the offence was two years old"),
        ("Alma Reyes", "The court cannot ignore this record."),
    ]


def test_two_apostrophes_close_a_quotation_as_in_some_wire_copy():
    text = (
        "“At first it looked like a short circuit. The flames then spread to the roof,'' "
        "Police Commissioner Hari Desai told reporters."
    )
    assert said(text) == [
        ("Hari Desai", "At first it looked like a short circuit."),
        ("Hari Desai", "The flames then spread to the roof"),
    ]


def test_expressed_concerns_over_keeps_the_verb_as_the_statement():
    text = "Minister Lena Okafor expressed concerns over the speedy withdrawal of the troops."
    assert said(text) == [
        ("Lena Okafor", "expressed concerns over the speedy withdrawal of the troops")
    ]


def test_a_bare_weekday_between_the_name_and_the_cue():
    text = "Foreign Minister Lena Okafor Monday said peace was a shared responsibility."
    assert said(text) == [("Lena Okafor", "peace was a shared responsibility")]


def test_a_source_line_before_a_colon_does_not_take_the_statement():
    text = "The Daily Ledger adds: Minister Lena Okafor said the border would reopen in May."
    assert said(text) == [("Lena Okafor", "the border would reopen in May")]


def test_a_fronted_participle_gives_its_statement_to_the_subject_after_it():
    text = (
        "Arguing that the levy means that farmers believe the state has abandoned them, "
        "Senator Ana Ruiz went on to thank her colleagues."
    )
    assert said(text) == [
        ("Ana Ruiz", "the levy means that farmers believe the state has abandoned them")
    ]


def test_a_that_inside_the_statement_does_not_start_it():
    text = "Minister Paul Arden said on Tuesday he was confident that the talks would succeed."
    assert said(text) == [("Paul Arden", "he was confident that the talks would succeed")]


def test_according_to_a_source_leaves_a_statement_with_its_own_speaker_alone():
    text = (
        "According to the Daily Ledger, Minister Lena Okafor said before the summit that "
        "the border would reopen in May."
    )
    assert said(text) == [("Lena Okafor", "the border would reopen in May")]


def test_a_verb_used_as_a_passive_participle_is_not_a_cue():
    text = "Mr Hale sued over a story about an unnamed minister accused of fraud in 2019."
    assert said(text) == []


@pytest.mark.parametrize(
    "quoting", ["quoted Minister Ana Ruiz as saying", "quoted Ruiz to have said"]
)
def test_a_quotation_someone_passes_on_is_the_quoted_persons(quoting):
    text = (
        "Minister Ana Ruiz spoke on Monday.\n\n"
        f'Her aide Tom Bell {quoting}: "The border will reopen in May."'
    )
    assert said(text) == [("Ana Ruiz", "The border will reopen in May.")]


@pytest.mark.parametrize(
    "subject",
    [
        "Norland's human rights ombudsman, Dmytro Halak,",
        "Dmytro Halak, Citibus' executive director,",
        "Dmytro Halak, Citibus executive director,",
    ],
)
def test_a_name_with_a_job_or_owner_in_commas_is_the_speaker(subject):
    text = f"{subject} said most of those freed would undergo rehabilitation."
    assert said(text) == [("Dmytro Halak", "most of those freed would undergo rehabilitation")]


def test_an_inverted_attribution_followed_by_the_speakers_job():
    text = "The service has two options, said Melinda Harvey, Citibus planning director."
    assert said(text) == [("Melinda Harvey", "The service has two options")]


def test_a_closing_mark_that_opens_a_quotation():
    text = (
        "The court refused.\n\n"
        "”You come up with such fanciful ideas every day,” Justice Surya Kant told the lawyer."
    )
    assert said(text) == [("Surya Kant", "You come up with such fanciful ideas every day")]


def test_a_participle_with_a_colon_needs_no_comma():
    text = (
        "MP Kiema Kilonzo also expressed his dissatisfaction saying: "
        '"Ministers are not taking the business of the House seriously."'
    )
    assert said(text) == [
        ("Kiema Kilonzo", "Ministers are not taking the business of the House seriously.")
    ]


def test_a_second_clause_with_a_modal_and_a_cue_ends_the_statement():
    text = (
        "Spokesman Crusoe Okon confirmed that seven governors met the minister on Sunday "
        "but he could not categorically confirm what was discussed."
    )
    assert said(text)[0] == ("Crusoe Okon", "seven governors met the minister on Sunday")


@pytest.mark.parametrize(
    "speaker",
    [
        "Ontario Nurses’ Association President Cathryn Hoyle",
        "Cathryn Hoyle, who leads the nurses' union,",
    ],
)
def test_a_quotation_keeps_its_speaker_when_the_cue_is_followed_by_when(speaker):
    text = f'"It is absolutely outrageous and it must stop," {speaker} said on Tuesday.'
    assert said(text) == [("Cathryn Hoyle", "It is absolutely outrageous and it must stop")]


def test_where_something_was_said_is_not_what_was_said():
    assert said("Minister Ana Ruiz said on Twitter.") == []


def test_a_second_speaker_after_while_keeps_their_own_statement():
    text = (
        "Ms Vaz said the vote added to \u201ca bad week for democracy\u201d, while "
        "Pete Wishart said ministers were \u201cbehaving like a tin-pot dictatorship\u201d."
    )
    assert said(text) == [
        ("Vaz", "the vote added to \u201ca bad week for democracy"),
        ("Pete Wishart", "ministers were \u201cbehaving like a tin-pot dictatorship\u201d"),
    ]


def test_a_manner_adverb_between_the_speaker_and_the_cue():
    text = "President Emre Kaya sharply criticized the countries that did not back the plan."
    assert said(text) == [("Emre Kaya", "criticized the countries that did not back the plan")]


def test_a_short_quotation_right_after_a_noun_phrase_verb_stays_in_its_statement():
    text = "Minister Hossein Amiri hailed \u201cprogress\u201d in the strategic agreement."
    claims = extract(text).claims
    assert [(c.speaker, c.text, c.kind) for c in claims] == [
        ("Hossein Amiri", "hailed \u201cprogress\u201d in the strategic agreement", "mixed")
    ]


def test_describing_something_as_something_is_a_statement():
    text = "Minister Cameron Fries characterized the rise in July as a blip, not a trend."
    assert said(text) == [
        ("Cameron Fries", "characterized the rise in July as a blip, not a trend")
    ]
    assert said("Minister Cameron Fries described the scene as he arrived.") == []


def test_a_pronoun_and_a_second_verb_after_a_comma_start_another_statement():
    text = (
        "Union president Darla Jackman says nurses are stretched thin, and she believes "
        "consolidation is to blame."
    )
    assert said(text)[0] == ("Darla Jackman", "nurses are stretched thin")


def test_quoted_fragments_ending_a_reported_sentence_carry_the_sentence():
    text = (
        "Prosecutor Ann Healy opened the case.\n\n"
        "Their failure was \u2018beyond incompetence\u2019 and not due to a \u2018lack of "
        "resources\u2019 or \u2018insufficient manpower\u2019, the prosecutor said."
    )
    [claim] = extract(text).claims
    assert claim.speaker == "Ann Healy"
    assert claim.text.startswith("Their failure was")


def test_and_added_with_a_comma_before_a_quotation():
    text = 'Minister Javad Zarin called the talks useful and added, "We need a new start now."'
    assert ("Javad Zarin", "We need a new start now.") in said(text)


def test_a_pronoun_and_an_opinion_verb_without_a_comma_end_the_statement():
    text = (
        "Spokeswoman Krista Willis says the vacancies have been filled and she expects the "
        "unit to be back on track next month."
    )
    assert said(text)[0] == ("Krista Willis", "the vacancies have been filled")


def test_while_talking_about_is_not_part_of_the_statement():
    text = "Minister Cho Tae-min said mutual respect is a must while talking about the envoy."
    assert said(text) == [("Cho Tae-min", "mutual respect is a must")]


def test_and_a_named_second_speaker_said_ends_the_first_statement():
    text = (
        "The Daily Ledger said tensions were simmering over the camps and Rugby Norland "
        "chief Raelene Castor said a review would be conducted."
    )
    assert said(text) == [
        ("Daily Ledger", "tensions were simmering over the camps"),
        ("Raelene Castor", "a review would be conducted"),
    ]


def test_but_says_after_an_unnamed_title_keeps_the_same_speaker():
    text = (
        "THE chief executive of the health board has admitted waiting times are not good "
        "enough but says things are improving.\n\n"
        "Chief executive Carol Shillam also said plans might be scaled down."
    )
    assert said(text) == [
        ("Carol Shillam", "waiting times are not good enough"),
        ("Carol Shillam", "things are improving"),
        ("Carol Shillam", "plans might be scaled down"),
    ]


def test_saying_followed_by_a_clause_needs_no_comma():
    text = "Spokesman Naser Kanaan talked about the swap with the US saying this is still open."
    assert said(text) == [("Naser Kanaan", "this is still open")]
    assert said("He held up a sign saying the war must end.") == []


@pytest.mark.parametrize("when", ["", " on Wednesday"])
def test_a_short_statement_before_said_and_a_participle_gives_two_statements(when):
    text = (
        f"The bank will keep rates on hold, Governor Jane Ocampo said{when}, adding that "
        "inflation remained too high."
    )
    assert said(text) == [
        ("Jane Ocampo", "The bank will keep rates on hold"),
        ("Jane Ocampo", "inflation remained too high"),
    ]


def test_a_place_in_a_phrase_between_the_speaker_and_the_verb_is_not_the_speaker():
    text = (
        "Team captain Omar Hadid at a separate briefing at Central Stadium said that the "
        "side would keep the same batting order."
    )
    assert said(text) == [("Omar Hadid", "the side would keep the same batting order")]


def test_a_name_after_a_scare_quote_and_a_preposition_is_not_the_speaker():
    text = (
        "Education Minister Ruth Tamsin said some schools received less money.\n\n"
        'It was an "embarrassing own goal" for Mr Harlow, she said.'
    )
    assert said(text)[-1] == (
        "Ruth Tamsin",
        'It was an "embarrassing own goal" for Mr Harlow',
    )


def test_a_capitalised_office_in_commas_between_the_name_and_the_verb():
    text = (
        "Maria Ortiz, Chief Executive Officer of Northwind Freight Lines, said: "
        '"The region is very resilient."'
    )
    assert said(text) == [("Maria Ortiz", "The region is very resilient.")]


@pytest.mark.parametrize("adjunct", ["ahead of Wednesday's vote", "following a meeting"])
def test_ahead_of_and_following_after_a_final_attribution_say_when(adjunct):
    text = f"The plan will cut costs by half, Mayor Jo Bell said {adjunct}."
    assert said(text) == [("Jo Bell", "The plan will cut costs by half")]


@pytest.mark.parametrize("where", ["of Sanford Bernstein", "at the Brookings Institution"])
def test_a_firm_after_a_speaker_named_after_the_verb(where):
    text = f"It was the second time that the group had missed estimates, said Toni Sacco {where}."
    assert said(text) == [
        ("Toni Sacco", "It was the second time that the group had missed estimates")
    ]


def test_calling_something_a_quoted_name_is_a_statement():
    text = (
        'Councillor Sam Crooks called the budget "a budget of missed opportunities". '
        'She called a meeting "to discuss it" and called police.'
    )
    assert said(text) == [
        ("Sam Crooks", 'called the budget "a budget of missed opportunities"'),
    ]


def test_who_added_after_a_named_speaker_without_a_comma():
    text = (
        '"I have no doubt he is mistaken," said Sgt Donal Kerr who added that the officer '
        "was highly experienced. Republicans who had demanded the cuts said they were pleased."
    )
    assert said(text)[:2] == [
        ("Donal Kerr", "I have no doubt he is mistaken"),
        ("Donal Kerr", "the officer was highly experienced"),
    ]
    assert all(speaker != "Republicans" for speaker, _ in said(text))


def test_a_quotation_inside_a_reported_clause_is_part_of_it():
    text = (
        "Pastor Ernest Reade spoke first. He said her treatment, "
        '"which threatens her very freedom," could "lead to dangerous outcomes."'
    )
    assert said(text) == [
        (
            "Ernest Reade",
            'her treatment, "which threatens her very freedom," could "lead to dangerous outcomes.',
        )
    ]


def test_by_claiming_reports_what_the_subject_claims():
    text = (
        "Council leader Pete Marlow looked to distance himself from the cuts, by claiming "
        "the government had given him no other option."
    )
    assert said(text) == [("Pete Marlow", "the government had given him no other option")]


def test_a_party_in_the_plural_is_not_who_he_is_next():
    text = (
        "The Tories have countered by accusing the council of secrecy.\n\n"
        "The row prompted council leader Graham Leddie to condemn the Tories.\n\n"
        'He said: "The Tories walked away from the talks."'
    )
    assert said(text)[-1] == ("Graham Leddie", "The Tories walked away from the talks.")


def test_a_quotation_running_on_from_a_reported_clause_is_split_at_its_sentences():
    text = (
        "Renata Gerst said the company will “work through its obligations in the next 60 "
        "days. We also know we will receive questions about tickets.”"
    )
    claims = extract(text).claims
    assert [(c.text, c.kind) for c in claims] == [
        ("the company will “work through its obligations in the next 60 days", "mixed"),
        ("We also know we will receive questions about tickets.", "direct"),
    ]


@pytest.mark.parametrize("dash", ["--", "—"])
def test_an_aside_in_dashes_between_the_speaker_and_the_verb(dash):
    text = (
        f"Oil Minister Ali al-Nadim {dash} whose country is the biggest producer {dash} said on "
        "Tuesday the market was in very good shape."
    )
    assert said(text) == [("Ali al-Nadim", "the market was in very good shape")]


def test_a_participle_after_a_semicolon_adds_a_statement():
    text = (
        'Captain Dimo Karun spoke. "Now I regret that I did not come before," he said; '
        "adding that other teams should come and play."
    )
    assert said(text) == [
        ("Dimo Karun", "Now I regret that I did not come before"),
        ("Dimo Karun", "other teams should come and play"),
    ]


@pytest.mark.parametrize(
    "listener", ["councillors", "a Senate hearing", "The Associated Press", "the jury"]
)
def test_a_listener_outside_the_lexicon_is_skipped_after_told(listener):
    text = f"Mayor Jo Bell told {listener} the plan would fail."
    assert said(text) == [("Jo Bell", "the plan would fail")]


def test_told_with_an_instruction_or_a_story_is_no_statement():
    assert said("Mayor Jo Bell told MPs to sit down. She told a story about her mother.") == []


@pytest.mark.parametrize("cue", ["ruled", "joked"])
def test_ruled_and_joked_that_report_a_statement(cue):
    text = f"Judge Amanda Pierce {cue} that the search had been unlawful."
    assert said(text) == [("Amanda Pierce", "the search had been unlawful")]


def test_said_a_and_that_b_gives_two_statements():
    text = (
        "Minister Joe Brien said the State is facing a shortage of rooms and that all "
        "departments need to work together. He said the plan was good, and that is why he "
        "backed it."
    )
    assert said(text) == [
        ("Joe Brien", "the State is facing a shortage of rooms"),
        ("Joe Brien", "all departments need to work together"),
        ("Joe Brien", "the plan was good, and that is why he backed it"),
    ]


def test_a_party_in_brackets_after_an_apposed_name():
    text = (
        "There is a very strong will to reduce energy prices, Finland's Minister of Economic "
        "Affairs, Mika Lintu (Cen), said on Friday."
    )
    assert said(text) == [("Mika Lintu", "There is a very strong will to reduce energy prices")]


def test_but_and_a_weaker_verb_end_the_first_statement():
    text = (
        "Minister Urmas Rein said Estonia has not closed its border to refugees, but "
        'highlighted the "hybrid attacks" organised by its neighbour.'
    )
    assert said(text) == [
        ("Urmas Rein", "Estonia has not closed its border to refugees"),
        ("Urmas Rein", 'highlighted the "hybrid attacks" organised by its neighbour'),
    ]


def test_a_platform_named_x_in_a_phrase_before_the_verb_is_not_the_speaker():
    text = "Atiku had in a statement posted on X said the president was fiddling."
    assert said(text) == [("Atiku", "the president was fiddling")]


@pytest.mark.parametrize("cue", ["considered", "has intimated"])
def test_considered_and_intimated_that_report_a_view(cue):
    text = f"Deputy Abdul Rahman Al-Bizri {cue} that the session was a surprise."
    assert said(text) == [("Abdul Rahman Al-Bizri", "the session was a surprise")]


def test_adding_that_after_a_quotation_whose_comma_is_inside_it():
    text = (
        "MP Qassem Hashim said that “the blocs are willing to take part in the session,” "
        "adding that “once the quorum is complete, the Speaker will open the vote.”"
    )
    assert said(text) == [
        ("Qassem Hashim", "the blocs are willing to take part in the session"),
        ("Qassem Hashim", "once the quorum is complete, the Speaker will open the vote."),
    ]


def test_an_adjunct_naming_a_programme_in_quotation_marks_before_that():
    text = (
        "MP Elias Hank stressed on Thursday during an interview with “To the Presidency” on "
        "LBCI that the call for the session came as a surprise."
    )
    assert said(text) == [("Elias Hank", "the call for the session came as a surprise")]


def test_as_for_a_named_person_makes_him_who_he_is():
    text = (
        "MP Qassem Hashim spoke first.\n\n"
        "As for Armenian Bloc MP Hagop Terz, he confirmed that “they are not the ones who "
        "will disrupt the quorum.”"
    )
    assert said(text) == [("Hagop Terz", "they are not the ones who will disrupt the quorum.")]


def test_a_naming_verb_stops_at_the_quotation_that_names():
    text = (
        "Home Affairs Minister Clare Neal called Mr Dutt a “protector of criminals” in "
        "question time on Wednesday after the opposition voted against a bill."
    )
    assert said(text) == [("Clare Neal", "called Mr Dutt a “protector of criminals")]


def test_as_after_a_closing_quotation_starts_the_reporters_background():
    text = (
        'Shadow chancellor John McDonn warned the process is in "absolute chaos" as the '
        "government has withdrawn a large part of the Budget."
    )
    assert said(text) == [("John McDonn", 'the process is in "absolute chaos"')]
