"""The usperu command line: the Typer app, its global options, and what commands share.

Each subcommand is a module in `usperu._commands` that parses its arguments, calls the
queries and hands a view to the renderer through `show_view` or `emit`. Errors are
handled in one place, `_UsperuGroup.main`: a UsperuError or a usage error becomes one
line on stderr and its exit code; nothing else prints a traceback unless USPERU_DEBUG=1.
"""

# No `from __future__ import annotations` here: Typer would have to eval every string
# annotation at start-up, which tripled the time to build the commands (~5 ms -> ~1.7 ms).
import os
import sys
from collections.abc import Iterator, MutableMapping, Sequence
from enum import Enum
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from ._errors import UsperuError
from ._loader import load_statement
from ._model import Statement

EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE, EXIT_BUG = 0, 2, 130, 141, 70  # 1: NoMatchesError


# Each subcommand lives in its own module under usperu._commands, imported only when
# that command runs (or help lists it). The one-line help here is what `usperu --help`
# shows without importing anything; a test keeps it equal to each docstring's first line.
COMMANDS: dict[str, str] = {
    "about": "Show the statement at a glance: date, place, issuers, leaders and contents.",
    "achievements": "List the fourteen key achievements: number, title, actors, status and session.",
    "sessions": "List the five breakout sessions and the achievements linked to each.",
    "timeline": "List every dated event in order, stated or derived, and how long ago it was.",
    "people": "List the participants, with role, country and how our copy spells them.",
    "glossary": "List the acronyms, initiatives and agreements, and where each is mentioned.",
    "search": "Search everything: achievements, commitments, sessions, text, events, glossary, people.",
    "show": "Show one record in full: the verbatim quote, title, notes and links.",
    "text": "Print the statement in full, verbatim, paragraph by paragraph.",
    "cite": "Cite the statement, or one record in it with its locator, in a common style.",
    "export": "Write the whole dataset, every record kind and field, as JSON (or one kind as CSV).",
    "validate": "Check a data file and report every problem, with line, record and field.",
}


class _LazyCommands(MutableMapping[str, Any]):
    """The group's subcommands, each imported and built only when first used.

    Typer builds a click command by inspecting the function's signature; doing that for
    every subcommand, and importing them all, on every start-up cost more than loading
    the data (README, 'Performance').
    """

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            import importlib

            module = importlib.import_module(f"usperu._commands.{name}")
            (info,) = module.app.registered_commands
            self._built[name] = typer.main.get_command_from_info(
                info, pretty_exceptions_short=True, rich_markup_mode=None
            )
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(COMMANDS), **self._built})

    def __len__(self) -> int:
        return len({**dict.fromkeys(COMMANDS), **self._built})


class _UsperuGroup(TyperGroup):
    """A Typer group with lazily built subcommands whose `main` turns every failure
    into one line and an exit code."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = _LazyCommands()

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = [(name, COMMANDS.get(name, "")) for name in self.commands]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        _make_streams_safe()
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except UsperuError as exc:
            code = _fail(str(exc), exc.exit_code)
        except typer.TyperException as exc:  # usage errors: bad option, missing argument, ...
            code = _usage_error(exc)
        except (typer.Abort, KeyboardInterrupt):
            code = EXIT_INTERRUPTED
        except BrokenPipeError:
            code = _silence_stdout()
        except Exception as exc:  # a bug: say so in one line, unless debugging
            if os.environ.get("USPERU_DEBUG"):
                raise
            code = _fail(
                f"internal error ({type(exc).__name__}: {exc}); this is a bug, please report it."
                " Rerun with USPERU_DEBUG=1 to see the traceback",
                EXIT_BUG,
            )
        code = code if isinstance(code, int) else EXIT_OK
        if standalone_mode:
            sys.exit(code)
        return code


def _make_streams_safe() -> None:
    """Make stdout and stderr replace what their encoding cannot show instead of crashing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - closed or odd stream
                pass


def _fail(message: str, code: int) -> int:
    note(message)
    return code


def _usage_error(exc: typer.TyperException) -> int:
    code = getattr(exc, "exit_code", EXIT_USAGE)
    if type(exc).__name__ == "NoArgsIsHelpError":  # no command: the help, on stderr
        try:
            sys.stderr.write(getattr(exc, "format_message", str)() + "\n")
        except OSError:  # pragma: no cover - stderr closed
            pass
        return int(code)
    format_message = getattr(exc, "format_message", None)
    message = str(format_message() if format_message else exc).replace("\n", " ").rstrip(".")
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        message += f" (see '{ctx.command_path} --help')"
    return _fail(message, int(code))


def _silence_stdout() -> int:
    """Point stdout at /dev/null after a closed pipe, so that exiting flushes nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - not a real file descriptor
        pass
    return EXIT_PIPE


def note(message: str) -> None:
    """Tell the user something on stderr (never data), as one line."""
    from ._render import clean

    try:
        sys.stderr.write(f"usperu: {clean(message)}\n")
        sys.stderr.flush()
    except OSError:  # pragma: no cover - stderr closed
        pass


def emit(text: str) -> None:
    """Write text to stdout in one piece; a closed pipe ends the run quietly (exit 141)."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise typer.Exit(_silence_stdout()) from None


app = typer.Typer(
    cls=_UsperuGroup,
    name="usperu",
    help=(
        "The Joint Statement on the U.S.-Peru High-Level Dialogue (9 May 2024), offline.\n\n"
        "Examples:\n\n"
        "  usperu achievements\n\n"
        "  usperu show artemis-accords\n\n"
        "  usperu timeline -f json | jq '.[].date'"
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help: Typer's Rich help costs ~85 ms per --help (README, 'Performance').
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        emit(f"usperu {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    data: Annotated[
        str | None,
        typer.Option(
            "--data",
            envvar="USPERU_DATA",
            metavar="PATH",
            help="Read this statement TOML file instead of the bundled one.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """The Joint Statement on the U.S.-Peru High-Level Dialogue (9 May 2024), offline."""


def data_path(ctx: typer.Context) -> str | None:
    """Return the data file chosen with --data or USPERU_DATA, or None for the bundled one."""
    path: str | None = ctx.find_root().params.get("data")
    return path or None


def statement_of(ctx: typer.Context) -> Statement:
    """Return the statement from the chosen data file; raise DataError."""
    return load_statement(data_path(ctx))


# --- options and completions shared by the command modules ---------------------------


class ListFormat(str, Enum):
    """Output formats of the listing and show commands."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


FormatOption = Annotated[
    ListFormat,
    typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
]


def complete_sessions(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Offer the breakout session ids, with titles."""
    from ._render import clean

    try:
        sessions = statement_of(ctx).sessions
    except UsperuError:
        return []
    return [(s.id, clean(s.title)) for s in sessions if s.id.startswith(incomplete.casefold())]


def complete_actors(incomplete: str) -> list[tuple[str, str]]:
    """Offer us, peru and both."""
    from ._model import ACTOR_NAMES

    return [(key, name) for key, name in ACTOR_NAMES.items() if key.startswith(incomplete.casefold())]


def complete_statuses(incomplete: str) -> list[str]:
    """Offer the statuses of the closed vocabulary."""
    from ._model import STATUSES

    return [status for status in STATUSES if status.startswith(incomplete.casefold())]


def complete_topics(ctx: typer.Context, incomplete: str) -> list[str]:
    """Offer the topics used in the data."""
    from ._queries import topics

    try:
        found = topics(statement_of(ctx))
    except UsperuError:
        return []
    return [topic for topic in found if topic.startswith(incomplete.casefold())]


def complete_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Offer the record ids that start with what was typed, with titles as descriptions."""
    from ._render import clean

    try:
        statement = statement_of(ctx)
    except UsperuError:
        return []
    prefix = incomplete.casefold()
    return [(r.id, clean(r.title)) for r in statement.records() if r.id.startswith(prefix)]


def show_view(view: Any, fmt: str) -> None:
    """Render a view for this terminal (width, encoding) and write it to stdout."""
    from ._render import render, stdout_is_unicode, terminal_width

    emit(render(view, fmt, width=terminal_width(), ascii_only=not stdout_is_unicode()))


def emit_json(data: Any) -> None:
    """Write data as JSON, escaping non-ASCII where stdout cannot encode it (lossless)."""
    from ._render import stdout_is_unicode, to_json

    emit(to_json(data, ascii_only=not stdout_is_unicode()))


def run(args: Sequence[str] | None = None) -> int:
    """Run the usperu command line and return its exit code (see usperu.__main__)."""
    command = typer.main.get_command(app)
    return int(command.main(args=args, prog_name="usperu", standalone_mode=False) or EXIT_OK)
