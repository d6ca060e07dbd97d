import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.lib.vectors import (
    add_to_centroid,
    assign,
    cluster,
    most_central,
    normalize,
    remove_from_centroid,
    top_k,
)


def unit(*values: float) -> np.ndarray:
    return normalize(np.array(values, dtype=np.float32))


def random_unit_rows(seed: int, rows: int, dims: int = 8) -> np.ndarray:
    return normalize(np.random.default_rng(seed).normal(size=(rows, dims)))


def test_normalize_makes_unit_rows_and_leaves_zero_rows_zero():
    rows = normalize(np.array([[3.0, 4.0], [0.0, 0.0]]))

    assert rows.dtype == np.float32
    assert np.allclose(rows, [[0.6, 0.8], [0.0, 0.0]])


def test_top_k_returns_most_similar_rows_best_first():
    matrix = np.vstack([unit(0, 1), unit(1, 0), unit(1, 0.2), unit(-1, 0)])

    found = top_k(unit(1, 0.1), matrix, 2)

    assert [index for index, _ in found] == [2, 1]
    assert found[0][1] == pytest.approx(float(unit(1, 0.1) @ unit(1, 0.2)))


def test_top_k_skips_excluded_rows():
    matrix = np.vstack([unit(1, 0), unit(1, 0.1), unit(0, 1)])

    found = top_k(unit(1, 0), matrix, 2, exclude=np.array([True, False, False]))

    assert [index for index, _ in found] == [1, 2]


def test_top_k_drops_rows_below_min_score():
    matrix = np.vstack([unit(1, 0), unit(0, 1)])

    assert [index for index, _ in top_k(unit(1, 0), matrix, 5, min_score=0.5)] == [0]


def test_top_k_breaks_ties_by_lower_row_index():
    matrix = np.vstack([unit(0, 1), unit(1, 0), unit(1, 0), unit(1, 0)])

    assert [index for index, _ in top_k(unit(1, 0), matrix, 2)] == [1, 2]


def test_top_k_of_nothing_is_empty():
    assert top_k(unit(1, 0), np.zeros((0, 2)), 3) == []
    assert top_k(unit(1, 0), np.vstack([unit(1, 0)]), 0) == []


def test_top_k_refuses_a_mask_of_the_wrong_length():
    with pytest.raises(ValueError):
        top_k(unit(1, 0), np.vstack([unit(1, 0)]), 1, exclude=np.array([True, False]))


@given(seed=st.integers(0, 2**32 - 1), rows=st.integers(1, 40), k=st.integers(1, 45))
def test_top_k_agrees_with_sorting_every_score(seed, rows, k):
    matrix = random_unit_rows(seed, rows)
    query = random_unit_rows(seed + 1, 1)[0]
    exclude = np.random.default_rng(seed).random(rows) < 0.3

    found = top_k(query, matrix, k, exclude=exclude)

    scores = matrix @ query
    expected = sorted((i for i in range(rows) if not exclude[i]), key=lambda i: (-scores[i], i))
    assert [index for index, _ in found] == expected[:k]


def test_assign_picks_the_most_similar_centroid_above_the_threshold():
    centroids = np.vstack([unit(0, 1), unit(1, 0.1), unit(1, -0.5)])

    index, score = assign(unit(1, 0), centroids, threshold=0.9)

    assert index == 1
    assert score == pytest.approx(float(unit(1, 0) @ unit(1, 0.1)))


def test_assign_gives_none_when_no_centroid_is_similar_enough():
    index, score = assign(unit(1, 0), np.vstack([unit(0, 1), unit(1, 1)]), threshold=0.9)

    assert index is None
    assert score == pytest.approx(float(unit(1, 0) @ unit(1, 1)))


def test_assign_with_no_centroids_gives_none():
    assert assign(unit(1, 0), np.zeros((0, 2)), threshold=0.5) == (None, -1.0)


def test_assign_ignores_the_length_of_a_centroid():
    short_centroid = 0.3 * unit(1, 0.1)

    index, score = assign(unit(1, 0), short_centroid[None, :], threshold=0.99)

    assert index == 0
    assert score == pytest.approx(float(unit(1, 0) @ unit(1, 0.1)))


def test_centroid_updated_one_member_at_a_time_is_the_mean_of_all():
    members = random_unit_rows(7, 10)
    centroid = members[0]
    for count, member in enumerate(members[1:], start=1):
        centroid = add_to_centroid(centroid, count, member)

    assert np.allclose(centroid, members.mean(axis=0), atol=1e-6)


def test_removing_a_member_undoes_adding_it():
    members = random_unit_rows(3, 5)
    mean = members.mean(axis=0)

    assert np.allclose(remove_from_centroid(mean, 5, members[4]), members[:4].mean(axis=0))


def test_the_last_member_cannot_be_removed_from_a_centroid():
    with pytest.raises(ValueError):
        remove_from_centroid(unit(1, 0), 1, unit(1, 0))


def test_most_central_member_is_the_one_between_the_others():
    members = np.vstack([unit(1, 0), unit(1, 1), unit(0, 1), unit(1, 0.9)])

    assert most_central(members) == 1


def test_most_central_of_nothing_is_an_error():
    with pytest.raises(ValueError):
        most_central(np.zeros((0, 3)))


def test_cluster_separates_groups_and_labels_them_in_order_of_appearance():
    rng = np.random.default_rng(0)
    east, north = unit(1, 0, 0), unit(0, 1, 0)
    rows = [east, north, east, north, east]
    vectors = normalize(np.vstack(rows) + rng.normal(scale=0.05, size=(5, 3)))

    assert cluster(vectors, threshold=0.8) == [0, 1, 0, 1, 0]


def test_cluster_thresholds_set_how_similar_members_must_be():
    vectors = random_unit_rows(11, 6)

    assert cluster(vectors, threshold=1.01) == [0, 1, 2, 3, 4, 5]
    assert cluster(vectors, threshold=-1.01) == [0, 0, 0, 0, 0, 0]
