"""HTML extraction accuracy and speed on the ScrapingHub article-extraction benchmark.

    python bench/ingest_html.py [../shared/data/corpus/html/scrapinghub]

For every page in ground-truth.json, telex's HTML ingest extracts the article text; the script
prints token-level precision, recall and F1 against the gold article body (bag of tokens, per page,
averaged over pages, as the benchmark's own evaluation does), and pages per second. trafilatura's
plain ``extract`` runs beside it on the same pages, so the two figures compare in one run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_DATA, require  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter:
    return Counter(t.lower() for t in _TOKEN.findall(text or ""))


def prf(predicted: str, gold: str) -> tuple[float, float]:
    p, g = tokens(predicted), tokens(gold)
    common = sum((p & g).values())
    precision = common / sum(p.values()) if p else (1.0 if not g else 0.0)
    recall = common / sum(g.values()) if g else 1.0
    return precision, recall


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DATA / "corpus/html/scrapinghub")
    ap.add_argument("--no-baseline", action="store_true", help="skip the plain trafilatura run")
    args = ap.parse_args()
    folder = require(args.folder, "ScrapingHub HTML benchmark")
    gold = json.loads(require(folder / "ground-truth.json", "ground-truth.json").read_text())

    from telex.ingest import read_stream
    from telex.config import get_settings
    from telex.records import Article

    settings = get_settings()
    pages = []
    for key in sorted(gold):
        path = folder / "html" / f"{key}.html.gz"
        if path.exists():
            pages.append((key, path.read_bytes()))
    if not pages:
        sys.exit(f"error: no pages under {folder / 'html'}")

    import io

    results = {}
    failures = 0
    start = time.perf_counter()
    for key, raw in pages:
        text = ""
        for record in read_stream(io.BytesIO(raw), key, settings):
            if isinstance(record, Article):
                text = record.text
            else:
                failures += 1
        results[key] = text
    telex_seconds = time.perf_counter() - start

    def score(preds: dict) -> tuple[float, float, float]:
        ps, rs = zip(*(prf(preds[k], gold[k]["articleBody"]) for k, _ in pages))
        p, r = sum(ps) / len(ps), sum(rs) / len(rs)
        return p, r, f1(p, r)

    p, r, f = score(results)
    print(f"pages: {len(pages)}")
    print(f"telex        precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  {len(pages) / telex_seconds:.1f} pages/s  ({failures} pages without text)")
    if not args.no_baseline:
        import trafilatura

        start = time.perf_counter()
        base = {key: trafilatura.extract(gzip.decompress(raw)) or "" for key, raw in pages}
        base_seconds = time.perf_counter() - start
        bp, br, bf = score(base)
        print(f"trafilatura  precision {bp:.3f}  recall {br:.3f}  F1 {bf:.3f}  {len(pages) / base_seconds:.1f} pages/s")
        print(f"telex/trafilatura: F1 {f - bf:+.3f}, speed ratio {base_seconds / telex_seconds:.2f}")


if __name__ == "__main__":
    main()
