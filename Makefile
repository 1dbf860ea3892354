# telex: `make run` sets up and runs the main job on the bundled examples; `make test` runs the whole suite;
# `make eval` runs the accuracy gate (floors in eval_floors.toml) over ../shared/data, or EVAL_DATA=/path.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test eval install install-test bench clean

EVAL_DATA ?=

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"

# The main job: ingest the bundled examples into an embedded database, then a summary and the top events.
# (`telex extract examples` prints each article's full analysis instead.)
run: install
	mkdir -p out
	$(BIN)/telex ingest examples --db out/examples.duckdb
	$(BIN)/telex stats --db out/examples.duckdb
	$(BIN)/telex query events --db out/examples.duckdb --limit 15

test: install-test
	$(BIN)/python -m pytest

# Exit 1: a metric fell below its floor; 2: gold data the floors name is missing (see telex eval --help).
eval: install
	$(BIN)/telex eval $(EVAL_DATA)

bench: install
	$(BIN)/python bench/ingest_html.py
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .hypothesis
