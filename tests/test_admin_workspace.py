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


def claim_form(claim, **changes):
    data = {
        "speaker": claim.speaker_id or "",
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "review_status": claim.review_status,
        "linked_positions": [p.pk for p in claim.positions.all()],
        # The read-only inlines still post their management forms.
        "position_links-TOTAL_FORMS": 0,
        "position_links-INITIAL_FORMS": 0,
        "reviews-TOTAL_FORMS": 0,
        "reviews-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return data


def test_correcting_a_span_in_the_admin_keeps_the_text_equal_to_the_article(checker_browser):
    from claims.models import Claim
    from tests.factories import ClaimFactory

    claim = ClaimFactory()
    new_end = claim.end - 5
    response = checker_browser.post(
        f"/admin/claims/claim/{claim.pk}/change/", claim_form(claim, end=new_end)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.end == new_end
    assert claim.text == claim.article.text[claim.start : claim.end]
    assert claim.review_status == "corrected"


def test_an_impossible_span_is_refused_in_the_admin_and_nothing_changes(checker_browser):
    from claims.models import Claim
    from tests.factories import ClaimFactory

    claim = ClaimFactory()
    before = (claim.start, claim.end, claim.text)
    response = checker_browser.post(
        f"/admin/claims/claim/{claim.pk}/change/", claim_form(claim, end=10_000_000)
    )
    assert response.status_code == 200
    assert "the article&#x27;s length" in response.content.decode()
    claim = Claim.objects.get(pk=claim.pk)
    assert (claim.start, claim.end, claim.text) == before


def test_positions_chosen_in_the_admin_are_links_made_by_a_person(checker_browser, fact_checker):
    from tests.factories import ClaimFactory, PositionFactory

    claim = ClaimFactory()
    position = PositionFactory(status="confirmed")
    response = checker_browser.post(
        f"/admin/claims/claim/{claim.pk}/change/", claim_form(claim, linked_positions=[position.pk])
    )
    assert response.status_code == 302
    link = claim.position_links.get()
    assert (link.position, link.source, link.linked_by) == (position, "person", fact_checker)


def test_a_review_added_in_the_admin_is_signed_by_its_author(checker_browser, fact_checker):
    from claims.models import Review
    from tests.factories import ClaimFactory

    claim = ClaimFactory()
    response = checker_browser.post(
        "/admin/claims/review/add/",
        {
            "claim": claim.pk,
            "rating_value": 2,
            "best_rating": 5,
            "worst_rating": 1,
            "rating_text": "Mostly false",
            "url": "https://factcheck.example.org/r/1",
            "date_published": "2024-10-01",
            "notes": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    review = Review.objects.get()
    assert review.reviewer == fact_checker
    claim.refresh_from_db()
    assert claim.review_status == "confirmed"


def test_a_fact_checker_splits_claims_off_a_position_in_the_admin(checker_browser, fact_checker):
    from tests.factories import ClaimPositionFactory, PositionFactory

    position = PositionFactory(status="confirmed", label="Trade and unity")
    stay, move = ClaimPositionFactory(position=position), ClaimPositionFactory(position=position)
    url = f"/admin/claims/position/{position.pk}/change/"
    form = {"label": position.label, "description": "", "split_claims": [move.claim_id]}
    refused = checker_browser.post(url, form)  # no label for the new position
    assert refused.status_code == 200
    assert "Name the new position" in refused.content.decode()
    assert position.claim_links.count() == 2

    response = checker_browser.post(url, {**form, "split_label": "Exports must grow"})
    assert response.status_code == 302
    new = move.claim.positions.get()
    assert (new.label, new.status) == ("Exports must grow", "confirmed")
    assert list(position.claim_links.all()) == [stay]
    link = move.claim.position_links.get()
    assert (link.source, link.linked_by) == ("person", fact_checker)


def test_the_position_list_sets_one_claim_suggestions_aside(checker_browser):
    from tests.factories import ClaimPositionFactory

    single = ClaimPositionFactory(position__label="Lonely suggestion").position
    several = ClaimPositionFactory(position__label="Shared stance").position
    ClaimPositionFactory(position=several)
    page = checker_browser.get("/admin/claims/position/", {"claims": "2+"}).content.decode()
    assert several.label in page and single.label not in page
