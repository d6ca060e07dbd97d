"""Who said it: names with particles, family names first, titles, places and pronoun gender."""

from claims.engine import extract


def _claims(text):
    return [(c.speaker, c.text) for c in extract(text).claims]


def test_a_given_name_after_a_name_with_particles_is_the_full_name():
    text = (
        "Veloran Foreign Minister Prince Tariq bin Saleem said on Monday the talks had stalled. "
        "Later, Prince Tariq said the border would stay open."
    )
    assert _claims(text) == [
        ("Tariq bin Saleem", "on Monday the talks had stalled"),
        ("Tariq bin Saleem", "the border would stay open"),
    ]


def test_a_family_name_written_first_resolves_to_the_full_name():
    text = (
        "President Lu Wenhao met the visiting delegation on Friday. "
        "Lu said the two sides had agreed to resume flights."
    )
    assert _claims(text) == [("Lu Wenhao", "the two sides had agreed to resume flights")]


def test_a_day_written_after_a_name_is_not_part_of_it():
    text = (
        "Interior Minister Karim Dost Halabi Monday said the curfew would be lifted. "
        "Halabi said the army would leave the city."
    )
    assert _claims(text) == [
        ("Karim Dost Halabi", "the curfew would be lifted"),
        ("Karim Dost Halabi", "the army would leave the city"),
    ]


def test_a_country_before_a_title_in_apposition_is_not_the_title_holder():
    text = (
        "Foreign Minister Dariush Sadeqi said the talks were useful. "
        "During a visit to Corvala, Norland, the foreign minister said trade would grow. "
        "Speaking in Ostrava, Turkey, the foreign minister said aid would continue."
    )
    assert [speaker for speaker, _ in _claims(text)] == ["Dariush Sadeqi"] * 3
