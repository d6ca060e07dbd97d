"""Embedding speed in one process: model load time and sentences per second.

Usage: python benchmarks/embeddings.py [--sentences N] [--threads T] [--batch-sizes 1,8,32]

The sentences are claim-length texts built from the sample articles (split on sentence
punctuation), repeated to N, so the figures reflect real lengths, not toy strings.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.lib.embeddings import MAX_TOKENS  # noqa: E402
from claims.lib.embeddings.onnx import Embedder  # noqa: E402


def sample_sentences(count: int) -> list[str]:
    text = " ".join(
        path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "claims" / "sample_data").glob("*.txt"))
    )
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 4]
    if not sentences:
        sentences = ["The minister said the new budget would reduce waiting times in hospitals."]
    return [sentences[i % len(sentences)] for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=512)
    parser.add_argument("--threads", type=int, default=1, help="onnxruntime intra-op threads")
    parser.add_argument("--batch-sizes", default="1,8,32,64")
    args = parser.parse_args()

    texts = sample_sentences(args.sentences)
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{len(texts)} sentences, {words:.1f} words on average, {args.threads} thread(s)")

    started = time.perf_counter()
    embedder = Embedder(intra_op_threads=args.threads)
    print(f"load (checksums, tokenizer, ONNX session): {time.perf_counter() - started:.2f} s")
    tokens = sum(len(e.ids) for e in embedder.tokenizer.encode_batch(texts)) / len(texts)
    print(f"{tokens:.1f} tokens a sentence on average (at most {MAX_TOKENS})")

    started = time.perf_counter()
    embedder.embed(texts[:1])
    print(f"first sentence: {1000 * (time.perf_counter() - started):.1f} ms")

    for batch_size in (int(b) for b in args.batch_sizes.split(",")):
        started = time.perf_counter()
        embedder.embed(texts, batch_size=batch_size)
        elapsed = time.perf_counter() - started
        print(f"batch {batch_size:>3}: {len(texts) / elapsed:8.1f} sentences/s")


if __name__ == "__main__":
    main()
