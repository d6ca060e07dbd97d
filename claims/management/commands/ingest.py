"""Ingest article files: .txt, .html and .jsonl (one article a line), or folders of them."""

import datetime
import json
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.errors import ClaimtrackError
from claims.lib.normalize import decode_bytes
from claims.models import IngestionJob
from claims.services.ingestion import ArticleInput, job_run, job_submit

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}


def _files(paths: list[str]) -> list[Path]:
    found = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            )
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise CommandError(f"{path}: not a .txt, .html or .jsonl file")
            found.append(path)
        else:
            raise CommandError(f"{path}: no such file or folder")
    return found


def _date(value) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ClaimtrackError(
            f"published must be a date as YYYY-MM-DD; got {value!r}", field="published"
        ) from None


def _submissions(path: Path):
    """Yield (label, keyword arguments for job_submit) for every article in a file."""
    suffix = path.suffix.lower()
    if suffix != ".jsonl":
        kind = "text" if suffix == ".txt" else "html"
        yield (
            str(path),
            {
                "source": "file",
                "filename": path.name,
                kind: path.read_bytes(),
                "meta": ArticleInput(),
            },
        )
        return
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            label = f"{path}:{number}"
            try:
                record = json.loads(raw)
                if not isinstance(record, dict):
                    raise ValueError("a line must be a JSON object")
            except ValueError as exc:
                yield label, ClaimtrackError(f"not a JSON object: {exc}")
                continue
            yield (
                label,
                {
                    "source": "file",
                    "filename": f"{path.name}:{number}",
                    "text": record.get("text"),
                    "html": record.get("html"),
                    "meta": record,
                },
            )


class Command(BaseCommand):
    help = "Ingest .txt, .html and .jsonl files (or folders of them) and print a summary."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--sync", action="store_true", help="run the pipeline in this process")
        parser.add_argument("--outlet", default="", help="outlet name for every article")
        parser.add_argument(
            "--published", default="", help="publication date (YYYY-MM-DD) for every article"
        )

    def handle(self, *args, paths, sync, outlet, published, **options):
        files = _files(paths)
        counts: Counter[str] = Counter()
        failures: list[tuple[str, str]] = []
        default_published = _date(published)
        items = [item for path in files for item in _submissions(path)]
        for label, item in tqdm(items, desc="ingesting", unit="article", disable=not items):
            try:
                if isinstance(item, ClaimtrackError):
                    raise item
                job = self._submit(item, outlet, default_published, sync)
            except ClaimtrackError as exc:
                counts["failed"] += 1
                failures.append((label, exc.message))
                continue
            if job.status == IngestionJob.Status.FAILED:
                counts["failed"] += 1
                failures.append((label, job.error))
            elif job.status == IngestionJob.Status.DUPLICATE:
                counts["duplicate"] += 1
            else:
                counts["new"] += 1
        self.stdout.write(
            f"{len(items)} articles: {counts['new']} new, {counts['duplicate']} duplicate, "
            f"{counts['failed']} failed"
        )
        for label, reason in failures:
            self.stdout.write(f"  failed {label}: {reason}")

    def _submit(self, item: dict, outlet: str, published, sync: bool) -> IngestionJob:
        record = item.pop("meta")
        if isinstance(record, dict):
            meta = ArticleInput(
                title=str(record.get("title") or ""),
                outlet=str(record.get("outlet") or outlet),
                published=_date(record.get("published")) or published,
                language=str(record.get("language") or ""),
                url=str(record.get("url") or ""),
                author=str(record.get("author") or ""),
            )
        else:
            meta = ArticleInput(outlet=outlet, published=published)
        for kind in ("text", "html"):
            if isinstance(item.get(kind), bytes):
                item[kind] = decode_bytes(item[kind])
            if item.get(kind) is None:
                item.pop(kind, None)
        job = job_submit(meta=meta, enqueue=not sync, **item)
        if sync and job.status == IngestionJob.Status.PENDING:
            job = job_run(job_id=job.pk)
        return job
