"""``telex_furniture``: mark page furniture, credits and wire datelines, which stay in the text but are
never extracted from.

Rules live in ``knowledge/furniture.txt``. A line is excluded when one rule matches it whole. A wire
dateline ("NAIROBI, July 18 (Reuters) - ") is excluded up to its dash: the places stage still reads
its place, and the actors stage takes the article's country from it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from telex.errors import ConfigError
from telex.knowledge import data_lines
from telex.records import Excluded

for _name in ("telex_excluded", "telex_text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def is_parse_of(doc: Doc, text: str) -> bool:
    """Whether ``doc`` is a parse of ``text``, checked by its ends without rebuilding ``doc.text``
    (spaCy joins every token again on each access). Stages that take an optional doc use it."""
    if not len(doc):
        return not text
    first, last = doc[0], doc[-1]
    return (
        last.idx + len(last.text_with_ws) == len(text)
        and text.startswith(first.text, first.idx)
        and text.startswith(last.text, last.idx)
    )


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document: spaCy rebuilds it from every token on each access,
    which cost telex's stages 3% of parsing time when each read it."""
    text = doc._.telex_text
    if text is None:
        text = doc._.telex_text = doc.text
    return text

#: A wire dateline opening a paragraph: the place in capitals, then optionally its region or country,
#: a date and the agency in brackets, then a dash ("NAIROBI, July 18 (Reuters) - ", "KYIV, Ukraine
#: (AP) — ", "WASHINGTON -- ", two places "KYIV/MOSCOW (Reuters) - "); or a place in title case with the
#: agency ("Geneva (AFP) – ").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    r"[ \t]*(?:"
    r"(?P<caps>[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,4})(?:,[ ]+[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){0,2})?"
    rf"(?:,?[ ]+{_MONTH}[ ]+[0-9]{{1,2}})?(?:[ ]+\([A-Za-z][A-Za-z .&'-]{{0,30}}\))?"
    r"|(?P<title>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})(?:,[ ]+[A-Z][A-Za-z.]+)?[ ]+\([A-Z][A-Za-z .&'-]{0,30}\)"
    rf"|(?P<dated>{_MONTH}[ ]+[0-9]{{1,2}})[ ]+\([A-Z][A-Za-z .&'-]{{0,30}}\)"
    r")[ ]*(?:--|[-–—―])[ ]+(?=\S)"
)


def dateline_at(text: str, start: int) -> int | None:
    """The end (after the dash and its spaces) of a wire dateline opening a paragraph at ``start``."""
    m = DATELINE.match(text, start)
    if m is None:
        return None
    caps = m.group("caps")
    if caps is not None and sum(c.isalpha() for c in caps) < 3:
        return None  # "A - ", "US - ": too short to be a place in capitals
    return m.end()


#: Longest line that can be furniture. Longer lines are story paragraphs; calibrated on the
#: furniture rules themselves (their longest possible match is under 300 characters).
MAX_FURNITURE_CHARS = 300

_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def rules() -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for number, line in data_lines("furniture.txt"):
        kind, sep, pattern = line.partition("\t")
        if not sep or kind not in ("credit", "furniture"):
            raise ConfigError(f"knowledge/furniture.txt line {number}: expected KIND<TAB>REGEX with KIND credit or furniture")
        try:
            out.append((kind, re.compile(rf"(?:{pattern})[.!]?", re.IGNORECASE)))
        except re.error as exc:
            raise ConfigError(f"knowledge/furniture.txt line {number}: bad pattern: {exc}") from exc
    return tuple(out)


def find_excluded(text: str) -> list[Excluded]:
    """Lines of ``text`` that are furniture or credits, with their spans.

    >>> [e.kind for e in find_excluded("Talks ended.\\n\\nAdditional reporting by Ann Lee\\n\\nLeave a Comment")]
    ['credit', 'furniture']
    """
    found = []
    compiled = rules()
    for match in _LINE.finditer(text):
        line = match.group()
        end = dateline_at(text, match.start())
        if end is not None:
            start = match.start() + len(line) - len(line.lstrip())
            found.append(Excluded(span=(start, end), text=text[start:end].rstrip(), kind="dateline"))
        stripped = line.strip()
        if not stripped or len(stripped) > MAX_FURNITURE_CHARS:
            continue
        for kind, pattern in compiled:
            if pattern.fullmatch(stripped):
                start = match.start() + line.index(stripped)
                found.append(Excluded(span=(start, start + len(stripped)), text=stripped, kind=kind))
                break
    return found


@Language.factory(
    "telex_furniture",
    assigns=["doc._.telex_excluded"],
    default_config={},
)
def make_furniture(nlp: Language, name: str):
    return FurnitureMarker()


class FurnitureMarker:
    def __call__(self, doc: Doc) -> Doc:
        doc._.telex_excluded = find_excluded(doc_text(doc))
        return doc


def is_excluded(doc: Doc, start_char: int, end_char: int, kinds: tuple[str, ...] = ("credit", "furniture", "dateline")) -> bool:
    """Whether a span overlaps excluded text of these kinds; later stages skip such spans."""
    for item in doc._.telex_excluded or ():
        if start_char < item.span[1] and item.span[0] < end_char and item.kind in kinds:
            return True
    return False
