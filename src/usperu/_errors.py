"""The one error family of usperu: raised by the loader and the queries, caught by the CLI."""

from __future__ import annotations

from ._i18n import _

__all__ = [
    "DataError",
    "InvalidArgumentError",
    "NoMatchesError",
    "OutputError",
    "UnknownIdError",
    "UsperuError",
    "unknown",
]

# Each kind of value a user names, with its own message (its own msgid: Spanish gives
# each noun its gender, "id desconocido", "sesión desconocida").
_UNKNOWN = {
    "id": "unknown id {value!r}",
    "session": "unknown session {value!r}",
    "actor": "unknown actor {value!r}",
    "status": "unknown status {value!r}",
    "topic": "unknown topic {value!r}",
    "kind": "unknown kind {value!r}",
    "basis": "unknown basis {value!r}",
    "rating": "unknown rating {value!r}",
    "field": "unknown field {value!r}",
    "citation style": "unknown citation style {value!r}",
}


def unknown(what: str, value: str) -> str:
    """Return 'unknown WHAT VALUE' in the interface's language."""
    template = _UNKNOWN.get(what)
    if template is None:  # pragma: no cover - a new kind of value without its message
        return f"unknown {what} {value!r}"
    return _(template).format(value=value)


class UsperuError(Exception):
    """Base class: a problem a user can fix, reported as one line with `exit_code`."""

    exit_code: int = 2


class DataError(UsperuError):
    """The data file cannot be read, parsed or validated."""

    def __init__(
        self,
        path: str,
        message: str,
        *,
        line: int | None = None,
        record: str | None = None,
        field: str | None = None,
    ) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.record = record
        self.field = field
        super().__init__(self.describe())

    def describe(self) -> str:
        """Return 'path:line: record: field: message', leaving out what is unknown."""
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        parts = [where]
        if self.record:
            parts.append(_("record {record!r}").format(record=self.record))
        if self.field:
            parts.append(_("field {field!r}").format(field=self.field))
        return ": ".join(parts) + f": {self.message}"


class UnknownIdError(UsperuError):
    """No record has the id the user gave; `suggestions` holds the closest ids."""

    def __init__(
        self, ident: str, suggestions: tuple[str, ...], *, what: str = "id", message: str | None = None
    ) -> None:
        self.ident = ident
        self.suggestions = suggestions
        if message is None:
            if suggestions:
                hint = _("{problem}; did you mean {suggestions}?")
            elif what.startswith("session"):
                hint = _("{problem}; see 'usperu sessions'")
            else:
                hint = _("{problem}; find one with 'usperu search WORDS'")
            message = hint.format(problem=unknown(what, ident), suggestions=", ".join(suggestions))
        super().__init__(message)


class InvalidArgumentError(UsperuError):
    """An option or argument value is not acceptable (bad date, unknown status, ...)."""


class NoMatchesError(UsperuError):
    """A search found nothing; exit code 1, with 'did you mean' suggestions."""

    exit_code = 1

    def __init__(self, query: str, suggestions: tuple[str, ...]) -> None:
        self.query = query
        self.suggestions = suggestions
        problem = _("no matches for {query!r}").format(query=query)
        if suggestions:
            problem = _("{problem}; did you mean {suggestions}?").format(
                problem=problem, suggestions=", ".join(suggestions)
            )
        super().__init__(problem)


class OutputError(UsperuError):
    """Stdout cannot be written (a full disk, an I/O error): the user's situation, not a
    bug; exit code 74 (EX_IOERR, as sysexits.h has it)."""

    exit_code = 74

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(_("cannot write the output: {reason}").format(reason=reason))
