"""telex extraction throughput beside raw spaCy, on the same articles, in one run.

    python bench/throughput.py [../shared/data/corpus/wikinews/wikinews_en.jsonl] [--limit N] [--rounds R] [--stages]

Raw spaCy is ``nlp.pipe`` over the article texts with the same model and batch size telex uses. telex is the
whole ``telex extract --format jsonl`` path in one process: reading the JSONL, every stage, and
JSON rendering. The ratio (telex words/s over spaCy words/s) says what telex adds to parsing.
The two alternate for ``--rounds`` rounds and the best round of each is kept, since a shared
machine's noise only ever slows a run down.

``--stages`` also times each component of telex's pipeline on its own, over the same articles in
batches, and prints each telex stage's time as a share of parsing (spaCy's own components). The
issues bound these shares: actors and quotes together at most 15%, the events stage at most 10%,
time, places and amounts together at most 10%.
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
    ap.add_argument("--stages", action="store_true", help="also print each telex stage's share of parse time")
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
    if args.stages:
        stage_shares(get_nlp(settings), articles, BATCH_SIZE, args.rounds)


#: The issues' bounds on stage cost, as a share of parse time: (stages, bound).
STAGE_BOUNDS = [
    (("telex_actors", "telex_quotes"), 0.15),
    (("telex_events",), 0.10),
    (("telex_time", "telex_places", "telex_amounts"), 0.10),
]


def stage_shares(nlp, articles, batch_size: int, rounds: int) -> None:
    """Time every pipeline component over all articles, batch by batch; print telex stages against parsing.

    Each component runs over a batch of docs that the components before it have filled, as in
    ``nlp.pipe``; the best of ``rounds`` runs is kept for each component.
    """
    def make(article):
        doc = nlp.make_doc(article.text)
        doc._.telex_article = article
        return doc

    best: dict[str, float] = {}
    for _ in range(rounds):
        spent: dict[str, float] = {name: 0.0 for name, _ in nlp.pipeline}
        for i in range(0, len(articles), batch_size):
            docs = [make(a) for a in articles[i : i + batch_size]]
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=batch_size))
                else:
                    docs = [proc(doc) for doc in docs]
                spent[name] += time.perf_counter() - start
        best = {name: min(best.get(name, float("inf")), s) for name, s in spent.items()}
    parse = sum(s for name, s in best.items() if not name.startswith("telex_"))
    print(f"per component (best of {rounds}), share of parse time ({parse:.2f} s):")
    for name, s in best.items():
        share = f"{s / parse:7.1%}" if name.startswith("telex_") else "  (parse)"
        print(f"  {name:18s} {s:7.2f} s {share}")
    for names, bound in STAGE_BOUNDS:
        share = sum(best.get(n, 0.0) for n in names) / parse
        verdict = "ok" if share <= bound else "OVER"
        print(f"  {' + '.join(n.removeprefix('telex_') for n in names):26s} {share:6.1%} (bound {bound:.0%}) {verdict}")


if __name__ == "__main__":
    main()
