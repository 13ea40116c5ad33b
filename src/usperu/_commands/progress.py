"""`usperu progress`."""

from typing import Annotated

import typer

from usperu._commands._options import (
    BomOption,
    Command,
    FieldsOption,
    FormatOption,
    SessionOption,
    command_app,
    described,
    statement_of,
)
from usperu._i18n import _
from usperu._output import check_bom, emit_json, note, show_view
from usperu._vocabulary import RATINGS

app = command_app()


def complete_ratings(incomplete: str) -> list[tuple[str, str]]:
    """Offer the ratings of the closed scale, hyphenated ('no-public-record'), with what each means."""
    from usperu._vocabulary import RATING_MEANINGS

    typed = incomplete.casefold().replace(" ", "-")
    offered = [
        (rating.replace(" ", "-").casefold(), described(_(meaning))) for rating, meaning in RATING_MEANINGS.items()
    ]
    return [(value, meaning) for value, meaning in offered if value.startswith(typed)]


@app.command(cls=Command)
def progress(
    ctx: typer.Context,
    rating: Annotated[
        str | None,
        typer.Option(
            "--rating",
            "-r",
            metavar="RATING",
            help=f"Only this rating: {', '.join(RATINGS)}.",
            autocompletion=complete_ratings,
        ),
    ] = None,
    session: SessionOption = None,
    fmt: FormatOption = "table",
    fields: FieldsOption = None,
    bom: BomOption = False,
) -> None:
    """List what came of each achievement and commitment: our rating, with evidence.

    An editorial layer, apart from the statement: each rating (done at the Dialogue,
    kept, in progress, stalled, superseded, broken, no public record) rests on dated
    developments (usperu since) and says when it was checked. "No public record" means
    none was found by that day, not that the commitment failed. A table ends with a
    one-line summary on stderr; JSON gives it as data beside the rows.

    Examples:

      usperu progress

      usperu progress --rating "no public record"

      usperu progress -f json | jq -r '.summary.line'
    """
    from usperu._queries import progress as query
    from usperu._queries import progress_checked, progress_summary
    from usperu._views import progress_listing, select_fields

    statement = statement_of(ctx)
    found = query(statement, rating=rating, session=session)
    summary = progress_summary(found, progress_checked(statement))
    listing = progress_listing(found, statement)
    if fmt == "json":
        check_bom(bom, fmt)
        shown = select_fields(listing, fields) if fields is not None else listing
        emit_json({"summary": summary, "progress": list(shown.rows)})
        return
    show_view(listing, fmt, fields, bom=bom)
    if fmt == "table":
        note(str(summary["line"]))
