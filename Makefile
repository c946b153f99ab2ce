# eventwire: `make run` sets everything up and analyses the bundled examples; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DB ?= examples.duckdb
STAMP = $(VENV)/.eventwire-installed

.PHONY: setup run test quality results bench lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/eventwire setup
	touch $(STAMP)

run: setup
	rm -f $(DB)
	$(BIN)/eventwire ingest examples --db $(DB)
	$(BIN)/eventwire extract examples --format table --quiet
	$(BIN)/eventwire events --db $(DB) --limit 20

test: setup
	$(BIN)/python -m pytest

quality: setup
	$(BIN)/eventwire ratchet

results: setup
	$(BIN)/eventwire results --split test

bench: setup
	$(BIN)/eventwire bench

lock:
	uv pip compile pyproject.toml requirements.in --all-extras --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
