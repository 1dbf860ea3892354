"""Turn any source into :class:`~telex.records.Article` records.

Sources are files, folders (read recursively, in sorted order) and ``-`` for standard input.
The format is told from the content (:mod:`telex.ingest.sniff`), so a feed saved as ``.txt``
or a WARC without its extension still reads right.

Bad input never stops a batch: :func:`iter_records` yields a :class:`~telex.records.Failure`
in its place and carries on. :func:`read` is the friendly form for Python users.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import warnings as warnings_module
import zlib
from pathlib import Path
from typing import IO, Iterable, Iterator, Literal

from telex.config import Settings, get_settings
from telex.errors import InputError, InputTooLarge, MissingInput, TruncatedInput
from telex.ingest.decode import decode
from telex.ingest.sniff import HEAD_BYTES, is_gzip, sniff
from telex.records import Article, Failure, Notice

Record = Article | Failure | Notice

#: Files a folder walk never reads: hidden files and the byproducts of editors and tools.
_IGNORED_SUFFIXES = (".pyc", ".duckdb", ".duckdb.wal", ".lock", "~")


def iter_records(sources: Iterable[str | os.PathLike], settings: Settings | None = None) -> Iterator[Record]:
    """Every article in ``sources``, in input order, with failures and notices in their places."""
    settings = settings or get_settings()
    for source in sources:
        source = str(source)
        if source == "-":
            yield from read_stream(io.BytesIO(sys.stdin.buffer.read()), "<stdin>", settings)
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _ignored(p, path))
            if not files:
                yield Failure.from_error(MissingInput("folder holds no files", source=source), origin=source)
            for file in files:
                yield from read_file(file, settings)
        elif path.exists():
            yield from read_file(path, settings)
        else:
            yield Failure.from_error(MissingInput("no such file or folder", source=source), origin=source)


def _ignored(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    return any(p.startswith(".") for p in parts) or path.name.endswith(_IGNORED_SUFFIXES)


def read_file(path: Path, settings: Settings) -> Iterator[Record]:
    origin = str(path)
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield Failure.from_error(MissingInput(f"cannot open: {exc.strerror}", source=origin), origin=origin)
        return
    with stream:
        yield from read_stream(stream, origin, settings, size=path.stat().st_size)


def read_stream(stream: IO[bytes], origin: str, settings: Settings, size: int | None = None) -> Iterator[Record]:
    """Read one input of any format from a binary stream. Never raises for bad input."""
    try:
        head = stream.read(HEAD_BYTES)
        stream.seek(0)
        if is_gzip(head):
            yield from _read_gzip(stream, origin, settings)
            return
        kind = sniff(head, origin)
        if kind in ("warc", "arc"):
            from telex.ingest.warc import read_warc

            yield from read_warc(stream, origin, settings.max_bytes)
            return
        if kind == "jsonl":
            from telex.ingest.jsonl import read_jsonl

            yield from read_jsonl(stream, origin, settings.max_bytes)
            return
        if size is not None and size > settings.max_bytes:
            raise InputTooLarge(f"file is {size:,} bytes, over the limit of {settings.max_bytes:,} (TELEX_MAX_BYTES)", source=origin)
        data = stream.read(settings.max_bytes + 1)
        if len(data) > settings.max_bytes:
            raise InputTooLarge(f"input is over the limit of {settings.max_bytes:,} bytes (TELEX_MAX_BYTES)", source=origin)
        yield from read_document(data, origin, kind)
    except InputError as err:
        yield Failure.from_error(err, origin=origin)


def _read_gzip(stream: IO[bytes], origin: str, settings: Settings) -> Iterator[Record]:
    # Peek with a raw decompressor: it returns what it can of a stream that breaks off early,
    # so a truncated archive is still recognised and read up to the break.
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(stream.read(64 * 1024), HEAD_BYTES)
    except zlib.error as exc:
        raise TruncatedInput(f"broken gzip stream: {exc}", source=origin) from exc
    stream.seek(0)
    kind = sniff(head, origin.removesuffix(".gz"))
    if kind in ("warc", "arc"):
        from telex.ingest.warc import read_warc

        # warcio reads multi-member gzip itself, record by record.
        yield from read_warc(stream, origin, settings.max_bytes)
        return
    try:
        with gzip.open(stream) as inner:
            if kind == "jsonl":
                from telex.ingest.jsonl import read_jsonl

                yield from read_jsonl(inner, origin, settings.max_bytes)
                return
            data = inner.read(settings.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise TruncatedInput(f"gzip stream breaks off: {exc}", source=origin) from exc
    if len(data) > settings.max_bytes:
        raise InputTooLarge(f"decompresses to over the limit of {settings.max_bytes:,} bytes", source=origin)
    yield from read_document(data, origin, kind)


def read_document(data: bytes, origin: str, kind: str) -> Iterator[Record]:
    """One text, HTML, feed or JSON document held in memory."""
    warnings: list[str] = []
    text = decode(data, origin, warnings)
    if kind == "html":
        from telex.ingest.html import article_from_html

        yield article_from_html(text, origin=origin, warnings=warnings)
    elif kind == "feed":
        from telex.ingest.feeds import read_feed

        for record in read_feed(text, origin):
            if isinstance(record, Article):
                record.warnings[:0] = warnings
            yield record
    elif kind == "json":
        from telex.ingest.jsonl import read_json_document

        yield from read_json_document(text, origin, warnings)
    else:
        from telex.ingest.text import article_from_text

        yield article_from_text(text, origin=origin, format="text", warnings=warnings)


OnError = Literal["warn", "raise", "ignore"]


def read(path: str | os.PathLike, *, on_error: OnError = "warn", settings: Settings | None = None) -> Iterator[Article]:
    """Articles in a file, folder or ``-`` (standard input), in order.

    Bad input is reported as a Python warning (``on_error="warn"``), raised as
    :class:`~telex.errors.InputError` (``"raise"``), or passed over (``"ignore"``).

    >>> for article in read("examples/articles"):       # doctest: +SKIP
    ...     print(article.id, article.title)
    """
    for record in iter_records([path], settings):
        if isinstance(record, Article):
            yield record
        elif isinstance(record, Failure):
            if on_error == "raise":
                raise InputError(record.error, source=record.origin, code=record.code)
            if on_error == "warn":
                warnings_module.warn(f"{record.origin}: {record.error} [{record.code}]", stacklevel=2)
