# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
# TORCH_INDEX: set to https://download.pytorch.org/whl/cpu on a machine whose pip would otherwise
# fetch the multi-GB CUDA build of torch (see README "Installing").
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.trustwatch-installed
TORCH_INDEX ?=
PIP_INDEX := $(if $(TORCH_INDEX),--extra-index-url $(TORCH_INDEX),)
DEMO_DB ?= trustwatch.duckdb
DEMO_OUTBOX ?= outbox

export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120
export PREFECT_LOGGING_LEVEL ?= WARNING
export HF_HUB_OFFLINE ?= 1
export TRANSFORMERS_OFFLINE ?= 1

.PHONY: install demo test lint typecheck bench constraints clean browser

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet $(PIP_INDEX) "torch==2.13.0"
	$(PY) -m pip install --quiet $(PIP_INDEX) -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	TRUSTWATCH_STORAGE__PATH=$(abspath $(DEMO_DB)) TRUSTWATCH_ALERTS__OUTBOX_DIR=$(abspath $(DEMO_OUTBOX)) \
	  $(VENV)/bin/trustwatch run --config demo/trustwatch.toml --since 2026-11-09T00:00:00Z --until 2026-11-16T00:00:00Z
	@echo "Database: $(DEMO_DB)   Alert emails: $(DEMO_OUTBOX)/"

RUNTIME := trustwatch connectors classifiers storage alerts flows cli web

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/vulture $(RUNTIME) training evals bench tests/vulture_whitelist.py --min-confidence 60

typecheck: $(STAMP)
	$(VENV)/bin/mypy $(RUNTIME) training evals bench

# The browser tests drive Debian's chromium (Playwright's own browser download cannot run here).
CHROMIUM ?= /usr/bin/chromium

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

browser: $(CHROMIUM)

test: $(STAMP) $(CHROMIUM) lint typecheck
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) -m bench.classify

constraints: $(STAMP)
	(head -n 3 constraints.txt; $(PY) -m pip freeze --exclude-editable | sed -E "s/^torch==2\.13\.0\+cpu/torch==2.13.0/") > constraints.new && mv constraints.new constraints.txt

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache $(DEMO_DB) $(DEMO_DB).wal $(DEMO_OUTBOX) $(basename $(DEMO_DB)).read.duckdb
