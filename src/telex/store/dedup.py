"""Near-duplicate articles: the same story with other furniture, headline or first line.

Each article gets a MinHash signature (datasketch) of word shingles of its *story* text: the title
line and every excluded span (credits, furniture, datelines) are left out first, so two copies that
differ only there have identical shingles. Candidates come from MinHash LSH and are confirmed by the
estimated Jaccard similarity. Chosen over a hand-written SimHash because datasketch is well kept,
gives an unbiased Jaccard estimate, and its LSH index avoids comparing every pair.

>>> a = signature("Scholz met Macron in Paris on Thursday to discuss energy prices and the war in Ukraine.")
>>> b = signature("Scholz met Macron in Paris on Thursday to discuss energy prices and the war in Ukraine.")
>>> similarity(a, b)
1.0
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from telex.records import Analysis

#: Words per shingle. Four keeps a rewritten sentence from matching on stock phrases ("said on
#: Monday") while one changed word still leaves most shingles of a long sentence intact.
SHINGLE_WORDS = 4

#: Permutations per signature: the Jaccard estimate's standard error is about 1/sqrt(128) ≈ 0.09.
NUM_PERM = 128

#: Fixed seed so signatures are the same in every process and every run (ingest is deterministic).
SEED = 1

#: Estimated Jaccard similarity of shingle sets at or above which two articles are one story.
#: Calibrated on hand-written pairs (tests/store/test_store_dedup.py): wire copies with another
#: headline, furniture or credit score 1.0; two separately written reports of one meeting score
#: under 0.2. 0.7 leaves room for small edits (a corrected figure, an added sentence).
DUPLICATE_THRESHOLD = 0.7

_WORD = re.compile(r"\w+", re.UNICODE)


def story_text(analysis: Analysis) -> str:
    """The article's text with its title span and excluded spans (furniture, credits) blanked out."""
    text = analysis.article.text
    cut = [x.span for x in analysis.excluded]
    if analysis.article.title_span is not None:
        cut.append(analysis.article.title_span)
    chars = list(text)
    for start, end in cut:
        for i in range(max(0, start), min(len(chars), end)):
            chars[i] = " "
    return "".join(chars)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """MinHash signature of the text's shingles, as plain ints (stored as UBIGINT[])."""
    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    for s in sorted(shingles(text)):
        mh.update(s.encode("utf-8"))
    return [int(v) for v in mh.hashvalues]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal slots."""
    x, y = np.asarray(a, dtype=np.uint64), np.asarray(b, dtype=np.uint64)
    return float(np.count_nonzero(x == y)) / len(x)


def find_duplicates(articles: Iterable[tuple[str, object, Sequence[int]]]) -> list[tuple[str, str, float]]:
    """``(article_id, duplicate_of, similarity)`` for every article that repeats an earlier one.

    ``articles`` are ``(id, sort_key, signature)``. Near-duplicates are grouped (transitively); each
    group's original is the one with the smallest ``(sort_key, id)``, such as the earliest published,
    so the answer does not depend on the order articles were ingested in.
    """
    items = sorted(((key, aid, sig) for aid, key, sig in articles if sig), key=lambda t: (t[0], t[1]))
    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    sigs: dict[str, np.ndarray] = {}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    rank = {aid: n for n, (_, aid, _) in enumerate(items)}
    for _, aid, sig in items:
        arr = np.asarray(sig, dtype=np.uint64)
        sigs[aid] = arr
        parent[aid] = aid
        mh = MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=arr)
        for other in sorted(lsh.query(mh), key=rank.__getitem__):
            if similarity(arr, sigs[other]) >= DUPLICATE_THRESHOLD:
                ra, rb = find(aid), find(other)
                if ra != rb:  # the earlier-ranked root stays the group's original
                    first, second = (ra, rb) if rank[ra] < rank[rb] else (rb, ra)
                    parent[second] = first
        lsh.insert(aid, mh)
    out = []
    for _, aid, _ in items:
        root = find(aid)
        if root != aid:
            out.append((aid, root, round(similarity(sigs[aid], sigs[root]), 4)))
    return out
