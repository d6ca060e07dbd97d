"""Articles fetched from URLs and feeds, against a local HTTP server."""

import pytest

from claims.models import Article, Feed, IngestionJob
from claims.services.feeds import feeds_poll_due
from tests.conftest import article_html

pytestmark = pytest.mark.django_db

WANA = "wana-khamenei-unity-conference.txt"
MEHR = "mehr-raisi-islamic-ambassadors.txt"


@pytest.fixture
def submit_url(committed):
    def send(client, url):
        return committed(client.post, "/api/v1/articles/", {"url": url}, format="json")

    return send


def test_a_url_is_fetched_and_its_article_stored(
    submit_url, fact_checker_client, local_site, sample_text
):
    url = local_site.add(
        "/news/unity", article_html(sample_text(WANA), "Leader meets conference guests")
    )
    response = submit_url(fact_checker_client, url)
    assert response.status_code == 202
    job = IngestionJob.objects.get()
    assert job.status == "done", job.error
    article = Article.objects.get()
    assert article.url == url
    assert article.title == "Leader meets conference guests"
    assert article.claims.count() == job.claims_found > 10

    again = submit_url(fact_checker_client, url)
    assert again.status_code == 200
    assert again.json()["duplicate_of"]["id"] == article.pk


def test_a_redirect_to_a_private_address_fails_the_job_and_stores_nothing(
    submit_url, fact_checker_client, local_site
):
    url = local_site.add("/go", "", status=302, Location="http://169.254.169.254/latest/meta-data/")
    assert submit_url(fact_checker_client, url).status_code == 202
    job = IngestionJob.objects.get()
    assert job.status == "failed"
    assert "169.254.169.254" in job.error
    assert Article.objects.count() == 0


def test_a_page_that_is_not_html_fails_the_job_naming_its_type(
    submit_url, fact_checker_client, local_site
):
    url = local_site.add("/report.pdf", b"%PDF-1.7 binary", content_type="application/pdf")
    submit_url(fact_checker_client, url)
    job = IngestionJob.objects.get()
    assert job.status == "failed"
    assert "application/pdf" in job.error
    assert Article.objects.count() == 0


def test_a_url_that_times_out_fails_after_its_attempts(
    submit_url, fact_checker_client, local_site, settings
):
    settings.CLAIMTRACK = {**settings.CLAIMTRACK, "FETCH_TIMEOUT_SECONDS": 1, "MAX_ATTEMPTS": 1}
    url = local_site.add("/slow", "<p>late</p>", **{"X-Delay": "3"})
    submit_url(fact_checker_client, url)
    job = IngestionJob.objects.get()
    assert job.status == "failed"
    assert "gave up after 1 attempts" in job.error
    assert Article.objects.count() == 0


def test_a_page_that_does_not_exist_fails_the_job(submit_url, fact_checker_client, local_site):
    submit_url(fact_checker_client, local_site.url("/missing"))
    job = IngestionJob.objects.get()
    assert job.status == "failed"
    assert "404" in job.error


RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Regional news</title><link>{base}</link>
<item><title>Unity conference</title><link>{base}/a/unity</link><guid>{base}/a/unity</guid>
<pubDate>Sat, 21 Sep 2024 10:00:00 GMT</pubDate></item>
<item><title>Ambassadors meet</title><link>{base}/a/ambassadors</link>
<guid>{base}/a/ambassadors</guid>
<pubDate>Thu, 28 Apr 2022 09:00:00 GMT</pubDate></item>
</channel></rss>"""


def test_a_feed_is_polled_and_each_new_entry_ingested_once(local_site, sample_text, committed):
    base = local_site.url("")
    local_site.add("/a/unity", article_html(sample_text(WANA), "Unity conference"))
    local_site.add("/a/ambassadors", article_html(sample_text(MEHR), "Ambassadors meet"))
    feed_url = local_site.add(
        "/feed.xml", RSS.format(base=base), content_type="application/rss+xml"
    )
    feed = Feed.objects.create(url=feed_url)

    assert committed(feeds_poll_due) == 2
    assert Article.objects.filter(status="done").count() == 2
    unity = Article.objects.get(url=f"{base}/a/unity")
    assert unity.published.isoformat() == "2024-09-21"
    assert unity.published_source == "caller"
    feed.refresh_from_db()
    assert feed.title == "Regional news"
    assert feed.last_error == ""

    Feed.objects.filter(pk=feed.pk).update(last_polled_at=None)
    assert committed(feeds_poll_due) == 0
    assert Article.objects.count() == 2
    assert IngestionJob.objects.count() == 2
