"""liverguide.site: one list of pages, each with its own address, file and keys."""

from pathlib import Path

from liverguide.site import BY_ID, HOME, LINKABLE_PAGES, PAGES, SECTION_PAGES

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_in_the_registry_has_its_file_and_a_unique_address():
    assert [p.id for p in PAGES] == list(BY_ID)
    assert len({p.address for p in PAGES}) == len(PAGES)
    for page in PAGES:
        assert (ROOT / page.file).is_file(), page.file


def test_every_page_file_is_in_the_registry():
    files = {path.relative_to(ROOT).as_posix() for path in (ROOT / "pages").glob("*.py") if path.name != "__init__.py"}
    assert files == {p.file for p in PAGES}


def test_the_home_page_comes_first_at_the_root_address_and_is_not_a_link_target():
    assert HOME is PAGES[0] and HOME.address == "/"
    assert HOME.id not in LINKABLE_PAGES
    assert "shared" in SECTION_PAGES and set(SECTION_PAGES) - {"shared"} <= set(BY_ID)
