"""The vocabulary of ``telex_amounts``: English number words, the small word lists of the count
rules, the currency table read from ``knowledge/currencies.tsv`` and the regular expressions
built from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from telex.errors import ConfigError
from telex.knowledge import data_lines

# --------------------------------------------------------------------------------------------
# English number words and the small vocabularies of the count rules (grammar, not knowledge
# about the world, so they live here rather than in a data file).

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

#: Vague quantities and the least each can mean (plural "hundreds" is at least two hundred).
_VAGUE = {
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2_000,
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "millions": 2_000_000,
    "tens of millions": 20_000_000,
    "hundreds of millions": 200_000_000,
    "billions": 2_000_000_000,
    "tens of billions": 20_000_000_000,
    "hundreds of billions": 200_000_000_000,
    "trillions": 2_000_000_000_000,
}

#: Words after which a number is a counted, countable thing only in the casualty sense.
_CASUALTY = (
    "killed|dead|died|injured|wounded|missing|hurt|arrested|detained|displaced|evacuated|"
    "hospitali[sz]ed|rescued|executed|captured|kidnapped|abducted|infected|drowned|jailed"
)
_CASUALTY_RE = re.compile(
    r"[ \u00a0]+(?:(?:were|are|was|is|have|has|had|been|be|being|reportedly|reported|confirmed|feared|"
    r"believed|now|later|also|still|already|left|got|to|thought|presumed|said)[ \u00a0]+){0,4}"
    rf"(?P<w>{_CASUALTY})\b",
    re.IGNORECASE,
)

#: Measures and durations: a number before these is not a count of things.
_NOT_COUNTED = frozenset(
    """
    year years yr yrs month months week weeks day days hour hours hr hrs minute minutes min mins second seconds
    decade decades century centuries millennia night nights weekend weekends
    time times fold halves thirds quarters fourths fifths sixths sevenths eighths ninths tenths
    km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters m mm cm ft feet foot
    inch inches yard yards acre acres hectare hectares ha sq square
    light-year light-years parsec parsecs kg kgs kilogram kilograms gram grams g mg mcg lb lbs pound pounds tonne tonnes ton tons ounce ounces oz
    litre litres liter liters gallon gallons ml
    degree degrees mph kph knots volts watts megawatts gigawatts mw gw kw kwh
    am pm a.m. p.m. gmt utc bst edt est pst cet
    percent per pc
    """.split()
)

#: Plural-in-meaning nouns that do not end in "s".
_COLLECTIVE = frozenset(
    "people personnel police staff children men women troops cattle livestock crew militia militiamen "
    "policemen firemen servicemen aircraft sheep deer fish clergy youth infantry faithful".split()
)

#: Modifiers dropped from the front of what is counted ("10,500 new military personnel").
_LEAD_STRIP = frozenset(
    "new more additional other extra further fresh total estimated reported some another all "
    "nearly approximately about around only just least over the a an of such so many as".split()
)

#: Words after which a number is an identifier, not an amount ("page 3", "aged 34"). Only nouns that
#: are rarely verbs: "issue 500 permits", "order 300 jets", "seat 200 guests" are counts.
_ID_WORDS = frozenset(
    """
    page pages p pp chapter section sections article articles clause paragraph number no no. nos nos.
    level levels category grade phase stage platform room gate flight route highway channel version
    episode season ward district precinct lane tier aged age ages squad shirt division pier terminal
    apartment apt suite amendment resolution verse fig appendix volume vol ch chap sec art psalm v vs
    """.split()
)

#: Capitalised words that may stand before a number without making it part of a name.
_CAPITAL_OK = frozenset(
    """
    about above across after again against all almost along also although among an and another any
    approximately around as at because before below between both but by during each either estimated
    even ever exactly fewer for from further here however if in including into just just least less
    like many maybe more most much nearly neither nevertheless no nor not now of off on once only or
    other over overall perhaps plus rather recently roughly since so some still such than that the their
    then there these they this those though through thus to today together total under until up upon
    we what when where whereas which while who with within without yesterday yet officially reportedly
    another further meanwhile altogether some another police officials authorities reports
    """.split()
)

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

_DEFINITE = frozenset("the these those both its their his her our my your whose".split())

_NAME_ENTS = frozenset({"ORG", "PRODUCT", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PERSON", "GPE", "LOC", "NORP"})

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_SP = "[ \u00a0]"


# --------------------------------------------------------------------------------------------
# The currency table, read once from knowledge/currencies.tsv.


@dataclass(frozen=True)
class _Tables:
    symbols: dict  # form -> (code, ambiguous)
    codes: dict  # form -> code
    names: dict  # lowercased form -> (code, ambiguous, scaled)
    multipliers: dict  # lowercased form -> Decimal
    contexts: dict  # default code -> tuple of (code, compiled pattern)
    scale_words: dict  # lowercased number word -> Decimal (hundred, thousand, million, crore ...)
    master: re.Pattern
    suffix: re.Pattern
    of_name: re.Pattern
    sym_before: re.Pattern
    word_trigger: re.Pattern
    measures: dict  # lowercased form -> unit ("tonnes" -> "tonne")
    measure: re.Pattern  # a unit of goods after a number: " tonnes", " barrels"


def _alternation(forms, *, ignore_case: bool) -> str:
    body = "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


@lru_cache(maxsize=1)
def tables() -> _Tables:
    symbols, codes, names, multipliers, scale_words = {}, {}, {}, {}, {}
    attached = set()
    contexts: dict[str, list] = {}
    for number, line in data_lines("currencies.tsv"):
        parts = line.split("\t")
        where = f"knowledge/currencies.tsv line {number}"
        if len(parts) < 3 or not all(p.strip() for p in parts[:3]):
            raise ConfigError(f"{where}: expected KIND<TAB>FORM<TAB>VALUE[<TAB>FLAGS]")
        kind, form, value = (p.strip() for p in parts[:3])
        flags = parts[3].strip() if len(parts) > 3 else ""
        if kind in ("symbol", "code", "name"):
            ambiguous = value.endswith("*")
            code = value.rstrip("*")
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ConfigError(f"{where}: {value!r} is not an ISO 4217 code")
            if kind == "symbol":
                symbols[form] = (code, ambiguous)
            elif kind == "code":
                codes[form] = code
            else:
                names[form.lower()] = (code, ambiguous, "scaled" in flags.split())
        elif kind == "multiplier":
            try:
                factor = Decimal(value)
            except InvalidOperation as exc:
                raise ConfigError(f"{where}: {value!r} is not a number") from exc
            multipliers[form.lower()] = factor
            if "attached" in flags.split():
                attached.add(form.lower())
            if "word" in flags.split():
                scale_words[form.lower()] = factor
        elif kind == "context":
            try:
                pattern = re.compile(flags, re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"{where}: bad pattern: {exc}") from exc
            contexts.setdefault(form, []).append((value, pattern))
        else:
            raise ConfigError(f"{where}: unknown kind {kind!r}")

    number_words = list(_UNITS) + list(_TEENS) + list(_TENS) + list(scale_words) + ["dozen"]
    nw = "(?:" + "|".join(sorted(number_words, key=len, reverse=True)) + r")\b"
    big = "(?:" + "|".join(sorted(list(scale_words) + ["dozen"], key=len, reverse=True)) + r")\b"
    words = (
        rf"(?i:\b(?:(?:half{_SP}+a|a){_SP}+{big}|{nw})"
        rf"(?:(?:{_SP}+(?:and{_SP}+)?|-){nw})*)"
    )
    digits = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    sym = _alternation(list(symbols) + list(codes), ignore_case=False)
    att = _alternation([m for m in multipliers if m in attached], ignore_case=True)
    spaced = _alternation([m for m in multipliers if m not in attached], ignore_case=True)
    master = re.compile(
        rf"(?:(?P<sym>{sym}){_SP}?(?P<snum>{digits})|(?P<num>{digits})|(?P<words>{words}))"
        rf"(?:(?P<att>{att})(?![A-Za-z])|(?:{_SP}|-)?(?P<mult>{spaced})(?![A-Za-z]))?"
    )
    suffix_symbols = [s for s in symbols if not s[0].isalpha() and "$" not in s]
    suffix = re.compile(
        rf"(?:{_SP}?(?P<pct>%)|{_SP}+(?P<pp>percentage{_SP}+points?)\b"
        rf"|{_SP}*(?P<pc>per{_SP}?cent|percent|pc)\b"
        rf"|{_SP}+(?P<name>{_alternation(names, ignore_case=True)})(?![A-Za-z])"
        rf"|{_SP}+(?P<code>{_alternation(codes, ignore_case=False)})\b"
        rf"|{_SP}?(?P<ssym>{_alternation(suffix_symbols, ignore_case=False)}))"
    )
    measures = {}
    for number, line in data_lines("measures.tsv"):
        form, sep, unit = line.partition("\t")
        if not sep or not form.strip() or not unit.strip():
            raise ConfigError(f"knowledge/measures.tsv line {number}: expected FORM<TAB>UNIT")
        measures[form.strip().lower()] = unit.strip()
    measure = re.compile(rf"{_SP}+(?P<unit>{_alternation(measures, ignore_case=True)})(?![A-Za-z])")
    of_name = re.compile(rf"{_SP}+of{_SP}+(?P<name>{_alternation(names, ignore_case=True)})(?![A-Za-z])")
    return _Tables(
        symbols=symbols,
        codes=codes,
        names=names,
        multipliers=multipliers,
        contexts={k: tuple(v) for k, v in contexts.items()},
        scale_words=scale_words,
        master=master,
        suffix=suffix,
        of_name=of_name,
        sym_before=re.compile(rf"(?:{sym}){_SP}?\Z"),
        measures=measures,
        measure=measure,
        word_trigger=_word_trigger(number_words + ["tens"] + [v for v in _VAGUE if " " not in v]),
    )


def _word_trigger(words: list[str]) -> re.Pattern:
    """A case-sensitive trie of the words in lower, Title and UPPER case: far faster to search than
    an any-case alternation, because the regex engine can then skip to letters that start one."""
    trie: dict = {}
    for word in {v for w in words for v in (w.lower(), w.capitalize(), w.upper())}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return re.compile(rf"(?<![A-Za-z]){emit(trie)}(?![A-Za-z])")


_VAGUE_RE = re.compile(
    r"(?i:\b(?:(?:tens|hundreds)[ \u00a0]+of[ \u00a0]+(?:thousands|millions|billions)"
    r"|dozens|hundreds|thousands|millions|billions|trillions)\b)"
)
_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z]*(?:[-'][A-Za-z]+)*)")
_PREV_WORD = re.compile(r"(\S+)[ \u00a0]+$")
_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")
_RANGE = re.compile(rf"(?:{_SP}*[{_DASHES}]{_SP}*|{_SP}+(?P<w>to|and|or){_SP}+)")
_CLOCK = re.compile(r"[ \u00a0]*(?:[ap]\.?m\b\.?|o'clock|(?:GMT|UTC|BST|EST|EDT|CET|IST)\b|hours?\b|hrs\b)", re.IGNORECASE)
_APPROX_BEFORE = re.compile(
    r"(?i:\b(?:about|around|some|over|nearly|almost|approximately|roughly|estimated|least|than|up to|"
    r"another|only|just)[ \u00a0]+$)"
)
_DIGIT_RUN = re.compile(r"[0-9][0-9,.]*")
_A_BEFORE = re.compile(r"(?i:\b(?:half[ \u00a0]+a|a)[ \u00a0]+\Z)")
