"""Reporting patterns met in the fourth round: continuations, post-nominals, ages, acronyms."""

from tests.engine.helpers import said


def test_a_statement_continued_after_a_parenthetical_cue_is_a_second_claim():
    text = "The grant never arrived, Tom Harris said, and the clinic closed within a year."
    assert said(text) == [
        ("Tom Harris", "The grant never arrived"),
        ("Tom Harris", "the clinic closed within a year"),
    ]


def test_letters_after_a_name_are_not_part_of_it():
    assert said("Rebecca Sandhu KC said the evidence had been withheld.") == [
        ("Rebecca Sandhu", "the evidence had been withheld")
    ]
    assert said("Marcus Bell Jr said the team would appeal the ruling.") == [
        ("Marcus Bell", "the team would appeal the ruling")
    ]


def test_the_age_description_refers_to_the_person_introduced_with_an_age():
    text = (
        "Gary Holt, 61, was jailed for six years on Friday. "
        "The 61-year-old accepted that he had lied to investigators."
    )
    assert said(text) == [("Gary Holt", "he had lied to investigators")]


def test_a_bracketed_acronym_is_an_alias_of_the_organisation_before_it():
    text = (
        "The drug was rejected by the National Institute for Health and Care Excellence "
        "(Nice). Nice said the price was too high for the health service."
    )
    assert said(text) == [
        (
            "National Institute for Health and Care Excellence",
            "the price was too high for the health service",
        )
    ]


def test_a_person_introduced_with_an_age_is_found_by_a_later_pronoun():
    text = (
        "Among the patients waiting in the corridor was Joan Whitaker, 68, who had broken "
        "her hip. She said she had waited nine hours for a bed."
    )
    assert said(text) == [("Joan Whitaker", "she had waited nine hours for a bed")]


def test_a_quotation_after_a_colon_belongs_to_the_speaker_before_it():
    text = 'Sarah Kent told reporters: "If we cut now, hospitals will close."'
    assert said(text) == [("Sarah Kent", "If we cut now, hospitals will close.")]


def test_an_acronym_before_a_title_refers_to_the_person_with_that_title():
    text = (
        "PTI leader Omar Khan spoke in Lahore on Sunday. "
        '"The elections were rigged," said the PTI leader.'
    )
    assert said(text) == [("Omar Khan", "The elections were rigged")]
