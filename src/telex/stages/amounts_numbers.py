"""Reading numbers for ``telex_amounts``: digits and number words with their multipliers, what
is glued to them, and the currency or percent written after them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from telex.stages.amounts_tables import (
    _DASHES,
    _PREV_WORD,
    _TEENS,
    _TENS,
    _UNITS,
    _Tables,
    tables,
)


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
