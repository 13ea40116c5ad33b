"""The start-up cache: same records as a fresh parse, and never a reason to fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from usperu import DataError, load_statement
from usperu._cache import cache_dir

from .conftest import DATA


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("USPERU_CACHE_DIR", str(directory))
    monkeypatch.delenv("USPERU_NO_CACHE", raising=False)
    return directory


def test_cached_load_equals_a_fresh_parse(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_statement()
    assert [p.name.split("-")[2] for p in cache.iterdir()] == ["document"]
    second = load_statement()
    assert second == first
    monkeypatch.setenv("USPERU_NO_CACHE", "1")
    assert load_statement() == first


def test_editing_the_file_misses_the_cache(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "statement.toml"
    text = DATA.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    assert load_statement(str(path)).achievements[2].title == "Peru joins the Blue Dot Network"
    path.write_text(text.replace("Peru joins the Blue Dot Network", "Edited"), encoding="utf-8")
    assert load_statement(str(path)).achievements[2].title == "Edited"
    path.write_text(text.replace('status = "joined"', 'status = "bogus"'), encoding="utf-8")
    with pytest.raises(DataError, match="status"):
        load_statement(str(path))


def test_a_corrupt_cache_is_ignored(cache: Path) -> None:
    expected = load_statement()
    for entry in cache.iterdir():
        entry.write_bytes(b"\x00garbage")
    assert load_statement() == expected


def test_an_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("USPERU_CACHE_DIR", str(blocker / "cache"))
    assert load_statement().metadata.id == "statement"


def test_cache_location(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("USPERU_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/x/cache")
    assert cache_dir() == "/x/cache/usperu"
    monkeypatch.setenv("USPERU_NO_CACHE", "1")
    assert cache_dir() is None


def test_the_data_file_is_untouched(cache: Path) -> None:
    before = (DATA.read_bytes(), DATA.stat().st_mtime_ns)
    load_statement(str(DATA))
    load_statement(str(DATA))
    assert (DATA.read_bytes(), DATA.stat().st_mtime_ns) == before


def test_cached_search_index_equals_a_fresh_one(cache: Path) -> None:
    from usperu._search import _INDEXES, _build_index, build_index, search

    statement = load_statement()
    _INDEXES.clear()
    fresh = build_index(statement)  # builds and stores
    assert {p.name.split("-")[2] for p in cache.iterdir()} == {"document", "index"}
    assert build_index(statement) is fresh  # the same process keeps it
    _INDEXES.clear()
    assert build_index(statement) == fresh == _build_index(statement)  # read back from disk
    assert search(statement, "minerals")[0].id == "critical-minerals"


def test_old_entries_are_pruned(cache: Path, tmp_path: Path) -> None:
    from usperu._cache import KEEP

    text = DATA.read_text(encoding="utf-8")
    for number in range(KEEP + 3):
        path = tmp_path / f"copy{number}.toml"
        path.write_text(text.replace("Peru joins the Blue Dot Network", f"Edit {number}"), encoding="utf-8")
        load_statement(str(path))
    assert len([p for p in cache.iterdir() if "-document-" in p.name]) == KEEP
