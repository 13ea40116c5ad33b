"""`usperu timeline`."""

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from usperu._commands._options import (
    LIST_FORMATS,
    BomOption,
    Choice,
    Command,
    FieldsOption,
    FromOption,
    ToOption,
    choices,
    command_app,
    date_range,
    metavar_of,
    statement_of,
)
from usperu._i18n import _, ngettext
from usperu._output import emit, note, show_view

app = command_app()
if TYPE_CHECKING:
    TimelineFormat = Choice
else:
    TimelineFormat = choices("TimelineFormat", (*LIST_FORMATS, "ics"))


@app.command(cls=Command)
def timeline(
    ctx: typer.Context,
    start: FromOption = None,
    end: ToOption = None,
    basis: Annotated[
        str | None,
        typer.Option(
            "--basis",
            "-b",
            metavar="BASES",
            help="Only these bases, comma-separated: stated, derived, later.  [default: all]",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        TimelineFormat,
        typer.Option(
            "--format",
            "-f",
            metavar=metavar_of(TimelineFormat),
            help="Output format; ics is an iCalendar file.",
            case_sensitive=False,
        ),
    ] = "table",
    fields: FieldsOption = None,
    bom: BomOption = False,
) -> None:
    """List every dated event in order, stated, derived or later, and how long ago it was.

    Basis says where a date comes from: "stated" in the statement, "derived" from it
    (see the derivation in usperu show ID), or "later", a development since the
    Dialogue, with public sources (usperu since). With -f ics, write an RFC 5545
    calendar of the entries with a full date (those known only to the month, year or
    century are left out, and stderr says how many).

    Examples:

      usperu timeline --from 2024 --to 2024-06

      usperu timeline --basis stated,derived -f json | jq '.[].date'

      usperu timeline -f ics > us-peru.ics
    """
    from usperu._queries import BASES
    from usperu._queries import timeline as query

    first, last = date_range(start, end)
    bases = [b for b in (basis or "").replace(" ", "").split(",") if b] or list(BASES)
    statement = statement_of(ctx)
    entries = query(statement, start=first, end=last, bases=bases)
    if fmt == "ics":
        from usperu._ics import calendar

        text, skipped = calendar(statement, entries, dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
        if skipped:
            message = ngettext(
                "{count} entry known only to the month, year or century left out",
                "{count} entries known only to the month, year or century left out",
                skipped,
            )
            note(message.format(count=skipped))
        if len(entries) == skipped:
            note(_("no entry with a full date in that range: the calendar is empty"))
        emit(text)
        return
    from usperu._views import timeline_listing

    show_view(timeline_listing(entries, dt.date.today(), start=first, end=last), fmt, fields, bom=bom)
