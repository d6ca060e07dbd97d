"""Reads with scoping, annotations or joins: the API and admin call these, never build queries."""

from claims.selectors.positions import (
    position_overview,
    position_timeline,
    rising_positions,
    speaker_positions,
)
from claims.selectors.similarity import similar_claims

__all__ = [
    "position_overview",
    "position_timeline",
    "rising_positions",
    "similar_claims",
    "speaker_positions",
]
