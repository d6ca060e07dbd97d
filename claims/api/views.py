"""The REST API: each view validates, calls a selector or a service, and serialises."""

from django.conf import settings
from django.db import DatabaseError, connection, models
from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import generics, mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.generics import get_object_or_404
from rest_framework.permissions import SAFE_METHODS, AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.versioning import NamespaceVersioning
from rest_framework.views import APIView

from claims.api import filters
from claims.api import serializers as s
from claims.api.permissions import IsAdmin
from claims.api.renderers import CSVRenderer, JSONLDRenderer, csv_lines
from claims.api.schema import ApiSchema
from claims.errors import InvalidInput, TooLarge
from claims.lib import claimreview
from claims.models import Claim, IngestionJob, Position, Speaker
from claims.selectors import articles as article_selectors
from claims.selectors import claims as claim_selectors
from claims.selectors.positions import position_timeline, speaker_positions
from claims.selectors.similarity import similar_claims
from claims.services import claims as claim_services
from claims.services import reviews as review_services
from claims.services.positions import (
    position_confirm,
    position_create,
    position_merge,
    position_split,
    position_update,
)


def _refuse_large_body(request) -> None:
    """Refuse a body larger than the limit before reading it (DRF parses JSON unbounded)."""
    limit = settings.CLAIMTRACK["MAX_UPLOAD_BYTES"]
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        raise TooLarge(f"the request body is larger than {limit} bytes")


def _valid(serializer_class, data, **kwargs) -> dict:
    serializer = serializer_class(data=data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


# A JSON-LD document of ClaimReview nodes; claims.lib.claimreview.FIELDS lists their fields.
CLAIMREVIEW_SCHEMA = {
    "type": "object",
    "required": ["@context", "@graph"],
    "properties": {
        "@context": {"type": "string", "example": "https://schema.org"},
        "@graph": {
            "type": "array",
            "items": {"type": "object", "additionalProperties": True},
            "description": "ClaimReview nodes.",
        },
    },
}


class ApiVersioning(NamespaceVersioning):
    # The schema generator falls back on this when the schema URL carries no version.
    default_version = "v1"
    allowed_versions = ("v1",)


class ApiMixin:
    schema = ApiSchema()
    versioning_class = ApiVersioning

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)  # authentication, permissions, throttles
        if request.method not in SAFE_METHODS:
            _refuse_large_body(request)


class ApiViewSet(ApiMixin, viewsets.GenericViewSet):
    pass


# --- articles and jobs ----------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="List articles", description="Newest first; filter and search."),
    retrieve=extend_schema(summary="An article with its text and claims"),
)
class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    filterset_class = filters.ArticleFilter
    ordering_fields = ["id", "created_at"]
    ordering = ["-id"]

    def get_queryset(self):
        if self.action == "retrieve":
            return article_selectors.article_detail()
        return article_selectors.article_list()

    def get_serializer_class(self):
        if self.action == "create":
            return s.ArticleSubmitSerializer
        return s.ArticleDetailSerializer if self.action == "retrieve" else s.ArticleSerializer

    @extend_schema(
        summary="Submit an article",
        request=s.ArticleSubmitSerializer,
        responses={202: s.JobSerializer, 200: s.JobSerializer},
        description="Submit an article as text, HTML, a URL (JSON) or a UTF-8 .txt/.html file "
        "(multipart/form-data). Answers 202 with the queued job, "
        "or 200 with a finished job whose `duplicate_of` points at the article already stored.",
        examples=[
            OpenApiExample(
                "text",
                request_only=True,
                value={
                    "text": "The minister said on Monday that the budget would grow.",
                    "title": "Budget to grow",
                    "outlet": "Daily Courier",
                    "published": "2024-09-21",
                },
            )
        ],
    )
    def create(self, request, *args, **kwargs):
        # Imported here: ingestion pulls in the extraction engine, which list and read
        # endpoints do not need.
        from claims.lib.normalize import decode_bytes
        from claims.services.ingestion import ArticleInput, job_submit

        data = _valid(s.ArticleSubmitSerializer, request.data)
        meta = ArticleInput(
            title=data["title"],
            outlet=data["outlet"],
            published=data["published"],
            language=data["language"],
            url=data.get("url", ""),
        )
        content = {kind: data[kind] for kind in ("text", "html") if kind in data}
        source = next(iter(content), "url")
        filename = ""
        if "file" in data:
            upload = data["file"]
            filename, source = upload.name, "file"
            kind = "html" if filename.lower().endswith((".html", ".htm")) else "text"
            content = {kind: decode_bytes(upload.read())}
        job = job_submit(source=source, meta=meta, filename=filename, user=request.user, **content)
        body = s.JobSerializer(job, context={"request": request}).data
        if job.status == IngestionJob.Status.DUPLICATE:
            return Response(body, status=status.HTTP_200_OK)
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})


@extend_schema_view(
    list=extend_schema(summary="List ingestion jobs"),
    retrieve=extend_schema(summary="An ingestion job's status"),
)
class JobViewSet(mixins.RetrieveModelMixin, mixins.ListModelMixin, ApiViewSet):
    queryset = article_selectors.job_list()
    serializer_class = s.JobSerializer
    filterset_class = filters.JobFilter
    ordering_fields = ["id"]
    ordering = ["-id"]


# --- claims ---------------------------------------------------------------------------


class ClaimListMixin(ApiMixin):
    serializer_class = s.ClaimSerializer
    filterset_class = filters.ClaimFilter
    ordering_fields = ["id", "checkworthiness", "created_at"]
    ordering = ["-id"]


class RelatedClaimsView(ClaimListMixin, generics.ListAPIView):
    """The claims of one object (a speaker, a position), with the claim list's filters.

    An unknown object is a 404, not an empty list.
    """

    parent_model: type[models.Model]
    #: The claim lookup that leads to the parent object.
    parent_lookup: str

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Claim.objects.none()
        parent = get_object_or_404(self.parent_model, pk=self.kwargs["pk"])
        return claim_selectors.claim_list().filter(**{self.parent_lookup: parent})


@extend_schema_view(
    list=extend_schema(summary="List claims", description="Filter, search and order claims."),
    retrieve=extend_schema(summary="A claim with its positions and reviews"),
)
class ClaimViewSet(ClaimListMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self):
        if self.action in ("retrieve", "partial_update"):
            return claim_selectors.claim_detail()
        return claim_selectors.claim_list()

    def get_serializer_class(self):
        if self.action == "partial_update":
            return s.ClaimUpdateSerializer
        return s.ClaimDetailSerializer if self.action == "retrieve" else s.ClaimSerializer

    @extend_schema(
        summary="Correct a claim",
        request=s.ClaimUpdateSerializer,
        responses={200: s.ClaimDetailSerializer},
        examples=[
            OpenApiExample(
                "new span and speaker",
                request_only=True,
                value={"start": 120, "end": 188, "speaker": 7},
            ),
            OpenApiExample("not a claim", request_only=True, value={"review_status": "rejected"}),
        ],
    )
    def partial_update(self, request, pk=None):
        claim = self.get_object()
        data = _valid(s.ClaimUpdateSerializer, request.data)
        claim_services.claim_update(claim=claim, user=request.user, **data)
        claim = self.get_queryset().get(pk=claim.pk)
        return Response(s.ClaimDetailSerializer(claim, context={"request": request}).data)

    @extend_schema(
        summary="Claims that say the same thing",
        parameters=[s.SimilarQuerySerializer],
        responses={200: s.SimilarClaimSerializer(many=True)},
        filters=False,
    )
    @action(detail=True, filter_backends=[], pagination_class=None)
    def similar(self, request, pk=None):
        limit = _valid(s.SimilarQuerySerializer, request.query_params)["limit"]
        pairs = similar_claims(claim=self.get_object(), limit=limit)
        rows = [{"claim": claim, "score": round(score, 4)} for claim, score in pairs]
        return Response(s.SimilarClaimSerializer(rows, many=True).data)

    @extend_schema(
        summary="The claim's reviews as schema.org ClaimReview (JSON-LD)",
        responses={
            200: OpenApiResponse(
                CLAIMREVIEW_SCHEMA,
                description="A JSON-LD document of ClaimReview nodes, one per review.",
            )
        },
        filters=False,
    )
    @action(
        detail=True,
        filter_backends=[],
        pagination_class=None,
        renderer_classes=[JSONLDRenderer, JSONRenderer],
    )
    def claimreview(self, request, pk=None):
        claim = self.get_object()
        reviews = claim_selectors.claimreview_reviews().filter(claim=claim)
        nodes = _claimreview_nodes(request, reviews)
        if not nodes:
            raise NotFound("this claim has no review yet")
        return Response(claimreview.graph(nodes))


class ClaimExportView(ClaimListMixin, generics.GenericAPIView):
    """Claims as CSV, streamed: no page size, the same filters as the claim list."""

    renderer_classes = [JSONRenderer, CSVRenderer]

    @extend_schema(
        summary="Export claims as CSV",
        description="Every claim matching the filters, streamed as CSV (one header row).",
        responses={(200, "text/csv"): OpenApiTypes.STR},
    )
    def get(self, request):
        queryset = self.filter_queryset(Claim.objects.all())
        rows = claim_selectors.claim_csv_rows(queryset)
        response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        return response


def _claimreview_nodes(request, reviews) -> list[dict]:
    def review_url(review) -> str:
        return reverse("v1:review-detail", args=[review.pk], request=request)

    def article_url(article) -> str:
        return reverse("v1:article-detail", args=[article.pk], request=request)

    return claim_selectors.claimreview_nodes(
        reviews,
        review_url=review_url,
        article_url=article_url,
        publisher=settings.CLAIMTRACK.get("CLAIMREVIEW_PUBLISHER"),
    )


class ClaimReviewExportView(ApiMixin, generics.GenericAPIView):
    """Every review as schema.org ClaimReview JSON-LD, a page at a time."""

    queryset = claim_selectors.claimreview_reviews()
    filterset_class = filters.ReviewFilter
    ordering_fields = ["id"]
    ordering = ["-id"]
    renderer_classes = [JSONLDRenderer, JSONRenderer]

    @extend_schema(
        summary="Export ClaimReview JSON-LD",
        description="Reviews newest first, as one JSON-LD document per page; the next page's "
        'address is in the `Link` header (`rel="next"`).',
        parameters=[
            OpenApiParameter("cursor", OpenApiTypes.STR, description="The page cursor."),
            OpenApiParameter(
                "Link",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                response=[200],
                description='`<url>; rel="next"` when there are more reviews.',
            ),
        ],
        responses={200: OpenApiResponse(CLAIMREVIEW_SCHEMA, description="ClaimReview nodes")},
    )
    def get(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        response = Response(claimreview.graph(_claimreview_nodes(request, page)))
        next_link = self.paginator.get_next_link()
        if next_link:
            response["Link"] = f'<{next_link}>; rel="next"'
        return response


# --- speakers -------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="List speakers", description="Search by name or alias, or role."),
    retrieve=extend_schema(summary="A speaker with aliases, roles and counts"),
)
class SpeakerViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.SpeakerSerializer
    filterset_class = filters.SpeakerFilter
    ordering_fields = ["id", "canonical_name", "claim_count"]
    ordering = ["canonical_name"]

    def get_queryset(self):
        return claim_selectors.speaker_list(include_merged=self.action != "list")

    @extend_schema(
        summary="The positions a speaker has expressed",
        description="Most repeated first, with first and last dates and the latest claim.",
        responses={200: s.SpeakerPositionSerializer(many=True)},
        filters=False,
    )
    @action(detail=True, filter_backends=[], pagination_class=None)
    def positions(self, request, pk=None):
        rows = speaker_positions(speaker=self.get_object())
        latest = claim_selectors.claim_list().in_bulk(
            [r["latest_claim_id"] for r in rows if r["latest_claim_id"]]
        )
        rows = [{**row, "latest_claim": latest.get(row["latest_claim_id"])} for row in rows]
        return Response(s.SpeakerPositionSerializer(rows, many=True).data)


@extend_schema_view(get=extend_schema(summary="A speaker's claims"))
class SpeakerClaimsView(RelatedClaimsView):
    parent_model = Speaker
    parent_lookup = "speaker"


# --- positions ------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="List positions"),
    retrieve=extend_schema(summary="A position with its counts"),
)
class PositionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.PositionSerializer
    filterset_class = filters.PositionFilter
    ordering_fields = ["id", "label", "claim_count"]
    ordering = ["label"]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return claim_selectors.position_list(include_merged=self.action != "list")

    def _read(self, position: Position) -> dict:
        return s.PositionSerializer(self.get_queryset().get(pk=position.pk)).data

    @extend_schema(
        summary="State a position",
        request=s.PositionInputSerializer,
        responses={201: s.PositionSerializer},
    )
    def create(self, request):
        data = _valid(s.PositionInputSerializer, request.data)
        position = position_create(**data, user=request.user)
        return Response(self._read(position), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Rename, describe or confirm a position",
        request=s.PositionUpdateSerializer,
        responses={200: s.PositionSerializer},
    )
    def partial_update(self, request, pk=None):
        position = self.get_object()
        data = _valid(s.PositionUpdateSerializer, request.data)
        if "label" in data or "description" in data:
            position = position_update(
                position=position,
                label=data.get("label"),
                description=data.get("description"),
                user=request.user,
            )
        if data.get("status") == Position.Status.CONFIRMED and position.status != data["status"]:
            position = position_confirm(position=position, user=request.user)
        return Response(self._read(position))

    @extend_schema(
        summary="Merge this position into another (administrators)",
        request=s.PositionMergeSerializer,
        responses={200: s.PositionSerializer},
    )
    @action(detail=True, methods=["post"], permission_classes=[IsAdmin])
    def merge(self, request, pk=None):
        source = self.get_object()
        target = _valid(s.PositionMergeSerializer, request.data)["into"]
        if target.pk == source.pk:
            raise InvalidInput("a position cannot be merged into itself", field="into")
        target = position_merge(source=source, target=target, user=request.user)
        return Response(self._read(target))

    @extend_schema(
        summary="Split some claims off into a new position",
        description="The chosen claims move to a new confirmed position (as links made by "
        "a person); the rest stay. Other matching claims are linked to the new position in "
        "the background.",
        request=s.PositionSplitSerializer,
        responses={201: s.PositionSerializer},
    )
    @action(detail=True, methods=["post"])
    def split(self, request, pk=None):
        position = self.get_object()
        data = _valid(s.PositionSplitSerializer, request.data)
        new = position_split(position=position, **data, user=request.user)
        return Response(self._read(new), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="How often a position was expressed over time",
        description="Non-empty buckets by the articles' publication dates, computed in the "
        "database.",
        parameters=[s.TimelineQuerySerializer],
        responses={200: s.TimelineSerializer},
        filters=False,
    )
    @action(detail=True, filter_backends=[], pagination_class=None)
    def timeline(self, request, pk=None):
        position = self.get_object()
        query = _valid(s.TimelineQuerySerializer, request.query_params)
        buckets = position_timeline(
            position=position,
            interval=query["interval"],
            speaker_id=query.get("speaker"),
            outlet_id=query.get("outlet"),
        )
        body = {"position": position, "interval": query["interval"], "buckets": buckets}
        return Response(s.TimelineSerializer(body).data)


@extend_schema_view(get=extend_schema(summary="The claims expressing a position"))
class PositionClaimsView(RelatedClaimsView):
    parent_model = Position
    parent_lookup = "position_links__position"


# --- reviews --------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="List reviews (fact-checkers' verdicts)"),
    retrieve=extend_schema(summary="A review"),
    destroy=extend_schema(summary="Delete a review"),
)
class ReviewViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    serializer_class = s.ReviewSerializer
    filterset_class = filters.ReviewFilter
    ordering_fields = ["id", "date_published"]
    ordering = ["-id"]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return claim_selectors.review_list()

    @extend_schema(
        summary="Record a verdict on a claim",
        request=s.ReviewInputSerializer,
        responses={201: s.ReviewSerializer},
        examples=[
            OpenApiExample(
                "mostly false",
                request_only=True,
                value={
                    "claim": 42,
                    "rating_value": 2,
                    "rating_text": "Mostly false",
                    "date_published": "2024-06-01",
                    "url": "https://factcheck.example.org/r/42",
                },
            )
        ],
    )
    def create(self, request):
        data = _valid(s.ReviewInputSerializer, request.data)
        review = review_services.review_create(reviewer=request.user, **data)
        return Response(self._read(review.pk), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Change a verdict",
        request=s.ReviewUpdateSerializer,
        responses={200: s.ReviewSerializer},
    )
    def partial_update(self, request, pk=None):
        review = self.get_object()
        data = _valid(s.ReviewUpdateSerializer, request.data)
        review_services.review_update(review=review, **data)
        return Response(self._read(review.pk))

    def destroy(self, request, pk=None):
        review_services.review_delete(review=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _read(self, review_id: int) -> dict:
        return s.ReviewSerializer(self.get_queryset().get(pk=review_id)).data


# --- health ---------------------------------------------------------------------------


class HealthView(ApiMixin, APIView):
    """Liveness and readiness: answers 200 when the database answers."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_classes: list = []

    @extend_schema(
        summary="Health check",
        responses={
            200: inline_serializer(
                "Health", {"status": serializers.CharField(), "database": serializers.CharField()}
            ),
            503: inline_serializer(
                "HealthDown",
                {"status": serializers.CharField(), "database": serializers.CharField()},
            ),
        },
    )
    def get(self, request):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            return Response({"status": "unavailable", "database": "down"}, status=503)
        return Response({"status": "ok", "database": "up"})
