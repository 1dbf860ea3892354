"""Reading the event database: events (clusters or per-article), quotes, actors, errors, stats.

Every function takes plain arguments and returns plain dicts (rows), which the CLI renders.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

import duckdb

#: Sort fields each query accepts (``-field`` sorts descending); anything else is a usage error.
SORTS = {
    "clusters": {"date": "c.first_date", "articles": "c.n_articles", "sources": "c.n_sources",
                 "events": "c.n_events", "goldstein": "c.goldstein", "cameo": "c.cameo"},
    "events": {"date": "e.event_date", "goldstein": "e.goldstein", "confidence": "e.confidence",
               "cameo": "e.cameo", "article": "e.article_id"},
    "quotes": {"date": "a.published", "speaker": "q.speaker_name", "article": "q.article_id"},
    "actors": {"articles": "articles", "mentions": "mentions", "name": "name"},
}
DEFAULT_SORT = {"clusters": "-date", "events": "-date", "quotes": "-date", "actors": "-articles"}

#: What a quote's attribution may report (records.Quote.cue_type).
CUE_TYPES = ("speech", "thought", "stance", "finding")


@dataclass
class Filters:
    actor: str | None = None  # name (substring) or code (prefix), either side
    country: str | None = None  # ISO 3166 alpha-3 of either actor or the place
    cameo: str | None = None  # CAMEO code prefix ("04", "042")
    plover: str | None = None  # PLOVER type ("CONSULT")
    since: date | None = None
    until: date | None = None
    text: str | None = None  # substring of the evidence / quote text or the title
    source: str | None = None  # publisher (substring)


class QueryError(ValueError):
    """A filter or sort the database cannot answer; the message names it."""


def _order(kind: str, sort: str | None) -> str:
    sort = sort or DEFAULT_SORT[kind]
    desc = sort.startswith("-")
    name = sort.lstrip("-")
    if name not in SORTS[kind]:
        raise QueryError(f"cannot sort {kind} by {name!r}; choose from {', '.join(sorted(SORTS[kind]))} (prefix - to reverse)")
    return f"{SORTS[kind][name]} {'DESC' if desc else 'ASC'} NULLS LAST"


def _event_where(f: Filters) -> tuple[list[str], list]:
    where, params = [], []
    if f.actor:
        where.append(
            "(e.source_name ILIKE ? OR e.target_name ILIKE ? OR e.source_code ILIKE ? OR e.target_code ILIKE ?)"
        )
        params += [f"%{f.actor}%", f"%{f.actor}%", f"{f.actor}%", f"{f.actor}%"]
    if f.country:
        where.append("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)")
        params += [f.country.upper()] * 3
    if f.cameo:
        where.append("e.cameo LIKE ?")
        params.append(f"{f.cameo}%")
    if f.plover:
        where.append("upper(e.plover_type) = ?")
        params.append(f.plover.upper())
    if f.since:
        where.append("e.event_date >= ?")
        params.append(f.since)
    if f.until:
        where.append("e.event_date <= ?")
        params.append(f.until)
    if f.text:
        where.append("(e.evidence_text ILIKE ? OR a.title ILIKE ?)")
        params += [f"%{f.text}%"] * 2
    if f.source:
        where.append("a.source ILIKE ?")
        params.append(f"%{f.source}%")
    return where, params


def _rows(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def events(con: duckdb.DuckDBPyConnection, f: Filters = Filters(), *, raw: bool = False, limit: int | None = 50,
           sort: str | None = None, members: bool = False) -> list[dict]:
    """Event clusters matching ``f`` (any member event matches), or with ``raw`` every per-article event."""
    where, params = _event_where(f)
    cond = " AND ".join(where) or "TRUE"
    lim = f" LIMIT {int(limit)}" if limit else ""
    if raw:
        sql = f"""
            SELECT e.article_id, e.idx, e.event_date AS date, e.cameo, e.plover_type, e.source_name, e.source_code,
                   e.target_name, e.target_code, e.goldstein, e.quad_class, e.modality, e.negated, e.confidence,
                   a.source AS publisher, a.url, e.evidence_start, e.evidence_end, e.evidence_text AS evidence,
                   ce.cluster_id, d.duplicate_of
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN cluster_events ce USING (article_id, idx)
            LEFT JOIN article_duplicates d ON d.article_id = e.article_id
            WHERE {cond} ORDER BY {_order('events', sort)}, e.article_id, e.idx{lim}"""
        return _rows(con.execute(sql, params))
    sql = f"""
        SELECT c.cluster_id, c.first_date, c.last_date, c.cameo, c.plover_type, c.source_name, c.source_code,
               c.target_name, c.target_code, c.goldstein, c.quad_class, c.n_articles, c.n_sources, c.n_events,
               c.urls, c.sources, c.evidence, c.place_name
        FROM clusters c
        WHERE c.cluster_id IN (
            SELECT ce.cluster_id FROM cluster_events ce
            JOIN events e USING (article_id, idx) JOIN articles a ON a.id = e.article_id WHERE {cond})
        ORDER BY {_order('clusters', sort)}, c.cluster_id{lim}"""
    out = _rows(con.execute(sql, params))
    if members and out:
        found = _rows(con.execute(
            """SELECT ce.cluster_id, e.article_id, e.idx, a.url, a.source AS publisher, e.cameo,
                      e.evidence_start, e.evidence_end, e.evidence_text AS evidence
               FROM cluster_events ce JOIN events e USING (article_id, idx) JOIN articles a ON a.id = e.article_id
               WHERE ce.cluster_id IN (SELECT unnest(from_json(?::JSON, '["VARCHAR"]')))
               ORDER BY e.article_id, e.idx""",
            [json.dumps([c["cluster_id"] for c in out])],
        ))
        by: dict[str, list] = {}
        for m in found:
            by.setdefault(m.pop("cluster_id"), []).append(m)
        for c in out:
            c["members"] = by.get(c["cluster_id"], [])
    return out


def _article_filters(f: Filters, where: list[str], params: list) -> None:
    """Filters on the article a row came from: its source, and its publication date range."""
    if f.source:
        where.append("a.source ILIKE ?")
        params.append(f"%{f.source}%")
    if f.since:
        where.append("a.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("a.published <= ?")
        params.append(f.until)


def quotes(con: duckdb.DuckDBPyConnection, f: Filters = Filters(), *, limit: int | None = 50,
           sort: str | None = None, cue_types: Sequence[str] = ()) -> list[dict]:
    """Quotes with their speakers; ``cue_types`` keeps those whose attribution reports one of these
    (speech, thought, stance, finding: see Quote.cue_type)."""
    where, params = [], []
    if cue_types:
        unknown = sorted(set(cue_types) - set(CUE_TYPES))
        if unknown:
            raise QueryError(f"unknown cue type {', '.join(unknown)}; choose from {', '.join(CUE_TYPES)}")
        where.append(f"q.cue_type IN ({', '.join('?' * len(cue_types))})")
        params += list(cue_types)
    if f.actor:
        where.append("q.speaker_name ILIKE ?")
        params.append(f"%{f.actor}%")
    if f.country:
        where.append("q.speaker IN (SELECT actor_id FROM actors s WHERE s.article_id = q.article_id AND s.country = ?)")
        params.append(f.country.upper())
    if f.text:
        where.append("q.text ILIKE ?")
        params.append(f"%{f.text}%")
    _article_filters(f, where, params)
    if f.cameo or f.plover:
        raise QueryError("quotes have no CAMEO or PLOVER type; use telex query events")
    lim = f" LIMIT {int(limit)}" if limit else ""
    sql = f"""
        SELECT q.article_id, q.idx, a.published, q.speaker_name AS speaker, q.kind, q.cue, q.cue_type, q.text,
               a.source AS publisher, a.url
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE {' AND '.join(where) or 'TRUE'} ORDER BY {_order('quotes', sort)}, q.article_id, q.idx{lim}"""
    return _rows(con.execute(sql, params))


def actors(con: duckdb.DuckDBPyConnection, f: Filters = Filters(), *, limit: int | None = 50,
           sort: str | None = None) -> list[dict]:
    """Actors across articles, grouped by name, country and code, with how many articles name them."""
    where, params = [], []
    if f.actor:
        where.append("(x.name ILIKE ? OR x.code ILIKE ?)")
        params += [f"%{f.actor}%", f"{f.actor}%"]
    if f.country:
        where.append("x.country = ?")
        params.append(f.country.upper())
    _article_filters(f, where, params)
    if f.cameo or f.plover or f.text:
        raise QueryError("actors take --actor, --country, --source, --since and --until only")
    lim = f" LIMIT {int(limit)}" if limit else ""
    sql = f"""
        SELECT x.name, x.country, x.code, x.kind, count(DISTINCT x.article_id) AS articles,
               sum(json_array_length(x.mentions)) AS mentions
        FROM actors x JOIN articles a ON a.id = x.article_id
        WHERE {' AND '.join(where) or 'TRUE'}
        GROUP BY x.name, x.country, x.code, x.kind
        ORDER BY {_order('actors', sort)}, name, country NULLS LAST, code NULLS LAST{lim}"""
    try:
        return _rows(con.execute(sql, params))
    except duckdb.CatalogException:  # no json extension available: count mentions in Python instead
        sql = sql.replace("sum(json_array_length(x.mentions))", "list(x.mentions)")
        rows = _rows(con.execute(sql, params))
        for r in rows:
            r["mentions"] = sum(len(json.loads(m)) for m in r["mentions"])
        return rows


def errors(con: duckdb.DuckDBPyConnection, *, limit: int | None = None) -> list[dict]:
    lim = f" LIMIT {int(limit)}" if limit else ""
    return _rows(con.execute(f"SELECT origin, input_id, code, skipped, error FROM errors ORDER BY origin, code{lim}"))


def stats(con: duckdb.DuckDBPyConnection, *, top: int = 10) -> dict:
    """Counts of what is stored, clusters by CAMEO root and by month, and the commonest actor pairs."""
    from telex import cameo

    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    book = cameo.codebook()
    by_root = [
        {"root": r, "name": book[r].name if r in book else None, "clusters": n, "articles": a}
        for r, n, a in con.execute(
            "SELECT cameo_root, count(*), sum(n_articles) FROM clusters GROUP BY cameo_root ORDER BY cameo_root"
        ).fetchall()
    ]
    by_month = [
        {"month": m, "clusters": n, "events": e}
        for m, n, e in con.execute(
            "SELECT strftime(first_date, '%Y-%m') AS m, count(*), sum(n_events) FROM clusters "
            "GROUP BY m ORDER BY m NULLS LAST"
        ).fetchall()
    ]
    pairs = [
        {"pair": f"{a or '?'} – {b or '?'}", "clusters": n, "articles": arts}
        for a, b, n, arts in con.execute(
            "SELECT actor_a, actor_b, count(*) AS n, sum(n_articles) FROM clusters "
            f"GROUP BY actor_a, actor_b ORDER BY n DESC, actor_a NULLS LAST, actor_b NULLS LAST LIMIT {int(top)}"
        ).fetchall()
    ]
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "duplicates": one("SELECT count(*) FROM article_duplicates"),
        "events": one("SELECT count(*) FROM events"),
        "clusters": one("SELECT count(*) FROM clusters"),
        "multi_article_clusters": one("SELECT count(*) FROM clusters WHERE n_articles > 1"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "actors": one("SELECT count(*) FROM actors"),
        "errors": one("SELECT count(*) FROM errors WHERE NOT skipped"),
        "skipped": one("SELECT count(*) FROM errors WHERE skipped"),
        "clusters_by_root": by_root,
        "clusters_by_month": by_month,
        "top_actor_pairs": pairs,
    }


# -- rendering --------------------------------------------------------------------------------------


def _plain(value):
    if isinstance(value, (date,)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_json_rows(rows: Iterable[dict]) -> list[dict]:
    return [_plain(r) for r in rows]


#: Columns a readable table shows (json, jsonl and csv carry every column).
TABLE_COLUMNS = {
    "events": ("first_date", "cameo", "source_name", "target_name", "n_articles", "n_sources", "evidence"),
    "raw events": ("date", "cameo", "source_name", "target_name", "publisher", "evidence"),
    "quotes": ("published", "speaker", "kind", "cue", "cue_type", "text", "publisher"),
}


def render(rows: list[dict], fmt: str, *, title: str | None = None) -> str:
    """rows as json, jsonl, csv, or a readable table (text)."""
    rows = to_json_rows(rows)
    if fmt == "table" and title in TABLE_COLUMNS:
        rows = [{k: r.get(k) for k in TABLE_COLUMNS[title]} for r in rows]
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        if rows:
            writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            for r in rows:
                writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                                 for k, v in r.items()})
        return buf.getvalue()
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    columns = list(rows[0]) if rows else []
    for col in columns:
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(*("" if r[c] is None else ", ".join(map(str, r[c])) if isinstance(r[c], list) else str(r[c])
                        for c in columns))
    console = Console(file=io.StringIO(), width=200, highlight=False)
    console.print(table if rows else "(no rows)")
    return console.file.getvalue()
