"""Pure query functions over a loaded Statement: they filter and sort, never print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from ._dates import relative_time
from ._errors import InvalidArgumentError, UnknownIdError, unknown
from ._i18n import _
from ._model import (
    Correction,
    Development,
    Event,
    GlossaryEntry,
    Item,
    Progress,
    Record,
    Session,
    Statement,
)
from ._vocabulary import ACTOR_NAMES, ACTORS, RATINGS, STATUSES

Dated = Event | Development
"""What the timeline holds: events the statement dates, and developments since."""

BASES = ("stated", "derived", "later")
"""How a timeline entry is dated: stated or derived from the statement, or a later development."""

__all__ = [
    "BASES",
    "Dated",
    "achievements",
    "basis_of",
    "corrections_for",
    "developments",
    "developments_for",
    "achievements_by_session",
    "choose",
    "find_record",
    "glossary_for",
    "mentioned_in",
    "parse_day",
    "parse_iso_date",
    "progress",
    "progress_checked",
    "progress_for",
    "progress_summary",
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
    if actor is not None:  # a country acts alone or with the other: "peru" lists "peru" and "both"
        names = {name: key for key, name in ACTOR_NAMES.items()}  # what the table prints
        wanted_actor = choose(actor, ACTORS, "actor", names)
        items = [i for i in items if i.actors in (wanted_actor, "both")]
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
    hint = _("{problem}; did you mean {suggestions}?") if close else _("{problem}; choose from: {choices}")
    raise InvalidArgumentError(
        hint.format(problem=unknown(what, value), suggestions=", ".join(close), choices=", ".join(options))
    )


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
    unique prefix or unique alias ('Campbell', 'cimino'; a renamed record keeps its old id
    as one).

    Raises UnknownIdError saying what to do when none (or several) match.
    """
    return _resolve(text, statement.records(), "id", numbered=statement.achievements)


_NUMBERED = {
    "id": "unknown id {value!r}: key achievements are numbered {first} to {last}",
    "session": "unknown session {value!r}: sessions are numbered {first} to {last}; see 'usperu sessions'",
}


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
            message = _(_NUMBERED[what]).format(value=text, first=min(numbers), last=max(numbers))
            raise UnknownIdError(text, (), what=what, message=message)
    titled = [r for r in records if r.title.casefold() == key]
    if len(titled) == 1:
        return titled[0]
    aliased = [r for r in records if key in (alias.casefold() for alias in getattr(r, "aliases", ()))]
    if len(aliased) == 1:  # an old id, an official name, a spelling of our copy
        return aliased[0]
    prefixed = [ident for ident in by_id if ident.startswith(key)] if key else []
    if len(prefixed) == 1:
        return by_id[prefixed[0]]
    if aliased:
        ids = [r.id for r in aliased]
        message = _("{value!r} could mean {ids}: give one of these ids").format(value=text, ids=", ".join(ids))
        raise UnknownIdError(text, tuple(ids), what=what, message=message)
    if prefixed:
        examples = ", ".join(prefixed[:3])
        message = _("{value!r} matches {count} ids: type more of it (for example {examples})")
        message = message.format(value=text, count=len(prefixed), examples=examples)
        raise UnknownIdError(text, tuple(prefixed[:5]), what=what, message=message)
    raise UnknownIdError(text, tuple(_close_matches(key, list(by_id))), what=what)


def achievements_by_session(
    statement: Statement, items: Iterable[Item] | None = None
) -> list[tuple[Session, list[Item]]]:
    """Return each session, in order, with the given (default: all key) achievements linked to it."""
    chosen = list(statement.achievements if items is None else items)
    return [(s, [i for i in chosen if s.id in i.sessions]) for s in statement.sessions]


def timeline(
    statement: Statement,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    bases: Sequence[str] = BASES,
) -> list[Dated]:
    """Return the dated events and later developments in ascending order, within
    [start, end] when given, whose basis (stated, derived or later) is in `bases`.

    A period (a month, a year, a century) is kept when it overlaps the range.
    Raises InvalidArgumentError when start is after end or for an unknown basis.
    """
    _check_range(start, end)
    wanted = {choose(basis, BASES, "basis") for basis in bases}
    entries: list[Dated] = [*statement.events, *statement.developments]
    entries.sort(key=lambda entry: (entry.date, entry.id))
    return [e for e in entries if basis_of(e) in wanted and _overlaps(e, start, end)]


def basis_of(entry: Dated) -> str:
    """Return how a timeline entry is dated: 'stated', 'derived' or 'later'."""
    return entry.basis if isinstance(entry, Event) else "later"


def developments(
    statement: Statement, *, record: str | None = None, start: dt.date | None = None, end: dt.date | None = None
) -> list[Development]:
    """Return the developments since the Dialogue, oldest first: those that follow up
    `record` (any id `find_record` resolves) and fall within [start, end], when given.

    Raises UnknownIdError or InvalidArgumentError.
    """
    _check_range(start, end)
    found = list(statement.developments)
    if record is not None:
        found = developments_for(statement, find_record(statement, record).id)
    return [d for d in found if _overlaps(d, start, end)]


def progress(
    statement: Statement, *, rating: str | None = None, session: str | None = None
) -> list[tuple[Item, Progress]]:
    """Return each rated achievement and commitment with its rating, in statement order:
    only those of `rating` (forgivingly spelt) and of `session`, when given.

    Raises InvalidArgumentError or UnknownIdError for a filter value that cannot match.
    """
    ratings = {entry.record: entry for entry in statement.progress}
    items = [i for i in statement.achievements + statement.commitments if i.id in ratings]
    if session is not None:
        wanted = resolve_session(statement, session).id
        items = [i for i in items if wanted in i.sessions]
    if rating is not None:
        wanted_rating = choose(rating, RATINGS, "rating")
        items = [i for i in items if ratings[i.id].rating == wanted_rating]
    return [(i, ratings[i.id]) for i in items]


def progress_for(statement: Statement, ident: str) -> Progress | None:
    """Return the rating of the achievement or commitment `ident`, if it has one."""
    return next((entry for entry in statement.progress if entry.record == ident), None)


def progress_checked(statement: Statement) -> dt.date | None:
    """Return the day the ratings hold as of: the file's `developments_checked`, else
    the latest day a rating was checked (None when nothing is rated)."""
    days = [entry.checked for entry in statement.progress]
    return statement.developments_checked or (max(days) if days else None)


_RATING_COUNTS: dict[str, tuple[str, str]] = {
    "done at the Dialogue": ("{count} done at the Dialogue", "{count} done at the Dialogue"),
    "kept": ("{count} kept", "{count} kept"),
    "in progress": ("{count} in progress", "{count} in progress"),
    "stalled": ("{count} stalled", "{count} stalled"),
    "superseded": ("{count} superseded", "{count} superseded"),
    "broken": ("{count} broken", "{count} broken"),
    "no public record": ("{count} with no public record", "{count} with no public record"),
}
"""How the summary line counts each rating (singular, plural: a translation may tell them apart)."""


def progress_summary(found: Sequence[tuple[Item, Progress]], checked: dt.date | None) -> dict[str, object]:
    """Return how many of `found` have each rating (the scale's order, zeros left out),
    the total, the day checked and the one line that says it all."""
    from ._i18n import _, language, ngettext

    counts = {r: n for r in RATINGS if (n := sum(entry.rating == r for _item, entry in found))}
    parts = [ngettext(*_RATING_COUNTS[r], n).format(count=n) for r, n in counts.items()]
    line = _("of {total}: {counts}").format(total=len(found), counts=", ".join(parts) or _("none rated"))
    if checked is not None:
        from ._dates import day_label

        day = day_label(checked) if language() == "es" else checked.isoformat()
        line += _("; checked {day}").format(day=day)
    return {
        "total": len(found),
        "counts": counts,
        "checked": checked.isoformat() if checked else None,
        "line": line,
    }


def developments_for(statement: Statement, ident: str) -> list[Development]:
    """Return the developments that follow up the record `ident`, oldest first."""
    return [d for d in statement.developments if ident in d.refs]


def corrections_for(statement: Statement, record: Record) -> list[Correction]:
    """Return the corrections whose garbled words stand in the record's verbatim text."""
    text = str(getattr(record, "quote", None) or getattr(record, "text", "") or "")
    if isinstance(record, Correction) or not text:
        return []
    return [c for c in statement.corrections if c.quoted in text]


def _check_range(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and start > end:
        message = _("--from {start} is after --to {end}").format(start=start.isoformat(), end=end.isoformat())
        raise InvalidArgumentError(message)


def period_end(entry: Dated) -> dt.date:
    """Return the last day of the entry's period (the date itself for day precision)."""
    if entry.precision == "day":
        return entry.date
    if entry.precision == "month":
        following = dt.date(entry.date.year + entry.date.month // 12, entry.date.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    years = 1 if entry.precision == "year" else 100
    return dt.date(min(entry.date.year + years - 1, dt.MAXYEAR), 12, 31)


def _overlaps(entry: Dated, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or period_end(entry) >= start) and (end is None or entry.date <= end)


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
        message = _("{option} expects a date as YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")
        raise InvalidArgumentError(message.format(option=option, value=text)) from None


def parse_day(text: str, option: str, *, latest: dt.date | None = None, earliest: dt.date | None = None) -> dt.date:
    """Return the date in a YYYY-MM-DD string, not after `latest` nor before `earliest`
    when given (`earliest` is the day the statement was published: see `_cite`).

    Raises InvalidArgumentError for anything else (a year or month alone is not a day).
    """
    value = text.strip()
    try:
        if len(value) != 10:
            raise ValueError(value)
        day = dt.date.fromisoformat(value)
    except ValueError:
        message = _("{option} expects a day as YYYY-MM-DD, such as 2026-01-15, not {value!r}")
        raise InvalidArgumentError(message.format(option=option, value=text)) from None
    if latest is not None and day > latest:
        message = _("{option} {value} is in the future; give a day up to {latest}")
        raise InvalidArgumentError(message.format(option=option, value=value, latest=latest.isoformat()))
    if earliest is not None and day < earliest:
        message = _("{option} {value} is before the statement was published; give a day from {earliest}")
        raise InvalidArgumentError(message.format(option=option, value=value, earliest=earliest.isoformat()))
    return day


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
