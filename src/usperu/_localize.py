"""The help and usage errors of Typer and click in the interface's language (not English).

Imported only when the language is not English, so that English pays nothing for it.
Typer (0.28 and later) vendors click and writes click's words as plain English
strings, not through gettext, so there is no catalog of click's to bind: the words are
put in the interface's language through click's documented extension points instead.
`localize` sets a built command's `help` and each parameter's `help` (public
attributes) from their English; `help_record` does a help line's '[default: ...]';
`usage_message` finds a usage error's English wording among click's templates below
and writes it with the catalog's translation of that template (`_i18n._`).
"""

import re
import weakref
from typing import Any

from ._i18n import _

__all__ = ["help_record", "localize", "metavar_in_language", "usage_message"]

_ENGLISH: "weakref.WeakKeyDictionary[Any, str | None]" = weakref.WeakKeyDictionary()
"""The English help of each command and parameter that `localize` translated."""


_METAVARS: "weakref.WeakKeyDictionary[Any, str | None]" = weakref.WeakKeyDictionary()
"""The English metavar of each parameter that `localize` translated."""

_METAVAR_WORD = re.compile(r"[A-Z][A-Z_-]*[A-Z]|[A-Z]")
"""A metavar's words ('DATE', 'QUERY' of 'QUERY...'), not a list of choices ('table|json')."""


def localize(command: Any, ctx: Any = None) -> None:
    """Put the help of COMMAND and of its parameters, and the parameters' metavars
    (click's public `metavar`, which help lines and the usage line show), in the
    interface's language; given CTX, the help of its help option (`get_help_option`) too."""
    helps = [] if ctx is None else [command.get_help_option(ctx)]
    for item in (command, *command.params, *(option for option in helps if option is not None)):
        if not hasattr(item, "help"):  # pragma: no cover - a plain click parameter
            continue
        english = _ENGLISH.setdefault(item, item.help)
        item.help = _(english) if english else english
    for param in command.params:
        metavar = _METAVARS.setdefault(param, param.metavar)
        if metavar:
            param.metavar = metavar_in_language(metavar)
    command.options_metavar = _("[OPTIONS]")
    if hasattr(command, "subcommand_metavar"):  # the group: 'usperu [OPTIONS] COMMAND [ARGS]...'
        command.subcommand_metavar = _("COMMAND [ARGS]...")


def metavar_in_language(metavar: str) -> str:
    """Return a metavar ('DATE', '[PATH]', 'QUERY...') with its words in the interface's
    language ('FECHA', '[RUTA]', 'CONSULTA...'); choices ('table|json') stay as typed."""
    if "|" in metavar:
        return metavar
    return _METAVAR_WORD.sub(lambda word: _(word.group()), metavar)


_EXTRAS = ("default: {default}", "required", "env var: {var}")
"""What Typer writes in brackets after an option's help (`[default: table]`)."""


def help_record(record: tuple[str, str]) -> tuple[str, str]:
    """Return a help line (names, text) with its text and bracketed extras translated."""
    names, text = record
    text = _(text)
    head, sep, extras = text.rpartition("  [")
    if sep and extras.endswith("]"):
        parts = [_translated(part, _EXTRAS) for part in extras[:-1].split("; ")]
        text = f"{head}{sep}{'; '.join(parts)}]"
    return names, text


# click's usage errors as Typer 0.28 and 0.29 word them; each is a msgid of the catalog.
# Where one template's text also matches another's, the more specific comes first.
_USAGE = (
    "No such option: {option} (Possible options: {options})",
    "No such option: {option} Did you mean {options}?",
    "No such option: {option}",
    "No such command {name}. Did you mean {names}?",
    "No such command {name}.",
    "Missing command.",
    "Missing argument {name}.",
    "Missing option {name}.",
    "Missing parameter {name}.",
    "Got unexpected extra argument(s) ({arguments})",
    "Got unexpected extra argument ({arguments})",
    "Got unexpected extra arguments ({arguments})",
    "Invalid value for {hint}: {message}",
    "Invalid value: {message}",
    "Option {name} requires an argument.",
    "Option {name} requires {count} arguments.",
    "Option {name} does not take a value.",
    "Argument {name} takes {count} values.",
)
_VALUES = (
    "Value error, {message}",  # Typer 0.29 checks values with pydantic, and says what it says
    "{value} is not one of {choices}.",
    "{value} is not in the range {range}.",
    "{value} is not a valid int range.",
    "{value} is not a valid integer range.",
    "{value} is not a valid integer.",
    "{value} is not a valid int.",
    "{value} is not a valid float.",
    "{value} is not a valid boolean. Recognized values: {values}",
    "Input should be greater than or equal to {bound}",
    "Input should be less than or equal to {bound}",
    "Input should be greater than {bound}",
    "Input should be less than {bound}",
    "Input should be a valid integer, unable to parse string as an integer",
    "Input should be a valid integer",
    "{value} is not {choice}.",  # last: its words are in several of the above
)
"""What click (or pydantic, under Typer 0.29) says of a bad value, after 'Invalid value for ...:'."""

_FIELD = re.compile(r"\\{(\w+)\\}")


def usage_message(message: str) -> str:
    """Return a usage error of click's in the interface's language (as is if unknown).

    The commands' metavars are put in the interface's language only when help is shown
    (`_i18n.localized`), so a missing argument's metavar ('QUERY...') is translated here."""
    return _translated(message, _USAGE)


_METAVAR_FIELDS = {
    "Missing argument {name}.": "name",
    "Missing parameter {name}.": "name",
    "Argument {name} takes {count} values.": "name",
    "Invalid value for {hint}: {message}": "hint",
}
"""The templates that name a parameter by its metavar (an argument's 'QUERY...')."""


def _translated(text: str, templates: tuple[str, ...]) -> str:
    for template in templates:  # in order: where two match, the first listed is the more specific
        found = _pattern(template).fullmatch(text)
        if found:
            fields = found.groupdict()
            if "message" in fields:
                fields["message"] = _translated(fields["message"], _VALUES)
            if template in _METAVAR_FIELDS:
                field = _METAVAR_FIELDS[template]
                fields[field] = metavar_in_language(fields[field])
            return _(template).format(**fields)
    return text


def _pattern(template: str) -> "re.Pattern[str]":
    """Return the regular expression that matches what TEMPLATE formats to."""
    return re.compile(_FIELD.sub(r"(?P<\1>.+?)", re.escape(template)), re.DOTALL)
