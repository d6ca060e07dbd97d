"""Name keys, transliteration folding and first-name compatibility (no database)."""

import pytest

from claims.lib.names import (
    given_names_compatible,
    name_key,
    normalize_title,
    translit_key,
)


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Iranian President Seyyed Ebrahim Raisi", "ebrahim raisi"),
        ("EBRAHIM RAISI", "ebrahim raisi"),
        ("Dr. Ébrahim Raïsi", "ebrahim raisi"),
        ("Supreme Leader Ayatollah Seyyed Ali Khamenei", "ali khamenei"),
        ("Minister of Foreign Affairs Hossein Amir-Abdollahian", "hossein amir abdollahian"),
        ("Martin Luther King", "martin luther king"),
        ("Ebrahim Raisi, president of Iran", "ebrahim raisi"),
    ],
)
def test_name_key_strips_titles_before_the_name_and_keeps_the_name(surface, key):
    assert name_key(surface) == key


@pytest.mark.parametrize(
    "description", ["the president", "The Leader of the Revolution", "He", "Iranian President"]
)
def test_descriptions_pronouns_and_bare_titles_have_no_name_key(description):
    assert name_key(description) == ""


def test_transliteration_variants_share_a_key():
    assert translit_key("Raisi") == translit_key("Raeisi") == translit_key("Ra'isi")
    assert translit_key("Mohammad Bagher Ghalibaf") == translit_key("Mohamad Baqer Qalibaf")
    assert translit_key("Abu Mahdi al-Muhandis") == translit_key("Abu Mahdi Muhandis")
    assert translit_key("Masoud Pezeshkian") == translit_key("Masud Pezeshkiyan")


def test_different_surnames_keep_different_keys():
    assert translit_key("Raisi") != translit_key("Rais")
    assert translit_key("Ali Khamenei") != translit_key("Ali Khomeini")


def test_first_names_are_compatible_when_equal_an_initial_or_a_close_romanisation():
    assert given_names_compatible(["ebrahim"], ["ebrahim"]) == 100
    assert given_names_compatible(["e"], ["ebrahim"]) is not None
    assert given_names_compatible(["mohamad"], ["muhamad"]) is not None
    assert given_names_compatible([], ["ebrahim"]) == 100


def test_different_first_names_are_not_compatible():
    assert given_names_compatible(["ali"], ["alireza"]) is None
    assert given_names_compatible(["hassan"], ["hossein"]) is None
    assert given_names_compatible(["m"], ["ebrahim"]) is None


def test_role_titles_are_keyed_without_articles_or_case():
    assert normalize_title("the President of Iran") == normalize_title("President of Iran")
