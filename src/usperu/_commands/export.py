"""`usperu export`."""

from enum import Enum
from typing import Annotated

import typer

from usperu.cli import emit, emit_json, statement_of

app = typer.Typer()


class ExportFormat(str, Enum):
    """Output formats of `usperu export`."""

    json = "json"
    csv = "csv"


class ExportKind(str, Enum):
    """Record tables of `usperu export --kind`."""

    statement = "statement"
    people = "people"
    sessions = "sessions"
    achievements = "achievements"
    commitments = "commitments"
    events = "events"
    glossary = "glossary"
    paragraphs = "paragraphs"


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = ExportFormat.json,
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
    if fmt is ExportFormat.csv:
        if kind is None:
            raise InvalidArgumentError("CSV holds one kind of record: add --kind, e.g. --kind achievements")
        from usperu._render import render_rows_csv

        emit(render_rows_csv(export_rows(statement, kind.value)))
        return
    document = export_document(statement)
    emit_json(document[kind.value] if kind else document)
