import datetime
import socket
from html import escape
from pathlib import Path

import pytest

from claims.errors import NotAnArticle
from claims.lib.html import html_to_article
from claims.lib.normalize import normalize_text

LEAK = "LEAKED"

HOSTILE_PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <title>Minister vows to press on with reform | The Daily Example</title>
  <meta name="author" content="Jane Doe">
  <meta property="og:site_name" content="The Daily Example">
  <meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
  <style>body {{ color: red }} p::after {{ content: "{LEAK}-style" }}</style>
  <script>var secret = "{LEAK}-script"; document.write("{LEAK}-write");</script>
  <script type="application/ld+json">{{"headline": "{LEAK}-jsonld"}}</script>
</head>
<body onload="alert('{LEAK}-onload')">
  <nav><a href="/">Home</a> <a href="javascript:alert('{LEAK}-jslink')">Menu</a></nav>
  <article>
    <h1>Minister vows to press on with reform</h1>
    <p onclick="steal('{LEAK}-onclick')">The minister said on Tuesday that the pension
      reform would go ahead despite a week of strikes across the country.</p>
    <iframe src="https://ads.example/{LEAK}-iframe">{LEAK}-iframe-body</iframe>
    <p>“We will not back down,” she told reporters outside parliament, adding that the
      opposition had offered “no plan at all” for the economy.</p>
    <script>track("{LEAK}-inline-script")</script>
    <noscript><img src="https://t.example/{LEAK}-noscript.gif"></noscript>
    <!-- {LEAK}-html-comment -->
    <p>Opposition leader John Smith said the plan was reckless and that his party would
      vote against it when the bill returns to the chamber next month.</p>
    <form action="/subscribe"><input value="{LEAK}-form"><button>Subscribe</button></form>
  </article>
  <section id="comments" class="comments">
    <div class="comment"><p>{LEAK}-reader-comment: great article, totally agree!</p></div>
  </section>
  <footer>© The Daily Example</footer>
</body>
</html>
"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("HTML extraction must not use the network")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_extracts_the_article_paragraphs_separated_by_blank_lines() -> None:
    article = html_to_article(HOSTILE_PAGE, url="https://daily.example/2024/03/05/reform")

    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The minister said on Tuesday")
    assert paragraphs[1].startswith("“We will not back down,” she told reporters")
    assert paragraphs[2].startswith("Opposition leader John Smith")


def test_no_script_style_comment_or_embedded_content_reaches_the_text() -> None:
    article = html_to_article(HOSTILE_PAGE, url="https://daily.example/2024/03/05/reform")

    assert LEAK not in article.text
    assert "javascript" not in article.text
    assert "<" not in article.text


def test_extracts_title_author_date_site_and_declared_language() -> None:
    article = html_to_article(HOSTILE_PAGE, url="https://daily.example/2024/03/05/reform")

    assert article.title == "Minister vows to press on with reform"
    assert article.author == "Jane Doe"
    assert article.date == datetime.date(2024, 3, 5)
    assert article.sitename == "The Daily Example"
    assert article.language == "en"


def test_the_headline_is_not_repeated_in_the_text() -> None:
    article = html_to_article(HOSTILE_PAGE)

    assert "Minister vows" not in article.text


def test_entities_are_decoded_and_curly_quotes_kept() -> None:
    page = (
        "<html><body><article><p>Prices rose 5% &amp; wages fell, the bank&#8217;s "
        "chief said on Monday, calling it “a hard year” for families across the "
        "country and warning that the coming winter would be harder still.</p>"
        "</article></body></html>"
    )

    text = html_to_article(page).text

    assert "5% & wages" in text
    assert "bank’s" in text
    assert "“a hard year”" in text


def test_missing_metadata_is_none() -> None:
    page = (
        "<html><body><div><p>The council met on Monday and decided to close the "
        "library for repairs, a spokesman said, adding that it would reopen in the "
        "spring once the roof had been fixed and the shelves replaced.</p></div>"
        "</body></html>"
    )

    article = html_to_article(page)

    assert article.text.startswith("The council met on Monday")
    assert article.author is None
    assert article.sitename is None
    assert article.language is None


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   ",
        "<html><body></body></html>",
        "<html><head><script>var x = 1;</script></head><body><nav><a href='/'>Home</a>"
        "</nav></body></html>",
    ],
)
def test_a_page_without_article_text_is_not_an_article(page: str) -> None:
    with pytest.raises(NotAnArticle):
        html_to_article(page, url="https://daily.example/")


SAMPLES = Path(__file__).resolve().parents[2] / "claims" / "sample_data"


def _as_news_page(text: str) -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>\n" for p in text.split("\n") if p.strip())
    return f"""<html lang="en"><head><title>News</title></head><body>
      <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
        <li><a href="/politics">Politics</a></li></ul></nav></header>
      <main><article><div class="story-body">{paragraphs}</div></article>
      <aside class="related"><h3>Most read</h3><ul><li><a href="/a">Another story</a></li>
        <li><a href="/b">Yet another story</a></li></ul></aside></main>
      <footer><p>© 2024 News Agency. All rights reserved.</p></footer></body></html>"""


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_a_real_article_comes_back_word_for_word_without_the_page_furniture(path: Path) -> None:
    original = normalize_text(path.read_text(encoding="utf-8"))

    article = html_to_article(_as_news_page(original))

    assert normalize_text(article.text).split() == original.split()
    assert len(article.text.split("\n\n")) == len([p for p in original.split("\n") if p])
    assert article.date is None  # the "© 2024" footer is not a publication date
