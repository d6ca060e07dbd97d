"""Text normalisation applied once, before an article is stored.

Claim offsets always refer to the stored text, so ``normalize_text`` must be
deterministic and idempotent: running it on already-normalised text changes nothing.
"""

import hashlib
import re
import unicodedata

import ftfy

from claims.errors import InvalidInput, NotAnArticle, TooLarge

# Repair mojibake but otherwise keep the text as the outlet published it: curly quotes,
# dashes and full-width forms stay; HTML entities are not decoded because text that
# reaches us from HTML has already been decoded by the parser, so a literal "&amp;"
# left in it was published that way.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)

# Characters that end a line in some convention (CRLF, old Mac CR, Unicode line and
# paragraph separators, NEL, vertical tab, form feed).
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")

# Invisible characters that split words for every later step (search, tokenising,
# quote matching) without changing what a reader sees. Zero-width joiners are kept:
# emoji and several scripts need them.
_INVISIBLE = str.maketrans(
    {
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u2060": None,  # word joiner
        "\ufeff": None,  # byte order mark / zero-width no-break space
    }
)

# Unicode category Cc (C0, DEL, C1) except tab and newline.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Any horizontal whitespace: tabs and every Unicode space separator (no-break space,
# thin space, ...). A run becomes one plain space so "Mr.\u00a0Smith" matches "Mr. Smith".
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_EXCESS_NEWLINES = re.compile(r"\n{3,}")
_MAX_ROUNDS = 4
_ANY_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")

# Known binary formats, by their first bytes: named in the error so the user knows
# what they uploaded.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)

# Text where more than this share of characters are control characters (other than
# newline, carriage return and tab) is binary data that happens to decode.
MAX_CONTROL_CHAR_RATIO = 0.01

# An article needs at least this much text for claim extraction to make sense: about
# two sentences. Shorter input is a headline, a caption or an extraction failure.
MIN_ARTICLE_CHARS = 200
MIN_ARTICLE_WORDS = 20


def normalize_text(text: str) -> str:
    """Return the canonical stored form of ``text``.

    NFC, mojibake repaired (ftfy), control and invisible characters removed, line
    endings as ``\\n``, runs of spaces/tabs collapsed to one space, lines stripped,
    at most one blank line between paragraphs, no leading or trailing whitespace.
    Curly quotes, dashes and HTML entities are left as published. Idempotent.
    """
    # Cleaning whitespace can expose more mojibake to ftfy (and ftfy's repair can need
    # another cleaning), so the steps repeat until nothing changes; two rounds suffice
    # for real text, the bound only guards against pathological input.
    for _ in range(_MAX_ROUNDS):
        cleaned = _normalize_once(text)
        if cleaned == text:
            break
        text = cleaned
    return text


def _normalize_once(text: str) -> str:
    text = ftfy.fix_text(text, _FTFY_CONFIG)
    text = _LINE_BREAKS.sub("\n", text)
    text = text.translate(_INVISIBLE)
    text = _CONTROL_CHARS.sub("", text)
    text = _HORIZONTAL_SPACE.sub(" ", text)
    text = "\n".join(line.strip(" ") for line in text.split("\n"))
    text = _EXCESS_NEWLINES.sub("\n\n", text)
    # Removing characters can bring a base letter next to a combining mark.
    return unicodedata.normalize("NFC", text).strip()


def decode_bytes(data: bytes) -> str:
    """Decode uploaded text: UTF-8 (a BOM is dropped), or UTF-16 when it starts with a BOM.

    Raises NotAnArticle for binary data and InvalidInput for text that is not UTF-8.
    """
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise NotAnArticle(f"the file is {kind}, not text; send the article as plain text")

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                "the file starts with a UTF-16 byte order mark but is not valid UTF-16 "
                f"(position {exc.start}); save it as UTF-8 and try again"
            ) from exc
    else:
        if b"\x00" in data:
            raise NotAnArticle(
                "the file contains NUL bytes, so it is binary data (an image, PDF or "
                "office document?), not text; send the article as plain UTF-8 text"
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            position = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
            raise InvalidInput(
                f"the text is not valid UTF-8 (byte 0x{data[position]:02X} at position "
                f"{position}); save it as UTF-8 and try again"
            ) from exc

    _reject_control_heavy(text)
    return text


def _reject_control_heavy(text: str) -> None:
    if not text:
        return
    controls = len(_CONTROL_CHARS.findall(text)) - text.count("\r")
    if controls / len(text) > MAX_CONTROL_CHAR_RATIO:
        raise NotAnArticle(
            f"{controls} of {len(text)} characters are control characters, so this is "
            "binary data, not text; send the article as plain text"
        )


def validate_article_text(text: str, *, max_chars: int) -> None:
    """Check that (normalised) ``text`` is plausibly an article and not over ``max_chars``.

    Raises NotAnArticle when it is empty or shorter than MIN_ARTICLE_CHARS characters or
    MIN_ARTICLE_WORDS words, and TooLarge when it is longer than ``max_chars``.
    """
    if not text.strip():
        raise NotAnArticle("the article text is empty")
    if len(text) > max_chars:
        raise TooLarge(
            f"the article has {len(text):,} characters; the limit is {max_chars:,}. "
            "Split it or send only the article body"
        )
    stripped = text.strip()
    words = word_count(stripped)
    if len(stripped) < MIN_ARTICLE_CHARS or words < MIN_ARTICLE_WORDS:
        raise NotAnArticle(
            f"the text is too short to be an article ({len(stripped)} characters, {words} "
            f"words; at least {MIN_ARTICLE_CHARS} characters and {MIN_ARTICLE_WORDS} words "
            "are needed)"
        )


def word_count(text: str) -> int:
    """Words of two or more letters: numbers, initials and punctuation do not count."""
    return len(_WORD.findall(text))


def content_hash(text: str) -> str:
    """SHA-256 hex digest identifying an article's content.

    The text is normalised, then case-folded with all whitespace runs (including
    paragraph breaks) made one space, so the same article re-wrapped or re-cased
    gets the same hash.
    """
    folded = _ANY_WHITESPACE.sub(" ", normalize_text(text).casefold()).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()
