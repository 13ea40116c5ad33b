"""What the command modules share: the data file option, output formats, completions.

Imported by each command module (never by `cli`, which only knows command names).
"""

import datetime as dt
import os
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

import typer
from typer.core import TyperCommand

from usperu._errors import UsperuError
from usperu._i18n import _, language, localized
from usperu._output import FORMATS

if TYPE_CHECKING:
    from usperu._model import Statement

__all__ = [
    "LIST_FORMATS",
    "BomOption",
    "FieldsOption",
    "Command",
    "FormatOption",
    "choices",
    "complete_actors",
    "complete_ids",
    "complete_kinds",
    "complete_sessions",
    "complete_statuses",
    "command_app",
    "complete_tables",
    "complete_topics",
    "described",
    "short_descriptions",
    "FromOption",
    "SessionOption",
    "ToOption",
    "data_path",
    "date_range",
    "kind_of",
    "kind_tables",
    "metavar_of",
    "statement_of",
    "table_of",
]

_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)+"
"""An alias shaped like an id (with a hyphen) is the old id of a renamed record (compiled
only when ids are completed: compiling it cost every command ~0.6M instructions)."""

LIST_FORMATS = FORMATS
"""The output formats of the listing and show commands (`_render.render`)."""


Choice = str
"""A value of an option with fixed choices, as type checkers see it: the string chosen."""


def choices(name: str, values: tuple[str, ...]) -> Any:
    """Return the `Literal` type of the string values, from the one tuple that declares them:
    Typer offers a Literal's values as an option's choices and passes the one chosen as a
    string (its documented 'Literal choices'). `name` says what the choices are for.

    An Enum (`class Choice(str, Enum)`) did the same for ~0.8M CPU instructions a class and
    ~0.4M for the base, counted with cachegrind: ~2M of a `usperu timeline`; a Literal
    costs a tenth of that."""
    return Literal[values]


def metavar_of(choice: Any) -> str:
    """Return how help shows an option's choices: 'table|json|csv', from the Literal's values."""
    return "|".join(get_args(choice))


class Command(TyperCommand):
    """A subcommand (Typer's documented `cls=`) whose usage line reads the same on every
    Typer release: 'usperu show [OPTIONS] ID', 'usperu search [OPTIONS] QUERY...'.

    Typer marks a required argument '{ID}' and, since 0.29, an optional one '[[ID]]' when
    its metavar already has brackets and a variadic one 'QUERY......': only the pieces that
    `collect_usage_pieces` (click's public hook for the usage line) returns are rewritten.
    """

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        return [_plain_piece(piece) for piece in super().collect_usage_pieces(ctx)]

    def format_help(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        """Write the help as click does, in the interface's language (`_i18n.localized`)."""
        localized(self)
        super().format_help(ctx, formatter)

    def shell_complete(self, ctx: typer.Context, incomplete: str) -> Any:  # type: ignore[override]
        """Complete as click does, the options' descriptions in the interface's language
        and each one short line (`described`), as the values' are."""
        localized(self, ctx)
        return short_descriptions(super().shell_complete(ctx, incomplete))

    def format_usage(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        """Write the usage line as click does, its 'Usage:' in the interface's language."""
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), _("Usage: "))

    def format_options(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        """Write the Arguments and Options sections as Typer does, but name each argument
        by its metavar alone: Typer 0.29 adds its Python type ('ID <str>')."""
        sections: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None and param.param_type_name in sections:
                name, text = record
                if param.param_type_name == "argument":
                    name = re.sub(_ARGUMENT_TYPE, "", name)
                if language() != "en":
                    from usperu._localize import help_record

                    name, text = help_record((name, text))
                sections[param.param_type_name].append((name, text))
        for kind, title in (("argument", "Arguments"), ("option", "Options")):
            if sections[kind]:
                with formatter.section(_(title)):
                    formatter.write_dl(sections[kind])


_ARGUMENT_TYPE = r" <[^<>]*>$"
"""The Python type that Typer 0.29 writes after an argument's name in help: ' <str>' (a
pattern for `re`'s cache, compiled only when help is shown: compiling this and `_WORD`
at import cost every command ~0.6M instructions)."""


def _plain_piece(piece: str) -> str:
    """Return a usage piece without Typer's braces, doubled brackets or doubled ellipsis."""
    piece = piece.replace("{", "").replace("}", "").replace("......", "...")
    while piece.startswith("[[") and piece.endswith("]]"):
        piece = piece[1:-1]
    return piece


if TYPE_CHECKING:  # type checkers see the base; Typer sees the values
    ListFormat = Choice
else:
    ListFormat = choices("ListFormat", LIST_FORMATS)

FormatOption = Annotated[
    ListFormat,
    typer.Option("--format", "-f", metavar="|".join(LIST_FORMATS), help="Output format.", case_sensitive=False),
]


FromOption = Annotated[
    str | None,
    typer.Option("--from", metavar="DATE", help="Only on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)."),
]
ToOption = Annotated[
    str | None,
    typer.Option("--to", metavar="DATE", help="Only on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)."),
]


def date_range(start: str | None, end: str | None) -> "tuple[dt.date | None, dt.date | None]":
    """Return the days that --from and --to name (the first and last day of a month or
    year); raise InvalidArgumentError for anything that is not a date."""
    from usperu._queries import parse_iso_date

    first = parse_iso_date(start, "--from") if start is not None else None
    last = parse_iso_date(end, "--to", end=True) if end is not None else None
    return first, last


def command_app() -> typer.Typer:
    """Return the Typer app of one command module: plain help, as `usperu --help` has
    (Rich help cost ~85 ms per --help), and no completion options of its own."""
    return typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="A,B,C",
        help="Only these fields, in this order, in every format (JSON keys, e.g. id,title);"
        " an unknown one lists the valid ones.",
        show_default=False,
    ),
]
"""`--fields`: the columns of a listing (applied by `_views.select_fields`)."""

BomOption = Annotated[
    bool, typer.Option("--bom", help="Start CSV with a UTF-8 byte-order mark, so that Excel reads it right.")
]
"""`--bom`: a byte-order mark before CSV."""


def data_path(ctx: typer.Context) -> str | None:
    """Return the data file chosen with --data or USPERU_DATA, or None for the bundled one."""
    path: str | None = ctx.find_root().params.get("data")
    return path or None


def statement_of(ctx: typer.Context) -> "Statement":
    """Return the statement from the chosen data file; raise DataError."""
    from usperu._i18n import language
    from usperu._loader import load_statement

    path = data_path(ctx)
    statement = load_statement(path)
    if path is not None and language() == "es" and statement.english is None:  # say so, in Spanish
        from usperu._output import note
        from usperu._overlay import missing

        if message := missing(path):
            note(message)
    return statement


DESCRIBED = 60
"""The longest description a completion gets, in characters. Typer renders descriptions
through Rich, which wraps a longer one at the terminal's width (COLUMNS, else 80), and fish
then offers the wrapped lines as candidates of their own ('al Diálogo')."""

_MARKUP_TAG = r"(\\*)(\[[a-zA-Z#/@][^[]*?\])"
"""What Rich's markup reads as a tag (rich.markup's own pattern): Typer renders completion
descriptions as markup, and a title from the data is never markup (compiled only when
completing, as _SLUG is)."""


def described(text: str, width: int = DESCRIBED) -> str:
    """Return TEXT as a completion's description: one line without control characters or
    markup, cut at a word to fit WIDTH characters and the terminal's width (with '…')."""
    from usperu._escape import clean

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 20:
        width = min(width, int(columns) - 1)
    text = " ".join(clean(text).split())
    if len(text) > width:
        cut = text[: width - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:(") + "…"
    return re.sub(_MARKUP_TAG, lambda m: f"{m.group(1)}{m.group(1)}\\{m.group(2)}", text)


def short_descriptions(items: list[Any]) -> list[Any]:
    """Return click's completion items (`CompletionItem`, whose `help` is public) with
    each description made one short line by `described`: click describes an option by its
    whole help, which Rich wrapped, and fish offered the wrapped tail as a candidate."""
    for item in items:
        if item.help:
            item.help = described(item.help)
    return items


def complete_sessions(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Offer the breakout session ids, with titles."""
    try:
        sessions = statement_of(ctx).sessions
    except UsperuError:
        return []
    return [(s.id, described(s.title)) for s in sessions if s.id.startswith(incomplete.casefold())]


def complete_actors(incomplete: str) -> list[tuple[str, str]]:
    """Offer us, peru and both, each described by what it lists (never its own name again)."""
    from usperu._vocabulary import ACTOR_NAMES

    lists = {"us": _("what the United States does, alone or jointly"), "peru": _("what Peru does, alone or jointly")}
    lists["both"] = _("what both countries do together")
    return [(key, described(lists[key])) for key in ACTOR_NAMES if key.startswith(incomplete.casefold())]


def complete_statuses(incomplete: str) -> list[tuple[str, str | None]]:
    """Offer the statuses of the closed vocabulary, hyphenated ('in-force'): every shell
    keeps such a value as one word, and the option accepts it. The status as the data
    spells it is the description only where it differs (zsh and fish would show
    'advanced (advanced)')."""
    from usperu._vocabulary import STATUSES

    typed = incomplete.casefold().replace(" ", "-")
    offered = [(status.replace(" ", "-"), status) for status in STATUSES]
    return [(value, status if status != value else None) for value, status in offered if value.startswith(typed)]


_PLURALS = {"person": "people"}


def kind_tables() -> dict[str, str]:
    """Return each kind of record ('achievement') with the table that holds it ('achievements')."""
    from usperu._model import TABLES
    from usperu._vocabulary import KINDS

    return {kind: _PLURALS.get(kind, kind + "s" if kind + "s" in TABLES else kind) for kind in KINDS}


def kind_of(value: str) -> str:
    """Return the kind of record that `value` names, singular or plural ('achievements' ->
    'achievement'); raise InvalidArgumentError."""
    from usperu._queries import choose

    tables = kind_tables()
    return choose(value, tuple(tables), "kind", {table: kind for kind, table in tables.items()})


def table_of(value: str) -> str:
    """Return the table that `value` names, singular or plural ('person' -> 'people');
    raise InvalidArgumentError."""
    from usperu._queries import choose

    tables = kind_tables()
    return choose(value, tuple(tables.values()), "kind", tables)


def complete_kinds(incomplete: str) -> list[str]:
    """Offer the kinds of record (singular)."""
    return [kind for kind in kind_tables() if kind.startswith(incomplete.casefold())]


def complete_tables(incomplete: str) -> list[str]:
    """Offer the tables of the dataset (plural, as `export` names them)."""
    return [table for table in kind_tables().values() if table.startswith(incomplete.casefold())]


def complete_topics(ctx: typer.Context, incomplete: str) -> list[str]:
    """Offer the topics used in the data."""
    from usperu._queries import topics

    try:
        found = topics(statement_of(ctx))
    except UsperuError:
        return []
    return [topic for topic in found if topic.startswith(incomplete.casefold())]


def complete_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Offer what names one record and starts with what was typed, with titles as
    descriptions: the ids (and old ids of renamed records); for digits, the key
    achievements' numbers; where no id starts so, the one-word aliases ('cimino')."""
    try:
        statement = statement_of(ctx)
    except UsperuError:
        return []
    prefix = incomplete.casefold()
    if prefix.isascii() and prefix.isdigit():  # `show 12` is artemis-accords
        numbered = [(str(item.number), item) for item in statement.achievements]
        return [(number, described(item.title)) for number, item in numbered if number.startswith(prefix)]
    found = [(r.id, described(r.title)) for r in statement.records() if r.id.startswith(prefix)]
    for record in statement.records():  # a renamed record keeps its old id among its aliases
        for alias in getattr(record, "aliases", ()):
            if alias.startswith(prefix) and re.fullmatch(_SLUG, alias):
                found.append((alias, described(_("old id of {id}: {title}").format(id=record.id, title=record.title))))
    return found or (_complete_aliases(statement, incomplete) if prefix else [])


_WORD = r"[\w.'’-]+"
"""An alias that a shell keeps as one word, unquoted (a pattern for `re`'s cache)."""


def _complete_aliases(statement: "Statement", incomplete: str) -> list[tuple[str, str]]:
    """Offer the one-word aliases that start with what was typed and name one record, as
    `find_record` accepts them; in the case typed, so that every shell keeps them."""
    from usperu._errors import UnknownIdError
    from usperu._queries import find_record

    prefix, offered = incomplete.casefold(), {}
    for record in statement.records():
        for alias in getattr(record, "aliases", ()):
            word = alias if alias.startswith(incomplete) else alias.casefold()
            if not word.casefold().startswith(prefix) or not re.fullmatch(_WORD, word) or word in offered:
                continue
            try:
                named = find_record(statement, word)
            except UnknownIdError:  # an alias that several records share names none
                continue
            if named.id == record.id:
                offered[word] = described(f"{record.id}: {record.title}")
    return list(offered.items())


SessionOption = Annotated[
    str | None,
    typer.Option(
        "--session",
        "-s",
        metavar="SESSION",
        help="Only this breakout session (id, prefix or number).",
        autocompletion=complete_sessions,
    ),
]
"""`--session`: the filter that achievements and progress share."""
