"""Patterns met in a second round of articles: transcripts, bulleted briefs, court and
sport copy, transliterated names and organisations that speak through a representative."""

import pytest

from tests.engine.helpers import said

TRANSCRIPT = """Transcript: an interview on Sunday

JANE DOE: Welcome back. Secretary, will the tariffs take effect on Tuesday?

SECRETARY MARY ROE: Good morning, Jane. The tariffs start on Tuesday. Crossings are down 40%.

DOE: Economists say prices will rise. Is that right?

ROE: Prices did not go up the way the experts predicted. Give us ninety days.

DOE: Thank you, Secretary.

ROE: Thank you, Jane.
"""


def test_named_transcript_turns_belong_to_the_label_and_the_asker_is_skipped():
    assert said(TRANSCRIPT) == [
        ("Mary Roe", "The tariffs start on Tuesday."),
        ("Mary Roe", "Crossings are down 40%."),
        ("Mary Roe", "Prices did not go up the way the experts predicted."),
    ]


def test_two_related_lines_do_not_make_a_transcript():
    text = (
        "Related: Housing starts fall\n\nAnna Berg said prices would rise.\n\n"
        "Read more: What next\n\nRelated: Rents\n\nRead more: Mortgages\n"
    )
    assert said(text) == [("Anna Berg", "prices would rise")]


def test_short_commands_inside_quotes_are_not_claims():
    text = '"Tell Washington to come out here in August," Luann Pritchard said. "Do it now."'
    assert said(text) == []


def test_long_sentence_opening_with_a_verb_is_still_a_claim():
    text = (
        '"Look at what the regime is doing today, bombing hospitals and schools in three '
        'provinces without any restraint at all," the minister, Omar Haddad, said.'
    )
    assert len(said(text)) == 1


def test_second_speaker_after_while_gets_their_own_claim():
    text = (
        "Tom Reyes insisted that the cuts would fall on the largest farms, while Jane Hollis "
        "accused him of balancing the budget on the backs of families."
    )
    assert said(text) == [
        ("Tom Reyes", "the cuts would fall on the largest farms"),
        ("Jane Hollis", "accused him of balancing the budget on the backs of families"),
    ]


def test_he_after_a_senator_named_with_his_state_is_that_senator():
    text = (
        "Senator John Thune, the majority leader, wants a quick vote.\n\n"
        "Senator Tom Whitfield of Nebraska, a member of the committee, defended the program. "
        "He said it had kept thousands of farms in business."
    )
    assert said(text)[-1] == ("Tom Whitfield", "it had kept thousands of farms in business")


def test_person_introduced_by_a_description_takes_the_next_she():
    text = (
        "Senator Margaret Hollis spoke first.\n\n"
        "His neighbor, Luann Pritchard, was more blunt. She said her premiums had doubled."
    )
    assert said(text) == [("Luann Pritchard", "her premiums had doubled")]


def test_age_and_position_descriptions_refer_to_the_person_in_view():
    text = (
        "City boss Steve Maddox was angry after the game.\n\n"
        "The 45-year-old insisted his side had played well for an hour."
    )
    assert said(text) == [("Steve Maddox", "his side had played well for an hour")]


@pytest.mark.parametrize(
    "epithet",
    ["The Vermont Democrat", "The Texas Republican", "The veteran Republican", "The Briton"],
)
def test_a_party_or_a_nationality_with_a_place_refers_to_the_person_in_view(epithet):
    text = (
        "Senator Margaret Hollis voted against the merger on Tuesday.\n\n"
        f'"This deal will raise prices for families," {epithet[0].lower() + epithet[1:]} said.'
    )
    assert said(text) == [("Margaret Hollis", "This deal will raise prices for families")]


def test_transliterated_names_with_joined_particles():
    text = (
        'He said Baghdad was ready to host talks. "Any agreement that lowers tension serves '
        'our interests," Iraqi government spokesman Qahtan al-Jubouri said.'
    )
    assert said(text)[-1] == (
        "Qahtan al-Jubouri",
        "Any agreement that lowers tension serves our interests",
    )


def test_party_and_state_bracket_does_not_hide_the_speaker():
    text = "- Sen. Mark Delaney (D-Va.), who chairs the committee, said the rule was overdue."
    assert said(text) == [("Mark Delaney", "the rule was overdue")]


def test_spokesperson_of_a_named_company_speaks_for_it():
    text = "An Nvidia spokesperson said the company complies with all export rules."
    assert said(text) == [("Nvidia", "the company complies with all export rules")]


def test_unnamed_lowercase_ministry_is_named_from_its_description():
    text = "Iran is ready to resume talks, the foreign ministry said on Monday."
    assert said(text) == [("Foreign Ministry", "Iran is ready to resume talks")]


def test_they_after_an_organisation_spoke_is_that_organisation():
    text = (
        "The Citizens' Utility Board said it would oppose the rate increase. They argued that "
        "shareholders should bear the cost."
    )
    assert [s for s, _ in said(text)] == ["Citizens' Utility Board"] * 2


def test_plural_nouns_that_look_like_cues_are_not_cues():
    text = "The Gulf states have spent heavily. Public comments would then be open for 60 days."
    assert said(text) == []


def test_said_little_reports_nothing():
    text = "Senator Amy Klobuchar of Minnesota has said little publicly about the bill."
    assert said(text) == []


def test_participle_cue_takes_the_subject_opening_the_sentence():
    text = (
        "Brentwick Rovers won.\n\nCity boss Steve Maddox was furious with the decision to "
        "award Rovers' first goal, claiming his goalkeeper had been fouled."
    )
    assert said(text) == [("Steve Maddox", "his goalkeeper had been fouled")]


def test_according_to_a_source_leaves_out_the_tail_describing_the_figure():
    text = (
        "The program cost about $12 billion last year, according to the Agriculture "
        "Department, a figure that rises sharply in drought years."
    )
    assert [t for _, t in said(text)] == ["The program cost about $12 billion last year"]
