"""deploy/precompress.py in an image whose root file system is read-only (deploy/k8s): the folder built
into the image is used as it is, and nothing is written beside it."""

from __future__ import annotations

import os

import pytest

from deploy import precompress


@pytest.fixture
def built(tmp_path):
    source = tmp_path / "static"
    (source / "js").mkdir(parents=True)
    (source / "js" / "main.js").write_text("console.log('the guide');\n" * 200)
    cache = tmp_path / "cache"
    folder = precompress.prepare(say=lambda _: None, source=source, version="9.9", root=cache)
    return source, cache, folder


def read_only(monkeypatch, cache):
    """As a read-only mount looks to its user (tests run as root, whom mode bits do not stop)."""
    real = os.access

    def access(path, mode):
        return False if str(path) == str(cache) and mode & os.W_OK else real(path, mode)

    monkeypatch.setattr(os, "access", access)


def test_a_complete_folder_in_a_read_only_cache_is_used_without_writing(built, monkeypatch):
    source, cache, folder = built
    (cache / ".lock").unlink()
    used_before = (folder / precompress.COMPLETE).stat().st_mtime_ns
    read_only(monkeypatch, cache)
    assert precompress.prepare(say=lambda _: None, source=source, version="9.9", root=cache) == folder
    assert not (cache / ".lock").exists()
    assert (folder / precompress.COMPLETE).stat().st_mtime_ns == used_before


def test_an_incomplete_folder_in_a_read_only_cache_is_never_used(built, monkeypatch):
    source, cache, folder = built
    (folder / precompress.COMPLETE).unlink()
    read_only(monkeypatch, cache)
    (cache / ".lock").unlink()
    # As root the write still succeeds, so the folder is built again rather than used half-made.
    again = precompress.prepare(say=lambda _: None, source=source, version="9.9", root=cache)
    assert (again / precompress.COMPLETE).exists() and (cache / ".lock").exists()
