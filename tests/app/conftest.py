"""AppTest helpers: open the guide from its entry point, as a reader's browser would, on any page."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


def open_app(page: str | None = None, **query: str) -> AppTest:
    """Run app.py, then switch to `page` (a file under pages/) with these query parameters.

    A generous timeout: cold imports on a loaded 2-core machine.
    """
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(query)
    at.run()
    assert not at.exception
    if page:
        at.query_params.update(query)
        at.switch_page(page).run()
        assert not at.exception
    return at
