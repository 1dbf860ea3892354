"""The CAMEO event codebook: names, Goldstein scores, quad classes and the PLOVER mapping.

The data is ``knowledge/cameo.tsv`` (its header documents every column, the sources and the
conventions chosen). Codes are strings, because leading zeros matter: ``"0256"`` is under root
``"02"``, and ``"025"`` is its parent.

    >>> lookup("0256").goldstein
    -0.3
    >>> lookup("0259").code        # no such code: the nearest parent answers
    '025'
    >>> root("1823")
    '18'

Quad classes follow GDELT (1 verbal cooperation 01-05, 2 material cooperation 06-09,
3 verbal conflict 10-14, 4 material conflict 15-20).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from telex.errors import ConfigError
from telex.knowledge import data_lines

SOURCE = "knowledge/cameo.tsv"
COLUMNS = ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode")

QUAD_CLASS_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

# PLOVER event types, 2021 names.
PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


def quad_class_of_root(root_code: str) -> int:
    """GDELT's QuadClass for a root: 01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4."""
    n = int(root_code)
    if not 1 <= n <= 20:
        raise ValueError(f"{root_code!r} is not a CAMEO root (01-20)")
    return 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    root: str

    @property
    def parent(self) -> str | None:
        """The code one level up ("0256" → "025" → "02"); None for a root."""
        return self.code[:-1] if len(self.code) > 2 else None

    @property
    def quad_class_name(self) -> str:
        return QUAD_CLASS_NAMES[self.quad_class]


def _well_formed(code: str) -> bool:
    return code.isascii() and code.isdigit() and 2 <= len(code) <= 4 and code[:2] in ROOTS


def root(code: str) -> str:
    """The two-digit root of a CAMEO code ("1823" → "18")."""
    code = str(code).strip()
    if not _well_formed(code):
        raise ValueError(f"{code!r} is not a CAMEO code")
    return code[:2]


def parse(lines: Iterable[tuple[int, str]], origin: str = SOURCE) -> dict[str, CameoCode]:
    """Read numbered TSV rows into a codebook, raising ConfigError naming the bad line."""
    codes: dict[str, CameoCode] = {}
    line_of: dict[str, int] = {}
    for number, line in lines:
        where = f"{origin} line {number}"
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ConfigError(f"{where}: {len(cells)} columns, expected {len(COLUMNS)} ({', '.join(COLUMNS)})")
        code, name, goldstein_text, quad_text, plover_type, plover_mode = (c.strip() for c in cells)
        if not _well_formed(code):
            raise ConfigError(f"{where}: {code!r} is not a CAMEO code (2-4 digits under a root 01-20)")
        if code in codes:
            raise ConfigError(f"{where}: code {code} already given on line {line_of[code]}")
        if not name:
            raise ConfigError(f"{where}: code {code} has no name")
        try:
            goldstein = float(goldstein_text)
        except ValueError:
            raise ConfigError(f"{where}: Goldstein score {goldstein_text!r} is not a number") from None
        if not -10.0 <= goldstein <= 10.0:
            raise ConfigError(f"{where}: Goldstein score {goldstein} is outside -10..10")
        try:
            quad_class = int(quad_text)
        except ValueError:
            raise ConfigError(f"{where}: quad class {quad_text!r} is not a whole number") from None
        expected = quad_class_of_root(code[:2])
        if quad_class != expected:
            raise ConfigError(f"{where}: quad class {quad_class} for {code}, but root {code[:2]} is in {expected}")
        if plover_type and plover_type not in PLOVER_TYPES:
            raise ConfigError(f"{where}: {plover_type!r} is not a PLOVER event type")
        if plover_mode and not plover_type:
            raise ConfigError(f"{where}: PLOVER mode {plover_mode!r} without a PLOVER type")
        codes[code] = CameoCode(
            code=code,
            name=name,
            goldstein=goldstein,
            quad_class=quad_class,
            plover_type=plover_type or None,
            plover_mode=plover_mode or None,
            root=code[:2],
        )
        line_of[code] = number
    for code, entry in codes.items():
        if entry.parent is not None and entry.parent not in codes:
            raise ConfigError(f"{origin} line {line_of[code]}: code {code} has no parent {entry.parent} in the file")
    return codes


@lru_cache(maxsize=1)
def codebook() -> dict[str, CameoCode]:
    """Every CAMEO code, keyed by code string. Read once; do not mutate the result."""
    return parse(data_lines("cameo.tsv"))


def lookup(code: str) -> CameoCode:
    """The entry for ``code``, or for its nearest parent when the code itself is unknown.

    ``"0259"`` (not a CAMEO code) answers with ``"025"``. Raises KeyError when not even the
    root is known ("21", "abc", "").
    """
    text = str(code).strip()
    book = codebook()
    if text in book:
        return book[text]
    if not text.isascii() or not text.isdigit():
        raise KeyError(f"{code!r} is not a CAMEO code")
    for length in range(min(len(text) - 1, 4), 1, -1):
        entry = book.get(text[:length])
        if entry is not None:
            return entry
    raise KeyError(f"{code!r} is not a CAMEO code")
