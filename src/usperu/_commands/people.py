"""`usperu people`."""

import typer

from usperu._commands._options import (
    BomOption,
    Command,
    FieldsOption,
    FormatOption,
    command_app,
    statement_of,
)
from usperu._output import show_view

app = command_app()


@app.command(cls=Command)
def people(
    ctx: typer.Context, fmt: FormatOption = "table", fields: FieldsOption = None, bom: BomOption = False
) -> None:
    """List the participants, with role, country and how our copy spells them.

    Example:

      usperu people -f markdown
    """
    from usperu._views import people_listing

    show_view(people_listing(statement_of(ctx).people), fmt, fields, bom=bom)
