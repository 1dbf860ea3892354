"""Quote finding and attribution on PolNeAR, per split.

    python bench/quotes.py [../shared/data/quotes/polnear_train_dev.jsonl] [--split dev] [--limit N]

Quoted segments: gold units are the quoted segments of attributions whose quote_type is direct or
mixed; predictions are telex quotes of kind direct or fragment. A prediction matches a gold segment
when it covers at least half of it, one to one. Speaker accuracy is over matched quotes: right when
the quote's speaker_span, or any mention of its speaker actor, overlaps the gold speaker span.
Attributed F1 counts only quotes whose segment and speaker are both right.

All attributions: every gold attribution's content span (indirect ones included) against telex's
statements (direct segments interrupted only by their own attribution joined into one, reported
speech with the words it quotes joined into one, other fragments; see telex.stages.quotes.statements), matched at 50% overlap of the gold content,
one to one; with speaker accuracy as above.

The metrics live in telex.eval.quotes, which `telex eval` gates on; this script prints them.
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
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA / "quotes/polnear_train_dev.jsonl")
    ap.add_argument("--split", action="append", help="train, dev (default: both)")
    ap.add_argument("--limit", type=int, default=0, help="articles per split (default: all)")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong speakers per split")
    args = ap.parse_args()
    path = require(args.data, "PolNeAR attributions")

    from telex.eval.quotes import PolnearCounts, load_polnear, polnear_article, score_polnear_article
    from telex.pipeline import extract_many
    from telex.records import Analysis

    rows = load_polnear(path)
    splits = args.split or sorted({r["split"] for r in rows}, reverse=True)
    for split in splits:
        docs = [r for r in rows if r["split"] == split]
        if args.limit:
            docs = docs[: args.limit]
        articles = [polnear_article(r) for r in docs]
        start = time.perf_counter()
        results = list(extract_many(articles))
        seconds = time.perf_counter() - start
        counts = PolnearCounts()
        shown = 0
        for row, result in zip(docs, results):
            if not isinstance(result, Analysis):
                print(f"  failed: {row['id']}: {result.error}")
                continue
            article_counts, wrong = score_polnear_article(row, result)
            counts.add(article_counts)
            for w in wrong:
                if shown < args.errors:
                    shown += 1
                    print(f"  speaker: {w.quote[:60]!r} telex={w.telex!r} gold={w.gold!r}")
        m = counts.metrics()
        words = sum(len(r["text"].split()) for r in docs)
        print(f"split {split}: {len(docs)} articles, {words:,} words, {words / seconds:.0f} words/s (full telex pipeline)")
        print(f"  quoted segments: gold {counts.seg_gold}, predicted {counts.seg_pred}, matched {counts.seg_tp}")
        print(f"  segment     P {m['segment_p']:.3f}  R {m['segment_r']:.3f}  F1 {m['segment_f1']:.3f}")
        print(f"  speaker accuracy over matched quotes {m['speaker_accuracy']:.3f}")
        print(f"  attributed  P {m['attributed_p']:.3f}  R {m['attributed_r']:.3f}  F1 {m['attributed_f1']:.3f}")
        print(f"  all attributions (content at 50% overlap): gold {counts.all_gold}, predicted {counts.all_pred}")
        print(
            f"  content     P {m['content_p']:.3f}  R {m['content_r']:.3f}  F1 {m['content_f1']:.3f}"
            f"   speaker accuracy {m['content_speaker_accuracy']:.3f}"
        )


if __name__ == "__main__":
    main()
