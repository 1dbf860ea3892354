"""Date arithmetic of ``telex_time``: ISO weeks, quarters, month shifts, holidays, number words and
ISO 8601 durations."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from telex.stages.time_words import NUMBERS, UNITS

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

