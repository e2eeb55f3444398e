# film-extract: the front door. `make help` lists the targets.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed
RAW    ?= raw
OUT    ?= output
ARGS   ?=
LIMIT  ?= 2000
FULL   ?=

.DEFAULT_GOAL := help
.PHONY: help install extract test eval bench robust clean-output

help: ## list the targets, one line each
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install the package, pinned dependencies and the spaCy model (skipped when up to date)

extract: $(STAMP) ## run the pipeline on $(RAW) into $(OUT) (ARGS="--model NAME" passes more flags)
	$(PY) -m pipeline extract --raw $(RAW) --out $(OUT) $(ARGS)

test: $(STAMP) ## run the whole test suite (slow spaCy tests included)
	$(PY) -m pytest -q

eval: $(STAMP) ## score the pipeline and baselines on tests/gold; writes $(OUT)/eval.json
	$(PY) -m pipeline.evaluate --gold tests/gold --out $(OUT)

bench: $(STAMP) ## throughput, memory, 1 vs 2 workers, Dask and cache figures on the Wikipedia summaries (LIMIT=2000; FULL=1 for all); writes $(OUT)/bench.json
	$(PY) -m pipeline.bench --limit $(if $(FULL),0,$(LIMIT)) --out $(OUT)

robust: $(STAMP) ## repair and extraction on real prose: Wikipedia summaries as they are and damaged like a scrape (LIMIT=2000); writes $(OUT)/robustness.json
	$(PY) -m pipeline.robustness --limit $(if $(FULL),0,$(LIMIT)) --out $(OUT)

clean-output: ## remove generated files under $(OUT) (keeps its README)
	find $(OUT) -mindepth 1 ! -name README.md -delete
