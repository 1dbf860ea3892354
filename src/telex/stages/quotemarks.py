"""Quoted spans in running text, in every quotation style news uses.

Handles curly (“…”, ‘…’), straight ("…", '…'), typewriter (``…''), guillemets («…», ‹…›) and
low-high („…“) marks; single quotes used as quote marks, told from apostrophes (don't, Russia’s,
the allies’, ’90s); unbalanced marks; and quotes that run across paragraphs, where a paragraph
opens a quote and does not close it, and the next paragraph opens again to continue.

Spans cover the words between the marks. Pure text work: no parse needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Longest quote, in characters, before an unclosed mark is taken as a stray: quotes in news run to a
#: few sentences; a "quote" of a whole long paragraph is almost always a missing close mark.
MAX_QUOTE_CHARS = 2000

#: Fewest words of a paragraph that goes on with the quote the paragraph before left open and closes
#: it without reopening; shorter lines closing the marks name the speaker of a pulled quote.
MIN_CARRIED_WORDS = 8

#: Single-quoted spans longer than this are unlikely; most single-quote pairs beyond it are two apostrophes.
MAX_SINGLE_QUOTE_CHARS = 600

_PARAGRAPH = re.compile(r"[^\n]+")

_DOUBLE_MARK = re.compile(r"``|''|[“”„«»\"]")
_SINGLE_MARK = re.compile(r"[‘’‹›'`]")
_DOUBLE = frozenset(("``", "''", "“", "”", "„", "«", "»", '"'))

#: A markup tag left in the text ('<tweet author="@lee" date="May 2">'): the marks around its
#: attribute values are not quotation marks, and a tag may run across a line break.
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]{0,1000})?/?>")


@dataclass
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    text: str
    paragraph: int
    closed: bool = True
    continued: bool = False  # continues the previous paragraph's open quote
    single: bool = False


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int, mark: str) -> bool:
    """A straight or ambiguous mark at ``i`` can open: start of text, or after space or opening
    punctuation; a straight double mark also after the end of a sentence with the space left out
    ("... the authorities."We were told ...")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    opening = before.isspace() or before in "([{—–-/:;," or (mark == '"' and before in ".!?" and after.isalpha())
    return opening and not after.isspace()


def _closes(text: str, i: int, mark: str) -> bool:
    """A mark at ``i`` can close: after a non-space, before a space or punctuation; a double mark also
    before a word where it follows the quote's last punctuation with the space left out
    ("... paranoia,"Lee said")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if mark in _DOUBLE and before in ",.!?" and after.isalpha():
        return True
    return not before.isspace() and (after.isspace() or not _is_word(after))


_FAMILY = {"“": "curly", "”": "curly", "„": "curly", "«": "angle", "»": "angle", "``": "tex", "''": "tex", '"': "straight"}


def _closes_after_inner_quote(text: str, i: int) -> bool:
    """A straight double mark set off by a space after the single mark that ends a quote within the
    quote, as some style guides print it: "... saying, 'Oh, this matters,' " she said (the space
    often a thin or no-break one); or after the quote's last punctuation, typed with a space:
    "... what does it mean? " Lee asked."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return i >= 2 and text[i - 1] in _INNER_SPACE and text[i - 2] in "'’,.?!" and not _is_word(after)


#: Spaces set between the closing marks of a quote within a quote and of the quote around it.
_INNER_SPACE = frozenset(" \u00a0\u2009\u200a\u202f")


def _can_close(text: str, i: int, mark: str, family: str, open_mark: str) -> bool:
    if family == "straight":
        return _closes(text, i, mark) or _closes_after_inner_quote(text, i)
    if family == "curly":
        return mark == "”" or (mark == "“" and open_mark == "„")
    if family == "angle":
        return mark == "»"
    return mark == "''"


def _can_open(text: str, i: int, mark: str) -> bool:
    if mark in ("“", "„", "«", "``"):
        return True
    if mark in ('"', "''"):
        return _opens(text, i, mark)
    # a closing curly mark used as an opener (seen in careless typesetting): only where it cannot close
    return mark == "”" and _opens(text, i, mark) and not _closes(text, i, mark)


def _straight_nests(text: str, lo: int, hi: int) -> bool:
    """Whether a straight mark that opens inside an open straight quote, ending at ``lo``, opens a
    quote within it: its closing mark is followed by a second closing mark, the outer quote's
    ("says, "I want a gun," you might worry," she said), not by another opener (the outer mark was
    a stray)."""
    marks = [n for n in _DOUBLE_MARK.finditer(text, lo, hi) if n.group() == '"']
    for k, n in enumerate(marks[:-1]):
        if _closes(text, n.start(), '"'):
            nxt = marks[k + 1].start()
            return _closes(text, nxt, '"') and not _opens(text, nxt, '"')
    return False


def _double_spans(text: str, lo: int, hi: int, carried: str | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the outermost double-quoted spans within one paragraph ``text[lo:hi]``.

    Quotes nest when their styles differ ("He said “no” today"); the inner pair is part of the outer quote.
    ``carried`` is the opening mark of a quote the paragraph before left open: where this paragraph's
    first mark can only close it, the quote runs on from the paragraph's start, not reopened, to
    that mark (a letter quoted line by line, its closing mark on the last line).
    """
    spans = []
    stack: list[tuple[str, str, int]] = []  # (family, opening mark, first character inside)
    first = next(_DOUBLE_MARK.finditer(text, lo, hi), None)
    if carried and first is not None and _FAMILY[first.group()] == _FAMILY[carried]:
        i = first.start()
        closes = _can_close(text, i, first.group(), _FAMILY[carried], carried) and not _can_open(text, i, first.group())
        # a short line closing the marks is the credit line of a pulled quote ("…⏎Rep. Ann Lee."), not speech
        if closes and len(text[lo:i].split()) >= MIN_CARRIED_WORDS:
            stack.append((_FAMILY[carried], carried, lo))
    for m in _DOUBLE_MARK.finditer(text, lo, hi):
        mark, i = m.group(), m.start()
        family = _FAMILY[mark]
        if not stack:
            if _can_open(text, i, mark):
                stack.append((family, mark, m.end()))
            continue
        top_family, top_mark, top_start = stack[-1]
        mixed_close = (
            # careless typesetting mixes styles: "work-related” and “…," close their quotes too
            (top_family == "straight" and mark == "”" and _closes(text, i, mark))
            or (top_family == "curly" and mark == '"' and _closes(text, i, mark) and not _opens(text, i, mark))
            or (mark == "“" and _closes(text, i, mark) and not _opens(text, i, mark))  # “Mostly False.“
        )
        if (family == top_family and _can_close(text, i, mark, family, top_mark)) or mixed_close:
            stack.pop()
            if not stack and i > top_start:
                spans.append((top_start, i, True))
            continue
        if family != top_family and _can_open(text, i, mark):
            stack.append((family, mark, m.end()))
        elif family == top_family and mark in ("“", "«", "``") and len(stack) == 1:
            closers = sum(1 for n in _DOUBLE_MARK.finditer(text, m.end(), hi) if _can_close(text, n.start(), n.group(), family, top_mark))
            if closers >= 2:
                stack.append((family, mark, m.end()))  # a quote within a quote in the same style
            else:
                # a second opener of the same style before the first closed: the first was a stray
                stack = [(family, mark, m.end())]
        elif mark == '"' and top_family == "straight" and len(stack) == 1 and _opens(text, i, mark):
            # a straight opener that does not nest is left alone: the outer quote may have lost its
            # closing mark ("Without a force, he added, "this war goes on."), and it stays open
            if _straight_nests(text, m.end(), hi):
                stack.append((family, mark, m.end()))
    if stack:
        start = stack[0][2]
        if hi - start <= MAX_QUOTE_CHARS and hi > start:
            spans.append((start, hi, False))
    return spans


def _apostrophe(text: str, i: int) -> bool:
    """Whether a single mark at ``i`` is an apostrophe: inside a word (don't, Russia’s) or before digits (’90s)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _is_word(before) and _is_word(after):
        return True
    return before.isspace() and after.isdigit()


def _single_spans(text: str, lo: int, hi: int, taken: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Single-quoted spans in a paragraph, outside double-quoted ones (a quote within a quote is part of it)."""
    def inside(i: int) -> bool:
        # within a double-quoted span or one of its marks (two characters wide for ``…'')
        return any(s - 2 <= i <= e + 1 for s, e, _ in taken)

    marks = [m for m in _SINGLE_MARK.finditer(text, lo, hi) if not inside(m.start()) and not _apostrophe(text, m.start())]
    spans = []
    k = 0
    while k < len(marks):
        m = marks[k]
        i = m.start()
        if m.group() in ("‘", "‹", "`") or (m.group() == "'" and _opens(text, i, "'")):
            closers = [
                n for n in marks[k + 1:]
                if n.group() in ("’", "›", "'") and _closes(text, n.start(), n.group())
                and n.start() - i <= MAX_SINGLE_QUOTE_CHARS
            ]
            best = None
            for n in closers:
                before, after = text[n.start() - 1], text[n.end()] if n.end() < hi else " "
                plural_possessive = before in "sS" and after == " " and n.end() + 1 < hi and text[n.end() + 1].islower()
                if before in ",.?!" or after in ",.;:?!)" or not plural_possessive:
                    best = n
                    break
            if best is not None and best.start() > m.end():
                spans.append((m.end(), best.start(), True))
                k = marks.index(best) + 1
                continue
        k += 1
    return spans


def _without_markup(text: str) -> str:
    """``text`` with the quotation marks inside markup tags blanked out, at the same offsets."""
    if "<" not in text:
        return text
    return _TAG.sub(lambda m: _QUOTE_CHARS.sub("#", m.group()), text)


_QUOTE_CHARS = re.compile(r"[“”„«»\"‘’‹›'`]")


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span in ``text``, in order, with its paragraph index.

    >>> [q.text for q in find_quote_spans('“We will stay,” she said, calling it a \\'red line\\'.')]
    ['We will stay,', 'red line']
    """
    out: list[QuoteSpan] = []
    previous_open = False
    carried = None  # the opening mark of a double quote the paragraph before left open
    scan = _without_markup(text)
    for number, para in enumerate(_PARAGRAPH.finditer(text)):
        lo, hi = para.start(), para.end()
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        doubles = _double_spans(scan, lo, hi, carried)
        singles = _single_spans(scan, lo, hi, doubles)
        # outermost spans win: a double-quoted span inside a single-quoted one ('He called it "absurd"')
        # is part of it, and of two spans that cross, the first one stands
        spans = []
        for span in sorted(doubles + singles, key=lambda x: (x[0], -x[1])):
            if not spans or span[0] >= spans[-1][1]:
                spans.append(span)
        first_text = text[lo:hi].lstrip()
        opens_paragraph = bool(spans) and spans[0][0] - 1 <= lo + (len(text[lo:hi]) - len(first_text))
        for s, e, closed in spans:
            single = (s, e, closed) in singles
            quote = text[s:e].strip()
            if not quote:
                continue
            s2 = s + (len(text[s:e]) - len(text[s:e].lstrip()))
            e2 = s2 + len(quote)
            out.append(
                QuoteSpan(
                    start=s2,
                    end=e2,
                    text=quote,
                    paragraph=number,
                    closed=closed,
                    continued=previous_open and opens_paragraph and s == spans[0][0],
                    single=single,
                )
            )
        previous_open = bool(spans) and not spans[-1][2]
        carried = None
        if previous_open and spans[-1] in doubles:
            start = spans[-1][0]
            mark = scan[start - 2:start] if scan[start - 2:start] in ("``", "''") else scan[start - 1]
            carried = mark if mark in _FAMILY else None
    return out
