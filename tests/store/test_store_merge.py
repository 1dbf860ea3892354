"""Merging: reports of one meeting become one cluster, a meeting a week later another; duplicates count once."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from store_helpers import fake_analysis
from telex.cli import app
from telex.records import Article
from telex.store import dedup, merge
from telex.store.db import connect, write_batch

REPORT_A = ("Scholz meets Macron\n\nThe leaders of DEU and FRA met in Paris on 2023-03-09 to talk about energy prices "
            "and support for Ukraine. Officials called the talks constructive.")
REPORT_B = ("Leaders hold talks at the Elysee\n\nFRA hosted DEU for three hours of talks on 2023-03-09, officials said, "
            "with the war in Ukraine at the top of the agenda.")
WEEK_LATER = "Second round\n\nThe leaders of DEU and FRA met again in Berlin on 2023-03-16, a week after Paris."
WIRE_COPY = ("Paris summit: what we know\n\nThe leaders of DEU and FRA met in Paris on 2023-03-09 to talk about energy "
             "prices and support for Ukraine. Officials called the talks constructive.\n\nShare this article")


def _store(con, items):
    analyses = [fake_analysis(Article(text=t, published=p, source=s, url=u)) for t, p, s, u in items]
    signatures = {a.article.id: dedup.signature(dedup.story_text(a)) for a in analyses}
    write_batch(con, analyses, signatures=signatures)
    return merge.recompute(con)


ITEMS = [
    (REPORT_A, date(2023, 3, 10), "Daily Courier", "https://courier.example/a"),
    (REPORT_B, date(2023, 3, 11), "Evening Post", "https://post.example/b"),
    (WEEK_LATER, date(2023, 3, 16), "Daily Courier", "https://courier.example/c"),
    (WIRE_COPY, date(2023, 3, 11), "Aggregator", "https://agg.example/x"),
]


def _clusters(con):
    return con.execute(
        "SELECT first_date, n_articles, n_sources, n_events, urls FROM clusters ORDER BY first_date"
    ).fetchall()


def test_two_reports_of_one_meeting_merge_and_a_week_later_does_not():
    con = connect(":memory:")
    dups, n = _store(con, ITEMS)
    assert dups == 1 and n == 2
    # the wire copy is not counted again, but its URL is kept with the cluster it reported
    assert _clusters(con) == [
        (date(2023, 3, 9), 2, 2, 2, ["https://agg.example/x", "https://courier.example/a", "https://post.example/b"]),
        (date(2023, 3, 16), 1, 1, 1, ["https://courier.example/c"]),
    ]


def test_the_wire_copy_is_linked_to_the_earlier_report_and_not_counted():
    con = connect(":memory:")
    _store(con, ITEMS)
    a_id, wire_id = Article(text=REPORT_A).id, Article(text=WIRE_COPY).id
    assert con.execute("SELECT article_id, duplicate_of, similarity FROM article_duplicates").fetchall() == [
        (wire_id, a_id, 1.0)
    ]
    members = {r[0] for r in con.execute("SELECT article_id FROM cluster_events").fetchall()}
    assert wire_id not in members


def test_clusters_do_not_depend_on_ingestion_order():
    results = []
    for order in (ITEMS, ITEMS[::-1], [ITEMS[2], ITEMS[0], ITEMS[3], ITEMS[1]]):
        con = connect(":memory:")
        for item in order:  # one batch per article, as a slow stream would arrive
            _store(con, [item])
        results.append((
            sorted(con.execute("SELECT * FROM clusters").fetchall(), key=repr),
            sorted(con.execute("SELECT * FROM cluster_events").fetchall()),
            sorted(con.execute("SELECT * FROM article_duplicates").fetchall()),
        ))
    assert results[0] == results[1] == results[2]


def test_tolerance_is_counted_from_the_first_event_of_the_cluster():
    rows = [merge.EventRow(article_id=f"x{i}", idx=0, event_date=date(2023, 3, d), side_a="DEU", side_b="FRA",
                           root="04", negated=False, factual=True) for i, d in enumerate((1, 2, 3, 4, 5))]
    sizes = [len(c) for c in merge.cluster_rows(rows)]
    assert merge.DATE_TOLERANCE_DAYS == 2 and sizes == [3, 2]


@pytest.mark.parametrize("change", [{"negated": True}, {"factual": False}, {"root": "19"}, {"side_b": "RUS"}])
def test_events_that_differ_in_kind_stay_apart(change):
    base = dict(idx=0, event_date=date(2023, 3, 9), side_a="DEU", side_b="FRA", root="04", negated=False, factual=True)
    rows = [merge.EventRow(article_id="a", **base), merge.EventRow(article_id="b", **{**base, **change})]
    assert len(merge.cluster_rows(rows)) == 2


def test_direction_does_not_split_a_meeting():
    base = dict(idx=0, event_date=date(2023, 3, 9), root="04", negated=False, factual=True)
    rows = [merge.EventRow(article_id="a", side_a="DEU", side_b="FRA", **base),
            merge.EventRow(article_id="b", side_a="FRA", side_b="DEU", **base)]
    assert len(merge.cluster_rows(rows)) == 1


def test_rewritten_reports_are_not_near_duplicates():
    a = dedup.signature(dedup.story_text(fake_analysis(Article(text=REPORT_A))))
    b = dedup.signature(dedup.story_text(fake_analysis(Article(text=REPORT_B))))
    w = dedup.signature(dedup.story_text(fake_analysis(Article(text=WIRE_COPY))))
    assert dedup.similarity(a, w) == 1.0
    assert dedup.similarity(a, b) < 0.2


# -- with the real pipeline -------------------------------------------------------------------------------

MEETING_ONE = ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Thursday. The two "
               "leaders discussed energy prices and support for Ukraine. Scholz said the talks had been constructive.")
MEETING_TWO = ("French President Emmanuel Macron hosted German Chancellor Olaf Scholz for talks at the Elysee Palace on "
               "Thursday, officials said. Macron met Scholz for three hours to discuss the war in Ukraine.")
MEETING_LATER = ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Thursday, a week "
                 "after their talks in Paris.")


def test_real_reports_of_one_meeting_make_one_cluster_from_the_cli(nlp, tmp_path):
    corpus = tmp_path / "meetings.jsonl"
    rows = [
        {"id": "m1", "source": "Daily Courier", "url": "https://courier.example/a", "date": "2023-03-10", "text": MEETING_ONE},
        {"id": "m2", "source": "Evening Post", "url": "https://post.example/b", "date": "2023-03-11", "text": MEETING_TWO},
        {"id": "m3", "source": "Daily Courier", "url": "https://courier.example/c", "date": "2023-03-17", "text": MEETING_LATER},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = str(tmp_path / "t.duckdb")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["query", "events", "--db", db, "--cameo", "04", "--format", "json", "--sort", "date"])
    assert result.exit_code == 0, result.output
    clusters = json.loads(result.stdout)
    assert [(c["n_articles"], c["n_sources"]) for c in clusters] == [(2, 2), (1, 1)]
    first = clusters[0]
    assert first["urls"] == ["https://courier.example/a", "https://post.example/b"]
    assert {m["url"] for m in first["members"]} == set(first["urls"])
    assert all(m["evidence"] and m["evidence_end"] > m["evidence_start"] for m in first["members"])


def _row(article, idx, side_a, side_b, day, root="17"):
    return merge.EventRow(article_id=article, idx=idx, event_date=day, side_a=side_a, side_b=side_b,
                          root=root, negated=False, factual=True, cameo=root + "3")


def test_a_passive_restatement_with_no_agent_joins_its_articles_event():
    day = date(2023, 7, 28)
    rows = [
        _row("a1", 0, "BGD", "BGD", day),  # police arrested the opposition leader
        _row("a1", 1, None, "BGD", day),  # the leader was detained (no agent)
    ]
    clusters = merge.cluster_rows(rows)
    assert [[(m.article_id, m.idx) for m in c] for c in clusters] == [[("a1", 0), ("a1", 1)]]


def test_a_one_sided_event_stays_apart_from_other_articles_and_ambiguous_hosts():
    day = date(2023, 7, 28)
    other_article = merge.cluster_rows([_row("a1", 0, "BGD", "IND", day), _row("a2", 0, None, "BGD", day)])
    assert len(other_article) == 2
    two_hosts = merge.cluster_rows([_row("a1", 0, "BGD", "IND", day), _row("a1", 1, "BGD", "PAK", day),
                                    _row("a1", 2, None, "BGD", day)])
    assert len(two_hosts) == 3
    week_later = merge.cluster_rows([_row("a1", 0, "BGD", "IND", day), _row("a1", 1, None, "BGD", date(2023, 8, 5))])
    assert len(week_later) == 2
