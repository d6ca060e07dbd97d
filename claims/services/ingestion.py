"""Ingestion: an article goes in by any route, its claims and speakers come out.

Submission (``job_submit``) validates synchronously, stores the article and its job in
one transaction and queues the work after commit. Processing (``job_run``) is
idempotent: a job is claimed with a compare-and-set, and each article's writes happen
in one transaction, so a worker killed midway leaves nothing half-written and the
redelivered task simply runs again.
"""

import datetime
import logging
from dataclasses import asdict, dataclass, replace

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.engine import extract
from claims.errors import ClaimtrackError, TransientError, UnsupportedLanguage
from claims.lib.fetch import fetch_url, resolve_public_addresses
from claims.lib.html import html_to_article
from claims.lib.language import ensure_supported_language
from claims.lib.names import name_key
from claims.lib.normalize import content_hash, normalize_text, validate_article_text
from claims.models import Article, Claim, IngestionJob, Outlet
from claims.services import positions as position_services
from claims.services import speakers as speaker_services

logger = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = frozenset({"en"})


@dataclass(frozen=True)
class ArticleInput:
    """What a caller says about an article besides its text (all optional)."""

    title: str = ""
    outlet: str = ""
    published: datetime.date | None = None
    language: str = ""
    url: str = ""
    author: str = ""


@dataclass(frozen=True)
class PreparedArticle:
    text: str
    content_hash: str
    language: str
    meta: ArticleInput
    published_source: str


def _limits() -> dict:
    return settings.CLAIMTRACK


def prepare_text(text: str, meta: ArticleInput) -> PreparedArticle:
    """Normalise and validate a text; raises a ClaimtrackError naming what is wrong."""
    text = normalize_text(text)
    validate_article_text(text, max_chars=_limits()["MAX_ARTICLE_CHARS"])
    if not meta.language:
        language = ensure_supported_language(text, supported=SUPPORTED_LANGUAGES)
    else:
        language = meta.language.lower()
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(
            f"the article is in {language!r}; only English ('en') is supported for now",
            field="language",
        )
    return PreparedArticle(
        text=text,
        content_hash=content_hash(text),
        language=language,
        meta=meta,
        published_source=Article.DateSource.CALLER if meta.published else "",
    )


def prepare_html(html: str, meta: ArticleInput) -> PreparedArticle:
    page = html_to_article(html, url=meta.url or None)
    merged = ArticleInput(
        title=meta.title or page.title or "",
        outlet=meta.outlet or page.sitename or "",
        published=meta.published or page.date,
        language=meta.language or page.language or "",
        url=meta.url,
        author=meta.author or page.author or "",
    )
    prepared = prepare_text(page.text, merged)
    if not meta.published and page.date:
        return replace(prepared, published_source=Article.DateSource.PAGE)
    return prepared


def _find_duplicate(prepared_hash: str | None, url: str) -> Article | None:
    condition = Q()
    if prepared_hash:
        condition |= Q(content_hash=prepared_hash)
    if url:
        condition |= Q(url=url)
    if not condition:
        return None
    return Article.objects.filter(condition).order_by("id").first()


def _outlet_for(name: str) -> Outlet | None:
    name = name.strip()
    if not name:
        return None
    outlet, _ = Outlet.objects.get_or_create(name=name[:200])
    return outlet


def _create_article(prepared: PreparedArticle) -> Article:
    meta = prepared.meta
    return Article.objects.create(
        outlet=_outlet_for(meta.outlet),
        url=meta.url or None,
        title=meta.title[:500],
        author=meta.author[:300],
        text=prepared.text,
        content_hash=prepared.content_hash,
        language=prepared.language,
        published=meta.published,
        published_source=prepared.published_source if meta.published else "",
        published_precision=Article.Precision.DAY if meta.published else "",
    )


def job_submit(
    *,
    source: str,
    meta: ArticleInput,
    text: str | None = None,
    html: str | None = None,
    filename: str = "",
    feed=None,
    user=None,
    enqueue: bool = True,
) -> IngestionJob:
    """Accept one article; the returned job says whether it is new or a duplicate.

    Text and HTML are validated here, so bad input fails the request and stores nothing.
    A URL is only checked for form and address here; the worker fetches it. With
    ``enqueue=False`` the caller runs ``job_run`` itself (``ingest --sync``).
    """
    prepared = None
    if text is not None:
        prepared = prepare_text(text, meta)
    elif html is not None:
        prepared = prepare_html(html, meta)
    elif meta.url:
        try:
            resolve_public_addresses(meta.url, allow_hosts=_allowed_fetch_hosts())
        except TransientError:
            pass  # the name may resolve later: the worker checks again before it fetches
    else:
        raise ClaimtrackError("give one of text, html or url")

    job_fields = {
        "source": source,
        "url": meta.url,
        "filename": filename[:500],
        "metadata": _metadata_record(meta),
        "feed": feed,
        "submitted_by": user if user is not None and user.is_authenticated else None,
    }
    with transaction.atomic():
        duplicate = _find_duplicate(prepared.content_hash if prepared else None, meta.url)
        if duplicate is not None:
            return IngestionJob.objects.create(
                **job_fields,
                status=IngestionJob.Status.DUPLICATE,
                duplicate_of=duplicate,
                finished_at=timezone.now(),
            )
        article = None
        if prepared is not None:
            try:
                with transaction.atomic():
                    article = _create_article(prepared)
            except IntegrityError:
                # Another submission of the same article won the race.
                duplicate = _find_duplicate(prepared.content_hash, meta.url)
                return IngestionJob.objects.create(
                    **job_fields,
                    status=IngestionJob.Status.DUPLICATE,
                    duplicate_of=duplicate,
                    finished_at=timezone.now(),
                )
        job = IngestionJob.objects.create(**job_fields, article=article, queued_at=timezone.now())
        if enqueue:
            transaction.on_commit(lambda: job_enqueue(job_id=job.pk))
    return job


def _metadata_record(meta: ArticleInput) -> dict:
    record = {k: v for k, v in asdict(meta).items() if v}
    if meta.published:
        record["published"] = meta.published.isoformat()
    return record


def _meta_from_record(record: dict) -> ArticleInput:
    published = record.get("published")
    return ArticleInput(
        title=record.get("title", ""),
        outlet=record.get("outlet", ""),
        published=datetime.date.fromisoformat(published) if published else None,
        language=record.get("language", ""),
        url=record.get("url", ""),
        author=record.get("author", ""),
    )


def _allowed_fetch_hosts() -> frozenset[str]:
    return frozenset(_limits().get("FETCH_ALLOW_HOSTS", ()))


def job_enqueue(*, job_id: int) -> bool:
    """Queue a job; if the broker is down the job stays pending for the sweep to retry."""
    from claims.tasks import process_job

    try:
        process_job.apply_async(args=[job_id], retry=False)
    except Exception:  # noqa: BLE001 - any broker failure: the sweep re-queues it later
        logger.warning(
            "could not queue ingestion job %s; the sweep will retry", job_id, exc_info=True
        )
        return False
    return True


def job_run(*, job_id: int) -> IngestionJob | None:
    """Process one job to the end. Safe to call again for the same job at any point."""
    claimed = IngestionJob.objects.filter(
        pk=job_id, status__in=[IngestionJob.Status.PENDING, IngestionJob.Status.RUNNING]
    ).update(
        status=IngestionJob.Status.RUNNING, attempts=F("attempts") + 1, started_at=timezone.now()
    )
    job = IngestionJob.objects.filter(pk=job_id).first()
    if job is None:
        logger.warning("ingestion job %s no longer exists; nothing to do", job_id)
        return None
    if not claimed:
        return job  # already finished: a redelivered or repeated task
    try:
        if job.article_id is None:
            article = _fetch_article(job)
            if article is None:
                return IngestionJob.objects.get(pk=job_id)
        else:
            article = job.article
        count = article_process(article=article)
    except TransientError as exc:
        job.error = exc.message
        if job.attempts >= _limits()["MAX_ATTEMPTS"]:
            _job_finish(
                job,
                IngestionJob.Status.FAILED,
                error=f"gave up after {job.attempts} attempts: {exc.message}",
            )
            return job
        IngestionJob.objects.filter(pk=job.pk).update(
            status=IngestionJob.Status.PENDING, error=exc.message
        )
        raise
    except ClaimtrackError as exc:
        _job_finish(job, IngestionJob.Status.FAILED, error=exc.message)
        if job.article_id:
            Article.objects.filter(pk=job.article_id).update(status=Article.Status.FAILED)
        return job
    _job_finish(job, IngestionJob.Status.DONE, claims_found=count, article=article)
    return job


def _job_finish(job: IngestionJob, status: str, **fields) -> None:
    updated = IngestionJob.objects.filter(pk=job.pk, status=IngestionJob.Status.RUNNING).update(
        status=status, finished_at=timezone.now(), **fields
    )
    if not updated:
        logger.warning("job %s was finished by someone else; keeping their result", job.pk)
    job.refresh_from_db()


def _fetch_article(job: IngestionJob) -> Article | None:
    """Fetch a URL job's page and store its article, or mark the job a duplicate."""
    limits = _limits()
    page = fetch_url(
        job.url,
        timeout=limits["FETCH_TIMEOUT_SECONDS"],
        max_bytes=limits["MAX_UPLOAD_BYTES"],
        allow_hosts=_allowed_fetch_hosts(),
        user_agent=limits["FETCH_USER_AGENT"],
    )
    meta = _meta_from_record(job.metadata)
    meta = replace(meta, url=job.url)
    prepared = prepare_html(page.text, meta)
    with transaction.atomic():
        duplicate = _find_duplicate(prepared.content_hash, job.url)
        if duplicate is None and page.url != job.url:
            duplicate = _find_duplicate(None, page.url)
        if duplicate is not None:
            _job_finish(job, IngestionJob.Status.DUPLICATE, duplicate_of=duplicate)
            return None
        article = _create_article(prepared)
        IngestionJob.objects.filter(pk=job.pk).update(article=article)
    return article


@transaction.atomic
def article_process(*, article: Article) -> int:
    """Extract the article's claims and speakers, replacing any earlier result.

    Returns how many claims were found.
    """
    article = Article.objects.select_for_update().get(pk=article.pk)
    speaker_cache: dict[str, object] = {}

    def holder(title: str, on: datetime.date | None) -> str | None:
        speaker = speaker_services.role_holder(title, on)
        if speaker is None:
            return None
        speaker_cache[speaker.canonical_name] = speaker
        return speaker.canonical_name

    result = extract(
        article.text,
        published=article.published,
        # An article is stored when it is accepted or fetched: that day anchors partial dates.
        fetched=article.created_at.date(),
        role_holder=holder,
    )
    _apply_article_meta(article, result.article)

    for seen in result.speakers:
        speaker = speaker_cache.get(seen.name) or speaker_services.speaker_resolve(
            name=seen.name, article=article
        )
        speaker_cache[seen.name] = speaker
        for alias in seen.aliases:
            if name_key(alias):
                speaker_services.speaker_alias_record(
                    speaker=speaker, name=alias, decision="alias", article=article
                )
        for title in seen.roles:
            speaker_services.role_record(
                speaker=speaker, title=title, on=article.published, article=article
            )

    article.claims.all().delete()
    claims = []
    for found in result.claims:
        if article.text[found.start : found.end] != found.text:
            raise ClaimtrackError(
                f"extraction returned a span that does not match the text at {found.start}"
            )
        speaker = None
        if found.speaker:
            speaker = speaker_cache.get(found.speaker) or speaker_services.speaker_resolve(
                name=found.speaker, article=article
            )
            speaker_cache[found.speaker] = speaker
        claims.append(
            Claim(
                article=article,
                speaker=speaker,
                speaker_mention=found.speaker_mention[:300],
                resolved_by=found.resolved_by or "",
                text=found.text,
                start=found.start,
                end=found.end,
                kind=found.kind,
                cue=found.cue[:100],
                checkworthiness=found.checkworthiness,
            )
        )
    Claim.objects.bulk_create(claims)
    position_services.article_link(article=article)
    article.status = Article.Status.DONE
    article.processed_at = timezone.now()
    article.save()
    return len(claims)


def _apply_article_meta(article: Article, meta) -> None:
    """Fill what the caller did not give from what the text states."""
    if not article.dateline and meta.dateline:
        article.dateline = meta.dateline[:200]
    if article.outlet_id is None and meta.outlet:
        article.outlet = _outlet_for(meta.outlet)
        if meta.licence and not article.outlet.licence:
            Outlet.objects.filter(pk=article.outlet.pk).update(licence=meta.licence[:500])
    if article.published is None and meta.published:
        article.published = meta.published
        article.published_source = meta.published_source or Article.DateSource.TEXT
        article.published_precision = meta.published_precision or Article.Precision.DAY
        article.published_text = (meta.published_text or "")[:100]


def sweep_stalled_jobs() -> int:
    """Queue again the jobs that were accepted but never finished.

    A job stays pending when the broker was down as it came in, and stays running when
    its message was lost with a worker; ``job_run`` takes either, so queueing it again
    is safe even if the first message is still on its way.
    """
    now = timezone.now()
    pending_cutoff = now - datetime.timedelta(seconds=_limits()["STALLED_JOB_SECONDS"])
    running_cutoff = now - datetime.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT * 2)
    stalled = IngestionJob.objects.filter(
        (
            Q(status=IngestionJob.Status.PENDING)
            & (Q(queued_at__lt=pending_cutoff) | Q(queued_at__isnull=True))
        )
        | (Q(status=IngestionJob.Status.RUNNING) & Q(started_at__lt=running_cutoff))
    ).values_list("pk", flat=True)[:500]
    queued = 0
    for job_id in stalled:
        IngestionJob.objects.filter(pk=job_id).update(queued_at=timezone.now())
        queued += job_enqueue(job_id=job_id)
    return queued
