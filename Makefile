# eventwire: `make run` sets everything up and analyses the bundled examples; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DB ?= examples.duckdb
STAMP = $(VENV)/.eventwire-installed

.PHONY: setup browser run test quality peers results bench lock clean

setup: $(STAMP)

# Set-up ends by compiling bytecode ahead of time: a cold `eventwire extract` then skips compiling ~1,000
# modules (also where the environment sets PYTHONDONTWRITEBYTECODE, which stops Python caching them itself).
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/eventwire setup
	$(BIN)/python -m compileall -q -j 0 $(VENV)/lib src >/dev/null || true
	touch $(STAMP)

run: setup
	rm -f $(DB)
	$(BIN)/eventwire ingest examples --db $(DB)
	$(BIN)/eventwire extract examples --format table --quiet
	$(BIN)/eventwire events --db $(DB) --limit 20

# Browser tests drive Debian's chromium; the script installs it when missing (as root) and is a no-op otherwise.
browser:
	@command -v chromium >/dev/null 2>&1 || [ "$$(id -u)" != "0" ] || bash scripts/ci_web_deps.sh

test: setup browser
	$(BIN)/python -m pytest

quality: setup
	$(BIN)/eventwire ratchet

# The peer systems (HeidelTime, textacy) are only needed to regenerate the results table.
peers: setup
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-peers.lock

results: peers
	$(BIN)/eventwire results --split test

bench: setup
	$(BIN)/eventwire bench

lock:
	uv pip compile pyproject.toml requirements.in --extra test --extra eval --extra dask --generate-hashes --python-version 3.11 -o requirements.lock
	uv pip compile pyproject.toml --extra peers -c requirements.lock --generate-hashes --python-version 3.11 --no-emit-package eventwire -o requirements-peers.lock

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
