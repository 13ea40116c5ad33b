"""`usperu text`."""

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from usperu._commands._options import LIST_FORMATS, Choice, choices, command_app, statement_of
from usperu._output import emit

app = command_app()
if TYPE_CHECKING:
    TextFormat = Choice
else:
    TextFormat = choices("TextFormat", ("text", *LIST_FORMATS[1:]))


@app.command()
def text(
    ctx: typer.Context,
    pager: Annotated[bool, typer.Option("--pager", help="Page the text on a terminal ($PAGER).")] = False,
    fmt: Annotated[
        TextFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = TextFormat("text"),
) -> None:
    """Print the statement in full, verbatim, paragraph by paragraph.

    Examples:

      usperu text | less

      usperu text -f json | jq -r '.[5].text'
    """
    from usperu._render import render, render_text, stdout_is_unicode
    from usperu._views import paragraphs_listing

    paragraphs = statement_of(ctx).paragraphs
    if fmt.value == "text":
        output = render_text(paragraphs)
    else:
        output = render(paragraphs_listing(paragraphs), fmt.value, ascii_only=not stdout_is_unicode())
    if pager and sys.stdout.isatty():
        import pydoc

        pydoc.pager(output)
    else:
        emit(output)
