"""The usperu command line: parse arguments, call the queries, hand views to the renderer.

Errors are handled in one place, `_UsperuGroup.main`: a UsperuError or a usage error
becomes one line on stderr and its exit code; nothing else prints a traceback unless
USPERU_DEBUG=1.
"""

# No `from __future__ import annotations` here: Typer would have to eval every string
# annotation at start-up, which tripled the time to build the commands (~5 ms -> ~1.7 ms).
import datetime as dt
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

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE, EXIT_BUG = 0, 1, 2, 130, 141, 70


class _LazyCommands(MutableMapping[str, Any]):
    """The group's subcommands, each built from its function only when first used.

    Typer builds a click command by inspecting the function's signature; doing that for
    every subcommand on every start-up cost more than loading the data (README,
    'Performance'). Names and short help are known without building anything.
    """

    def __init__(self, infos: Sequence[Any]) -> None:
        self._infos = {_command_name(info): info for info in infos}
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            info = self._infos[name]  # KeyError: no such command
            self._built[name] = typer.main.get_command_from_info(
                info, pretty_exceptions_short=True, rich_markup_mode=None
            )
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        self._infos.pop(name, None)
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter({**self._infos, **self._built})

    def __len__(self) -> int:
        return len({**self._infos, **self._built})

    def short_help(self, name: str) -> str:
        """Return the first line of a command's docstring, without building it."""
        info = self._infos.get(name)
        doc = (info.help or info.callback.__doc__ or "") if info else ""
        return doc.strip().split("\n")[0]


def _command_name(info: Any) -> str:
    return str(info.name or info.callback.__name__.replace("_", "-"))


class _UsperuGroup(TyperGroup):
    """A Typer group with lazily built subcommands whose `main` turns every failure
    into one line and an exit code."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = _LazyCommands(commands.registered_commands)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        lazy = self.commands
        assert isinstance(lazy, _LazyCommands)
        rows = [(name, lazy.short_help(name)) for name in lazy]
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
    from ._render import clean

    try:
        sys.stderr.write(f"usperu: {clean(message)}\n")
        sys.stderr.flush()
    except (BrokenPipeError, OSError):  # pragma: no cover - stderr closed
        pass
    return code


def _usage_error(exc: typer.TyperException) -> int:
    code = getattr(exc, "exit_code", EXIT_USAGE)
    if type(exc).__name__ == "NoArgsIsHelpError":  # the help was printed already
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


def _note(message: str) -> None:
    """Tell the user something on stderr (never data), as one line."""
    from ._render import clean

    try:
        sys.stderr.write(f"usperu: {clean(message)}\n")
    except OSError:  # pragma: no cover - stderr closed
        pass


def _emit(text: str) -> None:
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


commands = typer.Typer()
"""The subcommands; `_UsperuGroup` builds each one from here only when it is used."""


class ListFormat(str, Enum):
    """Output formats of the listing and show commands."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class TextFormat(str, Enum):
    """Output formats of `usperu text`."""

    text = "text"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class TimelineFormat(str, Enum):
    """Output formats of `usperu timeline`."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    ics = "ics"


class CiteStyle(str, Enum):
    """Citation styles of `usperu cite`."""

    plain = "plain"
    apa = "apa"
    chicago = "chicago"
    mla = "mla"
    bibtex = "bibtex"
    csl_json = "csl-json"


class ExportFormat(str, Enum):
    """Output formats of `usperu export`."""

    json = "json"
    csv = "csv"


class ExportKind(str, Enum):
    """Record tables of `usperu export --kind`."""

    statement = "statement"
    people = "people"
    sessions = "sessions"
    achievements = "achievements"
    commitments = "commitments"
    events = "events"
    glossary = "glossary"
    paragraphs = "paragraphs"


class ValidateFormat(str, Enum):
    """Output formats of `usperu validate`."""

    text = "text"
    json = "json"


FormatOption = Annotated[
    ListFormat,
    typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
]


def _version(value: bool) -> None:
    if value:
        _emit(f"usperu {__version__}\n")
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


def _statement(ctx: typer.Context) -> Statement:
    return load_statement(ctx.find_root().params.get("data") or None)


def _complete_sessions(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Offer the breakout session ids, with titles."""
    from ._render import clean

    try:
        sessions = _statement(ctx).sessions
    except UsperuError:
        return []
    return [(s.id, clean(s.title)) for s in sessions if s.id.startswith(incomplete.casefold())]


def _complete_actors(incomplete: str) -> list[tuple[str, str]]:
    """Offer us, peru and both."""
    from ._model import ACTOR_NAMES

    return [(key, name) for key, name in ACTOR_NAMES.items() if key.startswith(incomplete.casefold())]


def _complete_statuses(incomplete: str) -> list[str]:
    """Offer the statuses of the closed vocabulary."""
    from ._model import STATUSES

    return [status for status in STATUSES if status.startswith(incomplete.casefold())]


def _complete_topics(ctx: typer.Context, incomplete: str) -> list[str]:
    """Offer the topics used in the data."""
    from ._queries import topics

    try:
        found = topics(_statement(ctx))
    except UsperuError:
        return []
    return [topic for topic in found if topic.startswith(incomplete.casefold())]


def _complete_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Offer the record ids that start with what was typed, with titles as descriptions."""
    from ._render import clean

    try:
        statement = _statement(ctx)
    except UsperuError:
        return []
    prefix = incomplete.casefold()
    return [(r.id, clean(r.title)) for r in statement.records() if r.id.startswith(prefix)]


def _show(view: Any, fmt: str) -> None:
    from ._render import render, stdout_is_unicode, terminal_width

    _emit(render(view, fmt, width=terminal_width(), ascii_only=not stdout_is_unicode()))


@commands.command()
def about(ctx: typer.Context, fmt: FormatOption = ListFormat.table) -> None:
    """Show the statement at a glance: date, place, issuers, leaders and contents.

    Example:

      usperu about -f json
    """
    from ._views import about_card

    _show(about_card(_statement(ctx)), fmt.value)


@commands.command()
def achievements(
    ctx: typer.Context,
    session: Annotated[
        str | None,
        typer.Option(
            "--session",
            "-s",
            metavar="SESSION",
            help="Only this breakout session (id, prefix or number).",
            autocompletion=_complete_sessions,
        ),
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor",
            "-a",
            metavar="ACTOR",
            help="Only achievements by: us, peru or both.",
            autocompletion=_complete_actors,
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="Only this status, e.g. 'signed', 'in force', 'joined'.",
            autocompletion=_complete_statuses,
        ),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option(
            "--topic",
            "-t",
            metavar="TOPIC",
            help="Only this topic, e.g. 'space', 'trade'.",
            autocompletion=_complete_topics,
        ),
    ] = None,
    all_items: Annotated[
        bool, typer.Option("--all", help="Add the further commitments of the closing paragraphs.")
    ] = False,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """List the fourteen key achievements: number, title, actors, status and session.

    Examples:

      usperu achievements --session security --actor both

      usperu achievements --all -f csv > achievements.csv
    """
    from ._queries import achievements as query
    from ._views import achievements_listing

    statement = _statement(ctx)
    items = query(statement, session=session, actor=actor, status=status, topic=topic, include_commitments=all_items)
    _show(achievements_listing(items, statement), fmt.value)


@commands.command()
def sessions(
    ctx: typer.Context,
    tree: Annotated[bool, typer.Option("--tree", help="Draw sessions and their achievements as a tree.")] = False,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """List the five breakout sessions and the achievements linked to each.

    Examples:

      usperu sessions --tree

      usperu sessions -f json | jq '.[] | {title, achievements}'
    """
    from ._queries import achievements_by_session
    from ._views import sessions_listing

    statement = _statement(ctx)
    listing = sessions_listing(statement, achievements_by_session(statement))
    _show(listing if tree else listing._replace(tree=None), fmt.value)


@commands.command()
def timeline(
    ctx: typer.Context,
    start: Annotated[
        str | None, typer.Option("--from", metavar="YYYY-MM-DD", help="Only events on or after this date.")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", metavar="YYYY-MM-DD", help="Only events on or before this date.")
    ] = None,
    fmt: Annotated[
        TimelineFormat,
        typer.Option("--format", "-f", help="Output format; ics is an iCalendar file.", case_sensitive=False),
    ] = TimelineFormat.table,
) -> None:
    """List every dated event in order, stated or derived, and how long ago it was.

    With -f ics, write an RFC 5545 calendar of the events with a full date (events
    known only to the year or century are left out, and stderr says how many).

    Examples:

      usperu timeline --from 2024-01-01

      usperu timeline -f json | jq '.[] | select(.basis == "derived")'

      usperu timeline -f ics > us-peru.ics
    """
    from ._queries import parse_iso_date
    from ._queries import timeline as query

    first = parse_iso_date(start, "--from") if start is not None else None
    last = parse_iso_date(end, "--to") if end is not None else None
    statement = _statement(ctx)
    events = query(statement, start=first, end=last)
    if fmt is TimelineFormat.ics:
        from ._ics import calendar

        text, skipped = calendar(statement, events, dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
        if skipped:
            _note(f"{skipped} event(s) known only to the year or century are not in the calendar")
        _emit(text)
        return
    from ._views import timeline_listing

    _show(timeline_listing(events, dt.date.today()), fmt.value)


@commands.command()
def people(ctx: typer.Context, fmt: FormatOption = ListFormat.table) -> None:
    """List the participants, with role, country and how our copy spells them.

    Example:

      usperu people -f markdown
    """
    from ._views import people_listing

    _show(people_listing(_statement(ctx).people), fmt.value)


@commands.command()
def glossary(ctx: typer.Context, fmt: FormatOption = ListFormat.table) -> None:
    """List the acronyms, initiatives and agreements, and where each is mentioned.

    Example:

      usperu glossary -f json | jq '.[] | {term, expansion}'
    """
    from ._views import glossary_listing

    _show(glossary_listing(_statement(ctx).glossary), fmt.value)


@commands.command()
def show(
    ctx: typer.Context,
    ident: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A record id, a unique prefix of one, or a key achievement's number.",
            show_default=False,
            autocompletion=_complete_ids,
        ),
    ],
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Show one record in full: the verbatim quote, title, notes and links.

    Examples:

      usperu show artemis-accords

      usperu show 3

      usperu show peter -f json
    """
    from ._queries import find_record
    from ._views import card_for

    statement = _statement(ctx)
    _show(card_for(find_record(statement, ident), statement), fmt.value)


@commands.command()
def cite(
    ctx: typer.Context,
    ident: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]",
            help="Cite this record (with its locator) instead of the whole statement.",
            show_default=False,
            autocompletion=_complete_ids,
        ),
    ] = None,
    style: Annotated[
        CiteStyle, typer.Option("--style", "-s", help="Citation style.", case_sensitive=False)
    ] = CiteStyle.plain,
    accessed: Annotated[
        str | None,
        typer.Option("--accessed", metavar="YYYY-MM-DD", help="Access date.  [default: today]", show_default=False),
    ] = None,
) -> None:
    """Cite the statement, or one record in it with its locator, in a common style.

    Styles: plain, apa, chicago, mla, bibtex (one @misc entry, for BibTeX and biber)
    and csl-json (for Zotero, pandoc and other CSL processors).

    Examples:

      usperu cite

      usperu cite artemis-accords --style apa

      usperu cite 3 --style bibtex --accessed 2026-01-15 >> references.bib
    """
    from ._cite import cite as write
    from ._queries import find_record, parse_iso_date
    from ._render import clean

    statement = _statement(ctx)
    record = find_record(statement, ident) if ident is not None else None
    day = parse_iso_date(accessed, "--accessed") if accessed is not None else dt.date.today()
    text = write(statement, record, style.value, day)
    _emit(text if style is CiteStyle.csl_json else clean(text))


@commands.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = ExportFormat.json,
    kind: Annotated[
        ExportKind | None,
        typer.Option("--kind", "-k", help="Only this table (required for CSV).", case_sensitive=False),
    ] = None,
) -> None:
    """Write the whole dataset, every record kind and field, as JSON (or one kind as CSV).

    Examples:

      usperu export > usperu.json

      usperu export -f csv --kind achievements > achievements.csv

      usperu export | jq '.events[] | {date, title}'
    """
    from ._errors import InvalidArgumentError
    from ._render import to_json
    from ._views import export_document, export_rows

    statement = _statement(ctx)
    if fmt is ExportFormat.csv:
        if kind is None:
            raise InvalidArgumentError("CSV holds one kind of record: add --kind, e.g. --kind achievements")
        from ._render import render_rows_csv

        _emit(render_rows_csv(export_rows(statement, kind.value)))
        return
    document = export_document(statement)
    _emit(to_json(document[kind.value] if kind else document, ascii_only=not _unicode_stdout()))


@commands.command()
def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH]",
            help="The data file to check.  [default: --data, $USPERU_DATA or the bundled file]",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = ValidateFormat.text,
) -> None:
    """Check a data file and report every problem, with line, record and field.

    Exit code 0 when the file is valid, 2 when it has problems (listed on stdout,
    one per line).

    Examples:

      usperu validate corrected.toml

      usperu validate corrected.toml -f json | jq length
    """
    from ._errors import DataError
    from ._loader import bundled_path, check_document, read_document
    from ._render import clean, to_json

    target = path or ctx.find_root().params.get("data") or bundled_path()
    try:
        document, text = read_document(target)
        problems = check_document(document, target, text)
    except DataError as unreadable:
        problems = [unreadable]
    if fmt is ValidateFormat.json:
        fields = ("path", "line", "record", "field", "message")
        _emit(to_json([{name: getattr(p, name) for name in fields} for p in problems]))
    elif problems:
        _emit("".join(clean(p.describe()) + "\n" for p in problems))
    else:
        _emit(f"{clean(target)}: valid\n")
    if problems:
        _note(f"{target}: {len(problems)} problem(s)")
        raise typer.Exit(EXIT_USAGE)


def _unicode_stdout() -> bool:
    from ._render import stdout_is_unicode

    return stdout_is_unicode()


class Kind(str, Enum):
    """Kinds of record, for `usperu search --kind`."""

    achievement = "achievement"
    commitment = "commitment"
    session = "session"
    person = "person"
    event = "event"
    glossary = "glossary"
    statement = "statement"
    paragraph = "paragraph"


@commands.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(metavar="QUERY...", help="Words that must all match; quote a phrase to match it as is."),
    ],
    kind: Annotated[
        list[Kind] | None,
        typer.Option("--kind", "-k", help="Only records of this kind (repeat for several).", case_sensitive=False),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many results.")] = 10,
    fmt: FormatOption = ListFormat.table,
) -> None:
    """Search everything: achievements, commitments, sessions, text, events, glossary, people.

    Every word must match, in any order; put a phrase in quotes to match it as is.
    Case, accents and word endings do not matter (minerals = mineral, Perú = Peru),
    and acronyms, official names and spelling variants find each other (FEMA, Federal
    Emergency Management Agency; Camino, Cimino; Cusco, Cuzco). Exit code 1 when
    nothing matches.

    Examples:

      usperu search minerals

      usperu search '"critical minerals"' --kind achievement

      usperu search FEMA -f json | jq -r '.[0].id'
    """
    from ._errors import NoMatchesError
    from ._search import search as find
    from ._search import suggestions
    from ._views import search_listing

    statement = _statement(ctx)
    text = " ".join(query)
    hits = find(statement, text, kinds=[k.value for k in kind or ()], limit=limit)
    if not hits:
        raise NoMatchesError(text, suggestions(statement, text))
    _show(search_listing(hits), fmt.value)


@commands.command()
def text(
    ctx: typer.Context,
    pager: Annotated[bool, typer.Option("--pager", help="Page the text on a terminal ($PAGER).")] = False,
    fmt: Annotated[
        TextFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = TextFormat.text,
) -> None:
    """Print the statement in full, verbatim, paragraph by paragraph.

    Examples:

      usperu text | less

      usperu text -f json | jq -r '.[5].text'
    """
    from ._render import render_text
    from ._views import paragraphs_listing

    paragraphs = _statement(ctx).paragraphs
    if fmt is TextFormat.text:
        output = render_text(paragraphs)
    else:
        from ._render import render

        output = render(paragraphs_listing(paragraphs), fmt.value)
    if pager and sys.stdout.isatty():
        import pydoc

        pydoc.pager(output)
    else:
        _emit(output)


def run(args: Sequence[str] | None = None) -> int:
    """Run the usperu command line and return its exit code (see usperu.__main__)."""
    command = typer.main.get_command(app)
    return int(command.main(args=args, prog_name="usperu", standalone_mode=False) or EXIT_OK)
