"""Articles: list, filters, search, detail with claims, and submission."""

import datetime

import pytest

from claims.models import Article, IngestionJob
from tests.api.conftest import error_of, ids, results
from tests.factories import ArticleFactory, ClaimFactory, OutletFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/"


def test_articles_are_listed_newest_first_with_claim_counts_and_no_text(anonymous):
    old, new = ArticleFactory(), ArticleFactory()
    ClaimFactory.create_batch(2, article=new)
    rows = results(anonymous.get(URL))
    assert [r["id"] for r in rows] == [new.pk, old.pk]
    assert rows[0]["claim_count"] == 2
    assert rows[0]["outlet"]["name"] == new.outlet.name
    assert "text" not in rows[0]


def test_articles_filter_by_outlet_language_and_status(anonymous):
    outlet = OutletFactory()
    mine = ArticleFactory(outlet=outlet)
    other = ArticleFactory(language="fr", status=Article.Status.FAILED)
    assert ids(anonymous.get(URL, {"outlet": outlet.pk})) == [mine.pk]
    assert ids(anonymous.get(URL, {"language": "fr"})) == [other.pk]
    assert ids(anonymous.get(URL, {"status": "failed"})) == [other.pk]


def test_articles_filter_by_publication_range_inclusive(anonymous):
    early = ArticleFactory(published=datetime.date(2024, 1, 10))
    middle = ArticleFactory(published=datetime.date(2024, 2, 10))
    ArticleFactory(published=datetime.date(2024, 3, 10))
    found = ids(
        anonymous.get(URL, {"published_after": "2024-01-10", "published_before": "2024-02-10"})
    )
    assert sorted(found) == sorted([early.pk, middle.pk])


def test_article_search_finds_words_of_title_and_text(anonymous):
    ArticleFactory(title="Harvest report")
    flood = ArticleFactory(title="Rivers rise", text="The river flooded the valley after storms.")
    assert ids(anonymous.get(URL, {"q": "valley"})) == [flood.pk]
    assert ids(anonymous.get(URL, {"q": "rivers"})) == [flood.pk]


def test_an_article_is_shown_with_its_text_and_claims_in_text_order(anonymous):
    article = ArticleFactory()
    later = ClaimFactory(article=article, span_index=5)
    first = ClaimFactory(article=article, span_index=1)
    body = anonymous.get(f"{URL}{article.pk}/").json()
    assert body["text"] == article.text
    assert [c["id"] for c in body["claims"]] == [first.pk, later.pk]
    assert body["claims"][0]["speaker"]["canonical_name"] == first.speaker.canonical_name


def test_an_unknown_article_is_a_404_in_the_error_shape(anonymous):
    response = anonymous.get(f"{URL}999999/")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_submitting_needs_a_fact_checker(anonymous, api_client):
    assert anonymous.post(URL, {"text": "x"}, format="json").status_code == 401
    response = api_client.post(URL, {"text": "x"}, format="json")
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"


def test_a_submission_without_text_html_or_url_is_refused(fact_checker_client):
    response = fact_checker_client.post(URL, {"title": "Nothing"}, format="json")
    assert response.status_code == 400
    assert "give one of text, html, file or url" in error_of(response)["message"]


def test_a_submission_that_is_not_json_is_a_415(fact_checker_client):
    response = fact_checker_client.post(URL, "text=hello", content_type="text/plain")
    assert response.status_code == 415
    assert error_of(response)["code"] == "unsupported_media_type"


def test_a_submission_larger_than_the_limit_is_a_413(fact_checker_client, settings):
    settings.CLAIMTRACK = {**settings.CLAIMTRACK, "MAX_UPLOAD_BYTES": 100}
    response = fact_checker_client.post(URL, {"text": "word " * 100}, format="json")
    assert response.status_code == 413
    assert error_of(response)["code"] == "too_large"


def test_a_new_text_answers_202_with_its_job_and_a_repeat_answers_200(
    fact_checker_client, sample_text
):
    text = sample_text("mehr-raisi-islamic-ambassadors.txt")
    first = fact_checker_client.post(URL, {"text": text, "outlet": "Mehr"}, format="json")
    assert first.status_code == 202, first.content
    assert first["Location"].endswith(f"/api/v1/jobs/{first.json()['id']}/")
    again = fact_checker_client.post(URL, {"text": text}, format="json")
    assert again.status_code == 200
    body = again.json()
    assert body["status"] == IngestionJob.Status.DUPLICATE
    assert body["duplicate_of"]["id"] == first.json()["article"]["id"]
