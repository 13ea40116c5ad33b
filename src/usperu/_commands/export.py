"""`usperu export`."""

from typing import TYPE_CHECKING, Annotated

import typer

from usperu._commands._options import Choice, choices, command_app, statement_of
from usperu._model import TABLES
from usperu._output import emit, emit_json

app = command_app()
if TYPE_CHECKING:
    ExportFormat = Choice
else:
    ExportFormat = choices("ExportFormat", ("json", "csv"))
if TYPE_CHECKING:
    ExportKind = Choice
else:
    ExportKind = choices("ExportKind", tuple(TABLES))


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = ExportFormat("json"),
    kind: Annotated[
        ExportKind | None,
        typer.Option("--kind", "-k", help="Only this table (required for CSV).", case_sensitive=False),
    ] = None,
) -> None:
    """Write the whole dataset, every record kind and field, as JSON (or one kind as CSV).

    Examples:

      usperu export > usperu.json

      usperu export -f csv --kind achievements > achievements.csv

      usperu export | jq '.events[] | {date, title}'
    """
    from usperu._errors import InvalidArgumentError
    from usperu._views import export_document, export_rows

    statement = statement_of(ctx)
    if fmt.value == "csv":
        if kind is None:
            raise InvalidArgumentError("CSV holds one kind of record: add --kind, e.g. --kind achievements")
        from usperu._render import render_rows_csv

        emit(render_rows_csv(export_rows(statement, kind.value)))
        return
    document = export_document(statement)
    emit_json(document[kind.value] if kind else document)
