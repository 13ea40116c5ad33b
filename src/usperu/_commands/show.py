"""`usperu show`."""

from typing import Annotated

import typer

from usperu._commands._options import Command, FormatOption, command_app, complete_ids, statement_of
from usperu._output import note, show_view

app = command_app()


@app.command(cls=Command)
def show(
    ctx: typer.Context,
    ident: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A record id, a unique prefix of one, its exact title, or a key achievement's number.",
            show_default=False,
            autocompletion=complete_ids,
        ),
    ],
    fmt: FormatOption = "table",
) -> None:
    """Show one record in full: the verbatim quote, title, notes and links.

    Where the quote holds words our copy garbles, or a derived date, stderr says so
    in one line, with the official wording.

    Examples:

      usperu show artemis-accords

      usperu show 3

      usperu show peter -f json
    """
    from usperu._cite import caution
    from usperu._queries import find_record
    from usperu._views import card_for

    statement = statement_of(ctx)
    record = find_record(statement, ident)
    show_view(card_for(record, statement), fmt)
    warning = caution(statement, record)
    if warning:
        note(warning)
