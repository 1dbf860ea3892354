"""``telex_amounts``: money, percentages and counts of people or things, as numbers with units.

:func:`find_amounts` reads a text (and, where given, its spaCy parse) and returns
:class:`~telex.records.Amount` records:

* money: ``"$40bn"`` -> 40000000000 ``USD``; ``"Rs 500 crore"`` -> 5000000000 ``INR``. Currency
  symbols, codes, names and multipliers are data, in ``knowledge/currencies.tsv``. ``"$"``,
  ``"dollars"``, ``"¥"`` and ``"Rs"`` are ambiguous: they take the currency that the article's
  own words name ("Australian dollars", "A$" -> AUD) where it names exactly one, else the
  default (USD, JPY, INR).
* percentages: ``"11%"``, ``"11 per cent"`` -> 11 ``percent``; ``"3 percentage points"`` ->
  3 ``percentage point``.
* counts: ``"10,500 new military personnel"`` -> 10500 ``count`` counting ``"military personnel"``;
  ``"at least 12 killed"`` -> 12 counting ``"killed"``. A number is a count only when it counts
  something: a plural noun after it (with a parse, the noun the number modifies, or where the
  parser missed it, a plural noun among the next words that the parse tags as one; without a
  parse, a plural among the next few words) or a casualty word ("killed", "dead", "were
  injured"). Bare numbers ("a total of 17", "the vote was 52 to 48") are left out, and so are
  measures and durations ("300 km", "20 years": durations belong to the dates stage).
* with a parse, money also gets ``counts``: the noun it pays for ("a $40bn aid package" ->
  ``"aid package"``).

``doc`` must be the parse of ``text`` (checked cheaply at its ends; another doc is ignored).
Where it is given, the parse also drops numbers that the entity recogniser puts inside a name.

Decisions, so the output can be read without the code:

* The amount's text is the number with its currency and multiplier, never the hedge around it:
  "roughly 10,500 new military personnel" gives ``"10,500"``; "US$1.2 trillion" gives all of it.
* Ranges take their lower bound, and their text is the whole range: "between 25 and 30 people"
  -> 25, text ``"between 25 and 30"``; "10-15%" -> 10; "$10-15m" -> 10000000; "five to six
  million dollars" -> 5000000. "from 10 to 15 people" and "cut by $150 to $349" are changes, not
  ranges: each number stands alone (and a bare "10" that counts nothing is dropped).
* Vague quantities are given as the least they can mean, and only where they count something
  ("hundreds of protesters", "dozens dead", "billions of dollars"): dozens 24, hundreds 200,
  thousands 2000, tens of thousands 20000, hundreds of thousands 200000, millions 2000000 ...
  "several hundred" and "a few thousand" are skipped.
* Number words are read ("three", "a dozen", "two hundred and fifty", "half a million",
  "two million"). "one" on its own is skipped (it is mostly a pronoun: "one of the", "one
  official said"), and so are small spelled-out numbers after "the"/"both"/a possessive
  ("the two leaders"): they refer back to things, they do not report how many.
* Not amounts: years ("in 2014", "the 1962 building": a bare four-digit 1000-2199 is a year
  unless it has a currency, a multiplier or "%", or a hedge such as "about" before it), days of
  months ("March 3", "3 March"), ordinals ("3rd"), clock times ("6am", "10:30", "1500 GMT"),
  phone-like digit groups, numbers inside names ("G20", "Covid-19", "F-16", "Boeing 737",
  "Article 5", "page 3"), numbers glued to letters or hyphenated to words ("1990s",
  "34-year-old", "5km").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from telex.errors import ConfigError
from telex.knowledge import data_lines
from telex.records import Amount
from telex.stages.furniture import doc_text, is_excluded

if not Doc.has_extension("telex_amounts"):
    Doc.set_extension("telex_amounts", default=None)

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


# --------------------------------------------------------------------------------------------


@dataclass
class _Number:
    start: int  # where the amount's text starts (symbol included)
    end: int  # where the number and its multiplier end
    value: Decimal
    bare: Decimal  # the number without its multiplier
    sym: Optional[str] = None
    scaled: bool = False  # had a multiplier ("bn", "million")
    words: bool = False  # spelled out
    year_like: bool = False


def _parse_words(phrase: str, scale_words: dict) -> tuple[Optional[Decimal], int, bool, Decimal]:
    """The longest valid number at the start of a run of number words: its value, its length in
    characters, whether it has a scale word, and the scale it ends with (1 if none: "two hundred
    and fifty"; 10^6 for "five million", so that "five to six million" can lend it to "five")."""
    tokens = [(m.group().lower(), m.end()) for m in re.finditer(r"[A-Za-z]+", phrase)]
    total = Decimal(0)
    current = Decimal(0)
    state = "start"
    last_scale = None
    best: tuple[Optional[Decimal], int, bool, Decimal] = (None, 0, False, Decimal(1))
    trail = Decimal(1)
    has_scale = False
    half = False
    i = 0
    while i < len(tokens):
        word, end = tokens[i]
        if word == "and":
            if state not in ("hundred", "scale"):
                break
            i += 1
            continue
        if word == "half" and state == "start":
            half, state = True, "half"
        elif word == "a" and state in ("start", "half"):
            current, state = Decimal(1), "a"
        elif word in _UNITS and state in ("start", "tens", "hundred", "scale"):
            if state == "tens" and tokens[i - 1][0] == "and":
                break
            current += _UNITS[word]
            state = "unit"
        elif word in _TEENS and state in ("start", "hundred", "scale"):
            current += _TEENS[word]
            state = "teen"
        elif word in _TENS and state in ("start", "hundred", "scale"):
            current += _TENS[word]
            state = "tens"
        elif word == "hundred" and state in ("a", "unit", "teen", "tens") and current < 100:
            current *= 100
            state = "hundred"
            trail = Decimal(100)
        elif word == "dozen" and state in ("a", "unit", "teen", "tens") and current < 100:
            current *= 12
            state = "unit"
        elif word in scale_words and word != "hundred" and state in ("a", "unit", "teen", "tens", "hundred"):
            factor = scale_words[word]
            if last_scale is not None and factor >= last_scale:
                break
            total += current * factor
            current = Decimal(0)
            last_scale = factor
            has_scale = True
            state = "scale"
            trail = factor
        else:
            break
        if state not in ("hundred", "scale"):
            trail = Decimal(1)
        if state not in ("half", "a"):
            value = total + current
            if half:
                value = value / 2
            best = (value, end, has_scale or state == "hundred", trail)
        i += 1
    if best[0] is not None and best[0] == 0:
        return None, 0, False, Decimal(1)
    return best


def _decimal(digits: str) -> Decimal:
    return Decimal(digits.replace(",", ""))


def _prev_word(text: str, start: int) -> Optional[str]:
    """The word just before ``start`` when only spaces separate them, else None (a clause boundary)."""
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if not m:
        return None
    word = m.group(1).lstrip("\"'“‘([")
    return word or None


def _glued_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` is part of something else: "G20", "Covid-19", "+44", "9/11", "1.5.2"."""
    if start == 0:
        return False
    c = text[start - 1]
    if c.isalnum() or c in "_.,/:#+@&=\\^~°'’":
        return True
    if c in _DASHES:
        return start >= 2 and (text[start - 2].isalnum() or text[start - 2] in " \u00a0")
    if c in " \u00a0" and start >= 2 and text[start - 2].isdigit():
        return True  # "+44 20 7946": digit groups
    return False


def _glued_after(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` continues as something else: "10:30", "1990s", "3rd", "24/7"."""
    if end >= len(text):
        return False
    c = text[end]
    nxt = text[end + 1] if end + 1 < len(text) else ""
    if c.isalnum() or c in "_@°'’":
        return True
    if c in ".,:/" and nxt.isdigit():
        return True
    if c in " \u00a0" and nxt.isdigit():
        return True
    return False


def _context_currency(text: str, default: str, cache: dict) -> str:
    if default in cache:
        return cache[default]
    named = {code for code, pattern in tables().contexts.get(default, ()) if pattern.search(text)}
    chosen = named.pop() if len(named) == 1 else default
    cache[default] = chosen
    return chosen


def _is_plural_word(word: str) -> bool:
    w = word.lower()
    if w in _COLLECTIVE or (w.endswith(("men", "children")) and w not in _SINGULAR_MEN):
        return True
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


_SINGULAR_MEN = frozenset("amen omen specimen abdomen regimen acumen hymen stamen semen".split())

_STOP_AFTER = frozenset(
    """
    a an the of to in on at by for from with and or but as than that which who whom whose were was are is be
    been being have has had will would could should may might must can do did does not no also this these
    those it its their his her our into onto over under after before since during while when where per each
    every across around about near out up down off so if because said says say told according whether
    between among within without through against including like unlike plus via toward towards
    des les de la le du del di da dos das der den van von el al bin ibn
    """.split()
)


def _counted_by_words(text: str, pos: int, value: Decimal, parse: Optional["_Parse"] = None) -> Optional[str]:
    """What a count counts, read from the words after ``pos``; with ``parse``, its head must be tagged a plural noun."""
    words = []
    for _ in range(5):
        m = _WORD_AFTER.match(text, pos)
        if not m or m.group(1).lower() in _STOP_AFTER:
            break
        words.append((m.group(1), m.start(1), m.end(1)))
        pos = m.end()
    # the first run of plural nouns, with the modifiers before it
    first = next((i for i, (w, _, _) in enumerate(words) if _is_plural_word(w) and not w.lower().endswith("ed")), None)
    if first is None:
        if value == 1 and words and words[0][0].islower():
            first = 0
        else:
            return None
    last = first
    while last + 1 < len(words) and _is_plural_word(words[last + 1][0]) and words[last + 1][0].islower():
        last += 1
    if words[last][0].lower() in _NOT_COUNTED:
        return None
    keep = words[: last + 1]
    while keep and keep[0][0].lower() in _LEAD_STRIP:
        keep = keep[1:]
    if not keep:
        return None
    if any(w.lower() in _NOT_COUNTED for w, _, _ in keep):
        return None
    if parse is not None:
        head = parse.token_at(keep[-1][1])
        if head is None or head.pos_ not in ("NOUN", "PROPN") or not (
            head.tag_ in ("NNS", "NNPS") or head.lower_ in _COLLECTIVE or value == 1
        ):
            return None  # "CentOS 7 seems": a verb that ends in s
    return text[keep[0][1] : keep[-1][2]]


class _Parse:
    """Char-offset lookups into a parsed Doc, made once per call."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text  # doc.text, which spaCy rebuilds from the tokens on every access
        self.starts = doc.to_array("IDX").tolist()

    def token_at(self, char: int):
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if i >= 0 else None

    def last_token(self, start: int, end: int):
        tok = self.token_at(end - 1)
        return tok if tok is not None and tok.idx + len(tok) > start else None


def _np_phrase(parse: _Parse, first_i: int, head, value: Decimal, need_plural: bool) -> Optional[str]:
    """The noun phrase from token ``first_i`` to ``head`` (its head noun), stripped of lead modifiers."""
    doc = parse.doc
    if head.pos_ not in ("NOUN", "PROPN") or head.i < first_i or head.i - first_i > 5:
        return None
    between = doc[first_i : head.i]
    for t in between:
        if t.dep_ in ("det", "poss", "prep", "cc", "conj", "case", "relcl", "acl", "punct") and t.text not in _DASHES:
            if not (t.dep_ == "det" and t.i == first_i):
                return None
        if not (first_i <= t.head.i <= head.i):
            return None
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in _COLLECTIVE
    if not plural:
        # "federal workers hostage": the parser took the wrong noun as head; a plural before it counts
        earlier = [t for t in between if t.tag_ in ("NNS", "NNPS") and t.i > first_i - 1]
        if earlier:
            head, plural = earlier[-1], True
    if head.lower_ in _NOT_COUNTED or head.lemma_.lower() in _NOT_COUNTED:
        return None
    if need_plural and not (head.tag_ in ("NNS", "NNPS") or head.lower_ in _COLLECTIVE or value == 1):
        return None
    keep = list(doc[first_i : head.i + 1])
    while keep and (keep[0].lower_ in _LEAD_STRIP or keep[0].pos_ in ("DET", "ADV", "PUNCT", "NUM", "ADP")):
        keep = keep[1:]
    if not keep:
        return None
    phrase = parse.text[keep[0].idx : keep[-1].idx + len(keep[-1])]
    return None if "\n" in phrase else phrase


def _counted_by_parse(parse: _Parse, start: int, end: int, value: Decimal, *, money: bool, vague: bool, text: str) -> Optional[str]:
    last = parse.last_token(start, end)
    if last is None:
        return None
    doc = parse.doc
    if vague:
        m = _OF.match(text, end)
        if not m:
            return None
        of_tok = next((t for t in doc[last.i + 1 : last.i + 3] if t.lower_ == "of"), None)
        if of_tok is None:
            return None
        heads = [c for c in of_tok.children if c.dep_ == "pobj"]
        if not heads:
            return None
        return _np_phrase(parse, of_tok.i + 1, heads[0], value, need_plural=False)
    # climb out of the number's own tokens ("25 and 30": "30" hangs on "25") to what they modify
    first = parse.token_at(start)
    lo = first.i if first is not None else last.i
    tok = last
    for _ in range(8):
        if tok.head.i == tok.i or not (lo <= tok.head.i <= last.i):
            break
        tok = tok.head
    head = tok.head
    if head.i <= last.i:
        return None
    # "300 million people": the number's tokens chain to the noun they count
    while head.i <= last.i + 6 and head.dep_ in ("compound",) and head.head.i > head.i and head.pos_ == "NUM":
        head = head.head
    if money and (head.pos_ != "NOUN" or head.lower_ in tables().names):
        return None  # "$40bn aid package" names what the money is for; "$249 USD" does not
    return _np_phrase(parse, last.i + 1, head, value, need_plural=not money)


# --------------------------------------------------------------------------------------------


def _read_number(text: str, m: re.Match, t: _Tables) -> Optional[_Number]:
    """The number a master match starts with, or None where it is not one (and where to look next)."""
    if m.group("words") is not None:
        phrase = m.group("words")
        value, length, has_scale, trail = _parse_words(phrase, t.scale_words)
        if value is None:
            return None
        start = m.start("words")
        end = start + length
        number = _Number(start, end, value, value / trail, scaled=has_scale, words=True)
        if end < m.end("words"):  # only part of the run was a number: multiplier groups do not apply
            return number
    else:
        digits = m.group("snum") or m.group("num")
        start = m.start("sym") if m.group("sym") else m.start("num")
        bare = _decimal(digits)
        number = _Number(start, m.end("snum") if m.group("sym") else m.end("num"), bare, bare, sym=m.group("sym"))
        plain = re.fullmatch(r"[0-9]{4}", digits) is not None
        number.year_like = plain and 1000 <= bare <= 2199 and not m.group("sym")
    factor = None
    if m.group("att"):
        factor = t.multipliers[m.group("att").lower()]
        number.end = m.end("att")
    elif m.group("mult"):
        factor = t.multipliers[m.group("mult").lower()]
        number.end = m.end("mult")
    if factor is not None:
        if number.words and number.scaled and factor <= 100:
            return number  # "two thousand hundred": leave the multiplier
        number.value = number.value * factor
        number.scaled = True
        number.year_like = False
    return number


def _unit_after(text: str, pos: int, number: _Number, t: _Tables, ctx: dict):
    """(unit, end) for a currency or percent written after the number, else None."""
    m = t.suffix.match(text, pos)
    if not m:
        return None
    if m.group("pct") or m.group("pc"):
        return "percent", m.end()
    if m.group("pp"):
        return "percentage point", m.end()
    if m.group("code"):
        return t.codes[m.group("code")], m.end()
    if m.group("ssym"):
        code, ambiguous = t.symbols[m.group("ssym")]
        return (_context_currency(text, code, ctx) if ambiguous else code), m.end()
    name = m.group("name")
    if name:
        code, ambiguous, scaled = t.names[name.lower()]
        if scaled and not number.scaled:
            return None
        if scaled and re.match(r"[ \u00a0]+of\b", text[m.end() : m.end() + 5]):
            return None
        return (_context_currency(text, code, ctx) if ambiguous else code), m.end()
    return None


def find_amounts(text: str, doc: Doc | None = None) -> list[Amount]:
    """Money, percentages and counts in ``text``; ``doc`` (the parse of ``text``) sharpens what counts count.

    >>> [(a.text, a.value, a.unit) for a in find_amounts("The Senate approved a $40bn aid package.")]
    [('$40bn', 40000000000.0, 'USD')]
    >>> [(a.text, a.value, a.counts) for a in find_amounts("At least 12 soldiers were killed in 2014.")]
    [('12', 12.0, 'soldiers')]
    """
    if not text:
        return []
    t = tables()
    parse: Optional[_Parse] = None
    if doc is not None and _parse_of(doc, text) and doc.has_annotation("DEP"):
        parse = _Parse(doc, text)
    ctx: dict = {}
    found: list[Amount] = []

    # Where an amount may start: a run of digits (moved back over a currency symbol before it),
    # or a number word (moved back over "a"/"half a"). Two cheap searches, then anchored matches:
    # one search with every alternative at every position costs several times more.
    starts = []
    for m in _DIGIT_RUN.finditer(text):
        p = m.start()
        sm = t.sym_before.search(text, max(0, p - 8), p)
        starts.append(sm.start() if sm else p)
    for m in t.word_trigger.finditer(text):
        p = m.start()
        am = _A_BEFORE.search(text, max(0, p - 8), p)
        if am is not None:
            starts.append(am.start())
        starts.append(p)
    starts.sort()

    pos = 0
    for p in starts:
        if p < pos:
            continue
        vm = _VAGUE_RE.match(text, p)
        if vm is not None:
            amount = _vague_at(text, vm, t, ctx, parse)
            if amount is not None:
                found.append(amount)
                pos = amount.span[1]
            continue
        m = t.master.match(text, p)
        if m is None:
            continue
        number = _read_number(text, m, t)
        if number is None:
            continue
        pos = number.end
        amount = _amount_at(text, number, t, ctx, parse)
        if amount is None:
            continue
        found.append(amount)
        pos = max(pos, amount.span[1])
    found.sort(key=lambda a: a.span)
    return found


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" \u00a0\t")
    return not before or before[-1] in ".!?:;\n\"'“‘(—–-[" or before.endswith("\n")


def _parse_of(doc: Doc, text: str) -> bool:
    """Whether ``doc`` is (by a cheap check of its ends) the parse of ``text``; if not, it is not used."""
    if not len(doc):
        return False
    first, last = doc[0], doc[-1]
    return (
        last.idx + len(last.text_with_ws) == len(text)
        and text.startswith(first.text, first.idx)
        and text.startswith(last.text, last.idx)
    )


def _vague_at(text: str, m: re.Match, t: _Tables, ctx: dict, parse: Optional[_Parse]) -> Optional[Amount]:
    """A vague quantity ("hundreds of protesters", "dozens dead", "millions of dollars"), or None."""
    value = Decimal(_VAGUE[" ".join(m.group().lower().split())])
    s, e = m.span()
    if _glued_before(text, s) or _glued_after(text, e):
        return None
    prev = _prev_word(text, s)
    if prev and prev.lower() in ("several", "few", "many", "the", "of"):
        return None
    named = t.of_name.match(text, e)
    if named:
        code, ambiguous, _ = t.names[named.group("name").lower()]
        unit = _context_currency(text, code, ctx) if ambiguous else code
        e = named.end()
        return Amount(text=text[s:e], span=(s, e), value=float(value), unit=unit)
    counts = None
    of = _OF.match(text, e)
    if of:
        if parse is not None:
            counts = _counted_by_parse(parse, s, e, value, money=False, vague=True, text=text)
        else:
            counts = _counted_by_words(text, of.end() - 1, Decimal(2))
    else:
        cm = _CASUALTY_RE.match(text, e)
        counts = cm.group("w") if cm else None
    if not counts:
        return None
    return Amount(text=text[s:e], span=(s, e), value=float(value), unit="count", counts=counts)


def _amount_at(text: str, number: _Number, t: _Tables, ctx: dict, parse: Optional[_Parse]) -> Optional[Amount]:
    s, e = number.start, number.end
    if number.sym is None and _glued_before(text, s):
        return None
    if number.sym is not None and s > 0 and text[s - 1].isalpha():
        return None  # "MRs 5", or a dollar of a currency not in the table ("Z$5")
    if _glued_after(text, e):
        return None
    if number.words and not number.scaled and e < len(text) and text[e] in _DASHES:
        return None  # "two-day visit"
    prev = _prev_word(text, s)
    prev_l = prev.lower().rstrip(",") if prev else None

    # ranges: "10-15%", "between 25 and 30 people", "$10-15m", "10 to 15 troops"
    text_start, value = s, number.value
    end = e
    unit_from = number
    ranged = False
    rm = _RANGE.match(text, e) if not number.year_like else None
    if rm:
        word = rm.group("w")
        ok = True
        if word == "and":
            ok = prev_l == "between"
        elif word == "to":
            ok = prev_l not in ("from", "by", "rose", "fell", "increased", "decreased", "up", "down")
        m2 = t.master.match(text, rm.end()) if ok else None
        if m2 and (not m2.group("sym") or m2.group("sym") == number.sym):
            second = _read_number(text, m2, t)
            if second is not None and not _glued_after(text, second.end) and second.value >= number.bare:
                if not number.scaled and second.scaled and number.bare < second.bare:
                    value = number.bare * (second.value / second.bare)
                end = second.end
                unit_from = second
                ranged = True
                if word == "and" and text[s - 8 : s].lower() == "between ":
                    text_start = s - 8
    if not ranged and e < len(text) and text[e] in _DASHES and not number.sym and not number.scaled:
        # "34-year-old", "10-member": a number hyphenated to a word describes, it does not count
        if text[e + 1 : e + 2].isalpha():
            return None

    # money with a symbol or code in front
    if number.sym is not None:
        if number.sym in t.symbols:
            code, ambiguous = t.symbols[number.sym]
            unit = _context_currency(text, code, ctx) if ambiguous else code
        else:
            code, ambiguous = t.codes[number.sym], False
            unit = code
        again = t.suffix.match(text, end)
        if again is not None and (again.group("name") or again.group("code")):
            # "$249 USD", "$9.99 US dollars": the currency said twice belongs to the amount
            named = t.names[again.group("name").lower()] if again.group("name") else (t.codes[again.group("code")], False, False)
            if named[0] == code or ambiguous:
                end = again.end()
                if ambiguous and not named[1]:
                    unit = named[0]
        counts = None
        if parse is not None:
            counts = _counted_by_parse(parse, text_start, end, value, money=True, vague=False, text=text)
        return Amount(text=text[text_start:end], span=(text_start, end), value=float(value), unit=unit, counts=counts)

    after = _unit_after(text, end, unit_from, t, ctx)
    if after is not None:
        unit, uend = after
        counts = None
        if parse is not None and unit not in ("percent", "percentage point"):
            counts = _counted_by_parse(parse, text_start, uend, value, money=True, vague=False, text=text)
        return Amount(text=text[text_start:uend], span=(text_start, uend), value=float(value), unit=unit, counts=counts)

    # from here on, a count: it must count something, and not be a date, time, name or identifier
    if _CLOCK.match(text, end):
        return None
    if number.year_like and not _APPROX_BEFORE.search(text, max(0, s - 20), s):
        return None
    if prev_l is not None:
        bare_prev = prev_l.rstrip(".")
        if bare_prev in _MONTHS or prev_l in _ID_WORDS or bare_prev in _ID_WORDS:
            return None
        if any(c.isupper() for c in prev) and prev_l not in _CAPITAL_OK and not prev_l.endswith(("'s", "’s")):
            return None  # "Boeing 737", "Article 5", "Resolution 2231", "iPhone 4"
        if number.words and not number.scaled and prev_l in _DEFINITE:
            return None  # "the two leaders"
    nxt = _WORD_AFTER.match(text, end)
    if nxt and nxt.group(1).lower().rstrip(".") in _MONTHS and nxt.group(1)[0].isupper():
        return None  # "3 March"
    if number.words and not number.scaled and value == 1:
        return None  # "one" is mostly a pronoun
    if number.words and text[s].isupper() and not _sentence_start(text, s):
        return None  # "Six Flags", "the Group of Seven": a capitalised number word inside a sentence is a name
    if not number.scaled and number.bare != number.bare.to_integral_value():
        return None  # "2.5 children": a decimal count without a multiplier is a measure or a score

    counts = None
    if parse is not None:
        if _name_entity(parse, s, end):
            return None
        counts = _counted_by_parse(parse, text_start, end, value, money=False, vague=False, text=text)
        if counts is None and _noun_not_counted(parse, end):
            return None
    else:
        counts = _counted_by_words(text, end, value)
    if counts is None:
        cm = _CASUALTY_RE.match(text, end)
        if cm:
            counts = cm.group("w")
    if counts is None and parse is not None:
        # the parser missed the noun ("2m voters" parsed as "2", "m", "voters"): read the words
        counts = _counted_by_words(text, end, value, parse)
    if counts is None:
        return None
    return Amount(text=text[text_start:end], span=(text_start, end), value=float(value), unit="count", counts=counts)


def _name_entity(parse: _Parse, start: int, end: int) -> bool:
    tok = parse.token_at(start)
    while tok is not None and tok.idx < end:
        if tok.ent_type_ in _NAME_ENTS:
            return True
        if tok.i + 1 >= len(parse.doc):
            break
        tok = parse.doc[tok.i + 1]
    return False


def _noun_not_counted(parse: _Parse, end: int) -> bool:
    tok = parse.token_at(end)
    if tok is None or tok.idx < end:
        tok = parse.doc[tok.i + 1] if tok is not None and tok.i + 1 < len(parse.doc) else None
    return tok is not None and tok.lower_ in _NOT_COUNTED


# --------------------------------------------------------------------------------------------


@Language.factory(
    "telex_amounts",
    assigns=["doc._.telex_amounts"],
    default_config={},
)
def make_amounts(nlp: Language, name: str):
    return AmountFinder()


class AmountFinder:
    """Sets ``doc._.telex_amounts``, leaving out amounts in text the furniture stage excluded."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.telex_amounts = [a for a in find_amounts(doc_text(doc), doc) if not is_excluded(doc, *a.span)]
        return doc
