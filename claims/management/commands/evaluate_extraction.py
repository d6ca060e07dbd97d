"""Score the extraction engine against a directory of gold annotations."""

from django.core.management.base import BaseCommand, CommandError

from claims.engine.evaluation import evaluate_dir, format_report
from claims.errors import ClaimtrackError


class Command(BaseCommand):
    help = "Run the engine on the articles named by GOLD_DIR/*.gold.json and print the scores."

    def add_arguments(self, parser):
        parser.add_argument("gold_dir")
        parser.add_argument("--texts", required=True, help="directory holding the article texts")

    def handle(self, *args, **options):
        try:
            report = evaluate_dir(options["gold_dir"], options["texts"])
        except ClaimtrackError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(format_report(report))
