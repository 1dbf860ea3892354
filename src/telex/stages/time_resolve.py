"""How ``telex_time`` resolves relative expressions: tense, the running context of a text, and the
resolvers the rules share.

Relative expressions resolve against the publication date:

- A weekday ("on Friday") in past or unmarked reporting is the most recent such day on or before
  publication (the publication day itself included); in future tense ("will meet on Monday") it is
  the first such day after publication. "last Friday" is strictly before, "next Friday" strictly
  after, "this Friday" the one in the publication week; "until Friday", "as soon as Friday",
  "takes effect on Friday", "effective Friday" look ahead.
- A day or month without a year ("February 18", "in March") takes the publication year, or the
  year before when that would lie after publication; in future tense it takes the publication year
  or the year after. When the tense is not known it takes the year before unless the date ahead is
  more than :data:`FUTURE_BIAS` times closer. A weekday written with it ("Monday, Oct. 26") picks
  the year where the two agree.
- Tense comes from ``doc`` when one is given: the verb that governs the expression (will / shall /
  'll, going to, modals and "would" mean future; so do "plan", "schedule", "expect"... above it;
  past-tense verbs mean past). Without a doc, from the nearest tense word before the expression
  in its clause.
- "N days/weeks ago" keeps the day, "N months ago" the month, "N years ago" the year. "three days
  later/earlier" count from the day the text named just before, if any. "a year earlier", "a year
  ago", "year-ago" and "the year-earlier quarter" shift the quarter named before them back a year,
  as earnings reports use them. "N days before/after <event>" is a duration ("P6D").
- "the next day", "that day", "the following week", "the previous Friday" count from the last day
  the text named before them, else from the publication date.
- "the past year" is a duration (``P1Y``); "the last year", "last year" are the year before.

No publication date (``published=None``): relative expressions resolve against the latest full
date (year, month and day) written in the text, such as a dateline; when the text has none they
are left out. Absolute expressions ("7 August 2022", "2014", "the 1990s") and durations are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from spacy.tokens import Doc

from telex.stages.time_calendar import _add_months, _iso_week, _quarter, _safe_date
from telex.stages.time_words import REFERENCES

# --------------------------------------------------------------------------- tense


_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|won't|wo\s+n't|going\s+to|due\s+to|is\s+to|are\s+to|scheduled\s+to|set\s+to|expected\s+to|"
    r"plans?\s+to|planning\s+to|intends?\s+to|upcoming|next)\b|'ll\b|’ll\b",
    re.IGNORECASE,
)
_PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|announced|reported|added|noted|stated|confirmed|declared|"
    r"claimed|signed|met|held|agreed|rejected|called|urged|warned|killed|died|arrived|left|began|took|made|gave|came|"
    r"went|won|lost|fell|rose|closed|opened|launched|visited|spoke|attacked|voted|passed|approved|resigned)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;:\n\"“”()]")
#: Verbs that put what they govern in the future: "planned to leave on Thursday", "scheduled a vote Friday".
_PLAN_VERBS = {"plan", "schedule", "set", "expect", "intend", "prepare", "aim", "due", "hope", "postpone", "delay", "adjourn", "defer", "await"}
#: Words just before a day that make it a deadline ahead: "until Friday", "as soon as Tuesday".
_DEADLINE = re.compile(
    r"(?<![.,;:!?\n\"“]\s)(?<!\bup\s)(?<!\bnot\s)(?<!^)\b(?:until|till|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|by)\s+(?:(?:on|next)\s+)?$",
    re.IGNORECASE,
)
#: Words just before a day that point ahead without fixing the tense: "payable Dec. 7", "extended to
#: Nov. 16", "effective Feb. 1". The tense of the clause's verb ("declared a dividend, payable Dec. 7")
#: says nothing about them, so the date goes to the nearer year, as when no tense is known.
_AHEAD = re.compile(
    r"\b(?:payable|due|effective|expir(?:e|es|ing)|tak(?:es|e|ing)\s+effect|(?:extended|postponed|delayed|deferred|adjourned|rescheduled|"
    r"moved|pushed\s+back)\s+(?:to|until|till))\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_FUTURE_MODALS = {"will", "shall", "'ll", "’ll", "wo", "ll"}
_MAYBE_FUTURE_MODALS = {"could", "may", "might", "should", "must", "can"}


# --------------------------------------------------------------------------- context


@dataclass
class _Found:
    start: int
    end: int
    value: str
    precision: str
    rule: str
    shifted: bool = False  # a period moved from another one ("a year earlier"): not a base for "the quarter"


@dataclass
class _Ctx:
    text: str
    anchor: Optional[date]
    doc: Optional[Doc] = None
    prev: list[_Found] = field(default_factory=list)

    def ahead(self, start: int) -> bool:
        """Whether the words before text[start:] point ahead ("payable", "takes effect"): see :data:`_AHEAD`."""
        return _AHEAD.search(self.text, max(0, start - 30), start) is not None

    def tense(self, start: int, end: int) -> Optional[str]:
        """'past', 'future' or None for the clause around text[start:end]."""
        if _DEADLINE.search(self.text, max(0, start - 30), start):
            # "until Friday", "by Friday" is a deadline ahead, even when announced in the past ("gave
            # them until Friday to leave"), except in the past perfect: "had been moved by Friday".
            verb = _clause_verb(self.doc, start, end) if self.doc is not None and self.doc.has_annotation("DEP") else None
            if verb is not None and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
                return "past"
            return "future"
        if self.ahead(start):
            return None
        if self.doc is not None and self.doc.has_annotation("DEP"):
            return _doc_tense(self.doc, self.text, start, end)
        return _text_tense(self.text, start, end)

    def sentence_start(self, pos: int) -> int:
        window = self.text[max(0, pos - 300) : pos]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
        return pos - len(window) + cut + 1 if cut >= 0 else max(0, pos - 300)

    def last(self, before: int, precisions: tuple[str, ...], within: int = 100_000) -> Optional[_Found]:
        """The last mention before ``before`` (and at most ``within`` characters before it) of these precisions."""
        for f in reversed(self.prev):
            if f.end <= before and f.precision in precisions and not f.shifted and f.value not in REFERENCES:
                if before - f.end > within:
                    return None
                return f
        return None


def _text_tense(text: str, start: int, end: int) -> Optional[str]:
    """Tense from the nearest marker before the expression in its clause; after it only when the
    expression opens the clause ("On Monday, the council will vote")."""
    left = text[max(0, start - 70) : start]
    cut = None
    for m in _CLAUSE_END.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    best: Optional[tuple[int, str]] = None
    for pattern, kind in ((_FUTURE_WORDS, "future"), (_PAST_WORDS, "past")):
        for m in pattern.finditer(left):
            dist = len(left) - m.end()
            if best is None or dist < best[0] or (dist == best[0] and kind == "future"):
                best = (dist, kind)
    if best is None and not re.search(r"[^\W\d]{3,}", re.sub(r"(?i)\b(?:on|in|by|at|and|but|the|early|late|last|next|this)\b", "", left)):
        right = text[end : end + 50]
        m = _CLAUSE_END.search(right)
        if m:
            right = right[: m.start()]
        for pattern, kind in ((_FUTURE_WORDS, "future"), (_PAST_WORDS, "past")):
            for m in pattern.finditer(right):
                dist = m.start()
                if best is None or dist < best[0] or (dist == best[0] and kind == "future"):
                    best = (dist, kind)
    return best[1] if best else None


def _clause_verb(doc: Doc, start: int, end: int):
    """The verb that governs the expression at text[start:end], or None where the parse shows none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and not (verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i):
            break
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _doc_tense(doc: Doc, text: str, start: int, end: int) -> Optional[str]:
    verb = _clause_verb(doc, start, end)
    if verb is None:
        return _text_tense(text, start, end)
    chain = [verb]
    while len(chain) < 3 and chain[-1].dep_ in ("xcomp", "ccomp", "advcl", "conj") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE_MODALS or auxes & _MAYBE_FUTURE_MODALS or "would" in auxes:
        return "future"
    if verb.head.i != verb.i and verb.head.lower_ == "going" and "to" in auxes:
        return "future"
    if any(v.lemma_ in _PLAN_VERBS for v in chain[1:]) or (verb.lemma_ in _PLAN_VERBS and verb.tag_ != "VBD"):
        return "future"
    if "to" in auxes and len(chain) > 1:
        head_auxes = {c.lower_ for c in chain[1].children if c.dep_ in ("aux", "auxpass")}
        if head_auxes & (_FUTURE_MODALS | _MAYBE_FUTURE_MODALS | {"would"}):
            return "future"
        return None
    if verb.tag_ == "VBD" or auxes & {"was", "were", "had", "did", "'d"}:
        return "past"
    if verb.tag_ == "VBN" and auxes & {"has", "have", "'s", "'ve"}:
        return "past"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ == "conj":
        # "has criticised the plan and banned imports in August": a participle coordinated with no auxiliary of
        # its own shares the tense of the verbs it is coordinated with, a past one unless they are future
        head = verb.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        head_auxes = {c.lower_ for t in (verb.head, head) for c in t.children if c.dep_ in ("aux", "auxpass")}
        return "future" if head_auxes & (_FUTURE_MODALS | {"would"}) else "past"
    return None


# --------------------------------------------------------------------------- resolvers

Result = Optional[tuple]  # (value, precision) or (value, precision, shifted)


def _day(d: Optional[date]) -> Result:
    return (d.isoformat(), "day") if d else None


def _year_for(ctx: _Ctx, month: int, day: int, start: int, end: int, *, tense: Optional[str] = "?",
              weekday: Optional[int] = None) -> Optional[date]:
    """Year of a day or month that the text gives without one (see the module docstring).

    ``weekday``: the text names the weekday too ("Monday, Oct. 26"): the year where it fits wins.
    """
    a = ctx.anchor
    if a is None:
        return None
    same = _safe_date(a.year, month, day) or _safe_date(a.year, month, 28)
    before = _safe_date(a.year - 1, month, day) or _safe_date(a.year - 1, month, 28)
    after = _safe_date(a.year + 1, month, day) or _safe_date(a.year + 1, month, 28)
    options = [d for d in (same, before, after) if d is not None]
    if same is None or not options:
        return None  # out of the calendar's range
    if weekday is not None:
        fits = [d for d in options if d.weekday() == weekday]
        if len(fits) == 1:
            return fits[0]
    if tense == "?":
        tense = ctx.tense(start, end)
    if tense == "past":
        return same if same <= a else before
    if tense == "future":
        return same if same >= a else after
    return _nearest(a, options)


#: With no tense to go by, a date ahead of publication wins only when it is this many times
#: closer than the one behind: news reports the past more than it announces the future.
FUTURE_BIAS = 2.0


def _nearest(a: date, options) -> date:
    past = max((d for d in options if d <= a), default=None)
    future = min((d for d in options if d > a), default=None)
    if past is None:
        return future
    if future is None:
        return past
    return future if (future - a).days * FUTURE_BIAS < (a - past).days else past


def _weekday_date(ctx: _Ctx, dow: int, mod: str, start: int, end: int) -> Optional[date]:
    a = ctx.anchor
    if a is None:
        return None
    back = (a.weekday() - dow) % 7
    fwd = (dow - a.weekday()) % 7
    if mod in ("last", "past"):
        return a - timedelta(days=back or 7)
    if mod in ("next", "coming", "this coming"):
        return a + timedelta(days=fwd or 7)
    if mod == "this":
        return a - timedelta(days=a.weekday()) + timedelta(days=dow)
    if mod in ("the following", "the next", "the previous"):
        base = ctx.last(start, ("day",))
        ref = date.fromisoformat(base.value[:10]) if base else a
        if mod == "the previous":
            return ref - timedelta(days=((ref.weekday() - dow) % 7) or 7)
        return ref + timedelta(days=((dow - ref.weekday()) % 7) or 7)
    tense = ctx.tense(start, end)
    if tense == "future" or (tense is None and ctx.ahead(start)):
        # "will meet on Monday"; "the truce, which takes effect on Monday evening"
        return a + timedelta(days=fwd or 7)
    return a - timedelta(days=back)


def _period(a: date, unit: str, shift: int) -> Result:
    unit = unit.lower()
    if unit == "week":
        return _iso_week(a + timedelta(weeks=shift)), "week"
    if unit == "weekend":  # Saturday and Sunday close their ISO week
        return _iso_week(a + timedelta(weeks=shift)), "week"
    if unit == "month":
        y, m = _add_months(a.year, a.month, shift)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "quarter":
        y, q = _quarter(a)
        k = y * 4 + (q - 1) + shift
        return f"{k // 4:04d}-Q{k % 4 + 1}", "quarter"
    if unit in ("year", "fiscal year", "financial year", "season"):
        return f"{a.year + shift:04d}", "year"
    if unit == "decade":
        return f"{a.year // 10 + shift:03d}", "decade"
    if unit == "century":
        return f"{a.year // 100 + shift:02d}", "decade"
    return None


_UNIT_GRAIN = {"second": "day", "minute": "day", "hour": "day", "day": "day", "night": "day", "week": "day",
               "fortnight": "day", "month": "month", "quarter": "quarter", "year": "year", "decade": "year", "century": "year"}


def _shifted(a: date, n: float, unit: str, sign: int) -> Result:
    u = unit.lower().rstrip("s")
    if u == "centurie":
        u = "century"
    grain = _UNIT_GRAIN.get(u, "day")
    if u in ("second", "minute", "hour"):
        hours = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1}[u] * n
        return _day(a + timedelta(days=sign * int(hours // 24)))
    if u in ("day", "night"):
        return _day(a + timedelta(days=sign * round(n)))
    if u in ("week", "fortnight"):
        return _day(a + timedelta(weeks=sign * n * (2 if u == "fortnight" else 1)))
    if u == "month":
        y, m = _add_months(a.year, a.month, sign * round(n))
        return f"{y:04d}-{m:02d}", "month"
    if u == "quarter":
        y, m = _add_months(a.year, a.month, sign * 3 * round(n))
        return f"{y:04d}-Q{(m - 1) // 3 + 1}", "quarter"
    years = n * {"year": 1, "decade": 10, "century": 100}[u]
    return f"{a.year + sign * round(years):04d}", grain


#: How far back (characters) "three days later" looks for the day it counts from.
ANAPHORA_WINDOW = 600

#: How far back (characters) "a year earlier" looks for the quarter it shifts; earnings reports name
#: the quarter once and compare with "a year earlier" paragraphs later.
YEAR_SHIFT_WINDOW = 1500


def _year_shift_in_sentence(ctx: _Ctx, s: int) -> Result:
    """'a year earlier' after a quarter (or, in the same sentence, a month): that period a year before."""
    q = None
    for f in reversed(ctx.prev):
        if s - f.end > YEAR_SHIFT_WINDOW:
            break
        if f.end <= s and not f.shifted and f.precision == "quarter" and re.fullmatch(r"\d{4}-Q\d", f.value):
            q = f
            break
    if q is not None:
        a = ctx.anchor
        if a is not None and int(q.value[:4]) < a.year - 1:
            return None
        if a is not None and int(q.value[:4]) == a.year - 1:
            return q.value, "quarter", True  # already the period a year back ("the 1988 quarter")
        return f"{int(q.value[:4]) - 1:04d}{q.value[4:]}", "quarter", True
    sent = ctx.sentence_start(s)
    f = ctx.last(s, ("month",))
    if f is not None and f.start >= sent and re.fullmatch(r"\d{4}-\d\d", f.value):
        return f"{int(f.value[:4]) - 1:04d}{f.value[4:]}", "month", True
    return None

