"""The layering (docs/design.md) is checked by ruff: liverguide/ may not import Streamlit."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def ruff_on(path: str, source: str) -> subprocess.CompletedProcess:
    """Ruff, with the project's settings, on `source` as if it were the file at `path` (nothing is written)."""
    command = [sys.executable, "-m", "ruff", "check", "--select", "TID251", "--stdin-filename", path, "-"]
    return subprocess.run(command, input=source, capture_output=True, text=True, cwd=ROOT)


def test_importing_streamlit_in_liverguide_is_refused():
    for source in ("import streamlit as st\n", "from streamlit import session_state\n"):
        result = ruff_on("liverguide/anything.py", source)
        assert result.returncode == 1 and "TID251" in result.stdout, result.stdout


def test_ui_and_pages_may_import_streamlit():
    for path in ("ui/anything.py", "pages/anything.py", "app.py"):
        assert ruff_on(path, "import streamlit as st\n").returncode == 0, path
