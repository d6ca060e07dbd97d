"""Positions: linking claims to the stances they express, and fact-checkers' edits.

Each claim is scored against the confirmed positions (``claims.lib.positions`` says how);
the best ones above ``LINK_THRESHOLD`` are linked with source=system and their score.
The positions' representations (label vectors and words, member vectors and words) are
built once per process and rebuilt only when the confirmed positions or their links
change.
Claims that match nothing gather into suggested positions by incremental clustering,
labelled with their most central claim, for a fact-checker to confirm, rename, merge or
split. Links made by a person (source=person) are never replaced by the system.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable

import numpy as np
from django.db import transaction
from django.db.models import Count, Max, Q

from claims.errors import Conflict, InvalidInput
from claims.lib import positions as scoring
from claims.lib import vectors as vector_lib
from claims.lib.embeddings import MODEL_ID, get_embedder
from claims.models import Article, Claim, ClaimEmbedding, ClaimPosition, Position
from claims.services.statements import claim_vectors, statements_group

SYSTEM = ClaimPosition.Source.SYSTEM
PERSON = ClaimPosition.Source.PERSON


def article_link(*, article: Article) -> None:
    """Embed the article's claims, group them into statements and link them to positions.

    Idempotent: the article's system links and statements are recomputed; person links stay.
    Runs inside the caller's transaction (ingestion's ``article_process``).
    """
    claims = list(article.claims.order_by("start"))
    if not claims:
        return
    vectors = claim_vectors(claims)
    statements_group(article=article, vectors=vectors)
    _link_claims(article, claims, vectors)


def _link_claims(article: Article, claims: list[Claim], vectors: dict[int, np.ndarray]) -> None:
    old = ClaimPosition.objects.filter(claim__in=claims, source=SYSTEM)
    old.delete()
    # Processing an article again deletes its claims first, so look beyond this article.
    _drop_empty_suggestions()
    person_linked = set(
        ClaimPosition.objects.filter(claim__in=claims, source=PERSON).values_list(
            "claim_id", flat=True
        )
    )

    confirmed, index = _confirmed_index()
    # The article's own claims (person links kept from an earlier run) are not evidence
    # for its other claims.
    scores = scoring.article_scores(
        index,
        np.array([vectors[c.pk] for c in claims]),
        [c.text for c in claims],
        [c.start for c in claims],
        [c.speaker_id for c in claims],
        scoring.Layout.of(article.text) if confirmed else scoring.Layout(),
        exclude_article=article.pk,
    )
    links: list[ClaimPosition] = []
    unmatched: list[int] = []
    for i, claim in enumerate(claims):
        if claim.pk in person_linked:
            continue  # a person decided this claim's positions
        found = scoring.links_for(scores[i]) if confirmed else []
        links.extend(
            ClaimPosition(claim=claim, position=confirmed[j], source=SYSTEM, score=s)
            for j, s in found
        )
        if not found:
            unmatched.append(i)
    ClaimPosition.objects.bulk_create(links)
    if unmatched:
        _suggest(
            [claims[i] for i in unmatched], np.array([vectors[claims[i].pk] for i in unmatched])
        )


_index_lock = threading.Lock()
_index_cache: tuple[tuple, list[Position], scoring.PositionIndex] | None = None


def _confirmed_index() -> tuple[list[Position], scoring.PositionIndex]:
    """The confirmed positions and their index, rebuilt when positions or links change.

    The stamp catches what changes an index: a position confirmed, renamed, merged or
    given its label vector (its row), and links added, removed or moved (their count,
    newest id and newest change). Score updates by the system do not matter.
    """
    global _index_cache
    confirmed = list(
        Position.objects.filter(
            status=Position.Status.CONFIRMED, merged_into__isnull=True
        ).order_by("pk")
    )
    labels = _label_vectors(confirmed)  # fills in missing vectors before the stamp is read
    ids = [p.pk for p in confirmed]
    links = ClaimPosition.objects.filter(position_id__in=ids).aggregate(
        n=Count("pk"), last=Max("pk"), changed=Max("updated_at")
    )
    stamp = (
        tuple((p.pk, p.updated_at, p.vector_model) for p in confirmed),
        links["n"],
        links["last"],
        links["changed"],
    )
    cached = _index_cache
    if cached is not None and cached[0] == stamp:
        return cached[1], cached[2]
    with _index_lock:
        rows = list(
            ClaimPosition.objects.filter(position_id__in=ids).values_list(
                "position_id", "claim_id", "claim__text", "claim__article_id"
            )
        )
        stored = {
            e.claim_id: e.vector
            for e in ClaimEmbedding.objects.filter(
                claim_id__in={r[1] for r in rows}, model_id=MODEL_ID
            )
        }
        rows = [r for r in rows if r[1] in stored]
        at = {pk: i for i, pk in enumerate(ids)}
        index = scoring.build_index(
            labels,
            [_label_text(p) for p in confirmed],
            np.array([stored[r[1]] for r in rows], dtype=np.float32),
            [at[r[0]] for r in rows],
            [r[2] for r in rows],
            member_article=[r[3] for r in rows],
            member_claim=[r[1] for r in rows],
        )
        _index_cache = (stamp, confirmed, index)
    return confirmed, index


def _label_vectors(positions: list[Position]) -> np.ndarray:
    """Label vectors of the positions, computing and saving the missing or stale ones."""
    stale = [p for p in positions if p.label_vector is None or p.vector_model != MODEL_ID]
    if stale:
        fresh = get_embedder().embed([_label_text(p) for p in stale])
        for position, vector in zip(stale, fresh, strict=True):
            position.label_vector, position.vector_model = vector, MODEL_ID
            Position.objects.filter(pk=position.pk).update(
                label_vector=vector, vector_model=MODEL_ID
            )
    if not positions:
        return np.zeros((0, 0), np.float32)
    return np.array([np.asarray(p.label_vector, dtype=np.float32) for p in positions])


def _label_text(position: Position) -> str:
    return (
        f"{position.label}. {position.description}".strip(" .")
        if position.description
        else position.label
    )


def _member_vectors(
    position_ids: list[int], *, exclude_article: Article | None = None
) -> dict[int, np.ndarray]:
    """Vectors of the claims linked to each position, by position id."""
    links = ClaimPosition.objects.filter(position_id__in=position_ids)
    if exclude_article is not None:
        links = links.exclude(claim__article=exclude_article)
    pairs = list(links.values_list("position_id", "claim_id"))
    stored = {
        e.claim_id: e.vector
        for e in ClaimEmbedding.objects.filter(
            claim_id__in={c for _, c in pairs}, model_id=MODEL_ID
        )
    }
    grouped: dict[int, list[np.ndarray]] = defaultdict(list)
    for position_id, claim_id in pairs:
        if claim_id in stored:
            grouped[position_id].append(stored[claim_id])
    return {pid: np.array(vs, dtype=np.float32) for pid, vs in grouped.items()}


def _suggest(claims: list[Claim], vectors: np.ndarray) -> None:
    """Add claims to the nearest suggested position, or start new suggestions."""
    suggestions = list(
        Position.objects.filter(status=Position.Status.SUGGESTED, merged_into__isnull=True)
    )
    members = _member_vectors([p.pk for p in suggestions])
    dims = vectors.shape[1]
    centroids = [
        members[p.pk].mean(axis=0) if p.pk in members else np.zeros(dims, np.float32)
        for p in suggestions
    ]
    counts = [len(members.get(p.pk, ())) for p in suggestions]
    changed: set[int] = set()
    for claim, vector in zip(claims, vectors, strict=True):
        index, score = vector_lib.assign(
            vector, np.array(centroids).reshape(-1, dims), scoring.SUGGEST_THRESHOLD
        )
        if index is None:
            suggestions.append(
                Position.objects.create(label=claim.text[:300], status=Position.Status.SUGGESTED)
            )
            centroids.append(np.asarray(vector, np.float32))
            counts.append(1)
            index, score = len(suggestions) - 1, 1.0
        else:
            centroids[index] = vector_lib.add_to_centroid(centroids[index], counts[index], vector)
            counts[index] += 1
        ClaimPosition.objects.create(
            claim=claim, position=suggestions[index], source=SYSTEM, score=round(score, 4)
        )
        changed.add(index)
    for index in changed:
        _relabel_suggestion(suggestions[index])


def _relabel_suggestion(position: Position) -> None:
    """A suggestion is labelled with its most central claim until a person renames it."""
    claim_ids = list(position.claim_links.values_list("claim_id", flat=True))
    stored = list(ClaimEmbedding.objects.filter(claim_id__in=claim_ids, model_id=MODEL_ID))
    if not stored:
        return
    central = stored[vector_lib.most_central(np.array([e.vector for e in stored]))].claim_id
    text = Claim.objects.filter(pk=central).values_list("text", flat=True).first() or position.label
    Position.objects.filter(pk=position.pk, status=Position.Status.SUGGESTED).update(
        label=text[:300], label_vector=None, vector_model=""
    )


def _drop_empty_suggestions(position_ids: Iterable[int] | None = None) -> None:
    """Suggestions left without claims (all given ids, or every one) are deleted."""
    empty = Position.objects.filter(status=Position.Status.SUGGESTED, merged_into__isnull=True)
    if position_ids is not None:
        empty = empty.filter(pk__in=list(position_ids))
    empty.annotate(n=Count("claim_links")).filter(n=0).delete()


def _queue_relink(position: Position) -> None:
    from claims.position_tasks import relink_position

    position_id = position.pk
    transaction.on_commit(lambda: relink_position.delay(position_id))


@transaction.atomic
def position_create(*, label: str, description: str = "", user=None) -> Position:
    """A fact-checker states a position; it is confirmed and claims are linked to it."""
    label = label.strip()
    if not label:
        raise InvalidInput("a position needs a label", field="label")
    position = Position.objects.create(
        label=label[:300], description=description, status=Position.Status.CONFIRMED
    )
    _queue_relink(position)
    return position


@transaction.atomic
def position_confirm(*, position: Position, user=None) -> Position:
    """A suggestion becomes a confirmed position; its claims stay, others are linked later."""
    updated = Position.objects.filter(
        pk=position.pk, status=Position.Status.SUGGESTED, merged_into__isnull=True
    ).update(status=Position.Status.CONFIRMED)
    if updated != 1:
        raise Conflict("only a suggested position that was not merged can be confirmed")
    position.refresh_from_db()
    _queue_relink(position)
    return position


@transaction.atomic
def position_update(
    *, position: Position, label: str | None = None, description: str | None = None, user=None
) -> Position:
    """Rename or describe a position; its claims are re-linked in the background."""
    if label is not None:
        if not label.strip():
            raise InvalidInput("a position needs a label", field="label")
        position.label = label.strip()[:300]
    if description is not None:
        position.description = description
    position.label_vector, position.vector_model = None, ""
    position.save()
    if position.status == Position.Status.CONFIRMED:
        _queue_relink(position)
    return position


@transaction.atomic
def position_merge(*, source: Position, target: Position, user=None) -> Position:
    """Fold ``source`` into ``target``: its claims link to the target; person links win."""
    if source.pk == target.pk:
        raise InvalidInput("a position cannot be merged into itself", field="target")
    if target.merged_into_id is not None:
        raise Conflict(f"{target} was merged into another position; merge into that one instead")
    updated = Position.objects.filter(pk=source.pk, merged_into__isnull=True).update(
        merged_into=target
    )
    if updated != 1:
        raise Conflict(f"{source} was already merged")
    existing = {link.claim_id: link for link in target.claim_links.all()}
    for link in list(source.claim_links.all()):
        kept = existing.get(link.claim_id)
        if kept is None:
            link.position = target
            link.save(update_fields=["position", "updated_at"])
        else:
            if link.source == PERSON and kept.source != PERSON:
                kept.source, kept.linked_by = PERSON, link.linked_by
                kept.save(update_fields=["source", "linked_by", "updated_at"])
            link.delete()
    source.refresh_from_db()
    if target.status == Position.Status.CONFIRMED:
        _queue_relink(target)
    return target


@transaction.atomic
def position_split(*, position: Position, claim_ids: list[int], label: str, user=None) -> Position:
    """Move some of a position's claims to a new confirmed position labelled ``label``.

    The moved links become a person's links. The new position is linked in the
    background like any new one; the old one is not, so the system does not link the
    moved claims back to it.
    """
    label = label.strip()
    if not label:
        raise InvalidInput("a position needs a label", field="label")
    if position.merged_into_id is not None:
        raise Conflict(f"{position} was merged into another position; split that one instead")
    wanted = set(claim_ids)
    links = list(position.claim_links.filter(claim_id__in=wanted))
    missing = sorted(wanted - {link.claim_id for link in links})
    if missing or not links:
        raise InvalidInput(
            f"these claims do not express this position: {missing or sorted(wanted)}",
            field="claim_ids",
        )
    if len(links) == position.claim_links.count():
        raise InvalidInput(
            "a split must leave some claims with the position; rename it instead", field="claim_ids"
        )
    new = Position.objects.create(label=label[:300], status=Position.Status.CONFIRMED)
    ClaimPosition.objects.filter(pk__in=[link.pk for link in links]).update(
        position=new, source=PERSON, linked_by=user
    )
    _queue_relink(new)
    return new


@transaction.atomic
def claim_positions_set(*, claim: Claim, position_ids: list[int], user=None) -> list[ClaimPosition]:
    """A fact-checker states exactly which positions a claim expresses (person links)."""
    positions = list(Position.objects.filter(pk__in=position_ids))
    if len(positions) != len(set(position_ids)):
        raise InvalidInput("unknown position id", field="position_ids")
    if any(p.merged_into_id for p in positions):
        raise InvalidInput(
            "a merged position cannot take claims; use the one it was merged into",
            field="position_ids",
        )
    ClaimPosition.objects.filter(claim=claim).exclude(position_id__in=position_ids).delete()
    links = []
    for position in positions:
        link, _ = ClaimPosition.objects.update_or_create(
            claim=claim, position=position, defaults={"source": PERSON, "linked_by": user}
        )
        links.append(link)
    return links


def position_relink(*, position_id: int) -> int:
    """Link every embedded claim that scores above the threshold for a confirmed position.

    Claims are scored as at ingestion but on their own words and vector (no neighbouring
    claim, no sub-heading), against the position's label and its members other than the
    claim itself. Existing links keep their source; system links get their new score.
    Links are only added here: removing a claim from a position is a person's decision.
    Returns how many links were added. Idempotent.
    """
    position = Position.objects.filter(
        pk=position_id, status=Position.Status.CONFIRMED, merged_into__isnull=True
    ).first()
    if position is None:
        return 0
    confirmed, index = _confirmed_index()
    column = next(i for i, p in enumerate(confirmed) if p.pk == position.pk)
    linked = dict(position.claim_links.values_list("claim_id", "source"))
    added = 0
    batch = 2000
    embeddings = (
        ClaimEmbedding.objects.filter(model_id=MODEL_ID)
        .select_related("claim")
        .only("claim_id", "vector", "claim__text")
        .order_by("claim_id")
    )
    last = 0
    while True:
        rows = list(embeddings.filter(claim_id__gt=last)[:batch])
        if not rows:
            break
        last = rows[-1].claim_id
        new_links = []
        for row in rows:
            scores = scoring.index_scores(
                index,
                vector_lib.normalize(np.asarray(row.vector, np.float32)),
                scoring.claim_query(row.claim.text),
                exclude_claim=row.claim_id,  # a member is not evidence for itself
                only=[column],
            )
            score = float(scores[column])
            if row.claim_id in linked:
                if linked[row.claim_id] == SYSTEM:
                    ClaimPosition.objects.filter(
                        claim_id=row.claim_id, position=position, source=SYSTEM
                    ).update(score=score)
            elif score >= scoring.LINK_THRESHOLD:
                new_links.append(
                    ClaimPosition(
                        claim_id=row.claim_id, position=position, source=SYSTEM, score=score
                    )
                )
        ClaimPosition.objects.bulk_create(new_links, ignore_conflicts=True)
        added += len(new_links)
    # Claims now linked to a confirmed position leave the suggestions they were parked in.
    parked = ClaimPosition.objects.filter(
        Q(position__status=Position.Status.SUGGESTED) & Q(source=SYSTEM),
        claim_id__in=position.claim_links.values("claim_id"),
    )
    emptied = set(parked.values_list("position_id", flat=True))
    parked.delete()
    _drop_empty_suggestions(emptied)
    return added
