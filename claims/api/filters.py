"""Query-string filters of the list endpoints (django-filter FilterSets)."""

from django import forms
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from claims.models import Article, Claim, IngestionJob, Position, Review
from claims.selectors.articles import article_search
from claims.selectors.claims import (
    claim_search,
    position_expressed_by,
    speaker_named,
    speaker_with_role,
)

MAX_ID = 2**63 - 1
SEARCH_HELP = (
    "Full-text search. On PostgreSQL: English stemming and web-search syntax "
    '("quoted phrase", -excluded, or); elsewhere every word must occur.'
)


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(filters.NumberFilter):
    """An id: a positive integer the database can hold (anything else is a 400)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class SearchText(filters.CharFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("help_text", SEARCH_HELP)
        super().__init__(*args, **kwargs)


class ArticleFilter(filters.FilterSet):
    outlet = IdFilter(field_name="outlet_id", help_text="Outlet id.")
    published = filters.DateFromToRangeFilter(
        help_text="Publication date range: `published_after` and/or `published_before` "
        "(YYYY-MM-DD, inclusive)."
    )
    language = filters.CharFilter(max_length=12, help_text="Language code, e.g. `en`.")
    status = filters.ChoiceFilter(choices=Article.Status.choices)
    q = SearchText(method="search", label="Search title and text")

    class Meta:
        model = Article
        fields = ["outlet", "published", "language", "status", "q"]

    def search(self, queryset, name, value):
        return article_search(queryset, value)


class ClaimFilter(filters.FilterSet):
    speaker = IdFilter(field_name="speaker_id", help_text="Speaker id.")
    article = IdFilter(field_name="article_id", help_text="Article id.")
    outlet = IdFilter(field_name="article__outlet_id", help_text="Outlet id of the article.")
    position = IdFilter(
        field_name="position_links__position_id", help_text="Position id the claim expresses."
    )
    kind = filters.ChoiceFilter(choices=Claim.Kind.choices)
    checkworthiness_min = filters.NumberFilter(
        field_name="checkworthiness",
        lookup_expr="gte",
        min_value=0,
        max_value=1,
        help_text="Only claims at least this check-worthy (0 to 1).",
    )
    review_status = filters.ChoiceFilter(choices=Claim.ReviewStatus.choices)
    published = filters.DateFromToRangeFilter(
        field_name="article__published",
        help_text="The article's publication date range: `published_after` and/or "
        "`published_before` (YYYY-MM-DD, inclusive).",
    )
    q = SearchText(method="search", label="Search claim text")

    class Meta:
        model = Claim
        fields = [
            "speaker",
            "article",
            "outlet",
            "position",
            "kind",
            "checkworthiness_min",
            "review_status",
            "published",
            "q",
        ]

    def search(self, queryset, name, value):
        return claim_search(queryset, value)


class SpeakerFilter(filters.FilterSet):
    q = filters.CharFilter(
        method="named", max_length=200, help_text="Part of the speaker's name or of any alias."
    )
    role = filters.CharFilter(
        method="with_role", max_length=200, help_text='Part of a title they held, e.g. "minister".'
    )

    def named(self, queryset, name, value):
        return speaker_named(queryset, value)

    def with_role(self, queryset, name, value):
        return speaker_with_role(queryset, value)


class PositionFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=Position.Status.choices)
    q = filters.CharFilter(
        field_name="label", lookup_expr="icontains", max_length=300, help_text="Part of the label."
    )
    speaker = IdFilter(method="expressed_by", help_text="Only positions this speaker expressed.")
    min_claims = IdFilter(
        field_name="claim_count",
        lookup_expr="gte",
        help_text="Only positions with at least this many claims (`2` hides one-claim "
        "suggestions).",
    )

    class Meta:
        model = Position
        fields = ["status", "q", "speaker", "min_claims"]

    def expressed_by(self, queryset, name, value):
        return position_expressed_by(queryset, value)


class ReviewFilter(filters.FilterSet):
    claim = IdFilter(field_name="claim_id", help_text="Claim id.")
    reviewer = IdFilter(field_name="reviewer_id", help_text="Reviewer's user id.")
    rating_value = IdFilter(field_name="rating_value", min_value=0, max_value=2**15 - 1)
    date_published = filters.DateFromToRangeFilter(
        help_text="Review date range: `date_published_after` and/or `date_published_before`."
    )

    class Meta:
        model = Review
        fields = ["claim", "reviewer", "rating_value", "date_published"]


class JobFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=IngestionJob.Status.choices)
    source = filters.ChoiceFilter(choices=IngestionJob.Source.choices)

    class Meta:
        model = IngestionJob
        fields = ["status", "source"]
