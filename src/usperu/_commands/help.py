"""`usperu help`."""

from typing import TYPE_CHECKING, Annotated

import typer

from usperu._commands._options import Choice, Command, choices, command_app, described, metavar_of
from usperu._i18n import _
from usperu._output import emit, emit_json

app = command_app()

if TYPE_CHECKING:
    HelpFormat = Choice
else:
    HelpFormat = choices("HelpFormat", ("text", "json"))


def complete_commands(incomplete: str) -> list[tuple[str, str]]:
    """Offer the command names, with their one-line help."""
    from usperu.cli import COMMANDS

    return [(name, described(_(short))) for name, short in COMMANDS.items() if name.startswith(incomplete.casefold())]


@app.command(name="help", cls=Command)
def help_command(
    ctx: typer.Context,
    command: Annotated[
        str | None,
        typer.Argument(
            metavar="[COMMAND]",
            help="The command to explain; without it, the list of commands.",
            show_default=False,
            autocompletion=complete_commands,
        ),
    ] = None,
    fmt: Annotated[
        HelpFormat,
        typer.Option("--format", "-f", metavar=metavar_of(HelpFormat), help="Output format.", case_sensitive=False),
    ] = "text",
) -> None:
    """Show the help of a command, as COMMAND --help does, or the list of commands.

    With -f json: the commands and their one-line help, or one command's help.

    Examples:

      usperu help show

      usperu help -f json | jq -r '.[].command'
    """
    from usperu.cli import COMMANDS

    root = ctx.find_root()
    if command is None:
        if fmt == "json":
            emit_json([{"command": name, "summary": _(short)} for name, short in COMMANDS.items()])
        else:
            emit(root.get_help() + "\n")
        return
    name, found, _rest = root.command.resolve_command(root, [command])  # type: ignore[attr-defined]
    with found.make_context(name, [], parent=root, resilient_parsing=True) as context:
        text = context.get_help()
    if fmt == "json":
        emit_json({"command": name, "summary": _(COMMANDS[name]), "help": text})
    else:
        emit(text + "\n")
