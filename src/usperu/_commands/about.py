"""`usperu about`."""

import typer

from usperu.cli import FormatOption, ListFormat, show_view, statement_of

app = typer.Typer()


@app.command()
def about(ctx: typer.Context, fmt: FormatOption = ListFormat.table) -> None:
    """Show the statement at a glance: date, place, issuers, leaders and contents.

    Example:

      usperu about -f json
    """
    from usperu._views import about_card

    show_view(about_card(statement_of(ctx)), fmt.value)
