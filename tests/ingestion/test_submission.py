"""Submitting articles: each route, duplicates, and bad or hostile input."""

import pytest

from claims.models import Article, Claim, IngestionJob

pytestmark = pytest.mark.django_db

MEHR = "mehr-raisi-islamic-ambassadors.txt"
WANA = "wana-khamenei-unity-conference.txt"


@pytest.fixture
def post(committed):
    def send(client, **data):
        return committed(client.post, "/api/v1/articles/", data, format="json")

    return send


def test_a_submitted_text_is_stored_with_its_claims(post, fact_checker_client, sample_text):
    response = post(
        fact_checker_client, text=sample_text(MEHR), published="2022-04-28", title="Raisi"
    )
    assert response.status_code == 202
    body = response.json()
    assert response["Location"] == body["url"]
    job = IngestionJob.objects.get(pk=body["id"])
    assert job.status == "done"
    article = job.article
    assert article.status == "done"
    assert article.published.isoformat() == "2022-04-28"
    assert article.published_source == "caller"
    assert article.claims.count() == job.claims_found >= 20
    for claim in article.claims.all():
        assert article.text[claim.start : claim.end] == claim.text


def test_the_outlet_and_dateline_are_read_from_the_text_when_not_given(
    post, fact_checker_client, sample_text
):
    post(fact_checker_client, text=sample_text(MEHR))
    article = Article.objects.get()
    assert article.outlet.name == "Mehr News Agency"
    assert "Creative Commons" in article.outlet.licence
    assert article.dateline.startswith("TEHRAN")


def test_a_partial_date_in_the_text_is_completed_and_marked_inferred(
    post, fact_checker_client, sample_text
):
    post(fact_checker_client, text=sample_text(WANA))
    article = Article.objects.get()
    assert article.published is not None
    assert (article.published.month, article.published.day) == (9, 21)
    assert article.published_source == "inferred"
    assert article.published_text == "Sep 21"


def test_the_same_article_submitted_twice_is_stored_once(post, fact_checker_client, sample_text):
    first = post(fact_checker_client, text=sample_text(WANA)).json()
    second = post(fact_checker_client, text=sample_text(WANA) + "\n\n")
    assert second.status_code == 200
    body = second.json()
    assert body["status"] == "duplicate"
    assert body["duplicate_of"]["id"] == first["article"]["id"]
    assert Article.objects.count() == 1
    assert IngestionJob.objects.filter(status="duplicate").count() == 1
    stored = IngestionJob.objects.get(pk=first["id"])
    assert (
        Claim.objects.filter(article_id=first["article"]["id"]).count() == stored.claims_found > 0
    )


def test_html_is_reduced_to_its_article_text_without_scripts(
    post, fact_checker_client, sample_text
):
    paragraphs = "".join(f"<p>{p}</p>" for p in sample_text(WANA).split("\n\n") if p.strip())
    html = (
        "<html><head><title>Unity conference</title><script>var stolen = document.cookie;</script>"
        "<style>p{color:red}</style></head><body onload=\"alert('x')\">"
        f"<article><h1>Unity conference</h1>{paragraphs}</article>"
        "<script>alert('injected')</script><iframe src='https://example.org'></iframe></body></html>"
    )
    response = post(fact_checker_client, html=html)
    assert response.status_code == 202, response.content
    article = Article.objects.get()
    assert (
        "stolen" not in article.text
        and "alert" not in article.text
        and "color:red" not in article.text
    )
    assert "Ayatollah Khamenei" in article.text
    assert article.claims.count() > 10


@pytest.mark.parametrize(
    ("data", "status", "code", "field"),
    [
        ({"text": ""}, 400, "not_an_article", None),
        ({"text": "   \n  "}, 400, "not_an_article", None),
        ({"text": "Too short to be an article."}, 400, "not_an_article", None),
        ({}, 400, "invalid", None),
        ({"text": "x" * 50, "html": "<p>x</p>"}, 400, "invalid", None),
        ({"url": "ftp://example.org/a"}, 400, "invalid", "url"),
        ({"url": "http://127.0.0.1:8000/admin/"}, 400, "blocked_address", None),
        ({"url": "http://169.254.169.254/latest/meta-data/"}, 400, "blocked_address", None),
        ({"url": "http://[::1]/"}, 400, "blocked_address", None),
        ({"url": "http://10.1.2.3/news"}, 400, "blocked_address", None),
        ({"text": "x " * 150, "published": "21 Sep"}, 400, "invalid", "published"),
    ],
)
def test_bad_input_gets_a_clear_error_and_stores_nothing(
    post, fact_checker_client, data, status, code, field
):
    response = post(fact_checker_client, **data)
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    if field:
        assert error["field"] == field
    assert Article.objects.count() == 0
    assert IngestionJob.objects.count() == 0


def test_an_oversized_article_is_refused_with_413(post, fact_checker_client, settings, sample_text):
    settings.CLAIMTRACK = {**settings.CLAIMTRACK, "MAX_ARTICLE_CHARS": 1000}
    response = post(fact_checker_client, text=sample_text(MEHR))
    assert response.status_code == 413
    assert (
        "1000" in response.json()["error"]["message"]
        or "1,000" in response.json()["error"]["message"]
    )
    assert Article.objects.count() == 0


def test_an_oversized_request_body_is_refused_with_413(post, fact_checker_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = post(fact_checker_client, text="word " * 5_000)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
    assert Article.objects.count() == 0


def test_a_body_that_is_not_json_or_a_form_is_refused_with_415(post, fact_checker_client):
    response = fact_checker_client.post(
        "/api/v1/articles/", b"\x00\x01\x02", content_type="application/octet-stream"
    )
    assert response.status_code == 415
    assert "application/octet-stream" in response.json()["error"]["message"]
    assert Article.objects.count() == 0


def test_a_non_english_article_is_refused(post, fact_checker_client):
    text = (
        "Le président a déclaré mardi que le gouvernement allait augmenter le budget "
        "de l'éducation de dix pour cent l'année prochaine. Selon le ministre, cette "
        "décision permettra de recruter plusieurs milliers d'enseignants dans les régions "
        "rurales, où les classes sont surchargées."
    )
    response = post(fact_checker_client, text=text)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unsupported_language"
    assert Article.objects.count() == 0


def test_anonymous_users_and_api_clients_cannot_submit(post, anonymous, api_client, sample_text):
    assert post(anonymous, text=sample_text(WANA)).status_code == 401
    assert post(api_client, text=sample_text(WANA)).status_code == 403
    assert Article.objects.count() == 0


def upload(client, committed, name: str, data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return committed(
        client.post,
        "/api/v1/articles/",
        {"file": SimpleUploadedFile(name, data)},
        format="multipart",
    )


def test_an_uploaded_file_is_ingested_like_text(fact_checker_client, committed, sample_text):
    response = upload(fact_checker_client, committed, "wana.txt", sample_text(WANA).encode())
    assert response.status_code == 202, response.content
    job = IngestionJob.objects.get()
    assert (job.source, job.filename, job.status) == ("file", "wana.txt", "done")
    assert job.article.claims.count() == job.claims_found > 10


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        ("Le ministre a déclaré".encode("latin-1") * 20, "invalid", "UTF-8"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not_an_article", "PNG"),
        (b"%PDF-1.7\n" + bytes(range(256)), "not_an_article", "PDF"),
        (b"", "invalid", "empty"),
    ],
)
def test_an_uploaded_file_that_is_not_utf8_text_is_refused(
    fact_checker_client, committed, data, code, words
):
    response = upload(fact_checker_client, committed, "article.txt", data)
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert error["code"] == code
    assert words.lower() in error["message"].lower()
    assert Article.objects.count() == 0
    assert IngestionJob.objects.count() == 0
