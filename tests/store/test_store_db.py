"""The database layer: migrations, idempotent transactional writes, records read back unchanged."""

from __future__ import annotations

from datetime import date
from importlib import resources

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store_helpers import fake_analysis
from telex.records import (
    Actor, Amount, Analysis, Article, DateMention, DateValue, Event, EventPlace, Evidence, Excluded, Failure,
    Place, Plover, Quote,
)
from telex.store.db import MIGRATIONS, StoreError, connect, content, load_analysis, migrate, schema_version, write_batch


@pytest.fixture
def con():
    c = connect(":memory:")
    yield c
    c.close()


def _article(text, **kw):
    return Article(text=text, **kw)


def test_schema_is_versioned_and_migrating_twice_changes_nothing(con):
    assert schema_version(con) == MIGRATIONS[-1][0]
    assert migrate(con) == []
    assert con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall() == [
        (1, "initial schema"), (2, "quote cue types")
    ]


def test_a_version_1_database_gains_quote_cue_types_and_keeps_its_rows(tmp_path):
    path = tmp_path / "v1.duckdb"
    c = duckdb.connect(str(path))  # as telex before version 2 left it
    c.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    c.execute(resources.files("telex.store").joinpath(MIGRATIONS[0][2]).read_text(encoding="utf-8"))
    c.execute("INSERT INTO schema_migrations (version, name) VALUES (1, 'initial schema')")
    c.execute("INSERT INTO quotes (article_id, idx, text, kind, cue) VALUES ('old', 0, 'We stand firm', 'direct', 'said')")
    c.close()
    con = connect(path)
    assert schema_version(con) == 2
    assert con.execute("SELECT text, kind, cue, cue_type FROM quotes").fetchall() == [("We stand firm", "direct", "said", None)]
    con.close()


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    c = connect(path)
    c.execute("INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')")
    c.close()
    with pytest.raises(StoreError, match="newer"):
        connect(path)


def test_read_only_refuses_a_file_that_is_not_a_telex_database(tmp_path):
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="not a telex database"):
        connect(path, read_only=True)


def test_same_batch_twice_adds_nothing(con):
    a = fake_analysis(_article("DEU and FRA leaders met on 2023-03-09.", published=date(2023, 3, 10)))
    failure = Failure(error="no text", code="E105", origin="c.jsonl:3")
    assert write_batch(con, [a], [failure]) == 1
    before = content(con)
    assert write_batch(con, [a, a], [failure]) == 0
    assert content(con) == before
    assert con.execute("SELECT count(*) FROM errors").fetchone()[0] == 1


def test_failed_batch_is_rolled_back(con):
    good = fake_analysis(_article("DEU and FRA leaders met on 2023-03-09."))

    class Boom(Exception):
        pass

    class Exploding(list):
        def __iter__(self):
            yield from super().__iter__()
            raise Boom

    with pytest.raises(Boom):
        write_batch(con, [good], Exploding([Failure(error="x", code="E105")]))
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_full_analysis_round_trips(con):
    text = "Kyiv talks\n\nUS defence secretary Lloyd Austin met Ukraine's minister in Kyiv on Friday. “We stand firm,” he said of $40bn."
    analysis = Analysis(
        article=_article(text, title="Kyiv talks", published=date(2022, 5, 13), source="Wire", url="https://w.example/1",
                         language="en", input_id="n1", origin="c.jsonl:1", format="jsonl", title_span=(0, 10),
                         published_from="jsonl", warnings=["decoded as cp1252"]),
        actors=[Actor(id="a1", name="Lloyd Austin", country="USA", sectors=["GOV", "MIL"], role="defence secretary",
                      mentions=[(34, 46), (96, 98)]),
                Actor(id="a2", name="minister", kind="person", country="UKR", anonymous=True, kb_id="kb:1")],
        quotes=[Quote(text="We stand firm", span=(82, 95), kind="direct", speaker="a1", speaker_span=(96, 98), cue="said",
                      cue_type="speech", sentence=1)],
        events=[Event(source="a1", target="a2", source_code="USAGOV", target_code="UKRGOV", cameo="040",
                      plover=Plover(type="CONSULT", mode="in-person"), goldstein=1.0, quad_class=1,
                      date=DateValue(value="2022-05-13", precision="day", text="on Friday"),
                      place=EventPlace(name="Kyiv", country="UKR", lat=50.45, lon=30.52),
                      amounts=[Amount(text="$40bn", span=(107, 112), value=4e10, unit="USD", counts=None)],
                      modality="reported", reported_by="a1", evidence=Evidence(span=(12, 80), sentence=0),
                      confidence=0.8)],
        dates=[DateMention(text="on Friday", span=(70, 79), value="2022-05-13", precision="day")],
        places=[Place(text="Kyiv", span=(66, 70), name="Kyiv", country="UKR", lat=50.45, lon=30.52, feature="city",
                      gazetteer_id="703448")],
        amounts=[Amount(text="$40bn", span=(107, 112), value=4e10, unit="USD", counts="aid")],
        excluded=[Excluded(span=(0, 10), text="Kyiv talks", kind="dateline")],
        sentences=[(12, 80), (81, 113)],
    )
    write_batch(con, [analysis])
    assert load_analysis(con, analysis.article.id) == analysis
    assert load_analysis(con, "nope") is None


# -- property: whatever is written reads back unchanged -------------------------------------------------

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
_opt = lambda s: st.none() | s  # noqa: E731
_span = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))
_float = st.floats(allow_nan=False, allow_infinity=False, width=64)

_actor = st.builds(
    Actor, id=st.text(min_size=1, max_size=5), name=_text, kind=st.sampled_from(["person", "org", "country", "group"]),
    country=_opt(_text), code=_opt(_text), sectors=st.lists(_text, max_size=3), role=_opt(_text),
    anonymous=st.booleans(), kb_id=_opt(_text), mentions=st.lists(_span, max_size=3),
)
_amount = st.builds(Amount, text=_text, span=_span, value=_float, unit=_text, counts=_opt(_text))
_event = st.builds(
    Event, source=_opt(_text), target=_opt(_text), source_code=_opt(_text), target_code=_opt(_text),
    cameo=st.from_regex(r"\A(0[1-9]|1[0-9]|20)[0-9]{0,2}\Z"), plover=_opt(st.builds(Plover, type=_text, mode=_opt(_text))),
    goldstein=_opt(_float), quad_class=_opt(st.integers(1, 4)),
    date=_opt(st.builds(DateValue, value=_text, precision=st.sampled_from(["day", "month", "publication"]), text=_opt(_text))),
    place=_opt(st.builds(EventPlace, name=_text, country=_opt(_text), lat=_opt(_float), lon=_opt(_float))),
    amounts=st.lists(_amount, max_size=2), negated=st.booleans(),
    modality=st.sampled_from(["asserted", "intended", "hypothetical", "reported"]), reported_by=_opt(_text),
    evidence=st.builds(Evidence, span=_span, sentence=st.integers(0, 500)), confidence=_float,
)
_analysis = st.builds(
    Analysis,
    article=st.builds(Article, text=st.text(min_size=1, max_size=200).filter(lambda t: "\x00" not in t and not any(0xD800 <= ord(c) <= 0xDFFF for c in t)),
                      title=_opt(_text), published=_opt(st.dates(date(1900, 1, 1), date(2100, 1, 1))),
                      source=_opt(_text), url=_opt(_text), language=_opt(_text), input_id=_opt(_text),
                      origin=_opt(_text), format=_opt(st.sampled_from(["text", "html", "feed", "jsonl", "warc", "api"])),
                      title_span=_opt(_span), published_from=_opt(_text), warnings=st.lists(_text, max_size=2)),
    actors=st.lists(_actor, max_size=3),
    quotes=st.lists(st.builds(Quote, text=_text, span=_span, kind=st.sampled_from(["direct", "fragment", "indirect", "term"]),
                              speaker=_opt(_text), speaker_span=_opt(_span), cue=_opt(_text),
                              cue_type=_opt(st.sampled_from(["speech", "thought", "stance", "finding"])),
                              sentence=_opt(st.integers(0, 500))), max_size=2),
    events=st.lists(_event, max_size=3),
    dates=st.lists(st.builds(DateMention, text=_text, span=_span, value=_text,
                             precision=st.sampled_from(["day", "week", "decade", "reference"])), max_size=2),
    places=st.lists(st.builds(Place, text=_text, span=_span, name=_text, country=_opt(_text), lat=_opt(_float),
                              lon=_opt(_float), feature=_opt(_text), gazetteer_id=_opt(_text)), max_size=2),
    amounts=st.lists(_amount, max_size=2),
    excluded=st.lists(st.builds(Excluded, span=_span, text=_text, kind=st.sampled_from(["credit", "furniture", "dateline"])),
                      max_size=2),
    sentences=st.lists(_span, max_size=3),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analysis=_analysis)
def test_any_analysis_written_and_read_back_is_unchanged(analysis):
    con = connect(":memory:")
    try:
        write_batch(con, [analysis])
        assert load_analysis(con, analysis.article.id) == analysis
        before = content(con)
        write_batch(con, [analysis])  # and writing it again changes nothing
        assert content(con) == before
    finally:
        con.close()


@settings(max_examples=30, deadline=None)
@given(failure=st.builds(Failure, error=_text, code=st.sampled_from(["E101", "E105", "E300"]), skipped=st.booleans(),
                         origin=_opt(_text), id=_opt(_text)))
def test_any_failure_is_stored_once_with_its_reason(failure):
    con = connect(":memory:")
    try:
        write_batch(con, [], [failure, failure])
        rows = con.execute("SELECT origin, input_id, code, error, skipped FROM errors").fetchall()
        assert rows == [(failure.origin, failure.id, failure.code, failure.error, failure.skipped)]
    finally:
        con.close()
