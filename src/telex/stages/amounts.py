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
  distances, weights and durations ("300 km", "95 pounds", "20 years": durations belong to the
  dates stage).
* goods by measure: ``"20mn tonnes of grain"`` -> 20000000 ``tonne`` counting ``"grain"``;
  ``"5 million barrels of crude oil"`` -> ``barrel``. The units are data, in
  ``knowledge/measures.tsv``.
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
The stage is split by what each part does: :mod:`telex.stages.amounts_tables` (number words,
word lists, the currency table and the patterns built from them),
:mod:`telex.stages.amounts_numbers` (reading a number, its multiplier and the unit after it),
:mod:`telex.stages.amounts_count` (what a count counts) and this module (the decisions above,
and the spaCy component).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from telex.records import Amount
from telex.stages.amounts_count import (
    _counted_by_parse,
    _counted_by_words,
    _name_entity,
    _noun_not_counted,
    _Parse,
)
from telex.stages.amounts_numbers import (
    _context_currency,
    _glued_after,
    _glued_before,
    _Number,
    _prev_word,
    _read_number,
    _unit_after,
)
from telex.stages.amounts_tables import (
    _A_BEFORE,
    _APPROX_BEFORE,
    _CAPITAL_OK,
    _CASUALTY_RE,
    _CLOCK,
    _DASHES,
    _DEFINITE,
    _DIGIT_RUN,
    _ID_WORDS,
    _MONTHS,
    _OF,
    _RANGE,
    _VAGUE,
    _VAGUE_RE,
    _WORD_AFTER,
    _Tables,
    tables,
)
from telex.stages.furniture import doc_text, is_excluded, is_parse_of

if not Doc.has_extension("telex_amounts"):
    Doc.set_extension("telex_amounts", default=None)


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
    if doc is not None and is_parse_of(doc, text) and doc.has_annotation("DEP"):
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


#: What a measure is of: "tonnes of grain", "barrels of crude oil" (up to three words, stopping at a
#: word that starts a phrase of its own).
_OF_GOODS = re.compile(r"[ \u00a0]+of[ \u00a0]+(?P<what>[A-Za-z][\w-]*(?:[ \u00a0]+(?!(?:to|for|from|in|into|on|at|a|an|"
                       r"the|per|and|or|by|with|was|were|is|are|that|which|each|every|daily|annually)\b)[A-Za-z][\w-]*){0,2})")
_NOT_GOODS = frozenset({"the", "a", "an", "it", "them", "this", "that", "its", "their"})


def _goods_noun(parse: _Parse, start: int) -> Optional[str]:
    """The noun phrase a measure is "of", from the parse: "grain" in "tonnes of grain leave Ukraine"."""
    tok = parse.token_at(start)
    if tok is None:
        return None
    noun = tok
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i and noun.head.i - tok.i < 3:
        noun = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        # the chain must end on the object of "of" ("crude oil"), else the parse ran on into the
        # clause ("grain leave Ukraine" for "tonnes of grain leave Ukraine"): the first noun alone
        return tok.text if tok.pos_ == "NOUN" else None
    return parse.doc[tok.i:noun.i + 1].text


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

    measured = t.measure.match(text, end)
    if measured is not None:
        # goods by measure: "20mn tonnes of grain", "1.2 million barrels of oil"
        unit = t.measures[measured.group("unit").lower()]
        goods = _OF_GOODS.match(text, measured.end())
        counts = goods.group("what") if goods and goods.group("what").lower() not in _NOT_GOODS else None
        if counts and parse is not None:
            counts = _goods_noun(parse, goods.start("what")) or counts
        return Amount(text=text[text_start:measured.end()], span=(text_start, measured.end()), value=float(value),
                      unit=unit, counts=counts)

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
