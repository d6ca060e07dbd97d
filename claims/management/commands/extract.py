"""Print the claims the engine finds in a text file, without touching the database."""

import datetime
import json
from dataclasses import asdict
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.engine import extract


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"not a date (YYYY-MM-DD): {value}") from exc


class Command(BaseCommand):
    help = "Extract claims from a UTF-8 text file; offsets index the file's text exactly as read."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--published", type=_date, default=None)
        parser.add_argument("--fetched", type=_date, default=None)
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            # newline="" keeps "\r\n" as two code points, so offsets match the file.
            with path.open(encoding="utf-8", newline="") as handle:
                text = handle.read()
        except FileNotFoundError as exc:
            raise CommandError(f"no such file: {path}") from exc
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path} is not UTF-8: {exc}") from exc
        result = extract(text, published=options["published"], fetched=options["fetched"])
        if options["format"] == "json":
            payload = asdict(result)
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
            return
        meta = result.article
        self.stdout.write(
            f"outlet: {meta.outlet}  dateline: {meta.dateline}  published: {meta.published} "
            f"({meta.published_source or '-'}, {meta.published_text or '-'})"
        )
        for claim in result.claims:
            self.stdout.write(
                f"[{claim.start}:{claim.end}] {claim.speaker or '?'} ({claim.speaker_mention}) "
                f"{claim.kind}/{claim.cue} check={claim.checkworthiness:.2f}\n    {claim.text}"
            )
