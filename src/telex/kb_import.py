"""Read PETRARCH, TABARI and Phoenix actor dictionaries into telex's actors TSV format.

``telex actors import FILE`` uses this module: :func:`read_phoenix` turns a dictionary into rows in
:data:`telex.kb.ACTOR_COLUMNS` order, :func:`write_actor_tsv` writes them where :mod:`telex.kb` reads
user actors (``TELEX_ACTORS_DIR``). The dictionaries are the user's own files; telex ships none.

The dictionary format, as this reader understands it::

    # a comment line; '#' (or the older ';') also starts a comment at the end of a line
    VLADIMIR_PUTIN_                  an entry: its canonical name, optionally with [CODE] after it
    +PUTIN_                          an alias of the entry above
    +PRIME_MINISTER_PUTIN_
        [RUSELI 700101-990809]       an indented code with a date restriction: a term
        [RUSGOV >080508]
        [RUSELI]                     an indented code with no date: the default code
    THE_UNITED_NATIONS_ [IGOUNO]     a code on the entry line ([CODE] or [CODE daterange])

Names: underscores become spaces and a trailing underscore is dropped. PETRARCH reads ``A_B`` as
"consecutive words" and ``A B`` as "words may come between"; telex matches whole names, so both
become "A B". Names are title-cased for display (lookups ignore case).

Date restrictions (inclusive at both ends, as in PETRARCH): ``START-END``, ``>START`` (from),
``<END`` (until). Each date is ``YYMMDD`` or ``YYYYMMDD``. Two-digit years pivot at 30: 00-29 are
20xx and 30-99 are 19xx (PETRARCH reads 30 as 2030; nobody in these files took office in 2030).
Anything else -- 7, 9 or 10 digits, a single date with no ``<``/``>``/``-``, an impossible day, an
end before the start -- is a warning naming the line, and that term is skipped.

Codes are split by :func:`split_code`: a known ISO3 country first (``RUSGOV`` -> RUS + GOV), then
3-letter CAMEO sector chunks (``KORGOVBUS`` -> KOR + GOV;BUS). Non-state prefixes become a sector:
``IGO`` -> IGO, ``NGO`` -> NGO, ``IMG`` (international militarised group) -> REB, ``MNC`` -> BUS.
Whenever the sectors and country do not say everything (IGOUNO, PSEREBHMS, a region code such as
MEAREB), the whole code is kept in the ``org`` column, so nothing is lost and
:func:`cameo_code` gives the code back. ``---`` is PETRARCH's null code: it is dropped.

Rows: one per term. ``id`` is ``<prefix>:<slug of the canonical name>`` where the prefix is the
dictionary's name ("Phoenix.Countries.actors.txt" -> "phoenix-countries"); a repeated name gets
``-2``, ``-3``. ``kind``: ``person`` when the entry has at least one dated term (Phoenix's
CountryInfo-derived people and IGO office holders are the entries with dated codes), otherwise
``group`` when a code has the REB sector (armed groups, as in telex's built-in table), otherwise
``org``. ``role`` is left empty: Phoenix codes give sectors (GOV, MIL...), not office names.
Undated (default) terms are written after the dated ones, so where a ``<END`` term and the default
both hold, :meth:`telex.kb.KBActor.term_on` picks the dated one, as PETRARCH would.

An entry with no usable code is skipped with a warning (PETRARCH would lend it the codes of the
next entry that has one; telex does not guess).
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from telex.kb import ACTOR_COLUMNS, org_code

#: CAMEO actor-type (sector) codes recognised after a country code.
SECTOR_CODES = frozenset(
    "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI IGO INS JUD LAB LEG MED MIL MOD NGM NGO OPP "
    "PTY RAD REB REF REL SEP SET SPY UAF".split()
)
#: Non-state code prefixes and the sector each stands for.
NONSTATE_PREFIXES = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS"}
#: CAMEO country codes that differ from ISO 3166 alpha-3.
CAMEO_COUNTRY_ALIASES = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD"}
#: PETRARCH's "no code".
NULL_CODES = frozenset({"---"})

_BRACKET = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^[A-Z0-9]+$")
_DIGITS = re.compile(r"^\d+$")
_VOWEL = re.compile(r"[aeiouy]")
_POSSESSIVE = re.compile(r"'S\b")
_SMALL_WORDS = frozenset("a an and at de del der di du for in la le of on the to von".split())


class DateRangeError(ValueError):
    """A date restriction that is not one of the forms PETRARCH reads."""


# -- dates ---------------------------------------------------------------------------------------
def parse_dictionary_date(text: str) -> date:
    """``YYMMDD`` or ``YYYYMMDD`` as a date; two-digit years 00-29 are 20xx, 30-99 19xx.

    >>> parse_dictionary_date("080508"), parse_dictionary_date("19411207")
    (datetime.date(2008, 5, 8), datetime.date(1941, 12, 7))
    """
    if not _DIGITS.match(text):
        raise DateRangeError(f"{text!r} is not a date (YYMMDD or YYYYMMDD)")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        raise DateRangeError(f"{text!r} has {len(text)} digits; a date is YYMMDD or YYYYMMDD")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateRangeError(f"{text!r} is not a real day ({exc})") from None


def parse_date_range(text: str) -> tuple[date | None, date | None]:
    """A date restriction as ``(start, end)``, both inclusive, ``None`` for open.

    ``""`` -> (None, None); ``"990809-000507"``; ``">080508"`` (from); ``"<061231"`` (until).
    Spaces are ignored ("> 140608"). Raises :class:`DateRangeError` for anything else.
    """
    text = "".join(text.split())
    if not text:
        return None, None
    if text[0] == ">":
        return parse_dictionary_date(text[1:]), None
    if text[0] == "<":
        return None, parse_dictionary_date(text[1:])
    if "-" in text:
        first, _, second = text.partition("-")
        start, end = parse_dictionary_date(first), parse_dictionary_date(second)
        if end < start:
            raise DateRangeError(f"{text!r} ends before it starts")
        return start, end
    raise DateRangeError(f"{text!r} is a single date with no '<', '>' or '-'")


# -- codes ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CodeParts:
    country: str | None
    org: str | None
    sectors: tuple[str, ...]


_COUNTRIES: frozenset[str] | None = None


def known_countries() -> frozenset[str]:
    """ISO3 codes of telex's country table (the same table as ``get_kb().countries``)."""
    global _COUNTRIES
    if _COUNTRIES is None:
        from telex.knowledge import data_lines

        _COUNTRIES = frozenset(line.split("\t", 1)[0].strip() for _, line in data_lines("countries.tsv"))
    return _COUNTRIES


def split_code(code: str, countries: Iterable[str] | None = None) -> CodeParts:
    """A CAMEO actor code as country, org and sectors.

    >>> split_code("KORGOVBUS", {"KOR"})
    CodeParts(country='KOR', org=None, sectors=('GOV', 'BUS'))
    >>> split_code("IGOUNO", set())
    CodeParts(country=None, org='IGOUNO', sectors=('IGO',))
    """
    code = code.strip().upper()
    known = known_countries() if countries is None else countries
    head, rest = code[:3], code[3:]
    if head in NONSTATE_PREFIXES:
        return CodeParts(None, code, (NONSTATE_PREFIXES[head],))
    country: str | None = None
    complete = True
    if head in known:
        country = head
    elif CAMEO_COUNTRY_ALIASES.get(head) in known:
        country, complete = CAMEO_COUNTRY_ALIASES[head], False  # KSVGOV: keep the CAMEO spelling too
    elif head in SECTOR_CODES:
        rest = code  # ELI, MEDxxx: sectors with no country
    else:
        complete = False  # a region or former state (MEA, USR, YUG): no country
    sectors: list[str] = []
    if len(rest) % 3:
        complete = False
    for i in range(0, len(rest) - len(rest) % 3, 3):
        chunk = rest[i:i + 3]
        if chunk in SECTOR_CODES:
            if chunk not in sectors:
                sectors.append(chunk)
        else:
            complete = False
    return CodeParts(country, None if complete else code, tuple(sectors))


def cameo_code(country: str | None, org: str | None, sectors: Sequence[str]) -> str | None:
    """The CAMEO actor code telex would use: country and first sector (RUSGOV); for an actor with no
    country, the imported code itself (IGOUNO) or the organisation's (UN -> IGOUNO, see
    :func:`telex.kb.org_code`)."""
    if country:
        return country + (sectors[0] if sectors else "")
    if org:
        if org[:3] in NONSTATE_PREFIXES or org[3:6] in SECTOR_CODES or org[:3] in known_countries():
            return org
        return org_code(org, sectors)
    return sectors[0] if sectors else None


# -- names ---------------------------------------------------------------------------------------
def slug(text: str) -> str:
    """``Vladimir Putin`` -> ``vladimir-putin``."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['\u2019.]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@lru_cache(maxsize=65536)
def _word_case(word: str, single: bool) -> str:
    if not word.isupper() and not word.islower():
        return word  # already mixed case: trust the dictionary
    low = word.lower()
    if "." in word or word.startswith("(") or (single and len(word) <= 4):
        return word.upper()
    if not _VOWEL.search(low):
        return word.upper()  # NGO, PKK
    if low in _SMALL_WORDS:
        return low
    out = "-".join("'".join(p[:1].upper() + p[1:] for p in part.split("'")) for part in low.split("-"))
    out = _POSSESSIVE.sub("'s", out)  # People'S -> People's
    if len(out) > 3 and out.startswith("Mc"):
        out = "Mc" + out[2].upper() + out[3:]  # Mccloy -> McCloy
    return out


def display_name(phrase: str) -> str:
    """``VLADIMIR_V._PUTIN_`` -> ``Vladimir V. Putin``; ``UN_`` -> ``UN``."""
    words = phrase.replace("_", " ").split()
    out = [_word_case(w, len(words) == 1) for w in words]
    if out and out[0] in _SMALL_WORDS:
        out[0] = out[0].capitalize()
    return " ".join(out).replace("\t", " ").replace(";", ",")


def dictionary_prefix(path: str | Path) -> str:
    """``Phoenix.Countries.actors.txt`` -> ``phoenix-countries``."""
    name = Path(path).name
    for suffix in (".txt", ".tsv", ".actors", ".actor"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return slug(name.replace(".", " ")) or "actors"


# -- reading -------------------------------------------------------------------------------------
@dataclass
class _Entry:
    name: str
    line: int
    aliases: list[str]
    terms: list[tuple[CodeParts, date | None, date | None]]
    null_only: bool = False
    bad_codes: bool = False


def _strip_comment(line: str) -> str:
    cut = len(line)
    for mark in ("#", ";"):
        at = line.find(mark)
        if 0 <= at < cut:
            cut = at
    return line[:cut]


def parse_phoenix(lines: Iterable[str], prefix: str, countries: Iterable[str] | None = None) -> tuple[list[dict], list[str]]:
    """Rows and warnings from the lines of an actor dictionary (see the module docstring)."""
    known = frozenset(known_countries() if countries is None else countries)
    warnings: list[str] = []
    rows: list[dict] = []
    used_ids: dict[str, int] = {}
    split_cache: dict[str, CodeParts] = {}
    unknown_heads: dict[str, int] = {}
    skipped = 0
    entry: _Entry | None = None

    def parts_of(code: str) -> CodeParts:
        parts = split_cache.get(code)
        if parts is None:
            parts = split_cache[code] = split_code(code, known)
            if parts.country is None and code[:3] not in NONSTATE_PREFIXES and code[:3] not in SECTOR_CODES:
                unknown_heads[code[:3]] = unknown_heads.get(code[:3], 0) + 1
        return parts

    def add_codes(text: str, number: int) -> None:
        for group in _BRACKET.findall(text):
            bits = group.split(None, 1)
            if not bits:
                warnings.append(f"line {number}: empty code [] ignored")
                continue
            code = bits[0].upper()
            if code in NULL_CODES:
                entry.null_only = entry.null_only or not entry.terms
                continue
            if not _CODE.match(code):
                warnings.append(f"line {number}: {bits[0]!r} is not a code; ignored")
                entry.bad_codes = True
                continue
            try:
                start, end = parse_date_range(bits[1] if len(bits) > 1 else "")
            except DateRangeError as exc:
                warnings.append(f"line {number}: [{group.strip()}]: {exc}; term skipped")
                entry.bad_codes = True
                continue
            term = (parts_of(code), start, end)
            if term not in entry.terms:
                entry.terms.append(term)
        if text.count("[") != text.count("]"):
            warnings.append(f"line {number}: unbalanced '[' or ']'")

    def finish() -> None:
        nonlocal skipped
        if entry is None:
            return
        if not entry.terms:
            skipped += 1
            why = "only the null code ---" if entry.null_only else "no usable code" if entry.bad_codes else "no code"
            warnings.append(f"line {entry.line}: {entry.name!r} has {why}; skipped")
            return
        base = slug(entry.name) or "actor"
        n = used_ids.get(base, 0) + 1
        used_ids[base] = n
        actor_id = f"{prefix}:{base}" if n == 1 else f"{prefix}:{base}-{n}"
        dated = [t for t in entry.terms if t[1] or t[2]]
        undated = [t for t in entry.terms if not (t[1] or t[2])]
        if dated:
            kind = "person"
        elif any("REB" in t[0].sectors for t in entry.terms):
            kind = "group"
        else:
            kind = "org"
        seen = {entry.name.casefold()}
        aliases = []
        for alias in entry.aliases:
            if alias.casefold() not in seen:
                seen.add(alias.casefold())
                aliases.append(alias)
        for i, (parts, start, end) in enumerate(dated + undated):
            rows.append(
                {
                    "id": actor_id,
                    "kind": kind,
                    "name": entry.name,
                    "aliases": ";".join(aliases) if i == 0 else "",
                    "country": parts.country or "",
                    "org": parts.org or "",
                    "sectors": ";".join(parts.sectors),
                    "role": "",
                    "start": start.isoformat() if start else "",
                    "end": end.isoformat() if end else "",
                }
            )

    for number, raw in enumerate(lines, start=1):
        if not raw or raw[0] == "#" or raw.startswith("<"):
            continue  # comments, and PETRARCH's <!-- ... --> and <Tag> lines
        line = _strip_comment(raw).rstrip()
        if not line.strip():
            continue
        if "---STOP---" in line:
            break
        first = line[0]
        if first == "+":
            if entry is None:
                warnings.append(f"line {number}: alias before any entry; ignored")
                continue
            text = line[1:]
            name = display_name(text.split("[", 1)[0])
            if name:
                entry.aliases.append(name)
            if "[" in text:
                add_codes(text, number)
        elif first.isspace() or first == "[":
            if entry is None:
                warnings.append(f"line {number}: code before any entry; ignored")
                continue
            before = line.split("[", 1)[0].strip()
            if before:
                # "\tJOHN_MCCLOY_\t[CODE dates]": an indented name, most likely an alias
                entry.aliases.append(display_name(before))
                warnings.append(f"line {number}: indented name {before!r} read as an alias of {entry.name!r}")
            if "[" not in line:
                warnings.append(f"line {number}: indented line with no [code]; ignored")
                continue
            add_codes(line, number)
        else:
            finish()
            name = display_name(line.split("[", 1)[0])
            entry = _Entry(name=name, line=number, aliases=[], terms=[])
            if not name:
                warnings.append(f"line {number}: entry with no name; ignored")
                entry = None
                continue
            if "[" in line:
                add_codes(line, number)
    finish()
    if skipped:
        warnings.append(f"{skipped} entr{'y' if skipped == 1 else 'ies'} with no usable code skipped")
    if unknown_heads:
        listed = ", ".join(sorted(unknown_heads))
        warnings.append(
            f"codes starting with something other than a country telex knows ({listed}): "
            "imported with no country, the whole code kept as org"
        )
    # warnings in line order (an entry's own warning is only known at its end), summaries last
    numbered = [w for w in warnings if w.startswith("line ")]
    numbered.sort(key=lambda w: int(w[5:w.index(":")]))
    return rows, numbered + [w for w in warnings if not w.startswith("line ")]


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_phoenix(path: str | Path, prefix: str | None = None) -> tuple[list[dict], list[str]]:
    """Rows (dicts in :data:`telex.kb.ACTOR_COLUMNS` order) and warnings from a dictionary file.

    Raises ``OSError`` when the file cannot be read.
    """
    path = Path(path)
    text = _read_text(path)
    return parse_phoenix(text.splitlines(), prefix or dictionary_prefix(path))


def source_header(path: str | Path, limit: int = 60) -> list[str]:
    """The comment block at the top of a dictionary (its provenance and licence), without the ``#``."""
    out = []
    for line in _read_text(Path(path)).splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            text = stripped.lstrip("#").rstrip()
            out.append(text[1:] if text.startswith(" ") else text)
        elif stripped.startswith("<!--") or stripped == "-->":
            continue
        elif stripped:
            break
        if len(out) >= limit:
            break
    while out and not out[-1].strip():
        out.pop()
    return out


def summarise(rows: Sequence[dict]) -> tuple[int, int, int]:
    """``(actors, terms, aliases)`` in a list of rows."""
    actors = len({row["id"] for row in rows})
    aliases = sum(len([a for a in row["aliases"].split(";") if a]) for row in rows)
    return actors, len(rows), aliases


def write_actor_tsv(rows: Iterable[dict], path: str | Path, source: str | Path | None = None) -> Path:
    """Write rows as a telex actors TSV (replacing ``path`` in one step) with a header saying where
    they came from. ``source``: the dictionary they were read from; its top comment block (its
    provenance and licence) is carried over into the header."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    source_name = Path(source).name if source else "an actor dictionary"
    header = [
        f"# Actors imported by `telex actors import` from {source_name} on {date.today().isoformat()}.",
        "# This file was made from the user's own copy of that dictionary: it is not part of telex, and",
        "# the dictionary's licence and attribution (quoted below where it states them) apply to it.",
        "# Re-run the import to update it; edits here are lost then.",
        "# Columns: " + "\t".join(ACTOR_COLUMNS),
    ]
    if source:
        quoted = source_header(source)
        if quoted:
            header.append(f"# --- header of {source_name}:")
            header += [f"# | {line}".rstrip() for line in quoted]
            header.append("# ---")
    fd, tmp = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write("\n".join(header) + "\n")
            for row in rows:
                out.write("\t".join(str(row[c]).replace("\t", " ") for c in ACTOR_COLUMNS) + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
