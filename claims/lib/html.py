"""Article text and metadata from an HTML page, with trafilatura.

Only the main text is kept: scripts, styles, comments (HTML and reader comments),
navigation and boilerplate never reach it. Nothing here touches the network:
trafilatura and htmldate are handed the parsed tree, never a URL to download.
"""

import datetime
import re
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from claims.errors import NotAnArticle
from claims.lib.normalize import MIN_ARTICLE_WORDS, word_count

_WHITESPACE = re.compile(r"\s+")
_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


@dataclass(frozen=True)
class HtmlArticle:
    """Main text (paragraphs separated by a blank line, not yet normalised) and metadata.

    ``language`` is what the page declares (``<html lang>`` or a content-language
    meta tag), lower-case primary subtag such as "en"; None when it declares nothing.
    It is a hint only: detect the language from the text before trusting it.
    """

    text: str
    title: str | None
    author: str | None
    date: datetime.date | None
    sitename: str | None
    language: str | None


def html_to_article(html: str, *, url: str | None = None) -> HtmlArticle:
    """Extract the article from ``html``; ``url`` (where it was fetched) helps metadata.

    Raises NotAnArticle when the page has no article-like main text (fewer than
    MIN_ARTICLE_WORDS words).
    """
    tree = load_html(html) if html and html.strip() else None
    if tree is None:
        raise NotAnArticle("the page is empty or is not HTML")
    language = _declared_language(tree)

    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        # Only dates the page states as metadata (meta tags, structured data, <time>,
        # the URL): the extensive search also reads the visible text and turns a
        # "© 2024" footer into 2024-01-01, and a wrong date is worse than none.
        date_extraction_params=set_date_params(extensive=False),
    )
    if document is None or document.body is None:
        raise NotAnArticle(_no_article_message(url))

    title = _clean(document.title)
    text = _body_text(document.body, title)
    # Menus, cookie banners and "page not found" texts are what remains of non-articles.
    if word_count(text) < MIN_ARTICLE_WORDS:
        raise NotAnArticle(_no_article_message(url))

    return HtmlArticle(
        text=text,
        title=title,
        author=_clean(document.author),
        date=_parse_date(document.date),
        sitename=_clean(document.sitename),
        language=language,
    )


def _body_text(body: HtmlElement, title: str | None) -> str:
    # trafilatura's own plain-text output separates paragraphs by a single newline;
    # claims need paragraph boundaries, so each top-level block becomes its own
    # paragraph, separated by a blank line.
    blocks = [body.text.strip()] if body.text else []  # loose text a fallback extractor left
    blocks += [xmltotxt(child, include_formatting=False).strip() for child in body]
    blocks = [block for block in blocks if block]
    # The headline is usually repeated as the first heading; it is kept as the title.
    if blocks and title and _fold(blocks[0]) == _fold(title):
        blocks = blocks[1:]
    return "\n\n".join(blocks)


def _declared_language(tree: HtmlElement) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += tree.xpath(
        "//meta[translate(@http-equiv, 'CONTENTLANGUAGE', 'contentlanguage')"
        "='content-language']/@content"
    )
    candidates += tree.xpath("//meta[@property='og:locale']/@content")
    for candidate in candidates:
        match = _LANGUAGE_TAG.match((candidate or "").split(",")[0].strip())
        if match:
            return match.group(1).lower()
    return None


def _parse_date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    value = _WHITESPACE.sub(" ", value).strip() if value else ""
    return value or None


def _fold(value: str) -> str:
    return _WHITESPACE.sub(" ", value).strip().casefold()


def _no_article_message(url: str | None) -> str:
    where = f"the page at {url}" if url else "the page"
    return (
        f"no article text was found in {where}; it may be an index, a login or "
        "paywall page, or built by JavaScript. Paste the article text instead"
    )
