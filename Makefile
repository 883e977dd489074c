# Lantern: `make serve` builds and serves the example site; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHECKERS := node_modules/.installed
PORT ?= 8000

.PHONY: install serve html publish national public-health validate test test-fast lint clean lock bench wheel translations

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Lantern needs Python 3.11 or newer; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# The Nu Html Checker, pinned in package-lock.json; the page tests run it with Java.
$(CHECKERS): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $(CHECKERS)

install: $(STAMP)

html: $(STAMP)
	$(BIN)/lantern build

serve: html
	$(BIN)/lantern serve --watch --port $(PORT)

publish: $(STAMP)
	$(BIN)/lantern build --settings publishconf.py

# The national example: every council's pages (examples/national/, docs/national.md).
national: $(STAMP)
	$(BIN)/lantern build --settings examples/national/pelicanconf.py --jobs 2

# The public health example: one council's ONS indicators (docs/public-health.md).
public-health: $(STAMP)
	$(BIN)/lantern build --settings examples/public-health/pelicanconf.py

validate: $(STAMP)
	$(BIN)/lantern validate data

# Build times as ratios to plain Pelican, validation at 1x and 10x rows (docs/performance.md).
bench: $(STAMP)
	$(BIN)/python scripts/bench.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Every core runs tests (pytest-xdist); a module's tests stay together, so what a module
# builds once for its tests is built once.
PARALLEL := -n auto --dist loadscope

test: lint $(CHECKERS)
	$(BIN)/python -m pytest $(PARALLEL)

# While working: every test but those that drive a browser or build the whole example.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q $(PARALLEL) -m "not browser and not site_build"

# Lantern as a wheel in dist/: the plugin, the theme, the starter sites and the national data
# (docs/your-own-site.md). Install it anywhere with pip; no path leads back here.
wheel: $(STAMP)
	$(BIN)/python -m pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation -w dist .

# Lantern's words extracted again into the template every catalogue is made from, and each
# catalogue brought up to date with it: new words added empty, changed ones marked fuzzy.
LOCALE := plugins/lantern/locale
translations: $(STAMP)
	$(BIN)/pybabel --quiet extract --mapping-file babel.cfg --add-location=file --sort-by-file \
	  --omit-header --output-file $(LOCALE)/lantern.pot .
	@if ls $(LOCALE)/*/LC_MESSAGES/lantern.po >/dev/null 2>&1; then \
	  $(BIN)/pybabel --quiet update --domain lantern --input-file $(LOCALE)/lantern.pot \
	    --output-dir $(LOCALE) --ignore-obsolete; fi

clean:
	rm -rf output .output.* .lantern-releases-* .lock-venv $(VENV)

# Re-pin after changing a dependency in pyproject.toml or requirements-dev.in: resolves both
# into requirements.lock with a hash for every file, using pip-tools in a throwaway venv.
# Every other package keeps the version it is pinned to (pip-compile starts from the lock).
PIP_TOOLS := pip-tools==7.6.2
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --disable-pip-version-check $(PIP_TOOLS)
	grep -v '^#' requirements.lock > .requirements.lock.new
	.lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links --no-annotate --no-header \
	  --output-file .requirements.lock.new pyproject.toml requirements-dev.in
	{ echo "# Exact versions and file hashes of everything Lantern and its tests use."; \
	  echo "# Install with: pip install --require-hashes -r requirements.lock. Update with: make lock"; \
	  echo; cat .requirements.lock.new; } > requirements.lock
	rm -rf .lock-venv .requirements.lock.new
