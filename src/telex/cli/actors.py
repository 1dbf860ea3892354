"""telex actors: the actor knowledge base (import PETRARCH/Phoenix dictionaries, lookup, list)."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from typing import Optional

import typer
from rich.console import Console

from telex.cli.common import (
    EXIT_CONFIG,
    EXIT_SOME_FAILED,
    TableOrJson,
    _stderr,
    app,
)
from telex.errors import ConfigError

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
    from telex.kb_import import (
        dictionary_prefix,
        read_phoenix,
        slug,
        summarise,
        write_actor_tsv,
    )

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
    fmt: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f", help="table or json."),
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
    if fmt == TableOrJson.json:
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
