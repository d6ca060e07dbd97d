"""Reads of articles: lists without their text, details with their claims."""

from django.db.models import Count, Prefetch, QuerySet

from claims.models import Article, Claim, IngestionJob
from claims.selectors.claims import text_matching


def article_list() -> QuerySet[Article]:
    """Articles with their outlet and claim count; the text stays in the database."""
    return (
        Article.objects.select_related("outlet").annotate(claim_count=Count("claims")).defer("text")
    )


def article_detail() -> QuerySet[Article]:
    """Articles with their text and claims (each with its speaker), in text order."""
    claims = Claim.objects.select_related("speaker").order_by("start", "id")
    return (
        Article.objects.select_related("outlet")
        .annotate(claim_count=Count("claims"))
        .prefetch_related(Prefetch("claims", queryset=claims))
    )


def article_search(queryset: QuerySet[Article], query: str) -> QuerySet[Article]:
    return text_matching(queryset, query, ("title", "text"))


def job_list() -> QuerySet[IngestionJob]:
    return IngestionJob.objects.all()
