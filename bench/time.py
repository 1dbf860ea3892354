"""Time-expression benchmark: telex's ``find_dates`` against TimeML gold (TBAQ-cleaned and MEANTIME).

    .venv/bin/python bench/time.py [DATA] [--parse] [--speed] [-v]   # DATA defaults to ../shared/data/time

DATA is the folder holding ``TBAQ-cleaned`` and ``meantime_newsreader_english_oct15``, or one of
those two corpus folders, which scores that corpus alone
(``bench/time.py ../shared/data/time/TBAQ-cleaned``).

``--speed`` times find_dates over the Wikinews corpus (``DATA/../corpus/wikinews/wikinews_en.jsonl``)
beside the spaCy parse of the same texts, and prints the ratio; ``--parse`` also parses every text with telex's spaCy model and passes the doc, so the tense of
the governing verb decides relative dates, as in the telex pipeline; ``-v`` lists every miss,
false positive and wrong value.

Each corpus is scored on its own:

- extraction precision, recall and F1 with relaxed matching (any character overlap, one-to-one,
  greedy by overlap size) and with strict matching (identical span);
- value accuracy on the relaxed matches whose gold TIMEX3 has type DATE (gold value equals the
  predicted value), and the same over all matched types (DATE, TIME, DURATION, SET).

The document creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``) is the
publication date given to ``find_dates`` and is not scored; predictions over it are dropped.
Only the plain text goes in: the TimeML tags are removed here and the gold offsets rebuilt.

TBAQ-cleaned files are TimeML: the text is the ``<TEXT>`` element with its tags removed.
MEANTIME files are token lists; the text is rebuilt by joining tokens with a space, except before
closing punctuation, after opening punctuation and around hyphens ("third-quarter"), with a blank
line between the title, the
dateline and the body (its TIMEX3 point at tokens, so gold offsets come from the tokens).
MEANTIME annotates only the opening sentences of each article (sentences 0-5: title, dateline and
four body sentences), so only that part of the text is given and scored.

Spans: telex keeps a leading "on" with a weekday or a date ("on Friday"), as its output contract
shows; TimeML never includes prepositions. The strict figures are printed twice: on the spans as
telex gives them, and with a leading "on " removed from predictions.
"""

from __future__ import annotations

import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_DATA, require  # noqa: E402

from telex.stages.time import find_dates  # noqa: E402


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Doc:
    name: str
    text: str
    published: date | None
    gold: list[Gold] = field(default_factory=list)
    dct_span: tuple[int, int] | None = None


def _dct_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- TimeML (TBAQ-cleaned)


def load_timeml(path: Path) -> Doc:
    root = ET.parse(path).getroot()
    published = None
    dct = root.find("DCT")
    if dct is not None:
        t = dct.find("TIMEX3")
        if t is not None:
            published = _dct_date(t.get("value", ""))
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[Gold] = []
    pos = 0

    def walk(el):
        nonlocal pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            walk(child)
            if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
                gold.append(Gold(start, pos, child.get("type", ""), child.get("value", ""), "".join(parts)[start:pos]))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(text_el)
    text = "".join(parts)
    for g in gold:
        g.text = text[g.start : g.end]
    return Doc(path.name, text, published, gold)


# --------------------------------------------------------------------------- MEANTIME

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


#: MEANTIME's annotated part: sentences 0-5 (title, dateline, four body sentences) in 117 of 120 files.
MEANTIME_MIN_SENTENCES = 6


def load_meantime(path: Path) -> Doc:
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    # MEANTIME annotates only the opening sentences of each article (title, dateline and the first
    # few sentences of the body): keep the text up to the last sentence that holds any markable.
    sentence_of = {t.get("t_id"): int(t.get("sentence")) for t in tokens}
    markables = root.find("Markables")
    last = max(
        (sentence_of[a.get("t_id")] for m in (markables if markables is not None else ()) for a in m.findall("token_anchor")),
        default=0,
    )
    last = max(last, MEANTIME_MIN_SENTENCES - 1)
    tokens = [t for t in tokens if int(t.get("sentence")) <= last]
    offsets: dict[str, tuple[int, int]] = {}
    buf: list[str] = []
    pos = 0
    prev_sent = None
    prev_tok = None
    quote_open = False
    for tok in tokens:
        word = tok.text or ""
        sent = tok.get("sentence")
        if prev_tok is None:
            sep = ""
        elif sent != prev_sent and prev_sent in ("0", "1"):
            sep = "\n\n"
        elif word in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER or word == "-" or prev_tok == "-":
            sep = ""
        elif word == '"':
            sep = "" if quote_open else " "
        elif prev_tok == '"' and quote_open:
            sep = ""
        else:
            sep = " "
        if word == '"':
            quote_open = not quote_open
        buf.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        buf.append(word)
        pos += len(word)
        prev_sent, prev_tok = sent, word
    text = "".join(buf)
    gold: list[Gold] = []
    published = None
    dct_span = None
    for t in markables.findall("TIMEX3") if markables is not None else ():
        anchors = [a.get("t_id") for a in t.findall("token_anchor")]
        if t.get("functionInDocument") == "CREATION_TIME":
            published = _dct_date(t.get("value", ""))
            if anchors:
                dct_span = (min(offsets[a][0] for a in anchors), max(offsets[a][1] for a in anchors))
            continue
        if not anchors:  # a time the text implies but does not write
            continue
        start = min(offsets[a][0] for a in anchors)
        end = max(offsets[a][1] for a in anchors)
        gold.append(Gold(start, end, t.get("type", ""), t.get("value", ""), text[start:end]))
    return Doc(path.name, text, published, gold, dct_span)


# --------------------------------------------------------------------------- scoring


def match(gold: list[Gold], pred: list, strict: bool) -> list[tuple[Gold, object]]:
    """One-to-one pairs: exact spans when strict, else any overlap, largest overlaps first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s, e = p.span
            if strict:
                if (s, e) == (g.start, g.end):
                    candidates.append((e - s, gi, pi))
            else:
                overlap = min(e, g.end) - max(s, g.start)
                if overlap > 0:
                    candidates.append((overlap, gi, pi))
    candidates.sort(key=lambda c: -c[0])
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], pred[pi]))
    return pairs


class _Trimmed:
    def __init__(self, m, text):
        s, e = m.span
        if text[s:e].lower().startswith("on "):
            s += 3
        self.span = (s, e)
        self.value = m.value


_WEEK = re.compile(r"-W(\d)(?!\d)")


def same_value(gold: str, pred: str) -> bool:
    """Equal values; TimeBank writes some ISO weeks without the leading zero ("2000-W7")."""
    return _WEEK.sub(r"-W0\1", gold) == _WEEK.sub(r"-W0\1", pred)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(name: str, docs: list[Doc], verbose: bool = False, nlp=None) -> dict:
    parsed = [None] * len(docs)
    if nlp is not None:
        parsed = list(nlp.pipe(d.text for d in docs))
    preds = []
    t0 = time.perf_counter()
    for d, doc in zip(docs, parsed):
        preds.append(find_dates(d.text, d.published, doc))
    elapsed = time.perf_counter() - t0
    n_gold = n_pred = tp = tp_strict = tp_strict_trim = 0
    date_n = date_ok = all_n = all_ok = 0
    for d, pred in zip(docs, preds):
        if d.dct_span:
            s0, e0 = d.dct_span
            pred = [p for p in pred if not (p.span[0] < e0 and s0 < p.span[1])]
        n_gold += len(d.gold)
        n_pred += len(pred)
        pairs = match(d.gold, pred, strict=False)
        tp += len(pairs)
        tp_strict += len(match(d.gold, pred, strict=True))
        tp_strict_trim += len(match(d.gold, [_Trimmed(p, d.text) for p in pred], strict=True))
        for g, p in pairs:
            ok = same_value(g.value, p.value)
            all_n += 1
            all_ok += ok
            if g.type == "DATE":
                date_n += 1
                date_ok += ok
            if verbose and not ok:
                print(f"  VALUE {d.name}: {g.text!r} gold={g.value} ({g.type}) pred={p.value} {d.text[p.span[0]:p.span[1]]!r}")
        if verbose:
            matched_g = {id(g) for g, _ in pairs}
            matched_p = {id(p) for _, p in pairs}
            for g in d.gold:
                if id(g) not in matched_g:
                    ctx = d.text[max(0, g.start - 40) : g.end + 40].replace("\n", " ")
                    print(f"  MISS {d.name}: {g.text!r} ({g.type} {g.value}) | {ctx}")
            for p in pred:
                if id(p) not in matched_p:
                    ctx = d.text[max(0, p.span[0] - 40) : p.span[1] + 40].replace("\n", " ")
                    print(f"  FP   {d.name}: {p.text!r} ({p.value}) | {ctx}")
    p, r, f = prf(tp, n_pred, n_gold)
    sp, sr, sf = prf(tp_strict, n_pred, n_gold)
    _, _, tf = prf(tp_strict_trim, n_pred, n_gold)
    words = sum(len(d.text.split()) for d in docs)
    how = "with spaCy parses (tense from the parse)" if nlp is not None else "text only"
    print(f"{name}, {how}: {len(docs)} docs, {n_gold} gold TIMEX3 (DCT excluded), {n_pred} predicted")
    print(f"  relaxed  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}   (leading 'on' removed: F1 {tf:.3f})")
    print(f"  value accuracy, DATE: {date_ok / date_n if date_n else 0:.3f} ({date_ok}/{date_n})")
    print(f"  value accuracy, all matched types: {all_ok / all_n if all_n else 0:.3f} ({all_ok}/{all_n})")
    print(f"  speed of find_dates: {len(docs) / elapsed:,.0f} docs/s, {words / elapsed:,.0f} words/s ({elapsed:.2f} s)")
    return {"f1": f, "strict_f1": sf, "date_acc": date_ok / date_n if date_n else 0.0}


def speed(path: Path) -> None:
    """find_dates beside spaCy parsing, on the same texts, in this process."""
    import json

    from telex.config import get_settings
    from telex.nlp import load_model

    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    words = sum(len(t.split()) for t in texts)
    published = date(2010, 1, 1)

    def best_of(n, fn):
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    text_only = best_of(3, lambda: [find_dates(t, published) for t in texts])
    nlp = load_model(get_settings().spacy_model)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    with_doc = best_of(3, lambda: [find_dates(d.text, published, d) for d in docs])
    print(f"Speed on {path.name}: {len(texts)} texts, {words:,} words")
    print(f"  spaCy parse ({get_settings().spacy_model}): {parse:.2f} s, {words / parse:,.0f} words/s")
    print(f"  find_dates, text only:   {text_only:.3f} s, {words / text_only:,.0f} words/s, {100 * text_only / parse:.1f}% of the parse")
    print(f"  find_dates, with parse:  {with_doc:.3f} s, {words / with_doc:,.0f} words/s, {100 * with_doc / parse:.1f}% of the parse")


def corpus_folders(data: Path) -> tuple[Path | None, Path | None]:
    """The TBAQ-cleaned and MEANTIME folders to score under ``data``: both when ``data`` is the folder
    that holds them, one (the other None) when ``data`` is itself one corpus's folder."""
    if any(data.glob("*/*.tml")):
        return data, None
    if data.name == "intra-doc_annotation":
        return None, data
    if (data / "intra-doc_annotation").exists():
        return None, data / "intra-doc_annotation"
    return data / "TBAQ-cleaned", data / "meantime_newsreader_english_oct15" / "intra-doc_annotation"


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("-")]
    verbose = "-v" in argv or "--verbose" in argv
    nlp = None
    if "--parse" in argv:
        from telex.nlp import load_model
        from telex.config import get_settings

        nlp = load_model(get_settings().spacy_model)
    data = Path(args[0]) if args else DEFAULT_DATA / "time"
    require(data, "the time-expression data (TBAQ-cleaned, MEANTIME)")
    tbaq, meantime = corpus_folders(data)
    found = False
    if tbaq is None:
        pass  # a MEANTIME folder was named: that corpus alone
    elif tbaq.exists():
        files = sorted(tbaq.glob("*/*.tml"))
        if files:
            found = True
            score("TBAQ-cleaned (TimeBank + AQUAINT)", [load_timeml(f) for f in files], verbose, nlp)
    else:
        print(f"TBAQ-cleaned: missing at {tbaq}, not scored")
    if meantime is None:
        pass  # a TBAQ-cleaned folder was named: that corpus alone
    elif meantime.exists():
        files = sorted(meantime.glob("*/*.xml"))
        if files:
            found = True
            score("MEANTIME English", [load_meantime(f) for f in files], verbose, nlp)
    else:
        print(f"MEANTIME: missing at {meantime}, not scored")
    if not found:
        sys.exit(f"error: no TimeML files under {data}")
    if "--speed" in argv:
        # DATA/../corpus/...; or two levels up when DATA named one corpus's folder
        wikinews = next((p / "corpus" / "wikinews" / "wikinews_en.jsonl" for p in list(data.resolve().parents)[:3]
                         if (p / "corpus" / "wikinews" / "wikinews_en.jsonl").exists()),
                        data.parent / "corpus" / "wikinews" / "wikinews_en.jsonl")
        if wikinews.exists():
            speed(wikinews)
        else:
            print(f"Speed: the Wikinews corpus is missing at {wikinews}, not measured")


if __name__ == "__main__":
    main(sys.argv[1:])
