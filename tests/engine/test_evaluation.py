from claims.engine.evaluation import match, roc_auc, score_article, speaker_right

GOLD = {
    "speakers": [{"name": "Ali Khamenei", "aliases_in_text": ["Ayatollah Khamenei", "He"]}],
    "claims": [
        {"speaker": "Ali Khamenei", "start": 0, "end": 100, "checkable": True},
        {"speaker": "Ali Khamenei", "start": 200, "end": 300, "checkable": False},
        {"speaker": "Ali Khamenei", "start": 400, "end": 420, "optional": True, "checkable": False},
    ],
}


def pred(start, end, speaker="Khamenei", check=0.5):
    return {"start": start, "end": end, "speaker": speaker, "checkworthiness": check}


def test_overlap_must_cover_half_of_each_span():
    assert match([pred(0, 40)], GOLD["claims"]) == []
    assert match([pred(0, 60)], GOLD["claims"]) == [(0, 0)]
    assert match([pred(0, 250)], GOLD["claims"]) == []


def test_matching_is_one_to_one_largest_overlap_first():
    assert match([pred(0, 60), pred(0, 100)], GOLD["claims"]) == [(1, 0)]


def test_optional_gold_is_neither_hit_nor_miss():
    scores = score_article([pred(0, 100), pred(200, 300), pred(400, 420)], GOLD)
    assert (scores.predicted, scores.gold, scores.matched) == (2, 2, 2)
    assert scores.precision == scores.recall == 1.0


def test_wrong_speaker_counts_against_precision_and_recall_not_span_scores():
    scores = score_article([pred(0, 100, "Hassan Rouhani"), pred(200, 300)], GOLD)
    assert (scores.span_precision, scores.span_recall) == (1.0, 1.0)
    assert (scores.attribution, scores.precision, scores.recall) == (0.5, 0.5, 0.5)


def test_speaker_matches_on_shared_surname_or_alias():
    assert speaker_right("Khamenei", "Ali Khamenei", GOLD["speakers"])
    assert speaker_right("Ayatollah Ali Khamenei", "Ali Khamenei", GOLD["speakers"])
    assert not speaker_right("Ali Rezaei", "Ali Khamenei", GOLD["speakers"])
    assert not speaker_right(None, "Ali Khamenei", GOLD["speakers"])


def test_roc_auc_counts_ties_as_half():
    assert roc_auc([(0.9, True), (0.1, False)]) == 1.0
    assert roc_auc([(0.5, True), (0.5, False)]) == 0.5
    assert roc_auc([(0.5, True)]) is None


def test_a_generational_suffix_is_not_the_surname():
    speakers = [{"name": "Ferdinand Marcos Jr.", "aliases_in_text": ["Marcos"]}]
    assert speaker_right("Ferdinand Marcos", "Ferdinand Marcos Jr.", speakers)
    assert not speaker_right("Ferdinand Junior", "Ferdinand Marcos Jr.", speakers)
