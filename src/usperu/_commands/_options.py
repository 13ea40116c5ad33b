"""What the command modules share: the data file option, output formats, completions.

Imported by each command module (never by `cli`, which only knows command names).
"""

import datetime as dt
import re
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer

from usperu._errors import UsperuError
from usperu._output import FORMATS

if TYPE_CHECKING:
    from usperu._model import Statement

__all__ = [
    "LIST_FORMATS",
    "BomOption",
    "FieldsOption",
    "Choice",
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
    "FromOption",
    "ToOption",
    "data_path",
    "date_range",
    "kind_of",
    "kind_tables",
    "statement_of",
    "table_of",
]

_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)+"
"""An alias shaped like an id (with a hyphen) is the old id of a renamed record (compiled
only when ids are completed: compiling it cost every command ~0.6M instructions)."""

LIST_FORMATS = FORMATS
"""The output formats of the listing and show commands (`_render.render`)."""


class Choice(str, Enum):
    """A value of an option with fixed choices: the base of the Enums that `choices` makes
    (Typer offers an Enum's values as an option's choices)."""


def choices(name: str, values: tuple[str, ...]) -> type[Choice]:
    """Return an Enum of the string values, named `name`, from the one tuple that declares them."""
    made: type[Choice] = Choice(name, {value.replace("-", "_"): value for value in values})  # type: ignore[call-overload]
    return made


if TYPE_CHECKING:  # type checkers see the base; Typer sees the values
    ListFormat = Choice
else:
    ListFormat = choices("ListFormat", LIST_FORMATS)

FormatOption = Annotated[
    ListFormat,
    typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
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
    from usperu._loader import load_statement

    return load_statement(data_path(ctx))


def complete_sessions(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Offer the breakout session ids, with titles."""
    from usperu._escape import clean

    try:
        sessions = statement_of(ctx).sessions
    except UsperuError:
        return []
    return [(s.id, clean(s.title)) for s in sessions if s.id.startswith(incomplete.casefold())]


def complete_actors(incomplete: str) -> list[tuple[str, str]]:
    """Offer us, peru and both."""
    from usperu._vocabulary import ACTOR_NAMES

    return [(key, name) for key, name in ACTOR_NAMES.items() if key.startswith(incomplete.casefold())]


def complete_statuses(incomplete: str) -> list[tuple[str, str]]:
    """Offer the statuses of the closed vocabulary, hyphenated ('in-force'): every shell
    keeps such a value as one word, and the option accepts it."""
    from usperu._vocabulary import STATUSES

    typed = incomplete.casefold().replace(" ", "-")
    offered = [(status.replace(" ", "-"), status) for status in STATUSES]
    return [(value, status) for value, status in offered if value.startswith(typed)]


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
    """Offer the record ids that start with what was typed, with titles as descriptions."""
    from usperu._escape import clean

    try:
        statement = statement_of(ctx)
    except UsperuError:
        return []
    prefix = incomplete.casefold()
    found = [(r.id, clean(r.title)) for r in statement.records() if r.id.startswith(prefix)]
    for record in statement.records():  # a renamed record keeps its old id among its aliases
        for alias in getattr(record, "aliases", ()):
            if alias.startswith(prefix) and re.fullmatch(_SLUG, alias):
                found.append((alias, clean(f"old id of {record.id}: {record.title}")))
    return found
