"""RSS and Atom feeds: poll the due ones and submit each new entry as a URL job."""

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError
from django.db.models import Q
from django.utils import timezone

from claims.errors import ClaimtrackError
from claims.lib.feeds import parse_feed
from claims.lib.fetch import fetch_url
from claims.models import Article, Feed, IngestionJob
from claims.services.ingestion import ArticleInput, job_submit

logger = logging.getLogger(__name__)


def feed_poll(*, feed: Feed) -> int:
    """Fetch a feed and submit its new entries; returns how many jobs were created."""
    limits = settings.CLAIMTRACK
    try:
        page = fetch_url(
            feed.url,
            timeout=limits["FETCH_TIMEOUT_SECONDS"],
            max_bytes=limits["MAX_UPLOAD_BYTES"],
            allow_hosts=frozenset(limits.get("FETCH_ALLOW_HOSTS", ())),
            user_agent=limits["FETCH_USER_AGENT"],
        )
        parsed = parse_feed(page.body, base_url=page.url)
    except ClaimtrackError as exc:
        Feed.objects.filter(pk=feed.pk).update(
            last_polled_at=timezone.now(), last_error=exc.message
        )
        return 0

    created = 0
    errors = []
    outlet = feed.outlet.name if feed.outlet_id else ""
    for entry in parsed.entries:
        if not entry.link:
            continue
        seen = IngestionJob.objects.filter(feed=feed, url=entry.link).exists()
        if seen or Article.objects.filter(url=entry.link).exists():
            continue
        published = entry.published.date() if entry.published else None
        meta = ArticleInput(
            url=entry.link, title=entry.title or "", published=published, outlet=outlet
        )
        try:
            job_submit(source=IngestionJob.Source.FEED, meta=meta, feed=feed)
        except IntegrityError:
            continue  # another poll of the same feed submitted it first
        except ClaimtrackError as exc:
            errors.append(f"{entry.link}: {exc.message}")
            continue
        created += 1
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=timezone.now(),
        last_error="\n".join(errors)[:5000],
        title=feed.title or (parsed.title or "")[:300],
    )
    return created


def feeds_poll_due(*, now: datetime.datetime | None = None) -> int:
    """Poll every active feed whose interval has passed."""
    now = now or timezone.now()
    created = 0
    for feed in (
        Feed.objects.filter(active=True)
        .filter(
            Q(last_polled_at__isnull=True)
            | Q(last_polled_at__lte=now - datetime.timedelta(minutes=1))
        )
        .select_related("outlet")
    ):
        if feed.last_polled_at and feed.last_polled_at > now - datetime.timedelta(
            minutes=feed.poll_minutes
        ):
            continue
        created += feed_poll(feed=feed)
    return created
