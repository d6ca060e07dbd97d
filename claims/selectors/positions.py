"""Positions over time: timelines, who holds which position, what is rising.

Counting: a claim is one appearance; claims reporting the same remark share a statement,
so "statements" counts distinct remarks and "claims" counts how often they were reported.
Dates are the articles' publication dates; claims in undated articles are left out of
time buckets. Buckets are computed in the database (Trunc*) and only non-empty buckets
are returned.
"""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.db.models import Count, F, Max, Min, OuterRef, Subquery
from django.db.models.functions import TruncDay, TruncMonth, TruncWeek, TruncYear

from claims.models import Claim, ClaimPosition, Position, Speaker

INTERVALS = {"day": TruncDay, "week": TruncWeek, "month": TruncMonth, "year": TruncYear}

#: A speaker "stopped repeating" a position when neither of these is recent: they have
#: been quoted in at least STOPPED_AFTER_ARTICLES later articles without it, and their
#: latest article is at least STOPPED_AFTER_DAYS after their last claim for it. Both are
#: required, so a speaker rarely in the news is not declared to have stopped by silence,
#: and one busy week of other topics is not enough either.
STOPPED_AFTER_ARTICLES = 3
STOPPED_AFTER_DAYS = 90


def _dated_claims(position: Position, speaker_id: int | None, outlet_id: int | None):
    claims = Claim.objects.filter(
        position_links__position=position, article__published__isnull=False
    )
    if speaker_id is not None:
        claims = claims.filter(speaker_id=speaker_id)
    if outlet_id is not None:
        claims = claims.filter(article__outlet_id=outlet_id)
    return claims


def position_timeline(
    *,
    position: Position,
    interval: str,
    speaker_id: int | None = None,
    outlet_id: int | None = None,
) -> list[dict]:
    """One dict per non-empty period: its start and what was said in it.

    Keys: ``period`` (date the bucket starts), ``claims`` (appearances), ``statements``,
    ``articles``, ``speaker_count`` and ``speakers`` (``[{"id", "name"}]``).
    """
    try:
        trunc = INTERVALS[interval]
    except KeyError:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}") from None
    claims = _dated_claims(position, speaker_id, outlet_id).annotate(
        period=trunc("article__published")
    )
    rows = (
        claims.values("period")
        .annotate(
            claims=Count("pk", distinct=True),
            statements=Count("statement", distinct=True),
            articles=Count("article", distinct=True),
            speaker_count=Count("speaker", distinct=True),
        )
        .order_by("period")
    )
    speakers: dict[datetime.date, list[dict]] = defaultdict(list)
    for period, speaker_id_, name in (
        claims.filter(speaker__isnull=False)
        .values_list("period", "speaker_id", "speaker__canonical_name")
        .distinct()
        .order_by("period", "speaker__canonical_name")
    ):
        speakers[_as_date(period)].append({"id": speaker_id_, "name": name})
    return [
        {**row, "period": _as_date(row["period"]), "speakers": speakers[_as_date(row["period"])]}
        for row in rows
    ]


def _as_date(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def position_overview(position: Position) -> dict:
    """First and last appearance and totals of a position."""
    claims = Claim.objects.filter(position_links__position=position)
    totals = claims.aggregate(
        claims=Count("pk", distinct=True),
        statements=Count("statement", distinct=True),
        articles=Count("article", distinct=True),
        speakers=Count("speaker", distinct=True),
        outlets=Count("article__outlet", distinct=True),
        first=Min("article__published"),
        last=Max("article__published"),
    )
    return {
        "position_id": position.pk,
        "label": position.label,
        "status": position.status,
        **totals,
    }


def speaker_positions(*, speaker: Speaker) -> list[dict]:
    """The positions a speaker has expressed, most repeated first.

    Each dict: ``position_id``, ``label``, ``status``, ``statements``, ``claims``, ``first``,
    ``last``, ``latest_claim_id``, ``articles_since`` (their later articles without it) and
    ``stopped`` (see ``STOPPED_AFTER_ARTICLES`` and ``STOPPED_AFTER_DAYS``).
    """
    links = ClaimPosition.objects.filter(claim__speaker=speaker, position__merged_into__isnull=True)
    latest = (
        Claim.objects.filter(speaker=speaker, position_links__position=OuterRef("position"))
        .order_by(F("article__published").desc(nulls_last=True), "-pk")
        .values("pk")[:1]
    )
    rows = (
        links.values("position", "position__label", "position__status")
        .annotate(
            statements=Count("claim__statement", distinct=True),
            claims=Count("claim", distinct=True),
            first=Min("claim__article__published"),
            last=Max("claim__article__published"),
            latest_claim_id=Subquery(latest),
        )
        .order_by("-statements", "-claims", "position__label")
    )
    article_dates = sorted(
        d
        for d in Claim.objects.filter(speaker=speaker, article__published__isnull=False)
        .values_list("article__published", flat=True)
        .distinct()
    )
    newest = article_dates[-1] if article_dates else None
    result = []
    for row in rows:
        last = row["last"]
        since = sum(1 for d in article_dates if last and d > last)
        stopped = bool(
            last
            and newest
            and since >= STOPPED_AFTER_ARTICLES
            and (newest - last).days >= STOPPED_AFTER_DAYS
        )
        result.append(
            {
                "position_id": row["position"],
                "label": row["position__label"],
                "status": row["position__status"],
                "statements": row["statements"],
                "claims": row["claims"],
                "first": row["first"],
                "last": last,
                "latest_claim_id": row["latest_claim_id"],
                "articles_since": since,
                "stopped": stopped,
            }
        )
    return result


def rising_positions(
    *, start: datetime.date, end: datetime.date, limit: int = 10, confirmed_only: bool = True
) -> list[dict]:
    """The positions most repeated in [start, end), compared with the period just before.

    The period before has the same length. Suggested positions count only with
    ``confirmed_only=False`` (most are one claim waiting for review). Ranked by
    statements in the period, then by growth in statements. Each dict: ``position_id``,
    ``label``, ``status``, ``statements``, ``claims``, ``speakers``, ``previous_statements``,
    ``previous_claims``, ``change`` (statements minus previous statements).
    """
    if end <= start:
        raise ValueError("end must be after start")
    before = start - (end - start)

    links = ClaimPosition.objects.all()
    if confirmed_only:
        links = links.filter(position__status=Position.Status.CONFIRMED)

    def counts(lo: datetime.date, hi: datetime.date) -> dict[int, dict]:
        rows = (
            links.filter(
                position__merged_into__isnull=True,
                claim__article__published__gte=lo,
                claim__article__published__lt=hi,
            )
            .values("position", "position__label", "position__status")
            .annotate(
                statements=Count("claim__statement", distinct=True),
                claims=Count("claim", distinct=True),
                speakers=Count("claim__speaker", distinct=True),
            )
        )
        return {row["position"]: row for row in rows}

    now, previous = counts(start, end), counts(before, start)
    result = []
    for position_id, row in now.items():
        prev = previous.get(position_id, {})
        result.append(
            {
                "position_id": position_id,
                "label": row["position__label"],
                "status": row["position__status"],
                "statements": row["statements"],
                "claims": row["claims"],
                "speakers": row["speakers"],
                "previous_statements": prev.get("statements", 0),
                "previous_claims": prev.get("claims", 0),
                "change": row["statements"] - prev.get("statements", 0),
            }
        )
    result.sort(key=lambda r: (-r["statements"], -r["change"], -r["claims"], r["position_id"]))
    return result[:limit]
