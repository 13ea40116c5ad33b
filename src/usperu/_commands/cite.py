"""`usperu cite`."""

from typing import TYPE_CHECKING, Annotated

import typer

from usperu._cite import STYLES
from usperu._commands._options import Choice, Command, choices, command_app, complete_ids, metavar_of, statement_of
from usperu._output import emit, note

app = command_app()
if TYPE_CHECKING:
    CiteStyle = Choice
else:
    CiteStyle = choices("CiteStyle", STYLES)


@app.command(cls=Command)
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
        CiteStyle,
        typer.Option("--style", "-s", metavar=metavar_of(CiteStyle), help="Citation style.", case_sensitive=False),
    ] = "plain",
    accessed: Annotated[
        str | None,
        typer.Option(
            "--accessed",
            metavar="YYYY-MM-DD",
            help="The day you opened the URL, not after today (no access date without it).",
            show_default=False,
        ),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(
            "--url", metavar="URL", help="Cite this address instead of the statement's URL.", show_default=False
        ),
    ] = None,
) -> None:
    """Cite the statement, or one record in it with its locator, in a common style.

    Styles: plain, apa, chicago, mla, bibtex (one @misc entry, for BibTeX and biber)
    and csl-json (for Zotero, pandoc and other CSL processors). Every record is the
    same work: the same BibTeX key and CSL id, with the record's paragraph as the
    locator (stderr says how to cite it in LaTeX or pandoc). When the record's text
    holds words our copy garbles, or a derived date, stderr says so in one line.
    An access date is written only with --accessed, the day you opened the URL;
    the bundled URL was inferred, not opened, and a line after the citation says so.

    Examples:

      usperu cite

      usperu cite artemis-accords --style apa

      usperu cite 3 --style bibtex --accessed 2026-01-15 >> references.bib
    """
    from usperu._cite import as_cite_does, caution, hint
    from usperu._queries import find_record
    from usperu._render import clean, stdout_is_unicode

    statement = statement_of(ctx)
    record = find_record(statement, ident) if ident is not None else None
    text, unchecked = as_cite_does(statement, record, style, accessed, url, not stdout_is_unicode())
    emit((text if style == "csl-json" else clean(text)) + (f"{unchecked}\n" if unchecked else ""))
    for message in (hint(statement, record, style), caution(statement, record)):
        if message:
            note(message)
