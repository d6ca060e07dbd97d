import codecs
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claims.errors import InvalidInput, NotAnArticle, TooLarge
from claims.lib.normalize import (
    content_hash,
    decode_bytes,
    normalize_text,
    validate_article_text,
)

SAMPLES = Path(__file__).resolve().parents[2] / "claims" / "sample_data"
PARAGRAPH = (
    "The minister said on Tuesday that the reform would go ahead despite the strikes. "
    "“We will not back down,” she told reporters outside parliament, adding that the "
    "opposition had offered no plan of its own for the economy or for jobs."
)


# normalize_text


def test_curly_quotes_dashes_and_apostrophes_are_kept() -> None:
    text = "He said: “We’re ready” — and ‘soon’ – 1990–2000…"

    assert normalize_text(text) == text


def test_mojibake_is_repaired() -> None:
    assert normalize_text("The president didnâ€™t say â€œyesâ€\x9d.") == (
        "The president didn’t say “yes”."
    )


def test_html_entities_are_left_as_published() -> None:
    assert normalize_text("AT&amp;T said &quot;no&quot;") == "AT&amp;T said &quot;no&quot;"


def test_combining_characters_are_composed() -> None:
    assert normalize_text("Re\u0301sume\u0301") == "Résumé"


def test_line_endings_become_newlines() -> None:
    assert normalize_text("one\r\ntwo\rthree\u2028four") == "one\ntwo\nthree\nfour"


def test_control_and_invisible_characters_are_removed_but_tabs_and_newlines_kept() -> None:
    assert normalize_text("a\x00b\x07c\u200bd\u00ade\ufefff\tg\nh") == "abcdef g\nh"


def test_runs_of_spaces_and_tabs_collapse_to_one_space() -> None:
    assert normalize_text("Mr.\u00a0\u00a0Smith \t said  so") == "Mr. Smith said so"


def test_paragraph_breaks_are_kept_and_extra_blank_lines_removed() -> None:
    text = "  First paragraph.  \n   \n\n\n  Second line one.\nSecond line two.  \n\n\n"

    assert normalize_text(text) == "First paragraph.\n\nSecond line one.\nSecond line two."


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_sample_articles_keep_their_words_and_quotes(path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    normalized = normalize_text(original)

    assert normalized.split() == original.split()
    assert normalize_text(normalized) == normalized


# Characters that make up mojibake and whitespace, so ftfy's repairs get exercised.
_TRICKY = st.text(alphabet="Ã©â€™œ\x9d\u00a0 \n\r\t\u0301ÂðŸ˜€¯»¿&;amp<\x85\u2028", max_size=40)


@given(st.text() | _TRICKY)
@example("\rÂ 0")
def test_normalizing_twice_changes_nothing(text: str) -> None:
    once = normalize_text(text)

    assert normalize_text(once) == once


@given(st.text())
def test_normalized_text_has_no_stray_whitespace_or_controls(text: str) -> None:
    normalized = normalize_text(text)

    assert normalized == normalized.strip()
    assert "\r" not in normalized
    assert "\n\n\n" not in normalized
    assert "  " not in normalized
    assert all(ch in "\n" or ch >= " " for ch in normalized)


# decode_bytes


def test_utf8_is_decoded_and_a_bom_dropped() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + "“Café”".encode()) == "“Café”"


def test_utf16_with_a_bom_is_decoded() -> None:
    assert decode_bytes("“Café”".encode("utf-16")) == "“Café”"


def test_invalid_utf8_names_the_byte_and_its_position() -> None:
    with pytest.raises(InvalidInput, match=r"not valid UTF-8 \(byte 0xE9 at position 3\)"):
        decode_bytes("Café au lait".encode("latin-1"))


def test_invalid_utf8_position_counts_the_bom() -> None:
    with pytest.raises(InvalidInput, match="at position 5"):
        decode_bytes(codecs.BOM_UTF8 + b"ab\xff")


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"text with a \x00 NUL byte", "NUL"),
    ],
)
def test_binary_data_is_not_an_article(data: bytes, named: str) -> None:
    with pytest.raises(NotAnArticle, match=named):
        decode_bytes(data)


def test_text_full_of_control_characters_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="control characters"):
        decode_bytes(b"\x01\x02\x03\x04 some words \x05\x06\x07\x08")


# validate_article_text


def test_a_real_article_is_valid() -> None:
    text = (SAMPLES / "mehr-raisi-islamic-ambassadors.txt").read_text(encoding="utf-8")

    validate_article_text(normalize_text(text), max_chars=100_000)


@pytest.mark.parametrize("text", ["", "   \n\n "])
def test_empty_text_is_not_an_article(text: str) -> None:
    with pytest.raises(NotAnArticle, match="empty"):
        validate_article_text(text, max_chars=100_000)


def test_a_headline_is_too_short_to_be_an_article() -> None:
    with pytest.raises(NotAnArticle, match="too short"):
        validate_article_text("Minister vows to press ahead with reform", max_chars=100_000)


def test_long_text_with_few_words_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="words"):
        validate_article_text("1234567890 " * 30, max_chars=100_000)


def test_a_paragraph_is_long_enough() -> None:
    validate_article_text(PARAGRAPH, max_chars=100_000)


def test_text_over_the_limit_is_too_large() -> None:
    with pytest.raises(TooLarge, match="limit is 1,000"):
        validate_article_text(PARAGRAPH * 10, max_chars=1000)


# content_hash


def test_the_hash_ignores_case_and_rewrapping() -> None:
    rewrapped = PARAGRAPH.replace(". ", ".\n\n").upper().replace(" ", "  ")

    assert content_hash(rewrapped) == content_hash(PARAGRAPH)


def test_the_hash_is_the_same_before_and_after_normalising() -> None:
    assert content_hash(" " + PARAGRAPH + "\r\n") == content_hash(normalize_text(PARAGRAPH))


def test_different_words_hash_differently() -> None:
    assert content_hash(PARAGRAPH) != content_hash(PARAGRAPH.replace("Tuesday", "Monday"))


def test_the_hash_is_sha256_hex() -> None:
    digest = content_hash(PARAGRAPH)

    assert len(digest) == 64
    assert int(digest, 16) >= 0
