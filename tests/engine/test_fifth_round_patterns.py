"""Reporting patterns met in the fifth round: title synonyms, capitalised acronyms, subjects."""

from tests.engine.helpers import said


def test_the_alliance_chief_is_the_secretary_general_named_before():
    text = (
        "Alliance Secretary General Tomas Varga arrived in the capital on Monday. "
        "The alliance chief said the new brigade would be ready within a year."
    )
    assert said(text) == [("Tomas Varga", "the new brigade would be ready within a year")]


def test_the_premier_is_the_prime_minister_named_before():
    text = (
        "Prime Minister Helen Voss opened the new bridge on Tuesday. "
        "The premier said the toll would be scrapped by spring."
    )
    assert said(text) == [("Helen Voss", "the toll would be scrapped by spring")]


def test_the_ceo_and_the_boss_are_the_chief_executive_named_before():
    text = (
        "Chief Executive Mark Dorsey unveiled the results on Thursday. "
        "The CEO said profits would double next year. "
        "The boss said the factory would stay open."
    )
    assert said(text) == [
        ("Mark Dorsey", "profits would double next year"),
        ("Mark Dorsey", "the factory would stay open"),
    ]


def test_a_capitalised_acronym_registered_as_an_alias_is_not_the_pronoun_who():
    text = (
        "Cases rose again, according to the Global Vaccine Organisation (GVO). "
        "GVO said the outbreak was slowing in the north. "
        "The World Health Organization (WHO) issued new guidance. "
        "WHO said the risk to travellers remained low."
    )
    assert said(text) == [
        ("Global Vaccine Organisation", "the outbreak was slowing in the north"),
        ("World Health Organization", "the risk to travellers remained low"),
    ]


def test_a_registered_capitalised_acronym_speaks_after_the_or_an_inverted_cue():
    text = (
        "The World Health Organization (WHO) issued new guidance. "
        "The risk to travellers remained low, the WHO said. "
        '"We expect cases to fall," said the WHO.'
    )
    assert said(text) == [
        ("World Health Organization", "The risk to travellers remained low"),
        ("World Health Organization", "We expect cases to fall"),
    ]


def test_a_lower_case_who_is_still_a_relative_pronoun():
    text = (
        "The World Health Organization (WHO) issued new guidance. "
        "Nurses who said the wards were full were sent home."
    )
    assert [speaker for speaker, _ in said(text)] != ["World Health Organization"]


def test_an_acronym_of_hyphen_parts_and_foreign_words_is_an_alias():
    text = (
        "Supporters of Tahrik-e-Nawa Jamhoori (TNJ) marched on Sunday. "
        "TNJ said the vote had been rigged. "
        "Soins Sans Limites (SSL) sent two field teams. "
        "SSL said the clinics had run out of insulin."
    )
    assert said(text) == [
        ("Tahrik-e-Nawa Jamhoori", "the vote had been rigged"),
        ("Soins Sans Limites", "the clinics had run out of insulin"),
    ]


def test_a_bare_subject_name_is_found_by_a_later_age_description():
    text = (
        "Gary Holt was jailed for four years on Friday. "
        "The 61-year-old said he had lied to investigators."
    )
    assert said(text) == [("Gary Holt", "he had lied to investigators")]


def test_a_place_opening_a_sentence_is_not_taken_for_a_person():
    text = "New Caledonia voted on Sunday. He said the count had been fair."
    assert said(text) == [(None, "the count had been fair")]


def test_the_boss_with_no_top_post_in_view_stays_unresolved():
    text = "Tom Reed, a driver, spoke first. The boss said the depot would close."
    assert said(text) == [(None, "the depot would close")]


def test_the_prime_minister_is_the_premier_named_before():
    text = "Premier Ana Lopes visited the plant. The prime minister said jobs were safe."
    assert said(text) == [("Ana Lopes", "jobs were safe")]
