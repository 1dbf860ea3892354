"""What a count counts, for ``telex_amounts``: the plural noun after a number, read from the
words or, where a parse is given, from the noun the number modifies."""

from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal
from typing import Optional

from spacy.tokens import Doc

from telex.stages.amounts_tables import (
    _COLLECTIVE,
    _DASHES,
    _LEAD_STRIP,
    _NAME_ENTS,
    _NOT_COUNTED,
    _OF,
    _WORD_AFTER,
    tables,
)


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
            if not (t.dep_ in ("det", "poss") and t.i == first_i):
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
    while keep and (keep[0].lower_ in _LEAD_STRIP or keep[0].pos_ in ("DET", "ADV", "PUNCT", "NUM", "ADP")
                    or (keep[0].dep_ == "poss" and keep[0].pos_ == "PRON")):
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
    if not money and last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "of":
        return _partitive(parse, last, value)
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
    if money and head.lower_ == "worth":
        # "$500 million worth of crude": the money measures the goods after "worth of"
        of_tok = next((c for c in head.children if c.lower_ == "of"), None)
        pobj = next((c for c in of_tok.children if c.dep_ == "pobj"), None) if of_tok is not None else None
        return _np_phrase(parse, of_tok.i + 1, pobj, value, need_plural=False) if pobj is not None else None
    if money and (head.pos_ != "NOUN" or head.lower_ in tables().names):
        return None  # "$40bn aid package" names what the money is for; "$249 USD" does not
    return _np_phrase(parse, last.i + 1, head, value, need_plural=not money)



def _partitive(parse: _Parse, last, value: Decimal) -> Optional[str]:
    """What "seven of its servicemen", "three of the hostages" count: the plural after "of" and a
    determiner or possessive. A bare "of" is left alone ("two of hearts", "one of them")."""
    doc = parse.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "of" or doc[last.i + 1].head.i != last.i:
        return None
    of_tok = doc[last.i + 1]
    if doc[of_tok.i + 1].dep_ not in ("det", "poss"):
        return None
    heads = [c for c in of_tok.children if c.dep_ == "pobj"]
    if not heads:
        return None
    return _np_phrase(parse, of_tok.i + 1, heads[0], value, need_plural=True)


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

