"""``telex_time``: find time expressions and give each an ISO 8601 value resolved against the publication date.

:func:`find_dates` is the pure function; the spaCy component ``telex_time`` calls it on every doc
and sets ``doc._.telex_dates``, leaving out expressions inside text the furniture stage excluded.

Finding is done by our own rules (about thirty regular expressions, compiled at import, each
tried only near one of its trigger words); normalising is our own date arithmetic. dateparser is
not used: every span we find is already parsed by its rule, and dateparser.parse took about 0.5 ms
a mention on Wikinews, four times what find_dates spends on the whole article.

The stage is split by what each part does:

- :mod:`telex.stages.time_words`: the word lists (data, from ``knowledge/``) and regex pieces;
- :mod:`telex.stages.time_calendar`: date arithmetic and ISO 8601 durations;
- :mod:`telex.stages.time_resolve`: tense, context and how relative expressions resolve;
- :mod:`telex.stages.time_rules` and :mod:`telex.stages.time_rules_periods`: the rules;
- this module: the finder (:func:`find_dates`) and the spaCy component.

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

Resolution: relative expressions resolve against the publication date, or without one against
the latest full date written in the text; :mod:`telex.stages.time_resolve` gives the conventions.
A stretch of time before or after something ("six days before the vote") is a duration, unless the
sentence dates what it counts from: "six days before February 18" and "six days before the vote
on February 18" are the day six days earlier, and the span takes in "before"
(:func:`_anchor_offsets`).

Spans: a leading "on" is part of a weekday or date ("on Friday"), as telex's output contract shows;
other prepositions are not ("since February 18" gives "February 18", "for weeks" gives "weeks").
Modifiers are part of the span, as in TimeML: "almost three months ago", "more than four hours",
"the past two months", "early next year".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from telex.records import DateMention
from telex.stages import time_rules, time_rules_periods  # noqa: F401  (registers the rules, in this order)
from telex.stages.furniture import doc_text, is_excluded, is_parse_of
from telex.stages.time_calendar import _number
from telex.stages.time_resolve import (  # noqa: F401  (ANAPHORA_WINDOW, FUTURE_BIAS, YEAR_SHIFT_WINDOW: re-exported)
    ANAPHORA_WINDOW,
    FUTURE_BIAS,
    YEAR_SHIFT_WINDOW,
    Result,
    _Ctx,
    _Found,
    _shifted,
    _UNIT_GRAIN,
)
from telex.stages.time_rules import _RULES, _Rule, rule  # noqa: F401  (rule: re-exported)
from telex.stages.time_words import (  # noqa: F401  (the word tables: re-exported)
    MONTHS,
    NUMBERS,
    REFERENCE_WORDS,
    REFERENCES,
    SEASONS,
    TIMEZONES,
    UNITS,
    WEEKDAYS,
)

if not Doc.has_extension("telex_dates"):
    Doc.set_extension("telex_dates", default=None)
if not Doc.has_extension("telex_article"):
    Doc.set_extension("telex_article", default=None)
if not Doc.has_extension("telex_excluded"):
    Doc.set_extension("telex_excluded", default=None)

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


def _find(text: str, published: date | None, doc: Doc | None) -> list[_Found]:
    if not text:
        return []
    if doc is not None and not is_parse_of(doc, text):
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
    offsets: dict[int, _Offset] = {}
    for s, e, r, m in chosen:
        res = _resolve(r, m, ctx, s, e)
        if res is None:
            continue
        f = _Found(s, e, res[0], res[1], r.name, len(res) > 2 and bool(res[2]))
        if r.name == "ago" and res[1] == "duration" and m["dir"].lower() in ("before", "after"):
            n = _number(m["num"]) if m["num"] else None
            if n is not None:
                offsets[len(found)] = _Offset(m.end("dir"), n, m["unit"], 1 if m["dir"].lower() == "after" else -1)
        found.append(f)
        ctx.prev.append(f)
    if offsets:
        _anchor_offsets(text, found, offsets)
    return _join_clock_and_day(text, found)


# --------------------------------------------------------------------------- anchored stretches


@dataclass(frozen=True)
class _Offset:
    """ "six days before": where "before" ends, how many of which unit, and which way (+1 after, -1 before)."""

    end: int
    n: float
    unit: str
    sign: int


#: What may stand between "six days before" and the date that dates its anchor: nothing ("six days
#: before February 18"), or a short noun phrase naming the event that date belongs to ("before the
#: vote on February 18", "after the March 3 election", "after his death in May 2020"). At most this
#: many words, no punctuation, and no word that opens another clause.
ANCHOR_GAP_WORDS = 5
_ANCHOR_GAP = re.compile(r"[\w’'-]+")
_CLAUSE_WORDS = frozenset("and or but when while which who whom whose since until till because as if than "
                          "though although where whereas so yet nor".split())
#: The precision an anchor date must have for the unit counted from it: days and weeks from a day,
#: months from a day or a month, years from any date with a year.
_ANCHOR_PRECISIONS = {"day": ("day",), "month": ("day", "month"), "quarter": ("day", "month"),
                      "year": ("day", "month", "year")}


def _anchor_offsets(text: str, found: list[_Found], offsets: dict[int, "_Offset"]) -> None:
    """Give "N units before/after X" the date it names where X is dated in the same sentence.

    "six days before February 18" and "six days before the vote on February 18" are 2022-02-12
    (day precision), the span growing to take in "before"; "six days before the vote", with no
    date for the vote, stays the duration ``P6D``, whose anchor the text does not give.
    """
    for k, off in offsets.items():
        f = found[k]
        grain = _UNIT_GRAIN.get(off.unit.lower().rstrip("s"), "day")
        for g in found[k + 1:]:
            gap = text[off.end : g.start]
            words = _ANCHOR_GAP.findall(gap)
            if (len(words) > ANCHOR_GAP_WORDS or "".join(words) != "".join(gap.split())
                    or any(w.lower() in _CLAUSE_WORDS for w in words)):
                break  # the next date is too far off, or in another clause or sentence
            if g.precision == "duration" or g.value in REFERENCES or not g.value[:4].isdigit():
                continue
            if g.precision not in _ANCHOR_PRECISIONS.get(grain, ()):
                break
            y, m, d = (int(x) for x in (g.value[:10].split("-") + ["1", "1"])[:3])
            res = _resolve_offset(date(y, m, d), off)
            if res is not None:
                found[k] = _Found(f.start, off.end, res[0], res[1], f.rule, f.shifted)
            break


def _resolve_offset(a: date, off: "_Offset") -> Result:
    try:
        return _shifted(a, off.n, off.unit, off.sign)
    except (OverflowError, ValueError):  # arithmetic past year 1 or 9999
        return None


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
