"""The usperu command line: the Typer app, its global options, and what commands share.

Each subcommand is a module in `usperu._commands` that parses its arguments, calls the
queries and hands a view to the renderer through `show_view` or `emit`. Errors are
handled in one place, `_UsperuGroup.main`: a UsperuError or a usage error becomes one
line on stderr and its exit code; nothing else prints a traceback unless USPERU_DEBUG=1.
The interface's language is chosen there too, before click parses or formats anything
(`chosen_language`); in Spanish, `_localize` puts click's and Typer's words in it.
"""

# No `from __future__ import annotations` here: Typer would have to eval every string
# annotation at start-up, which tripled the time to build the commands (~5 ms -> ~1.7 ms).
import errno
import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from ._errors import UsperuError
from ._i18n import LANGUAGES, _, from_environment, language, localized, set_language
from ._output import EXIT_BUG, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, ClosedPipe, emit, note, silence_stdout, unwritable

# Each subcommand lives in its own module under usperu._commands, imported only when
# that command runs (or help lists it). The one-line help here is what `usperu --help`
# shows without importing anything; a test keeps it equal to each docstring's first line.
COMMANDS: dict[str, str] = {
    "about": "Show the statement at a glance: date, place, issuers, leaders and contents.",
    "achievements": "List the fourteen key achievements: number, title, actors, status and session.",
    "sessions": "List the five breakout sessions and the achievements linked to each.",
    "timeline": "List every dated event in order, stated, derived or later, and how long ago it was.",
    "since": "List what has happened since the Dialogue: dated developments, with sources.",
    "progress": "List what came of each achievement and commitment: our rating, with evidence.",
    "people": "List the participants, with role, country and how our copy spells them.",
    "glossary": "List the acronyms, initiatives and agreements, and where each is mentioned.",
    "search": "Search everything: achievements, commitments, sessions, text, events, glossary, people.",
    "show": "Show one record in full: the verbatim quote, title, notes and links.",
    "text": "Print the statement in full, verbatim, paragraph by paragraph.",
    "cite": "Cite the statement, or one record in it with its locator, in a common style.",
    "quote": "Quote a record verbatim with its locator, or check that words are in the statement.",
    "export": "Write the whole dataset, every record kind and field, as JSON (or one kind as CSV).",
    "validate": "Check a data file and report every problem, with line, record and field.",
    "help": "Show the help of a command, as COMMAND --help does, or the list of commands.",
}


class _UsperuGroup(TyperGroup):
    """The usperu group: subcommands imported and built only when used (click's documented
    lazy-loading pattern: `list_commands` and `get_command`), and a `main` that turns
    every failure into one line and an exit code.

    Typer builds a click command by inspecting the function's signature; doing that for
    every subcommand, and importing them all, on every start-up cost more than loading
    the data (README, 'Performance').
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._built: dict[str, Any] = {}

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        if cmd_name not in self._built:
            import importlib

            module = importlib.import_module(f"usperu._commands.{cmd_name}")
            self._built[cmd_name] = typer.main.get_command(module.app)
        return self._built[cmd_name]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        localized(self)
        super().format_help(ctx, formatter)  # help: in the interface's language

    def shell_complete(self, ctx: Any, incomplete: str) -> Any:
        """Complete as click does, the descriptions in the interface's language: the
        group's options' and the commands' whose names start with what was typed (click
        describes those by their help)."""
        from ._commands._options import short_descriptions  # completing: one line each, as values

        localized(self, ctx)
        for name in self.list_commands(ctx):
            if name.startswith(incomplete):
                localized(self.get_command(ctx, name))
        return short_descriptions(super().shell_complete(ctx, incomplete))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, global_options_first(args))

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as exc:  # an unknown command: suggest the closest
            import difflib

            close = difflib.get_close_matches(args[0], COMMANDS) if args else []
            if close and "did you mean" not in exc.message.casefold():
                exc.message = exc.message.rstrip(".") + f". Did you mean {', '.join(map(repr, close))}?"
            raise

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), _("Usage: "))

    def format_options(self, ctx: Any, formatter: Any) -> None:
        records = [record for param in self.get_params(ctx) if (record := param.get_help_record(ctx))]
        if records:
            if language() != "en":
                from ._localize import help_record

                records = [help_record(record) for record in records]
            with formatter.section(_("Options")):
                formatter.write_dl(records)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        with formatter.section(_("Commands")):
            formatter.write_dl([(name, _(summary)) for name, summary in COMMANDS.items()])

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
        previous = language()
        set_language(chosen_language(list(sys.argv[1:] if args is None else args), os.environ, complete_var))
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except UsperuError as exc:
            code = _fail(str(exc), exc.exit_code)
        except typer.TyperException as exc:  # usage errors: bad option, missing argument, ...
            code = _usage_error(exc)
        except (typer.Abort, KeyboardInterrupt):
            code = EXIT_INTERRUPTED
        except (BrokenPipeError, ClosedPipe):
            code = silence_stdout()
        except OSError as exc:
            if exc.errno not in _WRITE_ERRORS:
                code = _bug(exc)
            else:  # click's own writes (help, completion) failed: a full disk is exit 74
                error = unwritable(exc)
                code = _fail(str(error), error.exit_code)
        except Exception as exc:
            code = _bug(exc)
        finally:
            set_language(previous)  # an in-process caller (a test) gets back the language it had
        code = code if isinstance(code, int) else EXIT_OK
        if standalone_mode:
            sys.exit(code)
        return code


_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT})
"""The errors of a write that is the user's situation (a full disk, a dead device), not a bug."""


def _bug(exc: Exception) -> int:
    """Say in one line that usperu has a bug (re-raise it with USPERU_DEBUG=1); return 70."""
    if os.environ.get("USPERU_DEBUG"):
        raise exc
    message = _(
        "internal error ({error}); this is a bug, please report it. Rerun with USPERU_DEBUG=1 to see the traceback"
    )
    return _fail(message.format(error=f"{type(exc).__name__}: {exc}"), EXIT_BUG)


GLOBAL_OPTIONS = {"--data": True, "--no-pager": False, "--lang": True, "-L": True}
"""The group's options that may also follow the command, and whether each takes a value."""


def global_options_first(args: list[str]) -> list[str]:
    """Return the arguments with the global options found after the command moved before it:
    `usperu text --no-pager` is `usperu --no-pager text`. Nothing after `--` is moved."""
    args = list(args)
    command = _command_index(args)
    if command is None:
        return args
    moved: list[str] = []
    rest: list[str] = []
    tail = iter(args[command + 1 :])
    for arg in tail:
        name, attached = arg.split("=", 1)[0], "=" in arg
        if arg.startswith("-L") and len(arg) > 2 and arg[1] != "-":  # -Les
            name, attached = "-L", True
        if arg == "--":
            rest += [arg, *tail]
        elif name in GLOBAL_OPTIONS:
            moved.append(arg)
            if GLOBAL_OPTIONS[name] and not attached:
                value = next(tail, None)
                if value is None:  # '--data' last: click says that it needs a value
                    return [*args[:command], *moved]
                moved.append(value)
        else:
            rest.append(arg)
    return [*args[:command], *moved, args[command], *rest]


def _command_index(args: list[str]) -> int | None:
    """Return where the command's name stands in ARGS (after the global options), or None."""
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            return None
        if not arg.startswith("-") or arg == "-":
            return index
        index += 2 if arg in GLOBAL_OPTIONS and GLOBAL_OPTIONS[arg] else 1
    return None


def chosen_language(args: list[str], environ: Any, complete_var: str | None = None) -> str:
    """Return the interface's language for a run: the last --lang/-L among ARGS (before
    `--`) that names one of LANGUAGES, else the environment's (`_i18n.from_environment`).
    An unknown --lang is left to the option itself, which rejects it (exit 2) in the
    environment's language. During shell completion, the words typed are what the shell
    script of Typer's completion passes: _TYPER_COMPLETE_ARGS (zsh, fish, PowerShell) or
    COMP_WORDS (bash)."""
    if environ.get(complete_var or "_USPERU_COMPLETE"):
        args = str(environ.get("_TYPER_COMPLETE_ARGS") or environ.get("COMP_WORDS", "")).split()
    chosen = None
    words = iter(args)
    for arg in words:
        if arg == "--":
            break
        value = None
        if arg in ("--lang", "-L"):
            value = next(words, None)
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        elif arg.startswith("-L") and len(arg) > 2 and arg[1] != "-":
            value = arg[2:]
        if value is not None and value.casefold() in LANGUAGES:
            chosen = value.casefold()
    return chosen or from_environment(environ)


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
    message = exc.format_message()
    if language() != "en":  # click's own messages, looked up in the catalog by their wording
        from ._localize import usage_message

        message = usage_message(message)
    message = message.replace("\n", " ").rstrip(".")
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        message = _("{message} (see '{command} --help')").format(message=message, command=ctx.command_path)
    return _fail(message, int(getattr(exc, "exit_code", EXIT_USAGE)))


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
    invoke_without_command=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help: Typer's Rich help costs ~85 ms per --help (README, 'Performance').
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _check_language(value: str | None) -> str | None:
    """Accept --lang en or es (any case); reject another (a usage error, exit 2)."""
    if value is not None and value.casefold() not in LANGUAGES:
        choices = ", ".join(repr(code) for code in LANGUAGES)
        raise typer.BadParameter(_("{value!r} is not one of {choices}.").format(value=value, choices=choices))
    return value


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
    no_pager: Annotated[
        bool,
        typer.Option("--no-pager", help="Never page long output on a terminal (default: $PAGER, else less -FRX)."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-L",
            metavar="en|es",
            help="The interface's language: en or es.",
            callback=_check_language,
            show_default=False,
        ),
    ] = None,
) -> None:
    """The Joint Statement on the U.S.-Peru High-Level Dialogue (9 May 2024), offline."""
    if no_pager:
        from . import _output

        _output.PAGING = False
    if ctx.invoked_subcommand is None:  # no command: the help, on stderr (stdout is for data)
        try:
            sys.stderr.write(ctx.get_help() + "\n")
        except OSError:  # pragma: no cover - stderr closed
            pass
        raise typer.Exit(EXIT_USAGE)


def run(args: Sequence[str] | None = None) -> int:
    """Run the usperu command line and return its exit code (see usperu.__main__)."""
    command = typer.main.get_command(app)
    return int(command.main(args=args, prog_name="usperu", standalone_mode=False) or EXIT_OK)
