"""Lexical matching of claims and positions (no database)."""

import pytest

from claims.lib import lexical


def test_terms_keep_content_words_stemmed_and_drop_stop_words():
    assert lexical.terms("They said the countries must stay united") == ("countri", "stay", "unit")


@pytest.mark.parametrize("text", ["the U.S. presence", "US presence", "the U.S presence"])
def test_the_us_is_an_acronym_whatever_the_dots(text):
    assert lexical.terms(text)[0] == "US"


def test_the_pronoun_us_is_not_the_us():
    assert "US" not in lexical.terms("Let us talk about us")


def test_words_from_one_root_match_through_a_prefix():
    weights = lexical.TermWeights([])
    matcher = lexical.Matcher(lexical.query((lexical.terms("unite"), 1.0)), weights)
    assert lexical.terms("unity") != lexical.terms("unite")
    assert matcher.similarity(lexical.terms("unity")) == pytest.approx(1.0)


def test_short_stems_do_not_match_by_prefix():
    weights = lexical.TermWeights([])
    matcher = lexical.Matcher({"go": 1.0}, weights)
    assert matcher.similarity(("govern",)) == 0.0


def test_the_same_words_score_one_and_unrelated_words_zero():
    weights = lexical.TermWeights([lexical.terms("sanctions hurt exports")])
    claim = lexical.terms("Sanctions hurt exports")
    matcher = lexical.Matcher(lexical.query((claim, 1.0)), weights)
    assert matcher.similarity(claim) == pytest.approx(1.0)
    assert matcher.similarity(lexical.terms("football season begins")) == 0.0


def test_a_rare_shared_word_counts_more_than_a_common_one():
    documents = [lexical.terms(t) for t in ["war ends", "war starts", "war costs", "peace talks"]]
    weights = lexical.TermWeights(documents)
    matcher = lexical.Matcher(lexical.query((lexical.terms("war and peace"), 1.0)), weights)
    assert matcher.similarity(lexical.terms("peace talks")) > matcher.similarity(
        lexical.terms("war ends")
    )


def test_a_query_term_keeps_its_largest_weight():
    assert lexical.query((["tie"], 0.4), (["tie", "cut"], 1.0)) == {"tie": 1.0, "cut": 1.0}
