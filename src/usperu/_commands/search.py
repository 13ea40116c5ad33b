"""`usperu search`."""

from typing import Annotated

import typer

from usperu._commands._options import (
    BomOption,
    Command,
    FieldsOption,
    FormatOption,
    command_app,
    complete_kinds,
    data_path,
    kind_of,
    statement_of,
)
from usperu._output import show_view
from usperu._vocabulary import KINDS

app = command_app()


@app.command(cls=Command)
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY...",
            help='Words that must all match (English or Spanish); "a phrase", a OR b, -word, word*, a year or date.',
        ),
    ],
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help=f"Only records of this kind, singular or plural (repeat for several): {', '.join(KINDS)}.",
            autocompletion=complete_kinds,
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most this many results.")
    ] = 10,
    fmt: FormatOption = "table",
    fields: FieldsOption = None,
    bom: BomOption = False,
) -> None:
    """Search everything: achievements, commitments, sessions, text, events, glossary, people.

    Ask in English or Spanish. Every word must match, in any order; common words
    (the, what, did, de, la, y...) are ignored unless quoted. Case, accents and word
    endings do not matter (minerals = mineral, Perú = Peru, minería = mineria), and
    acronyms, official names, Spanish names and spellings find each other (FEMA,
    Federal Emergency Management Agency; OECD, OCDE; FTA, TLC; Cusco, Cuzco; U.S.,
    EE. UU.). An acronym in capitals means the acronym: FIRST is the program, first
    the ordinary word. Topics the statement implies (drugs, climate, earthquakes) find
    the records an editorial thesaurus links, ranked below records with the words.

    Operators: "a phrase" matches the words adjacent and in order; a OR b matches
    either; -word excludes records with the word (put it inside one quoted argument,
    or after --); word* matches words starting with it. A year (2026) ranks records
    dated then first; a date (2024-05-09, 9 May 2024, mayo 2024) finds those dated then.

    When no record has every word, those with most of them are shown and stderr says
    so; when nothing matches and one spelling is clearly meant, it is searched and
    stderr says so. Exit code 1 when nothing matches (JSON prints []).

    Examples:

      usperu search what did Peru agree about space

      usperu search lucha contra las drogas

      usperu search '"critical minerals"' --kind achievement

      usperu search mining OR minerals

      usperu search 'mining -illegal'      (or: usperu search -- mining -illegal)

      usperu search 'repatr*'

      usperu search 'mayo 2024'

      usperu search FEMA -f json | jq -r '.[0].id'
    """
    from usperu._errors import NoMatchesError
    from usperu._i18n import _
    from usperu._listing import search_listing
    from usperu._output import note
    from usperu._search import find

    # The bundled dataset's index ships prebuilt: searching it loads no records (None).
    statement = statement_of(ctx) if data_path(ctx) is not None else None
    text = " ".join(query)
    result = find(statement, text, kinds=[kind_of(k) for k in kind or ()], limit=limit)
    if result.corrected:
        note(
            _("no matches for {query!r}; showing results for {corrected!r}").format(
                query=text, corrected=result.corrected
            )
        )
    if result.partial:
        message = _("no record matches every word of {query!r}; these match only some of them")
        if result.unmatched:
            message = _(
                "no record matches every word of {query!r}; these match only some of them; nothing matched {words}"
            )
        note(message.format(query=text, words=", ".join(repr(u) for u in result.unmatched)))
    if result.hits or fmt != "table":  # when empty: [] in JSON, the header in CSV and Markdown
        show_view(search_listing(result.hits), fmt, fields, bom=bom)
    if not result.hits:
        raise NoMatchesError(text, result.suggestions)
