# Every target bootstraps .venv by itself, so a fresh clone needs nothing but python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv regen check-generated fake lint typecheck test clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

## Regenerate generated_client/ from openapi/ (SPEC=path-or-URL adopts a newer HeyGen file first).
regen: $(STAMP)
	$(BIN)/python scripts/regenerate.py $(if $(SPEC),--spec '$(SPEC)')

## Fail when generated_client/ differs from what openapi/ generates.
check-generated: $(STAMP)
	$(BIN)/python scripts/regenerate.py --check

## The local HeyGen simulator on http://127.0.0.1:8765 (timed mode; PORT=, SPEED= to change).
fake: $(STAMP)
	$(BIN)/python -m heygen_widgets.fake --port $(or $(PORT),8765) --speed $(or $(SPEED),1)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

## Everything CI runs: lint, types, the drift gate and the test suite.
test: lint typecheck check-generated
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
