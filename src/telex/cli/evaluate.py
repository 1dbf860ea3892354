"""telex eval: the accuracy gate over the gold sets, against the floors in eval_floors.toml."""

from __future__ import annotations

import json
import sys
from typing import List, Optional

import typer

from telex.cli.common import (
    EXIT_CONFIG,
    TableOrJson,
    _stderr,
    app,
)
from telex.errors import ConfigError


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
    fmt: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f", help="table or json."),
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
    if fmt == TableOrJson.json:
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
