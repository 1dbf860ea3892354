"""The DuckDB event database: schema migrations, transactional batch writes, and reading records back.

Why DuckDB: an embedded columnar database in one file, no server, fast group-bys for clusters and
stats, and COPY to CSV and Parquet without pandas or pyarrow (DESIGN.md §1).

>>> con = connect(":memory:")
>>> schema_version(con)
1
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import duckdb

from telex.records import (
    Actor,
    Amount,
    Analysis,
    Article,
    DateMention,
    DateValue,
    Event,
    EventPlace,
    Evidence,
    Excluded,
    Failure,
    Place,
    Plover,
    Quote,
)

DEFAULT_DB = "telex.duckdb"

#: Schema migrations, in order: (version, name, SQL file in this package). A database records each one
#: it has applied in ``schema_migrations``; ``connect`` applies the missing ones, each in a transaction.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", "schema.sql"),
    (2, "quote cue types", "migrate_002_quote_cue_type.sql"),
)

#: Tables that hold what ingest stored, in the order a batch writes them: articles last (see schema.sql).
CHILD_TABLES = ("actors", "quotes", "events", "dates", "places", "amounts")
CONTENT_TABLES = ("errors", *CHILD_TABLES, "articles", "article_duplicates", "clusters", "cluster_events")


class StoreError(Exception):
    """The database cannot be opened or is from a newer telex."""


def connect(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) a telex database and bring its schema up to date."""
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open the database ({exc})") from exc
    if not read_only:
        migrate(con)
    elif schema_version(con) == 0:
        raise StoreError(f"{path}: not a telex database (no schema_migrations table); run telex ingest first")
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations this database lacks; return the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    current = schema_version(con)
    latest = MIGRATIONS[-1][0]
    if current > latest:
        raise StoreError(f"database schema version {current} is newer than this telex knows ({latest}); upgrade telex")
    applied = []
    for version, name, filename in MIGRATIONS:
        if version <= current:
            continue
        sql = resources.files("telex.store").joinpath(filename).read_text(encoding="utf-8")
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


# -- writing ----------------------------------------------------------------------------------------


def _span(span) -> tuple[int | None, int | None]:
    return (span[0], span[1]) if span is not None else (None, None)


def _event_date(event: Event, article: Article) -> date | None:
    """The day an event is filed under: its own date at day precision, else the publication date."""
    if event.date is not None and event.date.precision == "day":
        try:
            return date.fromisoformat(event.date.value[:10])
        except ValueError:
            pass
    return article.published


def rows_for(analysis: Analysis, minhash: Sequence[int] | None = None) -> dict[str, list[tuple]]:
    """The rows one analysis becomes, per table. Pure, so it can be tested without a database."""
    art = analysis.article
    aid = art.id
    by_id = {a.id: a for a in analysis.actors}
    rows: dict[str, list[tuple]] = {t: [] for t in (*CHILD_TABLES, "articles")}
    for i, a in enumerate(analysis.actors):
        rows["actors"].append(
            (aid, i, a.id, a.name, a.kind, a.country, a.code, list(a.sectors), a.role, a.anonymous, a.kb_id,
             json.dumps([list(m) for m in a.mentions]))
        )
    for i, q in enumerate(analysis.quotes):
        speaker = by_id.get(q.speaker) if q.speaker else None
        rows["quotes"].append(
            (aid, i, q.text, *_span(q.span), q.kind, q.speaker, speaker.name if speaker else None,
             *_span(q.speaker_span), q.cue, q.sentence, q.cue_type)
        )
    for i, e in enumerate(analysis.events):
        src, tgt = by_id.get(e.source or ""), by_id.get(e.target or "")
        root = e.cameo[:2] if len(e.cameo) >= 2 else e.cameo
        start, end = e.evidence.span
        rows["events"].append(
            (aid, i, e.source, e.target, e.source_code, e.target_code,
             src.name if src else None, tgt.name if tgt else None,
             src.country if src else None, tgt.country if tgt else None,
             e.cameo, root, e.plover.type if e.plover else None, e.plover.mode if e.plover else None,
             e.goldstein, e.quad_class,
             e.date.value if e.date else None, e.date.precision if e.date else None, e.date.text if e.date else None,
             _event_date(e, art),
             e.place.name if e.place else None, e.place.country if e.place else None,
             e.place.lat if e.place else None, e.place.lon if e.place else None,
             json.dumps([m.model_dump(mode="json") for m in e.amounts]),
             e.negated, e.modality, e.reported_by, start, end, e.evidence.sentence,
             art.text[start:end], e.confidence)
        )
    for i, d in enumerate(analysis.dates):
        rows["dates"].append((aid, i, d.text, *_span(d.span), d.value, d.precision))
    for i, p in enumerate(analysis.places):
        rows["places"].append(
            (aid, i, p.text, *_span(p.span), p.name, p.country, p.lat, p.lon, p.feature, p.gazetteer_id)
        )
    for i, m in enumerate(analysis.amounts):
        rows["amounts"].append((aid, i, m.text, *_span(m.span), m.value, m.unit, m.counts))
    rows["articles"].append(
        (aid, art.title, art.text, art.published, art.source, art.url, art.language, art.input_id, art.origin,
         art.format, list(art.title_span) if art.title_span is not None else None, art.published_from,
         list(art.warnings), json.dumps([x.model_dump(mode="json") for x in analysis.excluded]),
         json.dumps([list(s) for s in analysis.sentences]), analysis.schema_version,
         list(minhash) if minhash is not None else None)
    )
    return rows


def error_row(failure: Failure) -> tuple:
    key = hashlib.sha256(
        json.dumps([failure.origin, failure.id, failure.code, failure.error]).encode("utf-8")
    ).hexdigest()[:16]
    return (key, failure.origin, failure.id, failure.code, failure.error, failure.skipped)


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Insert rows as one JSON parameter unpacked in SQL.

    Why not ``executemany`` or one ``?`` per value: DuckDB's Python client tries ``import pandas`` for every
    parameter (~0.2 ms each where pandas is not installed), which made storing 100 Wikinews articles take
    29 s (bench/ingest.py). One JSON string per table and batch costs a single conversion.
    """
    if not rows:
        return
    columns = _columns(con, table)
    names = [name for name, _ in columns]
    structure = json.dumps([{name: kind for name, kind in columns}])
    payload = json.dumps([dict(zip(names, row)) for row in rows], default=_json_default, ensure_ascii=False)
    # OR IGNORE: a row already there is the same row (its key is a content hash), so keeping it is right.
    con.execute(
        f"INSERT OR IGNORE INTO {table} SELECT unnest(from_json(?::JSON, ?), recursive := true)",
        [payload, structure],
    )


def _json_default(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} {value!r}")


def write_batch(
    con: duckdb.DuckDBPyConnection,
    analyses: Iterable[Analysis],
    failures: Iterable[Failure] = (),
    signatures: dict[str, Sequence[int]] | None = None,
) -> int:
    """Store a batch in one transaction, each article's row after its children; return articles written.

    An article already stored is left as it is: its id is a hash of its text, so it is the same article.
    """
    signatures = signatures or {}
    con.execute("BEGIN TRANSACTION")
    try:
        stored = {
            r[0] for r in con.execute(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(from_json(?::JSON, '[\"VARCHAR\"]')))",
                [json.dumps([a.article.id for a in analyses])],
            ).fetchall()
        } if analyses else set()
        merged: dict[str, list[tuple]] = {t: [] for t in (*CHILD_TABLES, "articles")}
        for analysis in analyses:
            aid = analysis.article.id
            if aid in stored:
                continue
            stored.add(aid)
            for table, rows in rows_for(analysis, signatures.get(aid)).items():
                merged[table].extend(rows)
        _insert(con, "errors", [error_row(f) for f in failures])
        for table in CHILD_TABLES:
            _insert(con, table, merged[table])
        _insert(con, "articles", merged["articles"])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(merged["articles"])


def stored_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}


# -- reading back -----------------------------------------------------------------------------------


def _fetch(con, sql: str, params=()) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _sp(start, end):
    return (start, end) if start is not None else None


def load_analysis(con: duckdb.DuckDBPyConnection, article_id: str) -> Analysis | None:
    """Rebuild the Analysis stored for ``article_id`` from its rows; None when it is not stored."""
    found = _fetch(con, "SELECT * FROM articles WHERE id = ?", [article_id])
    if not found:
        return None
    a = found[0]
    child = {
        t: _fetch(con, f"SELECT * FROM {t} WHERE article_id = ? ORDER BY idx", [article_id]) for t in CHILD_TABLES
    }
    article = Article(
        id=a["id"], title=a["title"], text=a["text"], published=a["published"], source=a["source"], url=a["url"],
        language=a["language"], input_id=a["input_id"], origin=a["origin"], format=a["format"],
        title_span=tuple(a["title_span"]) if a["title_span"] is not None else None,
        published_from=a["published_from"], warnings=list(a["warnings"] or []),
    )
    actors = [
        Actor(id=r["actor_id"], name=r["name"], kind=r["kind"], country=r["country"], code=r["code"],
              sectors=list(r["sectors"] or []), role=r["role"], anonymous=r["anonymous"], kb_id=r["kb_id"],
              mentions=[tuple(m) for m in json.loads(r["mentions"])])
        for r in child["actors"]
    ]
    quotes = [
        Quote(text=r["text"], span=_sp(r["span_start"], r["span_end"]), kind=r["kind"], speaker=r["speaker"],
              speaker_span=_sp(r["speaker_start"], r["speaker_end"]), cue=r["cue"], cue_type=r["cue_type"],
              sentence=r["sentence"])
        for r in child["quotes"]
    ]
    events = []
    for r in child["events"]:
        events.append(
            Event(
                source=r["source"], target=r["target"], source_code=r["source_code"], target_code=r["target_code"],
                cameo=r["cameo"],
                plover=Plover(type=r["plover_type"], mode=r["plover_mode"]) if r["plover_type"] is not None else None,
                goldstein=r["goldstein"], quad_class=r["quad_class"],
                date=DateValue(value=r["date_value"], precision=r["date_precision"], text=r["date_text"])
                if r["date_value"] is not None else None,
                place=EventPlace(name=r["place_name"], country=r["place_country"], lat=r["place_lat"], lon=r["place_lon"])
                if r["place_name"] is not None else None,
                amounts=[Amount(**m) for m in json.loads(r["amounts"])],
                negated=r["negated"], modality=r["modality"], reported_by=r["reported_by"],
                evidence=Evidence(span=(r["evidence_start"], r["evidence_end"]), sentence=r["evidence_sentence"]),
                confidence=r["confidence"],
            )
        )
    return Analysis(
        article=article,
        actors=actors,
        quotes=quotes,
        events=events,
        dates=[DateMention(text=r["text"], span=_sp(r["span_start"], r["span_end"]), value=r["value"],
                           precision=r["precision"]) for r in child["dates"]],
        places=[Place(text=r["text"], span=_sp(r["span_start"], r["span_end"]), name=r["name"], country=r["country"],
                      lat=r["lat"], lon=r["lon"], feature=r["feature"], gazetteer_id=r["gazetteer_id"])
                for r in child["places"]],
        amounts=[Amount(text=r["text"], span=_sp(r["span_start"], r["span_end"]), value=r["value"], unit=r["unit"],
                        counts=r["counts"]) for r in child["amounts"]],
        excluded=[Excluded(**x) for x in json.loads(a["excluded"])],
        sentences=[tuple(s) for s in json.loads(a["sentences"])],
        schema_version=a["schema_version"],
    )


def content(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Every stored row of every content table, sorted: two databases with equal content compare equal."""
    out = {}
    for table in CONTENT_TABLES:
        rows = con.execute(f"SELECT * FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    return out
