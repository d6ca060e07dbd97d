"""Speakers: resolving names seen in articles to one Speaker, roles over time, merges.

Resolution prefers a new speaker over merging two people: a name joins a known speaker
only when the surnames agree after transliteration folding AND the first names are
compatible (or one side has none and exactly one speaker has that surname). Each decision
is written on the alias (``decision``, ``score``) so a fact-checker can see and undo it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.errors import Conflict, InvalidInput
from claims.lib.names import (
    fold,
    given_names,
    given_names_compatible,
    name_key,
    normalize_title,
    translit_key,
    translit_surname,
)
from claims.models import Article, Claim, Role, Speaker, SpeakerAlias, SpeakerMerge, Statement

Decision = SpeakerAlias.Decision


@dataclass(frozen=True)
class Match:
    speaker: Speaker
    decision: str
    score: float | None


def speaker_match(name: str) -> Match | None:
    """The known speaker a name refers to, and why; None when nobody matches safely.

    In order: an alias with the same name key; an alias with the same transliteration key;
    a speaker with the same transliterated surname and a compatible first name; a bare
    surname known for exactly one speaker.
    """
    key = name_key(name)
    if not key:
        return None
    live = SpeakerAlias.objects.select_related("speaker").filter(speaker__merged_into__isnull=True)
    exact = live.filter(normalized=key).order_by("id").first()
    if exact is not None:
        decision = Decision.EXACT if exact.decision == Decision.NEW else Decision.ALIAS
        return Match(exact.speaker, decision, 1.0)

    surname = translit_surname(name)
    candidates = list(live.filter(translit_surname=surname).order_by("id")) if surname else []
    if not candidates:
        return None
    full = translit_key(name)
    same_spelling = {a.speaker_id: a.speaker for a in candidates if translit_key(a.name) == full}
    if len(same_spelling) == 1:
        return Match(next(iter(same_spelling.values())), Decision.TRANSLITERATION, 1.0)
    if len(same_spelling) > 1:
        return None  # two people share the name: a person has to decide

    mine = given_names(name)
    by_speaker: dict[int, list[SpeakerAlias]] = {}
    for alias in candidates:
        by_speaker.setdefault(alias.speaker_id, []).append(alias)
    compatible: list[tuple[Speaker, float]] = []
    for aliases in by_speaker.values():
        scores = [given_names_compatible(mine, given_names(a.name)) for a in aliases]
        if any(s is None for s in scores):
            continue  # some alias of theirs names a different first name
        known_given = any(given_names(a.name) for a in aliases)
        score = min(s for s in scores if s is not None) if known_given and mine else None
        compatible.append((aliases[0].speaker, score))
    if len(compatible) != 1:
        return None
    speaker, score = compatible[0]
    if score is None:
        # One side gives only the surname: safe only because nobody else has it.
        if len(by_speaker) != 1:
            return None
        return Match(speaker, Decision.SURNAME, 0.5)
    return Match(speaker, Decision.FUZZY, round(score / 100, 3))


@transaction.atomic
def speaker_resolve(*, name: str, article: Article | None = None) -> Speaker:
    """The speaker this name refers to, creating one when nobody matches safely."""
    name = name.strip()
    match = speaker_match(name)
    if match is not None:
        speaker_alias_record(
            speaker=match.speaker,
            name=name,
            decision=match.decision,
            score=match.score,
            article=article,
        )
        return match.speaker
    canonical = " ".join(w.capitalize() if w.islower() else w for w in name_key(name).split())
    speaker = Speaker.objects.create(
        canonical_name=(_display_name(name) or canonical or name)[:200]
    )
    speaker_alias_record(speaker=speaker, name=name, decision=Decision.NEW, article=article)
    return speaker


def _display_name(name: str) -> str:
    """The name as written, without the titles before it ("Ebrahim Raisi")."""
    key_words = name_key(name).split()
    written = name.split(",")[0].replace("-", " - ").split()
    # Keep the written words from the first one whose fold starts the key.
    for i, word in enumerate(written):
        if key_words and fold(word) == key_words[0]:
            return " ".join(written[i:]).replace(" - ", "-")
    return ""


def speaker_alias_record(
    *,
    speaker: Speaker,
    name: str,
    decision: str,
    article: Article | None = None,
    score: float | None = None,
) -> SpeakerAlias | None:
    """Remember a surface form of a speaker's name; the first decision for it is kept.

    Descriptions ("the president") and pronouns have no name key and are not recorded.
    """
    key = name_key(name)
    if not key:
        return None
    alias, _ = SpeakerAlias.objects.get_or_create(
        speaker=speaker,
        normalized=key,
        defaults={
            "name": name.strip()[:300],
            "decision": decision,
            "score": score,
            "first_article": article,
            "translit_surname": translit_surname(name),
        },
    )
    return alias


@transaction.atomic
def speaker_alias_reassign(*, alias: SpeakerAlias, speaker: Speaker, user=None) -> SpeakerAlias:
    """A fact-checker moves a wrongly matched alias to another (or a new) speaker."""
    if alias.speaker_id == speaker.pk:
        return alias
    if SpeakerAlias.objects.filter(speaker=speaker, normalized=alias.normalized).exists():
        raise Conflict(f"{speaker} already has the alias {alias.name!r}")
    claims = Claim.objects.filter(speaker_id=alias.speaker_id, speaker_mention__iexact=alias.name)
    claims.update(speaker=speaker)
    alias.speaker = speaker
    alias.decision = Decision.MANUAL
    alias.score = None
    alias.save(update_fields=["speaker", "decision", "score", "updated_at"])
    return alias


def role_record(
    *, speaker: Speaker, title: str, on: datetime.date | None, article: Article
) -> Role:
    """Evidence from an article that the speaker held a title on its date.

    A tenure learned from text widens to cover each new dated mention; a tenure a person
    set (source=manual) is never changed by text.
    """
    normalized = normalize_title(title)
    roles = Role.objects.filter(speaker=speaker, normalized_title=normalized)
    manual = roles.filter(source=Role.Source.MANUAL).order_by("start_date").first()
    if manual is not None:
        return manual
    role = roles.first()
    if role is None:
        return Role.objects.create(
            speaker=speaker,
            title=title,
            normalized_title=normalized,
            start_date=on,
            end_date=on,
            evidence=article,
        )
    if on is not None:
        changed = False
        if role.start_date is None or on < role.start_date:
            role.start_date, changed = on, True
        if role.end_date is None or on > role.end_date:
            role.end_date, changed = on, True
        if changed:
            role.save(update_fields=["start_date", "end_date", "updated_at"])
    return role


def role_holder(title: str, on: datetime.date | None) -> Speaker | None:
    """Who held the title on a date.

    A tenure covering the date wins, manual tenures before learned ones. Otherwise the
    holder whose known tenure ends or starts nearest the date, but never across another
    holder's tenure: evidence of A in 2022 and B in 2024 attributes 2023 to the nearer one.
    """
    roles = Role.objects.select_related("speaker").filter(
        normalized_title=normalize_title(title), speaker__merged_into__isnull=True
    )
    if on is None:
        role = roles.order_by("-end_date").first()
        return role.speaker if role else None
    covering = list(
        roles.filter(
            Q(start_date__lte=on) | Q(start_date__isnull=True),
            Q(end_date__gte=on) | Q(end_date__isnull=True),
        )
    )
    if covering:
        covering.sort(
            key=lambda r: (r.source != Role.Source.MANUAL, -(r.start_date or on).toordinal())
        )
        return covering[0].speaker
    candidates = [r for r in roles if r.start_date or r.end_date]
    if not candidates:
        return None

    def distance(role: Role) -> int:
        return min(abs((d - on).days) for d in (role.start_date, role.end_date) if d)

    return min(candidates, key=distance).speaker


@transaction.atomic
def role_set(
    *,
    speaker: Speaker,
    title: str,
    start_date: datetime.date | None,
    end_date: datetime.date | None,
    user=None,
) -> Role:
    """A fact-checker states a tenure; text evidence never overrides it."""
    if start_date and end_date and end_date < start_date:
        raise InvalidInput("a tenure cannot end before it starts", field="end_date")
    normalized = normalize_title(title)
    role = Role.objects.filter(speaker=speaker, normalized_title=normalized).order_by("id").first()
    if role is None:
        role = Role(speaker=speaker, normalized_title=normalized)
    role.title = title
    role.start_date, role.end_date = start_date, end_date
    role.source = Role.Source.MANUAL
    role.save()
    return role


@transaction.atomic
def speaker_merge(*, source: Speaker, target: Speaker, user=None) -> SpeakerMerge:
    """Fold ``source`` into ``target``: its claims, aliases, roles and statements move.

    What moved is recorded on the returned SpeakerMerge so :func:`speaker_merge_undo`
    can put it back.
    """
    source = Speaker.objects.select_for_update().get(pk=source.pk)
    target = Speaker.objects.select_for_update().get(pk=target.pk)
    if source.pk == target.pk:
        raise InvalidInput("a speaker cannot be merged into itself", field="target")
    if source.merged_into_id is not None:
        raise Conflict(f"{source} was already merged into another speaker")
    if target.merged_into_id is not None:
        raise Conflict(f"{target} was merged into another speaker; merge into that one instead")

    target_keys = set(target.aliases.values_list("normalized", flat=True))
    moved_aliases, dropped_aliases = [], []
    for alias in source.aliases.all():
        # A name both already have stays with the source, so undo finds it where it was.
        (dropped_aliases if alias.normalized in target_keys else moved_aliases).append(alias.pk)
    moved = {
        "claims": list(source.claims.values_list("pk", flat=True)),
        "aliases": moved_aliases,
        "roles": list(source.roles.values_list("pk", flat=True)),
        "statements": list(source.statements.values_list("pk", flat=True)),
    }
    Claim.objects.filter(pk__in=moved["claims"]).update(speaker=target)
    SpeakerAlias.objects.filter(pk__in=moved["aliases"]).update(speaker=target)
    Role.objects.filter(pk__in=moved["roles"]).update(speaker=target)
    Statement.objects.filter(pk__in=moved["statements"]).update(speaker=target)
    updated = Speaker.objects.filter(pk=source.pk, merged_into__isnull=True).update(
        merged_into=target
    )
    if updated != 1:
        raise Conflict(f"{source} was merged by someone else meanwhile")
    return SpeakerMerge.objects.create(source=source, target=target, merged_by=user, moved=moved)


@transaction.atomic
def speaker_merge_undo(*, merge: SpeakerMerge, user=None) -> SpeakerMerge:
    """Put back what a merge moved; rows created since the merge stay with the target."""
    merge = SpeakerMerge.objects.select_for_update().get(pk=merge.pk)
    if merge.undone_at is not None:
        raise Conflict("this merge was already undone")
    moved = merge.moved
    Claim.objects.filter(pk__in=moved.get("claims", []), speaker=merge.target_id).update(
        speaker=merge.source_id
    )
    SpeakerAlias.objects.filter(pk__in=moved.get("aliases", []), speaker=merge.target_id).update(
        speaker=merge.source_id
    )
    Role.objects.filter(pk__in=moved.get("roles", []), speaker=merge.target_id).update(
        speaker=merge.source_id
    )
    Statement.objects.filter(pk__in=moved.get("statements", []), speaker=merge.target_id).update(
        speaker=merge.source_id
    )
    Speaker.objects.filter(pk=merge.source_id, merged_into=merge.target_id).update(merged_into=None)
    updated = SpeakerMerge.objects.filter(pk=merge.pk, undone_at__isnull=True).update(
        undone_at=timezone.now(), undone_by=user
    )
    if updated != 1:
        raise Conflict("this merge was undone by someone else meanwhile")
    merge.refresh_from_db()
    return merge


def speaker_alias_confirm(*, alias: SpeakerAlias, user=None) -> SpeakerAlias:
    """A fact-checker confirms an automatic match: it becomes a manual decision."""
    SpeakerAlias.objects.filter(pk=alias.pk).update(
        decision=Decision.MANUAL, updated_at=timezone.now()
    )
    alias.refresh_from_db()
    return alias
