"""Shared fixtures: the bundled statement, the source text, and a CLI runner."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from usperu import Statement, load_statement
from usperu.cli import app

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(__file__).resolve().parent / "fixtures" / "joint-statement-2024-05-09.txt"
DATA = ROOT / "data" / "statement.toml"

Invoke = Callable[..., Result]


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the tests' data cache out of the user's ~/.cache."""
    os.environ["USPERU_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    os.environ.pop("USPERU_NO_CACHE", None)


@pytest.fixture(scope="session")
def statement() -> Statement:
    return load_statement()


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
