"""make run: the guide for editors, one process that reloads on save (`streamlit run
deploy/editors.py`), with the reading edition (make site) under /read/ as make serve has it, so
each page's "Simple page" link opens its twin instead of a blank page.

Streamlit's own server (st.App, with one extra route) sends the edition's files as they are: no
compression or security headers, which readers get from make serve's nginx. Content edits reach
the plain pages at the next `make site` (make run builds it as it starts).
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from deploy.serve import ROOT, SITE
from liverguide.site import READ_PATH

# The edition's folder; the tests point it at one they built.
EDITION = Path(os.environ.get("LIVERGUIDE_SITE", SITE))

app = st.App(ROOT / "app.py", routes=[Mount(f"/{READ_PATH.rstrip('/')}", StaticFiles(directory=EDITION, html=True))])
