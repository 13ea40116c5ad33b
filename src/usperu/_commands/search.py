"""`usperu search`."""

from typing import TYPE_CHECKING, Annotated

import typer

from usperu._commands._options import Choice, FormatOption, ListFormat, choices, statement_of
from usperu._model import KINDS
from usperu._output import show_view

app = typer.Typer(add_completion=False)
if TYPE_CHECKING:
    Kind = Choice
else:
    Kind = choices("Kind", KINDS)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(metavar="QUERY...", help="Words that must all match; quote a phrase to match it as is."),
    ],
    kind: Annotated[
        list[Kind] | None,
        typer.Option("--kind", "-k", help="Only records of this kind (repeat for several).", case_sensitive=False),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many results.")] = 10,
    fmt: FormatOption = ListFormat("table"),
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
    from usperu._output import emit_json, note
    from usperu._search import find
    from usperu._views import search_listing

    statement = statement_of(ctx)
    text = " ".join(query)
    result = find(statement, text, kinds=[k.value for k in kind or ()], limit=limit)
    if result.corrected:
        note(f"no matches for {text!r}; showing results for {result.corrected!r}")
    if result.partial:
        nothing = f"; nothing matched {', '.join(repr(u) for u in result.unmatched)}" if result.unmatched else ""
        note(f"no record matches every word of {text!r}; these match only some of them{nothing}")
    if not result.hits:
        if fmt.value == "json":
            emit_json([])
        raise NoMatchesError(text, result.suggestions)
    show_view(search_listing(result.hits), fmt.value)
