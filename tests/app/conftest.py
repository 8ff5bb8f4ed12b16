"""AppTest runs the guide on its shipped content, so every test here needs it to load: a broken file
then skips them with the loader's message (tests/conftest.py), instead of failing each one again.
A test that brings its own content folder says so with @pytest.mark.own_content."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _the_guide_s_content_loads(request):
    if request.node.get_closest_marker("own_content") is None:
        request.getfixturevalue("content")
