"""The actor knowledge base: countries, organisations and people with roles bounded by dates.

It covers what an article leaves out ("Putin" with no title) and says who held an office on a
given day ("the US defence secretary" in May 2022). Text always wins: the actors stage reads the
article's own descriptions first and asks the knowledge base only for what is missing.

Data files (all TSV with a commented header, under ``knowledge/``):

- ``countries.tsv``: ``iso3  name  aliases  adjectives  capitals``; lists separated by ``;``.
- ``actors.tsv``: one row per actor and role term:
  ``id  kind  name  aliases  country  org  sectors  role  start  end``.
  ``kind`` is person, org or group; ``org`` an organisation code (NATO, UN…); ``sectors`` CAMEO
  sector codes separated by ``;``; ``start``/``end`` ISO dates or empty for open. Rows that share
  an ``id`` are one actor with several terms.
- ``roles.tsv``: ``phrase  sectors  kind``: role nouns and what they say about an actor.
- ``organisations.tsv``: ``org  cameo  name``: the CAMEO actor code of an organisation code (UN ->
  IGOUNO, NATO -> IGOWSTNAT). The Actor record keeps the short code; events carry the CAMEO one
  (:func:`org_code`).

Users add actors in the same ``actors.tsv`` format: files in ``TELEX_ACTORS_DIR`` (default
``~/.local/share/telex/actors``) are read after the built-in ones. ``telex actors import`` writes
PETRARCH/Phoenix dictionaries there in that format.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from telex.errors import ConfigError
from telex.knowledge import data_lines

#: Longest country name or adjective looked up, in words ("Central African Republic", "Bosnia and Herzegovina").
MAX_COUNTRY_WORDS = 4

ACTOR_COLUMNS = ("id", "kind", "name", "aliases", "country", "org", "sectors", "role", "start", "end")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """A role held between two dates (either may be open)."""

    role: str | None
    country: str | None
    org: str | None
    sectors: tuple[str, ...]
    start: date | None
    end: date | None

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class KBActor:
    id: str
    kind: str
    name: str
    aliases: set[str] = field(default_factory=set)
    terms: list[Term] = field(default_factory=list)
    source: str = "built-in"

    def term_on(self, day: date | None) -> Term | None:
        """The term in force on ``day``; with no date, or none in force, the latest term."""
        current = [t for t in self.terms if t.holds_on(day)]
        pool = current or ([] if day is not None and self._all_dated() else self.terms)
        if not pool:
            pool = self.terms
        return max(pool, key=lambda t: (t.start or date.min)) if pool else None

    def _all_dated(self) -> bool:
        return all(t.start or t.end for t in self.terms)


#: Marks that separate the items of a list, which no country word spans.
LIST_MARKS = frozenset({",", ";", "/", "(", ")"})


@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """Lookup key: casefolded, accents stripped, punctuation and 'the' removed.

    >>> norm("The U.S.  Senate")
    'us senate'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").casefold()
    text = re.sub(r"[.\u2019']", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return text


#: Spellings of the same office, mapped to the one the knowledge base uses.
ROLE_SYNONYMS = {
    "defense": "defence",
    "secretary of defence": "defence secretary",
    "defence chief": "defence minister",
    "foreign affairs minister": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "minister of defence": "defence minister",
    "premier": "prime minister",
    "pm": "prime minister",
    "secretary general": "secretary-general",
    "secretary-general": "secretary-general",
}


def norm_role(role: str) -> str:
    """A role in the knowledge base's spelling: "Defense Secretary" -> "defence secretary"."""
    key = norm(role).replace("defense", "defence")
    return ROLE_SYNONYMS.get(key, key)


def _split(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.split(";") if x.strip())


def _date(value: str, where: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {value!r} is not an ISO date") from exc


def parse_actor_rows(lines: Iterable[tuple[int, str]], origin: str) -> Iterator[tuple[str, str, str, tuple[str, ...], Term]]:
    """Rows of an actors TSV as ``(id, kind, name, aliases, term)``."""
    for number, line in lines:
        cells = line.split("\t")
        if len(cells) < len(ACTOR_COLUMNS):
            cells += [""] * (len(ACTOR_COLUMNS) - len(cells))
        if len(cells) > len(ACTOR_COLUMNS):
            raise ConfigError(f"{origin} line {number}: {len(cells)} columns, expected {len(ACTOR_COLUMNS)}")
        row = dict(zip(ACTOR_COLUMNS, (c.strip() for c in cells)))
        if not row["id"] or not row["name"]:
            raise ConfigError(f"{origin} line {number}: id and name are required")
        where = f"{origin} line {number}"
        term = Term(
            role=row["role"] or None,
            country=row["country"] or None,
            org=row["org"] or None,
            sectors=_split(row["sectors"]),
            start=_date(row["start"], where),
            end=_date(row["end"], where),
        )
        yield row["id"], row["kind"] or "person", row["name"], _split(row["aliases"]), term


class KnowledgeBase:
    """Name lookups over countries and actors. Build with :func:`get_kb`."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.actors: dict[str, KBActor] = {}
        self._country_names: dict[str, str] = {}
        self._adjectives: dict[str, str] = {}
        self._capitals: dict[str, str] = {}
        self._actor_names: dict[str, list[str]] = {}
        self.roles: dict[str, tuple[tuple[str, ...], str]] = {}
        #: last words of role phrases: a cheap first test before a role lookup
        self.role_heads: set[str] = set()

    # loading ---------------------------------------------------------------------------------
    def add_country(self, country: Country) -> None:
        self.countries[country.iso3] = country
        # the ISO code itself is looked up as written (upper case), or "CAN" and "AND" would be countries
        for name in (country.name, *country.aliases):
            self._country_names.setdefault(norm(name), country.iso3)
        for adj in country.adjectives:
            self._adjectives.setdefault(norm(adj), country.iso3)
        for cap in country.capitals:
            self._capitals.setdefault(norm(cap), country.iso3)

    def add_actor_rows(self, rows, source: str) -> None:
        for actor_id, kind, name, aliases, term in rows:
            actor = self.actors.get(actor_id)
            if actor is None:
                actor = self.actors[actor_id] = KBActor(id=actor_id, kind=kind, name=name, source=source)
            actor.aliases.update(aliases)
            actor.terms.append(term)
            for alias in (name, *aliases):
                ids = self._actor_names.setdefault(norm(alias), [])
                if actor_id not in ids:
                    ids.append(actor_id)

    # lookups ---------------------------------------------------------------------------------
    def country(self, name: str) -> str | None:
        """ISO3 of a country named ``name`` ("Russia", "the US", "RUS")."""
        if len(name) == 3 and name.isupper() and name in self.countries:
            return name
        return self._country_names.get(norm(name))

    def adjective(self, word: str) -> str | None:
        """ISO3 for a demonym or adjective ("Russian", "Ukrainians")."""
        return self._adjectives.get(norm(word))

    def country_at(self, words: Sequence[str], i: int, capitals: bool = False) -> tuple[str | None, int]:
        """The country named by a country word starting at ``words[i]``, longest first, and how many
        words it takes: "South African leader" -> ("ZAF", 2), where "African" alone names none and
        "Northern Ireland" must not be read as "Ireland". Only capitalised words start one (lower-case
        "us" is a pronoun). ``capitals`` lets a capital stand for its country ("Moscow")."""
        for size in range(min(MAX_COUNTRY_WORDS, len(words) - i), 0, -1):
            chunk = words[i:i + size]
            if not chunk[0][:1].isupper() or not chunk[-1][:1].isupper():
                continue
            if size > 1 and any(w in LIST_MARKS for w in chunk):
                continue  # "her Greek, Cypriot and Italian counterparts": a list, not "Greek Cypriot"
            text = " ".join(chunk)
            iso = self.adjective(text) or self.country(text) or (self.capital(text) if capitals else None)
            if iso:
                return iso, size
        return None, 0

    def capital(self, name: str) -> str | None:
        """ISO3 of the country whose capital (or seat of government) is ``name`` ("Moscow")."""
        return self._capitals.get(norm(name))

    def actor(self, name: str, day: date | None = None) -> tuple[KBActor, Term | None] | None:
        """The actor called ``name`` and its term on ``day``. Prefers one in office that day."""
        ids = self._actor_names.get(norm(name))
        if not ids:
            return None
        candidates = [self.actors[i] for i in ids]
        if day is not None:
            in_office = [a for a in candidates if any(t.holds_on(day) for t in a.terms)]
            candidates = in_office or candidates
        best = candidates[0]
        return best, best.term_on(day)

    def actors_named(self, name: str) -> list[KBActor]:
        """Every actor answering to ``name``, built-in ones first."""
        return [self.actors[i] for i in self._actor_names.get(norm(name), [])]

    def holder(self, role: str, country: str | None, day: date | None, org: str | None = None) -> KBActor | None:
        """Who held ``role`` ("defence minister", "defense secretary") for ``country`` (or ``org``) on ``day``.

        On a handover day both holders are in office; the incoming one is returned.
        """
        key = norm_role(role)
        if country is None and org is None:
            country = SOLE_OFFICES.get(key)  # "the pope": there is one
            if country is None:
                return None  # "the president" of no stated country or body: whose is not known here
        best: tuple[date, KBActor] | None = None
        for actor in self.actors.values():
            for term in actor.terms:
                if not term.role or norm_role(term.role) != key or term.country != country:
                    continue
                if org is not None and term.org != org:
                    continue
                if not term.holds_on(day) or (day is None and term.end is not None):
                    continue
                start = term.start or date.min
                if best is None or start > best[0]:
                    best = (start, actor)
        return best[1] if best else None

    def role(self, phrase: str) -> tuple[tuple[str, ...], str] | None:
        """Sectors and kind for a role noun phrase ("defence minister" -> (GOV, MIL), "office")."""
        return self.roles.get(norm(phrase))


#: Offices the world has one of, whoever names them: their holder needs no country in the text.
SOLE_OFFICES = {"pope": "VAT"}


@lru_cache(maxsize=1)
def _org_codes() -> dict[str, str]:
    codes = {}
    for number, line in data_lines("organisations.tsv"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 3 or not cells[1].startswith(("IGO", "NGO")):
            raise ConfigError(f"knowledge/organisations.tsv line {number}: expected org, an IGO/NGO code and a name")
        codes[cells[0].upper()] = cells[1]
    return codes


def org_code(org: str, sectors: Sequence[str] = ()) -> str:
    """The CAMEO actor code of an organisation, as events carry it: ``org_code("NATO") == "IGOWSTNAT"``.

    An organisation the table does not know is IGO or NGO (from its sectors; else its first sector)
    + its own code: ``org_code("WTO", ["IGO"]) == "IGOWTO"``.
    """
    known = _org_codes().get(org.upper())
    if known is not None:
        return known
    prefix = "IGO" if "IGO" in sectors else "NGO" if "NGO" in sectors else sectors[0] if sectors else ""
    return prefix + org.upper()


def _load_countries(kb: KnowledgeBase) -> None:
    for number, line in data_lines("countries.tsv"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 5:
            raise ConfigError(f"knowledge/countries.tsv line {number}: expected 5 columns, got {len(cells)}")
        iso3, name, aliases, adjectives, capitals = cells
        kb.add_country(Country(iso3, name, _split(aliases), _split(adjectives), _split(capitals)))


def _load_roles(kb: KnowledgeBase) -> None:
    for number, line in data_lines("roles.tsv"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 3:
            raise ConfigError(f"knowledge/roles.tsv line {number}: expected 3 columns, got {len(cells)}")
        phrase, sectors, kind = cells
        kb.roles[norm(phrase)] = (_split(sectors), kind)
        kb.role_heads.add(norm(phrase).split()[-1])


def user_actor_dir() -> Path:
    return Path(os.environ.get("TELEX_ACTORS_DIR") or Path.home() / ".local" / "share" / "telex" / "actors")


def read_actor_file(path: Path) -> list:
    lines = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            lines.append((number, line))
    return list(parse_actor_rows(lines, str(path)))


@lru_cache(maxsize=2)
def _build(user_dir: str) -> KnowledgeBase:
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_roles(kb)
    kb.add_actor_rows(parse_actor_rows(data_lines("actors.tsv"), "knowledge/actors.tsv"), "built-in")
    folder = Path(user_dir)
    if folder.is_dir():
        for path in sorted(folder.glob("*.tsv")):
            kb.add_actor_rows(read_actor_file(path), str(path))
    return kb


def get_kb() -> KnowledgeBase:
    """The knowledge base, built once per process (per user actor folder)."""
    return _build(str(user_actor_dir()))
