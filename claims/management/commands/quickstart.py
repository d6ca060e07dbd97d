"""Prepare a local instance: sample articles through the real ingestion path, and an admin login."""

import datetime
import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from claims.models import IngestionJob
from claims.services.ingestion import ArticleInput, job_run, job_submit

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"


class Command(BaseCommand):
    help = "Load the sample articles and create (or reset) a local admin login, printing it."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        manifest = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))
        for entry in manifest["articles"]:
            text = (SAMPLES / entry["file"]).read_text(encoding="utf-8")
            meta = ArticleInput(published=datetime.date.fromisoformat(entry["published"]))
            job = job_submit(
                source="file", filename=entry["file"], text=text, meta=meta, enqueue=False
            )
            if job.status == IngestionJob.Status.PENDING:
                job = job_run(job_id=job.pk)
            found = f"{job.claims_found} claims" if job.claims_found is not None else job.error
            self.stdout.write(f"{entry['file']}: {job.status} ({found or 'already loaded'})")

        password = secrets.token_urlsafe(12)
        with transaction.atomic():
            user, _ = get_user_model().objects.get_or_create(username=username)
            user.is_staff = user.is_superuser = True
            user.set_password(password)
            user.save()
            group, _ = Group.objects.get_or_create(name=settings.CLAIMTRACK["FACT_CHECKER_GROUP"])
            user.groups.add(group)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: {username} / {password}  (http://127.0.0.1:8000/admin/)"
            )
        )
