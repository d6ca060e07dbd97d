from dataclasses import asdict

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.engine import extract

QUOTE_MARKS = "“”\"'‘’«»„"
pieces = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        list(QUOTE_MARKS)
        + [
            " said ",
            " he said, ",
            "According to ",
            " told reporters that ",
            ", Smith added.",
            "\n\n",
            "   \u00a0 ",
            ". ",
            "Mr. ",
            "U.S. ",
            "President Jane Roe",
            " The president noted that ",
        ]
    ),
)
articles = st.lists(pieces, max_size=60).map("".join)


def check(text):
    result = extract(text)
    asdict(result)
    for claim in result.claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert 0.0 <= claim.checkworthiness <= 1.0
    for start, end in result.article.headings:
        assert 0 <= start <= end <= len(text)


@settings(max_examples=300, deadline=None)
@given(articles)
def test_any_article_like_text_gives_valid_spans(text):
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_gives_valid_spans(text):
    check(text)


def test_huge_whitespace_and_only_quote_marks():
    check(" " * 20000 + "\n" * 5000)
    check("“" * 3000)
    check('"' * 3001 + " said " + "”" * 10)
