"""The timeline as an RFC 5545 calendar: one all-day VEVENT per entry with a full date."""

import datetime as dt
from collections.abc import Sequence

from ._escape import clean
from ._i18n import _
from ._model import Development, Event, Statement

__all__ = ["calendar"]

_CRLF = "\r\n"


def calendar(statement: Statement, events: Sequence[Event | Development], stamp: dt.datetime) -> tuple[str, int]:
    """Return the iCalendar text for the entries with a full date, and how many were left out.

    `stamp` (UTC) is the DTSTAMP of every event. UIDs derive from the record ids, so
    re-importing the file updates events instead of duplicating them.
    """
    dated = [e for e in events if e.precision == "day"]
    meta = statement.metadata
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//usperu//U.S.-Peru High-Level Dialogue 2024//EN",
        "CALSCALE:GREGORIAN",
        _property("X-WR-CALNAME", _("{title} (timeline)").format(title=meta.title)),
    ]
    for event in dated:
        lines += _vevent(event, meta.url, stamp)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + _CRLF for line in lines), len(events) - len(dated)


def _vevent(event: Event | Development, url: str, stamp: dt.datetime) -> list[str]:
    if isinstance(event, Development):
        basis = "later"
        sources = "\n".join(f"{s.publisher}: {s.url}" for s in event.sources)
        since = _("Since the Dialogue (editorial): {summary}").format(summary=event.summary)
        description = f"{since}\n{sources}\nusperu show {event.id}"
        url = event.sources[0].url
    else:
        basis = event.basis
        if event.basis == "stated":
            how = _("Stated in the statement")
        else:
            how = _("Derived: {derivation}").format(derivation=event.derivation)
        description = f"“{event.quote}”\n{how}\nusperu show {event.id}"
    return [
        "BEGIN:VEVENT",
        f"UID:{event.id}@usperu",
        f"DTSTAMP:{stamp.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}",
        f"DTEND;VALUE=DATE:{event.date + dt.timedelta(days=1):%Y%m%d}",
        _property("SUMMARY", event.title),
        _property("DESCRIPTION", description),
        _property("CATEGORIES", basis),
        f"URL:{url}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def _property(name: str, text: str) -> str:
    """Return NAME:value with the TEXT escapes of RFC 5545 section 3.3.11."""
    value = clean(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    return f"{name}:{value}"


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 section 3.1), never inside a character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for character in line:
        width = len(character.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += character
        size += width
    out.append(current)
    return _CRLF.join(out)
