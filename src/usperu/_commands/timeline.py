"""`usperu timeline`."""

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from usperu._commands._options import LIST_FORMATS, BomOption, Choice, FieldsOption, choices, statement_of
from usperu._output import emit, note, show_view

app = typer.Typer(add_completion=False)
if TYPE_CHECKING:
    TimelineFormat = Choice
else:
    TimelineFormat = choices("TimelineFormat", (*LIST_FORMATS, "ics"))


@app.command()
def timeline(
    ctx: typer.Context,
    start: Annotated[
        str | None,
        typer.Option("--from", metavar="DATE", help="Only events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)."),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--to", metavar="DATE", help="Only events on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)."),
    ] = None,
    fmt: Annotated[
        TimelineFormat,
        typer.Option("--format", "-f", help="Output format; ics is an iCalendar file.", case_sensitive=False),
    ] = TimelineFormat("table"),
    fields: FieldsOption = None,
    bom: BomOption = False,
) -> None:
    """List every dated event in order, stated or derived, and how long ago it was.

    With -f ics, write an RFC 5545 calendar of the events with a full date (events
    known only to the year or century are left out, and stderr says how many).

    Examples:

      usperu timeline --from 2024 --to 2024-06

      usperu timeline -f json | jq '.[] | select(.basis == "derived")'

      usperu timeline -f ics > us-peru.ics
    """
    from usperu._queries import parse_iso_date
    from usperu._queries import timeline as query

    first = parse_iso_date(start, "--from") if start is not None else None
    last = parse_iso_date(end, "--to", end=True) if end is not None else None
    statement = statement_of(ctx)
    events = query(statement, start=first, end=last)
    if fmt.value == "ics":
        from usperu._ics import calendar

        text, skipped = calendar(statement, events, dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
        if skipped:
            note(f"{skipped} event(s) known only to the year or century are not in the calendar")
        emit(text)
        return
    from usperu._views import timeline_listing

    show_view(timeline_listing(events, dt.date.today()), fmt.value, fields, bom=bom)
