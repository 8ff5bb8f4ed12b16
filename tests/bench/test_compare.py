"""bench/compare.py's parts that need no browser: a commit's copy, and the table it prints."""

from __future__ import annotations

import subprocess

from bench.compare import copy_of, table
from harness.browser import ROOT


def test_a_commit_is_copied_as_it_was_committed(tmp_path):
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    folder = copy_of(head.strip(), tmp_path)
    committed = subprocess.run(["git", "show", "HEAD:app.py"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert (folder / "app.py").read_text() == committed.stdout
    assert (folder / "content" / "ui.yaml").is_file() and not (folder / ".venv").exists()


def test_the_table_has_a_column_per_side_and_a_row_per_page():
    ratios = {"this tree": {"/": 1.234, "/about": 1.1}, "abc123": {"/": 1.5, "/about": 1.2}}
    assert table(ratios).splitlines() == [
        "| Page | this tree | `abc123` |",
        "|---|---|---|",
        "| `/` | 1.23 × | 1.50 × |",
        "| `/about` | 1.10 × | 1.20 × |",
    ]
