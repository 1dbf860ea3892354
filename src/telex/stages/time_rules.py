"""The rule registry of ``telex_time``, and the rules that name calendar dates: ISO and numeric dates,
day and month, month, year, decade, century, weekday, and "today"/"yesterday"/"tomorrow".

Each rule is a regular expression, compiled at import, tried only near one of its trigger words
(see :func:`telex.stages.time._candidates`), and a resolver that turns a match into a value.
Rules are registered in order, and the order breaks ties between candidates of the same length;
:mod:`telex.stages.time_rules_periods` registers the rest after these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Callable, Optional

from telex.stages.time_calendar import _safe_date
from telex.stages.time_resolve import Result, _Ctx, _day, _weekday_date, _year_for
from telex.stages.time_words import (
    _DAY,
    _MON_ABBR_DOT,
    _MON_DAYFORM,
    _MON_FULL_SAFE,
    _ORDINALS,
    _WEEKDAY,
    _YEAR,
    MONTHS,
    WEEKDAYS,
)

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


def _month_day(m: re.Match, ctx: _Ctx, s: int, e: int, *, tense: Optional[str] = "?") -> Result:
    """The day of an "mdy" or "dmy" match: in the year it writes, else in the year that fits (see
    :func:`~telex.stages.time_resolve._year_for`), the weekday written with it included."""
    month = MONTHS[m["mon"].lower().rstrip(".")]
    day = int(re.match(r"\d+", m["d"]).group())
    if m["y"]:
        return _day(_safe_date(int(m["y"]), month, day))
    if _safe_date(2000, month, day) is None:
        return None
    weekday = WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    return _day(_year_for(ctx, month, day, s, e, tense=tense, weekday=weekday))


@rule("mdy", rf"{_ON}{_WD_PREFIX}(?:(?P<det>(?i:last|this|next|this\s+past|this\s+coming))\s+)?(?P<mon>{_MON_DAYFORM})\s*(?P<d>{_DAY})(?:(?:,\s*|\s+)(?P<y>{_YEAR}))?(?![\w])",
      absolute=True, on_prefix=True,
      triggers=_MONTH_TRIGGERS, lookback=24)
def _r_mdy(m, ctx, s, e):
    det = " ".join((m["det"] or "").lower().split())
    tense = "past" if det in ("last", "this past") else "future" if det in ("next", "this coming") else "?"
    return _month_day(m, ctx, s, e, tense=tense)


@rule("dmy", rf"{_ON}{_WD_PREFIX}(?:(?i:the)\s+)?(?P<d>{_DAY})(?:\s+(?i:of))?\s+(?P<mon>{_MON_DAYFORM})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])",
      absolute=True, on_prefix=True,
      triggers=_MONTH_TRIGGERS, lookback=34)
def _r_dmy(m, ctx, s, e):
    return _month_day(m, ctx, s, e)


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


@rule("year_range", r"(?<![\w$£€#./])(?P<y>(?:1[0-9]|20)\d\d)\s*[-–]\s*(?P<y2>\d\d)(?![\w%]|[.,]\d)", absolute=True,
      triggers='', lookback=2, digits=True)
def _r_year_range(m, ctx, s, e):
    # "2021-22": a season or fiscal year; the value is the year it starts
    y, y2 = int(m["y"]), int(m["y2"])
    if (y + 1) % 100 != y2:
        return None
    return f"{y:04d}", "year"


@rule("year_apostrophe", r"\b(?P<prep>(?i:in|since|from|until|by|of|to|between|and|class\s+of))\s+(?P<x>['’](?P<yy>\d\d))(?![\w'’%])",
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

