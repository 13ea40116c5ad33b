"""`usperu people`."""

import typer

from usperu.cli import FormatOption, ListFormat, show_view, statement_of

app = typer.Typer()


@app.command()
def people(ctx: typer.Context, fmt: FormatOption = ListFormat.table) -> None:
    """List the participants, with role, country and how our copy spells them.

    Example:

      usperu people -f markdown
    """
    from usperu._views import people_listing

    show_view(people_listing(statement_of(ctx).people), fmt.value)
