"""`usperu achievements`."""

from typing import Annotated

import typer

from usperu._commands._options import (
    BomOption,
    Command,
    FieldsOption,
    FormatOption,
    SessionOption,
    command_app,
    complete_actors,
    complete_statuses,
    complete_topics,
    statement_of,
)
from usperu._i18n import ngettext
from usperu._output import show_view

app = command_app()


@app.command(cls=Command)
def achievements(
    ctx: typer.Context,
    session: SessionOption = None,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor",
            "-a",
            metavar="ACTOR",
            help="Only achievements by: us, peru or both.",
            autocompletion=complete_actors,
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="Only this status, e.g. 'signed', 'in force', 'joined'.",
            autocompletion=complete_statuses,
        ),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option(
            "--topic",
            "-t",
            metavar="TOPIC",
            help="Only this topic, e.g. 'space', 'trade'.",
            autocompletion=complete_topics,
        ),
    ] = None,
    all_items: Annotated[
        bool, typer.Option("--all", help="Add the further commitments of the closing paragraphs.")
    ] = False,
    fmt: FormatOption = "table",
    fields: FieldsOption = None,
    bom: BomOption = False,
) -> None:
    """List the fourteen key achievements: number, title, actors, status and session.

    Examples:

      usperu achievements --session security --actor both

      usperu achievements --all -f csv > achievements.csv
    """
    from usperu._queries import achievements as query
    from usperu._views import achievements_listing

    statement = statement_of(ctx)
    items = query(statement, session=session, actor=actor, status=status, topic=topic, include_commitments=all_items)
    listing = achievements_listing(items, statement)
    if not items and not all_items:  # would --all find something?
        more = query(statement, session=session, actor=actor, status=status, topic=topic, include_commitments=True)
        if more:
            message = ngettext(
                "{empty}; {count} commitment matches; add --all",
                "{empty}; {count} commitments match; add --all",
                len(more),
            )
            listing = listing._replace(empty=message.format(empty=listing.empty, count=len(more)))
    show_view(listing, fmt, fields, bom=bom)
