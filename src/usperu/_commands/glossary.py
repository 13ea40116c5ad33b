"""`usperu glossary`."""

import typer

from usperu.cli import FormatOption, ListFormat, show_view, statement_of

app = typer.Typer()


@app.command()
def glossary(ctx: typer.Context, fmt: FormatOption = ListFormat.table) -> None:
    """List the acronyms, initiatives and agreements, and where each is mentioned.

    Example:

      usperu glossary -f json | jq '.[] | {term, expansion}'
    """
    from usperu._views import glossary_listing

    show_view(glossary_listing(statement_of(ctx).glossary), fmt.value)
