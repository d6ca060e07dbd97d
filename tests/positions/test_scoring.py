"""Scoring claims against positions (numpy only, no database)."""

import numpy as np

from claims.lib import positions as scoring
from claims.lib.vectors import normalize


def unit(*values: float) -> np.ndarray:
    return normalize(np.array(values, dtype=np.float32))


def test_a_position_without_members_is_scored_on_its_label():
    claim = unit(1, 0, 0)
    labels = np.array([unit(1, 0, 0), unit(0, 1, 0)])
    scores = scoring.position_scores(claim, labels, [np.zeros((0, 3)), np.zeros((0, 3))])
    assert np.allclose(scores, [1.0, 0.0])


def test_members_and_label_weigh_half_each():
    claim = unit(1, 0, 0)
    labels = np.array([unit(0, 1, 0)])
    members = [np.array([unit(1, 0, 0)])]
    assert np.isclose(scoring.position_scores(claim, labels, members)[0], 0.5)


def test_only_the_closest_members_count():
    claim = unit(1, 0, 0)
    far = [unit(0, 1, 0)] * 10
    close = [unit(1, 0, 0)] * scoring.MEMBER_TOP
    assert np.isclose(scoring.member_score(claim, np.array(far + close)), 1.0)


def test_context_blends_the_previous_claim_and_keeps_unit_length():
    vectors = np.array([unit(1, 0, 0), unit(0, 1, 0)])
    blended = scoring.with_context(vectors, [None, 0], weight=1.0)
    assert np.allclose(blended[0], vectors[0])
    assert np.allclose(blended[1], unit(1, 1, 0))


def test_links_are_the_best_positions_above_the_threshold():
    scores = np.array([0.2, 0.9, 0.7, 0.8])
    assert scoring.links_for(scores, threshold=0.75, limit=2) == [(1, scores[1]), (3, scores[3])]
    assert scoring.links_for(scores, threshold=0.95) == []
