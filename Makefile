# Set-up and everyday tasks. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PYTHAINLP_OFFLINE := 1
export PYTHAINLP_DATA := $(abspath $(VENV))/pythainlp-data

.PHONY: demo test venv clean bench browser-deps

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/coopgraph build data/samples -o out/graph.trig --html out/graph.html --summary out/summary.md

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

# The page test drives Debian's Chromium; Thai labels need a Thai font.
browser-deps:
	@command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi tlwg || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-thai-tlwg >/dev/null) \
	    || echo "browser-deps: could not install chromium/fonts-thai-tlwg; browser tests will skip"; }

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) out build *.egg-info
