"""The accuracy gate's scorers and the gate itself, on gold dicts and Analyses written by hand (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from telex.cli import app
from telex.eval import gate
from telex.eval.events import (
    Triple,
    match_triples,
    plover_records,
    plover_type,
    score_petrarch_gsr,
    score_plover_gsr,
    score_seed_events,
)
from telex.eval.quotes import match, polnear_article, score_polnear, score_polnear_article, speaker_right
from telex.records import Actor, Analysis, Article, Event, Evidence, Failure, Plover, Quote, DateValue

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Austin called Shoigu on Friday. Scholz spoke with Putin. Courtney Weaver reported."


def actor(id_, name, country=None, code=None, sectors=("GOV",), mentions=()):
    return Actor(id=id_, name=name, country=country, code=code, sectors=list(sectors), mentions=list(mentions))


def event(cameo, source=None, target=None, source_code=None, target_code=None, **kw):
    return Event(
        cameo=cameo, source=source, target=target, source_code=source_code, target_code=target_code,
        evidence=Evidence(span=(0, 10), sentence=0), **kw,
    )


def analysis(events=(), actors=(), quotes=(), text=TEXT):
    return Analysis(article=Article(text=text), actors=list(actors), quotes=list(quotes), events=list(events))


ACTORS = [
    actor("a1", "Lloyd Austin", "USA", mentions=[(0, 6)]),
    actor("a2", "Sergei Shoigu", "RUS", mentions=[(14, 20)]),
    actor("a3", "NATO", None, code="NATO", sectors=()),
    actor("a4", "Courtney Weaver", "USA", sectors=("MED",), mentions=[(57, 72)]),
]


def gold_event(id_, source, target, cameo, core=True, **kw):
    return {"id": id_, "core": core, "source": source, "target": target, "cameo": cameo, **kw}


# -- seed events -------------------------------------------------------------------------------------------
def test_seed_core_recall_uses_cameo_prefixes_and_country_letters():
    gold = {"events": [gold_event("E1", ["USA"], ["RUS"], ["041", "04"]), gold_event("E2", ["USA"], ["RUS"], ["0256"])]}
    # "0411" starts with "041": found; "025" does not start with the gold "0256": not found
    got = score_seed_events(analysis([event("0411", "a1", "a2", "USAGOV", "RUSGOV"), event("025", "a1", "a2", "USAGOV", "RUSGOV")], ACTORS), gold)
    assert (got["core_found"], got["core_total"]) == (1, 2)
    assert got["core_recall"] == 0.5
    assert got["precision"] == 0.5  # the 025 event matches nothing


def test_seed_country_from_actor_or_org_code_when_the_event_has_no_code():
    gold = {"events": [gold_event("E6", ["USA"], ["NATO", "EUR", None], ["03"])]}
    assert score_seed_events(analysis([event("0334", "a1", "a3")], ACTORS), gold)["core_found"] == 1
    assert score_seed_events(analysis([event("0334", source_code="USA", target_code="IGONATO")], ACTORS), gold)["core_found"] == 1
    assert score_seed_events(analysis([event("0334", source_code="RUSGOV")], ACTORS), gold)["core_found"] == 0


def test_seed_null_in_target_list_accepts_no_target():
    either = {"events": [gold_event("E5", ["DEU"], ["RUS", None], ["12"])]}
    strict = {"events": [gold_event("E4", ["DEU"], ["RUS"], ["12"])]}
    untargeted = analysis([event("120", source_code="DEUGOV")])
    assert score_seed_events(untargeted, either)["core_found"] == 1
    assert score_seed_events(untargeted, strict)["core_found"] == 0


def test_seed_precision_counts_non_core_matches_and_ignores_negated_events():
    gold = {
        "events": [
            gold_event("E1", ["USA"], ["RUS"], ["04"]),
            gold_event("E9", ["RUS"], ["UKR"], ["19"], core=False),
            gold_event("N1", ["USA"], ["UKR"], ["19"], core=False, negated=True),
        ]
    }
    predicted = [
        event("040", source_code="USAGOV", target_code="RUSGOV"),  # core match
        event("190", source_code="RUSMIL", target_code="UKR"),  # non-core match
        event("190", source_code="USA", target_code="UKR"),  # matches only the negated gold event: neither way
        event("010", source_code="USA", target_code="UKR"),  # matches nothing: a false positive
        event("150", source_code="USA", negated=True),  # negated prediction: not counted
    ]
    got = score_seed_events(analysis(predicted), gold)
    assert (got["matched"], got["predicted"]) == (2, 3)
    assert got["precision"] == pytest.approx(2 / 3)
    assert got["core_total"] == 1  # a negated gold event is never required


def test_seed_no_predictions_scores_zero_not_an_error():
    got = score_seed_events(analysis(), {"events": [gold_event("E1", ["USA"], ["RUS"], ["04"])]})
    assert got["precision"] == 0.0 and got["core_recall"] == 0.0 and got["predicted"] == 0


def test_seed_dates_modality_and_not_actors():
    gold = {
        "not_actors": ["Courtney Weaver"],
        "events": [
            gold_event("E1", ["USA"], ["RUS"], ["04"], date="2022-05-13"),
            gold_event("E6", ["USA"], ["NATO", None], ["03"], date="2022-05-13"),
        ],
    }
    day = DateValue(value="2022-05-13", precision="day")
    predicted = [
        event("040", "a1", "a2", "USAGOV", "RUSGOV", date=day),
        event("0334", "a1", None, "USAGOV", date=DateValue(value="2022-05-12", precision="day"), modality="intended"),
        event("010", "a4", "a2", "USAMED", "RUSGOV"),  # the reporter as a source
    ]
    got = score_seed_events(analysis(predicted, ACTORS), gold)
    assert (got["dates_right"], got["dates_total"]) == (1, 2)
    assert (got["modality_right"], got["modality_total"]) == (1, 1)  # E6 is intended
    assert got["not_actor_events"] == 1
    asserted = [event("0334", "a1", None, "USAGOV", date=day)]
    assert score_seed_events(analysis(asserted, ACTORS), gold)["modality_right"] == 0


# -- PLOVER GSR --------------------------------------------------------------------------------------------
def plover_record(event_type, source, target=""):
    return {"id": "r", "event": event_type, "text": "x", "source": source, "target": target}


def with_plover(type_, source_code=None, target_code=None, negated=False):
    return analysis([event("190", source_code=source_code, target_code=target_code, plover=Plover(type=type_), negated=negated)])


@pytest.mark.parametrize("old,new", [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("FIGHT", "ASSAULT"), ("INVESTIGATE", "ACCUSE"), ("AGREE", "AGREE")])
def test_plover_old_names_are_mapped(old, new):
    assert plover_type(old) == new
    got = score_plover_gsr([plover_record(old, [{"actorText": "Israel", "code": "ISR"}])], [with_plover(new, "ISRMIL")])
    assert got["type_right"] == 1 and got["actors_right"] == 1


def test_plover_actors_any_source_and_empty_target():
    record = plover_record("AGREE", [{"actorText": "Israel", "code": "ISR"}, {"actorText": "Palestinians", "code": "PSE"}])
    assert score_plover_gsr([record], [with_plover("AGREE", "PSEGOV", "USA")])["actors_right"] == 1
    record["target"] = [{"actorText": "Turkey", "code": "TUR"}]
    got = score_plover_gsr([record], [with_plover("AGREE", "PSEGOV", "USA")])
    assert (got["type_right"], got["actors_right"]) == (1, 0)
    assert score_plover_gsr([record], [with_plover("AGREE", "PSE", "TURGOV")])["actors_right"] == 1


def test_plover_negated_predictions_failures_and_the_document_record():
    data = [{"id": "doc", "event": "DOCUMENT"}, plover_record("AGREE", [{"code": "ISR"}]), plover_record("AGREE", [{"code": "ISR"}])]
    records = plover_records(data)
    assert len(records) == 2
    failure = Failure(error="broken", code="E300")
    got = score_plover_gsr(records, [with_plover("AGREE", "ISR", negated=True), failure])
    assert got["sentences"] == 2 and got["type_right"] == 0 and got["type_accuracy"] == 0.0


# -- PETRARCH2 GSR -----------------------------------------------------------------------------------------
def test_petrarch_triples_match_one_to_one_on_prefixes():
    gold = [Triple("USAGOV", "RUSGOV", "0256")]
    assert match_triples(gold, [Triple("USAMIL", "RUS", "025"), Triple("USAMIL", "RUS", "025")]) == 1
    assert match_triples(gold, [Triple("USAMIL", "RUS", "025")], strict=True) == 0
    assert match_triples(gold, [Triple("USAGOV", "RUSGOV", "0251")], strict=True) == 1
    assert match_triples(gold, [Triple("USAGOV", "RUSGOV", "026")]) == 0
    assert match_triples(gold * 2, [Triple("USA", "RUS", "025")]) == 1


def test_petrarch_scores_precision_recall_and_no_event_records():
    records = [
        {"expected": [{"source": "USAGOV", "target": "---", "code": "018"}, {"source": "BRA", "target": "USA", "code": "031"}], "expect_no_event": False},
        {"expected": [], "expect_no_event": True},
    ]
    first = analysis([event("0181", source_code="USAGOV"), event("0181", source_code="USAGOV")])  # no target is "---"
    second = analysis([event("040", source_code="FRA", target_code="RWA")])  # any prediction is a false positive
    got = score_petrarch_gsr(records, [first, second])
    assert (got["gold"], got["predicted"], got["matched"], got["matched_strict"]) == (2, 3, 1, 1)
    assert got["precision"] == pytest.approx(1 / 3) and got["recall"] == 0.5
    assert got["f1"] == pytest.approx(0.4)
    empty = score_petrarch_gsr(records, [Failure(error="x", code="E300"), analysis()])
    assert empty["predicted"] == 0 and empty["f1"] == 0.0 and empty["recall"] == 0.0


# -- PolNeAR -----------------------------------------------------------------------------------------------
def test_polnear_match_is_one_to_one_best_overlap_first():
    gold = [(0, 10), (20, 30)]
    pred = [(0, 6), (0, 10), (21, 29), (40, 50)]
    assert sorted(match(gold, pred, lambda g: g, lambda p: p)) == [(0, 1), (1, 2)]
    assert match([(0, 10)], [(0, 4)], lambda g: g, lambda p: p) == []  # under half


def test_polnear_speaker_right_from_speaker_span_or_any_mention():
    q = Quote(text="x", span=(0, 5), kind="direct", speaker="a1", speaker_span=(10, 12))
    assert speaker_right(q, (10, 15), {})
    assert speaker_right(q, (30, 35), {"a1": [(31, 33)]})
    assert not speaker_right(q, (30, 35), {"a1": [(40, 44)]})
    assert not speaker_right(q, None, {})


def test_polnear_article_counts_and_failures_keep_their_gold():
    text = '"We will win," Smith said. Jones said the talks failed.'
    row = {
        "id": "p1",
        "text": text,
        "quotes": [
            {"quote_type": "direct", "quoted_segments": [[1, 12]], "content_span": [1, 12], "speaker_span": [15, 20]},
            {"quote_type": "indirect", "content_span": [38, 54], "speaker_span": [27, 32]},
        ],
    }
    smith = actor("s", "Smith", "USA", mentions=[(15, 20)])
    quote = Quote(text=text[1:12], span=(1, 12), kind="direct", speaker="s", speaker_span=(15, 20))
    counts, wrong = score_polnear_article(row, analysis(actors=[smith], quotes=[quote], text=text))
    assert (counts.seg_gold, counts.seg_pred, counts.seg_tp, counts.seg_spk) == (1, 1, 1, 1)
    assert (counts.all_gold, counts.all_tp) == (2, 1) and wrong == []
    assert counts.metrics()["segment_f1"] == 1.0
    failed = score_polnear([row], [Failure(error="x", code="E300")])
    assert (failed.seg_gold, failed.seg_tp, failed.all_gold) == (1, 0, 2)


def test_polnear_article_knows_its_title_lines():
    # the title comes back with its punctuation moved, and its subheading on a line of its own
    row = {"id": "p2", "text": "Mayor: ‘We Will Rebuild.’\n\nNew pier by May.\n\nThe mayor spoke.", "title": "Mayor: ‘We Will Rebuild’; New pier by May"}
    assert polnear_article(row).title_span == (0, 43)
    assert polnear_article({**row, "title": "Something else"}).title_span is None


# -- the gate ----------------------------------------------------------------------------------------------
def fake_scorer(name, values, files=("gold.json",), calls=None):
    def run(data):
        if calls is not None:
            calls.append(name)
        return gate.ScorerResult(dict(values), [f"{name} ran"])

    return gate.Scorer(
        name,
        f"fake {name}",
        lambda data: [data / f for f in files],
        run,
        (gate.Metric("f1", "F1"), gate.Metric("found", "found", "count"), gate.Metric("bad", "bad", "count", True)),
    )


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "gold.json").write_text("{}")
    return folder


def floors(tmp_path, text):
    path = tmp_path / "floors.toml"
    path.write_text(text)
    return path


def test_gate_passes_at_or_above_floors_and_suggests_raising(tmp_path, data):
    scorers = {"a": fake_scorer("a", {"f1": 0.9, "found": 5, "bad": 0})}
    path = floors(tmp_path, "[a]\nf1 = 0.85\nfound = 5\nbad = 0\n")
    before = path.read_text()
    report = gate.run_gate(data, path, scorers=scorers)
    assert report.exit_code == gate.EXIT_OK
    assert [r.status for r in report.rows] == ["ok", "ok", "ok"]
    assert any("a.f1" in g and "raised to 0.890" in g for g in report.guidance())
    assert path.read_text() == before  # the gate never edits the floors


def test_gate_suggests_nothing_when_floors_sit_where_the_rule_puts_them(tmp_path, data):
    scorers = {"a": fake_scorer("a", {"f1": 0.9563, "found": 5, "bad": 0})}
    report = gate.run_gate(data, floors(tmp_path, "[a]\nf1 = 0.946\nfound = 5\nbad = 0\n"), scorers=scorers)
    assert report.exit_code == gate.EXIT_OK and report.guidance() == []


@pytest.mark.parametrize("values", [{"f1": 0.84, "found": 5, "bad": 0}, {"f1": 0.9, "found": 4, "bad": 0}, {"f1": 0.9, "found": 5, "bad": 1}])
def test_gate_fails_below_a_floor_or_above_a_ceiling(tmp_path, data, values):
    report = gate.run_gate(data, floors(tmp_path, "[a]\nf1 = 0.85\nfound = 5\nbad = 0\n"), scorers={"a": fake_scorer("a", values)})
    assert report.exit_code == gate.EXIT_BELOW_FLOOR
    assert any("lower the floor" in g for g in report.guidance())


def test_gate_missing_data_named_in_floors_is_exit_2_before_anything_runs(tmp_path, data):
    calls = []
    scorers = {"a": fake_scorer("a", {"f1": 1.0}, calls=calls), "b": fake_scorer("b", {"f1": 1.0}, files=("absent.json",), calls=calls)}
    path = floors(tmp_path, "[a]\nf1 = 0.5\n[b]\nf1 = 0.5\n")
    report = gate.run_gate(data, path, scorers=scorers)
    assert report.exit_code == gate.EXIT_MISSING and list(report.missing) == ["b"] and calls == []
    allowed = gate.run_gate(data, path, scorers=scorers, allow_missing=True)
    assert allowed.exit_code == gate.EXIT_OK and "b" in allowed.skipped and calls == ["a"]


def test_gate_skips_missing_data_without_floors(tmp_path, data):
    scorers = {"a": fake_scorer("a", {"f1": 1.0}), "b": fake_scorer("b", {"f1": 1.0}, files=("absent.json",))}
    report = gate.run_gate(data, floors(tmp_path, "[a]\nf1 = 0.5\n"), scorers=scorers)
    assert report.exit_code == gate.EXIT_OK and "b" in report.skipped


@pytest.mark.parametrize(
    "text", ["[a]\nf2 = 0.5\n", "[zzz]\nf1 = 0.5\n", "[a]\nf1 = 'high'\n", "[a\nf1 = 0.5\n"],
)
def test_gate_rejects_a_wrong_floors_file(tmp_path, data, text):
    report = gate.run_gate(data, floors(tmp_path, text), scorers={"a": fake_scorer("a", {"f1": 1.0})})
    assert report.exit_code == gate.EXIT_MISSING and report.errors


def test_gate_named_floors_file_must_exist_and_only_must_name_scorers(tmp_path, data):
    scorers = {"a": fake_scorer("a", {"f1": 1.0})}
    assert gate.run_gate(data, tmp_path / "nope.toml", scorers=scorers).exit_code == gate.EXIT_MISSING
    assert gate.run_gate(data, floors(tmp_path, ""), scorers=scorers, only=["zzz"]).exit_code == gate.EXIT_MISSING


def test_gate_only_runs_the_named_scorers(tmp_path, data):
    calls = []
    scorers = {"a": fake_scorer("a", {"f1": 1.0}, calls=calls), "b": fake_scorer("b", {"f1": 0.0}, calls=calls)}
    report = gate.run_gate(data, floors(tmp_path, "[b]\nf1 = 0.5\n"), scorers=scorers, only=["a"])
    assert calls == ["a"] and report.exit_code == gate.EXIT_OK


runner = CliRunner()


def test_cli_eval_exit_codes(tmp_path, data, monkeypatch):
    monkeypatch.setattr(gate, "SCORERS", {"a": fake_scorer("a", {"f1": 0.8, "found": 3, "bad": 0})})
    ok = runner.invoke(app, ["eval", str(data), "--floors", str(floors(tmp_path, "[a]\nf1 = 0.75\n"))])
    assert ok.exit_code == 0, ok.output
    assert "a.f1" in ok.stdout and "≥ 0.750" in ok.stdout and "all floors met" in ok.stdout
    low = runner.invoke(app, ["eval", str(data), "--floors", str(floors(tmp_path, "[a]\nf1 = 0.9\n"))])
    assert low.exit_code == 1 and "BELOW FLOOR" in low.stdout
    missing = runner.invoke(app, ["eval", str(tmp_path / "elsewhere"), "--floors", str(floors(tmp_path, "[a]\nf1 = 0.5\n"))])
    assert missing.exit_code == 2 and "missing" in missing.stderr
    as_json = runner.invoke(app, ["eval", str(data), "--floors", str(floors(tmp_path, "[a]\nf1 = 0.9\n")), "--format", "json"])
    import json

    body = json.loads(as_json.stdout)
    assert as_json.exit_code == 1 and body["exit_code"] == 1
    assert body["scorers"]["a"]["metrics"]["f1"] == {"value": 0.8, "floor": 0.9, "bound": "min", "status": "BELOW FLOOR"}


def test_the_repository_floors_file_names_real_metrics():
    floors_file = ROOT / "eval_floors.toml"
    loaded = gate.load_floors(floors_file, gate.SCORERS)
    assert set(loaded) == set(gate.SCORERS)
