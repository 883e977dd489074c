# Lantern: `make serve` builds and serves the example site; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHECKERS := node_modules/.installed
PORT ?= 8000

.PHONY: serve html publish validate test lint clean lock

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Lantern needs Python 3.11 or newer; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# The Nu Html Checker, pinned in package-lock.json; the page tests run it with Java.
$(CHECKERS): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $(CHECKERS)

html: $(STAMP)
	$(BIN)/lantern build

serve: html
	$(BIN)/lantern serve --port $(PORT)

publish: $(STAMP)
	$(BIN)/lantern build --settings publishconf.py

validate: $(STAMP)
	$(BIN)/lantern validate data

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint $(CHECKERS)
	$(BIN)/python -m pytest

clean:
	rm -rf output .output.* .lantern-releases-* $(VENV)

# Re-pin after changing a dependency in pyproject.toml or adding a test tool.
lock: $(STAMP)
	{ echo "# Exact versions of everything Lantern and its tests use. Update with: make lock"; \
	  $(BIN)/python -m pip freeze --all --exclude-editable | grep -v -E '^(pip|lantern)==' | sort -f; } > requirements.lock
