"""telex query, export, stats and errors over a small database built without the model."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import duckdb
import pytest
from typer.testing import CliRunner

from store_helpers import fake_analysis
from telex.cli import app
from telex.records import Article, Failure, Quote
from telex.store import dedup, merge
from telex.store.db import connect, write_batch
from telex.store.export import GDELT2_COLUMNS

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.duckdb"
    con = connect(path)
    texts = [
        ("Paris\n\nThe leaders of DEU and FRA met in Paris on 2023-03-09.", date(2023, 3, 10), "Courier", "https://c.example/1"),
        ("Elysee\n\nFRA hosted DEU for talks on 2023-03-09, aides said.", date(2023, 3, 10), "Post", "https://p.example/2"),
        ("Kyiv\n\nUSA and UKR officials talked on 2023-04-02.", date(2023, 4, 3), "Courier", "https://c.example/3"),
    ]
    analyses = [fake_analysis(Article(text=t, published=p, source=s, url=u)) for t, p, s, u in texts]
    write_batch(con, analyses, [Failure(error="line 4 is not JSON", code="E105", origin="c.jsonl:4")],
                {a.article.id: dedup.signature(dedup.story_text(a)) for a in analyses})
    merge.recompute(con)
    con.close()
    return str(path)


def _json(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_query_events_gives_clusters_by_default_and_raw_on_request(db):
    clusters = _json(["query", "events", "--db", db, "--format", "json"])
    assert sorted(c["n_articles"] for c in clusters) == [1, 2]
    raw = _json(["query", "events", "--db", db, "--raw", "--format", "json"])
    assert len(raw) == 3


@pytest.mark.parametrize(
    "args, articles",
    [
        (["--actor", "Leader of DEU"], [2]),
        (["--actor", "USAGOV"], [1]),
        (["--country", "ukr"], [1]),
        (["--cameo", "04", "--plover", "consult"], [1, 2]),
        (["--cameo", "19"], []),
        (["--since", "2023-04-01"], [1]),
        (["--until", "2023-03-31"], [2]),
        (["--text", "hosted"], [2]),
        (["--source", "post"], [2]),
    ],
)
def test_query_events_filters(db, args, articles):
    clusters = _json(["query", "events", "--db", db, "--format", "json", *args])
    assert sorted(c["n_articles"] for c in clusters) == articles


def test_query_sort_limit_and_formats(db):
    rows = _json(["query", "events", "--db", db, "--format", "json", "--sort", "-articles", "--limit", "1"])
    assert [r["n_articles"] for r in rows] == [2]
    result = runner.invoke(app, ["query", "events", "--db", db, "--format", "csv"])
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 2
    result = runner.invoke(app, ["query", "events", "--db", db, "--format", "jsonl"])
    assert len(result.stdout.splitlines()) == 2
    result = runner.invoke(app, ["query", "events", "--db", db])
    assert result.exit_code == 0 and "Leader of DEU" in result.stdout
    result = runner.invoke(app, ["query", "events", "--db", db, "--sort", "colour"])
    assert result.exit_code == 2 and "cannot sort" in result.output


def test_query_actors_and_quotes(db):
    actors = _json(["query", "actors", "--db", db, "--format", "json", "--country", "DEU"])
    assert actors == [{"name": "Leader of DEU", "country": "DEU", "code": None, "kind": "person", "articles": 2, "mentions": 2}]
    assert _json(["query", "quotes", "--db", db, "--format", "json"]) == []


def test_query_quotes_by_what_the_attribution_reports(tmp_path):
    path = str(tmp_path / "q.duckdb")
    text = "Kyiv\n\nUKR said talks failed. UKR believes the deal is dead. UKR wants a truce."
    said, believes, wants = (text.index(w) for w in ("talks failed", "the deal", "a truce"))
    quotes = [
        Quote(text="talks failed", span=(said, said + 12), kind="indirect", speaker="a1", cue="said", cue_type="speech"),
        Quote(text="the deal is dead", span=(believes, believes + 16), kind="indirect", speaker="a1", cue="believes",
              cue_type="thought"),
        Quote(text="a truce", span=(wants, wants + 7), kind="indirect", speaker="a1", cue="wants", cue_type="stance"),
    ]
    analysis = fake_analysis(Article(text=text, published=date(2023, 4, 3))).model_copy(update={"quotes": quotes})
    con = connect(path)
    write_batch(con, [analysis])
    con.close()
    rows = _json(["query", "quotes", "--db", path, "--format", "json", "--cue-type", "speech"])
    assert [(r["text"], r["cue_type"], r["speaker"]) for r in rows] == [("talks failed", "speech", "Leader of UKR")]
    rows = _json(["query", "quotes", "--db", path, "--format", "json", "--cue-type", "thought,stance", "--sort", "article"])
    assert sorted(r["cue"] for r in rows) == ["believes", "wants"]
    result = runner.invoke(app, ["query", "quotes", "--db", path, "--cue-type", "rumour"])
    assert result.exit_code == 2 and "unknown cue type rumour" in result.output


def test_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such database" in result.stderr


def test_stats_and_errors(db):
    stats = _json(["stats", "--db", db, "--format", "json"])
    assert (stats["articles"], stats["events"], stats["clusters"], stats["errors"]) == (3, 3, 2, 1)
    assert stats["clusters_by_month"] == [{"month": "2023-03", "clusters": 1, "events": 2},
                                          {"month": "2023-04", "clusters": 1, "events": 1}]
    assert stats["top_actor_pairs"][0]["pair"] in ("DEU – FRA", "UKR – USA")
    assert runner.invoke(app, ["stats", "--db", db]).exit_code == 0
    errors = _json(["errors", "--db", db, "--format", "json"])
    assert errors == [{"origin": "c.jsonl:4", "input_id": None, "code": "E105", "skipped": False, "error": "line 4 is not JSON"}]


def test_export_formats(db, tmp_path):
    result = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 2 and all(line["members"] for line in lines)
    out = tmp_path / "c.parquet"
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(out)]).exit_code == 0
    assert duckdb.sql(f"SELECT count(*) FROM '{out}'").fetchone()[0] == 2
    raw = tmp_path / "e.csv"
    assert runner.invoke(app, ["export", "--db", db, "--format", "csv", "--raw", "-o", str(raw)]).exit_code == 0
    assert len(list(csv.DictReader(raw.open()))) == 3
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet"]).exit_code == 2


def test_export_gdelt_has_the_61_columns(db):
    assert len(GDELT2_COLUMNS) == 61 and GDELT2_COLUMNS[0] == "GLOBALEVENTID" and GDELT2_COLUMNS[-1] == "SOURCEURL"
    result = runner.invoke(app, ["export", "--db", db, "--format", "gdelt", "--header"])
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert len(rows) == 2 and list(rows[0]) == list(GDELT2_COLUMNS)
    merged = next(r for r in rows if r["NumArticles"] == "2")
    assert merged["SQLDATE"] == "20230309" and merged["EventRootCode"] == "04" and merged["EventCode"] == "040"
    assert {merged["Actor1CountryCode"], merged["Actor2CountryCode"]} == {"DEU", "FRA"}
    assert merged["Actor1Type1Code"] == "GOV" and merged["NumSources"] == "2"
    assert merged["SOURCEURL"] in ("https://c.example/1", "https://p.example/2")
    plain = runner.invoke(app, ["export", "--db", db, "--format", "gdelt"]).stdout.splitlines()
    assert len(plain) == 2 and all(len(line.split("\t")) == 61 for line in plain)


@pytest.mark.parametrize("code, expected", [
    # as GDELT 2.0 writes these organisations: region in CountryCode, the organisation in KnownGroupCode
    ("IGOEUREEC", {"CountryCode": "EUR", "KnownGroupCode": "EEC", "Type1Code": "IGO", "Type2Code": ""}),
    ("IGOUNOREFHCR", {"CountryCode": "", "KnownGroupCode": "UNO", "Type1Code": "IGO", "Type2Code": "REF"}),
    ("IGOWSTNAT", {"CountryCode": "WST", "KnownGroupCode": "NAT", "Type1Code": "IGO", "Type2Code": ""}),
    ("USAGOV", {"CountryCode": "USA", "KnownGroupCode": "", "Type1Code": "GOV", "Type2Code": ""}),
])
def test_gdelt_actor_columns_of_an_organisation(code, expected):
    from telex.store.export import _actor_parts

    parts = _actor_parts(code, "USA" if code.startswith("USA") else None)
    assert {k: parts[k] for k in expected} == expected and parts["Code"] == code
