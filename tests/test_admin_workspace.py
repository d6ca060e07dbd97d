"""The admin is the fact-checkers' workspace: their group gives them what they need."""

import pytest
from rest_framework.authtoken.models import Token

pytestmark = pytest.mark.django_db


@pytest.fixture
def checker_browser(client, fact_checker):
    client.force_login(fact_checker)
    return client


@pytest.mark.parametrize(
    "page",
    [
        "claims/claim/",
        "claims/speaker/",
        "claims/position/",
        "claims/review/add/",
        "claims/feed/add/",
    ],
)
def test_a_fact_checker_can_open_their_workspace(checker_browser, page):
    assert checker_browser.get(f"/admin/{page}").status_code == 200


def test_a_fact_checker_can_create_and_revoke_an_api_token(checker_browser, fact_checker):
    response = checker_browser.post("/admin/authtoken/tokenproxy/add/", {"user": fact_checker.pk})
    assert response.status_code == 302, response.content[:500]
    assert Token.objects.filter(user=fact_checker).exists()
    # The token admin addresses a token by its user.
    response = checker_browser.post(
        f"/admin/authtoken/tokenproxy/{fact_checker.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Token.objects.filter(user=fact_checker).exists()


def test_a_fact_checker_cannot_delete_articles(checker_browser, admin_client):
    from tests.factories import ArticleFactory

    article = ArticleFactory()
    assert admin_client.get(f"/admin/claims/article/{article.pk}/delete/").status_code == 200
    assert checker_browser.get(f"/admin/claims/article/{article.pk}/delete/").status_code == 403
