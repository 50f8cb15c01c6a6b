# Set-up, build and test in one place. Every target that needs Python first
# makes .venv/ (re-made whenever pyproject.toml or constraints.txt changes).

PYTHON     ?= python3
VENV       := .venv
BIN        := $(VENV)/bin
STAMP      := $(VENV)/.installed
SPHINXOPTS ?= -W --keep-going -j auto
BUILDDIR   := _build
GALLERY    := docs/auto_examples

# Dates in the output come from the last commit, not the clock, so that two
# builds of one commit are byte-identical.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif

.DEFAULT_GOAL := help
.PHONY: help html html-noplot test bench serve htmllive check clean lock

help:  ## List the targets.
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable ".[docs,test]"
	touch $@

html: $(STAMP)  ## Build the site into _build/html (runs changed gallery scripts).
	$(BIN)/sphinx-build -b html -c . -d $(BUILDDIR)/doctrees docs $(BUILDDIR)/html $(SPHINXOPTS)

html-noplot: $(STAMP)  ## Build without running the gallery scripts.
	$(BIN)/sphinx-build -b html -c . -d $(BUILDDIR)/doctrees docs $(BUILDDIR)/html $(SPHINXOPTS) -D plot_gallery=0

# axe-core, for the accessibility test. Without npm that one test is skipped
# and says why (CI installs npm, and there a skip is a failure).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the accessibility test will be skipped"; fi

check: $(STAMP)  ## Lint and format-check every Python file (ruff).
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: check html node_modules/.installed  ## Check, build, then run every test.
	$(BIN)/python -m pytest

# Lighthouse, for make bench only (about 140 MB): kept out of make test's npm ci.
benchmarks/node_modules/.installed: benchmarks/package.json benchmarks/package-lock.json
	@if command -v npm >/dev/null; then cd benchmarks && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else echo "npm not found: make bench will skip Lighthouse"; fi

bench: html benchmarks/node_modules/.installed  ## Time builds, the module, page weight, figure text, Lighthouse.
	$(BIN)/python benchmarks/bench.py

serve: html  ## Serve the built site on http://localhost:8000.
	$(BIN)/python -m http.server --directory $(BUILDDIR)/html --bind 127.0.0.1 8000

htmllive: $(STAMP)  ## Rebuild and reload the browser on every save.
	$(BIN)/sphinx-autobuild -c . -d $(BUILDDIR)/doctrees docs $(BUILDDIR)/html $(SPHINXOPTS) \
		--watch conv_examples --ignore "*/auto_examples/*" --ignore "*/jupyter_execute/*"

lock: pyproject.toml  ## Re-pin every transitive dependency into constraints.txt.
	rm -rf $(BUILDDIR)/lock-venv
	$(PYTHON) -m venv $(BUILDDIR)/lock-venv
	$(BUILDDIR)/lock-venv/bin/python -m pip install --quiet ".[docs,test]"
	$(BUILDDIR)/lock-venv/bin/python -m pip freeze --exclude conv-examples > constraints.txt

clean:  ## Remove all build output, including the generated gallery.
	rm -rf $(BUILDDIR) $(GALLERY) docs/sg_execution_times.rst docs/jupyter_execute docs/_generated
