"""Ingestion through a real Celery worker on a real Redis broker.

These tests start worker processes that read the test database, so they need
PostgreSQL (an in-memory SQLite test database is private to this process).
"""

import json
import os
import signal
import subprocess
import sys

import psycopg
import pytest

from claims.models import Article, Claim, IngestionJob, Speaker
from tests.ingestion.conftest import ROOT, database_url_for_workers, wait_for

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]

MEHR = "mehr-raisi-islamic-ambassadors.txt"
WANA = "wana-khamenei-unity-conference.txt"


def job_status(job_id: int) -> str:
    return IngestionJob.objects.get(pk=job_id).status


def finished(job_id: int) -> bool:
    return job_status(job_id) in {"done", "failed", "duplicate"}


@pytest.mark.broker
def test_an_article_posted_to_the_api_is_processed_by_a_worker(
    start_worker, through_broker, fact_checker_client, sample_text
):
    worker = start_worker(os.environ["CELERY_BROKER_URL"])
    response = fact_checker_client.post(
        "/api/v1/articles/", {"text": sample_text(MEHR), "published": "2022-04-28"}, format="json"
    )
    assert response.status_code == 202, response.content
    job_id = response.json()["id"]
    wait_for(
        lambda: finished(job_id),
        timeout=90,
        what=f"job {job_id}; worker said:\n{worker.output()[-3000:]}",
    )

    job = IngestionJob.objects.get(pk=job_id)
    assert job.status == "done", job.error
    assert job.claims_found >= 20
    assert Claim.objects.filter(article=job.article).count() == job.claims_found
    detail = fact_checker_client.get(f"/api/v1/jobs/{job_id}/").json()
    assert detail["status"] == "done"
    assert detail["claims_found"] == job.claims_found
    assert detail["article"]["id"] == job.article_id


@pytest.mark.broker
def test_html_feed_and_url_submissions_are_processed_by_a_worker(
    start_worker, through_broker, fact_checker_client, sample_text
):
    from claims.models import Feed
    from claims.tasks import poll_due_feeds
    from tests.conftest import LocalSite, article_html

    site = LocalSite()
    try:
        start_worker(
            os.environ["CELERY_BROKER_URL"],
            extra_env={"CLAIMTRACK_FETCH_ALLOW_HOSTS": site.host},
        )
        html = article_html(sample_text(WANA), "Leader meets conference guests")
        by_html = fact_checker_client.post("/api/v1/articles/", {"html": html}, format="json")
        assert by_html.status_code == 202

        # A feed registered by a fact-checker, polled by the worker, its entry fetched.
        page = site.add("/mehr", article_html(sample_text(MEHR), "Raisi meets ambassadors"))
        rss = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>Raisi meets ambassadors</title><link>{page}</link></item>"
            "</channel></rss>"
        )
        feed_url = site.add("/feed.xml", rss, content_type="application/rss+xml")
        Feed.objects.create(url=feed_url)
        poll_due_feeds.delay()

        wait_for(
            lambda: Article.objects.filter(status="done").count() == 2,
            timeout=120,
            what="the html article and the feed's entry",
        )
        assert job_status(by_html.json()["id"]) == "done"
        from_feed = IngestionJob.objects.get(source="feed")
        assert from_feed.status == "done"
        assert from_feed.article.url == page
        assert Feed.objects.get(url=feed_url).title == "Wire"

        # The same page submitted by URL is recognised without fetching it again.
        with override_allowed_hosts(site.host):
            by_url = fact_checker_client.post("/api/v1/articles/", {"url": page}, format="json")
        assert by_url.status_code == 200
        assert by_url.json()["duplicate_of"]["id"] == from_feed.article_id
    finally:
        site.close()


def override_allowed_hosts(host: str):
    from django.conf import settings
    from django.test import override_settings

    return override_settings(
        CLAIMTRACK={**settings.CLAIMTRACK, "FETCH_ALLOW_HOSTS": frozenset({host})}
    )


def run_manage(*args: str, broker_url: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": "command-test-only",
        "DATABASE_URL": database_url_for_workers(),
        "CELERY_BROKER_URL": broker_url,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.broker
def test_files_ingested_from_the_command_line_are_processed_by_a_worker(
    start_worker, sample_text, tmp_path
):
    broker = os.environ["CELERY_BROKER_URL"]
    start_worker(broker)
    (tmp_path / "wana.txt").write_text(sample_text(WANA), encoding="utf-8")
    lines = [
        {"text": sample_text(MEHR), "published": "2022-04-28", "title": "Raisi meets ambassadors"}
    ]
    (tmp_path / "batch.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines), encoding="utf-8"
    )

    result = run_manage("ingest", str(tmp_path), broker_url=broker)
    assert result.returncode == 0, result.stderr
    assert "2 articles: 2 new, 0 duplicate, 0 failed" in result.stdout

    wait_for(
        lambda: Article.objects.filter(status="done").count() == 2, timeout=90, what="both articles"
    )
    assert (
        Article.objects.get(title="Raisi meets ambassadors").published.isoformat() == "2022-04-28"
    )
    assert IngestionJob.objects.filter(status="done").count() == 2

    again = run_manage("ingest", str(tmp_path), broker_url=broker)
    assert "2 articles: 0 new, 2 duplicate, 0 failed" in again.stdout
    assert Article.objects.count() == 2


@pytest.mark.broker
def test_a_worker_killed_mid_task_leaves_nothing_half_written_and_the_job_finishes_once(
    start_worker, through_broker, fact_checker_client, sample_text
):
    worker = start_worker(os.environ["CELERY_BROKER_URL"])
    wait_for(lambda: worker.children(), timeout=30, what="the worker's pool process")

    # Hold back inserts of claims (as a slow transaction elsewhere would) so the task is
    # caught inside its transaction, after it has written speakers and before claims.
    with psycopg.connect(
        database_url_for_workers().replace("postgres://", "postgresql://")
    ) as blocker:
        blocker.execute("LOCK TABLE claims_claim IN SHARE ROW EXCLUSIVE MODE")
        response = fact_checker_client.post(
            "/api/v1/articles/", {"text": sample_text(WANA)}, format="json"
        )
        assert response.status_code == 202
        job_id = response.json()["id"]
        article_id = response.json()["article"]["id"]
        wait_for(
            lambda: IngestionJob.objects.filter(pk=job_id, status="running").exists(),
            timeout=60,
            what="the worker to start the job",
        )
        victim = worker.children()[0]
        os.kill(victim, signal.SIGKILL)
        wait_for(
            lambda: victim not in worker.children(), timeout=30, what="the pool process to die"
        )
        assert Claim.objects.filter(article_id=article_id).count() == 0
        assert Speaker.objects.count() == 0
        assert Article.objects.get(pk=article_id).status == "pending"
        blocker.rollback()

    wait_for(
        lambda: finished(job_id),
        timeout=120,
        what=f"the job to finish again:\n{worker.output()[-3000:]}",
    )
    job = IngestionJob.objects.get(pk=job_id)
    assert job.status == "done", job.error
    assert job.attempts == 2
    assert Article.objects.count() == 1
    assert Claim.objects.filter(article_id=article_id).count() == job.claims_found > 0


def test_an_article_accepted_while_the_broker_is_down_is_processed_once_it_is_back(
    private_redis, start_worker, sample_text, tmp_path
):
    (tmp_path / "wana.txt").write_text(sample_text(WANA), encoding="utf-8")
    private_redis.stop()

    result = run_manage("ingest", str(tmp_path / "wana.txt"), broker_url=private_redis.url)
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout
    job = IngestionJob.objects.get()
    assert job.status == "pending"
    assert Article.objects.get().status == "pending"

    private_redis.start()
    start_worker(
        private_redis.url,
        beat=True,
        extra_env={"SWEEP_INTERVAL_SECONDS": "1", "CLAIMTRACK_STALLED_JOB_SECONDS": "0"},
    )
    wait_for(lambda: finished(job.pk), timeout=120, what="the swept job to finish")
    job.refresh_from_db()
    assert job.status == "done", job.error
    assert job.claims_found > 0
