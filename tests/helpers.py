"""Run the installed `usperu` console script in a child process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path


def usperu_executable() -> str:
    """Return the console script installed beside this interpreter; fail if missing."""
    bindir = Path(sys.executable).parent
    found = shutil.which("usperu", path=str(bindir))
    assert found, f"no usperu console script in {bindir}: install the project first (see README)"
    return found


def run_usperu(
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    input: bytes | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    """Run `usperu ARGS` with a clean environment plus `env`; return the finished process."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("USPERU_", "FORCE_COLOR", "NO_COLOR", "COLUMNS"))}
    return subprocess.run(
        [usperu_executable(), *args],
        env={**base, **(env or {})},
        cwd=cwd,
        input=input,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
