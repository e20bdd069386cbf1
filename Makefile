# Every target bootstraps .venv by itself, so a fresh clone needs nothing but python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LAB_STAMP := $(VENV)/.installed-lab
DEV_STAMP := $(VENV)/.installed-dev
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with notebooks/nbval-sanitize.cfg -p no:cacheprovider

CHROMIUM := /usr/bin/chromium

.PHONY: lab test bench soak regen check-generated fake notebooks lock lint typecheck clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# constraints.txt holds the exact versions tested together; pyproject.toml holds the ranges.
PIP_INSTALL := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt

$(LAB_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP_INSTALL) -e '.[lab]'
	@touch $@

$(DEV_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP_INSTALL) -e '.[lab,dev]'
	@touch $@ $(LAB_STAMP)

## JupyterLab on notebooks/ with the quickstart open (the local simulator unless HEYGEN_API_KEY is set).
lab: $(LAB_STAMP)
	@if [ -n "$$HEYGEN_API_KEY" ]; then echo "HEYGEN_API_KEY is set: the notebooks will use the real HeyGen API."; \
	 else echo "No HEYGEN_API_KEY: the notebooks will use your per-user HeyGen simulator (the one make fake serves)."; fi
	cd notebooks && ../$(BIN)/jupyter lab quickstart.ipynb $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

## Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	 elif sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	 else echo "The browser tests need Debian's chromium: run 'sudo apt-get install chromium', then make test." >&2; exit 1; fi

## Everything CI runs: lint, types, the drift gate, the test suite (browser tests included) and the notebooks.
# The notebooks' kernels start a per-user simulator: in a scratch folder, stopped afterwards.
test: lint typecheck check-generated $(CHROMIUM)
	$(BIN)/python -m pytest
	@home=$$(mktemp -d); \
	 HEYGEN_SIMULATOR_HOME=$$home HEYGEN_API_KEY= HEYGEN_SIMULATOR_SPEED=4 $(BIN)/python -m pytest $(NBVAL) notebooks; \
	 status=$$?; HEYGEN_SIMULATOR_HOME=$$home $(BIN)/python -m heygen_widgets.fake --stop; rm -rf "$$home"; exit $$status

## Benchmarks against the naive polling loop; results in bench-results/ (ARGS="--runs 5 --delay 0.05" to vary).
bench: $(DEV_STAMP)
	$(BIN)/python scripts/bench.py $(ARGS)

## Panels and a gallery under random faults, bounded (about 5 minutes); figures in bench-results/soak.md.
soak: $(DEV_STAMP)
	$(BIN)/python scripts/soak.py $(ARGS)

## Regenerate generated_client/ from openapi/ (SPEC=path-or-URL adopts a newer HeyGen file first).
regen: $(DEV_STAMP)
	$(BIN)/python scripts/regenerate.py $(if $(SPEC),--spec '$(SPEC)')

## Fail when generated_client/ differs from what openapi/ generates.
check-generated: $(DEV_STAMP)
	$(BIN)/python scripts/regenerate.py --check

## The per-user HeyGen simulator on http://127.0.0.1:8765, the store make lab's kernels use (PORT=, SPEED=, PROFILE=).
fake: $(LAB_STAMP)
	$(BIN)/python -m heygen_widgets.fake --user --port $(or $(PORT),8765) --speed $(or $(SPEED),1) --profile $(or $(PROFILE),default)

## Re-run the notebooks on the simulator and save them with their outputs (nbval compares against these).
# Without widget state: a saved notebook's widgets could only show "model not found" (or stale
# views of a dead simulator); each panel's saved view is a text output of its own instead.
notebooks: $(DEV_STAMP)
	HEYGEN_API_KEY= $(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.store_widget_state=False --ExecutePreprocessor.timeout=600 notebooks/*.ipynb

## Re-resolve pyproject.toml's ranges in a scratch venv and record the result in constraints.txt.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --disable-pip-version-check -e '.[lab,dev]'
	{ sed -n '1,2p' constraints.txt; .venv-lock/bin/python -m pip freeze --exclude-editable; } > constraints.txt.new
	mv constraints.txt.new constraints.txt && rm -rf .venv-lock

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
