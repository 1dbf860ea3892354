"""WARC archives, gzipped or not: HTML 200 responses become articles, the rest is counted in a Notice."""

from __future__ import annotations

import io
from datetime import date

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from telex.config import Settings
from telex.records import Article, Failure

LANDSLIDE = [
    "Rescue teams in the coastal town searched through the night for survivors after heavy rain caused a "
    "landslide that buried several houses, the regional governor said, adding that at least twelve people "
    "were still missing and that more rain was expected.",
    "The governor told local radio that soldiers had been sent to help clear roads blocked by mud and fallen "
    "trees. \"Our priority is to reach the families who are still cut off,\" he said. Aid agencies said they "
    "were preparing food and blankets for those who lost their homes.",
    "Residents said the hillside had shown cracks for months and accused local officials of failing to move "
    "people to safety. The mayor denied the claim and said an inquiry would look at how warnings had been "
    "handled by the town council and the national agency.",
]

HOSPITALS_URL = "https://news.example.com/health/rural-hospitals"
LANDSLIDE_URL = "https://news.example.com/world/coastal-landslide"


class Archive:
    """A small WARC written with warcio, record by record."""

    def __init__(self, gzip: bool):
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzip)

    def warcinfo(self):
        self.writer.write_record(self.writer.create_warcinfo_record("crawl.warc", {"software": "telex-tests"}))

    def request(self, uri: str):
        path = uri.split("example.com", 1)[1]
        payload = f"GET {path} HTTP/1.1\r\nHost: news.example.com\r\n\r\n".encode()
        self.writer.write_record(self.writer.create_warc_record(uri, "request", payload=io.BytesIO(payload)))

    def response(self, uri: str, payload: bytes, *, status="200 OK", content_type="text/html; charset=utf-8",
                 warc_date="2024-05-06T10:00:00Z"):
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload), http_headers=http, warc_headers_dict={"WARC-Date": warc_date}
        )
        self.writer.write_record(record)

    def bytes(self) -> bytes:
        return self.buffer.getvalue()


def crawl(page, hospitals, gzip: bool) -> bytes:
    """warcinfo, request, two article pages, a 404 and a PNG: six records, two articles."""
    archive = Archive(gzip)
    archive.warcinfo()
    archive.request(HOSPITALS_URL)
    archive.response(HOSPITALS_URL, page("Minister pledges money for rural hospitals", hospitals).encode(),
                     warc_date="2024-05-06T10:00:00Z")
    archive.response(LANDSLIDE_URL, page("Search goes on after coastal landslide", LANDSLIDE).encode(),
                     content_type="text/html", warc_date="2024-05-07T11:30:00Z")
    archive.response("https://news.example.com/gone", b"<html><body><p>Not found</p></body></html>",
                     status="404 Not Found", warc_date="2024-05-07T11:31:00Z")
    archive.response("https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64),
                     content_type="image/png", warc_date="2024-05-07T11:32:00Z")
    return archive.bytes()


@pytest.mark.parametrize("gzip, name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_html_responses_become_articles_and_the_rest_is_counted(write, read_all, page, hospitals, gzip, name):
    path = write(name, crawl(page, hospitals, gzip))
    records = read_all(path)
    articles = [r for r in records if isinstance(r, Article)]
    assert [type(r).__name__ for r in records] == ["Article", "Article", "Notice"]

    assert [a.url for a in articles] == [HOSPITALS_URL, LANDSLIDE_URL]
    assert [a.title for a in articles] == ["Minister pledges money for rural hospitals", "Search goes on after coastal landslide"]
    assert [a.published for a in articles] == [date(2024, 5, 6), date(2024, 5, 7)]
    assert [a.published_from for a in articles] == ["warc-date", "warc-date"]
    assert [a.format for a in articles] == ["warc", "warc"]
    assert [a.origin for a in articles] == [f"{path}#record3", f"{path}#record4"]
    assert hospitals[1] in articles[0].text
    assert LANDSLIDE[2] in articles[1].text

    notice = records[-1]
    assert notice.origin == str(path)
    assert notice.message.startswith("6 records: 2 articles read, 4 skipped (")
    for part in ("1 warcinfo record", "1 request record", "1 status 404", "1 not HTML (image/png)"):
        assert part in notice.message


def test_warc_without_extension_is_recognised(write, read_all, page, hospitals):
    records = read_all(write("crawl-0001", crawl(page, hospitals, gzip=False)))
    assert [r.format for r in records if isinstance(r, Article)] == ["warc", "warc"]


def test_date_stated_by_the_page_wins_over_warc_date(write, read_all, page, hospitals):
    archive = Archive(gzip=True)
    head = '<meta property="article:published_time" content="2024-03-05T08:00:00Z">'
    archive.response(HOSPITALS_URL, page("Minister pledges money", hospitals, head_extra=head).encode(),
                     warc_date="2024-05-06T10:00:00Z")
    (article, *rest) = read_all(write("dated.warc.gz", archive.bytes()))
    assert (article.published, article.published_from) == (date(2024, 3, 5), "page")
    assert rest == []  # nothing skipped, so no notice


def test_declared_charset_of_the_response_is_used(write, read_all):
    paragraphs = [
        "Café owners in Besançon protested outside the town hall on Monday, saying a new tax on terraces would "
        "force many of them to close before the summer season. The mayor, Renée Dubois, said she would meet them.",
        "\"We will listen to every café and every restaurant,\" Dubois told reporters. The protest was peaceful, "
        "police said, and the crowd left the square by the early afternoon after speeches by union leaders.",
        "The council is due to vote on the tax next month. Officials said the money would pay for street repairs "
        "and new lighting in the old town, where many of the cafés are found.",
    ]
    html = "<html><head><title>Café owners protest</title></head><body><article>" + "".join(
        f"<p>{p}</p>" for p in paragraphs
    ) + "</article></body></html>"
    archive = Archive(gzip=False)
    archive.response("https://news.example.com/cafes", html.encode("iso-8859-1"),
                     content_type="text/html; charset=ISO-8859-1")
    (article,) = read_all(write("cafes.warc", archive.bytes()))
    assert "The mayor, Renée Dubois, said she would meet them." in article.text
    assert article.warnings == []


def test_page_without_article_text_is_skipped_not_failed(write, read_all, page, hospitals):
    archive = Archive(gzip=True)
    archive.response("https://news.example.com/empty", b"<html><head><title>Index</title></head><body></body></html>")
    archive.response(HOSPITALS_URL, page("Minister pledges money", hospitals).encode())
    records = read_all(write("mixed.warc.gz", archive.bytes()))
    assert [type(r).__name__ for r in records] == ["Article", "Notice"]
    assert records[1].message == "2 records: 1 articles read, 1 skipped (1 HTML without article text)"


def test_records_over_the_size_limit_are_skipped(write, read_all, page, hospitals):
    path = write("crawl.warc.gz", crawl(page, hospitals, gzip=True))
    records = read_all(path, Settings(max_bytes=1000))
    assert [type(r).__name__ for r in records] == ["Notice"]
    assert "0 articles read" in records[0].message
    assert "2 over the size limit" in records[0].message


# ---- archives that break off ------------------------------------------------------------------


def _cut(data: bytes, keep: float = 0.6) -> bytes:
    return data[: int(len(data) * keep)]


def test_truncated_gzip_warc_is_reported_as_truncated(write, read_all, page, hospitals):
    path = write("cut.warc.gz", _cut(crawl(page, hospitals, gzip=True)))
    records = read_all(path)
    failures = [r for r in records if isinstance(r, Failure)]
    assert len(failures) == 1
    assert failures[0].code == "E106"
    assert failures[0].origin == str(path)


def test_truncated_gzip_warc_keeps_the_records_before_the_break(write, read_all, page, hospitals):
    path = write("cut.warc.gz", _cut(crawl(page, hospitals, gzip=True)))
    records = read_all(path)
    articles = [r for r in records if isinstance(r, Article)]
    assert articles and articles[0].url == HOSPITALS_URL
    assert any(isinstance(r, Failure) and r.code == "E106" for r in records)


def long_crawl(page, hospitals, gzip: bool) -> bytes:
    """Eight article pages: large enough that a cut at 60% lies past the first 4 KiB of content."""
    archive = Archive(gzip)
    archive.warcinfo()
    for n in range(8):
        paragraphs = hospitals if n % 2 == 0 else LANDSLIDE
        archive.response(f"https://news.example.com/story/{n}", page(f"Story number {n}", paragraphs).encode())
    return archive.bytes()


@pytest.mark.parametrize("gzip", [True, False], ids=["gzip", "plain"])
def test_records_before_a_late_break_are_kept(write, read_all, page, hospitals, gzip):
    path = write("cut.warc.gz" if gzip else "cut.warc", _cut(long_crawl(page, hospitals, gzip)))
    records = read_all(path)
    urls = [r.url for r in records if isinstance(r, Article)]
    assert len(urls) >= 3
    assert urls == [f"https://news.example.com/story/{n}" for n in range(len(urls))]


@pytest.mark.parametrize("gzip", [True, False], ids=["gzip", "plain"])
def test_late_break_is_reported_as_truncated(write, read_all, page, hospitals, gzip):
    path = write("cut.warc.gz" if gzip else "cut.warc", _cut(long_crawl(page, hospitals, gzip)))
    records = read_all(path)
    assert any(isinstance(r, Failure) and r.code == "E106" and r.origin == str(path) for r in records)
