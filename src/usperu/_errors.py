"""The one error family of usperu: raised by the loader and the queries, caught by the CLI."""

from __future__ import annotations

__all__ = [
    "DataError",
    "InvalidArgumentError",
    "NoMatchesError",
    "OutputError",
    "UnknownIdError",
    "UsperuError",
]


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
            parts.append(f"record {self.record!r}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return ": ".join(parts) + f": {self.message}"


class UnknownIdError(UsperuError):
    """No record has the id the user gave; `suggestions` holds the closest ids."""

    def __init__(
        self, ident: str, suggestions: tuple[str, ...], *, what: str = "id", message: str | None = None
    ) -> None:
        self.ident = ident
        self.suggestions = suggestions
        if message is None:
            listing = "see 'usperu sessions'" if what.startswith("session") else "find one with 'usperu search WORDS'"
            hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else f"; {listing}"
            message = f"unknown {what} {ident!r}{hint}"
        super().__init__(message)


class InvalidArgumentError(UsperuError):
    """An option or argument value is not acceptable (bad date, unknown status, ...)."""


class NoMatchesError(UsperuError):
    """A search found nothing; exit code 1, with 'did you mean' suggestions."""

    exit_code = 1

    def __init__(self, query: str, suggestions: tuple[str, ...]) -> None:
        self.query = query
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no matches for {query!r}{hint}")


class OutputError(UsperuError):
    """Stdout cannot be written (a full disk, an I/O error): the user's situation, not a
    bug; exit code 74 (EX_IOERR, as sysexits.h has it)."""

    exit_code = 74

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"cannot write the output: {reason}")
