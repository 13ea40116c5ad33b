"""`usperu cite`."""

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from usperu._cite import STYLES
from usperu._commands._options import Choice, choices, complete_ids, statement_of
from usperu._output import emit

app = typer.Typer(add_completion=False)
if TYPE_CHECKING:
    CiteStyle = Choice
else:
    CiteStyle = choices("CiteStyle", STYLES)


@app.command()
def cite(
    ctx: typer.Context,
    ident: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]",
            help="Cite this record (with its locator) instead of the whole statement.",
            show_default=False,
            autocompletion=complete_ids,
        ),
    ] = None,
    style: Annotated[
        CiteStyle, typer.Option("--style", "-s", help="Citation style.", case_sensitive=False)
    ] = CiteStyle("plain"),
    accessed: Annotated[
        str | None,
        typer.Option("--accessed", metavar="YYYY-MM-DD", help="Access date.  [default: today]", show_default=False),
    ] = None,
) -> None:
    """Cite the statement, or one record in it with its locator, in a common style.

    Styles: plain, apa, chicago, mla, bibtex (one @misc entry, for BibTeX and biber)
    and csl-json (for Zotero, pandoc and other CSL processors).

    Examples:

      usperu cite

      usperu cite artemis-accords --style apa

      usperu cite 3 --style bibtex --accessed 2026-01-15 >> references.bib
    """
    from usperu._cite import cite as write
    from usperu._queries import find_record, parse_iso_date
    from usperu._render import clean, stdout_is_unicode

    statement = statement_of(ctx)
    record = find_record(statement, ident) if ident is not None else None
    day = parse_iso_date(accessed, "--accessed") if accessed is not None else dt.date.today()
    text = write(statement, record, style.value, day, ascii_only=not stdout_is_unicode())
    emit(text if style.value == "csl-json" else clean(text))
