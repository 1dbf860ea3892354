"""What every telex command shares: the Typer app, exit statuses, the stderr console, date options."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Optional

import typer
from rich.console import Console

app = typer.Typer(
    name="telex",
    help="Political event data from news text: who did what to whom, when, where, and who said so.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

#: Exit statuses. 1 means some input failed (the rest was processed); 2 is a usage error (Typer's own).
EXIT_OK, EXIT_SOME_FAILED, EXIT_CONFIG = 0, 1, 3



class TableOrJson(str, Enum):
    """The --format of commands that print one report: a Rich table, or JSON."""

    table = "table"
    json = "json"


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint="--published")
