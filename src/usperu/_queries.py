"""Pure query functions over a loaded Statement: they filter and sort, never print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from ._errors import InvalidArgumentError, UnknownIdError
from ._model import ACTOR_NAMES, ACTORS, STATUSES, Event, GlossaryEntry, Item, Record, Session, Statement

__all__ = [
    "achievements",
    "achievements_by_session",
    "choose",
    "find_record",
    "glossary_for",
    "mentioned_in",
    "parse_iso_date",
    "relative_time",
    "resolve_session",
    "timeline",
    "topics",
]

_T = TypeVar("_T", bound=Record)


def achievements(
    statement: Statement,
    *,
    session: str | None = None,
    actor: str | None = None,
    status: str | None = None,
    topic: str | None = None,
    include_commitments: bool = False,
) -> list[Item]:
    """Return the key achievements (and commitments) matching every given filter.

    Raises InvalidArgumentError or UnknownIdError for a filter value that cannot match.
    """
    items = list(statement.achievements)
    if include_commitments:
        items += statement.commitments
    if session is not None:
        wanted = resolve_session(statement, session).id
        items = [i for i in items if wanted in i.sessions]
    if actor is not None:
        names = {name: key for key, name in ACTOR_NAMES.items()}  # what the table prints
        items = [i for i in items if i.actors == choose(actor, ACTORS, "actor", names)]
    if status is not None:
        items = [i for i in items if i.status == choose(status, STATUSES, "status")]
    if topic is not None:
        wanted_topic = choose(topic, topics(statement), "topic")
        items = [i for i in items if wanted_topic in i.topics]
    return items


def topics(statement: Statement) -> tuple[str, ...]:
    """Return every topic used by an achievement or commitment, sorted."""
    found = {t for item in statement.achievements + statement.commitments for t in item.topics}
    return tuple(sorted(found))


def choose(value: str, options: Sequence[str], what: str, aliases: Mapping[str, str] | None = None) -> str:
    """Return the option that `value` names, forgivingly: case, '-', '_' and ' ' do not
    matter, and `aliases` (other spellings -> option) are accepted too.

    The one rule for every option with fixed values (--actor, --status, --topic,
    --kind). Raises InvalidArgumentError with the closest spellings, or the choices.
    """
    spellings = {option: option for option in options} | dict(aliases or {})
    folded = _fold(value)
    for spelling, option in spellings.items():
        if _fold(spelling) == folded:
            return option
    named = {_fold(spelling): option for spelling, option in reversed(spellings.items())}
    close: list[str] = []
    for spelling in _close_matches(folded, list(named)):  # one suggestion per option, the closest
        if all(named[spelling] != named[_fold(c)] for c in close):
            close.append(named[spelling] if _fold(named[spelling]) == spelling else spelling)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; choose from: {', '.join(options)}"
    raise InvalidArgumentError(f"unknown {what} {value!r}{hint}")


def _fold(text: str) -> str:
    return " ".join(text.strip().casefold().replace("_", " ").replace("-", " ").split())


def _close_matches(word: str, options: Sequence[str]) -> list[str]:
    import difflib  # only when there is something to suggest

    return difflib.get_close_matches(word, options, n=3, cutoff=0.5)


def resolve_session(statement: Statement, text: str) -> Session:
    """Return the session named by id, title, unique id prefix or number; raise UnknownIdError."""
    return _resolve(text, statement.sessions, "session")


def find_record(statement: Statement, text: str) -> Record:
    """Return the record for an id: exact, case-insensitive, achievement number, exact title,
    unique prefix or unique alias ('Campbell', 'cimino').

    Raises UnknownIdError saying what to do when none (or several) match.
    """
    return _resolve(text, statement.records(), "id", numbered=statement.achievements)


_NUMBERED = {"id": "key achievements are", "session": "sessions are"}
_LISTING = {"session": "; see 'usperu sessions'"}


def _resolve(text: str, records: Sequence[_T], what: str, numbered: Sequence[Record] | None = None) -> _T:
    key = text.strip().casefold()
    by_id = {record.id: record for record in records}
    if key in by_id:
        return by_id[key]
    pool = numbered if numbered is not None else records
    if key.isascii() and key.isdigit():  # not '²', which isdigit() but int() refuses
        for record in pool:
            if getattr(record, "number", None) == int(key) and record in records:
                return record  # type: ignore[return-value]
        numbers = [n for n in (getattr(r, "number", None) for r in pool) if n is not None]
        if numbers:
            message = f"unknown {what} {text!r}: {_NUMBERED[what]} numbered {min(numbers)} to {max(numbers)}"
            message += _LISTING.get(what, "")
            raise UnknownIdError(text, (), what=what, message=message)
    titled = [r for r in records if r.title.casefold() == key]
    if len(titled) == 1:
        return titled[0]
    prefixed = [ident for ident in by_id if ident.startswith(key)] if key else []
    if len(prefixed) == 1:
        return by_id[prefixed[0]]
    aliased = [r.id for r in records if key in (alias.casefold() for alias in getattr(r, "aliases", ()))]
    if len(aliased) == 1:
        return by_id[aliased[0]]
    if aliased:
        message = f"{text!r} could mean {', '.join(aliased)}: give one of these ids"
        raise UnknownIdError(text, tuple(aliased), what=what, message=message)
    if prefixed:
        examples = ", ".join(prefixed[:3])
        message = f"{text!r} matches {len(prefixed)} ids: type more of it (for example {examples})"
        raise UnknownIdError(text, tuple(prefixed[:5]), what=what, message=message)
    raise UnknownIdError(text, tuple(_close_matches(key, list(by_id))), what=what)


def achievements_by_session(
    statement: Statement, items: Iterable[Item] | None = None
) -> list[tuple[Session, list[Item]]]:
    """Return each session, in order, with the given (default: all key) achievements linked to it."""
    chosen = list(statement.achievements if items is None else items)
    return [(s, [i for i in chosen if s.id in i.sessions]) for s in statement.sessions]


def timeline(statement: Statement, *, start: dt.date | None = None, end: dt.date | None = None) -> list[Event]:
    """Return the dated events in ascending order, within [start, end] when given.

    A period (a year, a century) is kept when it overlaps the range.
    Raises InvalidArgumentError when start is after end.
    """
    if start and end and start > end:
        raise InvalidArgumentError(f"--from {start.isoformat()} is after --to {end.isoformat()}")
    return [e for e in statement.events if _overlaps(e, start, end)]


def period_end(event: Event) -> dt.date:
    """Return the last day of the event's period (the date itself for day precision)."""
    if event.precision == "day":
        return event.date
    years = 1 if event.precision == "year" else 100
    return dt.date(min(event.date.year + years - 1, dt.MAXYEAR), 12, 31)


def _overlaps(event: Event, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or period_end(event) >= start) and (end is None or event.date <= end)


def parse_iso_date(text: str, option: str, *, end: bool = False) -> dt.date:
    """Return the date in an ISO 8601 string: YYYY-MM-DD, or YYYY-MM or YYYY for the
    first day of that month or year (its last day with `end`).

    Raises InvalidArgumentError for anything else.
    """
    value = text.strip()
    try:
        if len(value) == 4 and value.isascii() and value.isdigit():
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
        if len(value) == 7 and value[4] == "-":
            first = dt.date.fromisoformat(value + "-01")
            if not end:
                return first
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidArgumentError(f"{option} expects a date as YYYY-MM-DD, YYYY-MM or YYYY, not {text!r}") from None


def relative_time(when: dt.date, today: dt.date, precision: str = "day") -> str:
    """Return how far `when` is from `today` in words: 'today', '2 years ago', 'in 3 months'."""
    if precision != "day":
        years = today.year - when.year
        if precision == "century":
            centuries = round(years / 100)
            return _phrase(centuries, "century", "centuries")
        return "this year" if years == 0 else _phrase(years, "year", "years")
    days = (when - today).days
    if days == 0:
        return "today"
    months = (when.year - today.year) * 12 + when.month - today.month
    if when.day < today.day and months > 0:
        months -= 1
    elif when.day > today.day and months < 0:
        months += 1
    if abs(months) >= 12:
        return _phrase(-int(months / 12), "year", "years")
    if months:
        return _phrase(-months, "month", "months")
    return _phrase(-days, "day", "days")


def _phrase(amount_ago: int, one: str, many: str) -> str:
    count = abs(amount_ago)
    unit = one if count == 1 else many
    return f"{count} {unit} ago" if amount_ago > 0 else f"in {count} {unit}"


def glossary_for(statement: Statement, ident: str) -> list[GlossaryEntry]:
    """Return the glossary entries that mention the record `ident`."""
    return [g for g in statement.glossary if ident in g.mentions]


def mentioned_in(statement: Statement, ident: str) -> list[Record]:
    """Return the records that link to `ident` through refs, mentions or sessions."""
    found: list[Record] = []
    for record in statement.records():
        links = getattr(record, "refs", ()) + getattr(record, "mentions", ()) + getattr(record, "sessions", ())
        if ident in links:
            found.append(record)
    return found
