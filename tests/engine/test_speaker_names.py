"""Who said it: names with particles, family names first, titles, places and pronoun gender."""

import pytest

from claims.engine import extract
from tests.engine.helpers import said


def test_a_given_name_after_a_name_with_particles_is_the_full_name():
    text = (
        "Veloran Foreign Minister Prince Tariq bin Saleem said on Monday the talks had stalled. "
        "Later, Prince Tariq said the border would stay open."
    )
    assert said(text) == [
        ("Tariq bin Saleem", "the talks had stalled"),
        ("Tariq bin Saleem", "the border would stay open"),
    ]


def test_a_family_name_written_first_resolves_to_the_full_name():
    text = (
        "President Lu Wenhao met the visiting delegation on Friday. "
        "Lu said the two sides had agreed to resume flights."
    )
    assert said(text) == [("Lu Wenhao", "the two sides had agreed to resume flights")]


def test_a_day_written_after_a_name_is_not_part_of_it():
    text = (
        "Interior Minister Karim Dost Halabi Monday said the curfew would be lifted. "
        "Halabi said the army would leave the city."
    )
    assert said(text) == [
        ("Karim Dost Halabi", "the curfew would be lifted"),
        ("Karim Dost Halabi", "the army would leave the city"),
    ]


def test_a_country_before_a_title_in_apposition_is_not_the_title_holder():
    text = (
        "Foreign Minister Dariush Sadeqi said the talks were useful. "
        "During a visit to Corvala, Norland, the foreign minister said trade would grow. "
        "Speaking in Ostrava, Turkey, the foreign minister said aid would continue."
    )
    assert [speaker for speaker, _ in said(text)] == ["Dariush Sadeqi"] * 3


def test_an_event_named_after_a_post_is_not_a_person_and_the_pm_is_the_prime_minister():
    text = (
        "Prime Minister Clara Voss faced Leader's Hour after a rebellion. "
        "There were angry scenes at Prime Minister's Questions on Wednesday. "
        "The prime minister said the reform would go ahead. "
        "The PM said the vote would be held in the autumn."
    )
    assert said(text) == [
        ("Clara Voss", "the reform would go ahead"),
        ("Clara Voss", "the vote would be held in the autumn"),
    ]


def test_a_report_named_at_the_start_of_a_sentence_is_not_the_person_who_said_it():
    text = (
        "The blaze was started deliberately, City Police Commissioner Anil Varma Rao said. "
        "A First Incident Report has been filed against the owner, he said. "
        "The man had fled to the coast, the commissioner said."
    )
    assert said(text) == [
        ("Anil Varma Rao", "The blaze was started deliberately"),
        ("Anil Varma Rao", "A First Incident Report has been filed against the owner"),
        ("Anil Varma Rao", "The man had fled to the coast"),
    ]


def test_a_quotation_closed_with_two_apostrophes_ends_before_its_speaker():
    text = (
        "“A faulty heater started the fire. The flames spread to the roof,'' "
        "District Police Chief Meera Joshi told reporters.\n\n"
        "The building had no alarms, the chief said."
    )
    assert said(text) == [
        ("Meera Joshi", "A faulty heater started the fire."),
        ("Meera Joshi", "The flames spread to the roof"),
        ("Meera Joshi", "The building had no alarms"),
    ]


def test_an_abbreviated_rank_before_a_name_makes_a_person_not_an_organisation():
    text = (
        '"The driver fled on foot," explained Brookfield Police Lt. Dana Whitcombe. '
        '"We found the car an hour later," Whitcombe said.'
    )
    assert said(text) == [
        ("Dana Whitcombe", "The driver fled on foot"),
        ("Dana Whitcombe", "We found the car an hour later"),
    ]


def test_he_is_never_a_woman_known_by_her_given_name():
    text = (
        "Sen. Ruth Calder sponsored the bill with Daniel Pruett, D-Ore. "
        "The two negotiators in the House were Rep. Tom Haskell and Rep. Jane Morrow. "
        "Pruett also welcomed the vote. "
        '"This was the hardest bill I have worked on," he said.'
    )
    assert said(text) == [("Daniel Pruett", "This was the hardest bill I have worked on")]


def test_he_after_a_named_homeowner_is_that_homeowner():
    text = (
        "The chase ended in Kerry Dunleavy’s driveway.\n\n"
        '"I ran to the window and saw the officers," he recalled.'
    )
    assert said(text) == [("Kerry Dunleavy", "I ran to the window and saw the officers")]


def test_a_person_named_in_what_was_reported_is_not_who_he_is():
    text = (
        "The fire was started on purpose, Fire Chief Omar Haddad said. "
        "Vikram Sethi, 30, set fire to a scooter in the car park, the chief said. "
        "Sethi and the victim had argued over money, he said."
    )
    assert [speaker for speaker, _ in said(text)] == ["Omar Haddad"] * 3


def test_he_is_left_unresolved_rather_than_given_to_a_woman():
    text = 'Rep. Jane Morrow backed the bill on Tuesday.\n\n"It was a long fight," he said.'
    assert said(text) == [(None, "It was a long fight")]


def test_the_top_diplomat_is_the_foreign_minister_of_a_two_word_country():
    text = (
        "Saudi Arabia's Foreign Minister Prince Nawaf bin Rashid said the summit had ended. "
        "The Saudi top diplomat said a lasting ceasefire was needed."
    )
    assert said(text) == [
        ("Nawaf bin Rashid", "the summit had ended"),
        ("Nawaf bin Rashid", "a lasting ceasefire was needed"),
    ]


def test_a_title_with_no_holder_in_the_article_is_not_given_to_the_last_person_named():
    text = (
        "Opposition leader Mark Tolley accused the government of losing control. "
        "The PM rejected the charge, urging MPs to back the bill."
    )
    assert said(text)[-1] == (None, "urging MPs to back the bill")


def test_a_person_named_as_an_object_does_not_become_the_next_he():
    text = (
        "Campaign aide Tomas Reed said the count had been rigged.\n\n"
        "He asked Commissioner Peter Osei not to deceive voters again.\n\n"
        'He stated: "The commission chairman is nothing but a hypocrite."'
    )
    speakers = [c.speaker for c in extract(text).claims]
    assert speakers == ["Tomas Reed", "Tomas Reed"]


def test_a_person_introduced_after_was_is_the_next_she():
    text = (
        '"The results are clear," said Dr Alma Ruiz, who led the trial.\n\n'
        'Among the patients was Joan Pryce, 68. "I feel better than I have in years," she said.'
    )
    assert [c.speaker for c in extract(text).claims] == ["Alma Ruiz", "Joan Pryce"]


def test_a_title_that_opens_the_story_goes_to_the_person_named_next():
    text = (
        "Norland's energy minister said on Tuesday he expected a deal on output.\n\n"
        '"The market is moving in the right direction," Karl Vesterby said in Algiers.\n\n'
        "Asked about Ostria, whose oil minister said earlier it would not freeze output, "
        'the Norland minister replied: "A single country cannot move the market."'
    )
    claims = [(c.speaker, c.text) for c in extract(text).claims]
    assert claims[:2] == [
        ("Karl Vesterby", "he expected a deal on output"),
        ("Karl Vesterby", "The market is moving in the right direction"),
    ]
    assert claims[-1] == ("Karl Vesterby", "A single country cannot move the market.")
    # Ostria's oil minister is someone else.
    assert all(speaker != "Karl Vesterby" for speaker, said in claims if "freeze" in said)


@pytest.mark.parametrize(
    "relation", ["His daughter", "Mbeki's widow", "The victim's neighbour", "Her lawyer"]
)
def test_a_person_named_by_a_tie_to_someone_is_the_speaker(relation):
    text = f"Earlier, {relation}, Thandi Mokoena, said he would report to the police station."
    assert [(c.speaker, c.text) for c in extract(text).claims] == [
        ("Thandi Mokoena", "he would report to the police station")
    ]


@pytest.mark.parametrize("title", ["Councillor", "Cllr", "Alderman", "Supervisor"])
def test_a_local_office_before_a_name_makes_a_person_for_the_next_he(title):
    text = (
        f"{title} Ciaran Dunphy was scathing about the roads.\n\n"
        '"This is a lived and very frustrating experience," he told the council meeting.'
    )
    assert [c.speaker for c in extract(text).claims] == ["Ciaran Dunphy"]


def test_a_participle_goes_to_the_subject_not_to_a_name_inside_an_object():
    text = (
        "Spokesman Saeed Karimi said on Monday that talks would go on.\n\n"
        "Speaking at his weekly briefing, Karimi touched upon Director-General Rafael Grossi's "
        "visit to Tehran, saying that ties with the agency had always been technical."
    )
    assert [c.speaker for c in extract(text).claims] == ["Saeed Karimi", "Saeed Karimi"]


def test_a_lower_case_title_before_a_name_is_not_an_object():
    text = (
        '"We tried to add more officers," said councilor Jack Hendry.\n\n'
        '"Be thoughtful about this budget," said mayor Ann Bartle.\n\n'
        "As for pay rises, councilor Hendry hopes for a ballot soon.\n\n"
        '"All I am asking the council to do is send it to the people," he said.'
    )
    assert [c.speaker for c in extract(text).claims][-1] == "Jack Hendry"


def test_a_person_named_after_as_is_not_the_next_he():
    text = (
        "Prosecutor Robert McCall identified the suspect as 20-year-old Jeffrey Wills. "
        "Wills has been charged with two counts of assault, he said."
    )
    assert [c.speaker for c in extract(text).claims] == ["Robert McCall"]


def test_a_job_with_an_organisation_before_a_full_name_is_the_person():
    text = (
        "MP Kiema Kilonzo spoke first.\n\n"
        "The Speaker of the National Assembly Kenneth Mwende was dismayed at the absences.\n\n"
        '"It is not just physical presence that counts, it is the output," he said.'
    )
    assert [c.speaker for c in extract(text).claims] == ["Kenneth Mwende"]


def test_the_coach_is_the_coach_named_before():
    text = (
        "FC Goa coach Sergio Lobera said the final was balanced.\n\n"
        'Asked about the change, the coach said, "I wanted a leg back, so I made a change."'
    )
    assert [c.speaker for c in extract(text).claims] == ["Sergio Lobera", "Sergio Lobera"]


def test_words_before_a_long_title_do_not_hide_the_person():
    text = (
        "Dubai: UAE State Minister for Foreign Affairs Dr Omar Haddad lambasted foreign "
        "media on Wednesday for trying to create a rift between the allies.\n\n"
        '"Our alliance has been reinforced through sacrifices and honesty."'
    )
    assert [c.speaker for c in extract(text).claims] == ["Omar Haddad", "Omar Haddad"]


def test_a_headline_opening_with_a_quotation_is_not_a_claim():
    text = (
        "‘This is good news’: US hails hopeful results from vaccine trial\n\n"
        'Dr Anthony Fauci said: "No matter how you slice this, this is good news."'
    )
    assert [c.text for c in extract(text).claims] == [
        "No matter how you slice this, this is good news."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Professor Tom Hale of the University of Leeds said rates would rise.",
        '"Rates would rise," said Dr Tom Hale of the Kaiser Research Institute in Seattle.',
    ],
)
def test_a_person_of_an_institution_is_the_person(text):
    assert [c.speaker for c in extract(text).claims] == ["Tom Hale"]


def test_the_mayor_of_a_place_is_a_title_not_a_person_named_after_the_place():
    text = "The mayor of Corvala urged residents in flood-prone areas to seek higher ground."
    claims = extract(text).claims
    assert [c.speaker for c in claims] == [None]
    assert claims[0].speaker_role == "Mayor of Corvala"


@pytest.mark.parametrize(
    "text",
    [
        "Wisdom Okafor, 28, a bricklayer, said he escaped with a few cuts.",
        "Wisdom Okafor of the National Emergency Management Agency (NEMA) said he "
        "escaped with a few cuts.",
        '"He escaped with a few cuts," Wisdom Okafor, a spokesperson for the governor said.',
        '"He escaped with a few cuts," Wisdom Okafor, a spokesperson for the governor, said.',
    ],
)
def test_a_person_described_in_commas_or_by_their_body_is_the_speaker(text):
    assert [c.speaker for c in extract(text).claims] == ["Wisdom Okafor"]


def test_a_titled_name_in_commas_after_a_description_is_the_speaker():
    text = (
        "Cabinet member for education, Cllr Chris Bithwell, said the council could no longer "
        "subsidise small schools."
    )
    assert [c.speaker for c in extract(text).claims] == ["Chris Bithwell"]


def test_a_relative_clause_with_commas_between_the_speaker_and_the_cue():
    text = (
        "Governor Johnson Sakari, who spoke after meeting the Practitioners, Pharmacists and "
        "Dentists Union (KMPDU), stated that there is a better way to show support."
    )
    assert [c.speaker for c in extract(text).claims] == ["Johnson Sakari"]


def test_a_title_after_the_only_speaker_so_far_is_that_speaker():
    text = (
        "Naser Kanaan, in his weekly briefing on Monday, said the talks would go on.\n\n"
        "The foreign ministry spokesman also said Iran is serious about getting results."
    )
    assert [c.speaker for c in extract(text).claims] == ["Naser Kanaan", "Naser Kanaan"]


def test_a_title_that_opens_a_story_goes_to_the_person_named_with_it_next():
    text = (
        "THE interim chief executive of the health board has admitted waiting times are "
        "not good enough.\n\n"
        "Interim chief executive Carol Shillam also said plans might need to be scaled down."
    )
    assert [c.speaker for c in extract(text).claims] == ["Carol Shillam", "Carol Shillam"]


def test_a_newspaper_is_not_the_next_she():
    text = (
        "Chief executive Raelene Cassel spoke on Tuesday.\n\n"
        "The Sydney Morning Herald reported the players were angry.\n\n"
        '"We are all concerned about the injuries," she said.'
    )
    assert [c.speaker for c in extract(text).claims][-1] == "Raelene Cassel"


def test_a_relative_clause_missing_its_closing_comma():
    text = (
        "Minister Tan Sri Noh Omari spoke on Friday.\n\n"
        "Noh, who is also the state party chairman said he was surprised by the fuss."
    )
    assert [c.speaker for c in extract(text).claims] == ["Noh Omari"]
