import json
import threading
from pathlib import Path

import numpy as np
import pytest

from claims.lib import embeddings
from claims.lib.embeddings import DIMENSIONS, MAX_TOKENS, MODEL_ID, ModelFileError, get_embedder
from claims.lib.embeddings.onnx import _read_verified

REFERENCE = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "minilm_reference.json").read_text("utf-8")
)
REFERENCE_TEXTS = [item["text"] for item in REFERENCE["items"]]
REFERENCE_VECTORS = np.array([item["vector"] for item in REFERENCE["items"]], dtype=np.float32)


@pytest.fixture(scope="module")
def embedder():
    return get_embedder()


@pytest.fixture(scope="module")
def reference_result(embedder):
    return embedder.embed(REFERENCE_TEXTS)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_reference_covers_short_empty_non_ascii_and_truncated_texts():
    tokens = [item["tokens_before_truncation"] for item in REFERENCE["items"]]
    assert min(tokens) <= 4
    assert max(tokens) > MAX_TOKENS
    assert any(not text.isascii() for text in REFERENCE_TEXTS)
    assert "fp32" in REFERENCE["generated_with"]["model"]


@pytest.mark.parametrize("index", range(len(REFERENCE_TEXTS)))
def test_vectors_match_the_official_fp32_model(reference_result, index):
    assert cosine(reference_result[index], REFERENCE_VECTORS[index]) >= 0.99


def test_each_text_is_embedded_the_same_alone_or_in_any_batch(embedder, reference_result):
    together = reference_result
    in_small_batches = embedder.embed(REFERENCE_TEXTS, batch_size=5)
    alone = np.vstack([embedder.embed([text]) for text in REFERENCE_TEXTS])
    reversed_order = embedder.embed(REFERENCE_TEXTS[::-1])[::-1]

    assert np.allclose(together, in_small_batches, atol=1e-4)
    assert np.allclose(together, alone, atol=1e-4)
    assert np.allclose(together, reversed_order, atol=1e-4)


def test_vectors_are_float32_unit_rows_of_the_declared_width(embedder):
    vectors = embedder.embed(["One claim.", "Another, rather longer, claim about the economy."])

    assert vectors.shape == (2, DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_no_texts_give_an_empty_matrix(embedder):
    vectors = embedder.embed([])

    assert vectors.shape == (0, DIMENSIONS)
    assert vectors.dtype == np.float32


def test_paraphrases_are_closer_than_unrelated_statements(embedder):
    pairs = [
        (
            "The mayor promised to build more affordable housing.",
            "More affordable homes will be built, the mayor pledged.",
        ),
        (
            "The company will cut 500 jobs by the end of the year.",
            "By year end, the firm plans to lay off 500 workers.",
        ),
        (
            "Vaccines are safe and effective, the health minister said.",
            "According to the health minister, vaccines work and are safe.",
        ),
    ]
    vectors = embedder.embed([text for pair in pairs for text in pair]).reshape(3, 2, -1)
    paraphrase = [float(a @ b) for a, b in vectors]
    unrelated = [float(vectors[i, 0] @ vectors[j, 1]) for i in range(3) for j in range(3) if i != j]

    assert min(paraphrase) > 0.6
    assert min(paraphrase) > max(unrelated) + 0.3


def test_a_single_string_is_refused_rather_than_split_into_characters(embedder):
    with pytest.raises(TypeError):
        embedder.embed("a claim")


def test_batch_size_must_be_positive(embedder):
    with pytest.raises(ValueError):
        embedder.embed(["a claim"], batch_size=0)


def test_every_thread_gets_the_same_embedder():
    found = []
    threads = [threading.Thread(target=lambda: found.append(get_embedder())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len({id(e) for e in found}) == 1


def test_a_file_with_another_checksum_is_refused(tmp_path):
    tampered = tmp_path / "model.onnx"
    tampered.write_bytes(b"not the model")

    with pytest.raises(ModelFileError, match="sha256"):
        _read_verified(tampered, "0" * 64, "embedding model")


def test_a_missing_file_is_reported_clearly(tmp_path):
    with pytest.raises(ModelFileError, match="cannot read"):
        _read_verified(tmp_path / "absent.onnx", "0" * 64, "embedding model")


def test_thread_count_comes_from_the_environment_and_must_be_positive(monkeypatch):
    monkeypatch.setenv(embeddings.THREADS_ENV, "2")
    assert embeddings._threads_from_env() == 2
    monkeypatch.setenv(embeddings.THREADS_ENV, "0")
    with pytest.raises(ValueError):
        embeddings._threads_from_env()


def test_model_id_names_the_model_and_its_format():
    assert "MiniLM-L6-v2" in MODEL_ID
    assert "int8" in MODEL_ID
