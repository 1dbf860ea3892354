"""Score quote finding and attribution against PolNeAR (``shared/data/quotes/polnear_train_dev.jsonl``).

Quoted segments: gold units are the quoted segments of attributions whose ``quote_type`` is direct
or mixed; predictions are telex quotes of kind direct or fragment. A prediction matches a gold
segment when it covers at least half of it, one to one. Speaker accuracy is over matched quotes:
right when the quote's ``speaker_span``, or any mention of its speaker actor, overlaps the gold
speaker span. Attributed F1 counts only quotes whose segment and speaker are both right.

All attributions: every gold attribution's content span (indirect ones included) against telex's
statements (direct segments interrupted only by their own attribution joined into one, reported
speech with the words it quotes joined into one, other fragments; see
:func:`telex.stages.quotes.statements`), matched at 50% overlap of the
gold content, one to one; with speaker accuracy as above.

``bench/quotes.py`` prints these figures; ``telex eval`` gates on them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Sequence

from telex.records import Analysis, Article, Quote

Span = tuple[int, int]


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: Sequence, pred: Sequence, gold_span: Callable, pred_span: Callable) -> list[tuple[int, int]]:
    """One-to-one matches: a prediction covering at least half of a gold unit, best overlap first.

    >>> match([(0, 10)], [(0, 4), (2, 9)], lambda g: g, lambda p: p)
    [(0, 1)]
    """
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


def speaker_right(quote: Quote, gold_speaker: Span | None, mentions: dict) -> bool:
    """The quote's speaker span, or any mention of its speaker actor, overlaps the gold speaker span."""
    if gold_speaker is None:
        return False
    spans = []
    if quote.speaker_span:
        spans.append(quote.speaker_span)
    if quote.speaker:
        spans += mentions.get(quote.speaker, [])
    return any(overlap(s, gold_speaker) > 0 for s in spans)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; 0 where undefined."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class PolnearCounts:
    """Counts summed over articles; :meth:`metrics` turns them into rates."""

    seg_gold: int = 0
    seg_pred: int = 0
    seg_tp: int = 0
    seg_spk: int = 0
    all_gold: int = 0
    all_pred: int = 0
    all_tp: int = 0
    all_spk: int = 0

    def add(self, other: "PolnearCounts") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def metrics(self) -> dict[str, float]:
        p, r, f = prf(self.seg_tp, self.seg_pred, self.seg_gold)
        ap, ar, af = prf(self.seg_spk, self.seg_pred, self.seg_gold)
        cp, cr, cf = prf(self.all_tp, self.all_pred, self.all_gold)
        return {
            "segment_p": p,
            "segment_r": r,
            "segment_f1": f,
            "speaker_accuracy": self.seg_spk / self.seg_tp if self.seg_tp else 0.0,
            "attributed_p": ap,
            "attributed_r": ar,
            "attributed_f1": af,
            "content_p": cp,
            "content_r": cr,
            "content_f1": cf,
            "content_speaker_accuracy": self.all_spk / self.all_tp if self.all_tp else 0.0,
        }


@dataclass
class WrongSpeaker:
    """A matched quoted segment whose speaker is wrong: for reading errors, not for scoring."""

    quote: str
    telex: str | None
    gold: str | None


def load_polnear(path: Path) -> list[dict]:
    """The PolNeAR rows (one article each, with ``split``, ``text``, ``quotes``)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def title_lines(text: str, title: str) -> Span | None:
    """Where a known title opens ``text``: the leading lines whose words, run together, begin the title.

    PolNeAR's texts repeat the row's title as their first line or lines, with punctuation changed
    ("...Fraud’" becomes "...Fraud.’") or the subheading after ";" on a line of its own.

    >>> title_lines("Talks fail; Both sides walk out.\\n\\nThe talks failed.", "Talks fail; both sides walk out")
    (0, 32)
    """
    wanted = _letters(title)
    seen, end = "", None
    for line in re.finditer(r"[^\n]+", text):
        seen += _letters(line.group())
        if not seen or not wanted.startswith(seen):
            break
        end = line.end()
    return (0, end) if end is not None else None


def _letters(s: str) -> str:
    return re.sub(r"[\W_]+", "", s).lower()


def polnear_article(row: dict) -> Article:
    """The Article telex reads for a PolNeAR row: English, dated where the row gives a valid date,
    with the row's title where the text opens with it (quotes in a headline have no cue to attribute,
    and PolNeAR does not annotate them)."""
    from telex.ingest.text import article_from_text

    try:
        published = date.fromisoformat(row.get("date") or "")
    except ValueError:
        published = None
    article = article_from_text(row["text"], published=published, language="en", input_id=row["id"])
    span = title_lines(row["text"], row.get("title") or "")
    if span is not None:
        article.title, article.title_span = row["text"][span[0]:span[1]], span
    return article


def score_polnear_article(row: dict, result: Analysis) -> tuple[PolnearCounts, list[WrongSpeaker]]:
    """Counts for one article, and the matched segments whose speaker telex got wrong, in text order."""
    from telex.stages.quotes import statements

    counts = PolnearCounts()
    wrong: list[WrongSpeaker] = []
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
    counts.seg_gold += len(gold)
    counts.seg_pred += len(pred)
    counts.seg_tp += len(pairs)
    for gi, pi in pairs:
        ok = speaker_right(pred[pi], gold[gi][1], mentions)
        counts.seg_spk += ok
        if not ok:
            q = pred[pi]
            said = text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else None
            g = gold[gi][1]
            wrong.append(WrongSpeaker(q.text, said, text[g[0]:g[1]] if g else None))
    # all attributions
    gold_all = [
        (tuple(att["content_span"]), tuple(att["speaker_span"]) if att.get("speaker_span") else None)
        for att in row["quotes"]
        if att.get("content_span")
    ]
    # attribution units: a statement split by its own "he said", or reported speech with the words it
    # quotes, is one unit, as in PolNeAR
    units = statements(result.quotes, text)
    pred_all = [parts[0].model_copy(update={"span": span}) for span, parts in units]
    pairs = match(gold_all, pred_all, lambda g: g[0], lambda q: q.span)
    counts.all_gold += len(gold_all)
    counts.all_pred += len(pred_all)
    counts.all_tp += len(pairs)
    counts.all_spk += sum(speaker_right(pred_all[pi], gold_all[gi][1], mentions) for gi, pi in pairs)
    return counts, wrong


def score_polnear(rows: Iterable[dict], results: Iterable) -> PolnearCounts:
    """Summed counts over articles.

    A result that is not an Analysis (a Failure) scores as an article where telex found nothing, so
    that its gold still counts: a gate must not get better because articles fail.
    (``bench/quotes.py`` leaves failed articles out instead, and says so on a line of its own.)
    """
    total = PolnearCounts()
    for row, result in zip(rows, results):
        if not isinstance(result, Analysis):
            result = Analysis(article=polnear_article(row))
        total.add(score_polnear_article(row, result)[0])
    return total
