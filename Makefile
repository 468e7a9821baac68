# eventwire — the two commands the README opens with:
#   make demo   installs into .venv and codes the bundled sample articles into ./eventwire.duckdb
#   make test   installs into .venv (if needed) and runs the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test install eval bench clean

$(BIN)/eventwire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(BIN)/eventwire

install: $(BIN)/eventwire

demo: install
	$(BIN)/eventwire demo

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/eventwire eval ../shared/gold/*.jsonl

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info eventwire.duckdb
