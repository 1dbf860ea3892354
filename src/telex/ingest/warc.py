"""WARC and ARC archives, gzipped or not, through warcio.

Each HTML response with status 200 becomes an article, dated by the page when it states a
date and by its WARC-Date otherwise. Every other record is counted by reason and reported
in one :class:`Notice`, so a crawl of 300 records says what became of each.
"""

from __future__ import annotations

import zlib
from collections import Counter
from datetime import date
from typing import IO, Iterator

from telex.errors import InputError, NoArticleText, TruncatedInput
from telex.ingest.decode import decode
from telex.ingest.html import article_from_html
from telex.records import Article, Failure, Notice

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _warc_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def _drain(record) -> int:
    """Read what is left of a record; return how many of its declared bytes never arrived.

    warcio ends quietly when an archive stops inside a record, so telex checks the length itself.
    """
    raw = record.raw_stream
    while raw.read(64 * 1024):
        pass
    return getattr(raw, "limit", 0) or 0


class _Cut(Exception):
    pass


def read_warc(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Article | Failure | Notice]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skipped: Counter[str] = Counter()
    pages = 0
    number = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            number += 1
            where = f"{origin}#record{number}"
            if record.rec_type != "response":
                if _drain(record):
                    raise _Cut()
                skipped[f"{record.rec_type} record"] += 1
                continue
            status = record.http_headers.get_statuscode() if record.http_headers else None
            content_type = (record.http_headers.get_header("Content-Type") or "").lower() if record.http_headers else ""
            wanted = status == "200" and content_type.startswith(_HTML_TYPES) and (record.length or 0) <= max_bytes
            if not wanted and _drain(record):
                raise _Cut()
            if status is None:
                scheme = (record.rec_headers.get_header("WARC-Target-URI") or "").split(":", 1)[0]
                skipped[f"non-HTTP response ({scheme or 'no URI'})"] += 1
                continue
            if status != "200":
                skipped[f"status {status}"] += 1
                continue
            if not content_type.startswith(_HTML_TYPES):
                skipped[f"not HTML ({content_type.split(';')[0] or 'no type'})"] += 1
                continue
            length = record.length or 0
            if length > max_bytes:
                skipped["over the size limit"] += 1
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read()
            if _drain(record):
                raise _Cut()
            warnings: list[str] = []
            try:
                charset = _charset(content_type)
                html = None
                if charset:
                    try:
                        html = payload.decode(charset)
                    except (LookupError, UnicodeDecodeError):
                        warnings.append(f"declared charset {charset} does not fit; detected instead")
                if html is None:
                    html = decode(payload, where, warnings)
                article = article_from_html(
                    html,
                    origin=where,
                    url=uri,
                    fallback_date=_warc_date(record.rec_headers.get_header("WARC-Date")),
                    format="warc",
                    warnings=warnings,
                )
            except NoArticleText:
                # Crawls are full of index and navigation pages; they are skipped, not failures.
                skipped["HTML without article text"] += 1
                continue
            except InputError as err:
                yield Failure.from_error(err, origin=where)
                continue
            pages += 1
            yield article
    except _Cut:
        yield Failure.from_error(
            TruncatedInput(f"archive breaks off inside record {number}; the {pages} articles before it are kept"),
            origin=origin,
        )
    except (ArchiveLoadFailed, zlib.error, EOFError, OSError) as exc:
        yield Failure.from_error(
            TruncatedInput(f"archive breaks off after record {number}: {exc}; the {pages} articles before it are kept"),
            origin=origin,
        )
    if skipped:
        detail = ", ".join(f"{n} {why}" for why, n in skipped.most_common())
        yield Notice(origin=origin, message=f"{number} records: {pages} articles read, {sum(skipped.values())} skipped ({detail})")
    elif number == 0:
        yield Failure.from_error(TruncatedInput("archive holds no records"), origin=origin)
