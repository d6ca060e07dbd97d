"""OpenAPI documentation shared by every endpoint: the error shape and when each error applies."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiExample, OpenApiResponse
from rest_framework.permissions import AllowAny

from claims.api.serializers import ErrorSerializer

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# status: (description, code, example message, example field)
ERRORS: dict[int, tuple[str, str, str, str | None]] = {
    400: (
        "Invalid input. `field` names the parameter or body field at fault; `details` lists "
        "every message by field.",
        "invalid",
        "end: end must be after start",
        "end",
    ),
    401: (
        "No valid credentials: send `Authorization: Token <key>` (public reads may be off).",
        "not_authenticated",
        "Authentication credentials were not provided.",
        None,
    ),
    403: (
        "Authenticated, but not allowed: writes need a staff account in the fact-checkers "
        "group, merges an administrator.",
        "permission_denied",
        "Writing needs a staff account in the fact-checkers group.",
        None,
    ),
    404: (
        "No such object (or, on a list, an invalid `cursor`).",
        "not_found",
        "No Claim matches the given query.",
        None,
    ),
    409: (
        "The change conflicts with the stored state (a duplicate span, an object already merged).",
        "conflict",
        "another claim of this article has exactly this span",
        "start",
    ),
    413: (
        "The request or the article is larger than the service accepts.",
        "too_large",
        "the request body is larger than the service accepts",
        None,
    ),
    415: (
        "The request body is not in a supported media type (send JSON).",
        "unsupported_media_type",
        'Unsupported media type "text/plain" in request.',
        None,
    ),
    429: (
        "Too many requests from this token or address; retry after `Retry-After` seconds.",
        "throttled",
        "Request was throttled. Expected available in 12 seconds.",
        None,
    ),
}


def error_response(status: int) -> OpenApiResponse:
    description, code, message, field = ERRORS[status]
    return OpenApiResponse(
        response=ErrorSerializer,
        description=description,
        examples=[
            OpenApiExample(
                code,
                value={"error": {"code": code, "message": message, "field": field}},
                response_only=True,
                status_codes=[str(status)],
            )
        ],
    )


class ApiSchema(AutoSchema):
    """Adds the error answers an operation can give, in the shared error shape."""

    def get_tags(self) -> list[str]:
        # /api/v1/<resource>/...: group operations by resource rather than by version.
        parts = [p for p in self.path.split("/") if p and not p.startswith("{")]
        return [parts[2] if len(parts) > 2 else parts[-1]]

    def _error_statuses(self) -> list[int]:
        statuses: list[int] = []
        public = any(isinstance(p, AllowAny) for p in self.view.get_permissions())
        has_query = any(p.get("in") == "query" for p in self._get_parameters())
        write = self.method in WRITE_METHODS
        if write or has_query:
            statuses.append(400)
        if not public:
            statuses += [401, 403]
        paginated = self.method == "GET" and getattr(self.view, "pagination_class", None)
        if "{" in self.path or self._is_list_view() or paginated:
            statuses.append(404)
        if write:
            statuses.append(409)
        if self.method in {"POST", "PUT", "PATCH"}:
            statuses += [413, 415]
        if self.view.get_throttles():
            statuses.append(429)
        return statuses

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for status in self._error_statuses():
            if str(status) not in responses:
                responses[str(status)] = self._get_response_for_code(
                    error_response(status), str(status), direction=direction
                )
        return responses
