"""Property-based run of the live schema (schemathesis through the WSGI app).

Every operation gets generated requests, valid and invalid, sent by an administrator's
token over a small data set; no answer may be a server error, and every answer must
match the schema: documented status, content type, headers and body.
"""

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from rest_framework.authtoken.models import Token
from rest_framework.throttling import SimpleRateThrottle

from tests.factories import ClaimPositionFactory, IngestionJobFactory, ReviewFactory, RoleFactory

schemathesis = pytest.importorskip("schemathesis")

EXAMPLES_PER_OPERATION = 12
# Submitting an article fetches URLs and runs the extraction engine: tested on its own.
SKIPPED = {("POST", "/api/v1/articles/")}


@pytest.fixture
def seeded(admin_user):
    for _ in range(3):
        link = ClaimPositionFactory()
        ReviewFactory(claim=link.claim)
        RoleFactory(speaker=link.claim.speaker)
        IngestionJobFactory(article=link.claim.article)
    return Token.objects.create(user=admin_user).key


@pytest.fixture
def wsgi_app():
    """The project's WSGI app, sharing the test's database connection.

    Django closes connections around each request, and a connection inside the test's
    transaction counts as unusable; the test client unhooks that, and so does this.
    """
    from django.core.signals import request_finished, request_started
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _checks():
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    return [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
    ]


def _exercise(operation, mode, checks, headers) -> None:
    """Send generated requests to one operation and check every answer."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        response = case.call(headers=headers)
        case.validate_response(response, checks=checks, headers=headers)

    run()


@pytest.mark.slow
@pytest.mark.django_db
def test_generated_requests_get_no_server_error_and_answers_that_match_the_schema(
    seeded, settings_override, monkeypatch, wsgi_app
):
    from schemathesis import GenerationMode

    unlimited = {"anon": "100000/minute", "user": "100000/minute"}
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", unlimited)
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", wsgi_app)
    checks = _checks()
    headers = {"Authorization": f"Token {seeded}"}
    tested = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in SKIPPED:
            continue
        _exercise(operation, GenerationMode.POSITIVE, checks, headers)
        try:
            # Invalid input: only "no server error" applies (the answer is a documented 4xx
            # or, for a path no route matches, Django's own 404 page).
            _exercise(operation, GenerationMode.NEGATIVE, checks[:1], headers)
        except Unsatisfiable:
            pass  # nothing of this operation can be made invalid (no parameters, no body)
        tested += 1
    assert tested >= 25
