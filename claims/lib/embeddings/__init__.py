"""Sentence embeddings for claims: all-MiniLM-L6-v2 as int8 ONNX, run on onnxruntime.

Vectors are 384 floats, mean-pooled over the tokens and L2-normalised, so the cosine
similarity of two vectors is their dot product. Every stored vector carries
:data:`MODEL_ID`; vectors with another id must be recomputed, never compared.

Importing this package is cheap: onnxruntime and the model load on the first
:func:`get_embedder` call, so modules that only need :data:`DIMENSIONS` or
:data:`MODEL_ID` (models, migrations) do not pay for them.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.lib.embeddings.onnx import Embedder

__all__ = ["DIMENSIONS", "MAX_TOKENS", "MODEL_ID", "ModelFileError", "get_embedder"]

#: Stored beside each vector; change it whenever the model, tokenizer or pooling changes.
MODEL_ID = "all-MiniLM-L6-v2/int8-onnx"
DIMENSIONS = 384
#: Longer texts are truncated to this many tokens, [CLS] and [SEP] included (the
#: sentence-transformers setting for this model).
MAX_TOKENS = 256

#: Environment variable giving onnxruntime's intra-op thread count for the shared embedder.
THREADS_ENV = "EMBEDDING_THREADS"


class ModelFileError(RuntimeError):
    """The model or tokenizer file is missing or not the one this code was validated with."""


_lock = threading.Lock()
_embedder: Embedder | None = None


def get_embedder() -> Embedder:
    """The process-wide embedder, loaded on first use (thread-safe).

    Uses ``EMBEDDING_THREADS`` intra-op threads (default 1: Celery and web workers are
    already one per core, and more threads per process only contend).
    """
    global _embedder
    if _embedder is None:
        with _lock:
            if _embedder is None:
                from claims.lib.embeddings.onnx import Embedder

                _embedder = Embedder(intra_op_threads=_threads_from_env())
    return _embedder


def _threads_from_env() -> int:
    raw = os.environ.get(THREADS_ENV, "1")
    try:
        threads = int(raw)
    except ValueError:
        raise ValueError(f"{THREADS_ENV} must be a positive integer, not {raw!r}") from None
    if threads < 1:
        raise ValueError(f"{THREADS_ENV} must be a positive integer, not {raw!r}")
    return threads
