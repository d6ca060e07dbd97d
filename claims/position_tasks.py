"""Celery tasks for positions: take ids, call one service, safe to run twice."""

from celery import shared_task
from django.db import InterfaceError, OperationalError


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=5,
    retry_backoff_max=300,
    max_retries=5,
)
def relink_position(position_id: int) -> int:
    """Link the claims that express a confirmed (or edited) position; returns links added."""
    from claims.services.positions import position_relink

    return position_relink(position_id=position_id)
