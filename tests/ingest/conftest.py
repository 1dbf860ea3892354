"""Shared helpers for the ingest tests: files written into tmp_path, and a small news page builder.

Every text here is written for these tests. Nothing loads the spaCy model.
"""

from __future__ import annotations

import pytest

from telex.ingest import iter_records

#: Three paragraphs of a made-up report, each long enough for trafilatura to keep it.
HOSPITALS = [
    "The finance minister said on Tuesday that the government would raise spending on rural "
    "hospitals, after weeks of pressure from regional leaders who had warned that clinics were "
    "running out of staff and basic supplies across the northern provinces.",
    "Speaking to reporters outside parliament, the minister said the plan would be paid for by "
    "cutting subsidies to large energy firms. \"We cannot ask nurses to wait while the budget "
    "favours companies that already make record profits,\" she said, adding that details would follow.",
    "Opposition lawmakers welcomed the announcement but said it came too late. A spokesman for the "
    "largest opposition party said the government had ignored repeated warnings from doctors and "
    "should explain why it took so long to act on the crisis in the north.",
]


def news_page(title: str, paragraphs: list[str], head_extra: str = "") -> str:
    """A plausible news page: navigation, an article with a headline and paragraphs, a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{title}</title>{head_extra}</head>\n<body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
        f"<article><h1>{title}</h1>\n{body}\n</article>\n"
        "<footer>Contact the newsroom</footer></body></html>\n"
    )


@pytest.fixture(autouse=True)
def _default_settings(monkeypatch):
    """Settings come from the environment; keep a developer's TELEX_* from changing these tests."""
    for name in ("TELEX_MAX_BYTES", "TELEX_LANGUAGES", "TELEX_SPACY_MODEL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def write(tmp_path):
    """write(name, str | bytes) -> Path of a new file under tmp_path (parents made as needed)."""

    def _write(name: str, content: str | bytes):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def read_all():
    """read_all(path, settings=None) -> every record iter_records yields for that one path."""

    def _read(path, settings=None):
        return list(iter_records([path], settings))

    return _read


@pytest.fixture
def page():
    """page(title, paragraphs, head_extra="") -> HTML text of a news page (see :func:`news_page`)."""
    return news_page


@pytest.fixture
def hospitals() -> list[str]:
    return list(HOSPITALS)


@pytest.fixture
def hospitals_page() -> str:
    return news_page("Minister pledges money for rural hospitals", HOSPITALS)
