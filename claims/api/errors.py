"""One JSON shape for every error: {"error": {"code", "message", "field", "details"}}.

``code`` is stable and machine-readable, ``message`` is for a person, ``field`` names the
input at fault (dotted for nested fields, null when no single field is) and ``details``
(validation errors only) holds every message by field.
"""

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, JsonResponse
from django.views.defaults import page_not_found
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.errors import ClaimtrackError


def _first_message(detail) -> tuple[str, str | None]:
    """The first message in a DRF error detail, and the field it belongs to."""
    if isinstance(detail, dict):
        for field, value in detail.items():
            message, inner = _first_message(value)
            name = None if field == "non_field_errors" else str(field)
            return message, (f"{name}.{inner}" if name and inner else name or inner)
    if isinstance(detail, list) and detail:
        return _first_message(detail[0])
    return str(detail), None


def error_body(code: str, message: str, field: str | None = None, details=None) -> dict:
    error = {"code": code, "message": message, "field": field}
    if details is not None:
        error["details"] = details
    return {"error": error}


def exception_handler(exc, context):
    if isinstance(exc, ClaimtrackError):
        return Response(error_body(exc.code, exc.message, exc.field), status=exc.http_status)
    if isinstance(exc, RequestDataTooBig):
        return Response(
            error_body("too_large", "the request body is larger than the service accepts"),
            status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        )
    # DRF turns these two Django exceptions into its own; do it first to keep their codes.
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(*exc.args)
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(*exc.args)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        message, field = _first_message(exc.detail)
        if field and not message.lower().startswith(field.split(".")[-1].replace("_", " ")):
            message = f"{field}: {message}"
        response.data = error_body("invalid", message, field, details=exc.detail)
    else:
        message, _ = _first_message(exc.detail)
        code = getattr(exc.detail, "code", None) or exc.default_code
        response.data = error_body(code, message)
    return response


def not_found(request, exception):
    """JSON for unknown API paths (client apps parse every answer); HTML elsewhere."""
    if request.path.startswith("/api/"):
        body = error_body("not_found", f"no API endpoint at {request.path}")
        return JsonResponse(body, status=status.HTTP_404_NOT_FOUND)
    return page_not_found(request, exception)
