"""Plain text articles. The text is kept exactly as given, so every span indexes the file."""

from __future__ import annotations

import re

from telex.records import Article

#: A headline is short. 30 words and 250 characters hold every headline in the Wikinews
#: corpus and the seed article, while a lede paragraph is almost always longer.
MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 250

#: Headlines do not end like sentences. A final "?" or "!" is allowed: headlines ask and exclaim.
_SENTENCE_END = re.compile(r"[.,;:\u2026]['\"\u201d\u2019)]?$")
_BYLINE = re.compile(r"^(by|from|posted|updated|published)\b", re.I)


def find_title(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first line and its span, when it reads as a headline above a body.

    It must be short, not end as a sentence does, and have more text after it.
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end == -1:
        return None
    line = text[start:end].rstrip()
    rest = text[end:].strip()
    if not line or not rest:
        return None
    words = line.split()
    if len(words) > MAX_TITLE_WORDS or len(line) > MAX_TITLE_CHARS:
        return None
    if _SENTENCE_END.search(line) and len(words) > 3:
        return None
    if _BYLINE.match(line):
        return None
    # A first line that runs straight into a long paragraph without a blank line, and
    # starts lower-case, is a wrapped sentence rather than a headline.
    if line[0].islower():
        return None
    return line, (start, start + len(line))


def article_from_text(text: str, *, origin: str | None = None, title: str | None = None, **fields) -> Article:
    """An :class:`Article` for ``text``, kept unchanged; the title is found when not given."""
    title_span = None
    if title is None:
        found = find_title(text)
        if found:
            title, title_span = found
    return Article(text=text, title=title, title_span=title_span, origin=origin, **fields)
