import datetime
import socket

import pytest

from claims.errors import InvalidInput
from claims.lib.feeds import parse_feed

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Example News</title>
    <link>https://news.example/</link>
    <item>
      <title>Minister vows reform</title>
      <link>/2024/03/05/reform</link>
      <guid isPermaLink="false">story-123</guid>
      <pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate>
      <description><![CDATA[<p onclick="steal()">The minister <b>said</b>
        <script>alert("x")</script>it would go ahead.</p>]]></description>
    </item>
    <item>
      <title>Opposition answers</title>
      <link>https://news.example/2024/03/06/answer</link>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Example</title>
  <link href="https://atom.example/"/>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-03-05T10:00:00Z</updated>
  <entry>
    <title>Entry one</title>
    <link rel="alternate" href="https://atom.example/one"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2024-03-04T09:30:00-05:00</published>
    <updated>2024-03-05T10:00:00Z</updated>
    <summary>Prices &amp; wages &lt;rose&gt;</summary>
    <content type="html">&lt;p&gt;Full &lt;em&gt;content&lt;/em&gt;&lt;/p&gt;
      &lt;style&gt;p{}&lt;/style&gt;</content>
  </entry>
  <entry>
    <title>Entry two</title>
    <link href="https://atom.example/two"/>
    <id>urn:uuid:2</id>
    <updated>2024-03-06T08:00:00Z</updated>
  </entry>
</feed>
"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("feed parsing must not use the network")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_parses_an_rss_feed_with_titles_links_and_dates() -> None:
    feed = parse_feed(RSS.encode(), base_url="https://news.example/rss.xml")

    assert feed.title == "Example News"
    assert feed.link == "https://news.example/"
    assert feed.version == "rss20"
    first, second = feed.entries
    assert first.title == "Minister vows reform"
    assert first.link == "https://news.example/2024/03/05/reform"
    assert first.guid == "story-123"
    assert first.published == datetime.datetime(2024, 3, 5, 9, 0, tzinfo=datetime.UTC)
    assert second.guid == "https://news.example/2024/03/06/answer"
    assert second.published is None
    assert second.summary_html is None


def test_rss_descriptions_are_sanitised() -> None:
    summary = parse_feed(RSS).entries[0].summary_html

    assert "<b>said</b>" in summary
    assert "script" not in summary
    assert "alert" not in summary
    assert "onclick" not in summary


def test_parses_an_atom_feed_with_content_and_published_date() -> None:
    feed = parse_feed(ATOM)

    assert feed.title == "Atom Example"
    assert feed.version == "atom10"
    first, second = feed.entries
    assert first.link == "https://atom.example/one"
    assert first.guid == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert first.published == datetime.datetime(2024, 3, 4, 14, 30, tzinfo=datetime.UTC)
    assert first.content_html == "<p>Full <em>content</em></p>"
    assert first.summary_html == "Prices &amp; wages &lt;rose&gt;"
    assert second.published == datetime.datetime(2024, 3, 6, 8, 0, tzinfo=datetime.UTC)
    assert second.content_html is None


def test_text_input_ignores_a_stale_encoding_declaration() -> None:
    feed = parse_feed(
        RSS.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace(
            "Example News", "Café Nouvelles"
        )
    )

    assert feed.title == "Café Nouvelles"


def test_bytes_input_honours_its_encoding_declaration() -> None:
    latin1 = RSS.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace(
        "Example News", "Café Nouvelles"
    )

    assert parse_feed(latin1.encode("latin-1")).title == "Café Nouvelles"


def test_a_feed_without_entries_is_still_a_feed() -> None:
    feed = parse_feed(b'<rss version="2.0"><channel><title>Empty</title></channel></rss>')

    assert feed.title == "Empty"
    assert feed.entries == []


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body><p>Not a feed</p></body></html>",
        b"plain text, not XML",
        b"",
        "https://news.example/feed.xml",
        b"/etc/hostname",
    ],
)
def test_something_that_is_not_a_feed_is_invalid_input(data: bytes | str) -> None:
    with pytest.raises(InvalidInput, match="not an RSS or Atom feed"):
        parse_feed(data)
