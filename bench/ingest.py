"""Ingest throughput: articles/s with 1 and 2 workers, and the share of time spent in the database.

    .venv/bin/python bench/ingest.py [--corpus ../shared/data/corpus/wikinews/wikinews_en.jsonl] [--limit 100]

Each run ingests the first --limit lines into a fresh DuckDB file in a temporary folder (model loading
included in the wall time, as a user would see it); "db" is the time spent writing batches and
recomputing duplicates and clusters.
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
from pathlib import Path

from telex.store.ingest import ingest

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "wikinews" / "wikinews_en.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=100, help="articles to ingest (first N lines)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", action="store_true", help="print one JSON object per run")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"bench: {args.corpus}: no such corpus; pass --corpus")
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with args.corpus.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, args.limit))
        for workers in args.workers:
            stats = ingest([sample], Path(tmp) / f"bench-{workers}.duckdb", workers=workers)
            row = {"workers": workers, **stats.to_json(),
                   "db_share": round(stats.db_seconds / stats.seconds, 3) if stats.seconds else 0.0}
            if args.json:
                print(json.dumps(row))
            else:
                print(f"workers={workers}: {stats.stored} articles in {stats.seconds:.1f} s = "
                      f"{stats.articles_per_second:.1f} articles/s; {stats.events} events, {stats.clusters} clusters, "
                      f"{stats.failed} failed, {stats.skipped} skipped; database {stats.db_seconds:.2f} s "
                      f"({100 * row['db_share']:.1f}% of the time)")


if __name__ == "__main__":
    main()
