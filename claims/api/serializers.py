"""Output serializers (read-only, flat references) and input serializers (validation only).

Writes never go through a serializer's ``save``: views validate with an input serializer
and call a service.
"""

from typing import TypedDict

from rest_framework import serializers
from rest_framework.reverse import reverse

from claims.models import (
    Article,
    Claim,
    IngestionJob,
    Outlet,
    Position,
    Review,
    Role,
    Speaker,
    SpeakerAlias,
)
from claims.services import reviews as review_services

# Bounds the database can store, so out-of-range input is a 400 and not a database error.
MAX_INT = 2**31 - 1
MAX_SMALL_INT = 2**15 - 1


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="A stable, machine-readable error code.")
    message = serializers.CharField(help_text="What went wrong, for a person.")
    field = serializers.CharField(
        allow_null=True, help_text="The input field at fault (dotted for nested fields), or null."
    )
    details = serializers.JSONField(
        required=False, help_text="Every validation message, by field (validation errors only)."
    )


class ErrorSerializer(serializers.Serializer):
    """Every error answer has this shape."""

    error = ErrorDetailSerializer()


# --- references -----------------------------------------------------------------------


class OutletSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "domain", "licence"]


class OutletRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name"]


class SpeakerRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "canonical_name"]


class PositionRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Position
        fields = ["id", "label"]


class ArticleRefSerializer(serializers.ModelSerializer):
    outlet = OutletRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "title", "url", "published", "outlet"]


class PositionLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="position_id")
    label = serializers.CharField(source="position.label")
    source = serializers.ChoiceField(choices=["system", "person"], help_text="Who made the link.")
    score = serializers.FloatField(allow_null=True)


# --- claims ---------------------------------------------------------------------------

CLAIM_FIELDS = [
    "id",
    "speaker",
    "speaker_mention",
    "resolved_by",
    "text",
    "start",
    "end",
    "kind",
    "cue",
    "checkworthiness",
    "review_status",
    "created_at",
    "updated_at",
]


class ArticleClaimSerializer(serializers.ModelSerializer):
    """A claim inside its article."""

    speaker = SpeakerRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = CLAIM_FIELDS


class ClaimSerializer(serializers.ModelSerializer):
    article = ArticleRefSerializer(read_only=True)
    speaker = SpeakerRefSerializer(read_only=True, allow_null=True)
    positions = PositionLinkSerializer(source="position_links", many=True, read_only=True)

    class Meta:
        model = Claim
        fields = [*CLAIM_FIELDS[:1], "article", *CLAIM_FIELDS[1:], "positions"]


class ReviewerSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()


class ReviewSerializer(serializers.ModelSerializer):
    reviewer = ReviewerSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Review
        fields = [
            "id",
            "claim",
            "reviewer",
            *review_services.EDITABLE,
            "created_at",
            "updated_at",
        ]


class ClaimDetailSerializer(ClaimSerializer):
    reviews = ReviewSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "reviews"]


class ClaimUpdateSerializer(serializers.Serializer):
    """A fact-checker's correction: every field optional, only those given change."""

    speaker = serializers.PrimaryKeyRelatedField(
        queryset=Speaker.objects.all(),
        allow_null=True,
        required=False,
        help_text="The speaker's id, or null when nobody can be named.",
    )
    start = serializers.IntegerField(
        min_value=0,
        max_value=MAX_INT,
        required=False,
        help_text="New span start (a character offset in the article text).",
    )
    end = serializers.IntegerField(
        min_value=1,
        max_value=MAX_INT,
        required=False,
        help_text="New span end (exclusive). The claim's text is taken from the article.",
    )
    kind = serializers.ChoiceField(choices=Claim.Kind.choices, required=False)
    positions = serializers.PrimaryKeyRelatedField(
        queryset=Position.objects.all(),
        many=True,
        required=False,
        help_text="The positions the claim expresses; replaces its links.",
    )
    review_status = serializers.ChoiceField(
        choices=Claim.ReviewStatus.choices,
        required=False,
        help_text="Defaults to `corrected` when speaker, span or kind change.",
    )


class SimilarClaimSerializer(serializers.Serializer):
    claim = ClaimSerializer()
    score = serializers.FloatField(help_text="Similarity, 0 to 1 (higher is closer).")


# --- articles -------------------------------------------------------------------------


class ArticleSerializer(serializers.ModelSerializer):
    outlet = OutletSerializer(read_only=True, allow_null=True)
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "title",
            "author",
            "outlet",
            "dateline",
            "language",
            "published",
            "published_source",
            "published_precision",
            "published_text",
            "status",
            "claim_count",
            "content_hash",
            "created_at",
            "updated_at",
            "processed_at",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    claims = ArticleClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "text", "claims"]


class ArticleSubmitSerializer(serializers.Serializer):
    text = serializers.CharField(required=False, trim_whitespace=False, allow_blank=True)
    html = serializers.CharField(required=False, trim_whitespace=False, allow_blank=True)
    url = serializers.URLField(required=False, max_length=2000)
    file = serializers.FileField(
        required=False,
        help_text="A UTF-8 .txt or .html file (multipart/form-data) instead of text, html or url.",
    )
    title = serializers.CharField(required=False, max_length=500, default="")
    outlet = serializers.CharField(required=False, max_length=200, default="")
    published = serializers.DateField(required=False, allow_null=True, default=None)
    language = serializers.CharField(required=False, max_length=12, default="")

    def validate(self, attrs):
        given = [name for name in ("text", "html", "file") if name in attrs]
        if len(given) > 1:
            raise serializers.ValidationError(f"give only one of text, html or file, not {given}")
        if not given and not attrs.get("url"):
            raise serializers.ValidationError("give one of text, html, file or url")
        return attrs


class ArticleLink(TypedDict):
    id: int
    url: str


class JobSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    article = serializers.SerializerMethodField()
    duplicate_of = serializers.SerializerMethodField()
    submitted_url = serializers.CharField(source="url", read_only=True)

    class Meta:
        model = IngestionJob
        fields = [
            "id",
            "url",
            "source",
            "status",
            "submitted_url",
            "filename",
            "attempts",
            "error",
            "article",
            "duplicate_of",
            "claims_found",
            "created_at",
            "started_at",
            "finished_at",
        ]

    def _article_link(self, article_id):
        if article_id is None:
            return None
        request = self.context.get("request")
        return {
            "id": article_id,
            "url": reverse("v1:article-detail", args=[article_id], request=request),
        }

    def get_url(self, job) -> str:
        return reverse("v1:job-detail", args=[job.pk], request=self.context.get("request"))

    def get_article(self, job) -> ArticleLink | None:
        return self._article_link(job.article_id)

    def get_duplicate_of(self, job) -> ArticleLink | None:
        return self._article_link(job.duplicate_of_id)


# --- speakers -------------------------------------------------------------------------


class AliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = SpeakerAlias
        fields = ["name", "decision"]


class RoleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Role
        fields = ["title", "start_date", "end_date", "source"]


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = AliasSerializer(many=True, read_only=True)
    roles = RoleSerializer(many=True, read_only=True)
    claim_count = serializers.IntegerField(read_only=True)
    statement_count = serializers.IntegerField(read_only=True)
    article_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Speaker
        fields = [
            "id",
            "canonical_name",
            "description",
            "wikidata_id",
            "merged_into",
            "aliases",
            "roles",
            "claim_count",
            "statement_count",
            "article_count",
            "created_at",
            "updated_at",
        ]


class LatestClaimSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    article = serializers.IntegerField(source="article_id")


class SpeakerPositionSerializer(serializers.Serializer):
    """One position a speaker expressed: when first and last, how often, and the latest claim."""

    id = serializers.IntegerField(source="position_id", help_text="The position's id.")
    label = serializers.CharField()
    status = serializers.ChoiceField(choices=Position.Status.choices)
    statement_count = serializers.IntegerField(
        source="statements", help_text="Distinct remarks expressing it."
    )
    claim_count = serializers.IntegerField(source="claims", help_text="Reports of those remarks.")
    first_seen = serializers.DateField(
        source="first", allow_null=True, help_text="Earliest publication date."
    )
    last_seen = serializers.DateField(source="last", allow_null=True, help_text="Latest one.")
    articles_since = serializers.IntegerField(
        help_text="The speaker's later articles that do not express it."
    )
    stopped = serializers.BooleanField(help_text="Whether the speaker seems to have stopped.")
    latest_claim = LatestClaimSerializer(allow_null=True)


# --- positions ------------------------------------------------------------------------


class PositionSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)
    statement_count = serializers.IntegerField(read_only=True)
    speaker_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Position
        fields = [
            "id",
            "label",
            "description",
            "status",
            "merged_into",
            "claim_count",
            "statement_count",
            "speaker_count",
            "created_at",
            "updated_at",
        ]


class PositionInputSerializer(serializers.Serializer):
    """A new position stated by a fact-checker (it is confirmed at once)."""

    label = serializers.CharField(max_length=300)
    description = serializers.CharField(required=False, allow_blank=True, default="")


class PositionUpdateSerializer(serializers.Serializer):
    label = serializers.CharField(max_length=300, required=False)
    description = serializers.CharField(required=False, allow_blank=True)
    status = serializers.ChoiceField(
        choices=[Position.Status.CONFIRMED],
        required=False,
        help_text="`confirmed` confirms a suggested position.",
    )


class PositionMergeSerializer(serializers.Serializer):
    into = serializers.PrimaryKeyRelatedField(
        queryset=Position.objects.filter(merged_into__isnull=True),
        help_text="The position that absorbs this one and its claims.",
    )


class PositionSplitSerializer(serializers.Serializer):
    claim_ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**63 - 1),
        min_length=1,
        max_length=10_000,
        help_text="Claims of this position that move to the new one; some must stay.",
    )
    label = serializers.CharField(max_length=300, help_text="The new position's label.")


class TimelineQuerySerializer(serializers.Serializer):
    interval = serializers.ChoiceField(
        choices=["day", "week", "month", "year"], default="month", help_text="Bucket size."
    )
    speaker = serializers.IntegerField(min_value=1, max_value=2**63 - 1, required=False)
    outlet = serializers.IntegerField(min_value=1, max_value=2**63 - 1, required=False)


class TimelineSpeakerSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class TimelineBucketSerializer(serializers.Serializer):
    period_start = serializers.DateField(source="period", help_text="First day of the bucket.")
    claim_count = serializers.IntegerField(source="claims", help_text="Claims (reports).")
    statement_count = serializers.IntegerField(source="statements", help_text="Distinct remarks.")
    article_count = serializers.IntegerField(source="articles")
    speaker_count = serializers.IntegerField()
    speakers = TimelineSpeakerSerializer(many=True)


class TimelineSerializer(serializers.Serializer):
    position = PositionRefSerializer()
    interval = serializers.CharField()
    buckets = TimelineBucketSerializer(many=True)


class SimilarQuerySerializer(serializers.Serializer):
    limit = serializers.IntegerField(min_value=1, max_value=50, default=10)


# --- reviews --------------------------------------------------------------------------


class ReviewInputSerializer(serializers.Serializer):
    claim = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.all())
    rating_value = serializers.IntegerField(min_value=0, max_value=MAX_SMALL_INT)
    best_rating = serializers.IntegerField(min_value=0, max_value=MAX_SMALL_INT, default=5)
    worst_rating = serializers.IntegerField(min_value=0, max_value=MAX_SMALL_INT, default=1)
    rating_text = serializers.CharField(max_length=100)
    url = serializers.URLField(max_length=2000, required=False, default="")
    date_published = serializers.DateField()
    notes = serializers.CharField(required=False, allow_blank=True, default="")


class ReviewUpdateSerializer(ReviewInputSerializer):
    """A change to a verdict: any field but the claim, all optional."""

    claim = None
    rating_value = serializers.IntegerField(min_value=0, max_value=MAX_SMALL_INT, required=False)
    best_rating = serializers.IntegerField(min_value=0, max_value=MAX_SMALL_INT, required=False)
    worst_rating = serializers.IntegerField(min_value=0, max_value=MAX_SMALL_INT, required=False)
    rating_text = serializers.CharField(max_length=100, required=False)
    url = serializers.URLField(max_length=2000, required=False)
    date_published = serializers.DateField(required=False)
    notes = serializers.CharField(required=False, allow_blank=True)
