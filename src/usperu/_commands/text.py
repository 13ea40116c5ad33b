"""`usperu text`."""

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from usperu._commands._options import (
    LIST_FORMATS,
    BomOption,
    Choice,
    Command,
    FieldsOption,
    choices,
    command_app,
    metavar_of,
    statement_of,
)
from usperu._output import emit_paged

app = command_app()
if TYPE_CHECKING:
    TextFormat = Choice
else:
    TextFormat = choices("TextFormat", ("text", *LIST_FORMATS[1:]))


@app.command(cls=Command)
def text(
    ctx: typer.Context,
    numbers: Annotated[
        bool, typer.Option("--numbers", "-n", help="Start each paragraph with its number, as citations give it.")
    ] = False,
    pager: Annotated[
        bool,
        typer.Option(
            "--pager",
            help="Page long output on a terminal even after 'usperu --no-pager' (paging is the default).",
        ),
    ] = False,
    fmt: Annotated[
        TextFormat,
        typer.Option("--format", "-f", metavar=metavar_of(TextFormat), help="Output format.", case_sensitive=False),
    ] = "text",
    fields: FieldsOption = None,
    bom: BomOption = False,
) -> None:
    """Print the statement in full, verbatim, paragraph by paragraph.

    Examples:

      usperu text | less

      usperu text -f json | jq -r '.[5].text'
    """
    from usperu._output import BOM, check_bom
    from usperu._render import render, render_text, stdout_is_unicode, terminal_width
    from usperu._views import paragraphs_listing, select_fields

    if pager:
        from usperu import _output

        _output.PAGING = True
    paragraphs = statement_of(ctx).paragraphs
    check_bom(bom, fmt)
    if fmt == "text":
        if fields is not None:
            from usperu._errors import InvalidArgumentError
            from usperu._i18n import _

            raise InvalidArgumentError(_("--fields picks the fields of -f json, csv or markdown"))
        width = terminal_width() if sys.stdout.isatty() else None  # a pipe gets the text as is
        output = render_text(paragraphs, width=width, numbers=numbers)
        from usperu._brackets import spanish_text_line

        notice = spanish_text_line()  # in Spanish: whose words, in which language, and where the Spanish is
        output = f"{notice}\n\n{output}" if notice else output
    else:
        listing = paragraphs_listing(paragraphs)
        listing = select_fields(listing, fields) if fields is not None else listing
        output = (BOM if bom else "") + render(listing, fmt, ascii_only=not stdout_is_unicode())
    emit_paged(output)
