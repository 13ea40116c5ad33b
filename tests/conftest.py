"""Shared fixtures: the bundled statement, the source text, and a CLI runner."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner, Result

from usperu import Statement, load_statement
from usperu._i18n import language, set_language
from usperu.cli import app

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(__file__).resolve().parent / "fixtures" / "joint-statement-2024-05-09.txt"
DATA = ROOT / "data" / "statement.toml"

Invoke = Callable[..., Result]

# Same examples on every run in CI (a failure there can be rerun and bisected); no
# example database anywhere, so that one run never steers the next.
settings.register_profile("ci", derandomize=True, database=None, deadline=None)
settings.register_profile("dev", database=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give every test its own empty HOME and cache folder, never the user's.

    Set in os.environ, so the child processes of the subprocess tests (tests/helpers.py
    keeps HOME and XDG_*) inherit them too; no test sees what another one left behind.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    return home


@contextlib.contextmanager
def in_spanish() -> Iterator[None]:
    """Speak Spanish for a block, then the language of before it (also if the block fails)."""
    before = language()
    set_language("es")
    try:
        yield
    finally:
        set_language(before)


@pytest.fixture
def spanish() -> Iterator[None]:
    """Run the test in Spanish, and in the language of before it after it."""
    with in_spanish():
        yield


@pytest.fixture(scope="session")
def statement() -> Statement:
    return load_statement()


@pytest.fixture(scope="session")
def document() -> dict[str, Any]:
    """The bundled data file parsed as plain TOML, to check the loader and views against."""
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def source_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture
def invoke(monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Run the CLI in-process at a fixed width, without colour or a user data file."""
    monkeypatch.delenv("USPERU_DATA", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    runner = CliRunner(env={"COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb"})

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), env=env, prog_name="usperu")

    return run
