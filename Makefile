# Two commands: `make run` (set up and start the guide) and `make test` (set up and run every test).
# `make check` is the fast loop while editing: lint, unit, content and AppTest tests, no browser.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test check lint bench load chromium clean

# Stamp files record which requirements the venv was built from, so an edit re-installs.
$(VENV)/.runtime-stamp: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev-stamp: $(VENV)/.runtime-stamp requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime-stamp
	$(PY) -m streamlit run app.py --server.port $(PORT)

# Browser tests drive Debian's chromium; Playwright cannot download a browser here. The Chinese pages
# need a CJK font, or Chromium draws empty boxes (fonts-wqy-microhei: 1.6 MB).
chromium:
	@if [ -x $(CHROMIUM) ] && fc-list :lang=zh | grep -q .; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei; \
	else \
		echo "Chromium or a Chinese font is missing: run 'sudo apt-get install chromium fonts-wqy-microhei' (Debian)"; exit 1; \
	fi

lint: $(VENV)/.dev-stamp
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: lint chromium
	CHROMIUM=$(CHROMIUM) $(PY) -m pytest

check: lint
	$(PY) -m pytest -p no:playwright tests/unit tests/content tests/app tests/test_layering.py

# Speed and memory as ratios to a one-line Streamlit app measured in the same run; prints, never fails on time.
bench: $(VENV)/.dev-stamp chromium
	CHROMIUM=$(CHROMIUM) $(PY) -m bench.bench

# 20 readers at once, each on its own route; fails if any session errs or sees another's answers.
load: $(VENV)/.dev-stamp chromium
	CHROMIUM=$(CHROMIUM) $(PY) -m bench.load

clean:
	rm -rf $(VENV) screenshots .pytest_cache
