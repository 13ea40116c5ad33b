"""`usperu glossary`."""

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
def glossary(
    ctx: typer.Context, fmt: FormatOption = "table", fields: FieldsOption = None, bom: BomOption = False
) -> None:
    """List the acronyms, initiatives and agreements, and where each is mentioned.

    Example:

      usperu glossary -f json | jq '.[] | {term, expansion}'
    """
    from usperu._views import glossary_listing

    show_view(glossary_listing(statement_of(ctx).glossary), fmt, fields, bom=bom)
