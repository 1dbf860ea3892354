"""Bad input through telex.ingest.iter_records: a Failure with a code, the file and a reason, and the batch goes on."""

from __future__ import annotations

import gzip
import json
import re
import warnings

import pytest

from telex.config import Settings
from telex.errors import InputError
from telex.ingest import iter_records, read
from telex.records import Article, Failure

STORY = (
    "Border crossing to reopen\n\n"
    "The interior minister said on Thursday that the northern border crossing would reopen next week, "
    "after repairs to the bridge were finished ahead of schedule.\n\n"
    "\"Trucks will be able to cross from Monday,\" she told reporters.\n"
)


def _only_failure(records) -> Failure:
    assert len(records) == 1, records
    (failure,) = records
    assert isinstance(failure, Failure), failure
    assert failure.skipped is False
    return failure


def test_empty_file(write, read_all):
    path = write("empty.txt", b"")
    failure = _only_failure(read_all(path))
    assert (failure.code, failure.origin, failure.error) == ("E101", str(path), "empty file")


def test_whitespace_only_file(write, read_all):
    path = write("blank.txt", b" \n\n\t  \r\n")
    failure = _only_failure(read_all(path))
    assert (failure.code, failure.origin, failure.error) == ("E101", str(path), "file holds only whitespace")


@pytest.mark.parametrize(
    "data",
    [b"\xef\xbb\xbf", b"\xef\xbb\xbf  \r\n", " \n\n".encode("utf-16")],
    ids=["utf8-bom-only", "utf8-bom-whitespace", "utf16-whitespace"],
)
def test_file_with_only_a_byte_order_mark_and_whitespace_is_empty(write, read_all, data):
    path = write("notepad.txt", data)
    failure = _only_failure(read_all(path))
    assert failure.code == "E101" and failure.origin == str(path)


def test_binary_file_with_nul_bytes(write, read_all):
    path = write("data.txt", b"The minister said\x00\x00\x00\x01 talks\x00 resume" * 10)
    failure = _only_failure(read_all(path))
    assert (failure.code, failure.origin) == ("E102", str(path))
    assert failure.error == "binary file: holds NUL bytes, so it is not text"


def test_pdf_file(write, read_all):
    path = write("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    failure = _only_failure(read_all(path))
    assert (failure.code, failure.origin) == ("E102", str(path))
    assert failure.error == "binary file: looks like a PDF document"


def test_gzipped_binary_file(write, read_all):
    path = write("image.png.gz", gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(200)))
    failure = _only_failure(read_all(path))
    assert failure.code == "E102" and "PNG image" in failure.error


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_text_not_in_utf8_is_decoded_with_a_warning(write, read_all, encoding):
    text = "Caf\u00e9 d\u00e9j\u00e0 vu, the minister said on Tuesday as talks in Gen\u00e8ve resumed.\n"
    if encoding == "cp1252":
        text = text.replace(", the minister", " \u2014 the minister")
    path = write("story.txt", text.encode(encoding))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.format == "text"
    assert "the minister said on Tuesday as talks in Gen" in article.text
    assert len(article.text) == len(text)
    assert len(article.warnings) == 1
    assert re.fullmatch(r"not UTF-8 at byte 3; decoded as \S+ \(detected[^)]*\)", article.warnings[0])


def test_html_declaring_iso_8859_1_is_decoded_as_declared(write, read_all, page, hospitals):
    html = page("Caf\u00e9 owners meet the minister", hospitals).replace('charset="utf-8"', 'charset="iso-8859-1"')
    path = write("cafes.html", html.encode("iso-8859-1"))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.title == "Caf\u00e9 owners meet the minister"
    assert article.warnings == [f"not UTF-8 at byte {html.index('é')}; decoded as iso8859-1, as the file declares"]


def test_truncated_gzip_of_a_short_text_file(write, read_all):
    path = write("story.txt.gz", gzip.compress(STORY.encode())[:-20])
    failure = _only_failure(read_all(path))
    assert (failure.code, failure.origin) == ("E106", str(path))
    assert "gzip stream" in failure.error


def test_truncated_gzip_of_a_long_text_file(write, read_all):
    long_story = STORY + "".join(
        f"Paragraph {n}: officials said on Friday that the crossing had handled {n * 37} trucks.\n" for n in range(400)
    )
    data = gzip.compress(long_story.encode())
    path = write("long.txt.gz", data[: int(len(data) * 0.6)])
    failure = _only_failure(read_all(path))
    assert (failure.code, failure.origin) == ("E106", str(path))
    assert "gzip stream" in failure.error


def test_feed_with_no_entries(write, read_all):
    path = write("feed.xml", '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Capital Wire</title>'
                             "<link>https://wire.example.org/</link></channel></rss>\n")
    failure = _only_failure(read_all(path))
    assert (failure.code, failure.origin) == ("E105", str(path))
    assert failure.error.startswith("feed has no entries")


def test_jsonl_line_that_is_not_json(write, read_all):
    lines = [
        json.dumps({"text": "The minister resigned on Monday after losing a confidence vote.", "id": "a"}),
        '{"text": "Talks resumed on Tuesday", "id": "b"',  # no closing brace
        json.dumps({"text": "The border crossing reopened on Wednesday.", "id": "c"}),
    ]
    path = write("corpus.jsonl", "\n".join(lines) + "\n")
    records = read_all(path)
    assert [type(r).__name__ for r in records] == ["Article", "Failure", "Article"]
    failure = records[1]
    assert failure.code == "E105"
    assert failure.origin.endswith(":2") and failure.origin == f"{path}:2"
    assert "line 2" in failure.error and "not JSON" in failure.error
    assert [r.input_id for r in (records[0], records[2])] == ["a", "c"]


def test_jsonl_line_without_text(write, read_all):
    lines = [json.dumps({"title": "Minister resigns", "id": 9}), json.dumps({"text": "Talks resumed on Tuesday."})]
    path = write("corpus.jsonl", "\n".join(lines) + "\n")
    failure, article = read_all(path)
    assert isinstance(failure, Failure) and isinstance(article, Article)
    assert (failure.code, failure.origin, failure.id) == ("E105", f"{path}:1", "9")
    assert "text" in failure.error


@pytest.mark.parametrize("name", ["story.txt", "story.html"])
def test_file_over_the_size_limit(write, read_all, name):
    path = write(name, STORY * 10)
    size = path.stat().st_size
    assert size > 1000
    failure = _only_failure(read_all(path, Settings(max_bytes=1000)))
    assert (failure.code, failure.origin) == ("E103", str(path))
    assert failure.error.startswith(f"file is {size:,} bytes, over the limit of 1,000")


def test_gzip_that_decompresses_over_the_size_limit(write, read_all):
    path = write("story.txt.gz", gzip.compress((STORY * 10).encode()))
    assert path.stat().st_size < 1000
    failure = _only_failure(read_all(path, Settings(max_bytes=1000)))
    assert failure.code == "E103" and "decompresses to over the limit of 1,000 bytes" in failure.error


def test_size_limit_is_read_from_the_environment(write, read_all, monkeypatch):
    monkeypatch.setenv("TELEX_MAX_BYTES", "500")
    failure = _only_failure(read_all(write("story.txt", STORY * 5)))
    assert failure.code == "E103" and "over the limit of 500" in failure.error


def test_missing_path(tmp_path, read_all):
    path = tmp_path / "no-such-article.txt"
    failure = _only_failure(read_all(path))
    assert (failure.code, failure.origin, failure.error) == ("E109", str(path), "no such file or folder")


def test_empty_folder(tmp_path, read_all):
    folder = tmp_path / "inbox"
    folder.mkdir()
    failure = _only_failure(read_all(folder))
    assert (failure.code, failure.origin, failure.error) == ("E109", str(folder), "folder holds no files")


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden_files(tmp_path, write):
    write("inbox/b.txt", "Second story\n\nThe second minister spoke on Tuesday.\n")
    write("inbox/a.txt", "First story\n\nThe first minister spoke on Monday.\n")
    write("inbox/c/d.txt", "Third story\n\nThe third minister spoke on Wednesday.\n")
    write("inbox/e.jsonl", json.dumps({"text": "The fourth minister spoke on Thursday."}) + "\n")
    write("inbox/.draft.txt", "Hidden draft\n\nNot for publication.\n")
    write("inbox/.git/notes.txt", "Hidden folder\n\nNot for publication.\n")
    write("inbox/a.txt~", "Editor backup\n\nNot for publication.\n")
    folder = tmp_path / "inbox"
    records = list(iter_records([folder]))
    assert all(isinstance(r, Article) for r in records)
    assert [r.origin for r in records] == [
        str(folder / "a.txt"),
        str(folder / "b.txt"),
        str(folder / "c" / "d.txt"),
        f"{folder / 'e.jsonl'}:1",
    ]
    assert not any("Not for publication" in r.text for r in records)


def test_a_bad_input_does_not_stop_the_batch(tmp_path, write):
    good = write("good.txt", STORY)
    empty = write("empty.txt", b"")
    missing = tmp_path / "missing.txt"
    records = list(iter_records([missing, empty, good, str(good)]))
    assert [getattr(r, "code", "article") for r in records] == ["E109", "E101", "article", "article"]
    assert records[2].text == STORY and records[2].id == records[3].id


def test_read_warns_raises_or_ignores(write):
    good = write("inbox/good.txt", STORY)
    write("inbox/z-empty.txt", b"")
    folder = good.parent

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = list(read(folder))
    assert [a.origin for a in articles] == [str(good)]
    assert len(caught) == 1
    assert str(caught[0].message) == f"{folder / 'z-empty.txt'}: empty file [E101]"

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [a.origin for a in read(folder, on_error="ignore")] == [str(good)]

    with pytest.raises(InputError) as info:
        list(read(folder, on_error="raise"))
    assert info.value.code == "E101"
    assert info.value.source == str(folder / "z-empty.txt")
