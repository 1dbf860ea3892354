"""The command line: every command documented, extract's output contract, errors in place, order kept."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from telex.cli import app

runner = CliRunner()

ARTICLE_ONE = (
    "Envoys meet in Geneva\n\nThe Swiss foreign minister met the UN envoy on Monday. "
    "“We want the talks to continue,” she said.\n"
)
ARTICLE_TWO = "Parliament votes on budget\n\nLawmakers in Lisbon approved the budget on Friday by a wide margin.\n"


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_every_command_has_help_and_an_example():
    import click
    import typer.main

    group = typer.main.get_command(app)
    assert set(group.commands) >= {"extract", "schema", "version"}

    def walk(grp, path):
        for name, command in grp.commands.items():
            args = [*path, name]
            yield args
            if isinstance(command, click.Group):  # sub-apps (telex actors ...): the group and each command
                yield from walk(command, args)

    for args in walk(group, []):
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0, args
        assert "Example:" in result.stdout, f"`telex {' '.join(args)} --help` shows no example"


@pytest.fixture(scope="module")
def schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


def test_bundled_examples_validate_against_the_schema(nlp, examples_dir, schema):
    result = runner.invoke(app, ["extract", str(examples_dir), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    lines = _lines(result.stdout)
    # 2 .txt + 1 .html + 3 feed entries + 3 JSONL lines
    assert len(lines) == 9
    for obj in lines:
        jsonschema.validate(obj, schema)
        assert "error" not in obj
        text = obj["article"]["text"]
        for span in obj["sentences"]:
            assert 0 <= span[0] < span[1] <= len(text)


def test_text_file_is_kept_verbatim_and_furniture_marked(nlp, examples_dir):
    path = examples_dir / "articles" / "ceasefire_talks.txt"
    result = runner.invoke(app, ["extract", str(path), "--published", "2023-03-09", "--format", "json"])
    assert result.exit_code == 0
    obj = json.loads(result.stdout)
    assert obj["article"]["text"] == path.read_text(encoding="utf-8")
    assert obj["article"]["published"] == "2023-03-09"
    kinds = sorted(e["kind"] for e in obj["excluded"])
    assert kinds == ["credit", "furniture"]


def test_jsonl_keeps_one_line_per_input_with_errors_in_place(nlp, tmp_path, schema):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "n1", "text": ARTICLE_ONE}) + "\n"
        + '{"id": "n2", "text": "unterminated\n'
        + json.dumps({"id": "n3", "title": "no text here"}) + "\n"
        + json.dumps({"id": "n4", "text": ARTICLE_TWO, "date": "2023-01-06"}) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 1, "a failed input sets the exit status"
    lines = _lines(result.stdout)
    assert len(lines) == 4
    assert lines[0]["article"]["input_id"] == "n1"
    assert "error" in lines[1] and lines[1]["origin"].endswith(":2") and "line 2" in lines[1]["error"]
    assert "error" in lines[2] and lines[2]["id"] == "n3" and "text" in lines[2]["error"]
    assert lines[3]["article"]["published"] == "2023-01-06"
    for obj in lines:
        jsonschema.validate(obj, schema)
    assert "corpus.jsonl:2" in result.stderr


def test_published_fills_in_only_where_missing(nlp, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"text": ARTICLE_ONE, "date": "2021-02-03"}) + "\n" + json.dumps({"text": ARTICLE_TWO}) + "\n"
    )
    result = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl", "--published", "2022-05-13"])
    dates = [line["article"]["published"] for line in _lines(result.stdout)]
    assert dates == ["2021-02-03", "2022-05-13"]


def test_bad_published_date_is_a_usage_error():
    result = runner.invoke(app, ["extract", "x.txt", "--published", "13/05/2022"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_workers_keep_input_order(nlp, tmp_path):
    corpus = tmp_path / "many.jsonl"
    rows = []
    for i in range(20):
        if i == 7:
            rows.append("{not json")
        else:
            rows.append(json.dumps({"id": f"a{i}", "text": f"Talks round {i}\n\nDiplomats from {i + 2} countries met in Vienna on Monday and agreed to meet again."}))
    corpus.write_text("\n".join(rows) + "\n")
    one = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl", "--workers", "1"])
    two = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl", "--workers", "2"])
    assert one.exit_code == two.exit_code == 1
    assert _lines(one.stdout) == _lines(two.stdout)
    ids = [line.get("article", {}).get("input_id") for line in _lines(two.stdout)]
    assert ids == [f"a{i}" if i != 7 else None for i in range(20)]


def test_non_english_is_skipped_not_failed(nlp, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(
        "Le ministre des affaires étrangères a rencontré son homologue allemand mardi à Paris pour discuter "
        "de la guerre et des sanctions contre la Russie.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0
    (line,) = _lines(result.stdout)
    assert line["skipped"] is True and line["code"] == "E107" and "'fr'" in line["error"]


def test_stdin_is_read(nlp):
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=ARTICLE_TWO)
    assert result.exit_code == 0
    (line,) = _lines(result.stdout)
    assert line["article"]["text"] == ARTICLE_TWO and line["article"]["origin"] == "<stdin>"


def test_table_output_is_readable(nlp, examples_dir):
    result = runner.invoke(app, ["extract", str(examples_dir / "articles" / "border_clash.txt")])
    assert result.exit_code == 0
    assert "published" in result.stdout and "unknown" in result.stdout
    assert "1 article extracted" in result.stderr


def test_missing_model_is_a_clear_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_TWO)
    result = runner.invoke(app, ["extract", str(path), "--model", "no_such_model_xyz"])
    assert result.exit_code == 3
    assert "no_such_model_xyz" in result.stderr and "not installed" in result.stderr
