"""telex extraction throughput beside raw spaCy, on the same articles, in one run.

    python bench/throughput.py [../shared/data/corpus/wikinews/wikinews_en.jsonl] [--limit N] [--rounds R]

Raw spaCy is ``nlp.pipe`` over the article texts with the same model and batch size telex uses. telex is the
whole ``telex extract --format jsonl`` path in one process: reading the JSONL, every stage, and
JSON rendering. The ratio (telex words/s over spaCy words/s) says what telex adds to parsing.
The two alternate for ``--rounds`` rounds and the best round of each is kept, since a shared
machine's noise only ever slows a run down.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_DATA, require  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_DATA / "corpus/wikinews/wikinews_en.jsonl")
    ap.add_argument("--limit", type=int, default=0, help="use the first N articles (default: all)")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    corpus = require(args.corpus, "Wikinews JSONL corpus")

    import io

    from telex.config import get_settings
    from telex.ingest import read_stream
    from telex.nlp import load_model
    from telex.output import render_jsonl
    from telex.pipeline import BATCH_SIZE, extract_many, get_nlp
    from telex.records import Analysis, Article

    settings = get_settings()
    lines = corpus.read_bytes().splitlines(keepends=True)
    if args.limit:
        lines = lines[: args.limit]
    data = b"".join(lines)
    articles = [r for r in read_stream(io.BytesIO(data), str(corpus), settings) if isinstance(r, Article)]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    raw_nlp = load_model(settings.spacy_model)
    get_nlp(settings)  # load telex's pipeline before timing
    warm = texts[:5]
    list(raw_nlp.pipe(warm))
    list(extract_many(articles[:5], settings=settings))

    def run_spacy() -> float:
        start = time.perf_counter()
        for _ in raw_nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
        return time.perf_counter() - start

    def run_telex() -> tuple[float, int]:
        start = time.perf_counter()
        ok = 0
        records = read_stream(io.BytesIO(data), str(corpus), settings)
        for result in extract_many(records, settings=settings):
            render_jsonl(result)
            ok += isinstance(result, Analysis)
        return time.perf_counter() - start, ok

    spacy_best = telex_best = float("inf")
    for round_ in range(1, args.rounds + 1):
        s = run_spacy()
        t, ok = run_telex()
        spacy_best, telex_best = min(spacy_best, s), min(telex_best, t)
        print(f"round {round_}: spaCy {s:.1f} s, telex {t:.1f} s ({ok} analyses)", flush=True)
    print(f"articles: {len(texts)}, words: {words:,}, model: {settings.spacy_model}")
    print(f"spaCy nlp.pipe : {words / spacy_best:8.0f} words/s  {len(texts) / spacy_best:6.1f} articles/s")
    print(f"telex extract  : {words / telex_best:8.0f} words/s  {len(texts) / telex_best:6.1f} articles/s")
    print(f"ratio telex/spaCy: {spacy_best / telex_best:.3f}")


if __name__ == "__main__":
    main()
