"""telex.ingest.decode: bytes to text, refusing binary input and saying what was done."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from telex.errors import BinaryInput, EmptyInput, InputError
from telex.ingest.decode import MAGIC, check_binary, declared_encoding, decode

STORY = (
    "The interior minister said on Thursday that the border crossing would reopen next week.\n\n"
    "\"We have agreed the terms,\" she told reporters in the capital.\n"
)


def test_plain_utf8_is_returned_unchanged_without_warnings():
    text = "Minister Renée Dubois said the talks in Genève would resume on 3 March.\r\n\r\n— Agencies\n"
    warnings: list[str] = []
    assert decode(text.encode("utf-8"), "story.txt", warnings) == text
    assert warnings == []


# Text with no C0 control characters other than whitespace, so the binary check has nothing to refuse.
_TEXT_CHARS = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r\x0c")


@settings(max_examples=200, deadline=None)
@given(st.text(_TEXT_CHARS, min_size=1, max_size=300))
def test_utf8_round_trip_of_arbitrary_text(text):
    data = text.encode("utf-8")
    assume(text.strip())  # whitespace-only input (NBSP included) is refused on purpose (EmptyInput)
    assume(not text.startswith("\ufeff"))  # a leading BOM is dropped on purpose
    assume(not any(data.startswith(magic) for magic, _ in MAGIC))  # reads as a binary format's signature
    warnings: list[str] = []
    assert decode(data, "x.txt", warnings) == text
    assert warnings == []


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_utf8_text_is_either_returned_exactly_or_refused_with_an_input_error(text):
    data = text.encode("utf-8")
    try:
        out = decode(data, "x.txt")
    except InputError as err:
        assert err.code in ("E101", "E102")
        assert err.source == "x.txt"
    else:
        assert out == text.removeprefix("\ufeff")


@pytest.mark.parametrize(
    "bom_encoding, warned",
    [
        ("utf-8-sig", False),  # a UTF-8 BOM is common and harmless: stripped silently
        ("utf-16", True),
        ("utf-16-le", True),
        ("utf-16-be", True),
        ("utf-32", True),
    ],
)
def test_byte_order_marks_decide_the_encoding(bom_encoding, warned):
    text = STORY
    if bom_encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + text).encode(bom_encoding)
    else:
        data = text.encode(bom_encoding)
    warnings: list[str] = []
    assert decode(data, "story.txt", warnings) == text
    if warned:
        assert len(warnings) == 1
        assert re.fullmatch(r"decoded as utf-(16|32) \(byte-order mark\)", warnings[0])
    else:
        assert warnings == []


def test_html_declared_charset_is_used_when_the_bytes_are_not_utf8():
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Café owners protest</title></head>'
        "<body><p>Café owners in Besançon protested on Monday, the mayor said.</p></body></html>"
    )
    first_bad = html.index("é")  # ASCII before it, so the character index is the byte offset
    warnings: list[str] = []
    assert decode(html.encode("latin-1"), "cafe.html", warnings) == html
    assert warnings == [f"not UTF-8 at byte {first_bad}; decoded as iso8859-1, as the file declares"]


def test_xml_declared_encoding_is_used():
    xml = (
        '<?xml version="1.0" encoding="windows-1252"?>\n<rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Minister’s visit to Zürich</title><description>The minister said “yes”.</description>"
        "</item></channel></rss>"
    )
    warnings: list[str] = []
    assert decode(xml.encode("cp1252"), "wire.xml", warnings) == xml
    assert len(warnings) == 1 and warnings[0].endswith("decoded as cp1252, as the file declares")


def test_a_declared_charset_is_ignored_when_the_bytes_are_valid_utf8():
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Genève, São Paulo and Zürich.</p></body></html>'
    warnings: list[str] = []
    assert decode(html.encode("utf-8"), "page.html", warnings) == html
    assert warnings == []


@pytest.mark.parametrize(
    "head, expected",
    [
        (b'<meta charset="iso-8859-1">', "iso8859-1"),
        (b"<meta charset=windows-1252>", "cp1252"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">', "iso8859-15"),
        (b'<?xml version="1.0" encoding="latin-1"?><rss/>', "iso8859-1"),
        (b'<meta charset="no-such-charset">', None),
        (b"<html><head><title>No declaration</title></head></html>", None),
        (b"Plain text that mentions charset=latin-1 outside any tag.", None),
    ],
)
def test_declared_encoding(head, expected):
    assert declared_encoding(head) == expected


# Short Western European texts, as an old newsroom system in Windows-1252 or Latin-1 writes them.
WESTERN = [
    pytest.param(
        "Minister Renée Dubois said on Tuesday that the café owners' association had agreed to the plan. "
        '"We are pleased," she told reporters in Besançon.\n\nThe agreement follows months of talks '
        "between the ministry and the unions, officials said.\n",
        "cp1252",
        id="long-paragraphs-cp1252",
    ),
    pytest.param(
        "Café déjà vu — the minister said the talks would continue.\n",
        "cp1252",
        id="cafe-deja-vu-cp1252",
    ),
    pytest.param(
        "Officials in Zürich said the naïve plan had failed.\n",
        "latin-1",
        id="zurich-latin-1",
    ),
    pytest.param(
        "The président of the comité, José Núñez, said the vote would take place in São Paulo.\n",
        "cp1252",
        id="sao-paulo-cp1252",
    ),
]


@pytest.mark.parametrize("text, encoding", WESTERN)
def test_western_european_legacy_encodings_decode_to_the_original_text(text, encoding):
    warnings: list[str] = []
    assert decode(text.encode(encoding), "story.txt", warnings) == text
    assert len(warnings) == 1 and "not UTF-8" in warnings[0]


@pytest.mark.parametrize("text, encoding", [p.values for p in WESTERN])
def test_non_utf8_text_is_decoded_and_the_warning_names_the_encoding(text, encoding):
    data = text.encode(encoding)
    first_bad = next(i for i, ch in enumerate(text) if ord(ch) > 127)
    warnings: list[str] = []
    out = decode(data, "story.txt", warnings)
    assert len(out) == len(text)  # single-byte text stays one character per byte
    assert len(warnings) == 1
    m = re.fullmatch(r"not UTF-8 at byte (\d+); decoded as (\S+) \(detected[^)]*\)", warnings[0])
    assert m, warnings[0]
    assert int(m.group(1)) == first_bad
    "x".encode(m.group(2))  # the named encoding is a real codec


@pytest.mark.parametrize("data, message", [(b"", "empty file"), (b"  \n\t\r\n  ", "file holds only whitespace")])
def test_empty_and_whitespace_only_input_is_refused(data, message):
    with pytest.raises(EmptyInput) as info:
        decode(data, "blank.txt")
    assert info.value.code == "E101"
    assert info.value.message == message
    assert str(info.value) == f"blank.txt: {message}"


@pytest.mark.parametrize("magic, what", MAGIC)
def test_known_binary_signatures_are_named(magic, what):
    data = magic + b"\x00\x01\x02 some payload bytes\n" * 4
    with pytest.raises(BinaryInput) as info:
        decode(data, "file.bin")
    assert info.value.code == "E102"
    assert info.value.message == f"binary file: looks like {what}"


def test_nul_bytes_mean_binary():
    with pytest.raises(BinaryInput, match="NUL bytes"):
        check_binary(b"The minister said\x00\x00 talks would resume.", "x.dat")


def test_many_control_bytes_mean_binary():
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"The minister said talks would resume." * 2
    with pytest.raises(BinaryInput, match=r"control bytes in the first \d+"):
        check_binary(data, "x.dat")


def test_a_few_stray_control_bytes_are_still_text():
    text = "The minister said talks would resume.\x1b\n" + "Officials confirmed the date on Friday.\n" * 5
    assert decode(text.encode("utf-8"), "scraped.txt") == text


def test_cyrillic_legacy_encoding_is_not_mistaken_for_western():
    text = (
        "Министр иностранных дел заявил во вторник, что переговоры продолжатся на следующей неделе. "
        "По его словам, стороны договорились о новой встрече в Женеве.\n"
    )
    warnings: list[str] = []
    assert decode(text.encode("cp1251"), "ru.txt", warnings) == text
    assert "cp1252" not in warnings[0]
