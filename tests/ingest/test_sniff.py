"""telex.ingest.sniff and format detection from content through iter_records."""

from __future__ import annotations

import gzip
import json
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telex.ingest.sniff import Format, is_gzip, sniff
from telex.records import Article

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Capital Wire</title><link>https://wire.example.org/</link>
<item><title>Ministers agree on water deal</title><link>https://wire.example.org/water-deal</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate>
<description>Ministers from three countries agreed on Tuesday to share the river's flow, officials said.</description></item>
<item><title>Strike closes ports</title><link>https://wire.example.org/port-strike</link>
<pubDate>Wed, 05 Mar 2025 14:00:00 GMT</pubDate>
<description>Dock workers walked out on Wednesday, closing the country's two largest ports.</description></item>
</channel></rss>
"""


@pytest.mark.parametrize(
    "head, name, expected",
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "", "warc"),
        (b"\xef\xbb\xbf\r\nWARC/1.1\r\nWARC-Type: response\r\n", "", "warc"),
        (b"filedesc://crawl.arc 0.0.0.0 20080430204825 text/plain 76\n", "", "arc"),
        (b'{"text": "The minister resigned on Monday."}\n{"text": "Talks resumed."}\n', "", "jsonl"),
        (b'\n\n  {"text": "The minister resigned on Monday."}\n', "corpus", "jsonl"),
        (b'[{"text": "The minister resigned."}, {"text": "Talks resumed."}]\n', "", "json"),
        (b'[\n  {"text": "The minister resigned."},\n  {"text": "Talks resumed."}\n]\n', "", "json"),
        (b'{\n  "text": "The minister resigned.",\n  "title": "Minister quits"\n}\n', "article.json", "json"),
        (RSS, "", "feed"),
        (b'<rss version="2.0"><channel><title>Wire</title></channel></rss>', "", "feed"),
        (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>', "", "feed"),
        (b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', "", "feed"),
        (b"<!DOCTYPE html>\n<html lang=\"en\"><head><title>Talks</title></head><body></body></html>", "", "html"),
        (b"<html><body><p>The minister resigned.</p></body></html>", "page", "html"),
        (b'<?xml version="1.0"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body></body></html>', "", "html"),
        (b"  <head><title>Talks</title></head>", "", "html"),
        (b"<div>\n<p>The minister resigned.</p>\n<p>Talks resumed.</p>\n</div>\n", "fragment", "html"),
        (b"<p>The minister resigned on Monday.</p>", "story.html", "html"),
        (b"<p>The minister resigned on Monday.</p>", "story.txt", "text"),
        (b"Minister resigns\n\nThe minister resigned on Monday after a vote.\n", "story.txt", "text"),
        (b"The agency said that 3 < 4 and that talks would resume.\n", "", "text"),
        (b"", "", "text"),
    ],
)
def test_sniff_table(head, name, expected):
    assert sniff(head, name) == expected


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.text(max_size=20))
def test_sniff_never_raises_on_arbitrary_bytes(data, name):
    assert sniff(data, name) in get_args(Format)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_sniff_never_raises_on_bytes_that_look_like_json_or_markup(tail):
    for prefix in (b"{", b"[", b"<", b"<?xml ", b"<rss", b"WARC/"):
        assert sniff(prefix + tail, "x") in get_args(Format)


@pytest.mark.parametrize("data, expected", [(b"\x1f\x8b\x08\x00", True), (b"\x1f", False), (b"WARC/1.0", False), (b"", False)])
def test_is_gzip(data, expected):
    assert is_gzip(data) is expected


# ---- the format found from content decides how a file is read -------------------------------


def test_feed_saved_as_txt_is_read_as_a_feed(write, read_all):
    records = read_all(write("wire.txt", RSS))
    assert [r.format for r in records] == ["feed", "feed"]
    assert [r.title for r in records] == ["Ministers agree on water deal", "Strike closes ports"]


def test_html_page_without_extension_is_read_as_html(write, read_all, hospitals_page):
    records = read_all(write("hospitals", hospitals_page))
    assert len(records) == 1
    article = records[0]
    assert isinstance(article, Article) and article.format == "html"
    assert article.title == "Minister pledges money for rural hospitals"
    assert "<p>" not in article.text and "raise spending on rural hospitals" in article.text


def test_jsonl_without_jsonl_extension(write, read_all):
    lines = [
        {"text": "The minister resigned on Monday after losing a confidence vote.", "id": "a1"},
        {"text": "Talks between the union and the ministry resumed on Tuesday.", "id": "a2"},
    ]
    path = write("export.dat", "\n".join(json.dumps(x) for x in lines) + "\n")
    records = read_all(path)
    assert [(r.format, r.input_id, r.origin) for r in records] == [
        ("jsonl", "a1", f"{path}:1"),
        ("jsonl", "a2", f"{path}:2"),
    ]


def test_gzipped_html_page_is_read_as_html(write, read_all, hospitals_page):
    path = write("hospitals.html.gz", gzip.compress(hospitals_page.encode("utf-8")))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.format == "html"
    assert article.origin == str(path)
    assert article.title == "Minister pledges money for rural hospitals"
    assert "cutting subsidies to large energy firms" in article.text


def test_gzipped_jsonl_is_read_line_by_line(write, read_all):
    body = b'{"text": "The minister resigned on Monday."}\n{"text": "Talks resumed on Tuesday."}\n'
    path = write("corpus.jsonl.gz", gzip.compress(body))
    records = read_all(path)
    assert [r.text for r in records] == ["The minister resigned on Monday.", "Talks resumed on Tuesday."]
    assert [r.origin for r in records] == [f"{path}:1", f"{path}:2"]


def test_json_array_of_two_objects_yields_two_articles(write, read_all):
    data = [
        {"text": "The minister resigned on Monday after losing a confidence vote.", "title": "Minister resigns"},
        {"text": "Talks between the union and the ministry resumed on Tuesday.", "id": 17},
    ]
    path = write("articles.json", json.dumps(data, indent=2))
    records = read_all(path)
    assert all(isinstance(r, Article) for r in records)
    assert [r.text for r in records] == [d["text"] for d in data]
    assert [r.origin for r in records] == [f"{path}[1]", f"{path}[2]"]
    assert records[0].title == "Minister resigns" and records[1].input_id == "17"


@pytest.mark.parametrize(
    "text",
    [
        "[UPDATE] Minister resigns after vote\n\nThe minister resigned on Monday after losing a confidence vote, officials said.\n",
        "{Corrected} Talks resume in Geneva\n\nTalks between the two delegations resumed on Tuesday, a spokesman said.\n",
    ],
)
def test_plain_text_starting_with_a_bracket_is_still_text(write, read_all, text):
    records = read_all(write("story.txt", text))
    assert [type(r).__name__ for r in records] == ["Article"], records
    assert records[0].format == "text" and records[0].text == text
