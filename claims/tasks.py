"""Celery tasks: take ids, call one service, safe to run twice."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from claims.errors import TransientError
from claims.services import ingestion


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(TransientError, OperationalError, InterfaceError),
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=8,
)
def process_job(self, job_id: int) -> str:
    job = ingestion.job_run(job_id=job_id)
    return job.status if job else "missing"


@shared_task(acks_late=True)
def sweep_stalled_jobs() -> int:
    return ingestion.sweep_stalled_jobs()


@shared_task(acks_late=True)
def poll_due_feeds() -> int:
    from claims.services import feeds

    return feeds.feeds_poll_due()
