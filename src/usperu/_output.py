"""Where output goes: data to stdout, messages to stderr, and the exit codes.

Shared by the command line (`cli`) and every command module (`_commands`); it
imports nothing of usperu's but the escaping (`_escape`, `_render`) and `_errors`'
OutputError, and those only on use. A write that fails is OutputError (exit 74), a
closed pipe ClosedPipe (exit 141); a pager that cannot start is one line on stderr.
"""

import errno
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import subprocess

    from ._errors import UsperuError

__all__ = [
    "BOM",
    "EXIT_BUG",
    "EXIT_INTERRUPTED",
    "EXIT_IOERR",
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
    "fit",
    "note",
    "show_view",
    "silence_stdout",
    "unwritable",
]

FORMATS = ("table", "json", "csv", "markdown")
"""What `_render.render` writes: the formats of every listing and of `usperu show`."""

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE, EXIT_BUG, EXIT_IOERR, EXIT_INTERRUPTED, EXIT_PIPE = 0, 1, 2, 70, 74, 130, 141


class ClosedPipe(Exception):
    """Stdout was closed by its reader (`usperu ... | head`): the run ends quietly, exit 141."""


def note(message: str) -> None:
    """Tell the user something on stderr (never data), as one line."""
    from ._escape import clean

    try:
        sys.stderr.write(fit(f"usperu: {clean(message)}\n", sys.stderr))
        sys.stderr.flush()
    except OSError:  # pragma: no cover - stderr closed
        pass


_PLAIN = str.maketrans(
    {
        "\u2022": "*",  # a bullet
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "--",
        "\u2015": "--",
        "\u2026": "...",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2500": "-",  # the box line of today's row in a timeline
        "\u00b7": "-",  # the middle dot between a search hit's facets
        "\u2192": "->",
        "\u2264": "<=",
        "\u2265": ">=",
        "\u00d7": "x",
    }
)
"""Typographic punctuation and its ASCII stand-in: quote marks, apostrophes, dashes."""


def fit(text: str, stream: Any = None) -> str:
    """Return text that the stream's encoding (default stdout's) can write: where it
    cannot, curly quotes, apostrophes and dashes become ASCII ones, and accented letters
    their base letters, rather than the '?' of a replaced character."""
    encoding = getattr(stream if stream is not None else sys.stdout, "encoding", None) or "utf-8"
    if encoding.lower().replace("-", "").replace("_", "").startswith("utf"):
        # A Unicode encoding writes every character but a lone surrogate, which the loop
        # below would leave as it is too: skip encoding all the output once to find out.
        return text
    try:
        text.encode(encoding)
        return text
    except (UnicodeEncodeError, LookupError):
        pass
    import unicodedata

    def plain(character: str) -> str:
        try:
            character.encode(encoding)
            return character
        except (UnicodeEncodeError, LookupError):
            stand_in = character.translate(_PLAIN)
            if stand_in == character:
                decomposed = unicodedata.normalize("NFKD", character)
                stand_in = "".join(c for c in decomposed if not unicodedata.combining(c)) or character
            return stand_in

    return "".join(plain(character) for character in text)


_CHUNK = 16384
"""Stdout is written this many characters at a time, so that Ctrl-C is handled between
two writes even where the interpreter finishes an interrupted write first (CPython 3.14
does, when the reader of a full pipe is slow)."""


def emit(text: str) -> None:
    """Write text to stdout, fitted to its encoding (`fit`: ASCII quote marks, never '?');
    raise ClosedPipe if its reader has gone, OutputError (exit 74) if it cannot be written
    (a full disk, an I/O error)."""
    text = fit(text)
    try:
        for start in range(0, len(text), _CHUNK):
            sys.stdout.write(text[start : start + _CHUNK])
            sys.stdout.flush()
    except BrokenPipeError:
        raise ClosedPipe from None
    except OSError as exc:
        raise unwritable(exc) from None


def unwritable(exc: OSError) -> "UsperuError":
    """Return the error (OutputError, exit 74) for a stdout that failed to write, after
    pointing stdout at /dev/null so that what is still buffered cannot fail again as
    Python exits. For whoever catches a write error of click's own (help, completion)."""
    from ._errors import OutputError
    from ._i18n import _

    silence_stdout()
    words = _WRITE_ERROR_WORDS.get(exc.errno or 0)
    return OutputError(_(words) if words else exc.strerror or str(exc))


_WRITE_ERROR_WORDS = {
    errno.ENOSPC: "No space left on device",
    errno.EIO: "Input/output error",
    errno.EFBIG: "File too large",
    errno.EDQUOT: "Disk quota exceeded",
}
"""The write errors that are the user's situation (cli._WRITE_ERRORS), in the words of the C
library's strerror on Linux, so that the catalog can say them in the interface's language."""


PAGING = True
"""Whether long output on a terminal goes through a pager (`usperu --no-pager` turns it off)."""


def emit_paged(text: str) -> None:
    """Write text to stdout, through a pager as git does when stdout is a terminal and
    the text is taller than it: $PAGER, default `less -FRX`. Never when piped; a pager
    that cannot start is said in one line on stderr, and the text is written directly."""
    import shutil
    from types import SimpleNamespace

    command = os.environ.get("PAGER", "less -FRX").strip()
    if not PAGING or not command or command == "cat" or not sys.stdout.isatty():
        return emit(text)
    rows = shutil.get_terminal_size().lines or 24  # Python 3.10 reports 0 rows for a terminal of no set size
    if text.count("\n") < rows:
        return emit(text)
    pager = _start_pager(command)
    if pager is None:
        return emit(text)
    assert pager.stdin is not None
    try:
        encoding = _terminal_encoding()  # fitted to it as `emit` fits: ASCII quote marks, never '?'
        pager.stdin.write(fit(text, SimpleNamespace(encoding=encoding)).encode(encoding, "replace"))
        pager.stdin.close()
    except OSError:  # the reader quit the pager early (a broken pipe)
        pass
    while True:
        try:
            code = pager.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C is the pager's to handle, as with git
            continue
    if code in _SHELL_CANNOT_RUN:  # a shell command line whose program is missing: nothing was shown
        from ._i18n import _

        message = _(
            "the pager {command!r} could not run (exit {code}); writing directly (set PAGER, or use --no-pager)"
        )
        note(message.format(command=command, code=code))
        emit(text)


_SHELL_CANNOT_RUN = (126, 127)
"""The exit codes of a POSIX shell whose command was not executable, or not found."""

_SHELL_SYNTAX = frozenset("|&;<>()$`\\*?[]#~=%{}!")
"""Characters that make a $PAGER a shell command line rather than a program and its arguments."""


def _start_pager(command: str) -> "subprocess.Popen[bytes] | None":
    """Return the running pager that $PAGER names, or None (said on stderr) when it
    cannot start: no such program, not executable, or unbalanced quotes.

    As git does, a program with arguments (`less -FRX`, `most`) is run directly, so that
    a missing one is said here in one line, not as the shell's `not found` and nothing
    shown; a value with shell syntax (`cat > file`, `less | tee`) is run by /bin/sh."""
    import shlex
    import subprocess

    from ._i18n import _

    try:
        argv = shlex.split(command)
    except ValueError as exc:  # unbalanced quotes
        message = _("cannot run the pager {command!r} ({reason}); writing directly (set PAGER, or use --no-pager)")
        note(message.format(command=command, reason=exc))
        return None
    shell = any(character in _SHELL_SYNTAX for character in command)
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX"), "LV": os.environ.get("LV", "-c")}
    try:
        sys.stdout.flush()
        return subprocess.Popen(command if shell else argv, shell=shell, stdin=subprocess.PIPE, env=env)
    except OSError as exc:
        reason = _("not found") if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc))
        message = _("cannot run the pager {command!r}: {reason}; writing directly (set PAGER, or use --no-pager)")
        note(message.format(command=argv[0], reason=reason))
        return None


def _terminal_encoding() -> str:
    """Return the encoding the pager writes to the terminal in: the locale's (UTF-8 in a
    C locale, as Python coerces it), not stdout's, which PYTHONIOENCODING may have set."""
    import locale

    return locale.getpreferredencoding(False) or "utf-8"


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
        from ._i18n import _

        raise InvalidArgumentError(_("--bom is for CSV: add -f csv"))


def emit_json(data: Any) -> None:
    """Write data as JSON, escaping non-ASCII where stdout cannot encode it (lossless)."""
    from ._render import stdout_is_unicode, to_json

    emit(to_json(data, ascii_only=not stdout_is_unicode()))
