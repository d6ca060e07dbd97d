"""Domain errors shared by the pure libraries, the services and the API.

One DRF exception handler maps them to HTTP answers (``http_status``); Celery
tasks retry ``TransientError`` and fail the job on any other ``ClaimtrackError``.
No Django import here, so pure modules can raise them.
"""


class ClaimtrackError(Exception):
    """Base of every error a user can be told about."""

    http_status = 400
    code = "invalid"

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidInput(ClaimtrackError):
    code = "invalid"


class NotAnArticle(ClaimtrackError):
    code = "not_an_article"


class UnsupportedLanguage(ClaimtrackError):
    code = "unsupported_language"


class TooLarge(ClaimtrackError):
    http_status = 413
    code = "too_large"


class UnsupportedMediaType(ClaimtrackError):
    http_status = 415
    code = "unsupported_media_type"


class BlockedAddress(ClaimtrackError):
    """A URL that resolves (or redirects) to a private, loopback or link-local address."""

    code = "blocked_address"


class FetchFailed(ClaimtrackError):
    """A URL that could not be fetched for a reason retrying will not fix (404, bad type)."""

    code = "fetch_failed"


class Conflict(ClaimtrackError):
    http_status = 409
    code = "conflict"


class TransientError(ClaimtrackError):
    """Worth retrying later: network time-outs, 5xx answers, an unavailable database."""

    http_status = 503
    code = "temporarily_unavailable"
