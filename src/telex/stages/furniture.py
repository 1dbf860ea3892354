"""``telex_furniture``: mark page furniture and credits, which stay in the text but are never extracted from.

Rules live in ``knowledge/furniture.txt``. A line is excluded when one rule matches it whole.
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


def is_excluded(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether a span overlaps excluded text; later stages skip such spans."""
    for item in doc._.telex_excluded or ():
        if start_char < item.span[1] and item.span[0] < end_char:
            return True
    return False
