"""Score telex on the seed article against its gold annotation: actors, quotes, reported speech.

    python bench/seed.py [../shared/seed]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_DATA, require  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DATA.parent / "seed")
    args = ap.parse_args()
    folder = require(args.folder, "seed folder")
    gold = json.loads(require(folder / "gold.json", "gold.json").read_text(encoding="utf-8"))
    text = require(folder / gold.get("file", "article.txt"), "seed article").read_text(encoding="utf-8")

    import telex
    from telex.eval.seed import score_seed

    analysis = telex.extract(text, published=gold.get("published"))
    score = score_seed(analysis, gold)
    for line in score.lines():
        print(line)
    for problem in score.problems:
        print("  -", problem)


if __name__ == "__main__":
    main()
