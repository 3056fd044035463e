# factline: every task starts here. `make demo` and `make test` each set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= factline.db

.PHONY: demo test eval bench models lint format schema screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/factline ingest examples/ --story kazakhstan-2022 --db sqlite:///$(DB)
	$(BIN)/factline timeline --db sqlite:///$(DB)
	$(BIN)/factline figures --db sqlite:///$(DB)
	$(BIN)/factline conflicts --db sqlite:///$(DB)

test: $(STAMP)
	sh scripts/install-chromium.sh || echo "chromium unavailable: the browser tests will skip"
	$(BIN)/python -m pytest -q

screenshots: $(STAMP)
	sh scripts/update-screenshots.sh

eval: $(STAMP)
	@set -e; for script in benchmarks/eval_*.py; do \
		echo "== $$script"; $(BIN)/python $$script; done
	$(BIN)/python benchmarks/summary.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/bench_stories.py
	$(BIN)/python benchmarks/bench_dask.py
	$(BIN)/python benchmarks/load.py
	$(BIN)/python benchmarks/summary.py --speed

# In dependency order: the events' country table reads the gazetteer.
MODELS := gazetteer world_outline actors ner ner_accurate events events_transformer story_idf domain conflicts

models: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,train]'
	@set -e; for name in $(MODELS); do \
		echo "== train/build_$$name.py"; $(BIN)/python train/build_$$name.py; done

schema: $(STAMP)
	$(BIN)/python -m factline.schema > schema/record.schema.json

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks train
	$(BIN)/ruff format --check src tests benchmarks train
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks train
	$(BIN)/ruff check --fix src tests benchmarks train

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache
