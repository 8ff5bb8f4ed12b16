# Two commands: `make run` (set up and start the guide) and `make test` (set up and run every test).
# `make check` is the fast loop while editing: lint, unit, content and AppTest tests, no browser.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
CHROMIUM ?= /usr/bin/chromium
NGINX    ?= /usr/sbin/nginx
REPLICAS ?= 2
# make serve PIN=no: let the kernel place the app processes (auto: a core each when there are enough).
PIN      ?= auto
# make load MODE=protocol READERS=100: the protocol-level load generator (no browsers).
MODE     ?= browser
READERS  ?= 100
DURATION ?= 60
# make run HOSPITAL=deploy/hospital.example.toml (or make serve ...): the guide as that hospital's
# (docs/deploy.md); without it the guide runs as it always has. A broken file stops it at start.
HOSPITAL ?=
WITH_HOSPITAL = $(if $(HOSPITAL),LIVERGUIDE_HOSPITAL=$(abspath $(HOSPITAL)))

# The reading edition's address: the app's, with the edition under read/ (canonical links, sitemap.xml).
SITE_URL ?= http://localhost:$(PORT)/

.PHONY: run serve site test check lint lock bench compare load soak chromium nginx image clean

# Stamp files record which requirements the venv was built from, so an edit re-installs. Every
# package, direct or pulled in, is installed at the version constraints.txt locks.
$(VENV)/.runtime-stamp: requirements.txt constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	touch $@

$(VENV)/.dev-stamp: $(VENV)/.runtime-stamp requirements-dev.txt constraints.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	touch $@

# After changing requirements*.txt: resolve them afresh in a scratch venv and lock the whole tree.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	{ sed -n '1,3p' constraints.txt; .lock-venv/bin/pip freeze --exclude-editable; } > constraints.txt.new
	mv constraints.txt.new constraints.txt && rm -rf .lock-venv

run: $(VENV)/.runtime-stamp site
	$(WITH_HOSPITAL) $(PY) -m deploy.serve --check
	$(WITH_HOSPITAL) PYTHONPATH=$(CURDIR) $(PY) -m streamlit run deploy/editors.py --server.port $(PORT)

# The production shape on one machine: nginx in front of REPLICAS app processes (deploy/serve.py,
# docs/deploy.md). Ctrl+C stops it all.
serve: $(VENV)/.runtime-stamp nginx site
	$(WITH_HOSPITAL) NGINX=$(NGINX) $(PY) -m deploy.serve --port $(PORT) --replicas $(REPLICAS) --pin $(PIN)

# Debian's nginx (nginx-light has gzip, gzip_static, sub_filter and the limits), and its brotli modules
# where Debian ships them (bookworm: libnginx-mod-http-brotli-filter, and -static, which sends the .br
# files deploy/precompress.py writes once per Streamlit release); serve.py uses each only if present.
NGINX_MODULES ?= /usr/lib/nginx/modules
nginx:
	@if [ -x $(NGINX) ] && [ -e $(NGINX_MODULES)/ngx_http_brotli_static_module.so ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq; \
		brotli=$$(for p in libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static; do \
			apt-cache show $$p >/dev/null 2>&1 && echo $$p; done); \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light $$brotli; \
	elif [ -x $(NGINX) ]; then \
		echo "note: no brotli_static module: nginx compresses Streamlit's files on the fly" \
			"('sudo apt-get install libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static' on Debian)"; \
	else \
		echo "nginx is missing: run 'sudo apt-get install nginx-light libnginx-mod-http-brotli-filter" \
			"libnginx-mod-http-brotli-static' (Debian)"; exit 1; \
	fi

# Browser tests drive Debian's chromium; Playwright cannot download a browser here. The Chinese pages
# need a CJK font, or Chromium draws empty boxes (fonts-wqy-microhei: 1.6 MB).
chromium:
	@if [ -x $(CHROMIUM) ] && fc-list :lang=zh | grep -q .; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei; \
	else \
		echo "Chromium or a Chinese font is missing: run 'sudo apt-get install chromium fonts-wqy-microhei' (Debian)"; exit 1; \
	fi

# Ruff (style, and the layering: ruff.toml), then mypy on liverguide/, ui/ and pages/ (mypy.ini).
lint: $(VENV)/.dev-stamp
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# The reading edition: plain HTML pages of everything a reader only reads, in site/ (and site/*.zip).
# A broken content file stops it with the file, item and field, as the app reports it.
site: $(VENV)/.runtime-stamp
	$(PY) -m liverguide.reading_edition --out site --site-url $(SITE_URL)

test: lint chromium nginx site
	CHROMIUM=$(CHROMIUM) NGINX=$(NGINX) $(PY) -m pytest

check: lint
	$(PY) -m pytest -p no:playwright tests/unit tests/content tests/app tests/deploy tests/test_layering.py

# Speed and memory as ratios to a one-line Streamlit app measured in the same run; prints, never fails on time.
bench: $(VENV)/.dev-stamp chromium nginx site
	CHROMIUM=$(CHROMIUM) NGINX=$(NGINX) $(PY) -m bench.bench

# make compare BEFORE="<commit> ..." [PAGES="/ /questions"] [RUNS=5]: page-ready ratios of this tree and
# of those commits, each served from its own copy, in one interleaved run (bench/compare.py).
BEFORE ?= HEAD
PAGES  ?=
RUNS   ?= 5
compare: $(VENV)/.dev-stamp chromium
	CHROMIUM=$(CHROMIUM) $(PY) -m bench.compare --runs $(RUNS) $(if $(PAGES),--pages "$(PAGES)") $(BEFORE)

# 20 readers at once, each on its own route; fails if any session errs or sees another's answers.
# MODE=protocol: READERS readers speaking Streamlit's own messages (bench/protocol.py), no browsers.
load: $(VENV)/.dev-stamp chromium nginx
	CHROMIUM=$(CHROMIUM) NGINX=$(NGINX) $(PY) -m bench.load --mode $(MODE) --readers $(READERS) --duration $(DURATION)

# An hour of readers coming and going through `make serve`'s shape; memory sampled every 30 s.
MINUTES ?= 60
soak: $(VENV)/.dev-stamp nginx
	NGINX=$(NGINX) $(PY) -m bench.soak --minutes $(MINUTES) --out bench/soak.jsonl

# The cluster image (Containerfile, deploy/k8s), built with Debian's podman on a Debian 12 root made
# by debootstrap (no container registry is reachable here), then started under the pod's restrictions
# (tests/deploy/test_image.py). runc: Debian's crun cannot start containers under hybrid cgroups.
# PIP_CERT (a proxy's own certificate authority, as on this project's machines) is passed to pip.
IMAGE ?= localhost/liverguide:dev
IMAGE_BASE ?= localhost/debian:bookworm-debootstrap
image: $(VENV)/.dev-stamp
	@if command -v podman >/dev/null && command -v runc >/dev/null && command -v debootstrap >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap; \
	else \
		echo "podman, runc or debootstrap is missing: run 'sudo apt-get install podman runc debootstrap' (Debian)"; exit 1; \
	fi
	podman image exists $(IMAGE_BASE) || { rm -rf .debian-root \
		&& debootstrap --variant=minbase bookworm .debian-root >/dev/null \
		&& tar -C .debian-root -c . | podman import - $(IMAGE_BASE); status=$$?; rm -rf .debian-root; exit $$status; }
	podman build --isolation chroot --network host --build-arg BASE=$(IMAGE_BASE) \
		$(if $(PIP_CERT),--volume $(PIP_CERT):/run/ca.crt:ro --build-arg PIP_CERT=/run/ca.crt) -t $(IMAGE) .
	LIVERGUIDE_IMAGE=$(IMAGE) $(PY) -m pytest -p no:playwright tests/deploy/test_image.py -ra

clean:
	rm -rf $(VENV) screenshots .pytest_cache site
