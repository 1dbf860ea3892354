"""Exporting the event database: event clusters (or per-article events) as JSONL, CSV, Parquet or GDELT 2.0.

CSV and Parquet are written by DuckDB's COPY, so neither pandas nor pyarrow is needed.
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import IO

import duckdb

from telex.store import query

#: The GDELT 2.0 event table's 61 columns, in order (GDELT 2.0 Event Codebook; the "name" column of
#: shared/data/cameo/plover_extra/gdelt2_events_schema.csv). GDELT's files are tab-separated, no header.
GDELT2_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)

#: GDELT's ActionGeo_Type for a point: 4 = WORLDCITY (a city or landmark outside the US). telex keeps a
#: place's coordinates but not yet its FIPS codes, so the FIPS country/ADM columns stay blank.
GEO_POINT = 4

FORMATS = ("jsonl", "csv", "parquet", "gdelt")


def _actor_parts(code: str | None, country: str | None) -> dict:
    """Split a CAMEO actor code (USAGOV, NATO, DEUMILGOV) into GDELT's country / group / type columns."""
    parts = {"Code": code or "", "CountryCode": country or "", "KnownGroupCode": "", "Type1Code": "",
             "Type2Code": "", "Type3Code": ""}
    if not code:
        return parts
    rest = code
    if country and code.upper().startswith(country.upper()):
        rest = code[len(country):]
    elif not country and code[:3].upper() in ("IGO", "NGO"):
        return _organisation_parts(code, parts)
    elif not country:
        parts["KnownGroupCode"] = code  # an organisation code with no country
        return parts
    types = [rest[i : i + 3] for i in range(0, len(rest), 3) if rest[i : i + 3]]
    for n, t in enumerate(types[:3], start=1):
        parts[f"Type{n}Code"] = t
    return parts


#: CAMEO's region codes, which GDELT writes in the CountryCode column of an organisation ("IGOEUREEC": EUR).
CAMEO_REGIONS = frozenset(
    "AFR ASA BLK CAS CAU CRB CEU EAF EEU EUR LAM MEA MDT NAF NMR PGS SAF SAM SAS SEA WAF WST".split()
)


def _organisation_parts(code: str, parts: dict) -> dict:
    """An IGO/NGO code split as GDELT 2.0 splits it: IGOEUREEC -> type IGO, country EUR (a region),
    known group EEC; IGOUNOREFHCR -> type IGO, known group UNO, type 2 REF (a sector)."""
    from telex.kb_import import SECTOR_CODES

    code = code.upper()
    types = [code[:3]]
    for chunk in (code[i : i + 3] for i in range(3, len(code), 3)):
        if chunk in CAMEO_REGIONS and not parts["CountryCode"] and not parts["KnownGroupCode"]:
            parts["CountryCode"] = chunk
        elif chunk in SECTOR_CODES:
            types.append(chunk)
        elif not parts["KnownGroupCode"]:
            parts["KnownGroupCode"] = chunk
    for n, t in enumerate(types[:3], start=1):
        parts[f"Type{n}Code"] = t
    return parts


def _fraction(day: date) -> float:
    # GDELT's own approximation: YYYY + (MONTH * 30 + DAY) / 365, four decimals.
    return round(day.year + (day.month * 30 + day.day) / 365, 4)


def gdelt_row(c: dict) -> dict:
    """One GDELT 2.0 event row for a cluster (as :func:`telex.store.query.events` returns it)."""
    row = {name: "" for name in GDELT2_COLUMNS}
    day = c.get("first_date")
    row["GLOBALEVENTID"] = int(c["cluster_id"][:15], 16)  # stable: from the cluster's content-hash id
    if day is not None:
        row.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                   FractionDate=_fraction(day), DATEADDED=day.strftime("%Y%m%d") + "000000")
    for n, side in ((1, "source"), (2, "target")):
        parts = _actor_parts(c.get(f"{side}_code"), c.get(f"{side}_country"))
        for key, value in parts.items():
            row[f"Actor{n}{key}"] = value
        row[f"Actor{n}Name"] = (c.get(f"{side}_name") or "").upper()
    cameo = c["cameo"] or ""
    row.update(
        IsRootEvent=1 if c.get("is_root") else 0, EventCode=cameo, EventBaseCode=cameo[:3], EventRootCode=cameo[:2],
        QuadClass=c.get("quad_class") if c.get("quad_class") is not None else "",
        GoldsteinScale=c.get("goldstein") if c.get("goldstein") is not None else "",
        NumMentions=c["n_events"], NumSources=c["n_sources"], NumArticles=c["n_articles"],
        SOURCEURL=(c.get("urls") or [""])[0],
    )
    if c.get("place_name"):
        row.update(ActionGeo_Type=GEO_POINT, ActionGeo_FullName=c["place_name"],
                   ActionGeo_Lat=c.get("place_lat") if c.get("place_lat") is not None else "",
                   ActionGeo_Long=c.get("place_lon") if c.get("place_lon") is not None else "")
    return row


_GDELT_SQL = """
SELECT c.*, (SELECT min(e.evidence_sentence) FROM cluster_events ce JOIN events e USING (article_id, idx)
             WHERE ce.cluster_id = c.cluster_id) = 0 AS is_root
FROM clusters c ORDER BY c.first_date NULLS LAST, c.cluster_id
"""


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: str | None, *, raw: bool = False,
           header: bool = False) -> int:
    """Write every cluster (or, with ``raw``, every per-article event) to ``out`` (``None``/``-``: stdout).

    Returns the number of rows written. Parquet needs a file.
    """
    if fmt not in FORMATS:
        raise query.QueryError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    to_stdout = out in (None, "-")
    if fmt == "parquet":
        if to_stdout:
            raise query.QueryError("parquet needs a file: pass --output FILE.parquet")
        table = "events" if raw else "clusters"
        order = "article_id, idx" if raw else "first_date NULLS LAST, cluster_id"
        path = str(Path(out)).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{path}' (FORMAT parquet)")
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    stream: IO[str] = sys.stdout if to_stdout else open(out, "w", encoding="utf-8", newline="")
    try:
        if fmt == "gdelt":
            if raw:
                raise query.QueryError("gdelt rows are events merged across articles; leave out --raw")
            cur = con.execute(_GDELT_SQL)
            names = [d[0] for d in cur.description]
            writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            if header:
                writer.writerow(GDELT2_COLUMNS)
            n = 0
            for r in cur.fetchall():
                row = gdelt_row(dict(zip(names, r)))
                writer.writerow([row[name] for name in GDELT2_COLUMNS])
                n += 1
            return n
        rows = query.events(con, raw=raw, limit=None, sort="date", members=not raw)
        if fmt == "jsonl":
            for r in query.to_json_rows(rows):
                stream.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            stream.write(query.render(rows, "csv"))
        return len(rows)
    finally:
        if not to_stdout:
            stream.close()
