"""Reads of claims and of the things listed with their counts: speakers, positions, reviews.

Every list here loads its related rows with a fixed number of queries however many rows
it returns (``select_related`` for single links, ``prefetch_related`` for lists).
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from claims.lib import claimreview
from claims.models import (
    Article,
    Claim,
    ClaimPosition,
    Position,
    Review,
    Role,
    Speaker,
    SpeakerAlias,
)

SEARCH_CONFIG = "english"


def text_matching(queryset: QuerySet, query: str, fields: tuple[str, ...]) -> QuerySet:
    """Rows whose text fields match a search query.

    PostgreSQL: full-text search (web-search syntax: quoted phrases, ``-word``, ``or``)
    over ``SearchVector(*fields, config="english")``, the expression a GIN index covers.
    Elsewhere every word must occur, case-insensitively, in one of the fields.
    """
    query = query.strip()
    if not query:
        return queryset
    if connection.vendor == "postgresql":
        return queryset.alias(_search=SearchVector(*fields, config=SEARCH_CONFIG)).filter(
            _search=SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
        )
    for word in query.split():
        condition = Q()
        for name in fields:
            condition |= Q(**{f"{name}__icontains": word})
        queryset = queryset.filter(condition)
    return queryset


def claim_search(queryset: QuerySet[Claim], query: str) -> QuerySet[Claim]:
    return text_matching(queryset, query, ("text",))


def _position_links() -> Prefetch:
    return Prefetch(
        "position_links",
        queryset=ClaimPosition.objects.select_related("position")
        .defer("position__label_vector", "position__description")
        .order_by("position__label", "id"),
    )


def claim_list() -> QuerySet[Claim]:
    """Claims with their speaker, article (without its text), outlet and position links."""
    return (
        Claim.objects.select_related("speaker", "article__outlet")
        .defer("article__text")
        .prefetch_related(_position_links())
    )


def claim_detail() -> QuerySet[Claim]:
    return claim_list().prefetch_related(
        Prefetch("reviews", queryset=Review.objects.select_related("reviewer"))
    )


def speaker_list(*, include_merged: bool = False) -> QuerySet[Speaker]:
    """Speakers with their aliases, roles, and claim and article counts."""
    queryset = Speaker.objects.annotate(
        claim_count=Count("claims", distinct=True),
        statement_count=Count("claims__statement", distinct=True),
        article_count=Count("claims__article", distinct=True),
    ).prefetch_related("aliases", "roles")
    if not include_merged:
        queryset = queryset.filter(merged_into__isnull=True)
    return queryset


def speaker_named(queryset: QuerySet[Speaker], query: str) -> QuerySet[Speaker]:
    """Speakers whose name or any alias contains the query (an alias never duplicates a row)."""
    aliases = SpeakerAlias.objects.filter(speaker=OuterRef("pk"), name__icontains=query)
    return queryset.filter(Q(canonical_name__icontains=query) | Exists(aliases))


def speaker_with_role(queryset: QuerySet[Speaker], title: str) -> QuerySet[Speaker]:
    roles = Role.objects.filter(speaker=OuterRef("pk"), title__icontains=title)
    return queryset.filter(Exists(roles))


def position_list(*, include_merged: bool = False) -> QuerySet[Position]:
    queryset = Position.objects.defer("label_vector").annotate(
        claim_count=Count("claim_links", distinct=True),
        statement_count=Count("claim_links__claim__statement", distinct=True),
        speaker_count=Count("claim_links__claim__speaker", distinct=True),
    )
    if not include_merged:
        queryset = queryset.filter(merged_into__isnull=True)
    return queryset


def position_expressed_by(queryset: QuerySet[Position], speaker_id: int) -> QuerySet[Position]:
    links = ClaimPosition.objects.filter(position=OuterRef("pk"), claim__speaker_id=speaker_id)
    return queryset.filter(Exists(links))


def review_list() -> QuerySet[Review]:
    return Review.objects.select_related("claim", "reviewer")


# --- ClaimReview export -------------------------------------------------------------


def claimreview_reviews() -> QuerySet[Review]:
    """Reviews with everything their ClaimReview needs but the other appearances."""
    return Review.objects.select_related(
        "claim__speaker", "claim__article__outlet", "reviewer"
    ).defer("claim__article__text")


def claim_appearances(claims: Iterable[Claim]) -> dict[int, list[Article]]:
    """The articles each claim appeared in, earliest first: the articles of every claim of
    its statement (one remark reported by several outlets), or its own. One query for all."""
    claims = list(claims)
    appearances: dict[int, list[Article]] = {c.pk: [c.article] for c in claims}
    statement_ids = {c.statement_id for c in claims if c.statement_id is not None}
    if not statement_ids:
        return appearances
    copies = (
        Claim.objects.filter(statement_id__in=statement_ids)
        .select_related("article__outlet")
        .defer("article__text")
        .order_by("article__published", "article_id")
    )
    by_statement: dict[int, dict[int, Article]] = defaultdict(dict)
    for copy in copies:
        by_statement[copy.statement_id].setdefault(copy.article_id, copy.article)
    for claim in claims:
        if claim.statement_id is not None:
            articles = by_statement.get(claim.statement_id, {})
            articles.setdefault(claim.article_id, claim.article)
            appearances[claim.pk] = list(articles.values())
    return appearances


def _appearance(article: Article, article_url: Callable[[Article], str]) -> claimreview.Appearance:
    outlet = article.outlet
    return claimreview.Appearance(
        url=article.url or article_url(article),
        date_published=article.published,
        headline=article.title,
        publisher=outlet.name if outlet else "",
        publisher_url=f"https://{outlet.domain}/" if outlet and outlet.domain else "",
    )


def claimreview_nodes(
    reviews: Iterable[Review],
    *,
    review_url: Callable[[Review], str],
    article_url: Callable[[Article], str],
    publisher: dict | None = None,
) -> list[dict]:
    """ClaimReview JSON-LD nodes for reviews.

    ``review_url`` and ``article_url`` give a link for a review without its own page and an
    article without a source URL. ``publisher`` ({"name", "url"}) is the fact-checking
    organisation that signs the reviews; without it each review is signed by its reviewer.
    """
    reviews = list(reviews)
    appearances = claim_appearances(r.claim for r in reviews)
    nodes = []
    for review in reviews:
        claim = review.claim
        speaker = claimreview.Party(name=claim.speaker.canonical_name) if claim.speaker else None
        if publisher:
            author = claimreview.Party(
                name=publisher["name"], kind="Organization", url=publisher.get("url", "")
            )
        else:
            name = (
                (review.reviewer.get_full_name() or review.reviewer.get_username())
                if review.reviewer
                else ""
            )
            author = claimreview.Party(
                name=name or "Claimtrack", kind="Person" if name else "Organization"
            )
        nodes.append(
            claimreview.claim_review(
                claim=claimreview.ReviewedClaim(
                    text=claim.text,
                    speaker=speaker,
                    appearances=[_appearance(a, article_url) for a in appearances[claim.pk]],
                ),
                verdict=claimreview.Verdict(
                    rating_value=review.rating_value,
                    best_rating=review.best_rating,
                    worst_rating=review.worst_rating,
                    rating_text=review.rating_text,
                ),
                url=review.url or review_url(review),
                author=author,
                date_published=review.date_published,
            )
        )
    return nodes


# --- CSV export ---------------------------------------------------------------------

# Column name: the field it is read from.
CSV_COLUMNS = {
    "id": "id",
    "article_id": "article_id",
    "article_url": "article__url",
    "article_title": "article__title",
    "outlet": "article__outlet__name",
    "published": "article__published",
    "speaker_id": "speaker_id",
    "speaker": "speaker__canonical_name",
    "speaker_mention": "speaker_mention",
    "kind": "kind",
    "cue": "cue",
    "checkworthiness": "checkworthiness",
    "review_status": "review_status",
    "start": "start",
    "end": "end",
    "text": "text",
}


def claim_csv_rows(queryset: QuerySet[Claim], *, chunk_size: int = 2000) -> Iterator[tuple]:
    """The header, then one row per claim, read from the database in chunks."""
    yield tuple(CSV_COLUMNS)
    rows = queryset.values_list(*CSV_COLUMNS.values())
    yield from rows.iterator(chunk_size=chunk_size)
