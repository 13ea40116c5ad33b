"""`usperu search`."""

from typing import Annotated

import typer

from usperu._commands._options import (
    BomOption,
    FieldsOption,
    FormatOption,
    ListFormat,
    command_app,
    complete_kinds,
    kind_of,
    statement_of,
)
from usperu._output import show_view

app = command_app()


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(metavar="QUERY...", help="Words that must all match; quote a phrase to match it as is."),
    ],
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help="Only records of this kind, singular or plural (repeat for several): achievement, commitment,"
            " session, person, event, glossary, statement, paragraph.",
            autocompletion=complete_kinds,
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most this many results.")
    ] = 10,
    fmt: FormatOption = ListFormat("table"),
    fields: FieldsOption = None,
    bom: BomOption = False,
) -> None:
    """Search everything: achievements, commitments, sessions, text, events, glossary, people.

    Every word must match, in any order; put a phrase in quotes to match it as is.
    Case, accents and word endings do not matter (minerals = mineral, Perú = Peru),
    and acronyms, official names and spelling variants find each other (FEMA, Federal
    Emergency Management Agency; Camino, Cimino; Cusco, Cuzco). Exit code 1 when
    nothing matches.

    Examples:

      usperu search minerals

      usperu search '"critical minerals"' --kind achievement

      usperu search FEMA -f json | jq -r '.[0].id'
    """
    from usperu._errors import NoMatchesError
    from usperu._search import search as find
    from usperu._search import suggestions
    from usperu._views import search_listing

    statement = statement_of(ctx)
    text = " ".join(query)
    hits = find(statement, text, kinds=[kind_of(k) for k in kind or ()], limit=limit)
    show_view(
        search_listing(hits), fmt.value, fields, bom=bom
    )  # when empty: [] in JSON, the header in CSV and Markdown
    if not hits:
        raise NoMatchesError(text, suggestions(statement, text))
