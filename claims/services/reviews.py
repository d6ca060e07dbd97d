"""Fact-checkers' verdicts on claims (published as schema.org ClaimReview)."""

import datetime

from django.db import transaction

from claims.errors import InvalidInput
from claims.models import Claim, Review

EDITABLE = (
    "rating_value",
    "best_rating",
    "worst_rating",
    "rating_text",
    "url",
    "date_published",
    "notes",
)


def _check(review: Review) -> None:
    if review.worst_rating >= review.best_rating:
        raise InvalidInput("worst_rating must be below best_rating", field="worst_rating")
    if not review.worst_rating <= review.rating_value <= review.best_rating:
        raise InvalidInput(
            f"rating_value must be between {review.worst_rating} and {review.best_rating}",
            field="rating_value",
        )
    if not review.rating_text.strip():
        raise InvalidInput("rating_text must say the verdict in words", field="rating_text")
    if review.claim.review_status == Claim.ReviewStatus.REJECTED:
        raise InvalidInput(
            "the claim was marked as not a claim; it cannot be reviewed", field="claim"
        )


@transaction.atomic
def review_create(
    *,
    claim: Claim,
    reviewer,
    rating_value: int,
    rating_text: str,
    date_published: datetime.date,
    best_rating: int = 5,
    worst_rating: int = 1,
    url: str = "",
    notes: str = "",
) -> Review:
    """Record a verdict. An unreviewed claim becomes confirmed: a person has read it."""
    review = Review(
        claim=claim,
        reviewer=reviewer if reviewer is not None and reviewer.is_authenticated else None,
        rating_value=rating_value,
        best_rating=best_rating,
        worst_rating=worst_rating,
        rating_text=rating_text.strip(),
        url=url,
        date_published=date_published,
        notes=notes,
    )
    _check(review)
    review.save()
    Claim.objects.filter(pk=claim.pk, review_status=Claim.ReviewStatus.UNREVIEWED).update(
        review_status=Claim.ReviewStatus.CONFIRMED
    )
    return review


@transaction.atomic
def review_update(*, review: Review, **fields) -> Review:
    """Change a verdict's rating, words, link, date or notes (only those given)."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"{sorted(unknown)[0]} cannot be changed", field=sorted(unknown)[0])
    review = Review.objects.select_for_update().select_related("claim").get(pk=review.pk)
    for name, value in fields.items():
        setattr(review, name, value.strip() if name == "rating_text" else value)
    _check(review)
    review.save(update_fields=[*fields, "updated_at"])
    return review


@transaction.atomic
def review_delete(*, review: Review) -> None:
    review.delete()
