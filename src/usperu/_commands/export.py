"""`usperu export`."""

from typing import TYPE_CHECKING, Annotated

import typer

from usperu._commands._options import (
    BomOption,
    Choice,
    Command,
    choices,
    command_app,
    complete_tables,
    metavar_of,
    statement_of,
    table_of,
)
from usperu._i18n import _
from usperu._model import TABLES
from usperu._output import emit, emit_json

app = command_app()
if TYPE_CHECKING:
    ExportFormat = Choice
else:
    ExportFormat = choices("ExportFormat", ("json", "csv", "html"))


@app.command(cls=Command)
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            metavar=metavar_of(ExportFormat),
            help="Output format; html is an annotated edition for the browser.",
            case_sensitive=False,
        ),
    ] = "json",
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help=f"Only this table, singular or plural (required for CSV): {', '.join(TABLES)}.",
            autocompletion=complete_tables,
        ),
    ] = None,
    bom: BomOption = False,
) -> None:
    """Write the whole dataset, every record kind and field, as JSON (or one kind as CSV).

    With -f html, write the annotated edition instead: one self-contained HTML5 page
    (numbered text with the corrections, achievements and progress, timeline, sources,
    glossary, citations) that a browser opens offline and that prints.

    Examples:

      usperu export > usperu.json

      usperu export -f csv --kind achievements > achievements.csv

      usperu export | jq '.events[] | {date, title}'

      usperu export -f html > usperu.html
    """
    from usperu._errors import InvalidArgumentError
    from usperu._output import BOM, check_bom
    from usperu._views import export_document, export_rows

    check_bom(bom, fmt)
    statement = statement_of(ctx)
    table = table_of(kind) if kind is not None else None
    if fmt == "html":
        if table is not None:
            raise InvalidArgumentError(_("the HTML edition holds the whole statement: leave out --kind"))
        import datetime as dt

        from usperu._html import edition
        from usperu._render import stdout_is_unicode

        page = edition(statement, dt.date.today())
        # a stdout that cannot encode the page gets character references: the same page
        emit(page if stdout_is_unicode() else page.encode("ascii", "xmlcharrefreplace").decode("ascii"))
        return
    if fmt == "csv":
        if table is None:
            raise InvalidArgumentError(_("CSV holds one kind of record: add --kind, e.g. --kind achievements"))
        from usperu._render import render_rows_csv

        emit((BOM if bom else "") + render_rows_csv(export_rows(statement, table)))
        return
    document = export_document(statement)
    emit_json(document[table] if table else document)
