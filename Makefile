# incare: `make demo` to see it, `make test` to test it, `make check` before every commit.
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
# Tests, types and one-off commands run as development; `make demo` says demo; a real
# deployment sets INCARE_MODE=production (the settings' default) itself.
export INCARE_MODE ?= development

UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := python3 -m uv
endif
BIN := .venv/bin

.PHONY: setup system demo test check lint types contracts bench docs format clean

setup: .venv/.synced node_modules/.installed

.venv/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
	$(UV) sync --frozen
	@touch $@

# GOV.UK Frontend and HTMX for the pages, axe-core for the browser tests: pinned in
# package-lock.json, installed here, never committed.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

demo: setup
	$(BIN)/incare demo

# Chromium (browser tests) and Pango (PDF letters) from Debian, installed when missing.
system:
	@tools/system-packages.sh

test: setup system
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/ruff check src tests benchmarks tools

types: setup
	$(BIN)/mypy

contracts: setup
	$(BIN)/lint-imports

check: lint types contracts test

bench: setup
	$(BIN)/python -m benchmarks.bench_duties
	$(BIN)/python -m benchmarks.bench_903
	$(BIN)/python -m benchmarks.bench_web

docs: setup
	$(BIN)/incare rules-doc > docs/rules.md
	$(BIN)/python -m incare.interop.ssda903.rulebook docs/ssda903-differences.md

format: setup
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache
