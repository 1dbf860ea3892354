"""``telex_time``: find time expressions and give each an ISO 8601 value resolved against the publication date.

:func:`find_dates` is the pure function; the spaCy component ``telex_time`` calls it on every doc
and sets ``doc._.telex_dates``, leaving out expressions inside text the furniture stage excluded.

Finding is done by our own rules below (about thirty regular expressions, compiled at import, each
tried only near one of its trigger words); normalising is our own date arithmetic. dateparser is
not used: every span we find is already parsed by its rule, and dateparser.parse took about 0.5 ms
a mention on Wikinews, four times what find_dates spends on the whole article.
The word lists are data: ``knowledge/time_words.tsv`` (months, weekdays, numbers, units, seasons,
reference words, time zones) and ``knowledge/holidays.tsv`` (named days and how to date them).

Values (``DateMention.value``) follow ISO 8601 and, where ISO has no form, TimeML's TIMEX3:

===========================  ===============  =========  =========================================
text                         value            precision  note
===========================  ===============  =========  =========================================
"7 August 2022", "Friday"    ``2022-08-07``   day        also clock times ("10 p.m. Friday"): the
                                                         day only, and named days ("Christmas")
"last week", "the weekend"   ``2022-W18``     week       ISO 8601 week
"March 2021", "in March"     ``2021-03``      month      "early/mid/late March" keep the month
"the first quarter"          ``2022-Q1``      quarter    also seasons ``2022-SU`` (SP SU FA WI) and
                                                         halves ``2022-H1`` (TIMEX3 values)
"2014", "last year"          ``2014``         year       "mid-2021", "late 2019" keep the year
"the 1990s"                  ``199``          decade     ISO 8601 reduced precision, as TIMEX3;
                                                         "the 19th century" is ``18``, also "decade"
"three months", "for weeks"  ``P3M``, ``PXW``  duration  ``X``: an unspecified number (TIMEX3);
                                                         decades and centuries count in years
"now", "recently", "the      ``PRESENT_REF``  day        TIMEX3 reference values for words that name
future"                      ``PAST_REF``                no date; their precision means nothing
                             ``FUTURE_REF``              (``references=False`` leaves them out)
===========================  ===============  =========  =========================================

Resolution. Relative expressions resolve against the publication date:

- A weekday ("on Friday") in past or unmarked reporting is the most recent such day on or before
  publication (the publication day itself included); in future tense ("will meet on Monday") it is
  the first such day after publication. "last Friday" is strictly before, "next Friday" strictly
  after, "this Friday" the one in the publication week; "until Friday", "as soon as Friday" look
  ahead.
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

Spans: a leading "on" is part of a weekday or date ("on Friday"), as telex's output contract shows;
other prepositions are not ("since February 18" gives "February 18", "for weeks" gives "weeks").
Modifiers are part of the span, as in TimeML: "almost three months ago", "more than four hours",
"the past two months", "early next year".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from telex.knowledge import data_lines
from telex.records import DateMention
from telex.stages.furniture import doc_text, is_excluded

if not Doc.has_extension("telex_dates"):
    Doc.set_extension("telex_dates", default=None)
if not Doc.has_extension("telex_article"):
    Doc.set_extension("telex_article", default=None)
if not Doc.has_extension("telex_excluded"):
    Doc.set_extension("telex_excluded", default=None)

#: TIMEX3 reference values, given to expressions that name no date ("now", "recently", "the future").
REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


# --------------------------------------------------------------------------- knowledge


def _load_words() -> dict[str, dict[str, str]]:
    words: dict[str, dict[str, str]] = {}
    for number, line in data_lines("time_words.tsv"):
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"knowledge/time_words.tsv line {number}: expected KIND<TAB>WORD<TAB>VALUE")
        kind, word, value = parts
        words.setdefault(kind, {})[word] = value
    return words


def _load_holidays() -> dict[str, str]:
    out = {}
    for number, line in data_lines("holidays.tsv"):
        name, sep, rule = line.partition("\t")
        if not sep:
            raise ValueError(f"knowledge/holidays.tsv line {number}: expected NAME<TAB>RULE")
        out[name.strip()] = rule.strip()
    return out


_WORDS = _load_words()
_HOLIDAYS = _load_holidays()

MONTHS = {w.lower(): int(v) for w, v in _WORDS["month"].items()}
WEEKDAYS = {w.lower(): int(v) for w, v in _WORDS["weekday"].items()}
NUMBERS = {w.lower(): (None if v == "X" else float(v)) for w, v in _WORDS["number"].items()}
UNITS = {w.lower(): v for w, v in _WORDS["unit"].items()}
SEASONS = {w.lower(): v for w, v in _WORDS["season"].items()}
REFERENCE_WORDS = {w.lower(): v for w, v in _WORDS["reference"].items()}
TIMEZONES = list(_WORDS["timezone"])

_FULL_MONTHS = [w for w, v in _WORDS["month"].items() if len(w) > 4 or w in ("May", "June", "July")]
_ABBR_MONTHS = [w for w in _WORDS["month"] if w not in _FULL_MONTHS]
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "final": 4, "last": 4,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}


# --------------------------------------------------------------------------- pattern pieces


def _alt(words, caps: bool = False) -> str:
    """An alternation of ``words``, longest first; ``caps``: Capitalised or UPPER CASE forms only."""
    forms = set()
    for w in words:
        if caps:
            forms.add(w[0].upper() + w[1:])
            forms.add(w.upper())
        else:
            forms.add(w)
    ordered = sorted(forms, key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered) + ")"


_MON_FULL = _alt(_FULL_MONTHS, caps=True) + r"(?![a-zA-Z])"
_MON_FULL_SAFE = _alt([m for m in _FULL_MONTHS if m not in ("May", "March")], caps=True) + r"(?![a-zA-Z])"
_MON_ABBR_DOT = _alt(_ABBR_MONTHS, caps=True) + r"\."
_MON_DAYFORM = rf"(?:{_MON_FULL}|{_alt(_ABBR_MONTHS, caps=True)}(?:\.|(?![a-zA-Z])))"
_WEEKDAY = _alt(_WORDS["weekday"], caps=True) + r"(?![a-zA-Z])"
_DAY = r"(?<![\d.,$£€])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.,]\d|%)"
_YEAR = r"(?<![\d.,$£€])(?:1[0-9]\d\d|20\d\d)(?![\d%])(?!,\d)"

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL = "one|two|three|four|five|six|seven|eight|nine"
_NUMWORD = (
    rf"(?:(?:{_TENS})(?:[\s-](?:{_SMALL}))?|"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(NUMBERS, key=len, reverse=True) if w not in _TENS.split("|"))
    + ")"
)
_NUM = (
    r"(?:(?<![\d,.$£€])\d+(?:\.\d+)?(?:\s+1/2|\s*½)?(?![\d,]\d)"
    rf"|(?i:{_NUMWORD})(?:\s+(?i:and\s+a\s+half))?(?:\s+(?i:hundred|thousand))?)"
)
_UNIT = r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
_APPROX = (
    r"(?i:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|well\s+over|well\s+under|no\s+more\s+than|"
    r"no\s+less\s+than|as\s+many\s+as|as\s+long\s+as|as\s+little\s+as|upwards\s+of|close\s+to|only|just|barely|"
    r"the\s+better\s+part\s+of|a\s+little\s+over|a\s+little\s+more\s+than|little\s+more\s+than|exactly|precisely)"
)
_TZ = _alt(TIMEZONES)


# --------------------------------------------------------------------------- date helpers


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


_DOW = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _holiday_date(rule: str, year: int) -> Optional[date]:
    offset = 0
    m = re.fullmatch(r"(\d+:-?\d+:\w+)([+-]\d+)", rule)
    if m:
        rule, offset = m.group(1), int(m.group(2))
    if rule.startswith("easter"):
        return _easter(year) + timedelta(days=int(rule[6:] or 0))
    if ":" in rule:
        month_s, nth_s, dow_s = rule.split(":")
        month, nth, dow = int(month_s), int(nth_s), _DOW[dow_s[:3].lower()]
        if nth > 0:
            first = date(year, month, 1)
            d = first + timedelta(days=(dow - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            ny, nm = _add_months(year, month, 1)
            last = date(ny, nm, 1) - timedelta(days=1)
            d = last - timedelta(days=(last.weekday() - dow) % 7)
        return d + timedelta(days=offset)
    month, day = (int(x) for x in rule.split("-"))
    return _safe_date(year, month, day)


def _number(s: str) -> Optional[float]:
    """Value of a number phrase; None for an unspecified amount ("several")."""
    s = " ".join(s.lower().replace("-", " ").split())
    extra = 0.0
    if s.endswith(" and a half"):
        s, extra = s[: -len(" and a half")], 0.5
    if s.endswith("½"):
        s, extra = s[:-1].strip(), 0.5
    elif s.endswith(" 1/2"):
        s, extra = s[:-4], 0.5
    mult = 1.0
    for word, k in (("hundred", 100.0), ("thousand", 1000.0)):
        if s.endswith(" " + word):
            s, mult = s[: -len(word) - 1], k
    if not s:
        return None
    if s[0].isdigit():
        try:
            return (float(s) + extra) * mult
        except ValueError:
            return None
    if s in NUMBERS:
        v = NUMBERS[s]
        return None if v is None else (v + extra) * mult
    parts = s.split()
    total = 0.0
    for p in parts:
        v = NUMBERS.get(p)
        if v is None:
            return None
        total += v
    return (total + extra) * mult


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration(n: Optional[float], unit_word: str) -> str:
    u = unit_word.lower().rstrip("s")
    if u == "centurie":
        u = "century"
    code = UNITS.get(u, "D")
    if code == "DE":
        code, n = "Y", None if n is None else n * 10
    elif code == "CE":
        code, n = "Y", None if n is None else n * 100
    elif code == "Q":
        code, n = "M", None if n is None else n * 3
    elif code == "2W":
        code, n = "W", None if n is None else n * 2
    time_part = code.startswith("T")
    letter = code[-1]
    prefix = "PT" if time_part else "P"
    if n is None:
        return f"{prefix}X{letter}"
    whole, frac = int(n), n - int(n)
    if frac and letter == "Y":
        return f"P{whole}Y{round(frac * 12)}M" if whole else f"P{round(frac * 12)}M"
    if frac and letter == "W":
        return f"P{whole}W{round(frac * 7)}D" if whole else f"P{round(frac * 7)}D"
    if frac and letter == "D":
        return f"P{whole}DT{round(frac * 24)}H" if whole else f"PT{round(frac * 24)}H"
    if frac and time_part and letter == "H":
        return f"PT{whole}H{round(frac * 60)}M" if whole else f"PT{round(frac * 60)}M"
    if frac and time_part and letter == "M":
        return f"PT{whole}M{round(frac * 60)}S" if whole else f"PT{round(frac * 60)}S"
    return f"{prefix}{_fmt(n)}{letter}"


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

    def tense(self, start: int, end: int) -> Optional[str]:
        """'past', 'future' or None for the clause around text[start:end]."""
        if _DEADLINE.search(self.text, max(0, start - 30), start):
            return "future"
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


def _doc_tense(doc: Doc, text: str, start: int, end: int) -> Optional[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return _text_tense(text, start, end)
    verb = span.root
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and not (verb.dep_ in ("aux", "auxpass") and verb.head is not verb):
            break
        if verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return _text_tense(text, start, end)
    chain = [verb]
    while len(chain) < 3 and chain[-1].dep_ in ("xcomp", "ccomp", "advcl", "conj") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE_MODALS or auxes & _MAYBE_FUTURE_MODALS or "would" in auxes:
        return "future"
    if verb.head is not verb and verb.head.lower_ == "going" and "to" in auxes:
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
    if tense == "future":
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


# --------------------------------------------------------------------------- rules


@dataclass
class _Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, _Ctx, int, int], Result]
    triggers: frozenset[str]  # lower-case words, one of which every match contains
    digits: bool  # a word with a digit in it also triggers the rule
    lookback: int  # how far (characters) before its trigger word a match can start
    absolute: bool = False  # can name a full date without an anchor
    on_prefix: bool = False  # a leading "on" belongs to the span
    index: int = 0


_MONTH_TRIGGERS = " ".join(MONTHS)
_WEEKDAY_TRIGGERS = " ".join(WEEKDAYS)
_UNIT_TRIGGERS = "second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries"
_HOLIDAY_TRIGGERS = " ".join({re.match(r"\w+", n).group().lower() for n in _HOLIDAYS})
_REFERENCE_TRIGGERS = " ".join({re.findall(r"\w+", w)[-1] for w in REFERENCE_WORDS})


_RULES: list[_Rule] = []


def rule(name: str, pattern: str, *, triggers: str = "", digits: bool = False, lookback: int = 0,
         absolute: bool = False, on_prefix: bool = False):
    """Register a rule: a regex, the words that trigger it and its resolver."""

    def register(fn):
        words = frozenset(w for w in triggers.lower().split() if w)
        _RULES.append(_Rule(name, re.compile(pattern), fn, words, digits, lookback, absolute, on_prefix, len(_RULES)))
        return fn

    return register


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w$£€#'’.]+)\s*$", text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([\w'’]+)", text[pos : pos + 30])
    return m.group(1) if m else ""


_ON = r"(?:(?P<on>\b[Oo]n|\bON)\s+)?"


@rule("iso", rf"{_ON}(?<![\d.\-/])(?P<y>\d{{4}})(?P<s>[-/])(?P<m>0[1-9]|1[0-2])(?P=s)(?P<d>0[1-9]|[12]\d|3[01])"
      r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d\-/])", absolute=True, on_prefix=True,
      triggers='', lookback=4, digits=True)
def _r_iso(m, ctx, s, e):
    return _day(_safe_date(int(m["y"]), int(m["m"]), int(m["d"])))


@rule("numeric", rf"{_ON}(?<![\d/.$£€\-:])(?P<a>\d{{1,2}})(?P<s>[/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>\d{{4}}|\d{{2}})(?![\d/]|\.\d)",
      absolute=True, on_prefix=True,
      triggers='', lookback=4, digits=True)
def _r_numeric(m, ctx, s, e):
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    if len(y) == 2:
        yy = int(y)
        pivot = (ctx.anchor.year % 100) if ctx.anchor else 30
        year = (2000 if yy <= pivot + 5 else 1900) + yy
    else:
        year = int(y)
    if m["s"] == ".":  # 07.08.2022 is day.month.year
        return _day(_safe_date(year, b, a))
    if a > 12:  # 13/08/2022 can only be day/month
        return _day(_safe_date(year, b, a))
    return _day(_safe_date(year, a, b))  # US order month/day


_WD_PREFIX = rf"(?:(?P<wd>{_WEEKDAY})\.?,?\s+)?"


@rule("mdy", rf"{_ON}{_WD_PREFIX}(?:(?P<det>(?i:last|this|next|this\s+past|this\s+coming))\s+)?(?P<mon>{_MON_DAYFORM})\s*(?P<d>{_DAY})(?:(?:,\s*|\s+)(?P<y>{_YEAR}))?(?![\w])",
      absolute=True, on_prefix=True,
      triggers=_MONTH_TRIGGERS, lookback=24)
def _r_mdy(m, ctx, s, e):
    month = MONTHS[m["mon"].lower().rstrip(".")]
    day = int(re.match(r"\d+", m["d"]).group())
    if m["y"]:
        return _day(_safe_date(int(m["y"]), month, day))
    if _safe_date(2000, month, day) is None:
        return None
    det = " ".join((m["det"] or "").lower().split())
    tense = "past" if det in ("last", "this past") else "future" if det in ("next", "this coming") else "?"
    weekday = WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    return _day(_year_for(ctx, month, day, s, e, tense=tense, weekday=weekday))


@rule("dmy", rf"{_ON}{_WD_PREFIX}(?:(?i:the)\s+)?(?P<d>{_DAY})(?:\s+(?i:of))?\s+(?P<mon>{_MON_DAYFORM})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])",
      absolute=True, on_prefix=True,
      triggers=_MONTH_TRIGGERS, lookback=34)
def _r_dmy(m, ctx, s, e):
    month = MONTHS[m["mon"].lower().rstrip(".")]
    day = int(re.match(r"\d+", m["d"]).group())
    if m["y"]:
        return _day(_safe_date(int(m["y"]), month, day))
    if _safe_date(2000, month, day) is None:
        return None
    weekday = WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    return _day(_year_for(ctx, month, day, s, e, weekday=weekday))


_MONTH_MOD = r"(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end|end\s+of|beginning\s+of|start\s+of)"


@rule("month_year", rf"(?:(?P<mod>{_MONTH_MOD})[\s-]+)?(?P<mon>{_MON_DAYFORM}),?\s+(?:(?i:of)\s+)?(?P<y>{_YEAR})(?![\w])", absolute=True,
      triggers=_MONTH_TRIGGERS, lookback=20)
def _r_month_year(m, ctx, s, e):
    month = MONTHS[m["mon"].lower().rstrip(".")]
    return f"{int(m['y']):04d}-{month:02d}", "month"


_MONTH_DET = r"(?i:last|next|this|this\s+past|past|coming|the\s+coming|the\s+past)"


_YEAR_SUFFIX = r"(?:,?\s+(?:(?i:of)\s+)?(?P<yrel>(?i:this|last|next|the\s+same|the\s+following|the\s+previous)\s+year))?"


def _month_value(ctx: _Ctx, month: int, det: Optional[str], s: int, e: int, yrel: Optional[str] = None) -> Result:
    a = ctx.anchor
    if a is None:
        return None
    det = " ".join(det.lower().split()) if det else ""
    if yrel:
        shift = {"this": 0, "last": -1, "next": 1, "the": 0}.get(yrel.lower().split()[0], 0)
        if "following" in yrel.lower():
            shift = 1
        elif "previous" in yrel.lower():
            shift = -1
        return f"{a.year + shift:04d}-{month:02d}", "month"
    if det in ("last", "past", "this past", "the past"):
        y = a.year if month < a.month else a.year - 1
    elif det in ("next", "coming", "the coming"):
        y = a.year if month > a.month else a.year + 1
    elif det == "this":
        y = a.year
    else:
        d = _year_for(ctx, month, 1 if month != a.month else a.day, s, e)
        y = d.year if d else a.year
    return f"{y:04d}-{month:02d}", "month"


@rule("month", rf"(?:(?P<mod>{_MONTH_MOD})[\s-]+)?(?:(?P<det>{_MONTH_DET})\s+)?(?P<mon>{_MON_FULL_SAFE}|{_MON_ABBR_DOT})(?![\w-]){_YEAR_SUFFIX}",
      triggers=_MONTH_TRIGGERS, lookback=30)
def _r_month(m, ctx, s, e):
    return _month_value(ctx, MONTHS[m["mon"].lower().rstrip(".")], m["det"], s, e, m["yrel"])


@rule("month_ctx", rf"(?:\b(?P<prep>(?i:in|since|until|till|by|during|through|from|before|after|early|late|mid))\s+)?"
      rf"(?P<x>(?:(?P<mod>{_MONTH_MOD})[\s-]+)?(?:(?P<det>{_MONTH_DET})\s+)?(?P<mon>May|March|MAY|MARCH)(?![\w-]){_YEAR_SUFFIX})",
      triggers='may march', lookback=30)
def _r_month_ctx(m, ctx, s, e):
    if not (m["prep"] or m["mod"] or m["det"] or m["yrel"]):
        return None
    return _month_value(ctx, MONTHS[m["mon"].lower()], m["det"], s, e, m["yrel"])


_YEAR_MOD = (
    r"(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|"
    r"the\s+second\s+half\s+of|the\s+rest\s+of|end|end\s+of|beginning\s+of|start\s+of)"
)
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:percent|per\s*cent|pc\b|km|kilomet|miles?\b|met(?:er|re)s|feet|ft\b|people|persons|troops|soldiers|votes|seats|"
    r"members|cases|deaths|points|tons|tonnes|barrels|dollars|euros|pounds|yuan|rubles|roubles|yen|rupees|"
    r"[a-z]+\s+(?:dollars|euros|pounds)|jobs|workers|employees|units|homes|houses|cars|vehicles|flights|"
    r"hours|minutes|seconds|days|weeks|months|years|acres|hectares|square|sq\b|calories|mph|kph|hp\b|rpm|"
    r"students|children|refugees|prisoners|civilians|residents|victims|pages|words|shares|copies)",
    re.IGNORECASE,
)
_NOT_A_YEAR_BEFORE = {
    "resolution", "no.", "no", "number", "flight", "route", "article", "section", "chapter", "room", "highway",
    "interstate", "#", "page", "pages", "rule", "bill", "act", "code", "paragraph", "item", "model", "version",
    "us$", "$", "£", "€", "over", "nearly", "about", "some", "almost", "around", "than", "approximately",
}


@rule("year", rf"(?<![\w$£€#./])(?:(?P<mod>{_YEAR_MOD})[\s-]+)?(?:(?P<fy>(?i:fiscal(?:\s+year)?|financial\s+year|FY|the\s+year|calendar(?:\s+year)?|year)\s*))?"
      rf"(?P<y>(?:1[0-9]|20)\d\d)(?![\w%]|[.,]\d|\s*[-–]\s*\d\d(?!\d))", absolute=True,
      triggers='', lookback=34, digits=True)
def _r_year(m, ctx, s, e):
    y = int(m["y"])
    prev = _prev_word(ctx.text, s).lower()
    if prev in _NOT_A_YEAR_BEFORE and not m["mod"] and not m["fy"]:
        return None
    if _NOT_A_YEAR_AFTER.match(ctx.text, e):
        return None
    if y < 1900 and not (m["mod"] or m["fy"] or prev in ("in", "since", "from", "until", "by", "of", "to", "between", "and", "circa", "c.", "year", "around")):
        return None
    if ctx.text[e : e + 1] == "-" and re.match(r"-\d{4}(?!\d)", ctx.text[e : e + 6]) is None and ctx.text[e : e + 2][1:].isdigit():
        return None
    return f"{y:04d}", "year"


@rule("year_range", rf"(?<![\w$£€#./])(?P<y>(?:1[0-9]|20)\d\d)\s*[-–]\s*(?P<y2>\d\d)(?![\w%]|[.,]\d)", absolute=True,
      triggers='', lookback=2, digits=True)
def _r_year_range(m, ctx, s, e):
    # "2021-22": a season or fiscal year; the value is the year it starts
    y, y2 = int(m["y"]), int(m["y2"])
    if (y + 1) % 100 != y2:
        return None
    return f"{y:04d}", "year"


@rule("year_apostrophe", rf"\b(?P<prep>(?i:in|since|from|until|by|of|to|between|and|class\s+of))\s+(?P<x>['’](?P<yy>\d\d))(?![\w'’%])",
      triggers='', lookback=12, digits=True)
def _r_year_apostrophe(m, ctx, s, e):
    yy = int(m["yy"])
    a = ctx.anchor
    if a is None:
        return None  # the century is not written
    century = a.year // 100 * 100
    y = century + yy if century + yy <= a.year + 5 else century - 100 + yy
    return f"{y:04d}", "year"


_DECADE_BEFORE = re.compile(r"(?i:the\s+|['’])\d0['’]?s\s+(?:and|or|to|through)\s+$")
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


@rule("decade", rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?"
      rf"(?:(?P<y4>(?:1[0-9]|20)\d)0['’]?s|(?P<ap>['’])(?P<y2>\d)0['’]?s|(?<![\w$£€.,])(?P<y2b>\d)0['’]?s|(?P<word>(?i:{'|'.join(_DECADE_WORDS)})))(?![\w-])",
      absolute=True,
      triggers='twenties thirties forties fifties sixties seventies eighties nineties', lookback=12, digits=True)
def _r_decade(m, ctx, s, e):
    prev = _prev_word(ctx.text, s).lower()
    if prev in ("his", "her", "their", "its", "my", "your", "our", "whose") and not m["the"]:
        return None  # an age: "in their 80s"
    if m["y4"]:
        return m["y4"], "decade"
    digit = m["y2"] or m["y2b"]
    if digit is None:
        if not m["the"]:
            return None
        digit = str(_DECADE_WORDS[m["word"].lower()])
    elif m["y2b"] and not (m["the"] or m["mod"]) and not _DECADE_BEFORE.search(ctx.text, max(0, s - 30), s):
        return None  # "80s" alone is an age or a count; "the 70s and 80s" is a decade
    d = int(digit)
    a = ctx.anchor
    if a is None:
        return None  # "the '90s": the century is not written
    century = a.year // 100
    value = century * 10 + d if century * 100 + d * 10 <= a.year else (century - 1) * 10 + d
    return f"{value:03d}", "decade"


_ORD_WORDS = "|".join(sorted((k for k in _ORDINALS if not k[0].isdigit() and k not in ("final", "last")), key=len, reverse=True))


@rule("century", rf"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORD_WORDS}))[\s-](?i:century)(?![\w-])",
      absolute=True,
      triggers='century', lookback=30)
def _r_century(m, ctx, s, e):
    n = m["n"].lower()
    k = int(re.match(r"\d+", n).group()) if n[0].isdigit() else _ORDINALS.get(n)
    if not k or k > 22:
        return None
    return f"{k - 1:02d}", "decade"


_TITLED_DAY = {"black", "bloody", "super", "man", "girl", "cyber", "good", "holy", "ash", "maundy", "easter", "palm",
               "shrove", "blue", "giving", "small", "fat", "great", "spy"}


@rule("weekday", rf"{_ON}(?:(?P<mod>(?i:last|next|this\s+coming|this\s+past|this|coming|past|early|late|earlier|later|early\s+on|late\s+on|the\s+following|the\s+previous|the\s+next))\s+)?"
      rf"(?P<wd>{_WEEKDAY})(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?(?![\w-])", on_prefix=True,
      triggers=_WEEKDAY_TRIGGERS, lookback=18)
def _r_weekday(m, ctx, s, e):
    prev = _prev_word(ctx.text, s).lower()
    if not m["mod"] and not m["on"] and (prev in _TITLED_DAY or prev in ("every", "each")):
        return None
    mod = " ".join((m["mod"] or "").lower().split())
    if mod in ("early", "late", "earlier", "later", "early on", "late on"):
        mod = ""
    if mod == "this past":
        mod = "last"
    return _day(_weekday_date(ctx, WEEKDAYS[m["wd"].lower()], mod, s, e))


@rule("deictic", r"(?P<x>(?:(?i:earlier|later|early|late)\s+)?(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
      r"yesterday|tomorrow|tonight|(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|last\s+night|tomorrow\s+night))(?![\w-])",
      triggers='today yesterday tomorrow tonight night morning afternoon evening', lookback=24)
def _r_deictic(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    t = m["x"].lower()
    if "before yesterday" in t:
        return _day(a - timedelta(days=2))
    if "after tomorrow" in t:
        return _day(a + timedelta(days=2))
    if "yesterday" in t or "last night" in t:
        return _day(a - timedelta(days=1))
    if "tomorrow" in t:
        return _day(a + timedelta(days=1))
    return _day(a)


_REL_DET = (
    r"(?i:the\s+past|the\s+last|last|next|this|this\s+past|the\s+coming|the\s+current|the\s+previous|the\s+preceding|"
    r"previous|past|coming|current|the\s+following|the\s+next|the\s+same)"
)
_REL_PRE = (
    r"(?i:earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|"
    r"the\s+remainder\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|end\s+of|mid|the\s+close\s+of)"
)


@rule("relative", rf"(?P<x>(?:(?P<pre>{_REL_PRE})[\s-]+)?(?P<det>{_REL_DET})\s+(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|fiscal\s+year|financial\s+year)))(?![\w-])",
      triggers='week weekend month year quarter decade century', lookback=44)
def _r_relative(m, ctx, s, e):
    a = ctx.anchor
    det = " ".join(m["det"].lower().split())
    unit = " ".join(m["unit"].lower().split())
    if det in ("the following", "the next", "the same", "the previous", "the preceding"):
        base = ctx.last(s, ("day", "week", "month", "quarter", "year"))
        shift = {"the following": 1, "the next": 1, "the same": 0, "the previous": -1, "the preceding": -1}[det]
        if base is not None and base.precision == "day":
            ref = date.fromisoformat(base.value[:10])
        elif det == "the same":
            return None
        else:
            ref = a
        if ref is None:
            return None
        return _period(ref, unit, shift)
    if a is None:
        return None
    if det == "the past" and not m["pre"] and unit in ("week", "month", "year", "decade", "century", "quarter"):
        # "over the past year": a stretch of time up to now ("the last year" is the year before)
        return _duration(1, unit), "duration"
    shift = {"last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1, "the last": -1,
             "next": 1, "coming": 1, "the coming": 1, "the next": 1,
             "this": 0, "current": 0, "the current": 0}[det]
    return _period(a, unit, shift)


@rule("weekend", r"(?P<x>(?i:the|this|last|next|that|this\s+past|the\s+coming|the\s+past)\s+weekend)(?![\w-])",
      triggers='weekend', lookback=16)
def _r_weekend(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    t = " ".join(m["x"].lower().split())
    if t in ("last weekend", "this past weekend", "the past weekend"):
        return _period(a, "weekend", -1)
    if t in ("next weekend", "the coming weekend"):
        return _period(a, "weekend", 1)
    if t == "this weekend":
        return _iso_week(a), "week"
    # "the weekend": the one just past (this week's, when published on Saturday or Sunday), or the
    # one ahead in future tense
    if ctx.tense(s, e) == "future":
        return _period(a, "weekend", 0 if a.weekday() < 5 else 1)
    return _period(a, "weekend", 0 if a.weekday() >= 5 else -1)


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


@rule("ago", rf"(?P<x>(?P<core>(?:(?P<mod>{_APPROX})\s+)?(?P<num>{_NUM})?[\s-]*(?:(?i:more|additional|full|long|straight|consecutive)\s+)?"
      rf"(?P<unit>{_UNIT}))(?:\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|later|before|after|previously|from\s+now|hence|back)))(?![\w-])",
      triggers='ago earlier later before after previously now hence back', lookback=80)
def _r_ago(m, ctx, s, e):
    direction = " ".join(m["dir"].lower().split())
    unit = m["unit"]
    n = _number(m["num"]) if m["num"] else None
    if m["num"] is None and not unit.lower().endswith("s"):
        return None
    if direction in ("before", "after"):
        # "six days before the invasion": a stretch of time before an event; the span is the duration
        if n is None and m["num"] is None:
            return None
        return _duration(n, unit), "duration"
    a = ctx.anchor
    if a is None:
        return None
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if n is None:
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "reference"
    if sign < 0 and n == 1 and unit.lower().startswith("year"):
        shifted = _year_shift_in_sentence(ctx, s)
        if shifted:
            return shifted
    if direction in ("earlier", "later") and _UNIT_GRAIN.get(unit.lower().rstrip("s"), "year") == "day":
        # "three days later": from the day the text last named, when it named one close by
        base = ctx.last(s, ("day",), within=ANAPHORA_WINDOW)
        if base is not None:
            a = date.fromisoformat(base.value[:10])
    res = _shifted(a, n, unit, sign)
    return (res[0], res[1], True) if res and res[1] in ("quarter", "month") else res


_ORD_Q = r"(?i:first|second|third|fourth|final|1st|2nd|3rd|4th)"


@rule("quarter", rf"(?:(?i:its|their)\s+)?(?P<x>(?:(?:(?P<yp>(?i:this|last|next)\s+year['’]s)|(?P<py>{_YEAR})['’]?s?)\s+)?(?:(?i:the)\s+)?(?:(?P<ya>(?i:comparable\s+|corresponding\s+)?(?i:year-earlier|year-ago|year\s+earlier|prior-year|year-before))\s+)?(?:(?P<fisc>(?i:fiscal|financial|calendar))[\s-]+)?"
      rf"(?P<ord>{_ORD_Q})[\s-](?i:quarter|qtr\.?)(?:\s+(?i:of|in)\s+(?:(?i:fiscal\s+(?:year\s+)?)?(?P<qy>{_YEAR})|(?P<qrel>(?i:this|last|next|the\s+current|the\s+previous|the\s+same|the)\s+(?:fiscal\s+)?year)))?)(?![\w])",
      triggers='quarter qtr', lookback=36)
def _r_quarter(m, ctx, s, e):
    q = _ORDINALS[m["ord"].lower()]
    year = None
    if m["qy"] or m["py"]:
        year = int(m["qy"] or m["py"])
    else:
        rel = (m["qrel"] or m["yp"] or "").lower()
        a = ctx.anchor
        if a is None:
            return None
        if "last" in rel or "previous" in rel:
            year = a.year - 1
        elif "next" in rel:
            year = a.year + 1
        elif rel:
            year = a.year
        else:
            qstart = date(a.year, 3 * q - 2, 1)
            tense = ctx.tense(s, e)
            year = a.year - 1 if qstart > a and tense != "future" else a.year
    if m["ya"]:
        return f"{year - 1:04d}-Q{q}", "quarter", True
    return f"{year:04d}-Q{q}", "quarter"


@rule("quarter_code", rf"(?P<x>\b(?:(?P<py>{_YEAR})\s+)?Q(?P<q>[1-4])(?:\s+(?P<qy>{_YEAR})|\s+['’](?P<yy>\d\d))?)(?![\w])",
      triggers='', lookback=6, digits=True)
def _r_quarter_code(m, ctx, s, e):
    q = int(m["q"])
    if m["py"] or m["qy"]:
        return f"{int(m['py'] or m['qy']):04d}-Q{q}", "quarter"
    if m["yy"]:
        return f"{2000 + int(m['yy']):04d}-Q{q}", "quarter"
    a = ctx.anchor
    if a is None:
        return None
    year = a.year - 1 if date(a.year, 3 * q - 2, 1) > a and ctx.tense(s, e) != "future" else a.year
    return f"{year:04d}-Q{q}", "quarter"


@rule("half", rf"(?P<x>(?:(?P<py>{_YEAR})\s+)?(?:(?i:the)\s+)?(?P<ord>(?i:first|second|1st|2nd))[\s-](?i:half)(?:\s+(?i:of)\s+(?:(?P<qy>{_YEAR})|(?P<qrel>(?i:this|last|next|the)\s+year)))?)(?![\w])",
      triggers='half', lookback=18)
def _r_half(m, ctx, s, e):
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    nxt = _next_word(ctx.text, e).lower()
    if not (m["py"] or m["qy"] or m["qrel"]) and nxt in ("of", "hour", "century", "decade", "the"):
        return None
    if m["py"] or m["qy"]:
        return f"{int(m['py'] or m['qy']):04d}-H{h}", "quarter"
    a = ctx.anchor
    if a is None:
        return None
    rel = (m["qrel"] or "").lower()
    year = a.year - 1 if "last" in rel else a.year + 1 if "next" in rel else a.year
    if not rel and h == 2 and a.month <= 6 and ctx.tense(s, e) == "past":
        year -= 1
    return f"{year:04d}-H{h}", "quarter"


@rule("quarter_ref", rf"(?P<x>(?i:the|its|their)\s+(?:(?P<yr>{_YEAR})\s+)?(?P<q>(?i:latest|most\s+recent|(?:comparable\s+|corresponding\s+)?(?:year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year)|same|current)\s+)?"
      r"(?P<unit>(?i:quarter|period|three\s+months)))(?![\w-])",
      triggers='quarter period months', lookback=24)
def _r_quarter_ref(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    q = " ".join((m["q"] or "").lower().split()).replace("comparable ", "").replace("corresponding ", "")
    unit = m["unit"].lower()
    if unit != "quarter" and not m["yr"] and q not in ("latest", "most recent", "year-earlier", "year-ago", "year earlier", "year ago", "prior-year"):
        return None
    base = ctx.last(s, ("quarter",))
    if m["yr"]:
        if base is not None and re.fullmatch(r"\d{4}-Q\d", base.value):
            return f"{m['yr']}{base.value[4:]}", "quarter"
        return (m["yr"], "year") if unit == "period" else None
    if q == "current":
        y, qq = _quarter(a)
        value = f"{y:04d}-Q{qq}"
    elif base is not None and re.fullmatch(r"\d{4}-Q\d", base.value) and q not in ("latest", "most recent"):
        value = base.value
    else:
        y, qq = _quarter(a)
        k = y * 4 + qq - 2  # the quarter before the current one
        value = f"{k // 4:04d}-Q{k % 4 + 1}"
    if q in ("year-earlier", "year-ago", "year earlier", "year ago", "prior-year"):
        return f"{int(value[:4]) - 1:04d}{value[4:]}", "quarter", True
    return value, "quarter"


@rule("year_ago_adj", r"(?P<x>(?<![\w-])(?i:year-earlier|year-ago|year-before))(?![\w-])",
      triggers='earlier ago before', lookback=6)
def _r_year_ago_adj(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    shifted = _year_shift_in_sentence(ctx, s)
    if shifted:
        return shifted
    return f"{a.year - 1:04d}", "year", True


@rule("season", rf"(?:\b(?P<prep>(?i:in|during|since|until|till|by|over|through|throughout|before|after|from|of))\s+)?"
      rf"(?P<x>(?:(?P<mod>(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?"
      rf"(?:(?P<det>(?i:last|next|this|this\s+past|the\s+coming|the\s+past|past|coming|the))\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))"
      rf"(?:\s+(?:(?i:of)\s+)?(?P<y>{_YEAR}))?)(?![\w-])",
      triggers='spring summer autumn fall winter', lookback=40)
def _r_season(m, ctx, s, e):
    season = SEASONS[m["season"].lower()]
    det = " ".join((m["det"] or "").lower().split())
    if m["y"]:
        return f"{int(m['y']):04d}-{season}", "quarter"
    if not det and not m["mod"]:
        if m["season"].lower() == "fall" or not m["prep"] or m["prep"].lower() in ("this", "last", "next"):
            return None
        if m["season"][0].isupper() and _prev_word(ctx.text, s)[:1].isupper():
            return None
    if det == "the" and (_next_word(ctx.text, e).lower() == "of" or not m["prep"]):
        return None  # "the fall of the Wall", "the fall in prices"; "in the fall" is a season
    a = ctx.anchor
    if a is None:
        return None
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    current = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(a.month, "FA")
    year = a.year if not (a.month <= 2 and season == "WI") else a.year - 1
    begun = date(year, start_month, 1) <= a
    if det in ("last", "past", "this past", "the past"):
        if season == current or not begun:
            year -= 1
    elif det in ("next", "coming", "the coming"):
        if begun:
            year += 1
    elif det == "this":
        pass
    else:
        tense = ctx.tense(s, e)
        if tense == "past" and not begun:
            year -= 1
    return f"{year:04d}-{season}", "quarter"


_HOLIDAY_NAMES = sorted(_HOLIDAYS, key=len, reverse=True)
_HOLIDAY_ALT = "|".join(re.escape(n).replace("'", "['’]?").replace(r"\ ", r"\s+") for n in _HOLIDAY_NAMES)
_HOLIDAY_KEY = {re.sub(r"['’]", "", n).lower(): n for n in _HOLIDAY_NAMES}


@rule("holiday", rf"(?P<x>(?:(?P<det>(?i:last|next|this))\s+)?(?P<h>{_HOLIDAY_ALT})(?:\s+(?P<y>{_YEAR}))?)(?![\w-])",
      triggers=_HOLIDAY_TRIGGERS, lookback=6)
def _r_holiday(m, ctx, s, e):
    name = _HOLIDAY_KEY.get(re.sub(r"['’]", "", " ".join(m["h"].split())).lower())
    if name is None:
        return None
    rule_ = _HOLIDAYS[name]
    if m["y"]:
        return _day(_holiday_date(rule_, int(m["y"])))
    a = ctx.anchor
    if a is None:
        return None
    this = _holiday_date(rule_, a.year)
    prev_ = _holiday_date(rule_, a.year - 1)
    next_ = _holiday_date(rule_, a.year + 1)
    if this is None or prev_ is None or next_ is None:
        return None
    det = (m["det"] or "").lower()
    if det == "last":
        return _day(this if this < a else prev_)
    if det == "next":
        return _day(this if this > a else next_)
    if det == "this":
        return _day(this)
    tense = ctx.tense(s, e)
    if tense == "past":
        return _day(this if this <= a else prev_)
    if tense == "future":
        return _day(this if this >= a else next_)
    return _day(_nearest(a, (this, prev_, next_)))


_CLOCK = (
    rf"(?:(?P<h>(?<![\d.:$£€])(?:1[0-2]|0?[1-9]))(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm)(?![A-Za-z]))"
    rf"|(?P<h24>(?<![\d.:$£€])(?:[01]?\d|2[0-3])):?(?P<mi24>[0-5]\d)(?=\s*(?:{_TZ}|hrs|hours|h\b))"
    rf"|(?P<noon>(?i:noon|midnight|midday)))"
)


@rule("clock", rf"(?P<x>(?:(?P<mod>(?i:about|around|approximately|shortly\s+before|shortly\s+after|just\s+before|just\s+after|roughly))\s+)?"
      rf"{_CLOCK}(?:\s+(?P<tz>{_TZ})(?![\w]))?(?:\s*\([A-Z]{{3,4}}\s*[+-]?\s*\d{{0,2}}\))?)(?![\w])",
      triggers='noon midnight midday', lookback=18, digits=True)
def _r_clock(m, ctx, s, e):
    if m["noon"]:
        prev = _prev_word(ctx.text, s).lower()
        nxt = _next_word(ctx.text, e)
        if prev not in ("at", "by", "until", "till", "before", "after", "around", "about", "from", "since") and not (nxt[:1].isupper() or nxt.lower() in ("today", "yesterday", "tomorrow", "on")):
            return None
    if m["h24"] is not None and not m["tz"] and not re.match(r"\s*(?:hrs|hours|h\b)", ctx.text[e : e + 8]):
        return None
    a = ctx.anchor
    if a is None:
        return None
    return _day(a)


_DET_WORDS = r"past|last|next|first|final|coming|following|previous|remaining|preceding|latest|initial|same|full|entire|whole"


@rule("duration", rf"(?:(?P<bare>(?i:the|its|their|his|her))\s+(?!(?i:{_DET_WORDS})\b))?(?P<x>(?:(?P<mod>{_APPROX})\s+)?(?:(?P<det>(?i:the\s+(?:{_DET_WORDS})|past|last|next|first|another|an?\s+(?:additional|further|extra|other)))\s+)?"
      rf"(?P<num>{_NUM})(?:(?:\s+(?i:to|or)\s+|\s*[-–]\s*)(?P<num2>{_NUM}))?[\s-]+(?:(?i:more|additional|full|long|straight|consecutive|successive|trading|business|working|calendar|extra|further|whole|entire|sitting)\s+)?"
      rf"(?P<unit>{_UNIT})(?P<half>\s+(?i:and\s+a\s+half))?)(?![\w])(?!-old|\s+old\b|-olds)",
      triggers=_UNIT_TRIGGERS, lookback=64)
def _r_duration(m, ctx, s, e):
    num = m["num"]
    numl = " ".join(num.lower().split())
    unit = m["unit"].lower()
    prev = _prev_word(ctx.text, s).lower()
    nxt_text = ctx.text[e : e + 12].lower()
    if numl in ("a", "an", "one", "single", "some") and not (m["mod"] or m["det"] or m["bare"]):
        if numl == "one" and prev not in ("for", "in", "within", "over", "after", "during", "than", "took", "lasted", "spent", "about", "nearly", "almost", "least", "only", "just"):
            return None  # "one day he will": FUTURE_REF, not a day's length
        if unit in ("second", "quarter") or nxt_text.startswith((" of ", "-")):
            return None
        if numl in ("a", "an") and prev not in ("for", "in", "within", "over", "after", "during", "than", "took", "take",
                                                 "takes", "lasted", "lasting", "last", "spent", "spend", "about", "nearly",
                                                 "almost", "least", "to", "only", "just", "half", "another", "of"):
            return None
        if numl == "some" and prev not in ("for", "in", "after", "over", "within", "took", "lasted", "spent"):
            return None
    if unit.startswith("second") and numl in ("a", "the"):
        return None
    if prev in ("times", "once", "twice", "per") or re.search(r"[$£€]\s*[\d.,]+\s*(?:[mb]n|million|billion)?\s*$", ctx.text[max(0, s - 25) : s]):
        return None
    if nxt_text.startswith(("-old", " old")):
        return None
    if num[:1].isdigit() and "." not in num and len(num) >= 4:
        return None  # "the 1988 quarter", "2008 years": a year before a noun
    if unit.startswith("quarter") and (numl in ("a", "an") or nxt_text.startswith(" of") or "-" in ctx.text[s:e]):
        return None  # fractions: "a quarter of", "three-quarters"
    n = _number(num)
    if m["half"] and n is not None:
        n += 0.5
    if m["num2"] is not None:
        n2 = _number(m["num2"])
        if n is not None and n2 is not None and n2 <= n:
            return None  # "2-1 days"? not a range
    if n is not None and n == 0:
        return None
    return _duration(n, unit), "duration"


@rule("vague_duration", rf"(?:\b(?P<prep>(?i:for|in|within|over|after|during|took|take|takes|lasted|last|spent|spend|spending))\s+)?"
      r"(?:(?P<bare>(?i:the))\s+(?!(?i:past|last|next|coming|following|previous|first)\b))?(?P<x>(?:(?P<det>(?i:the\s+(?:past|last|next|coming|following|previous|first)\s+(?:few|several|many)|the\s+(?:past|last|next|coming|following|previous|first)|recent|coming|past|several|many|a\s+few|few|the\s+past\s+few|the\s+next\s+few|the\s+last\s+few))\s+)?"
      r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries)))(?![\w-])",
      triggers='seconds minutes hours days weeks months years decades centuries', lookback=40)
def _r_vague_duration(m, ctx, s, e):
    if not (m["prep"] or m["det"] or m["bare"]):
        return None
    if m["det"] is None and _next_word(ctx.text, e).lower() in ("of", "ago", "earlier", "later", "before", "after", "old"):
        return None
    return _duration(None, m["unit"]), "duration"


_REF_ALT = _alt(REFERENCE_WORDS)


@rule("reference", rf"(?<![\w-])(?P<x>(?i:{_REF_ALT}))(?![\w-])",
      triggers=_REFERENCE_TRIGGERS, lookback=16)
def _r_reference(m, ctx, s, e):
    word = " ".join(m["x"].lower().split())
    nxt = _next_word(ctx.text, e).lower()
    if word == "current" and nxt in ("account", "accounts", "affairs", "events"):
        return None
    return REFERENCE_WORDS[word], "reference"


@rule("anaphoric_day", r"(?P<x>(?i:(?:earlier|later)\s+that\s+(?:day|morning|afternoon|evening|night)|that\s+(?:day|morning|afternoon|evening|night)|the\s+same\s+day|"
      r"the\s+next\s+(?:day|morning|afternoon|evening|night)|the\s+following\s+(?:day|morning|afternoon|evening|night)|the\s+previous\s+(?:day|night|evening)|"
      r"the\s+day\s+before|the\s+day\s+after|the\s+night\s+before))(?![\w-])",
      triggers='day morning afternoon evening night before after', lookback=18)
def _r_anaphoric_day(m, ctx, s, e):
    t = " ".join(m["x"].lower().split())
    if t in ("the day before", "the day after", "the night before") and re.match(r"\s*[A-Za-z]", ctx.text[e : e + 3] or ""):
        nxt = _next_word(ctx.text, e).lower()
        if nxt not in ("yesterday", "and", "or", "but", "when", "as"):
            return None
    base = ctx.last(s, ("day",))
    ref = date.fromisoformat(base.value[:10]) if base else ctx.anchor
    if ref is None:
        return None
    if "next" in t or "following" in t or "after" in t:
        return _day(ref + timedelta(days=1))
    if "previous" in t or "before" in t:
        return _day(ref - timedelta(days=1))
    return _day(ref)


_OF_THE = r"(?i:the\s+(?:very\s+)?(?:beginning|start|end|middle|rest|remainder|close|course|balance)\s+of\s+|(?:earlier|later|early|late)\s+in\s+)"


@rule("the_year", rf"(?P<x>(?P<pre>{_OF_THE})?(?i:the|this)\s+(?P<adj>(?i:entire|whole|full|fiscal|financial|calendar|current|latest\s+fiscal)\s+)?(?i:year)"
      r"(?:\s+(?P<back>(?i:before|previous|earlier|prior)))?)(?![\w-])",
      triggers="year", lookback=44)
def _r_the_year(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    nxt = _next_word(ctx.text, e).lower()
    if nxt in ("ended", "ending", "to", "through", "that", "in", "of", "when", "after", "since", "before"):
        if nxt in ("ended", "ending", "to", "through") and not m["pre"]:
            return "P1Y", "duration"  # "the year ended March 31": a fiscal year, as a stretch of time
        if not (m["pre"] or m["adj"] or m["back"]):
            return None
    if m["back"]:
        return f"{a.year - 1:04d}", "year"
    return f"{a.year:04d}", "year"


@rule("year_end", r"(?<![\w-])(?P<x>(?i:year[\s-]end|year['’]s\s+end))(?![\w-])",
      triggers="year end", lookback=8)
def _r_year_end(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    return f"{a.year:04d}", "year"


@rule("the_month_week", rf"(?P<x>(?P<pre>{_OF_THE})(?i:the|this)\s+(?P<unit>(?i:month|week)))(?![\w-])",
      triggers="month week", lookback=34)
def _r_the_month_week(m, ctx, s, e):
    a = ctx.anchor
    if a is None:
        return None
    return _period(a, m["unit"].lower(), 0)


@rule("the_day", rf"(?:\b(?P<verb>(?i:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|started|open|opened|for|during|throughout))\s+)?"
      rf"(?P<x>(?P<pre>{_OF_THE})?(?i:the|that)\s+(?P<same>(?i:same\s+))?(?i:day))(?![\w-])",
      triggers="day", lookback=40)
def _r_the_day(m, ctx, s, e):
    if not (m["verb"] or m["pre"] or m["same"]):
        return None
    if _next_word(ctx.text, e).lower() in ("before", "after", "of", "when", "that", "which"):
        return None
    base = ctx.last(s, ("day",), within=1500)
    ref = date.fromisoformat(base.value[:10]) if base else ctx.anchor
    return _day(ref)


@rule("week_of", rf"(?P<x>(?:(?i:the)\s+)?(?:(?P<ord>(?i:first|second|third|fourth|last|final))\s+)?(?i:week)\s+(?i:of|in)\s+(?P<mon>{_MON_DAYFORM})(?:\s*(?P<d>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?)(?![\w])",
      triggers='week', lookback=14)
def _r_week_of(m, ctx, s, e):
    month = MONTHS[m["mon"].lower().rstrip(".")]
    if m["y"]:
        year = int(m["y"])
    else:
        d = _year_for(ctx, month, 1, s, e)
        if d is None:
            return None
        year = d.year
    if m["d"]:
        d = _safe_date(year, month, int(re.match(r"\d+", m["d"]).group()))
        return (_iso_week(d), "week") if d else None
    if not m["ord"]:
        return None
    o = m["ord"].lower()
    if o in ("last", "final"):
        ny, nm = _add_months(year, month, 1)
        d = date(ny, nm, 1) - timedelta(days=1)
    else:
        d = date(year, month, 1) + timedelta(weeks=_ORDINALS[o] - 1)
    return _iso_week(d), "week"


# --------------------------------------------------------------------------- the finder


_DAY_LEVEL_RULES = ("iso", "numeric", "mdy", "dmy", "weekday", "deictic", "holiday", "anaphoric_day")
_JOIN_CLOCK_DAY = re.compile(r"\s*,?\s*(?:(?i:on)\s+)?")


def _span(rule_: _Rule, m: re.Match) -> tuple[int, int]:
    if rule_.name == "ago" and m.group("dir").lower() in ("before", "after"):
        return m.span("core")
    if "x" in rule_.pattern.groupindex and m.group("x") is not None:
        return m.span("x")
    s, e = m.span()
    if not rule_.on_prefix and "on" in rule_.pattern.groupindex and m.group("on"):
        s = m.end("on")
    return s, e


_WORD = re.compile(r"\w+")
_BLANK_LINE = re.compile(r"\n\s*\n")  # no expression runs across paragraphs
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # digits of other scripts: values stay ASCII


def _trigger_table() -> tuple[dict[str, tuple[_Rule, ...]], tuple[_Rule, ...]]:
    table: dict[str, list[_Rule]] = {}
    for r in _RULES:
        for w in r.triggers:
            table.setdefault(w, []).append(r)
    return {w: tuple(rs) for w, rs in table.items()}, tuple(r for r in _RULES if r.digits)


def _candidates(text: str) -> list[tuple[int, int, _Rule, re.Match]]:
    """Every match of every rule, tried only at word starts a little before one of its trigger words.

    One pass over the words, then ``pattern.match`` at a few positions: much cheaper than running
    thirty patterns over the whole text.
    """
    table, digit_rules = _TRIGGERS
    starts: list[int] = []
    hits: list[tuple[int, tuple[_Rule, ...]]] = []
    for m in _WORD.finditer(text):
        pos = m.start()
        starts.append(pos)
        word = m.group()
        rules_ = table.get(word.lower())
        if rules_:
            hits.append((len(starts) - 1, rules_))
        if not word.isalpha() and any(c.isdigit() for c in word):
            hits.append((len(starts) - 1, digit_rules))
    seen: set[tuple[int, int]] = set()
    out = []
    for k, rules_ in hits:
        pos = starts[k]
        for r in rules_:
            first = k
            limit = pos - r.lookback
            while first > 0 and starts[first - 1] >= limit:
                first -= 1
            for t in range(first, k + 1):
                key = (r.index, starts[t])
                if key in seen:
                    continue
                seen.add(key)
                m = r.pattern.match(text, starts[t])
                if m is None:
                    continue
                s_, e_ = _span(r, m)
                if e_ > s_ and not _BLANK_LINE.search(text, s_, e_) and not _OTHER_DIGIT.search(text, s_, e_):
                    out.append((s_, e_, r, m))
    return out


def _resolve(r: _Rule, m: re.Match, ctx: _Ctx, s: int, e: int) -> Result:
    try:
        return r.resolve(m, ctx, s, e)
    except (OverflowError, ValueError):  # arithmetic past year 1 or 9999
        return None


def _select(cands, ctx: _Ctx) -> list[tuple[int, int, _Rule, re.Match]]:
    """Longest valid candidates first, no two overlapping."""
    chosen: list[tuple[int, int, _Rule, re.Match]] = []
    taken: list[tuple[int, int]] = []
    order = sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0], c[2].index))
    for c in order:
        s, e = c[0], c[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        if _resolve(c[2], c[3], ctx, s, e) is None:
            continue
        chosen.append(c)
        taken.append((s, e))
    chosen.sort(key=lambda c: c[0])
    return chosen


def find_dates(text: str, published: date | None, doc: Doc | None = None, *, references: bool = True) -> list[DateMention]:
    """Time expressions in ``text`` with ISO 8601 values resolved against ``published``.

    ``doc``, a spaCy Doc of the same text, lets the tense of the governing verb decide which
    Friday "on Friday" means. ``references=False`` leaves out "now", "recently" and the like.
    See the module docstring for the conventions.

    >>> [(d.text, d.value) for d in find_dates("Talks ended on Friday.", date(2022, 5, 13))]
    [('on Friday', '2022-05-13')]
    """
    out = []
    for f in _find(text, published, doc):
        if not references and f.value in REFERENCES:
            continue
        out.append(DateMention(text=text[f.start : f.end], span=(f.start, f.end), value=f.value, precision=f.precision))
    return out


def _same_text(doc: Doc, text: str) -> bool:
    """Whether ``doc`` is a parse of ``text``, checked without rebuilding ``doc.text`` (spaCy joins
    every token again on each access)."""
    if not len(doc):
        return not text
    first, last = doc[0], doc[-1]
    return (
        last.idx + len(last.text_with_ws) == len(text)
        and text.startswith(first.text, first.idx)
        and text.startswith(last.text, last.idx)
    )


def _find(text: str, published: date | None, doc: Doc | None) -> list[_Found]:
    if not text:
        return []
    if doc is not None and not _same_text(doc, text):
        doc = None  # a parse of another text says nothing about this one
    ctx = _Ctx(text, published, doc)
    cands = _candidates(text)
    if published is None:
        # Anchor: the latest full date that the text writes out in full.
        best = None
        for s, e, r, m in cands:
            if r.name in ("iso", "numeric") or (r.name in ("mdy", "dmy") and m.group("y")):
                res = _resolve(r, m, ctx, s, e)
                if res and res[1] == "day":
                    d = date.fromisoformat(res[0])
                    best = d if best is None or d > best else best
        ctx.anchor = best
    chosen = _select(cands, ctx)
    found: list[_Found] = []
    for s, e, r, m in chosen:
        res = _resolve(r, m, ctx, s, e)
        if res is None:
            continue
        f = _Found(s, e, res[0], res[1], r.name, len(res) > 2 and bool(res[2]))
        found.append(f)
        ctx.prev.append(f)
    return _join_clock_and_day(text, found)


def _join_clock_and_day(text: str, found: list[_Found]) -> list[_Found]:
    """'10 p.m. Wednesday', '5 p.m. EST, Nov. 6', 'noon today': one mention with the day's value."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        if f.rule == "clock" and i + 1 < len(found):
            g = found[i + 1]
            gap = text[f.end : g.start]
            if g.precision == "day" and g.rule in _DAY_LEVEL_RULES and _JOIN_CLOCK_DAY.fullmatch(gap):
                out.append(_Found(f.start, g.end, g.value, "day", g.rule))
                i += 2
                continue
        out.append(f)
        i += 1
    return out


_TRIGGERS = _trigger_table()


# --------------------------------------------------------------------------- spaCy component


@Language.factory(
    "telex_time",
    assigns=["doc._.telex_dates"],
    default_config={"references": True},
)
def make_time(nlp: Language, name: str, references: bool):
    return TimeTagger(references=references)


class TimeTagger:
    """Sets ``doc._.telex_dates``: :func:`find_dates` on the doc, less what the furniture stage excluded.

    The publication date is ``doc._.telex_article.published`` when an article is attached.
    """

    def __init__(self, references: bool = True):
        self.references = references

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.telex_article
        published = getattr(article, "published", None) if article is not None else None
        found = find_dates(doc_text(doc), published, doc, references=self.references)
        doc._.telex_dates = [d for d in found if not is_excluded(doc, d.span[0], d.span[1])]
        return doc
