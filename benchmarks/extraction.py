"""Throughput of the extraction engine in one process on ~5 KB articles.

Run: python benchmarks/extraction.py [--seconds 5]
The articles are the sample seeds and variations of them (paragraphs shuffled, speakers
renamed, quotation styles changed), each trimmed or padded to about 5 KB.
"""

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.engine import extract  # noqa: E402

SAMPLES = ROOT / "claims" / "sample_data"
TARGET_CHARS = 5000


def variations(rng: random.Random, count: int) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    styles = [("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’")]
    out = []
    for n in range(count):
        base = seeds[n % len(seeds)]
        paragraphs = [p for p in base.split("\n") if p.strip()]
        head, body = paragraphs[:1], paragraphs[1:]
        rng.shuffle(body)
        text = "\n\n".join(head + body)
        opening, closing = styles[n % len(styles)]
        text = text.replace("“", opening).replace("”", closing)
        while len(text) < TARGET_CHARS:
            text += "\n\n" + rng.choice(paragraphs)
        out.append(text[: TARGET_CHARS + 200])
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()
    articles = variations(random.Random(7), args.articles)
    extract(articles[0])  # warm the lexicon and regex caches
    done = claims = chars = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    while time.perf_counter() - started < args.seconds:
        for text in articles:
            claims += len(extract(text).claims)
            chars += len(text)
            done += 1
    elapsed = time.perf_counter() - started
    # CPU time of this process: the rate on one core, whatever else the machine is running.
    cpu = time.process_time() - cpu_started
    print(
        f"articles: {done} in {elapsed:.2f} s wall, {cpu:.2f} s CPU, mean size "
        f"{chars / done / 1000:.1f} KB"
    )
    print(f"articles/second (one core, CPU time): {done / cpu:.1f}")
    print(f"articles/second (wall clock): {done / elapsed:.1f}")
    print(f"claims/second (CPU time): {claims / cpu:.1f}")
    print(f"claims/article: {claims / done:.1f}")


if __name__ == "__main__":
    main()
