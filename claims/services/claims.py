"""Corrections fact-checkers make to extracted claims."""

from django.db import IntegrityError, transaction

from claims.errors import Conflict, InvalidInput
from claims.models import Claim, ClaimEmbedding, Position, Speaker
from claims.services.positions import claim_positions_set
from claims.services.statements import claim_vectors


class _Unset:
    """Marks an argument that was not given (``None`` means "no speaker")."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()


def claim_span_text(claim: Claim, start: int, end: int) -> str:
    """The article text a new span would give the claim; raises naming the field at fault."""
    text = claim.article.text
    if start < 0:
        raise InvalidInput("start must be 0 or more", field="start")
    if end > len(text):
        raise InvalidInput(f"end must be at most {len(text)}, the article's length", field="end")
    if end <= start:
        raise InvalidInput("end must be after start", field="end")
    span = text[start:end]
    if not span.strip():
        raise InvalidInput("the span holds only white space", field="start")
    clash = Claim.objects.filter(article_id=claim.article_id, start=start, end=end).exclude(
        pk=claim.pk
    )
    if clash.exists():
        raise Conflict("another claim of this article has exactly this span", field="start")
    return span


@transaction.atomic
def claim_update(
    *,
    claim: Claim,
    user=None,
    speaker: Speaker | None | _Unset = UNSET,
    start: int | None = None,
    end: int | None = None,
    kind: str | None = None,
    positions: list[Position] | None = None,
    review_status: str | None = None,
) -> Claim:
    """Correct a claim. Only the arguments given change.

    A new span (``start``/``end``, either or both) takes its text from the article. A
    change of speaker, span or kind marks the claim ``corrected`` unless ``review_status``
    says otherwise; ``positions`` replaces the claim's position links with links set by a
    person. Raises InvalidInput (400) or Conflict (409) naming the field at fault.
    """
    claim = Claim.objects.select_for_update().select_related("article").get(pk=claim.pk)
    changed: list[str] = []
    if not isinstance(speaker, _Unset) and speaker != claim.speaker:
        if speaker is not None and speaker.merged_into_id is not None:
            raise InvalidInput(
                f"speaker {speaker.pk} was merged into {speaker.merged_into_id}; use that one",
                field="speaker",
            )
        claim.speaker = speaker
        changed.append("speaker")
    if start is not None or end is not None:
        new_start = claim.start if start is None else start
        new_end = claim.end if end is None else end
        if (new_start, new_end) != (claim.start, claim.end):
            claim.text = claim_span_text(claim, new_start, new_end)
            claim.start, claim.end = new_start, new_end
            changed += ["start", "end", "text"]
    if kind is not None and kind != claim.kind:
        if kind not in Claim.Kind.values:
            raise InvalidInput(f"kind must be one of {', '.join(Claim.Kind.values)}", field="kind")
        claim.kind = kind
        changed.append("kind")
    if review_status is None and changed:
        review_status = Claim.ReviewStatus.CORRECTED
    if review_status is not None and review_status != claim.review_status:
        if review_status not in Claim.ReviewStatus.values:
            raise InvalidInput(
                f"review_status must be one of {', '.join(Claim.ReviewStatus.values)}",
                field="review_status",
            )
        claim.review_status = review_status
        changed.append("review_status")
    if changed:
        try:
            with transaction.atomic():
                claim.save(update_fields=[*changed, "updated_at"])
        except IntegrityError as exc:
            # A concurrent correction took the same span between the check and the write.
            raise Conflict(
                "another claim of this article has exactly this span", field="start"
            ) from exc
    if "text" in changed:
        # The stored embedding described the old words; similarity and position links
        # must see the new ones.
        ClaimEmbedding.objects.filter(claim=claim).delete()
        claim_vectors([claim])
    if positions is not None:
        try:
            claim_positions_set(claim=claim, position_ids=[p.pk for p in positions], user=user)
        except InvalidInput as exc:
            raise InvalidInput(exc.message, field="positions") from exc
    return claim
