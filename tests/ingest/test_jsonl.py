"""JSONL corpora and JSON documents: fields map onto Article, a bad line fails alone."""

from __future__ import annotations

import json
from datetime import date

import pytest

from telex.config import Settings
from telex.ingest.jsonl import article_from_object
from telex.records import Article, Failure

RESIGNS = "The defence minister resigned on Monday after losing a confidence vote, officials said."
TALKS = "Talks between the union and the transport ministry resumed on Tuesday in the capital."


def _jsonl(*objs) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs)


def test_keys_map_onto_article_fields(write, read_all):
    obj = {
        "id": 42,
        "title": "Defence minister resigns",
        "date": "2024-05-06",
        "url": "https://news.example.com/politics/minister-resigns",
        "source": "Example News",
        "text": RESIGNS,
    }
    path = write("corpus.jsonl", _jsonl(obj))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.text == RESIGNS
    assert article.title == "Defence minister resigns"
    assert article.published == date(2024, 5, 6)
    assert article.published_from == "jsonl"
    assert article.url == "https://news.example.com/politics/minister-resigns"
    assert article.source == "Example News"
    assert article.input_id == "42"  # kept as a string
    assert article.format == "jsonl"
    assert article.origin == f"{path}:1"
    assert article.warnings == []


@pytest.mark.parametrize("key", ["date", "published", "publication_date", "pub_date"])
def test_any_date_key_is_read(key):
    article = article_from_object({"text": TALKS, key: "2024-05-07T09:15:00Z"}, "c.jsonl:1")
    assert article.published == date(2024, 5, 7)


@pytest.mark.parametrize(
    "value, why",
    [
        ("yesterday", "is not an ISO date"),
        ("2024-13-45", "is not an ISO date"),
        ("07/05/2024", "is not an ISO date"),
        (20240507, "is not a string"),
    ],
)
def test_bad_date_is_a_warning_not_a_failure(write, read_all, value, why):
    path = write("corpus.jsonl", _jsonl({"text": TALKS, "date": value, "id": "t1"}))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.published is None and article.published_from is None
    assert len(article.warnings) == 1
    assert article.warnings[0].startswith(f"{path}:1: `date` {value!r} ")
    assert why in article.warnings[0]


def test_language_is_taken_from_language_or_lang():
    assert article_from_object({"text": TALKS, "language": "en"}, "x").language == "en"
    assert article_from_object({"text": TALKS, "lang": "de"}, "x").language == "de"
    assert article_from_object({"text": TALKS}, "x").language is None


def test_blank_lines_are_skipped_but_line_numbers_still_count(write, read_all):
    path = write("corpus.jsonl", _jsonl({"text": RESIGNS}, "", "   ", {"text": TALKS}))
    records = read_all(path)
    assert [r.origin for r in records] == [f"{path}:1", f"{path}:4"]


def test_crlf_lines_are_read(write, read_all):
    path = write("corpus.jsonl", (json.dumps({"text": RESIGNS}) + "\r\n" + json.dumps({"text": TALKS}) + "\r\n").encode())
    assert [r.text for r in read_all(path)] == [RESIGNS, TALKS]


def test_line_without_text_fails_with_its_id(write, read_all):
    path = write("corpus.jsonl", _jsonl({"text": RESIGNS}, {"id": 7, "title": "Headline only"}, {"text": TALKS}))
    records = read_all(path)
    assert [type(r).__name__ for r in records] == ["Article", "Failure", "Article"]
    failure = records[1]
    assert failure.code == "E105"
    assert failure.origin == f"{path}:2"
    assert failure.id == "7"
    assert "no `text`" in failure.error


@pytest.mark.parametrize(
    "line, code, message",
    [
        ({"text": "   "}, "E101", "`text` is empty"),
        ({"text": 12}, "E105", "object has no `text` string"),
        (["a list", "not an object"], "E105", "expected a JSON object, got list"),
        ("\"just a string\"", "E105", "expected a JSON object, got str"),
    ],
)
def test_unusable_objects_fail_alone(write, read_all, line, code, message):
    path = write("corpus.jsonl", _jsonl({"text": RESIGNS}, line))
    first, second = read_all(path)
    assert isinstance(first, Article)
    assert isinstance(second, Failure)
    assert (second.code, second.error, second.origin) == (code, message, f"{path}:2")


def test_line_that_is_not_utf8_fails_alone(write, read_all):
    path = write("corpus.jsonl", json.dumps({"text": RESIGNS}).encode() + b"\n" + '{"text": "Caf\u00e9 talks"}\n'.encode("latin-1"))
    first, second = read_all(path)
    assert isinstance(first, Article)
    assert second.code == "E105" and second.origin == f"{path}:2"
    assert second.error.startswith("line 2 is not UTF-8 at byte ")


def test_line_over_the_size_limit_fails_alone(write, read_all):
    long_text = "The minister said the talks would continue. " * 40
    path = write("corpus.jsonl", _jsonl({"text": RESIGNS}, {"text": long_text}, {"text": TALKS}))
    records = read_all(path, Settings(max_bytes=1000))
    assert [type(r).__name__ for r in records] == ["Article", "Failure", "Article"]
    assert records[1].code == "E103"
    assert records[1].origin == f"{path}:2"
    assert "over the limit of 1,000" in records[1].error


def test_json_document_with_one_object(write, read_all):
    path = write("article.json", json.dumps({"text": RESIGNS, "title": "Minister resigns"}, indent=2))
    (article,) = read_all(path)
    assert article.text == RESIGNS and article.title == "Minister resigns"
    assert article.origin == str(path)  # one object: no index


def test_json_array_with_a_bad_item_keeps_the_others(write, read_all):
    path = write("articles.json", json.dumps([{"text": RESIGNS}, {"title": "No text", "id": "b2"}, {"text": TALKS}]))
    records = read_all(path)
    assert [type(r).__name__ for r in records] == ["Article", "Failure", "Article"]
    assert records[1].origin == f"{path}[2]" and records[1].id == "b2" and records[1].code == "E105"
    assert records[2].origin == f"{path}[3]"


def test_empty_json_array_is_empty_input(write, read_all):
    path = write("articles.json", "[]\n")
    (failure,) = read_all(path)
    assert failure.code == "E101" and failure.origin == str(path)
    assert "no articles" in failure.error


def test_broken_json_document_says_where(write, read_all):
    path = write("articles.json", '[\n  {"text": "The minister resigned."},\n  {"text": \n]\n')
    (failure,) = read_all(path)
    assert failure.code == "E105" and failure.origin == str(path)
    assert failure.error.startswith("not JSON:") and "line 4" in failure.error


def test_jsonl_with_utf8_byte_order_mark(write, read_all):
    path = write("corpus.jsonl", b"\xef\xbb\xbf" + _jsonl({"text": RESIGNS}, {"text": TALKS}).encode())
    records = read_all(path)
    assert [type(r).__name__ for r in records] == ["Article", "Article"]
    assert records[0].text == RESIGNS


def test_non_utf8_json_document_warns_about_its_encoding(write, read_all):
    text = "Caf\u00e9 owners in Besan\u00e7on protested on Monday against a new tax on terraces, the mayor said."
    path = write("articles.json", json.dumps([{"text": text}], ensure_ascii=False).encode("cp1252"))
    (article,) = read_all(path)
    assert "not UTF-8" in " ".join(article.warnings)
