"""The event pattern table: ``knowledge/event_patterns.tsv`` (and the user's own files) read into
:class:`Pattern` rows, keyed by lemma and part of speech.

Split from ``events.py``. A row maps a predicate's lemma, its preposition and words among its
arguments to a CAMEO code and to how its roles read (``agent``, ``mutual``, ``patient``, ``reciprocal``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from telex.errors import ConfigError
from telex.knowledge import data_lines


#: The code column's word for a reading that is no event at all: the row wins as usual, and the
#: predicate is then not coded ("appeal" + "ruling" is a court appeal, not a CAMEO 02 appeal).
NO_EVENT = "none"


@dataclass(frozen=True)
class Pattern:
    lemma: str
    pos: str
    prep: str | None
    keywords: frozenset[str]
    cameo: str  # "" for a row that says the reading is no event (:data:`NO_EVENT`)
    roles: str

    @property
    def specificity(self) -> int:
        return 2 * bool(self.keywords) + bool(self.prep)


def _read_patterns(lines, origin: str, table: dict) -> None:
    for number, line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 5:
            raise ConfigError(f"{origin} line {number}: expected lemma, pos, prep, keyword, cameo[, roles]")
        lemma, pos, prep, keyword, cameo = cells[:5]
        roles = cells[5] if len(cells) > 5 and cells[5] else "agent"
        if cameo.lower() == NO_EVENT:
            cameo = ""  # "appeal" + "ruling": a court appeal, no CAMEO appeal; blocks the less specific rows
        elif not cameo.isdigit():
            raise ConfigError(f"{origin} line {number}: bad CAMEO code {cameo!r} (digits, or {NO_EVENT!r})")
        if pos not in ("VERB", "NOUN") or roles not in ("agent", "mutual", "patient", "reciprocal"):
            raise ConfigError(f"{origin} line {number}: bad pos or roles")
        words = frozenset(k for k in keyword.split("|") if k and k != "-")
        pattern = Pattern(lemma.lower(), pos, None if prep == "-" else prep.lower(), words, cameo, roles)
        bucket = table.setdefault((pattern.lemma, pos), [])
        bucket[:] = [p for p in bucket if (p.prep, p.keywords) != (pattern.prep, pattern.keywords)]
        bucket.append(pattern)


@lru_cache(maxsize=4)
def patterns(extra: str = "") -> dict[tuple[str, str], list[Pattern]]:
    """The pattern table: built-in rows, then the user's files (``TELEX_EVENT_PATTERNS``)."""
    table: dict[tuple[str, str], list[Pattern]] = {}
    _read_patterns(data_lines("event_patterns.tsv"), "knowledge/event_patterns.tsv", table)
    for name in filter(None, extra.split(os.pathsep)):
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"TELEX_EVENT_PATTERNS: cannot read {path}: {exc.strerror}") from exc
        lines = [(n, l) for n, l in enumerate(text.splitlines(), 1) if l.strip() and not l.lstrip().startswith("#")]
        _read_patterns(lines, str(path), table)
    return table
