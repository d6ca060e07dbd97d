import csv
from collections.abc import Iterable, Iterator

from rest_framework.renderers import BaseRenderer, JSONRenderer


class JSONLDRenderer(JSONRenderer):
    """schema.org JSON-LD (ClaimReview exports)."""

    media_type = "application/ld+json"
    format = "jsonld"


class _Echo:
    """A file that hands back what is written to it, so csv.writer yields lines."""

    def write(self, value: str) -> str:
        return value


def _cell(value):
    # A cell starting with a formula character would run as a formula in a spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_lines(rows: Iterable[Iterable]) -> Iterator[str]:
    """CSV text, one line per row, for a streaming response."""
    writer = csv.writer(_Echo())
    for row in rows:
        yield writer.writerow([_cell(v) for v in row])


class CSVRenderer(BaseRenderer):
    """Renders error answers as CSV; the export itself streams its rows with csv_lines."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        error = data.get("error", {}) if isinstance(data, dict) else {}
        rows = [
            ("code", "message", "field"),
            (error.get("code"), error.get("message"), error.get("field")),
        ]
        return "".join(csv_lines(rows)).encode()
