"""The accuracy gate: score every gold set that is present and compare each metric with its floor.

In the manner of trafilatura's ``eval_gate.py``: floors are pinned in a TOML file
(``eval_floors.toml`` at the repository root), ``telex eval`` runs the scorers, and CI fails when a
metric falls below its floor, so accuracy cannot quietly regress. The gate never edits the floors
file: it prints guidance ("raise the floor") and people make the change, in review.

Exit statuses (:attr:`GateReport.exit_code`): 0 all floors met; 1 some metric below its floor;
2 data that the floors file names is missing or unreadable, or the floors file itself is wrong.

>>> report = run_gate(Path("../shared/data"), Path("eval_floors.toml"))   # doctest: +SKIP
>>> report.exit_code                                                         # doctest: +SKIP
0
"""

from __future__ import annotations

import json
import math
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

#: Exit statuses of the gate.
EXIT_OK, EXIT_BELOW_FLOOR, EXIT_MISSING = 0, 1, 2

#: How far above its floor a rate may sit before the gate suggests raising the floor. The same
#: margin was taken off the measured rates when the floors were first set (eval_floors.toml): the
#: pipeline is deterministic, and the margin absorbs differences between spaCy/numpy builds on
#: other machines, not run-to-run noise. Counts carry no margin: one quote lost is a regression.
RATE_MARGIN = 0.01

#: The folder of shared data, relative to the repository root (as bench/_common.py has it).
SHARED_DATA = Path("..") / "shared" / "data"
FLOORS_FILE = "eval_floors.toml"


def repo_root() -> Path | None:
    """The repository telex runs from (src layout), or None when telex is installed elsewhere."""
    root = Path(__file__).resolve().parents[3]
    return root if (root / "pyproject.toml").exists() else None


def default_data_dir() -> Path:
    """``../shared/data`` beside the repository; failing that, beside the working directory."""
    candidates = [Path.cwd() / SHARED_DATA]
    root = repo_root()
    if root is not None:
        candidates.insert(0, root / SHARED_DATA)
    for path in candidates:
        if path.exists():
            return path.resolve()
    return candidates[0].resolve()


def default_floors_file() -> Path:
    root = repo_root()
    if root is not None and (root / FLOORS_FILE).exists():
        return root / FLOORS_FILE
    return Path.cwd() / FLOORS_FILE


# -- scorers ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Metric:
    name: str
    help: str
    kind: str = "rate"  # "rate" (0..1, shown to 3 decimals) or "count"
    lower_is_better: bool = False  # then the file's number is a ceiling


@dataclass
class ScorerResult:
    metrics: dict[str, float]
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Scorer:
    name: str
    description: str
    data: Callable[[Path], list[Path]]  # the files it reads, given the data folder
    run: Callable[[Path], ScorerResult]
    metrics: tuple[Metric, ...]

    def metric(self, name: str) -> Metric | None:
        return next((m for m in self.metrics if m.name == name), None)


def _analyse(articles: list) -> list:
    from telex.pipeline import extract_many

    return list(extract_many(articles))


def _seed_paths(data: Path) -> list[Path]:
    folder = data.parent / "seed"
    return [folder / "gold.json", folder / "article.txt"]


def run_seed(data: Path) -> ScorerResult:
    import telex
    from telex.eval.events import score_seed_events
    from telex.eval.seed import score_seed

    folder = data.parent / "seed"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    text = (folder / gold.get("file", "article.txt")).read_text(encoding="utf-8")
    analysis = telex.extract(text, published=gold.get("published"))
    s = score_seed(analysis, gold)
    ev = score_seed_events(analysis, gold)
    metrics = {
        "actors_found": s.actors_found,
        "actors_right": s.actors_right,
        "actors_linked": s.actors_linked,
        "not_actors": len(s.not_actors_violated),
        "quotes_found": s.quotes_found,
        "quotes_speaker_right": s.quotes_speaker_right,
        "reported_found": s.reported_found,
        "reported_speaker_right": s.reported_speaker_right,
        "events_core_recall": ev["core_recall"],
        "events_precision": ev["precision"],
        "events_dates_right": ev["dates_right"],
        "events_modality_right": ev["modality_right"],
        "events_not_actor": ev["not_actor_events"],
    }
    notes = [
        f"of {s.actors_total} actors, {s.quotes_total} quotes, {s.reported_total} reported statements; "
        f"core events {ev['core_found']}/{ev['core_total']}, predicted events matched {ev['matched']}/{ev['predicted']}, "
        f"dates {ev['dates_right']}/{ev['dates_total']}, modality {ev['modality_right']}/{ev['modality_total']}"
    ]
    return ScorerResult(metrics, notes)


def _polnear_paths(data: Path) -> list[Path]:
    return [data / "quotes" / "polnear_train_dev.jsonl"]


#: The PolNeAR split the gate scores: dev (84 articles) keeps the gate under a minute; train is for bench/quotes.py.
POLNEAR_SPLIT = "dev"


def run_polnear(data: Path) -> ScorerResult:
    from telex.eval.quotes import load_polnear, polnear_article, score_polnear

    rows = [r for r in load_polnear(_polnear_paths(data)[0]) if r["split"] == POLNEAR_SPLIT]
    results = _analyse([polnear_article(r) for r in rows])
    counts = score_polnear(rows, results)
    failed = sum(1 for r in results if not hasattr(r, "quotes"))
    m = counts.metrics()
    keep = ("segment_f1", "speaker_accuracy", "attributed_f1", "content_f1", "content_speaker_accuracy")
    notes = [
        f"split {POLNEAR_SPLIT}: {len(rows)} articles ({failed} failed); quoted segments gold {counts.seg_gold}, "
        f"predicted {counts.seg_pred}, matched {counts.seg_tp}; attributions gold {counts.all_gold}, predicted {counts.all_pred}"
    ]
    return ScorerResult({k: m[k] for k in keep}, notes)


def _plover_paths(data: Path) -> list[Path]:
    return [data / "events" / "plover_gsr_cameo_dev.json"]


def _sentence_articles(items: Iterable[tuple[str, str]]) -> list:
    from telex.ingest.text import article_from_text

    # language given: one sentence is too short for language detection to be worth its time
    return [article_from_text(text, language="en", input_id=rid) for rid, text in items]


def run_plover(data: Path) -> ScorerResult:
    from telex.eval.events import plover_records, score_plover_gsr

    records = plover_records(json.loads(_plover_paths(data)[0].read_text(encoding="utf-8")))
    results = _analyse(_sentence_articles((r["id"], r["text"]) for r in records))
    s = score_plover_gsr(records, results)
    notes = [f"{s['sentences']} sentences; type right {s['type_right']}, with actors {s['actors_right']}"]
    return ScorerResult({"type_accuracy": s["type_accuracy"], "actors_accuracy": s["actors_accuracy"]}, notes)


def _petrarch_paths(data: Path) -> list[Path]:
    return [data / "events" / "petrarch2_gsr_dev.jsonl"]


def run_petrarch(data: Path) -> ScorerResult:
    from telex.eval.events import score_petrarch_gsr
    from telex.ingest.text import article_from_text

    lines = _petrarch_paths(data)[0].read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    articles = []
    for r in records:
        articles.append(article_from_text(r["text"], language="en", input_id=r["id"], published=_yyyymmdd(r.get("date"))))
    s = score_petrarch_gsr(records, _analyse(articles))
    notes = [
        f"{len(records)} records; triples gold {s['gold']}, predicted {s['predicted']}, "
        f"matched {s['matched']} (strict {s['matched_strict']})"
    ]
    keep = ("precision", "recall", "f1", "strict_precision", "strict_recall", "strict_f1")
    return ScorerResult({k: s[k] for k in keep}, notes)


def _yyyymmdd(value):
    """PETRARCH's ``20080806`` as a date; None for anything else (the file has a ``121108``)."""
    from datetime import date

    value = str(value or "")
    if len(value) != 8 or not value.isdigit():
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return None


def _metrics(*specs) -> tuple[Metric, ...]:
    return tuple(Metric(*spec) for spec in specs)


SCORERS: dict[str, Scorer] = {
    s.name: s
    for s in (
        Scorer(
            "seed",
            "the seed article (shared/seed): actors, quotes, reported speech, events",
            _seed_paths,
            run_seed,
            _metrics(
                ("actors_found", "gold actors found", "count"),
                ("actors_right", "found with the right country and sectors", "count"),
                ("actors_linked", "found with every gold mention linked", "count"),
                ("not_actors", "not-actors (the reporter) that became actors", "count", True),
                ("quotes_found", "gold quotes matched at 50% overlap", "count"),
                ("quotes_speaker_right", "matched quotes with the right speaker", "count"),
                ("reported_found", "gold reported speech matched", "count"),
                ("reported_speaker_right", "matched reported speech with the right speaker", "count"),
                ("events_core_recall", "core gold events found (source, target, CAMEO prefix)"),
                ("events_precision", "predicted non-negated events matching some gold event"),
                ("events_dates_right", "found core events with the gold date", "count"),
                ("events_modality_right", "events of known modality coded with it (E6: intended)", "count"),
                ("events_not_actor", "events with a not-actor as source or target", "count", True),
            ),
        ),
        Scorer(
            "polnear",
            f"PolNeAR quotes and attribution ({POLNEAR_SPLIT} split)",
            _polnear_paths,
            run_polnear,
            _metrics(
                ("segment_f1", "quoted segments found, F1 at 50% overlap"),
                ("speaker_accuracy", "right speaker over matched segments"),
                ("attributed_f1", "segment and speaker both right, F1"),
                ("content_f1", "all attributions' content spans, F1"),
                ("content_speaker_accuracy", "right speaker over matched attributions"),
            ),
        ),
        Scorer(
            "plover",
            "PLOVER gold standard records: event type of each sentence",
            _plover_paths,
            run_plover,
            _metrics(
                ("type_accuracy", "sentences with an event of the gold PLOVER type"),
                ("actors_accuracy", "... whose source and target countries are right too"),
            ),
        ),
        Scorer(
            "petrarch",
            "PETRARCH2 gold standard records: source-target-code triples",
            _petrarch_paths,
            run_petrarch,
            _metrics(
                ("precision", "triples, actor codes on 3 letters, CAMEO on 3 digits"),
                ("recall", "the same"),
                ("f1", "the same"),
                ("strict_precision", "triples on whole actor codes"),
                ("strict_recall", "the same"),
                ("strict_f1", "the same"),
            ),
        ),
    )
}


# -- the gate --------------------------------------------------------------------------------------------
class FloorsError(ValueError):
    """The floors file cannot be read, or names a scorer or metric that does not exist."""


def load_floors(path: Path, scorers: dict[str, Scorer]) -> dict[str, dict[str, float]]:
    """The floors file as {scorer: {metric: floor}}, checked against the scorers: a misspelt name
    would otherwise disable its floor without anyone noticing."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FloorsError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise FloorsError(f"{path}: not valid TOML ({exc})") from exc
    floors: dict[str, dict[str, float]] = {}
    for section, values in raw.items():
        if section not in scorers:
            raise FloorsError(f"{path}: [{section}] is not a scorer; known: {', '.join(scorers)}")
        if not isinstance(values, dict):
            raise FloorsError(f"{path}: {section} must be a table of metric = floor")
        for name, value in values.items():
            if scorers[section].metric(name) is None:
                known = ", ".join(m.name for m in scorers[section].metrics)
                raise FloorsError(f"{path}: [{section}] {name} is not a metric of {section}; known: {known}")
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise FloorsError(f"{path}: [{section}] {name} = {value!r} is not a number")
        floors[section] = {k: float(v) for k, v in values.items()}
    return floors


@dataclass
class Row:
    scorer: str
    metric: Metric
    value: float
    floor: float | None

    @property
    def below(self) -> bool:
        if self.floor is None:
            return False
        # compare at the precision shown, so a printed 0.950 against a floor of 0.950 never fails
        value, floor = round(self.value, 9), round(self.floor, 9)
        return value > floor if self.metric.lower_is_better else value < floor

    @property
    def status(self) -> str:
        if self.floor is None:
            return "no floor"
        if self.below:
            return "ABOVE CEILING" if self.metric.lower_is_better else "BELOW FLOOR"
        return "ok"

    def show(self, number: float | None) -> str:
        if number is None:
            return "-"
        if self.metric.kind == "count":
            return f"{number:g}"
        return f"{number:.3f}"

    def bound(self) -> str:
        if self.floor is None:
            return "-"
        return ("≤ " if self.metric.lower_is_better else "≥ ") + self.show(self.floor)


@dataclass
class GateReport:
    data: Path
    floors_file: Path | None
    rows: list[Row] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # scorer -> why
    missing: dict[str, list[Path]] = field(default_factory=dict)  # floors name it, data absent
    errors: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.errors or self.missing:
            return EXIT_MISSING
        if any(r.below for r in self.rows):
            return EXIT_BELOW_FLOOR
        return EXIT_OK

    def guidance(self) -> list[str]:
        """What a person should do: never done by the gate itself."""
        out = []
        for r in self.rows:
            key = f"{r.scorer}.{r.metric.name}"
            if r.below:
                out.append(
                    f"{key} is {r.show(r.value)}, past its floor {r.bound()}: fix the regression, or if the loss is "
                    f"intended, lower the floor in {FLOORS_FILE} in the same change and say why in its comment"
                )
            elif r.floor is not None:
                suggested = suggested_floor(r.value, r.metric)
                tighter = suggested < r.floor if r.metric.lower_is_better else suggested > r.floor
                if tighter and abs(suggested - r.floor) > 1e-9:
                    out.append(
                        f"{key} is {r.show(r.value)}, beyond its floor {r.bound()}: floor can be raised to "
                        f"{r.show(suggested)} by editing {FLOORS_FILE}"
                    )
        return out

    def to_json(self) -> dict:
        return {
            "data": str(self.data),
            "floors_file": str(self.floors_file) if self.floors_file else None,
            "exit_code": self.exit_code,
            "scorers": {
                name: {
                    "seconds": round(self.seconds.get(name, 0.0), 2),
                    "notes": self.notes.get(name, []),
                    "metrics": {
                        r.metric.name: {
                            "value": r.value,
                            "floor": r.floor,
                            "bound": "max" if r.metric.lower_is_better else "min",
                            "status": r.status,
                        }
                        for r in self.rows
                        if r.scorer == name
                    },
                }
                for name in self.seconds
            },
            "skipped": self.skipped,
            "missing": {k: [str(p) for p in v] for k, v in self.missing.items()},
            "errors": self.errors,
            "guidance": self.guidance(),
        }

    def lines(self) -> list[str]:
        """The report as a plain table."""
        out = [f"data: {self.data}", f"floors: {self.floors_file or '(none)'}"]
        if self.rows:
            width = max(len(f"{r.scorer}.{r.metric.name}") for r in self.rows)
            out.append(f"{'metric':<{width}}  {'value':>8}  {'floor':>9}  status")
            current = None
            for r in self.rows:
                if r.scorer != current:
                    current = r.scorer
                    for note in self.notes.get(current, []):
                        out.append(f"# {current} ({self.seconds.get(current, 0):.1f}s): {note}")
                key = f"{r.scorer}.{r.metric.name}"
                out.append(f"{key:<{width}}  {r.show(r.value):>8}  {r.bound():>9}  {r.status}")
        for name, why in self.skipped.items():
            out.append(f"skipped {name}: {why}")
        for name, paths in self.missing.items():
            out.append(f"MISSING {name}: floors are set but its data is not there: {', '.join(map(str, paths))}")
        out.extend(f"ERROR {e}" for e in self.errors)
        out.extend(f"guidance: {g}" for g in self.guidance())
        total = sum(self.seconds.values())
        verdict = {EXIT_OK: "all floors met", EXIT_BELOW_FLOOR: "some metric is past its floor", EXIT_MISSING: "data missing or unreadable"}
        said = verdict[self.exit_code] if self.rows or self.exit_code else "nothing was scored: no gold data found"
        out.append(f"gate: {said} (exit {self.exit_code}); scoring took {total:.1f}s")
        return out


def suggested_floor(value: float, metric: Metric) -> float:
    """The floor a measurement supports, set as eval_floors.toml sets them: a count as measured, a
    rate less :data:`RATE_MARGIN` at three decimals (a ceiling: plus the margin), never past 0..1.

    >>> suggested_floor(0.9563, Metric("f1", "F1"))
    0.946
    """
    if metric.kind == "count":
        return value
    if metric.lower_is_better:
        return min(1.0, math.ceil((value + RATE_MARGIN) * 1000 - 1e-9) / 1000)
    return max(0.0, math.floor((value - RATE_MARGIN) * 1000 + 1e-9) / 1000)


def run_gate(
    data: Path | None = None,
    floors_file: Path | None = None,
    *,
    only: Sequence[str] | None = None,
    allow_missing: bool = False,
    scorers: dict[str, Scorer] | None = None,
) -> GateReport:
    """Run the scorers whose data is present and compare their metrics with the floors.

    ``floors_file`` None means the default (``eval_floors.toml`` in the repository), which may be
    absent: then every metric is reported with no floor. A floors file that is named but absent,
    or malformed, is an error (exit 2). Data for a scorer the floors file names must be present
    unless ``allow_missing``; it is checked before anything runs, so a wrong DATA fails in a second.
    Raises :class:`telex.errors.ConfigError` when the spaCy model cannot be loaded.
    """
    scorers = SCORERS if scorers is None else scorers
    data = (data or default_data_dir()).resolve()
    explicit = floors_file is not None
    floors_file = floors_file or default_floors_file()
    report = GateReport(data=data, floors_file=floors_file)
    if only:
        unknown = [n for n in only if n not in scorers]
        if unknown:
            report.errors.append(f"unknown scorer {', '.join(unknown)}; known: {', '.join(scorers)}")
            return report
    floors: dict[str, dict[str, float]] = {}
    if floors_file.exists():
        try:
            floors = load_floors(floors_file, scorers)
        except FloorsError as exc:
            report.errors.append(str(exc))
            return report
    elif explicit:
        report.errors.append(f"floors file {floors_file} not found")
        return report
    else:
        report.floors_file = None
    selected = [name for name in scorers if not only or name in only]
    runnable = []
    for name in selected:
        absent = [p for p in scorers[name].data(data) if not p.exists()]
        if not absent:
            runnable.append(name)
        elif name in floors and not allow_missing:
            report.missing[name] = absent
        else:
            why = "allowed by --allow-missing" if name in floors else "no floors set"
            report.skipped[name] = f"data not found ({', '.join(map(str, absent))}); {why}"
    if report.missing:
        return report
    for name in runnable:
        scorer = scorers[name]
        start = time.perf_counter()
        try:
            result = scorer.run(data)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            report.errors.append(f"{name}: could not score its data: {type(exc).__name__}: {exc}")
            report.seconds[name] = time.perf_counter() - start
            continue
        report.seconds[name] = time.perf_counter() - start
        report.notes[name] = result.notes
        want = floors.get(name, {})
        for metric in scorer.metrics:
            if metric.name in result.metrics:
                report.rows.append(Row(name, metric, float(result.metrics[metric.name]), want.get(metric.name)))
            elif metric.name in want:
                report.errors.append(f"{name}: the scorer gave no {metric.name}, which has a floor")
    return report
