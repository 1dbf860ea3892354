"""HTML pages, through trafilatura: main text, title, publication date and URL.

trafilatura is the best-measured open extractor for news pages (F1 about 0.96 on the
ScrapingHub benchmark; ``bench/ingest_html.py`` measures it here), and it finds dates
through htmldate. telex keeps its output text unchanged, so spans index ``Article.text``.
"""

from __future__ import annotations

import logging
from datetime import date

from telex.errors import MalformedInput, NoArticleText
from telex.records import Article

# trafilatura logs every page it finds no text in at WARNING; telex reports those itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


#: Fewer letters and digits than this in a page's main content is navigation, a stub or an error page,
#: not an article (about 15 English words). Counted in characters, not words, so that Chinese and
#: Japanese pages, written without spaces, are measured fairly: the ScrapingHub benchmark has a
#: Japanese article of 18 space-separated "words" and 1,500 characters.
MIN_ARTICLE_CHARS = 80


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_from_html(html: str, *, origin: str, url: str | None = None, fallback_date: date | None = None, **fields) -> Article:
    """Extract the article in an HTML page. Raises :class:`NoArticleText` when there is none."""
    import trafilatura

    if "<" not in html:
        raise MalformedInput("not HTML: holds no markup at all", source=origin)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml raises these on broken trees
        raise MalformedInput(f"HTML that cannot be parsed: {exc}", source=origin) from exc
    text = (doc.text if doc is not None else None) or ""
    chars = sum(c.isalnum() for c in text)
    if chars < MIN_ARTICLE_CHARS:
        found = f"only {len(text.split())} words" if chars else "no text"
        raise NoArticleText(f"HTML page with no article text ({found} in its main content)", source=origin)
    page_date = _parse_date(doc.date)
    published, published_from = (page_date, "page") if page_date else (fallback_date, "warc-date" if fallback_date else None)
    return Article(
        text=text,
        title=doc.title or None,
        url=doc.url or url,
        source=fields.pop("source", None) or doc.sitename or doc.hostname or None,
        published=published,
        published_from=published_from,
        origin=origin,
        format=fields.pop("format", "html"),
        **fields,
    )
