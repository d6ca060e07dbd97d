"""Tasks and services are safe to run twice, and the sweep picks up what was left pending."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from claims.models import Article, Claim, IngestionJob, Speaker
from claims.services.ingestion import (
    ArticleInput,
    article_process,
    job_run,
    job_submit,
    sweep_stalled_jobs,
)
from claims.tasks import process_job
from claims.tasks import sweep_stalled_jobs as sweep_task

pytestmark = pytest.mark.django_db

WANA = "wana-khamenei-unity-conference.txt"
MEHR = "mehr-raisi-islamic-ambassadors.txt"


def submit(text, **meta):
    return job_submit(source="text", meta=ArticleInput(**meta), text=text, enqueue=False)


def test_running_a_job_twice_processes_it_once(sample_text):
    job = submit(sample_text(WANA))
    first = job_run(job_id=job.pk)
    claims = list(Claim.objects.values_list("start", "end", "speaker__canonical_name"))
    second = job_run(job_id=job.pk)
    assert first.status == second.status == "done"
    assert second.attempts == 1
    assert list(Claim.objects.values_list("start", "end", "speaker__canonical_name")) == claims


def test_the_process_task_run_twice_leaves_one_result(sample_text):
    job = submit(sample_text(MEHR), published=datetime.date(2022, 4, 28))
    process_job.apply(args=[job.pk])
    count = Claim.objects.count()
    speakers = Speaker.objects.count()
    process_job.apply(args=[job.pk])
    assert Claim.objects.count() == count > 0
    assert Speaker.objects.count() == speakers


def test_processing_an_article_again_replaces_its_claims_instead_of_adding(sample_text):
    job = submit(sample_text(WANA))
    job_run(job_id=job.pk)
    article = Article.objects.get()
    count = article.claims.count()
    assert article_process(article=article) == count
    assert article.claims.count() == count
    assert Speaker.objects.filter(canonical_name__icontains="Khamenei").count() == 1


def test_a_job_for_a_deleted_article_does_not_crash_the_worker():
    assert process_job.apply(args=[987654]).get() == "missing"


def test_the_sweep_runs_jobs_left_pending(sample_text, settings):
    job = submit(sample_text(WANA))
    IngestionJob.objects.filter(pk=job.pk).update(
        queued_at=timezone.now() - datetime.timedelta(hours=1)
    )
    sweep_task.apply()
    job.refresh_from_db()
    assert job.status == "done"
    assert sweep_stalled_jobs() == 0


def test_the_sweep_leaves_recent_and_finished_jobs_alone(sample_text):
    recent = submit(sample_text(WANA))
    assert sweep_stalled_jobs() == 0
    recent.refresh_from_db()
    assert recent.status == "pending"


def test_quickstart_loads_the_samples_once_and_prints_a_login(capsys):
    call_command("quickstart")
    out = capsys.readouterr().out
    assert "Admin login: admin / " in out
    assert Article.objects.filter(status="done").count() == 2
    claims = Claim.objects.count()
    call_command("quickstart")
    assert Article.objects.count() == 2
    assert Claim.objects.count() == claims
