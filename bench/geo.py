"""Toponym resolution accuracy of telex's gazetteer on LGL and TR-News.

    python bench/geo.py [DATA] [--ner] [--limit N] [--errors FILE] [--speed [N]]

DATA is the folder holding ``lgl.xml`` and ``TR-News.xml`` (default ``../shared/data/geo``), or one
of those files, which scores that set alone (``python bench/geo.py ../shared/data/geo/lgl.xml``).
For every gold toponym with coordinates, its gold string is resolved with
:func:`telex.gazetteer.resolve_all` together with the article's other gold toponym strings (the
context a geoparser has after finding the places), and counts as right when the point it gives
lies within 161 km (100 miles) of the gold point: the usual "accuracy@161km". Unresolved
toponyms count as wrong; their share is printed too, as is the speed (toponyms/s, index loaded).

``--ner`` also runs the whole places stage (spaCy NER, metonym filter, resolution) over the
article texts and prints end-to-end recall: the share of gold toponyms that a found place
overlaps and resolves within 161 km. It parses every article, so it takes minutes.
``--errors FILE`` writes every miss as a TSV row, for study.
``--speed N`` times the places stage over the first N (default 100) Wikinews articles
(``DATA/../corpus/wikinews/wikinews_en.jsonl``) beside spaCy's parse of the same articles.

A country or a large region is one point in a gazetteer, and gazetteers place it differently: the
packages telex reads put the United States at 38N 97W, GeoNames (the gold) at 39.8N 98.5W, 235 km
apart. A second figure therefore also counts as right a toponym resolved to the gold GeoNames
entry itself (same GeoNames id) wherever its point lies.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_DATA, require  # noqa: E402

KM = 161.0
SETS = (("LGL", "lgl.xml"), ("TR-News", "TR-News.xml"))


@dataclass
class Toponym:
    phrase: str
    start: int
    end: int
    lat: float | None
    lon: float | None
    name: str
    fcode: str
    country: str
    geonameid: str


@dataclass
class Doc:
    id: str
    text: str
    toponyms: list[Toponym]


def read(path: Path) -> list[Doc]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        tops = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            lat = lon = None
            name = fcode = country = gid = ""
            if g is not None and g.findtext("lat") not in (None, ""):
                lat, lon = float(g.findtext("lat")), float(g.findtext("lon"))
                name, fcode, country = g.findtext("name") or "", g.findtext("fcode") or "", g.findtext("country") or ""
                gid = g.get("geonameid") or ""
            tops.append(Toponym((t.findtext("phrase") or "").strip(), int(t.findtext("start")), int(t.findtext("end")),
                                lat, lon, name, fcode, country, gid))
        docs.append(Doc(art.get("docid", ""), art.findtext("text") or "", tops))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA / "geo")
    ap.add_argument("--ner", action="store_true", help="also measure end-to-end recall of the places stage")
    ap.add_argument("--limit", type=int, default=0, help="use the first N articles of each set")
    ap.add_argument("--errors", type=Path, help="write misses to this TSV file")
    ap.add_argument("--speed", type=int, nargs="?", const=100, default=0,
                    help="time the stage on N Wikinews articles beside parsing")
    args = ap.parse_args()
    data = require(args.data, "geo data (a folder with lgl.xml and TR-News.xml, or one of them)")
    sets = SETS
    if data.is_file():  # one gold file named: that set alone
        sets = tuple(s for s in SETS if s[1].lower() == data.name.lower()) or ((data.stem, data.name),)
        data = data.parent
    if args.speed:
        speed(data.parent / "corpus/wikinews/wikinews_en.jsonl", args.speed)
        return

    from telex import gazetteer

    started = time.perf_counter()
    gazetteer.get_index()
    how = gazetteer.last_load[0]
    print(f"gazetteer index: {how} in {time.perf_counter() - started:.2f} s ({len(gazetteer.get_index()):,} entries)")
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    if errors:
        errors.write("set\tdoc\tphrase\tgold_name\tgold_fcode\tgold_country\tgot_name\tgot_country\tgot_feature\tkm\n")

    for label, filename in sets:
        docs = read(require(data / filename, filename))
        if args.limit:
            docs = docs[: args.limit]
        total = right = unresolved = same_entry = 0
        clock = 0.0
        for doc in docs:
            names = [t.phrase for t in doc.toponyms]
            t0 = time.perf_counter()
            got = gazetteer.resolve_all(names)
            clock += time.perf_counter() - t0
            for top, entry in zip(doc.toponyms, got):
                if top.lat is None:
                    continue
                total += 1
                km = None
                if entry is None or entry.lat is None:
                    unresolved += 1
                else:
                    km = gazetteer._km((top.lat, top.lon), (entry.lat, entry.lon))
                    if km <= KM:
                        right += 1
                        continue
                    if top.geonameid and entry.id == f"geonames:{top.geonameid}":
                        same_entry += 1
                        km = f"{km:.0f} (same entry)"
                if errors:
                    row = (label, doc.id, top.phrase, top.name, top.fcode, top.country,
                           entry.name if entry else "", entry.country if entry else "",
                           entry.feature if entry else "", "" if km is None else km if isinstance(km, str) else round(km))
                    errors.write("\t".join(map(str, row)) + "\n")
        print(f"{label}: {total} toponyms in {len(docs)} articles; accuracy@161km {right / total:.3f}; "
              f"unresolved {unresolved / total:.3f}; {total / clock:,.0f} toponyms/s")
        print(f"{label}: right place, counting also the gold GeoNames entry given a point over 161 km from "
              f"GeoNames' own (countries, large regions): {(right + same_entry) / total:.3f}")
        if args.ner:
            ner_recall(label, docs)
    if errors:
        errors.close()


def ner_recall(label: str, docs: list[Doc]) -> None:
    from telex import gazetteer
    from telex.config import get_settings
    from telex.nlp import load_model
    from telex.stages.places import find_places

    nlp = load_model(get_settings().spacy_model)
    total = found = 0
    t0 = time.perf_counter()
    words = 0
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs)):
        words += len(parsed)
        places = find_places(parsed)
        for top in doc.toponyms:
            if top.lat is None:
                continue
            total += 1
            for p in places:
                if p.span[0] < top.end and top.start < p.span[1] and p.lat is not None:
                    if gazetteer._km((top.lat, top.lon), (p.lat, p.lon)) <= KM:
                        found += 1
                    break
    print(f"{label} end to end (spaCy NER + places stage): recall@161km {found / total:.3f} "
          f"({time.perf_counter() - t0:.0f} s for {words:,} tokens, parsing included)")


def speed(corpus: Path, n: int) -> None:
    import json

    from telex import gazetteer
    from telex.config import get_settings
    from telex.nlp import load_model
    from telex.stages.places import find_places

    lines = require(corpus, "Wikinews JSONL corpus").read_text(encoding="utf-8").splitlines()[:n]
    texts = [json.loads(line)["text"] for line in lines]
    nlp = load_model(get_settings().spacy_model)
    gazetteer.get_index()
    list(nlp.pipe(texts[:3]))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        found = sum(len(find_places(doc)) for doc in docs)
        best = min(best, time.perf_counter() - t0)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(docs)} Wikinews articles, {words:,} words: spaCy parse {parse:.2f} s; places stage {best:.3f} s "
          f"({found} places); stage/parse = {best / parse:.1%}")


if __name__ == "__main__":
    main()
