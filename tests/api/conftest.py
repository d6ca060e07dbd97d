import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _plain_http(settings):
    # Production settings redirect plain HTTP to HTTPS; the test client speaks HTTP.
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    # Throttle counters live in the cache; without this one test's requests count
    # against the next test's budget.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def public_reads_off(settings):
    settings.CLAIMTRACK = {**settings.CLAIMTRACK, "PUBLIC_READS": False}


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def ids(response) -> list[int]:
    return [row["id"] for row in results(response)]


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}, body
    assert {"code", "message", "field"} <= set(body["error"]), body
    return body["error"]


@pytest.fixture
def client_for():
    from rest_framework.test import APIClient

    def make(user) -> APIClient:
        client = APIClient()
        client.force_authenticate(user)
        return client

    return make


@pytest.fixture
def settings_override(settings):
    # The WSGI app under test answers for any host name the client uses.
    settings.ALLOWED_HOSTS = ["*"]
    return settings
