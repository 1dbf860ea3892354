"""Bytes to text: refuse binary files, decode by BOM, declaration or detection, and say what was done."""

from __future__ import annotations

import codecs
import re

from telex.errors import BinaryInput, EmptyInput, UndecodableInput

#: Leading bytes of common binary formats, named so the error says what the file is.
MAGIC = [
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
]

#: How much of a file the binary check looks at. 8 KiB is what git and grep use.
SNIFF_BYTES = 8192

#: Share of control characters (other than tab, newline, CR, form feed) above which bytes are
#: taken as binary. Real text has none; 5% leaves room for a few stray bytes in scraped pages.
MAX_CONTROL_SHARE = 0.05

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

_DECLARED = [
    re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I),
    re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I),
]

#: Share of letters that may be accented for a text to count as Western European in cp1252.
#: French and German prose runs at 2-6%; Cyrillic read as cp1252 is over 80%.
MAX_WESTERN_ACCENT_SHARE = 0.3

#: Characters cp1252 has beyond Latin-1: curly quotes, dashes, the euro sign and a few letters.
_CP1252_EXTRAS = frozenset("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")

_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))


def check_binary(data: bytes, source: str) -> None:
    """Raise :class:`BinaryInput` when ``data`` is not text."""
    head = data[:SNIFF_BYTES]
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise BinaryInput(f"binary file: looks like {what}", source=source)
    if any(head.startswith(bom) for bom, _ in _BOMS[:2] + _BOMS[3:]):
        return  # UTF-16/32 text legitimately holds NUL bytes
    if b"\x00" in head:
        raise BinaryInput("binary file: holds NUL bytes, so it is not text", source=source)
    if head:
        controls = sum(head.count(bytes([c])) for c in _CONTROL)
        if controls / len(head) > MAX_CONTROL_SHARE:
            raise BinaryInput(
                f"binary file: {controls} control bytes in the first {len(head)}", source=source
            )


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration states, if it names a known codec."""
    head = data[:SNIFF_BYTES]
    for pattern in _DECLARED:
        m = pattern.search(head)
        if m:
            name = m.group(1).decode("ascii", "replace")
            try:
                return codecs.lookup(name).name
            except LookupError:
                return None
    return None


def decode(data: bytes, source: str, warnings: list[str] | None = None) -> str:
    """Decode ``data`` as text. UTF-8 first; otherwise a BOM, the declared charset, then detection.

    Whatever was not plain UTF-8 is recorded in ``warnings``, so the user can see it.
    """
    if not data.strip():
        raise EmptyInput("empty file" if not data else "file holds only whitespace", source=source)
    check_binary(data, source)
    text = _decode(data, source, warnings)
    if not text.strip():
        raise EmptyInput("file holds only a byte-order mark and whitespace", source=source)
    return text


def _western(data: bytes) -> str | None:
    """``data`` as windows-1252 when that reads as Western European text, else None.

    Detectors guess wrong on short Western texts (cp1250 for "déjà"), while cp1252 and Latin-1
    are what legacy Western news sites actually used. A Cyrillic or Greek legacy text read as
    cp1252 is mostly accented letters, so it fails the share test and goes to detection.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    foreign = [c for c in letters if ord(c) > 127]
    if any(ord(c) > 0x17F and c not in _CP1252_EXTRAS for c in text):
        return None
    if letters and len(foreign) / len(letters) > MAX_WESTERN_ACCENT_SHARE:
        return None
    return text


def _decode(data: bytes, source: str, warnings: list[str] | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(f"has a {codec} byte-order mark but is not {codec}: {exc.reason} at byte {exc.start}", source=source) from exc
            if codec != "utf-8-sig" and warnings is not None:
                warnings.append(f"decoded as {codec} (byte-order mark)")
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = declared_encoding(data)
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            if warnings is not None:
                warnings.append(f"not UTF-8 at byte {first_bad}; decoded as {declared}, as the file declares")
            return text
    western = _western(data)
    if western is not None:
        if warnings is not None:
            warnings.append(f"not UTF-8 at byte {first_bad}; decoded as cp1252 (detected, Western European)")
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UndecodableInput(
            f"not UTF-8 at byte {first_bad}, and no other encoding fits", source=source
        )
    if warnings is not None:
        warnings.append(f"not UTF-8 at byte {first_bad}; decoded as {best.encoding} (detected)")
    return str(best)
