"""Scoring claims against positions (numpy only, no database)."""

import numpy as np

from claims.lib import positions as scoring
from claims.lib.vectors import normalize


def unit(*values: float) -> np.ndarray:
    return normalize(np.array(values, dtype=np.float32))


def test_a_position_without_members_is_scored_on_its_label():
    built = index([unit(1, 0, 0), unit(0, 1, 0)], ["alpha", "beta"])
    scores = scoring.index_scores(built, unit(1, 0, 0), {})
    semantic_share = 1 - scoring.LEXICAL_WEIGHT
    assert np.allclose(scores, [semantic_share, 0.0])


def test_members_and_label_weigh_as_set():
    built = index([unit(0, 1, 0)], ["alpha"], [unit(1, 0, 0)], ["gamma"], [0])
    expected = (1 - scoring.LEXICAL_WEIGHT) * (1 - scoring.LABEL_WEIGHT)
    assert np.isclose(scoring.index_scores(built, unit(1, 0, 0), {})[0], expected)


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


def test_the_previous_claim_is_the_same_speakers_last_one_by_position_in_the_text():
    # Claims listed out of order; the unattributed claim neither has nor is a context.
    speakers = ["ana", None, "ben", "ana", "ana"]
    starts = [50, 40, 10, 5, 90]
    assert scoring.previous_by_speaker(speakers, starts) == [3, None, None, None, 0]


def test_article_scores_without_positions_are_empty_rows():
    built = scoring.build_index(np.zeros((0, 3)), [], np.zeros((0, 3)), [], [])
    scores = scoring.article_scores(built, np.array([unit(1, 0, 0)]), ["a claim"], [0], ["ana"])
    assert scores.shape == (1, 0)


def test_links_are_the_best_positions_above_the_threshold():
    scores = np.array([0.2, 0.9, 0.7, 0.8])
    assert scoring.links_for(scores, threshold=0.75, limit=2) == [(1, scores[1]), (3, scores[3])]
    assert scoring.links_for(scores, threshold=0.95) == []


def index(labels, label_texts, members=(), member_texts=(), member_position=(), **kw):
    dims = len(labels[0])
    return scoring.build_index(
        np.array(labels),
        label_texts,
        np.array(members, dtype=np.float32).reshape(-1, dims),
        list(member_position),
        list(member_texts),
        **kw,
    )


def test_shared_words_decide_between_positions_the_vectors_cannot_tell_apart():
    built = index([unit(1, 0, 0), unit(1, 0, 0)], ["Sanctions must end", "Tariffs must end"])
    scores = scoring.index_scores(built, unit(1, 0, 0), scoring.claim_query("Lift the tariffs"))
    assert scores[1] > scores[0]


def test_a_position_without_members_scores_label_cosine_and_label_words():
    built = index([unit(1, 0, 0)], ["Tariffs must end"])
    query = scoring.claim_query("Tariffs must end")
    expected = (1 - scoring.LEXICAL_WEIGHT) * 1.0 + scoring.LEXICAL_WEIGHT * 1.0
    assert np.isclose(scoring.index_scores(built, unit(1, 0, 0), query)[0], expected)


def test_members_from_the_claims_own_article_are_not_evidence():
    built = index(
        [unit(0, 1, 0)],
        ["Tariffs must end"],
        members=[unit(1, 0, 0)],
        member_texts=["Lift the tariffs"],
        member_position=[0],
        member_article=[7],
    )
    query = scoring.claim_query("Lift the tariffs")
    with_member = scoring.index_scores(built, unit(1, 0, 0), query)[0]
    without = scoring.index_scores(built, unit(1, 0, 0), query, exclude_article=7)[0]
    assert with_member > without


def test_only_the_asked_positions_are_scored():
    built = index([unit(1, 0, 0), unit(0, 1, 0)], ["Tariffs must end", "Sanctions must end"])
    scores = scoring.index_scores(built, unit(1, 0, 0), {}, only=[1])
    assert scores[0] == -np.inf
    assert np.isfinite(scores[1])


def test_the_sub_heading_joins_the_query_at_a_lower_weight():
    query = scoring.claim_query("This step is overdue", "Cutting trade ties with the regime")
    assert query["tie"] == scoring.HEADING_WEIGHT
    assert query["overdu"] == 1.0


def test_a_short_heading_such_as_a_dateline_is_ignored():
    assert "tehran" not in scoring.claim_query("Talks resumed", "TEHRAN —")


def test_a_claim_stands_under_the_last_heading_before_it():
    headings = [(0, 10, "First part"), (50, 60, "Second part")]
    assert scoring.heading_before(5, headings) == ""
    assert scoring.heading_before(40, headings) == "First part"
    assert scoring.heading_before(70, headings) == "Second part"
