# Entry Hub Desk — build steps as named targets.
#   make run    set everything up and start the app
#   make test   set everything up and run every check (what CI runs)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Debian packages Qt needs at run time (xcb for a real screen, EGL/GL/fontconfig for all).
QT_DEBS := libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 \
	libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-render-util0 libxcb-image0 xvfb postgresql \
	poppler-utils zbar-tools
TS := translations/entryhub_sv.ts translations/entryhub_en.ts
# Qt Designer forms (ui/*.ui) compiled into Python classes (generated, committed).
UI_FORMS := $(wildcard ui/*.ui)
PY_FORMS := $(patsubst ui/%.ui,entryhub_desk/views/forms/ui_%.py,$(UI_FORMS))

.PHONY: run test setup debs lint typecheck pytest coverage coverage-floor forms translations dist smoke bench screenshot clean taxonomy

run: setup
	$(PY) -m entryhub_desk

test: setup
	$(MAKE) --no-print-directory lint typecheck pytest smoke

debs:
	@missing=$$(for p in $(QT_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Qt needs these Debian packages; run:"; \
	    echo "  sudo apt-get install -y $$missing"; exit 1; \
	  fi; \
	fi

# Three distributions: the desk (pyproject.toml), the server (server/) and the wire format
# both share (wire/). The development venv holds all three; the server alone installs with
# `pip install ./wire ./server` (README.md).
$(STAMP): pyproject.toml wire/pyproject.toml server/pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ./wire -e ./server -e '.[dev]'
	touch $(STAMP)

setup: debs $(STAMP) translations/entryhub_sv.qm

# ruff, then the layer contracts of pyproject.toml ([tool.importlinter]; docs/internals.md).
lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

typecheck:
	$(VENV)/bin/mypy entryhub_desk server/entryhub_server wire/entryhub_wire

# The suite on every core (pytest-xdist): each worker its own process, Qt offscreen
# application and PostgreSQL cluster; work-stealing evens out the long tests.
# PYTEST_WORKERS=0 runs it in this one process (e.g. to debug with -s or pdb).
PYTEST_WORKERS ?= auto
XDIST = -n $(PYTEST_WORKERS) --dist worksteal
# The core packages' own tests run under coverage (line coverage of those packages only,
# [tool.coverage.run]; pytest-cov gathers it from every worker), the rest of the suite
# untraced; then the ratchet: no package may fall below its floor in tests/coverage_floor.json
# (docs/internals.md, "Coverage ratchet").
CORE_TESTS := tests/domain tests/store tests/security tests/sync tests/search tests/wire

pytest: coverage
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(XDIST) $(addprefix --ignore=,$(CORE_TESTS))
	$(PY) tests/coverage_ratchet.py

coverage:
	rm -f .coverage
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(XDIST) --cov --cov-report= $(CORE_TESTS)

# Raise the floors to today's figures (never lowers one); commit tests/coverage_floor.json.
coverage-floor: coverage
	$(PY) tests/coverage_ratchet.py --raise

# Compile the Designer forms into entryhub_desk/views/forms/ui_*.py.
forms: $(PY_FORMS)

entryhub_desk/views/forms/ui_%.py: ui/%.ui
	$(VENV)/bin/pyside6-uic $< -o $@

# Update the .ts sources from the code and forms, then compile them. The generated form
# modules are left out: their strings are read from the .ui files themselves.
translations: forms
	$(VENV)/bin/pyside6-lupdate $$(find entryhub_desk/views entryhub_desk/app.py -name '*.py' -not -path '*/forms/*' | sort) $(UI_FORMS) -ts $(TS) -no-obsolete -locations none
	$(MAKE) --no-print-directory translations/entryhub_sv.qm

translations/entryhub_sv.qm: $(TS)
	for ts in $(TS); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

dist: setup
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/work build/entryhub-desk.spec

smoke: dist
	QT_QPA_PLATFORM=offscreen dist/entryhub-desk/entryhub-desk self-test
	du -sh dist/entryhub-desk

# Rebuild the compact ESCO lookup files (resources/taxonomy/, committed) from the shared CSVs.
ESCO_CSV ?= ../shared/data/esco
taxonomy:
	$(PY) build/build_taxonomy.py --source $(ESCO_CSV) --out resources/taxonomy

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/bench_store.py
	$(PY) tests/bench/bench_search.py
	$(PY) tests/bench/bench_taxonomy.py
	$(PY) tests/bench/bench_cv.py
	$(PY) tests/bench/bench_sync.py
	$(PY) tests/bench/bench_sync_server.py
	$(PY) tests/bench/bench_wire_codec.py

screenshot: setup
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) build/screenshots.py docs/screenshots

clean:
	rm -rf build/work dist
