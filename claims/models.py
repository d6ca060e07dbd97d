"""What fact-checkers track: articles, speakers, claims, positions and reviews.

Models hold fields, choices, constraints and indexes; every write goes through
``claims.services``.
"""

import numpy as np
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from pgvector.django import VectorField

from claims.lib.embeddings import DIMENSIONS


class EmbeddingField(VectorField):
    """A float32 vector: pgvector's ``vector`` on PostgreSQL, raw float32 bytes elsewhere.

    Reads give a numpy array on every database, so the code above the selectors does not
    care which one it runs on. Only PostgreSQL can search these in the database (HNSW);
    elsewhere ``claims.selectors.similarity`` searches them exactly in numpy.
    """

    def db_type(self, connection) -> str:
        if connection.vendor == "postgresql":
            return super().db_type(connection)
        return "blob"

    def get_db_prep_value(self, value, connection, prepared=False):
        if value is None or connection.vendor == "postgresql":
            return super().get_db_prep_value(value, connection, prepared)
        return np.asarray(value, dtype=np.float32).tobytes()

    def from_db_value(self, value, expression, connection):
        if isinstance(value, bytes | memoryview):
            return np.frombuffer(bytes(value), dtype=np.float32)
        return super().from_db_value(value, expression, connection)


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Outlet(TimeStamped):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=253, blank=True, default="")
    licence = models.CharField(max_length=500, blank=True, default="")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["domain"], condition=~Q(domain=""), name="outlet_domain_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Article(TimeStamped):
    class DateSource(models.TextChoices):
        CALLER = "caller", "given by the caller"
        PAGE = "page", "stated by the page's metadata"
        TEXT = "text", "stated in the text"
        INFERRED = "inferred", "inferred"

    class Precision(models.TextChoices):
        DAY = "day"
        MONTH = "month"
        YEAR = "year"

    class Status(models.TextChoices):
        PENDING = "pending"
        PROCESSING = "processing"
        DONE = "done"
        FAILED = "failed"

    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    # NULL, not "", for "no URL": the unique constraint must not count empty URLs.
    url = models.URLField(max_length=2000, null=True, blank=True)  # noqa: DJ001
    title = models.CharField(max_length=500, blank=True, default="")
    author = models.CharField(max_length=300, blank=True, default="")
    dateline = models.CharField(max_length=200, blank=True, default="")
    text = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(max_length=12, default="en")
    published = models.DateField(null=True, blank=True)
    published_source = models.CharField(
        max_length=10, choices=DateSource.choices, blank=True, default=""
    )
    published_precision = models.CharField(
        max_length=5, choices=Precision.choices, blank=True, default=""
    )
    published_text = models.CharField(max_length=100, blank=True, default="")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(url__isnull=False), name="article_url_unique"
            ),
            models.CheckConstraint(
                condition=Q(published__isnull=True) | ~Q(published_source=""),
                name="article_published_has_source",
            ),
        ]
        indexes = [
            models.Index(fields=["published", "id"], name="article_published_idx"),
            models.Index(fields=["outlet", "published"], name="article_outlet_published_idx"),
            models.Index(fields=["status"], name="article_status_idx"),
            models.Index(fields=["language"], name="article_language_idx"),
        ]

    def __str__(self) -> str:
        if self.title:
            return self.title
        # Untitled (plain text submissions): where and when, without reading the text.
        parts = [str(part) for part in (self.outlet, self.published) if part]
        return f"{', '.join(parts) or 'Article'} (#{self.pk})"


class Speaker(TimeStamped):
    canonical_name = models.CharField(max_length=200)
    description = models.CharField(max_length=500, blank=True, default="")
    wikidata_id = models.CharField(
        max_length=20,
        null=True,
        blank=True,
        unique=True,
        validators=[RegexValidator(r"^Q[1-9][0-9]*$", "A Wikidata id looks like Q12345.")],
    )
    # Set when a fact-checker merged this speaker into another; kept so the merge can be undone.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )

    class Meta:
        ordering = ["canonical_name"]
        indexes = [models.Index(fields=["canonical_name"], name="speaker_name_idx")]

    def __str__(self) -> str:
        return self.canonical_name


class SpeakerAlias(TimeStamped):
    """A surface form seen for a speaker, and how it came to be linked to them."""

    class Decision(models.TextChoices):
        NEW = "new", "created a new speaker"
        EXACT = "exact", "exact name match"
        ALIAS = "alias", "known alias"
        TRANSLITERATION = "transliteration", "transliteration variant"
        FUZZY = "fuzzy", "fuzzy match"
        SURNAME = "surname", "the only known speaker with this surname"
        ROLE = "role", "resolved by role"
        MANUAL = "manual", "set by a person"

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    # The folded form used for matching (no titles, accents or case).
    normalized = models.CharField(max_length=300)
    # The surname with romanisation differences folded: how candidates are found.
    translit_surname = models.CharField(max_length=100, blank=True, default="")
    decision = models.CharField(max_length=16, choices=Decision.choices, default=Decision.NEW)
    score = models.FloatField(null=True, blank=True)
    first_article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["speaker", "normalized"], name="alias_unique_per_speaker"
            ),
        ]
        indexes = [
            models.Index(fields=["normalized"], name="alias_normalized_idx"),
            models.Index(fields=["translit_surname"], name="alias_translit_surname_idx"),
        ]

    def __str__(self) -> str:
        return self.name


class Role(TimeStamped):
    """A title a speaker held from one date to another ("President of Iran")."""

    class Source(models.TextChoices):
        TEXT = "text", "learned from an article"
        MANUAL = "manual", "set by a person"

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=200)
    normalized_title = models.CharField(max_length=200)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    source = models.CharField(max_length=8, choices=Source.choices, default=Source.TEXT)
    evidence = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["normalized_title", "start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="role_dates_ordered",
            ),
        ]
        indexes = [models.Index(fields=["normalized_title", "start_date"], name="role_title_idx")]

    def __str__(self) -> str:
        return f"{self.title} ({self.speaker})"


class Position(TimeStamped):
    """A stance that claims express ("Muslim countries must unite")."""

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "suggested by the system"
        CONFIRMED = "confirmed", "confirmed by a person"

    label = models.CharField(max_length=300)
    description = models.TextField(blank=True, default="")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUGGESTED)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    # The embedding of label and description, recomputed when either changes.
    label_vector = EmbeddingField(dimensions=DIMENSIONS, null=True, blank=True, editable=False)
    vector_model = models.CharField(max_length=100, blank=True, default="", editable=False)

    class Meta:
        ordering = ["label"]
        indexes = [models.Index(fields=["status"], name="position_status_idx")]

    def __str__(self) -> str:
        return self.label


class Claim(TimeStamped):
    class Kind(models.TextChoices):
        DIRECT = "direct"
        INDIRECT = "indirect"
        MIXED = "mixed"

    class ReviewStatus(models.TextChoices):
        UNREVIEWED = "unreviewed"
        CONFIRMED = "confirmed", "confirmed as extracted"
        CORRECTED = "corrected", "corrected by a person"
        REJECTED = "rejected", "not a claim"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    speaker_mention = models.CharField(max_length=300, blank=True, default="")
    resolved_by = models.CharField(max_length=16, blank=True, default="")
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=8, choices=Kind.choices)
    cue = models.CharField(max_length=100, blank=True, default="")
    checkworthiness = models.FloatField(
        default=0.0, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED
    )
    positions = models.ManyToManyField(Position, through="ClaimPosition", related_name="claims")
    # The remark this claim reports; claims of one statement in several outlets share it.
    statement = models.ForeignKey(
        "Statement", null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0.0) & Q(checkworthiness__lte=1.0),
                name="claim_checkworthiness_range",
            ),
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_span_unique"),
        ]
        indexes = [
            models.Index(fields=["speaker", "article"], name="claim_speaker_idx"),
            models.Index(fields=["review_status"], name="claim_review_idx"),
            models.Index(fields=["checkworthiness"], name="claim_checkworthiness_idx"),
            models.Index(fields=["kind"], name="claim_kind_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class ClaimPosition(TimeStamped):
    """A claim expressing a position, and who made the link."""

    class Source(models.TextChoices):
        SYSTEM = "system"
        PERSON = "person"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="position_links")
    position = models.ForeignKey(Position, on_delete=models.CASCADE, related_name="claim_links")
    source = models.CharField(max_length=6, choices=Source.choices, default=Source.SYSTEM)
    score = models.FloatField(null=True, blank=True)
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "position"], name="claim_position_unique"),
        ]
        indexes = [models.Index(fields=["position", "claim"], name="claimposition_position_idx")]

    def __str__(self) -> str:
        return f"claim {self.claim_id} → position {self.position_id} ({self.source})"


class Review(TimeStamped):
    """A fact-checker's verdict on a claim, shaped as schema.org ClaimReview."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="reviews"
    )
    rating_value = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="1 (false) to 5 (true)",
    )
    best_rating = models.PositiveSmallIntegerField(default=5)
    worst_rating = models.PositiveSmallIntegerField(default=1)
    rating_text = models.CharField(
        max_length=100, help_text='The verdict in words, e.g. "Mostly false"'
    )
    url = models.URLField(max_length=2000, blank=True, default="")
    date_published = models.DateField()
    notes = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["-date_published", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rating_value__gte=F("worst_rating"))
                & Q(rating_value__lte=F("best_rating")),
                name="review_rating_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rating_text} (claim {self.claim_id})"


class Feed(TimeStamped):
    """An RSS or Atom feed polled on a schedule."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True, default="")
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="feeds"
    )
    active = models.BooleanField(default=True)
    poll_minutes = models.PositiveIntegerField(default=30)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.title or self.url


class IngestionJob(TimeStamped):
    """One submission of an article, by any route, and what became of it."""

    class Source(models.TextChoices):
        TEXT = "text"
        HTML = "html"
        URL = "url"
        FILE = "file"
        FEED = "feed"

    class Status(models.TextChoices):
        PENDING = "pending"
        RUNNING = "running"
        DONE = "done"
        DUPLICATE = "duplicate"
        FAILED = "failed"

    source = models.CharField(max_length=5, choices=Source.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    # What was submitted: the URL or file name, and the caller's metadata.
    url = models.URLField(max_length=2000, blank=True, default="")
    filename = models.CharField(max_length=500, blank=True, default="")
    metadata = models.JSONField(default=dict, blank=True)
    feed = models.ForeignKey(
        Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs"
    )
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs"
    )
    duplicate_of = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicate_jobs"
    )
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True, default="")
    claims_found = models.PositiveIntegerField(null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    queued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "queued_at"], name="job_status_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["feed", "url"],
                condition=Q(feed__isnull=False),
                name="job_feed_entry_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"Job {self.pk} ({self.source}, {self.status})"


class SpeakerMerge(TimeStamped):
    """One speaker folded into another, with what moved so the merge can be undone."""

    source = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="merges_out")
    target = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="merges_in")
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # {"claims": [ids], "aliases": [ids], "roles": [ids], "statements": [ids]}: the rows
    # that belonged to the source before the merge.
    moved = models.JSONField(default=dict)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(source=F("target")), name="merge_distinct_speakers"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} → {self.target}"


class Statement(TimeStamped):
    """One remark by one speaker, however many outlets reported it: its claims are appearances."""

    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    # The earliest appearance: the claim whose article was published first.
    first_claim = models.ForeignKey(
        "Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    first_published = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-first_published", "-id"]
        indexes = [
            models.Index(fields=["speaker", "first_published"], name="statement_speaker_idx")
        ]

    def __str__(self) -> str:
        return f"Statement {self.pk}"


class ClaimEmbedding(models.Model):
    """The sentence embedding of a claim's text, and the model that computed it."""

    claim = models.OneToOneField(
        Claim, primary_key=True, on_delete=models.CASCADE, related_name="embedding"
    )
    model_id = models.CharField(max_length=100)
    vector = EmbeddingField(dimensions=DIMENSIONS)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["model_id"], name="claimembedding_model_idx")]
        # The HNSW cosine index exists on PostgreSQL only; migration 0003 creates it there.

    def __str__(self) -> str:
        return f"Embedding of claim {self.claim_id}"
