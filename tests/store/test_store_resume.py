"""Idempotent and resumable ingest: a real `telex ingest` process killed with SIGKILL mid-run, restarted,
ends with exactly the content of a run that never stopped; running it again adds nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store_helpers import HERE
from telex.store.db import connect, content

N_ARTICLES = 30
DELAY = 0.08  # seconds per fake extraction, so the kill lands with a run well under way
PAIRS = [("DEU", "FRA"), ("USA", "UKR"), ("RUS", "CHN"), ("GBR", "IRL"), ("JPN", "KOR")]


def _corpus(path: Path) -> Path:
    lines = []
    for i in range(N_ARTICLES):
        a, b = PAIRS[i % len(PAIRS)]
        day = 1 + (i // len(PAIRS)) * 7 + (i % 2)  # pairs meet weekly; reports differ by a day
        text = (f"Report {i}\n\nOfficials of {a} and {b} held talks on 2023-05-{day:02d}, report number {i} said, "
                f"in a meeting the {i}th correspondent described.")
        lines.append(json.dumps({"id": f"r{i}", "text": text, "date": f"2023-05-{day + 1:02d}",
                                 "source": f"Outlet {i % 4}", "url": f"https://news.example/{i}"}))
    lines.insert(10, "{not json")  # an input error, stored in the errors table
    lines.insert(20, json.dumps({"id": "bad", "text": "This text is BROKEN and fails to extract."}))
    lines.append(lines[3])  # the same article twice in one input
    lines.append(json.dumps({"id": "wire", "text": "Wire copy\n\n" + json.loads(lines[5])["text"].split("\n\n", 1)[1]
                             + "\n\nShare this article", "date": "2023-06-30", "source": "Aggregator"}))
    path.write_text("\n".join(lines) + "\n")
    return path


_RUNNER = """
import sys
sys.path.insert(0, {helpers!r})
import store_helpers
import telex.scale.local as local
local.extract_many = store_helpers.fake_extract_many
from telex.cli import main
sys.argv = ["telex", "ingest", *sys.argv[1:]]
main()
"""


def _ingest(script: Path, corpus: Path, db: Path, *, progress: Path | None = None, delay: float = 0.0) -> subprocess.Popen:
    env = {**os.environ, "TELEX_FAKE_DELAY": str(delay)}
    if progress is not None:
        env["TELEX_FAKE_PROGRESS"] = str(progress)
    return subprocess.Popen(
        [sys.executable, str(script), str(corpus), "--db", str(db), "--batch-size", "3", "--quiet"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _content(db: Path):
    con = connect(db)
    try:
        return content(con)
    finally:
        con.close()


@pytest.fixture
def setup(tmp_path):
    script = tmp_path / "run_ingest.py"
    script.write_text(_RUNNER.format(helpers=str(HERE)))
    return script, _corpus(tmp_path / "corpus.jsonl")


def test_killed_ingest_resumes_to_the_same_content(setup, tmp_path):
    script, corpus = setup
    # The reference: one uninterrupted run.
    reference_db = tmp_path / "reference.duckdb"
    done = _ingest(script, corpus, reference_db)
    _, err = done.communicate(timeout=120)
    assert done.returncode == 1, err  # 1: some inputs failed (the bad line and the BROKEN article)
    reference = _content(reference_db)
    assert len(reference["articles"]) == N_ARTICLES + 1  # the repeated line is stored once; + the wire copy
    assert len(reference["errors"]) == 2
    assert len(reference["article_duplicates"]) == 1
    assert reference["clusters"]

    # Kill a second run with SIGKILL once a few batches are committed and more are in flight.
    db, progress = tmp_path / "killed.duckdb", tmp_path / "progress.log"
    proc = _ingest(script, corpus, db, progress=progress, delay=0.08)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if progress.exists() and len(progress.read_text().splitlines()) >= 14:
            break
        if proc.poll() is not None:
            pytest.fail(f"ingest finished before it could be killed: {proc.communicate()[1]}")
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    partial = _content(db)
    stored = len(partial["articles"])
    assert 0 < stored < N_ARTICLES, f"the kill should land mid-run, {stored} articles stored"
    stored_ids = {row[0] for row in partial["articles"]}
    for table in ("actors", "events"):  # no child rows of an article whose transaction did not commit
        assert {row[0] for row in partial[table]} <= stored_ids

    # Restart: it finishes the job and ends with exactly the reference content.
    again = _ingest(script, corpus, db)
    _, err = again.communicate(timeout=120)
    assert again.returncode == 1, err
    assert "already stored" in err
    assert _content(db) == reference

    # And running the same input once more adds nothing.
    third = _ingest(script, corpus, db)
    _, err = third.communicate(timeout=120)
    assert f"0 stored, {N_ARTICLES + 2} already stored" in err
    assert _content(db) == reference
