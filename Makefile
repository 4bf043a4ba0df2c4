# Palabre: the two commands of the README, and a few helpers.
#   make run    set up (first time only) and open the window on the example dialogue
#   make test   set up (first time only) and run the whole test suite headless
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.palabre-installed
export MPLCONFIGDIR := $(CURDIR)/.mplconfig

.PHONY: run test setup system bench lint screenshots clean

run: system $(STAMP)
	$(BIN)/palabre --example

test: system $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

setup: system $(STAMP)

system:
	@sh scripts/system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

bench: system $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

screenshots: system $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/palabre --screenshot docs/screenshots

clean:
	rm -rf $(VENV) .mplconfig build *.egg-info
