"""`usperu about`."""

import typer

from usperu._commands._options import Command, FormatOption, command_app, statement_of
from usperu._output import show_view

app = command_app()


@app.command(cls=Command)
def about(ctx: typer.Context, fmt: FormatOption = "table") -> None:
    """Show the statement at a glance: date, place, issuers, leaders and contents.

    Example:

      usperu about -f json
    """
    from usperu._views import about_card

    show_view(about_card(statement_of(ctx)), fmt)
