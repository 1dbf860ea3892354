"""RSS 2.0, RSS 1.0 and Atom feeds, through feedparser: one article per entry."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timezone
from typing import Iterator

from telex.errors import MalformedInput, NoArticleText
from telex.records import Article, Failure

#: Block-level tags whose end is a paragraph break when an entry's HTML becomes text.
_BLOCK_END = re.compile(r"(?i)</(p|div|h[1-6]|li|blockquote|tr|section|article)\s*>|<br\s*/?>")
_TAG = re.compile(r"<[^>]+>")
_BLANKS = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def html_fragment_to_text(fragment: str) -> str:
    """Text of a feed entry's HTML body, one paragraph per block, entities decoded.

    Feed bodies are fragments, not pages, so trafilatura's page heuristics do not fit them.
    """
    import html as html_lib

    if "<" not in fragment:
        return html_lib.unescape(fragment).strip()
    marked = _BLOCK_END.sub("\n\n", fragment)
    text = html_lib.unescape(_TAG.sub("", marked))
    paragraphs = [_SPACES.sub(" ", p).strip() for p in _BLANKS.split(text)]
    return "\n\n".join(p for p in paragraphs if p)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc).date()
    return None


def _entry_body(entry) -> str:
    contents = entry.get("content") or []
    # Prefer the longest full content over the summary, which is often a teaser.
    bodies = [c.get("value", "") for c in contents] + [entry.get("summary", "")]
    bodies = [b for b in bodies if b and b.strip()]
    if not bodies:
        return ""
    return html_fragment_to_text(max(bodies, key=len))


def read_feed(text: str, origin: str) -> Iterator[Article | Failure]:
    import feedparser

    parsed = feedparser.parse(text)
    entries = parsed.get("entries") or []
    if not entries:
        why = ""
        if parsed.get("bozo"):
            why = f" ({parsed.get('bozo_exception')})"
        raise MalformedInput(f"feed has no entries{why}", source=origin)
    feed_title = parsed.get("feed", {}).get("title")
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}#entry{number}"
        body = _entry_body(entry)
        if not body:
            yield Failure.from_error(
                NoArticleText("feed entry has no text (neither content nor summary)"),
                origin=where,
                input_id=entry.get("id"),
            )
            continue
        published = _entry_date(entry)
        yield Article(
            text=body,
            title=entry.get("title") or None,
            url=entry.get("link") or None,
            published=published,
            published_from="feed" if published else None,
            source=feed_title or None,
            input_id=entry.get("id") or None,
            origin=where,
            format="feed",
        )
