"""Similar-claims latency at scale: ``similar_claims`` over N stored claim embeddings.

Usage (a database of its own: the script adds N synthetic claims to it):

    psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE claimtrack_bench'
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimtrack_bench \\
        python benchmarks/similar_claims.py [--claims 100000] [--queries 200]

It migrates the database, tops it up to N claims with synthetic embeddings (clustered
unit vectors, so neighbourhoods look like real topics rather than uniform noise), written
in bulk with COPY while the HNSW index is dropped and rebuilt afterwards, then times the
selector (vector search plus loading the claims with speaker, article and positions) for
stored claims and for new texts' vectors, and prints the median and 95th percentile. It
also reports the recall of the HNSW top 10 against an exact scan. On SQLite it times the
numpy fallback instead (keep N small there).
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from claims.lib.embeddings import DIMENSIONS, MODEL_ID  # noqa: E402
from claims.models import Article, Claim, ClaimEmbedding, Outlet  # noqa: E402
from claims.selectors import similarity  # noqa: E402

CLAIMS_PER_ARTICLE = 50
OUTLET = "Synthetic benchmark outlet"


def synthetic_vectors(count: int, rng: np.random.Generator, topics: int = 2000) -> np.ndarray:
    centres = rng.standard_normal((topics, DIMENSIONS)).astype(np.float32)
    picks = rng.integers(0, topics, count)
    vectors = centres[picks] + 0.6 * rng.standard_normal((count, DIMENSIONS)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def top_up(target: int, rng: np.random.Generator) -> None:
    have = ClaimEmbedding.objects.count()
    missing = target - have
    if missing <= 0:
        print(f"{have} claim embeddings already stored")
        return
    print(f"adding {missing} synthetic claims to {have} stored ...", flush=True)
    started = time.perf_counter()
    outlet, _ = Outlet.objects.get_or_create(name=OUTLET)
    first_day = datetime.date(2015, 1, 1)
    offset = Article.objects.filter(outlet=outlet).count()
    articles = Article.objects.bulk_create(
        Article(
            outlet=outlet,
            text="x" * 200,
            content_hash=f"synthetic-{offset + i}",
            published=first_day + datetime.timedelta(days=(offset + i) % 3650),
            published_source=Article.DateSource.CALLER,
            status=Article.Status.DONE,
        )
        for i in range((missing + CLAIMS_PER_ARTICLE - 1) // CLAIMS_PER_ARTICLE)
    )
    claims = [
        Claim(article=a, text=f"synthetic claim {n}", start=n, end=n + 1, kind=Claim.Kind.DIRECT)
        for a in articles
        for n in range(CLAIMS_PER_ARTICLE)
    ][:missing]
    claims = Claim.objects.bulk_create(claims, batch_size=5000)
    vectors = synthetic_vectors(len(claims), rng)
    vendor = connection.vendor
    if vendor == "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS claimembedding_vector_hnsw")
            with cursor.connection.cursor().copy(
                "COPY claims_claimembedding (claim_id, model_id, vector, created_at) FROM STDIN"
            ) as copy:
                now = datetime.datetime.now(datetime.UTC).isoformat()
                for claim, vector in zip(claims, vectors, strict=True):
                    text = "[" + ",".join(f"{x:.6f}" for x in vector) + "]"
                    copy.write_row((claim.pk, MODEL_ID, text, now))
        print(
            f"  rows written in {time.perf_counter() - started:.0f} s; building the HNSW index ...",
            flush=True,
        )
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '1GB'")
            cursor.execute(
                "CREATE INDEX claimembedding_vector_hnsw ON claims_claimembedding "
                "USING hnsw (vector vector_cosine_ops)"
            )
            cursor.execute("ANALYZE claims_claimembedding")
        print(f"  index built in {time.perf_counter() - started:.0f} s")
    else:
        ClaimEmbedding.objects.bulk_create(
            (
                ClaimEmbedding(claim=c, model_id=MODEL_ID, vector=v)
                for c, v in zip(claims, vectors, strict=True)
            ),
            batch_size=2000,
        )
        print(f"  rows written in {time.perf_counter() - started:.0f} s")


def timed(calls) -> list[float]:
    times = []
    for call in calls:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(label: str, times: list[float]) -> None:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    median = statistics.median(times)
    print(f"{label}: median {median:.1f} ms, p95 {p95:.1f} ms ({len(times)} queries)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rng = np.random.default_rng(7)

    call_command("migrate", verbosity=0)
    top_up(args.claims, rng)
    total = ClaimEmbedding.objects.count()
    print(f"database: {connection.vendor}, {total} claim embeddings")

    sample_ids = list(
        ClaimEmbedding.objects.order_by("?").values_list("claim_id", flat=True)[: args.queries]
    )
    sample = list(Claim.objects.filter(pk__in=sample_ids).select_related("article"))
    similarity.similar_claims(claim=sample[0], limit=10)  # warm caches and connections
    report(
        "similar_claims(claim=..., limit=10), earlier claims only",
        timed(lambda c=c: similarity.similar_claims(claim=c, limit=10) for c in sample),
    )
    queries = synthetic_vectors(args.queries, rng)
    report(
        "vector search only, no date filter, top 10",
        timed(
            lambda q=q: (
                similarity._search_pgvector
                if connection.vendor == "postgresql"
                else similarity._search_numpy
            )(q, 10, None, None)
            for q in queries
        ),
    )
    if connection.vendor == "postgresql":
        rows = list(ClaimEmbedding.objects.values_list("claim_id", "vector"))
        ids = np.array([pk for pk, _ in rows])
        matrix = np.vstack([np.asarray(v, dtype=np.float32) for _, v in rows])
        # A query is a stored claim slightly reworded (its vector plus a little noise): the
        # case the selector serves. Uniform random queries sit among near-ties, where
        # "the exact top 10" is arbitrary and recall says little.
        picks = rng.integers(0, len(matrix), 50)
        reworded = matrix[picks] + 0.02 * rng.standard_normal((50, DIMENSIONS)).astype(np.float32)
        reworded /= np.linalg.norm(reworded, axis=1, keepdims=True)
        recall = []
        for q in reworded:
            approximate = {pk for pk, _ in similarity._search_pgvector(q, 10, None, None)}
            exact = set(ids[np.argsort(-(matrix @ q))[:10]].tolist())
            recall.append(len(approximate & exact) / 10)
        print(
            f"HNSW recall@10 against an exact scan: {np.mean(recall):.2f} ({len(recall)} queries)"
        )


if __name__ == "__main__":
    main()
