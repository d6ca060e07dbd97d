"""Who may read and write, token management in the admin, and throttling."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from tests.api.conftest import error_of
from tests.factories import ClaimFactory, FactCheckerFactory, PositionFactory, UserFactory

pytestmark = pytest.mark.django_db

READS = [
    "/api/v1/articles/",
    "/api/v1/claims/",
    "/api/v1/speakers/",
    "/api/v1/positions/",
    "/api/v1/reviews/",
    "/api/v1/jobs/",
    "/api/v1/claimreview/",
    "/api/v1/claims/export.csv",
]


@pytest.mark.parametrize("url", READS)
def test_reads_are_public_by_default(anonymous, url):
    assert anonymous.get(url).status_code == 200


@pytest.mark.parametrize("url", READS)
def test_with_public_reads_off_anonymous_reads_need_a_token(
    anonymous, api_client, public_reads_off, url
):
    response = anonymous.get(url)
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"
    assert response["WWW-Authenticate"] == "Token"
    assert api_client.get(url).status_code == 200


def test_a_revoked_or_unknown_token_is_refused(api_user, public_reads_off):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = client.get("/api/v1/claims/")
    assert response.status_code == 401
    assert error_of(response)["code"] == "authentication_failed"


def test_the_health_check_needs_no_credentials(anonymous, public_reads_off):
    assert anonymous.get("/api/v1/health/").json() == {"status": "ok", "database": "up"}


@pytest.mark.parametrize(
    ("user_fields", "allowed"),
    [
        ({"is_staff": True}, False),  # staff outside the fact-checkers group
        ({"is_staff": False, "fact_checker_group": True}, False),  # in the group but not staff
        ({"is_staff": True, "fact_checker_group": True}, True),
        ({"is_staff": True, "is_superuser": True}, True),
    ],
)
def test_writes_need_staff_in_the_fact_checker_group(client_for, user_fields, allowed):
    from django.conf import settings
    from django.contrib.auth.models import Group

    in_group = user_fields.pop("fact_checker_group", False)
    user = UserFactory(**user_fields)
    if in_group:
        group, _ = Group.objects.get_or_create(name=settings.CLAIMTRACK["FACT_CHECKER_GROUP"])
        user.groups.add(group)
    claim = ClaimFactory()
    response = client_for(user).patch(
        f"/api/v1/claims/{claim.pk}/", {"kind": "direct"}, format="json"
    )
    assert response.status_code == (200 if allowed else 403)


def test_a_fact_checker_can_write_with_a_token():
    token = Token.objects.create(user=FactCheckerFactory())
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = client.post("/api/v1/positions/", {"label": "Roads need repair"}, format="json")
    assert response.status_code == 201


def test_session_writes_need_a_csrf_token():
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(FactCheckerFactory())
    response = client.post("/api/v1/positions/", {"label": "x"}, format="json")
    assert response.status_code == 403
    assert "CSRF" in error_of(response)["message"]


def test_administrators_manage_api_tokens_in_the_admin(admin_client, django_user_model):
    reader = UserFactory(username="newsroom-app")
    assert admin_client.get("/admin/authtoken/tokenproxy/").status_code == 200
    assert admin_client.get("/admin/authtoken/tokenproxy/add/").status_code == 200
    response = admin_client.post("/admin/authtoken/tokenproxy/add/", {"user": reader.pk})
    assert response.status_code == 302, response.content[:2000]
    assert Token.objects.filter(user=reader).exists()
    # The admin addresses a token by its user, so its key never appears in a URL.
    delete_url = f"/admin/authtoken/tokenproxy/{reader.pk}/delete/"
    assert admin_client.post(delete_url, {"post": "yes"}).status_code == 302
    assert not Token.objects.filter(user=reader).exists()


@pytest.fixture
def tight_rates(monkeypatch):
    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"anon": "2/minute", "user": "3/minute"}
    )


def test_anonymous_clients_are_throttled_per_address(tight_rates):
    here, there = APIClient(REMOTE_ADDR="192.0.2.1"), APIClient(REMOTE_ADDR="192.0.2.2")
    statuses = [here.get("/api/v1/claims/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert there.get("/api/v1/claims/").status_code == 200


def test_token_clients_are_throttled_per_token_with_retry_after(tight_rates, api_client):
    statuses = [api_client.get("/api/v1/claims/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = api_client.get("/api/v1/claims/")
    assert int(response["Retry-After"]) > 0
    assert error_of(response)["code"] == "throttled"
    other = APIClient()
    other.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=UserFactory()).key}")
    assert other.get("/api/v1/claims/").status_code == 200


def test_writes_count_against_the_same_budget(tight_rates, fact_checker_client):
    position = PositionFactory()
    url = f"/api/v1/positions/{position.pk}/"
    statuses = [
        fact_checker_client.patch(url, {"label": "x"}, format="json").status_code for _ in range(4)
    ]
    assert statuses[-1] == 429


def test_the_service_address_leads_to_the_api_root(anonymous):
    response = anonymous.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/api/v1/"
    assert anonymous.get(response["Location"]).status_code == 200
