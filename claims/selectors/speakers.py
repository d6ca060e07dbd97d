"""Speakers as fact-checkers browse them: counts, names seen, roles, merges."""

from __future__ import annotations

from django.db.models import Count, Prefetch, QuerySet

from claims.lib.names import normalize_title
from claims.models import Role, Speaker, SpeakerAlias, SpeakerMerge


def speaker_list() -> QuerySet[Speaker]:
    """Speakers that were not merged away, with their claim and statement counts."""
    return Speaker.objects.filter(merged_into__isnull=True).annotate(
        claim_count=Count("claims", distinct=True),
        statement_count=Count("statements", distinct=True),
    )


def speaker_detail(speaker_id: int) -> Speaker:
    """One speaker with aliases (and how each was matched) and roles loaded."""
    return Speaker.objects.prefetch_related(
        Prefetch("aliases", queryset=SpeakerAlias.objects.order_by("created_at", "id")),
        Prefetch("roles", queryset=Role.objects.order_by("start_date", "id")),
    ).get(pk=speaker_id)


def speaker_merges(speaker: Speaker) -> QuerySet[SpeakerMerge]:
    """Merges into or out of a speaker, newest first."""
    return (
        SpeakerMerge.objects.filter(source=speaker) | SpeakerMerge.objects.filter(target=speaker)
    ).select_related("source", "target", "merged_by", "undone_by")


def role_holders(title: str) -> QuerySet[Role]:
    """Who held a title, in tenure order."""

    return Role.objects.filter(normalized_title=normalize_title(title)).select_related("speaker")
