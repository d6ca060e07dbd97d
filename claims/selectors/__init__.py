"""Reads with scoping, annotations or joins: the API and admin call these, never build queries."""

from claims.selectors.positions import (
    position_claims,
    position_list,
    position_overview,
    position_timeline,
    rising_positions,
    speaker_positions,
)
from claims.selectors.similarity import similar_claims
from claims.selectors.speakers import role_holders, speaker_detail, speaker_list, speaker_merges

__all__ = [
    "position_claims",
    "position_list",
    "position_overview",
    "position_timeline",
    "rising_positions",
    "role_holders",
    "similar_claims",
    "speaker_detail",
    "speaker_list",
    "speaker_merges",
    "speaker_positions",
]
