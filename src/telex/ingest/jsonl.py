"""JSONL corpora: one article per line, ``text`` required; ``title``, ``date``, ``url``, ``source``, ``id`` optional.

A JSON file holding one object, or an array of such objects, is read the same way.
"""

from __future__ import annotations

import json
from datetime import date
from typing import IO, Iterator

from telex.errors import EmptyInput, InputTooLarge, MalformedInput
from telex.records import Article, Failure

#: Keys that may carry the publication date, in order of preference.
DATE_KEYS = ("date", "published", "publication_date", "pub_date")


def _parse_date(value, where: str) -> tuple[date | None, str | None]:
    """The date in ``value`` and, when it cannot be read, a warning saying so."""
    if value in (None, ""):
        return None, None
    if not isinstance(value, str):
        return None, f"{where}: `date` {value!r} is not a string; ignored"
    try:
        return date.fromisoformat(value.strip()[:10]), None
    except ValueError:
        return None, f"{where}: `date` {value!r} is not an ISO date (YYYY-MM-DD); ignored"


def article_from_object(obj, where: str) -> Article:
    if not isinstance(obj, dict):
        raise MalformedInput(f"expected a JSON object, got {type(obj).__name__}", source=where)
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedInput("object has no `text` string", source=where)
    if not text.strip():
        raise EmptyInput("`text` is empty", source=where)
    published, warning = (None, None)
    for key in DATE_KEYS:
        if obj.get(key):
            published, warning = _parse_date(obj[key], where)
            break
    input_id = obj.get("id")
    return Article(
        text=text,
        title=obj.get("title") or None,
        published=published,
        published_from="jsonl" if published else None,
        url=obj.get("url") or None,
        source=obj.get("source") or None,
        language=obj.get("language") or obj.get("lang") or None,
        input_id=str(input_id) if input_id is not None else None,
        origin=where,
        format="jsonl",
        warnings=[warning] if warning else [],
    )


def read_jsonl(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Article | Failure]:
    """One record per non-blank line; a bad line becomes a :class:`Failure` naming its line number."""
    for number, raw in enumerate(stream, start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        input_id = None
        try:
            if len(raw) > max_bytes:
                raise InputTooLarge(f"line is {len(raw):,} bytes, over the limit of {max_bytes:,}", source=where)
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise MalformedInput(f"line {number} is not UTF-8 at byte {exc.start}", source=where) from exc
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedInput(f"line {number} is not JSON: {exc.msg} at column {exc.colno}", source=where) from exc
            if isinstance(obj, dict) and obj.get("id") is not None:
                input_id = str(obj["id"])
            yield article_from_object(obj, where)
        except (MalformedInput, EmptyInput, InputTooLarge) as err:
            yield Failure.from_error(err, origin=where, input_id=input_id)


def read_json_document(text: str, origin: str, warnings: list[str] = ()) -> Iterator[Article | Failure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", source=origin) from exc
    items = data if isinstance(data, list) else [data]
    if not items:
        raise EmptyInput("JSON array holds no articles", source=origin)
    for number, obj in enumerate(items, start=1):
        where = f"{origin}[{number}]" if isinstance(data, list) else origin
        input_id = str(obj["id"]) if isinstance(obj, dict) and obj.get("id") is not None else None
        try:
            article = article_from_object(obj, where)
            article.warnings[:0] = warnings
            yield article
        except (MalformedInput, EmptyInput) as err:
            yield Failure.from_error(err, origin=where, input_id=input_id)
