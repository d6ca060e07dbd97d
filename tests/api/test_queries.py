"""No N+1: every list answers with the same number of queries for 2 rows as for 20."""

import datetime

import numpy as np
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.lib.embeddings import DIMENSIONS, MODEL_ID
from claims.models import ClaimEmbedding, Statement
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    ClaimPositionFactory,
    IngestionJobFactory,
    PositionFactory,
    ReviewFactory,
    RoleFactory,
    SpeakerAliasFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db


def _linked_claim(**fields):
    """A claim with everything a list shows: speaker, outlet, two positions, a review."""
    statement = Statement.objects.create()
    claim = ClaimFactory(statement=statement, **fields)
    ClaimPositionFactory.create_batch(2, claim=claim)
    ReviewFactory(claim=claim)
    return claim


def _speaker_with_everything():
    speaker = SpeakerFactory()
    SpeakerAliasFactory(speaker=speaker)
    RoleFactory(speaker=speaker)
    ClaimFactory(speaker=speaker)
    return speaker


def _embedded_claim(day: int):
    claim = ClaimFactory(
        article=ArticleFactory(published=datetime.date(2024, 1, 1) + datetime.timedelta(days=day))
    )
    ClaimEmbedding.objects.create(
        claim=claim,
        model_id=MODEL_ID,
        vector=np.random.default_rng(day).random(DIMENSIONS, np.float32),
    )
    ClaimPositionFactory(claim=claim)
    return claim


class Case:
    """An endpoint, what its URL needs, and how to add one more row to it."""

    def __init__(self, setup, url, add):
        self.setup, self.url, self.add = setup, url, add


CASES = {
    "articles": Case(lambda: None, lambda _: "/api/v1/articles/", lambda _, i: _linked_claim()),
    "article detail": Case(
        ArticleFactory,
        lambda a: f"/api/v1/articles/{a.pk}/",
        lambda a, i: ClaimFactory(article=a, span_index=i),
    ),
    "claims": Case(lambda: None, lambda _: "/api/v1/claims/", lambda _, i: _linked_claim()),
    "claim detail": Case(
        _linked_claim,
        lambda c: f"/api/v1/claims/{c.pk}/",
        lambda c, i: (ReviewFactory(claim=c), ClaimPositionFactory(claim=c)),
    ),
    "claims csv": Case(
        lambda: None, lambda _: "/api/v1/claims/export.csv", lambda _, i: _linked_claim()
    ),
    "similar claims": Case(
        lambda: _embedded_claim(400),
        lambda c: f"/api/v1/claims/{c.pk}/similar/?limit=50",
        lambda c, i: _embedded_claim(i),
    ),
    "speakers": Case(
        lambda: None, lambda _: "/api/v1/speakers/", lambda _, i: _speaker_with_everything()
    ),
    "speaker claims": Case(
        SpeakerFactory,
        lambda s: f"/api/v1/speakers/{s.pk}/claims/",
        lambda s, i: _linked_claim(speaker=s),
    ),
    "speaker positions": Case(
        SpeakerFactory,
        lambda s: f"/api/v1/speakers/{s.pk}/positions/",
        lambda s, i: ClaimPositionFactory(claim__speaker=s),
    ),
    "positions": Case(
        lambda: None, lambda _: "/api/v1/positions/", lambda _, i: ClaimPositionFactory().position
    ),
    "position claims": Case(
        PositionFactory,
        lambda p: f"/api/v1/positions/{p.pk}/claims/",
        lambda p, i: ClaimPositionFactory(position=p, claim=_linked_claim()),
    ),
    "position timeline": Case(
        PositionFactory,
        lambda p: f"/api/v1/positions/{p.pk}/timeline/?interval=day",
        lambda p, i: ClaimPositionFactory(position=p),
    ),
    "reviews": Case(lambda: None, lambda _: "/api/v1/reviews/", lambda _, i: ReviewFactory()),
    "claimreview export": Case(
        lambda: None, lambda _: "/api/v1/claimreview/", lambda _, i: _linked_claim()
    ),
    "jobs": Case(lambda: None, lambda _: "/api/v1/jobs/", lambda _, i: IngestionJobFactory()),
}


def _read(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body


@pytest.mark.parametrize("name", CASES)
def test_a_list_costs_the_same_queries_for_2_rows_as_for_20(
    api_client, django_assert_num_queries, name
):
    case = CASES[name]
    subject = case.setup()
    url = case.url(subject)
    for i in range(2):
        case.add(subject, i)
    _read(api_client, url)  # first request: any one-off lookups happen here
    with CaptureQueriesContext(connection) as small:
        small_body = _read(api_client, url)
    for i in range(2, 20):
        case.add(subject, i)
    with django_assert_num_queries(len(small)):
        large_body = _read(api_client, url)
    assert len(large_body) > len(small_body)  # the rows really were there
