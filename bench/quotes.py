"""Quote finding and attribution on PolNeAR, per split.

    python bench/quotes.py [../shared/data/quotes/polnear_train_dev.jsonl] [--split dev] [--limit N]

Quoted segments: gold units are the quoted segments of attributions whose quote_type is direct or
mixed; predictions are telex quotes of kind direct or fragment. A prediction matches a gold segment
when it covers at least half of it, one to one. Speaker accuracy is over matched quotes: right when
the quote's speaker_span, or any mention of its speaker actor, overlaps the gold speaker span.
Attributed F1 counts only quotes whose segment and speaker are both right.

All attributions: every gold attribution's content span (indirect ones included) against telex's
statements (direct segments interrupted only by their own attribution joined into one, fragments, and
reported speech; see telex.stages.quotes.statements), matched at 50% overlap of the gold content,
one to one; with speaker accuracy as above.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_DATA, require  # noqa: E402


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list, pred: list, gold_span, pred_span) -> list[tuple[int, int]]:
    """One-to-one matches: a prediction covering at least half of a gold unit, best overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        gs = gold_span(g)
        length = max(1, gs[1] - gs[0])
        for pi, p in enumerate(pred):
            o = overlap(gs, pred_span(p))
            if o * 2 >= length:
                pairs.append((o / length, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def speaker_right(quote, gold_speaker, mentions: dict) -> bool:
    if gold_speaker is None:
        return False
    spans = []
    if quote.speaker_span:
        spans.append(quote.speaker_span)
    if quote.speaker:
        spans += mentions.get(quote.speaker, [])
    return any(overlap(s, gold_speaker) > 0 for s in spans)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA / "quotes/polnear_train_dev.jsonl")
    ap.add_argument("--split", action="append", help="train, dev (default: both)")
    ap.add_argument("--limit", type=int, default=0, help="articles per split (default: all)")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong speakers per split")
    args = ap.parse_args()
    path = require(args.data, "PolNeAR attributions")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    splits = args.split or sorted({r["split"] for r in rows}, reverse=True)

    from telex.pipeline import extract_many
    from telex.stages.quotes import statements
    from telex.ingest.text import article_from_text
    from telex.records import Analysis

    for split in splits:
        docs = [r for r in rows if r["split"] == split]
        if args.limit:
            docs = docs[: args.limit]
        articles = []
        for r in docs:
            try:
                published = date.fromisoformat(r.get("date") or "")
            except ValueError:
                published = None
            articles.append(article_from_text(r["text"], published=published, language="en", input_id=r["id"]))
        start = time.perf_counter()
        results = list(extract_many(articles))
        seconds = time.perf_counter() - start
        counts = defaultdict(int)
        shown = 0
        for row, result in zip(docs, results):
            if not isinstance(result, Analysis):
                print(f"  failed: {row['id']}: {result.error}")
                continue
            mentions = {a.id: a.mentions for a in result.actors}
            text = row["text"]
            # quoted segments
            gold = [
                (tuple(seg), tuple(att["speaker_span"]) if att.get("speaker_span") else None)
                for att in row["quotes"]
                if att["quote_type"] in ("direct", "mixed")
                for seg in att.get("quoted_segments") or []
            ]
            pred = [q for q in result.quotes if q.kind in ("direct", "fragment")]
            pairs = match(gold, pred, lambda g: g[0], lambda q: q.span)
            counts["seg_gold"] += len(gold)
            counts["seg_pred"] += len(pred)
            counts["seg_tp"] += len(pairs)
            for gi, pi in pairs:
                ok = speaker_right(pred[pi], gold[gi][1], mentions)
                counts["seg_spk"] += ok
                if not ok and shown < args.errors:
                    shown += 1
                    q = pred[pi]
                    said = text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else None
                    g = gold[gi][1]
                    print(f"  speaker: {q.text[:60]!r} telex={said!r} gold={text[g[0]:g[1]] if g else None!r}")
            # all attributions
            gold_all = [
                (tuple(att["content_span"]), tuple(att["speaker_span"]) if att.get("speaker_span") else None)
                for att in row["quotes"]
                if att.get("content_span")
            ]
            # attribution units: a statement split by its own "he said" is one unit, as in PolNeAR
            units = statements(result.quotes, text)
            pred_all = [parts[0].model_copy(update={"span": span}) for span, parts in units]
            pairs = match(gold_all, pred_all, lambda g: g[0], lambda q: q.span)
            counts["all_gold"] += len(gold_all)
            counts["all_pred"] += len(pred_all)
            counts["all_tp"] += len(pairs)
            counts["all_spk"] += sum(speaker_right(pred_all[pi], gold_all[gi][1], mentions) for gi, pi in pairs)
        words = sum(len(r["text"].split()) for r in docs)
        p, r, f = prf(counts["seg_tp"], counts["seg_pred"], counts["seg_gold"])
        ap_, ar, af = prf(counts["seg_spk"], counts["seg_pred"], counts["seg_gold"])
        acc = counts["seg_spk"] / counts["seg_tp"] if counts["seg_tp"] else 0.0
        cp, cr, cf = prf(counts["all_tp"], counts["all_pred"], counts["all_gold"])
        cacc = counts["all_spk"] / counts["all_tp"] if counts["all_tp"] else 0.0
        print(f"split {split}: {len(docs)} articles, {words:,} words, {words / seconds:.0f} words/s (full telex pipeline)")
        print(f"  quoted segments: gold {counts['seg_gold']}, predicted {counts['seg_pred']}, matched {counts['seg_tp']}")
        print(f"  segment     P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        print(f"  speaker accuracy over matched quotes {acc:.3f}")
        print(f"  attributed  P {ap_:.3f}  R {ar:.3f}  F1 {af:.3f}")
        print(f"  all attributions (content at 50% overlap): gold {counts['all_gold']}, predicted {counts['all_pred']}")
        print(f"  content     P {cp:.3f}  R {cr:.3f}  F1 {cf:.3f}   speaker accuracy {cacc:.3f}")


if __name__ == "__main__":
    main()
