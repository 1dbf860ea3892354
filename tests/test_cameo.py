"""The CAMEO codebook (knowledge/cameo.tsv) and its loader (telex.cameo)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from telex import cameo
from telex.errors import ConfigError

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "data" / "cameo" / "cameo_codebook_merged.tsv"

# Modes PLOVER allows per event type (Schrodt's PLOVER lists, Nov 2021). Types not listed have none.
PLOVER_MODES = {
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "ASSAULT": {
        "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "heavy-weapons", "crowd-control", "cleansing", "massacre", "unconventional",
    },
    "COERCE": {
        "seize", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport", "withold", "misinformation",
    },
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "PROTEST": {"demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "expel", "territory", "violence"},
}

# Where our PLOVER mapping departs from the reference on purpose (see the header of cameo.tsv).
PLOVER_DEPARTURES = {
    "08": ("RETREAT", ""),  # root split CONCEDE/RETREAT; we carry 080's CONCEDE
    "085": ("RETREAT", "ease"),  # "ease" is no longer a PLOVER mode
    "1321": ("THREATEN", "political"),  # not a THREATEN mode
    "1712": ("ASSAULT", "seize"),  # a COERCE mode
    "175": ("ASSAULT", "pro_autocracy"),  # a context, not a mode
    "163": ("COERCE", "restrict"),  # sanctions cut exchanges: SANCTION "discontinue" (PLOVER's codebook)
    "0831": ("CONCEDE", ""),  # a resignation: RETREAT "resign" (PLOVER's codebook)
}


@pytest.fixture(scope="module")
def book():
    return cameo.codebook()


# --- the file ---------------------------------------------------------------------------------


def test_every_root_and_enough_codes(book):
    assert {c.root for c in book.values()} == set(cameo.ROOTS)
    assert all(r in book for r in cameo.ROOTS)
    assert len(book) >= 290
    assert len(book) == 313


def test_every_code_has_its_parent(book):
    for code, entry in book.items():
        if len(code) > 2:
            assert entry.parent in book, code
            assert entry.root == code[:2]
        else:
            assert entry.parent is None


def test_levels_are_complete_for_known_families(book):
    # The four-digit families of CAMEO 1.1b3, parent -> children.
    families = {
        "021": 4, "023": 4, "024": 4, "025": 6, "031": 4, "033": 4, "034": 4, "035": 6,
        "081": 4, "083": 4, "084": 2, "086": 3, "087": 4, "101": 4, "103": 4, "104": 4, "105": 6,
        "112": 5, "121": 4, "122": 4, "123": 4, "124": 6, "131": 3, "132": 4, "138": 5,
        "141": 4, "142": 4, "143": 4, "144": 4, "145": 4, "162": 3, "166": 3, "171": 2,
        "172": 4, "182": 3, "183": 3, "204": 2,
    }
    children: dict[str, int] = {}
    for code in book:
        if len(code) == 4:
            children[code[:3]] = children.get(code[:3], 0) + 1
    assert children == families


def test_quad_class_follows_root_gdelt_convention(book):
    expected = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 10), 2),
                **dict.fromkeys(range(10, 15), 3), **dict.fromkeys(range(15, 21), 4)}
    for code, entry in book.items():
        assert entry.quad_class == expected[int(entry.root)], code
        assert entry.quad_class == cameo.quad_class_of_root(entry.root)


def test_goldstein_in_range(book):
    assert all(-10.0 <= c.goldstein <= 10.0 for c in book.values())


def test_plover_types_and_modes_are_valid(book):
    for code, entry in book.items():
        if entry.plover_type is not None:
            assert entry.plover_type in cameo.PLOVER_TYPES, code
        if entry.plover_mode is not None:
            assert entry.plover_mode in PLOVER_MODES.get(entry.plover_type, set()), code
    # Root 01 has no PLOVER type; appeals (02) are REQUEST like demands (10); everything else is mapped.
    for code, entry in book.items():
        assert (entry.plover_type is None) == (entry.root == "01"), code
        if entry.root == "02":
            assert entry.plover_type == "REQUEST", code


@pytest.mark.parametrize(
    ("code", "words", "goldstein", "quad", "plover"),
    [
        ("010", "statement", 0.0, 1, None),
        ("040", "consult", 1.0, 1, "CONSULT"),
        ("0256", "de-escalate", -0.3, 1, "REQUEST"),
        ("057", "agreement", 8.0, 1, "SUPPORT"),
        ("0871", "ceasefire", 9.0, 2, "RETREAT"),
        ("0874", "surrender", 10.0, 2, "RETREAT"),
        ("130", "threaten", -4.4, 3, "THREATEN"),
        ("145", "riot", -7.5, 3, "PROTEST"),
        ("173", "arrest", -5.0, 4, "COERCE"),
        ("190", "conventional military force", -10.0, 4, "ASSAULT"),
    ],
)
def test_known_facts(book, code, words, goldstein, quad, plover):
    entry = book[code]
    assert words in entry.name.lower()
    assert entry.goldstein == goldstein
    assert entry.quad_class == quad
    assert entry.plover_type == plover


def test_known_plover_modes(book):
    assert (book["041"].plover_type, book["041"].plover_mode) == ("CONSULT", "phone")
    assert (book["0871"].plover_type, book["0871"].plover_mode) == ("RETREAT", "ceasefire")
    # departures from the 2021 table, after PLOVER's own codebook (see the header of cameo.tsv)
    assert (book["163"].plover_type, book["163"].plover_mode) == ("SANCTION", "discontinue")
    assert (book["0831"].plover_type, book["0831"].plover_mode) == ("RETREAT", "resign")
    assert (book["1823"].plover_type, book["1823"].plover_mode) == ("ASSAULT", None)


# --- the loader -------------------------------------------------------------------------------


def test_lookup_exact_and_fallback():
    assert cameo.lookup("0256").code == "0256"
    assert cameo.lookup("0259").code == "025"  # unknown 4-digit -> its 3-digit parent
    assert cameo.lookup("029").code == "02"  # unknown 3-digit -> root
    assert cameo.lookup("0299").code == "02"  # two levels up
    assert cameo.lookup(" 190 ").code == "190"
    assert cameo.lookup("19").name


@pytest.mark.parametrize("bad", ["", "21", "00", "9", "abc", "2x", "-10"])
def test_lookup_unknown_raises(bad):
    with pytest.raises(KeyError):
        cameo.lookup(bad)


def test_root():
    assert cameo.root("1823") == "18"
    assert cameo.root("04") == "04"
    assert cameo.root("0256") == "02"
    with pytest.raises(ValueError):
        cameo.root("21")
    with pytest.raises(ValueError):
        cameo.root("x1")


def test_codebook_is_cached():
    assert cameo.codebook() is cameo.codebook()


GOOD = [(1, "04\tConsult\t1.0\t1\tCONSULT\t"), (2, "040\tConsult (general)\t1.0\t1\tCONSULT\t")]


def test_parse_good_rows():
    book = cameo.parse(GOOD)
    assert set(book) == {"04", "040"}
    assert book["040"].plover_mode is None


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("041\tPhone\t1.0\t1\tCONSULT", "columns"),
        ("4x1\tPhone\t1.0\t1\tCONSULT\tphone", "not a CAMEO code"),
        ("211\tPhone\t1.0\t1\tCONSULT\tphone", "not a CAMEO code"),
        ("040\tDuplicate\t1.0\t1\tCONSULT\t", "already given on line 2"),
        ("041\t\t1.0\t1\tCONSULT\tphone", "no name"),
        ("041\tPhone\tone\t1\tCONSULT\tphone", "not a number"),
        ("041\tPhone\t11\t1\tCONSULT\tphone", "outside"),
        ("041\tPhone\t1.0\tI\tCONSULT\tphone", "quad class"),
        ("041\tPhone\t1.0\t3\tCONSULT\tphone", "root 04 is in 1"),
        ("041\tPhone\t1.0\t1\tDISCUSS\tphone", "not a PLOVER event type"),
        ("041\tPhone\t1.0\t1\t\tphone", "without a PLOVER type"),
        ("0411\tPhone\t1.0\t1\tCONSULT\tphone", None),  # parent 041 missing: checked after reading
    ],
)
def test_parse_malformed_row_names_the_line(row, message):
    with pytest.raises(ConfigError) as info:
        cameo.parse([*GOOD, (7, row)], origin="cameo.tsv")
    assert "cameo.tsv line 7" in str(info.value)
    if message:
        assert message in str(info.value)
    else:
        assert "no parent 041" in str(info.value)


# --- against the reference tables --------------------------------------------------------------


def _reference_rows():
    if not REFERENCE.is_file():
        pytest.skip(f"reference codebook not present: {REFERENCE}")
    with REFERENCE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_matches_reference_goldstein_and_quad_class(book):
    rows = _reference_rows()
    disagreements = []
    for row in rows:
        code = row["code"]
        if code not in book:
            disagreements.append(f"{code}: missing from ours")
            continue
        ours = book[code]
        # GDELT's table has no row for 1213; the merged reference then only has ICEWS's value.
        reference_goldstein = float(row["goldstein_gdelt"] or row["goldstein_icews"])
        if ours.goldstein != reference_goldstein:
            disagreements.append(f"{code}: Goldstein {ours.goldstein} vs reference {reference_goldstein}")
        if ours.quad_class != int(row["quad_gdelt"]):
            disagreements.append(f"{code}: quad class {ours.quad_class} vs reference {row['quad_gdelt']}")
    assert not disagreements, "\n".join(disagreements)
    extra = set(book) - {row["code"] for row in rows}
    assert extra == {"1214"}  # in PLOVER's 2021 table and the CAMEO code file, not in GDELT/ICEWS


def test_matches_reference_plover_mapping(book):
    disagreements = []
    for row in _reference_rows():
        code = row["code"]
        reference = (row["plover_event"], row["plover_mode"])
        ours = (book[code].plover_type or "", book[code].plover_mode or "")
        if code in PLOVER_DEPARTURES:
            assert reference == PLOVER_DEPARTURES[code], code
            continue
        if code.startswith("02"):
            # the 2021 table has no appeal rows; telex maps them to REQUEST (see cameo.tsv's header)
            assert reference == ("", "") and ours[0] == "REQUEST", code
            continue
        if ours != reference:
            disagreements.append(f"{code}: ours {ours} vs reference {reference}")
    assert not disagreements, "\n".join(disagreements)
