# Palabre: the two commands of the README, and a few helpers.
#   make run    set up (first time only) and open the window on the example dialogue
#   make test   set up (first time only) and run the whole test suite headless
#   make translations   compile the window's translations (.ts -> .qm, only those out of date)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.palabre-installed
export MPLCONFIGDIR := $(CURDIR)/.mplconfig

.PHONY: run test setup system translations bench lint screenshots screenshots-fr clean

run: system $(STAMP) translations
	$(BIN)/palabre --example

test: system $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

setup: system $(STAMP) translations

system:
	@sh scripts/system-deps.sh

# The .qm files are built here, never committed (scripts/merge_translations.py keeps the .ts).
translations: | $(STAMP)
	$(BIN)/python scripts/build_translations.py

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

screenshots: system $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/palabre --screenshot docs/screenshots

screenshots-fr: system $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/palabre --screenshot docs/screenshots/fr --lang fr

clean:
	rm -rf $(VENV) .mplconfig build *.egg-info
