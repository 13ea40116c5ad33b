"""`usperu sessions`."""

from typing import Annotated

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
def sessions(
    ctx: typer.Context,
    tree: Annotated[bool, typer.Option("--tree", help="Draw sessions and their achievements as a tree.")] = False,
    fmt: FormatOption = "table",
    fields: FieldsOption = None,
    bom: BomOption = False,
) -> None:
    """List the five breakout sessions and the achievements linked to each.

    Examples:

      usperu sessions --tree

      usperu sessions -f json | jq '.[] | {title, achievements}'
    """
    from usperu._queries import achievements_by_session
    from usperu._views import sessions_listing

    statement = statement_of(ctx)
    listing = sessions_listing(statement, achievements_by_session(statement))
    show_view(listing if tree else listing._replace(tree=None), fmt, fields, bom=bom)
