"""Tell an input's format from its content. The file name is only a tie-breaker."""

from __future__ import annotations

import json
import re
from typing import Literal

Format = Literal["warc", "arc", "feed", "html", "jsonl", "json", "text"]

#: How far into a document the sniffers look.
HEAD_BYTES = 4096

_FEED = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)
_ATOM_NS = b"http://www.w3.org/2005/Atom"
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
#: Markup that makes a document without <html> still a page or fragment, not text.
_HTML_TAGS = re.compile(rb"<(p|div|article|section|span|h[1-6]|br|table|a\s+href)[\s>/]", re.I)
#: Share of lines that must be HTML tags for a tag-only fragment to count as HTML.
MIN_TAG_LINES = 3


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def sniff(head: bytes, name: str = "") -> Format:
    """Guess the format from the first bytes (already decompressed).

    >>> sniff(b"WARC/1.0\\r\\nWARC-Type: warcinfo")
    'warc'
    >>> sniff(b'{"text": "A minister resigned."}\\n')
    'jsonl'
    """
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"filedesc://"):
        return "arc"
    low = stripped[:HEAD_BYTES]
    if low.startswith(b"{") or low.startswith(b"["):
        return _json_kind(stripped, name)
    if low.startswith(b"<?xml") or low.startswith(b"<rss") or low.startswith(b"<feed") or low.startswith(b"<rdf"):
        if _FEED.search(low) or _ATOM_NS in low:
            return "feed"
        if _HTML.search(low):
            return "html"
    elif _FEED.search(low[:512]) and not _HTML.search(low[:512]):
        return "feed"
    if _HTML.search(low):
        return "html"
    if low.startswith(b"<") and len(_HTML_TAGS.findall(low)) >= MIN_TAG_LINES:
        return "html"
    lower_name = name.lower()
    if lower_name.endswith((".html", ".htm", ".xhtml")) and low.startswith(b"<"):
        return "html"
    return "text"


#: What follows the opening bracket of real JSON: a key, an object, a string, a number, a literal.
_JSON_START = re.compile(rb'^[\[{]\s*(["{\[\]}\-0-9]|true|false|null)')


def _json_kind(data: bytes, name: str) -> Format:
    if not _JSON_START.match(data.lstrip()):
        return "text"  # "[UPDATE] Minister resigns" is a story, not JSON
    first_line = data.split(b"\n", 1)[0].strip()
    try:
        json.loads(first_line)
    except ValueError:
        # A pretty-printed JSON document spans lines; a JSONL file does not.
        if data.lstrip().startswith(b"[") or name.lower().endswith(".json"):
            return "json"
        return "jsonl"
    if first_line.startswith(b"[") and data.strip() == first_line:
        return "json"
    return "jsonl"
