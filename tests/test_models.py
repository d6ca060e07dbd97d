"""The database itself refuses data that breaks the model's invariants."""

import datetime

import pytest
from django.db import IntegrityError

from claims.models import Article, Claim, Review, Role, Speaker

pytestmark = pytest.mark.django_db

TEXT = "Officials said the budget grew by 4 percent last year, according to the ministry."


def make_article(**fields) -> Article:
    return Article.objects.create(**{"text": TEXT, "content_hash": "a" * 64, **fields})


def test_the_same_content_is_stored_once():
    make_article()
    with pytest.raises(IntegrityError):
        make_article(url="https://example.org/other")


def test_two_articles_cannot_share_a_url_but_many_may_have_none():
    make_article(content_hash="b" * 64)
    make_article(content_hash="c" * 64)
    make_article(content_hash="d" * 64, url="https://example.org/a")
    with pytest.raises(IntegrityError):
        make_article(content_hash="e" * 64, url="https://example.org/a")


def test_a_published_date_must_say_how_it_is_known():
    with pytest.raises(IntegrityError):
        make_article(published=datetime.date(2024, 9, 21))


def test_a_claim_span_cannot_be_empty():
    article = make_article()
    with pytest.raises(IntegrityError):
        Claim.objects.create(article=article, text="", start=5, end=5, kind="direct")


def test_a_claim_is_stored_once_per_span():
    article = make_article()
    Claim.objects.create(article=article, text=TEXT[:10], start=0, end=10, kind="indirect")
    with pytest.raises(IntegrityError):
        Claim.objects.create(article=article, text=TEXT[:10], start=0, end=10, kind="indirect")


def test_checkworthiness_stays_between_zero_and_one():
    article = make_article()
    with pytest.raises(IntegrityError):
        Claim.objects.create(
            article=article, text=TEXT[:10], start=0, end=10, kind="direct", checkworthiness=1.5
        )


def test_a_role_cannot_end_before_it_starts():
    speaker = Speaker.objects.create(canonical_name="Ada Example")
    with pytest.raises(IntegrityError):
        Role.objects.create(
            speaker=speaker,
            title="Mayor",
            normalized_title="mayor",
            start_date=datetime.date(2020, 1, 1),
            end_date=datetime.date(2019, 1, 1),
        )


def test_a_review_rating_stays_within_its_scale():
    article = make_article()
    claim = Claim.objects.create(article=article, text=TEXT[:10], start=0, end=10, kind="direct")
    with pytest.raises(IntegrityError):
        Review.objects.create(
            claim=claim,
            rating_value=7,
            rating_text="True",
            date_published=datetime.date(2024, 1, 1),
        )


def test_the_fact_checkers_group_may_review_claims_and_manage_tokens():
    from django.conf import settings
    from django.contrib.auth.models import Group

    group = Group.objects.get(name=settings.CLAIMTRACK["FACT_CHECKER_GROUP"])
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "change_claim",
        "add_review",
        "change_speaker",
        "add_tokenproxy",
        "delete_tokenproxy",
    } <= codenames
    assert "delete_claim" not in codenames
    assert "delete_article" not in codenames
