"""Word lists and regular-expression pieces of ``telex_time``.

The word lists are data: ``knowledge/time_words.tsv`` (months, weekdays, numbers, units, seasons,
reference words, time zones) and ``knowledge/holidays.tsv`` (named days and how to date them).
The pieces below are compiled into the rules of :mod:`telex.stages.time_rules` and
:mod:`telex.stages.time_rules_periods`.
"""

from __future__ import annotations

import re

from telex.knowledge import data_lines

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
