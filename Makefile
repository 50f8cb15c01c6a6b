# Set-up, build and test in one place. Every target that needs Python first
# makes .venv/ (re-made whenever pyproject.toml or constraints.txt changes).

PYTHON     ?= python3
VENV       := .venv
BIN        := $(VENV)/bin
STAMP      := $(VENV)/.installed
# Extra sphinx-build options, e.g. `make html SPHINXOPTS=-v`. The command line
# itself, and the list of what a build generates, are in tools/build.py.
SPHINXOPTS ?=

.DEFAULT_GOAL := help
.PHONY: help html html-noplot test screenshots bench serve htmllive check clean lock

help:  ## List the targets.
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable ".[docs,test]"
	touch $@

html: $(STAMP)  ## Build the site into _build/html (runs changed gallery scripts).
	$(BIN)/python tools/build.py html $(SPHINXOPTS)

html-noplot: $(STAMP)  ## Build without running the gallery scripts.
	$(BIN)/python tools/build.py html -D plot_gallery=0 $(SPHINXOPTS)

# axe-core, for the accessibility test. Without npm that one test is skipped
# and says why (CI installs npm, and there a skip is a failure).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the accessibility test will be skipped"; fi

check: $(STAMP)  ## Lint and format-check every Python file (ruff).
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Two workers, each test file on one of them, in the order tests/conftest.py
# sets: one builds the site from nothing (tests/test_reproducible.py) while
# the other starts on the browser tests. Bytecode is cached even where
# PYTHONDONTWRITEBYTECODE is set: else every worker rewrites pytest's asserts
# and compiles the project's modules anew (3 s each; __pycache__ is ignored).
test: check html node_modules/.installed  ## Check, build, then run every test.
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n 2 --dist loadscope --no-loadscope-reorder

screenshots: html  ## Save every page, 390 and 1280 px wide, light and dark, in _build/screenshots/.
	$(BIN)/python -m pytest tests/test_browser.py --screenshots -m screenshots -q

# Lighthouse, for make bench only (about 140 MB): kept out of make test's npm ci.
benchmarks/node_modules/.installed: benchmarks/package.json benchmarks/package-lock.json
	@if command -v npm >/dev/null; then cd benchmarks && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else echo "npm not found: make bench will skip Lighthouse"; fi

bench: html benchmarks/node_modules/.installed  ## Time builds, the module, page weight, figure text, Lighthouse.
	$(BIN)/python benchmarks/bench.py

serve: html  ## Serve the built site on http://localhost:8000.
	$(BIN)/python -m http.server --directory _build/html --bind 127.0.0.1 8000

htmllive: $(STAMP)  ## Rebuild and reload the browser on every save.
	$(BIN)/python tools/build.py live $(SPHINXOPTS)

lock: pyproject.toml  ## Re-pin every transitive dependency into constraints.txt.
	rm -rf _build/lock-venv
	$(PYTHON) -m venv _build/lock-venv
	_build/lock-venv/bin/python -m pip install --quiet ".[docs,test]"
	_build/lock-venv/bin/python -m pip freeze --exclude conv-examples > constraints.txt

clean:  ## Remove all build output, including the generated gallery.
	$(PYTHON) tools/build.py clean
