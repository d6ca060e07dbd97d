import datetime

from claims.engine import extract


def test_licence_line_gives_the_outlet_and_is_never_a_claim():
    text = (
        "Ana Costa said that exports doubled.  "
        "All Content by Example News Agency is licensed under a Creative Commons License."
    )
    result = extract(text)
    assert result.article.outlet == "Example News Agency"
    assert result.article.licence.startswith("All Content by")
    assert [c.text for c in result.claims] == ["exports doubled"]


def test_dateline_is_read_and_excluded():
    result = extract("TEHRAN— Ana Costa said that exports doubled.")
    assert result.article.dateline == "TEHRAN"
    assert result.claims[0].speaker == "Ana Costa"


def test_agency_tag_with_partial_date_infers_the_year_from_fetched():
    text = "WANA (Sep 21) – Ana Costa said that exports doubled."
    meta = extract(text, fetched=datetime.date(2024, 10, 3)).article
    assert meta.outlet == "WANA"
    assert (meta.published, meta.published_source, meta.published_precision) == (
        datetime.date(2024, 9, 21),
        "inferred",
        "day",
    )
    assert meta.published_text == "Sep 21"


def test_partial_date_after_the_fetch_day_belongs_to_the_previous_year():
    text = "WANA (Dec 30) – Ana Costa said that exports doubled."
    meta = extract(text, fetched=datetime.date(2025, 1, 2)).article
    assert meta.published == datetime.date(2024, 12, 30)


def test_caller_date_wins_but_the_written_date_is_kept():
    text = "WANA (Sep 21) – Ana Costa said that exports doubled."
    meta = extract(text, published=datetime.date(2024, 9, 22)).article
    assert (meta.published, meta.published_source, meta.published_text) == (
        datetime.date(2024, 9, 22),
        "caller",
        "Sep 21",
    )


def test_agency_in_parentheses_after_the_dateline():
    meta = extract("LONDON, Sept 21, 2024 (Reuters) - Ana Costa said that exports doubled.").article
    assert (meta.outlet, meta.dateline) == ("Reuters", "LONDON")
    assert (meta.published, meta.published_source) == (datetime.date(2024, 9, 21), "text")
