"""RSS and Atom feeds parsed with feedparser, from data already fetched.

feedparser downloads a URL or opens a local file when handed a string that looks like
one; the data is therefore always passed as a stream, so parsing never touches the
network or the file system. Entry HTML is sanitised by feedparser (no scripts, styles
or event handlers).
"""

import datetime
import html
import io
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser

from claims.errors import InvalidInput


@dataclass(frozen=True)
class FeedEntry:
    """One feed item. ``guid`` is the entry's id (RSS guid, Atom id), else its link.

    ``published`` is the published date, else the updated date, in UTC; None if the
    feed gives neither (or gives one feedparser cannot read). ``summary_html`` and
    ``content_html`` are sanitised HTML, None when absent.
    """

    link: str | None
    guid: str | None
    title: str | None
    published: datetime.datetime | None
    summary_html: str | None
    content_html: str | None


@dataclass(frozen=True)
class ParsedFeed:
    """``version`` is feedparser's name for the format, e.g. "rss20" or "atom10"."""

    title: str | None
    link: str | None
    version: str
    entries: list[FeedEntry]


def parse_feed(data: bytes | str, *, base_url: str | None = None) -> ParsedFeed:
    """Parse an RSS or Atom document; ``base_url`` (where it came from) resolves
    relative links.

    Raises InvalidInput when the data is not a feed. A feed with minor XML errors that
    feedparser still understands is accepted.
    """
    response_headers: dict[str, str] = {}
    if isinstance(data, str):
        # The text is already decoded: an encoding named in its XML declaration
        # no longer applies, and the HTTP charset takes precedence over it.
        data = data.encode("utf-8")
        response_headers["content-type"] = "application/xml; charset=utf-8"
    if base_url:
        response_headers["content-location"] = base_url

    parsed = feedparser.parse(io.BytesIO(data), response_headers=response_headers)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise InvalidInput(f"the document is not an RSS or Atom feed{detail}; check the feed URL")

    feed = parsed.feed
    return ParsedFeed(
        title=_text(feed.get("title")),
        link=_absolute(feed.get("link"), base_url),
        version=parsed.get("version") or "unknown",
        entries=[_entry(entry, base_url) for entry in parsed.entries],
    )


def _entry(entry: feedparser.FeedParserDict, base_url: str | None) -> FeedEntry:
    link = _absolute(entry.get("link"), base_url)
    return FeedEntry(
        link=link,
        guid=_text(entry.get("id")) or link,
        title=_text(entry.get("title")),
        published=_utc(entry.get("published_parsed") or entry.get("updated_parsed")),
        summary_html=_as_html(entry.get("summary_detail")),
        content_html=_text("\n".join(filter(None, map(_as_html, entry.get("content", []))))),
    )


def _as_html(detail: feedparser.FeedParserDict | None) -> str | None:
    # Plain-text summaries and contents are escaped so every *_html field is HTML.
    if not detail:
        return None
    value = _text(detail.get("value"))
    if value and detail.get("type", "text/html") == "text/plain":
        return html.escape(value, quote=False)
    return value


def _utc(value: time.struct_time | None) -> datetime.datetime | None:
    # feedparser gives dates as UTC struct_time.
    if value is None:
        return None
    try:
        return datetime.datetime(*value[:6], tzinfo=datetime.UTC)
    except ValueError:
        return None


def _absolute(link: str | None, base_url: str | None) -> str | None:
    link = _text(link)
    if link and base_url:
        return urljoin(base_url, link)
    return link


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
