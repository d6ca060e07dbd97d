"""Reporting patterns: markers before quotations, relayed quotes, instructions, asides."""

from claims.engine import extract
from tests.engine.helpers import said


def test_according_to_him_with_a_colon_introduces_a_quotation_and_the_next_paragraph():
    text = (
        "Governor Musa Adeyemi raised the alarm on Sunday.\n\n"
        "According to him: “Intelligence reports show a plot against my office.\n\n"
        "“The level of conspiracy against the state is unfortunate.”"
    )
    assert said(text) == [
        ("Musa Adeyemi", "Intelligence reports show a plot against my office."),
        ("Musa Adeyemi", "The level of conspiracy against the state is unfortunate."),
    ]


def test_a_news_agency_that_relays_a_quotation_is_not_the_next_quotations_speaker():
    text = (
        "“The four countries want good relations with their neighbour,” Foreign Minister "
        "Adel Harbi said, as quoted by the Gulf Press Agency.\n\n"
        "“Then we will take the appropriate attitude towards them.”"
    )
    assert {s for s, _ in said(text)} == {"Adel Harbi"}


def test_telling_someone_to_do_something_is_an_instruction_not_a_claim():
    text = (
        "The Speaker, Alice Moran, told MPs to sit down while Nga was speaking. "
        "Moran told reporters the session would resume on Monday."
    )
    assert said(text) == [("Alice Moran", "the session would resume on Monday")]


def test_not_going_as_far_as_saying_is_not_saying():
    text = (
        'The race would be "close", Tom Reid said, but he would not go as far as saying he '
        "would win against Hipkins."
    )
    assert [c for _, c in said(text) if c.startswith("he would win")] == []


def test_a_name_owning_a_thing_is_the_owner_and_a_capitalised_office_after_the_is_a_title():
    text = (
        "Senator Ruth Okello, on Monday, June 5, claimed that members planned to oppose "
        "President Samuel Kipto's Finance Bill.\n\n"
        "The Busia Senator revealed that the president knew of the revolt.\n\n"
        "The President vowed to monitor the vote and even urged parliament to vote openly."
    )
    assert said(text) == [
        ("Ruth Okello", "members planned to oppose President Samuel Kipto's Finance Bill"),
        ("Ruth Okello", "the president knew of the revolt"),
        ("Samuel Kipto", "to monitor the vote"),
        ("Samuel Kipto", "urged parliament to vote openly"),
    ]


def test_an_aside_of_place_between_the_speaker_and_the_verb():
    text = "Dr Amina Yusuf, in her written apology, stated that she respects the court."
    assert said(text) == [("Amina Yusuf", "she respects the court")]


def test_a_title_opening_a_narrative_sentence_is_who_him_means_next():
    text = (
        "THE Federal Government said that Governor Musa Adeyemi of Lagos State should "
        "speak to the police.\n\n"
        "The Lagos State governor had recently raised the alarm at a church service.\n\n"
        "According to him: “Intelligence reports show a plot against my office.”"
    )
    assert said(text)[-1] == (
        "Musa Adeyemi",
        "Intelligence reports show a plot against my office.",
    )


def test_a_long_description_between_the_name_and_the_verb_after_a_quotation():
    text = (
        "“Our delegation has come with a strong will to lift the sanctions,” Ali Karimi, "
        "deputy foreign minister for political affairs, said in an exclusive interview with "
        "the state news agency in Vienna."
    )
    assert said(text) == [
        ("Ali Karimi", "Our delegation has come with a strong will to lift the sanctions")
    ]


def test_a_predicate_in_commas_is_not_an_aside_before_an_inverted_speaker():
    text = (
        "About two dozen others from the area, about 70 miles north of Dayton, were treated "
        "for broken bones, said Laura Mills, a spokesperson for the county hospital."
    )
    (claim,) = extract(text).claims
    assert claim.speaker == "Laura Mills"
    assert claim.text.startswith("About two dozen others")


def test_the_listener_and_a_long_time_phrase_after_a_final_tell_are_not_the_statement():
    text = (
        "Premier Li Wen spoke on Sunday.\n\n"
        "China has always kept to the path of peaceful development, Li told a press "
        "conference after the close of the annual session of the National People's Congress."
    )
    assert said(text) == [("Li Wen", "China has always kept to the path of peaceful development")]


def test_a_fronted_phrase_of_place_is_not_the_statement_of_the_cue_after_it():
    text = (
        "Prime Minister Anwar Salleh marked a year in office.\n\n"
        "At a thanksgiving ceremony in conjunction with the First Year of the Unity "
        "Government, here today, he said in the first year of steering the country, the "
        "government had resolved many basic issues."
    )
    (claim,) = extract(text).claims
    assert claim.speaker == "Anwar Salleh"
    assert "thanksgiving" not in claim.text and "resolved many basic issues" in claim.text


def test_his_highness_is_an_honorific_not_a_sentence_end():
    text = (
        "The country welcomes any effort to defuse tension in the region, said H.H. "
        "Sheikh Abdullah bin Rashid, Minister of Foreign Affairs."
    )
    assert said(text) == [
        ("Abdullah bin Rashid", "The country welcomes any effort to defuse tension in the region")
    ]


def test_an_acronym_in_brackets_inside_a_title_keeps_the_title_whole():
    text = "The commander of the Revolutionary Guard Corps (RGC) Navy said the fleet was ready."
    (claim,) = extract(text).claims
    assert claim.speaker_mention.startswith("The commander of the Revolutionary Guard Corps")


def test_in_a_speech_between_the_speaker_and_the_verb():
    text = "Opposition leader Juan Ortega in a speech urged supporters to stay in the streets."
    assert said(text) == [("Juan Ortega", "urged supporters to stay in the streets")]


def test_declaring_oneself_and_answering_a_call_are_acts_not_statements():
    text = (
        "Thousands joined opposition leader Juan Ortega in a protest on Saturday, answering "
        "his call to take to the streets. Crowds had gathered in January, when Ortega "
        "declared himself president."
    )
    assert said(text) == []


def test_a_scene_after_a_closing_quotation_mark_is_the_reporters():
    text = (
        "Prime Minister Tom Reeve said it was not the country's role to interfere \"in their "
        'democracy", as calm returned to the capital on Saturday.'
    )
    assert said(text) == [
        ("Tom Reeve", 'it was not the country\'s role to interfere "in their democracy"')
    ]


def test_the_person_before_comma_who_speaks():
    text = (
        "The plan was backed by Senator Ann Lee, who said it would cut costs by a third.\n\n"
        "His sentiments were echoed by Odhiambo, who warned, “Some of you are lying.”\n\n"
        "Reporters met Abu, an activist in Homs, who said that no troops had withdrawn.\n\n"
        "The deal collapsed after senators who had demanded tougher rules turned against it."
    )
    assert said(text) == [
        ("Ann Lee", "it would cut costs by a third"),
        ("Odhiambo", "Some of you are lying."),
        ("Abu", "no troops had withdrawn"),
    ]


def test_what_he_said_names_a_statement_without_making_one():
    text = "The move was a reversal from what Senator Tom Reid said just before Thanksgiving."
    assert said(text) == []
