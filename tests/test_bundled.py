"""The bundled dataset ships parsed and indexed ahead of time; nothing is cached at run time.

`usperu._bundled` and `usperu._bundled_index` are generated from data/statement.toml
(`python -m usperu._generate`): these tests fail when either is out of step with the
data file or with the code that parses, checks and indexes it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from usperu import DataError, load_statement
from usperu._generate import generated_modules, main
from usperu._loader import bundled_path
from usperu._search import _build_index, build_index

from .conftest import DATA
from .helpers import run_usperu


def test_generated_modules_are_up_to_date() -> None:
    for path, source in generated_modules().items():
        assert Path(path).read_text(encoding="utf-8") == source, (
            f"{path} is out of date: run 'python -m usperu._generate'"
        )


def test_bundled_records_equal_a_fresh_parse_of_the_data_file() -> None:
    bundled = load_statement()
    parsed = load_statement(str(DATA))
    assert bundled.bundled and not parsed.bundled
    assert bundled.records() == parsed.records()
    assert bundled.concepts == parsed.concepts
    assert bundled.by_id == parsed.by_id
    # every field of the Statement, so that a table added to the data cannot be left out
    for field in type(bundled)._fields:
        if field not in ("path", "bundled"):
            assert getattr(bundled, field) == getattr(parsed, field), field
    assert bundled.progress and bundled.developments_checked


def test_bundled_index_equals_a_fresh_build() -> None:
    statement = load_statement()
    assert build_index(statement) == _build_index(statement)


def test_the_generator_check_mode_names_a_stale_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import usperu._generate as generate

    stale = tmp_path / "_bundled.py"
    stale.write_text("DOCUMENT = {}\n", encoding="utf-8")
    fresh = generated_modules()
    monkeypatch.setattr(generate, "generated_modules", lambda: {str(stale): next(iter(fresh.values()))})
    assert main(["--check"]) == 1
    assert stale.read_text(encoding="utf-8") == "DOCUMENT = {}\n"  # --check writes nothing
    assert main([]) == 0
    assert stale.read_text(encoding="utf-8") == next(iter(fresh.values()))


def test_another_data_file_is_read_every_time(tmp_path: Path) -> None:
    path = tmp_path / "statement.toml"
    text = DATA.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    assert (
        load_statement(str(path)).achievements[2].title == "Peru, first in Latin America to join the Blue Dot Network"
    )
    path.write_text(
        text.replace("Peru, first in Latin America to join the Blue Dot Network", "Edited"), encoding="utf-8"
    )
    assert load_statement(str(path)).achievements[2].title == "Edited"
    path.write_text(text.replace('status = "joined"', 'status = "bogus"'), encoding="utf-8")
    with pytest.raises(DataError, match="status"):
        load_statement(str(path))


def test_the_data_file_is_untouched() -> None:
    before = (DATA.read_bytes(), DATA.stat().st_mtime_ns)
    load_statement(str(DATA))
    load_statement()
    assert (DATA.read_bytes(), DATA.stat().st_mtime_ns) == before


def test_the_bundled_path_is_the_data_file_that_ships() -> None:
    assert Path(bundled_path()).read_bytes() == DATA.read_bytes()


@pytest.mark.subprocess
def test_no_run_writes_a_file(tmp_path: Path) -> None:
    """Every command, with a home, with none, and with another data file: no new file
    appears in the home, the cache folders or the working directory."""
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    copy = tmp_path / "copy.toml"
    copy.write_bytes(DATA.read_bytes())
    runs = [
        ["achievements", "-f", "json"],
        ["search", "minerals"],
        ["--data", str(copy), "search", "minerals"],
        ["--data", str(copy), "show", "3"],
    ]
    for env in ({"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}, {"HOME": ""}):
        for args in runs:
            done = run_usperu(args, env=env, cwd=work)
            assert done.returncode == 0, done.stderr
    assert list(home.iterdir()) == [] and list(work.iterdir()) == []
    assert sorted(os.listdir(tmp_path)) == ["copy.toml", "home", "work"]
