"""Render analyses for people (a Rich table) and programs (JSON, JSONL); and the JSON Schema of the output."""

from __future__ import annotations

import json
from typing import Union

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from telex.records import Analysis, Failure

OutputLine = Union[Analysis, Failure]


def to_dict(result: OutputLine) -> dict:
    return result.model_dump(mode="json")


def render_json(result: OutputLine) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, indent=2)


def render_jsonl(result: OutputLine) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, separators=(",", ":"))


def json_schema() -> dict:
    """JSON Schema of one output object: an analysis, or a failure standing in its place."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(OutputLine).json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "telex extract output (one object per input article)"
    return schema


def _snippet(text: str, span, width: int = 90) -> str:
    s = " ".join(text[span[0]:span[1]].split())
    return s if len(s) <= width else s[: width - 1] + "…"


def render_table(result: OutputLine, console: Console) -> None:
    """A readable summary of one analysis: the article, then each kind of finding."""
    if isinstance(result, Failure):
        label = "skipped" if result.skipped else "failed"
        console.print(f"[yellow]{label}[/] {result.origin or ''}: {result.error} [{result.code}]")
        return
    art = result.article
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold cyan")
    head.add_column()
    head.add_row("title", art.title or "[dim](none)[/]")
    head.add_row("id", art.id)
    published = art.published.isoformat() if art.published else "[dim]unknown[/]"
    head.add_row("published", published + (f" [dim]({art.published_from})[/]" if art.published_from else ""))
    for label, value in (("source", art.source), ("url", art.url), ("from", art.origin)):
        if value:
            head.add_row(label, value)
    head.add_row("size", f"{len(art.text.split()):,} words, {len(result.sentences)} sentences, language {art.language or '?'}")
    for w in art.warnings:
        head.add_row("note", Text(w, style="yellow"))
    parts = [head]
    if result.excluded:
        t = Table(title="left out of extraction", title_justify="left", show_edge=False)
        t.add_column("kind")
        t.add_column("text")
        for item in result.excluded:
            t.add_row(item.kind, item.text)
        parts.append(t)
    if result.actors:
        t = Table(title="actors", title_justify="left", show_edge=False)
        for col in ("id", "name", "country", "sectors", "role", "mentions"):
            t.add_column(col)
        for a in result.actors:
            t.add_row(a.id, a.name, a.country or a.code or "", ",".join(a.sectors), a.role or "", str(len(a.mentions)))
        parts.append(t)
    if result.quotes:
        names = {a.id: a.name for a in result.actors}
        t = Table(title="quotes", title_justify="left", show_edge=False)
        for col in ("speaker", "kind", "quote"):
            t.add_column(col)
        for q in result.quotes:
            kind = q.kind if q.cue_type in (None, "speech") else f"{q.kind} ({q.cue_type})"
            t.add_row(names.get(q.speaker or "", "?"), kind, _snippet(art.text, q.span))
        parts.append(t)
    if result.events:
        names = {a.id: a.name for a in result.actors}
        t = Table(title="events", title_justify="left", show_edge=False)
        for col in ("date", "source", "cameo", "target", "modality", "evidence"):
            t.add_column(col)
        for e in result.events:
            t.add_row(
                e.date.value if e.date else "",
                names.get(e.source or "", e.source_code or ""),
                e.cameo + (" (not)" if e.negated else ""),
                names.get(e.target or "", e.target_code or ""),
                e.modality,
                _snippet(art.text, e.evidence.span),
            )
        parts.append(t)
    counts = ", ".join(
        f"{len(getattr(result, k))} {k}" for k in ("actors", "quotes", "events", "dates", "places", "amounts")
    )
    parts.append(Text(counts, style="dim"))
    console.print(Panel(Group(*parts), title=f"[bold]{art.title or art.id}[/]", title_align="left"))
