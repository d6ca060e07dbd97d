"""`manage.py ingest`: files and folders, a summary of what happened to each."""

import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, IngestionJob
from tests.conftest import article_html

pytestmark = pytest.mark.django_db

WANA = "wana-khamenei-unity-conference.txt"
MEHR = "mehr-raisi-islamic-ambassadors.txt"


def ingest(*args, capsys) -> str:
    call_command("ingest", *args)
    return capsys.readouterr().out


def test_a_folder_of_text_html_and_jsonl_files_is_ingested_with_a_summary(
    tmp_path, sample_text, capsys
):
    (tmp_path / "wana.txt").write_text(sample_text(WANA), encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "mehr.html").write_text(
        article_html(sample_text(MEHR), "Raisi"), encoding="utf-8"
    )
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"text": sample_text(WANA), "title": "again"})
        + "\n"
        + "{not json\n"
        + json.dumps({"text": "short"})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")

    out = ingest(str(tmp_path), "--sync", capsys=capsys)
    assert "5 articles: 2 new, 1 duplicate, 2 failed" in out
    assert "batch.jsonl:2: not a JSON object" in out
    assert "batch.jsonl:3:" in out
    assert Article.objects.filter(status="done").count() == 2
    assert IngestionJob.objects.filter(status="done").count() == 2


def test_invalid_utf8_and_binary_files_fail_with_their_reason(tmp_path, capsys):
    (tmp_path / "latin1.txt").write_bytes("Le ministre a déclaré".encode("latin-1") * 20)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = ingest(str(tmp_path), "--sync", capsys=capsys)
    assert "2 articles: 0 new, 0 duplicate, 2 failed" in out
    assert "UTF-8" in out
    assert "PNG" in out
    assert Article.objects.count() == 0


def test_a_missing_path_is_an_error():
    with pytest.raises(CommandError, match="no such file"):
        call_command("ingest", "/nonexistent/article.txt")


def test_published_and_outlet_options_apply_to_every_file(tmp_path, sample_text, capsys):
    (tmp_path / "mehr.txt").write_text(sample_text(MEHR), encoding="utf-8")
    ingest(str(tmp_path), "--sync", "--published", "2022-04-28", capsys=capsys)
    article = Article.objects.get()
    assert article.published.isoformat() == "2022-04-28"
    assert article.published_source == "caller"
