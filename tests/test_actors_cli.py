"""`telex actors`: importing PETRARCH/Phoenix actor dictionaries, looking names up, listing actors.

The dictionary below is written for these tests (invented people and organisation); it follows the
layout of the Phoenix actor files: entry line, '+' aliases, indented dated codes.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from telex import kb
from telex.cli import app
from telex.kb_import import (
    CodeParts,
    DateRangeError,
    cameo_code,
    display_name,
    parse_date_range,
    parse_dictionary_date,
    parse_phoenix,
    read_phoenix,
    split_code,
)

runner = CliRunner()

DICTIONARY = """\
# Test actors for telex, written for its test suite.
# Nobody here exists.

INGRID_TESTDAL_  # an invented Norwegian politician
+MINISTER_TESTDAL_
+I._TESTDAL_
\t[NORLEG 900101-991231]
\t[NORGOV 20000101-041231]
\t[NORMIL 0501011-060101]   # seven digits: malformed
\t[NORELI >100101]

ATLANTIC_TEST_COUNCIL_ [IGOATC]  # an invented IGO
+ATC_

NAMELESS_COMMITTEE_
+COMMITTEE_WITH_NO_CODE_
"""
MALFORMED_LINE = 9  # the [NORMIL 0501011-060101] line above


@pytest.fixture()
def actors_dir(tmp_path, monkeypatch):
    folder = tmp_path / "actors"
    monkeypatch.setenv("TELEX_ACTORS_DIR", str(folder))
    yield folder
    kb._build.cache_clear()


@pytest.fixture()
def imported(tmp_path, actors_dir):
    source = tmp_path / "Test.Countries.actors.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    result = runner.invoke(app, ["actors", "import", str(source)])
    assert result.exit_code == 0, result.output
    return result


def _lookup(*args: str) -> dict:
    result = runner.invoke(app, ["actors", "lookup", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_import_writes_the_user_folder_and_reports_counts(imported, actors_dir):
    assert DICTIONARY.splitlines()[MALFORMED_LINE - 1].strip().startswith("[NORMIL 0501011")
    out = imported.stdout
    # Testdal (3 terms, 2 aliases) and the council (1 term, 1 alias); the committee has no code
    assert "Imported 2 actors (4 terms, 3 aliases)" in out
    assert f"line {MALFORMED_LINE}:" in out and "0501011" in out and "7 digits" in out
    assert "Nameless Committee" in out and "no code" in out
    written = actors_dir / "test-countries.tsv"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Actors imported by `telex actors import` from Test.Countries.actors.txt")
    assert "# | Nobody here exists." in text  # the source's own header (licence, provenance) is kept
    rows = kb.read_actor_file(written)
    assert {row[0] for row in rows} == {"test-countries:ingrid-testdal", "test-countries:atlantic-test-council"}


def test_lookup_on_an_alias_gives_the_term_of_that_day(imported):
    found = _lookup("Minister Testdal", "--date", "2002-06-01")
    actor = found["actor"]
    assert actor["id"] == "test-countries:ingrid-testdal"
    assert actor["name"] == "Ingrid Testdal" and actor["kind"] == "person"
    assert actor["in_force"] is True
    assert actor["term"] == {
        "country": "NOR", "org": None, "sectors": ["GOV"], "role": None,
        "start": "2000-01-01", "end": "2004-12-31", "code": "NORGOV",
    }
    # the open range: from 2010 on
    assert _lookup("I. Testdal", "--date", "2015-03-01")["actor"]["term"]["code"] == "NORELI"


def test_lookup_outside_every_term_falls_back_as_the_kb_does(imported):
    day = date(2007, 6, 1)  # between the 2004 term's end and the open range from 2010
    entry = kb.get_kb().actors["test-countries:ingrid-testdal"]
    expected = entry.term_on(day)  # KBActor.term_on: none in force -> the latest term
    assert expected is not None and not expected.holds_on(day)
    actor = _lookup("Ingrid Testdal", "--date", day.isoformat())["actor"]
    assert actor["in_force"] is False
    assert actor["term"]["start"] == expected.start.isoformat() == "2010-01-01"
    assert actor["term"]["code"] == "NORELI"
    table = runner.invoke(app, ["actors", "lookup", "Ingrid Testdal", "--date", day.isoformat()])
    assert table.exit_code == 0 and "no term covers 2007-06-01" in table.stdout


def test_lookup_of_an_igo_with_an_inline_code(imported):
    actor = _lookup("ATC")["actor"]
    assert actor["name"] == "Atlantic Test Council" and actor["kind"] == "org"
    assert actor["term"]["sectors"] == ["IGO"] and actor["term"]["code"] == "IGOATC"


def test_lookup_of_unknown_and_skipped_names_exits_1(imported):
    for name in ("Nameless Committee", "Committee With No Code", "Xqzzy Plonk"):
        result = runner.invoke(app, ["actors", "lookup", name])
        assert result.exit_code == 1, name
        assert "nothing known" in result.stderr


def test_lookup_says_when_a_name_is_a_country_demonym_or_capital(actors_dir):
    assert _lookup("Norway")["places"][0]["as"] == "country"
    assert _lookup("Norwegian")["places"][0] == {"as": "demonym", "iso3": "NOR", "country": "Norway"}
    assert _lookup("Oslo")["places"][0]["as"] == "capital"


def test_lookup_rejects_a_bad_date(actors_dir):
    result = runner.invoke(app, ["actors", "lookup", "Norway", "--date", "1/2/2003"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_import_of_a_missing_file_exits_1(actors_dir, tmp_path):
    result = runner.invoke(app, ["actors", "import", str(tmp_path / "nope.actors.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr
    assert not actors_dir.exists() or not list(actors_dir.iterdir())


def test_import_with_a_name_and_list_by_source(actors_dir, tmp_path):
    source = tmp_path / "mine.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    result = runner.invoke(app, ["actors", "import", str(source), "--name", "my-set"])
    assert result.exit_code == 0, result.output
    assert (actors_dir / "my-set.tsv").is_file()
    listed = runner.invoke(app, ["actors", "list", "--source", "user"])
    assert listed.exit_code == 0
    ids = sorted(line.split("\t")[0] for line in listed.stdout.splitlines())
    assert ids == ["my-set:atlantic-test-council", "my-set:ingrid-testdal"]
    builtin = runner.invoke(app, ["actors", "list", "--source", "built-in"]).stdout
    assert "my-set:" not in builtin and "vladimir-putin\tperson" in builtin


# -- the reader, unit by unit --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("", (None, None)),
        ("900101-991231", (date(1990, 1, 1), date(1999, 12, 31))),
        ("20000101-041231", (date(2000, 1, 1), date(2004, 12, 31))),
        ("19411207-19450902", (date(1941, 12, 7), date(1945, 9, 2))),
        (">080508", (date(2008, 5, 8), None)),
        ("> 140608", (date(2014, 6, 8), None)),
        (">20120101", (date(2012, 1, 1), None)),
        ("<061231", (None, date(2006, 12, 31))),
        ("<19990101", (None, date(1999, 1, 1))),
        ("290101-300101", None),  # 2029 to 1930: ends before it starts
    ],
)
def test_parse_date_range(text, expected):
    if expected is None:
        with pytest.raises(DateRangeError):
            parse_date_range(text)
    else:
        assert parse_date_range(text) == expected


@pytest.mark.parametrize(
    "text",
    ["0501011-060101", ">201005011", "1920030320-20060520", "20121204", "20100931-20101231", "20121207-20120802", ">", "a1b2c3-010101"],
)
def test_parse_date_range_rejects_malformed(text):
    with pytest.raises(DateRangeError):
        parse_date_range(text)


@pytest.mark.parametrize(
    "text, expected",
    [("000101", date(2000, 1, 1)), ("291231", date(2029, 12, 31)), ("300101", date(1930, 1, 1)), ("991231", date(1999, 12, 31))],
)
def test_two_digit_years_pivot_at_30(text, expected):
    assert parse_dictionary_date(text) == expected


@pytest.mark.parametrize(
    "code, parts, cameo",
    [
        ("RUSGOV", CodeParts("RUS", None, ("GOV",)), "RUSGOV"),
        ("USAMIL", CodeParts("USA", None, ("MIL",)), "USAMIL"),
        ("RUSELI", CodeParts("RUS", None, ("ELI",)), "RUSELI"),
        ("KORGOVBUS", CodeParts("KOR", None, ("GOV", "BUS")), "KORGOV"),
        ("AFG", CodeParts("AFG", None, ()), "AFG"),
        ("IGOUNO", CodeParts(None, "IGOUNO", ("IGO",)), "IGOUNO"),
        ("NGOHRW", CodeParts(None, "NGOHRW", ("NGO",)), "NGOHRW"),
        ("IMGMUSALQ", CodeParts(None, "IMGMUSALQ", ("REB",)), "IMGMUSALQ"),
        ("MNCUSA", CodeParts(None, "MNCUSA", ("BUS",)), "MNCUSA"),
        ("PSEREBHMS", CodeParts("PSE", "PSEREBHMS", ("REB",)), "PSEREB"),  # HMS is no sector: code kept
        ("KSVGOV", CodeParts("XKX", "KSVGOV", ("GOV",)), "XKXGOV"),  # CAMEO's Kosovo is ISO's XKX
        ("MEAREB", CodeParts(None, "MEAREB", ("REB",)), "MEAREB"),  # a region, no country
        ("ELI", CodeParts(None, None, ("ELI",)), "ELI"),
        ("rusgov", CodeParts("RUS", None, ("GOV",)), "RUSGOV"),
    ],
)
def test_split_code(code, parts, cameo):
    assert split_code(code) == parts
    assert cameo_code(parts.country, parts.org, parts.sectors) == cameo


def test_cameo_code_of_built_in_organisations():
    # the CAMEO codebook's codes (knowledge/organisations.tsv), not IGO + telex's short code
    assert cameo_code(None, "UN", ("IGO",)) == "IGOUNO"
    assert cameo_code(None, "NATO", ("IGO",)) == "IGOWSTNAT"
    assert cameo_code(None, "EU", ("IGO",)) == "IGOEUREEC"
    assert cameo_code(None, "Amnesty", ("NGO",)) == "NGOHRIAMN"
    assert cameo_code(None, "WTO", ("IGO",)) == "IGOWTO"  # not in the table: IGO + its own code
    assert cameo_code(None, None, ()) is None


def test_reader_details():
    lines = [
        "# header",
        "JANE_Q._EXAMPLE_\t[USAGOV 010120-050120] [IGOXYZ >050501]  # inline dated codes, International style",
        "ROGUE_BAND_ [INTREB]",
        "\tROGUE_GANG_\t[INTREB]   # an indented name: read as an alias",
        "ROGUE_BAND_ [---]",
        "UN_ [IGOUNO]",
        "U.N._ [IGOUNO]",
        "+U.N._",
    ]
    rows, warnings = parse_phoenix(lines, "t")
    by_id = {}
    for row in rows:
        by_id.setdefault(row["id"], []).append(row)
    assert set(by_id) == {"t:jane-q-example", "t:rogue-band", "t:un", "t:un-2"}
    jane = by_id["t:jane-q-example"]
    assert jane[0]["name"] == "Jane Q. Example" and jane[0]["kind"] == "person"
    assert [(r["country"], r["org"], r["start"], r["end"]) for r in jane] == [
        ("USA", "", "2001-01-20", "2005-01-20"),
        ("", "IGOXYZ", "2005-05-01", ""),
    ]
    band = by_id["t:rogue-band"]
    assert band[0]["kind"] == "group" and band[0]["aliases"] == "Rogue Gang"
    assert any("line 4" in w and "alias" in w for w in warnings)
    assert any("line 5" in w and "null code" in w for w in warnings)
    assert by_id["t:un"][0]["name"] == "UN" and by_id["t:un-2"][0]["aliases"] == ""  # alias = name: dropped
    assert all(list(row) == list(kb.ACTOR_COLUMNS) for row in rows)


def test_display_names():
    assert display_name("VLADIMIR_V._PUTIN_") == "Vladimir V. Putin"
    assert display_name("NATIONAL_PEOPLE'S_CONGRESS") == "National People's Congress"
    assert display_name("THE_UNITED_NATIONS_") == "The United Nations"
    assert display_name("JOHN_J_MCCLOY_") == "John J McCloy"
    assert display_name("NATO_") == "NATO"


def test_read_phoenix_on_a_file(tmp_path):
    path = tmp_path / "Mine.International.actors.txt"
    path.write_bytes("CAF\xc9_EXEMPLE_ [FRABUS]\n".encode("latin-1"))  # not UTF-8: read as Latin-1
    rows, warnings = read_phoenix(path)
    assert warnings == []
    assert rows[0]["id"] == "mine-international:cafe-exemple" and rows[0]["name"] == "Café Exemple"


def test_every_organisation_code_names_an_organisation_of_the_actors_table():
    from telex.kb import _org_codes, get_kb

    orgs = {t.org.upper() for a in get_kb().actors.values() for t in a.terms if t.org and a.source == "built-in"}
    assert set(_org_codes()) <= orgs, set(_org_codes()) - orgs
