"""The layering (docs/design.md) is checked by ruff: content/ -> liverguide/ -> ui/ -> pages/ -> app.py,
one way. liverguide/ imports neither Streamlit nor any layer above it, nor bench/, tests/ or deploy/
(ruff.toml); ui/ imports no page, nor bench/, harness/, tests/ or deploy/ (ui/ruff.toml); harness/,
which the tests and the benchmark share, imports neither, and bench/ imports no test. Each rule is shown
refusing here, and the imports each layer is meant to make are shown passing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def ruff_on(path: str, source: str) -> subprocess.CompletedProcess:
    """Ruff, with the project's settings, on `source` as if it were the file at `path` (nothing is written)."""
    command = [sys.executable, "-m", "ruff", "check", "--select", "TID251", "--stdin-filename", path, "-"]
    return subprocess.run(command, input=source, capture_output=True, text=True, cwd=ROOT)


REFUSED = [
    ("liverguide/anything.py", "import streamlit as st\n"),
    ("liverguide/anything.py", "from streamlit import session_state\n"),
    ("liverguide/anything.py", "from ui.state import LANG\n"),
    ("liverguide/anything.py", "import pages.home\n"),
    ("liverguide/anything.py", "import app\n"),
    ("liverguide/anything.py", "from bench import bench\n"),
    ("liverguide/anything.py", "from harness.journeys import ROUTE\n"),
    ("liverguide/anything.py", "from deploy import serve\n"),
    ("ui/anything.py", "import pages.home\n"),
    ("ui/anything.py", "import app\n"),
    ("ui/anything.py", "from bench import bench\n"),
    ("ui/anything.py", "from tests import conftest\n"),
    ("ui/anything.py", "from deploy import serve\n"),
    ("liverguide/anything.py", "from harness.browser import serve\n"),
    ("ui/anything.py", "from harness import journeys\n"),
    ("harness/anything.py", "from tests.conftest import ROOT\n"),
    ("harness/anything.py", "from bench import targets\n"),
    ("bench/anything.py", "from tests.e2e import conftest\n"),
]
ALLOWED = [
    ("liverguide/anything.py", "from liverguide.content import Words\n"),
    ("ui/anything.py", "import streamlit as st\n"),
    ("ui/anything.py", "from liverguide import pathway\n"),
    ("pages/anything.py", "import streamlit as st\nfrom ui import blocks\n"),
    ("app.py", "import streamlit as st\nfrom ui import frame\n"),
    ("deploy/anything.py", "from liverguide.i18n import HTML_LANG\n"),
    ("harness/anything.py", "from deploy.serve import free_port\nfrom liverguide.site import BY_ID\n"),
    ("bench/anything.py", "from harness.browser import serve\nfrom liverguide.site import PAGES\n"),
    ("tests/anything.py", "from bench import targets\nfrom harness.journeys import ROUTE\n"),
]


@pytest.mark.parametrize(("path", "source"), REFUSED)
def test_an_import_against_the_layering_is_refused(path, source):
    result = ruff_on(path, source)
    assert result.returncode == 1 and "TID251" in result.stdout, result.stdout


@pytest.mark.parametrize(("path", "source"), ALLOWED)
def test_the_imports_each_layer_is_meant_to_make_pass(path, source):
    assert ruff_on(path, source).returncode == 0, path
