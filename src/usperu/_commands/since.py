"""`usperu since`."""

from typing import Annotated

import typer

from usperu._commands._options import (
    BomOption,
    Command,
    FieldsOption,
    FormatOption,
    FromOption,
    ToOption,
    command_app,
    complete_ids,
    date_range,
    statement_of,
)
from usperu._output import show_view

app = command_app()


@app.command(cls=Command)
def since(
    ctx: typer.Context,
    record: Annotated[
        str | None,
        typer.Option(
            "--record",
            "-r",
            metavar="ID",
            help="Only developments that follow up this achievement or commitment.",
            autocompletion=complete_ids,
            show_default=False,
        ),
    ] = None,
    start: FromOption = None,
    end: ToOption = None,
    fmt: FormatOption = "table",
    fields: FieldsOption = None,
    bom: BomOption = False,
) -> None:
    """List what has happened since the Dialogue: dated developments, with sources.

    An editorial layer, apart from the statement: each development follows up
    achievements or commitments, has public sources (usperu show ID lists them) and a
    confidence. Oldest first; nothing is dated after the day it was added, and the
    caption says the day a maintainer last searched for them.

    Examples:

      usperu since

      usperu since --record critical-minerals

      usperu since --from 2025 -f json | jq -r '.[] | "\\(.date) \\(.title)"'
    """
    from usperu._queries import developments
    from usperu._views import since_listing

    first, last = date_range(start, end)
    statement = statement_of(ctx)
    found = developments(statement, record=record, start=first, end=last)
    show_view(since_listing(found, statement.developments_checked), fmt, fields, bom=bom)
