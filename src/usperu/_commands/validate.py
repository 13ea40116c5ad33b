"""`usperu validate`."""

from typing import TYPE_CHECKING, Annotated

import typer

from usperu._commands._options import Choice, Command, choices, command_app, data_path, metavar_of
from usperu._i18n import _, ngettext
from usperu._output import EXIT_USAGE, emit, emit_json, note

app = command_app()
if TYPE_CHECKING:
    ValidateFormat = Choice
else:
    ValidateFormat = choices("ValidateFormat", ("text", "json"))


@app.command(cls=Command)
def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH]",
            help="The data file to check.  [default: --data, $USPERU_DATA or the bundled file]",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        ValidateFormat,
        typer.Option("--format", "-f", metavar=metavar_of(ValidateFormat), help="Output format.", case_sensitive=False),
    ] = "text",
) -> None:
    """Check a data file and report every problem, with line, record and field.

    Exit code 0 when the file is valid, 2 when it has problems (listed on stdout,
    one per line).

    Examples:

      usperu validate corrected.toml

      usperu validate corrected.toml -f json | jq length
    """
    from usperu._errors import DataError
    from usperu._escape import clean
    from usperu._loader import bundled_path, check_document, check_translation, read_document

    target = path or data_path(ctx) or bundled_path()
    try:
        document, text = read_document(target)
        problems = check_document(document, target, text)
        problems += check_translation(document, target, text)
    except DataError as unreadable:
        problems = [unreadable]
    if fmt == "json":
        fields = ("path", "line", "record", "field", "message")
        emit_json([{name: getattr(p, name) for name in fields} for p in problems])
    elif problems:
        emit("".join(clean(p.describe()) + "\n" for p in problems))
    else:
        emit(_("{path}: valid").format(path=clean(target)) + "\n")
    if problems:
        note(
            ngettext("{path}: {count} problem(s)", "{path}: {count} problem(s)", len(problems)).format(
                path=target, count=len(problems)
            )
        )
        raise typer.Exit(EXIT_USAGE)
