"""Where output goes: data to stdout, messages to stderr, and the exit codes.

Shared by the command line (`cli`) and every command module (`_commands`); it
imports nothing of usperu's but the escaping in `_render`, and that only on use.
"""

import os
import sys
from typing import Any

__all__ = [
    "BOM",
    "EXIT_BUG",
    "EXIT_INTERRUPTED",
    "EXIT_NO_MATCH",
    "EXIT_OK",
    "EXIT_PIPE",
    "EXIT_USAGE",
    "FORMATS",
    "ClosedPipe",
    "check_bom",
    "emit",
    "emit_paged",
    "emit_json",
    "note",
    "show_view",
    "silence_stdout",
]

FORMATS = ("table", "json", "csv", "markdown")
"""What `_render.render` writes: the formats of every listing and of `usperu show`."""

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED, EXIT_PIPE = 0, 1, 2, 70, 130, 141


class ClosedPipe(Exception):
    """Stdout was closed by its reader (`usperu ... | head`): the run ends quietly, exit 141."""


def note(message: str) -> None:
    """Tell the user something on stderr (never data), as one line."""
    from ._escape import clean

    try:
        sys.stderr.write(f"usperu: {clean(message)}\n")
        sys.stderr.flush()
    except OSError:  # pragma: no cover - stderr closed
        pass


_CHUNK = 16384
"""Stdout is written this many characters at a time, so that Ctrl-C is handled between
two writes even where the interpreter finishes an interrupted write first (CPython 3.14
does, when the reader of a full pipe is slow)."""


def emit(text: str) -> None:
    """Write text to stdout; raise ClosedPipe if its reader has gone."""
    try:
        for start in range(0, len(text), _CHUNK):
            sys.stdout.write(text[start : start + _CHUNK])
            sys.stdout.flush()
    except BrokenPipeError:
        raise ClosedPipe from None


PAGING = True
"""Whether long output on a terminal goes through a pager (`usperu --no-pager` turns it off)."""


def emit_paged(text: str) -> None:
    """Write text to stdout, through a pager as git does when stdout is a terminal and
    the text is taller than it: $PAGER, default `less -FRX`. Never when piped."""
    import shutil

    command = os.environ.get("PAGER", "less -FRX").strip()
    if not PAGING or not command or command == "cat" or not sys.stdout.isatty():
        return emit(text)
    rows = shutil.get_terminal_size().lines or 24  # Python 3.10 reports 0 rows for a terminal of no set size
    if text.count("\n") < rows:
        return emit(text)
    import subprocess

    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX"), "LV": os.environ.get("LV", "-c")}
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        sys.stdout.flush()
        pager = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:  # no such pager: write it out
        return emit(text)
    assert pager.stdin is not None
    try:
        pager.stdin.write(text.encode(encoding, "replace"))
        pager.stdin.close()
    except (BrokenPipeError, OSError):  # the reader quit the pager early
        pass
    while True:
        try:
            pager.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C is the pager's to handle, as with git
            continue


def silence_stdout() -> int:
    """Point stdout at /dev/null after a closed pipe, so that exiting flushes nothing;
    return the exit code for a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - not a real file descriptor
        pass
    return EXIT_PIPE


def show_view(view: Any, fmt: str, fields: str | None = None, *, bom: bool = False) -> None:
    """Render a view for this terminal (width, encoding) and write it to stdout: only
    the `fields` given (`--fields`), CSV with a byte-order mark if `bom` (`--bom`)."""
    from ._render import render, stdout_is_unicode, terminal_width

    check_bom(bom, fmt)
    if fields is not None:
        from ._views import select_fields

        view = select_fields(view, fields)

    if getattr(view, "cells", None) == () and getattr(view, "tree", None) is None and view.empty:
        note(view.empty)  # an empty listing keeps its shape on stdout; why is said here
    text = render(view, fmt, width=terminal_width(), ascii_only=not stdout_is_unicode())
    emit_paged(BOM + text if bom else text)


BOM = "\ufeff"
"""The UTF-8 byte-order mark that `--bom` puts before CSV, so that Excel reads UTF-8."""


def check_bom(bom: bool, fmt: str) -> None:
    """Raise InvalidArgumentError if --bom is asked for anything but CSV."""
    if bom and fmt != "csv":
        from ._errors import InvalidArgumentError

        raise InvalidArgumentError("--bom is for CSV: add -f csv")


def emit_json(data: Any) -> None:
    """Write data as JSON, escaping non-ASCII where stdout cannot encode it (lossless)."""
    from ._render import stdout_is_unicode, to_json

    emit(to_json(data, ascii_only=not stdout_is_unicode()))
