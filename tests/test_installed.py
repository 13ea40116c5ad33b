"""Layer 4: the installed console script and `python -m usperu`, from outside the repo."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from usperu import __version__

from .helpers import run_usperu

pytestmark = pytest.mark.subprocess


def test_console_script_from_an_empty_directory(tmp_path: Path) -> None:
    result = run_usperu(["achievements", "-f", "json"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 14
    assert result.stderr == b""


def test_table_when_piped_has_no_escapes_and_no_cut_cells(tmp_path: Path) -> None:
    result = run_usperu(["achievements"], cwd=tmp_path)
    assert result.returncode == 0
    text = result.stdout.decode()
    assert "\x1b" not in text and "…" not in text
    assert "Repatriation of Cuzco School paintings recovered by the FBI" in text


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "usperu", "--version"], cwd=tmp_path, capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == f"usperu {__version__}\n"


def test_error_exit_code_and_single_line(tmp_path: Path) -> None:
    result = run_usperu(["show", "no-such-record"], cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().count("\n") == 1
