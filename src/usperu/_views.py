"""Turn records into format-neutral views: JSON-ready dicts, listings and cards.

A view says *what* to show; `_render` decides *how* for each output format.
"""

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ._model import (
    ACTOR_NAMES,
    FIELDS,
    Event,
    GlossaryEntry,
    Item,
    Note,
    Paragraph,
    Person,
    Record,
    Session,
    Statement,
)
from ._queries import glossary_for, mentioned_in, relative_time

if TYPE_CHECKING:
    from ._search import Hit

NO_WRAP = frozenset({"#", "Date"})
"""Listing columns that never wrap (numbers and dates)."""

__all__ = ["Card", "Listing", "card_for", "date_label", "iso_date", "record_dict"]


class Listing(NamedTuple):
    """Rows of records: `rows` are the JSON objects, `cells` what a table shows."""

    title: str
    headers: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]
    rows: tuple[dict[str, Any], ...]
    marker: tuple[int, tuple[str, ...]] | None = None
    """(row index, cells): a highlighted row drawn before that row in tables."""
    tree: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    """(parent label, child labels): drawn instead of the table when given."""
    empty: str = "nothing to show"
    highlights: tuple[tuple[tuple[int, int], ...], ...] | None = None
    """Per row, (start, end) spans of the last column to emphasise (search matches)."""


class Card(NamedTuple):
    """One record in full: a heading, a verbatim quote, labelled fields and notes."""

    heading: str
    quote: str
    fields: tuple[tuple[str, str], ...]
    notes: tuple[Note, ...]
    data: dict[str, Any]


def iso_date(event: Event) -> str:
    """Return the event date in ISO 8601: '2024-05-09', '2024', or a century '1600/1699'."""
    if event.precision == "day":
        return event.date.isoformat()
    if event.precision == "year":
        return f"{event.date.year:04d}"
    return f"{event.date.year:04d}/{event.date.year + 99:04d}"


def date_label(event: Event) -> str:
    """Return the date for people: '9 May 2024', '2024' or '17th century'."""
    if event.precision == "day":
        return f"{event.date.day} {event.date:%B} {event.date.year}"
    if event.precision == "year":
        return str(event.date.year)
    century = event.date.year // 100 + 1
    suffix = "th" if 10 <= century % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(century % 10, "th")
    return f"{century}{suffix} century"


def _json_value(value: Any) -> Any:
    if isinstance(value, Note):  # before tuple: records are named tuples
        return {"text": value.text, "source": value.source, "confidence": value.confidence}
    if isinstance(value, tuple):
        return [_json_value(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def record_dict(record: Record, statement: Statement | None = None) -> dict[str, Any]:
    """Return the stable JSON object for any record: its fields (see `_model`) under
    their JSON names, with `kind` second. A session also lists its achievements and
    commitments (from `statement`)."""
    data: dict[str, Any] = {"id": record.id, "kind": record.kind}
    for name, value in zip(record._fields, record, strict=True):
        if name not in data:
            data[FIELDS[name].json or name] = _json_value(value)
    if isinstance(record, Event):
        data["date"] = iso_date(record)
    if isinstance(record, Session) and statement is not None:
        data["achievements"] = [i.id for i in statement.achievements if record.id in i.sessions]
        data["commitments"] = [i.id for i in statement.commitments if record.id in i.sessions]
    return data


# --- listings ----------------------------------------------------------------------


def achievements_listing(items: Sequence[Item], statement: Statement) -> Listing:
    """Return the listing of key achievements: number, title, actors, status and session.

    Commitments have no number, so when they are listed an ID column is added to
    name them for `usperu show`.
    """
    with_ids = any(i.number is None for i in items)
    titles = {s.id: s.title for s in statement.sessions}
    cells = tuple(
        (
            str(i.number) if i.number is not None else "-",
            i.title,
            ACTOR_NAMES[i.actors],
            i.status,
            "; ".join(titles[s] for s in i.sessions),
        )
        + ((i.id,) if with_ids else ())
        for i in items
    )
    return Listing(
        title="Key achievements and further commitments" if with_ids else "Key achievements",
        headers=("#", "Achievement", "Actors", "Status", "Session") + (("ID",) if with_ids else ()),
        cells=cells,
        rows=tuple(record_dict(i) for i in items),
        empty="no achievements match these filters",
    )


def sessions_listing(statement: Statement, groups: Sequence[tuple[Session, Sequence[Item]]]) -> Listing:
    """Return the breakout sessions with their linked achievements, as rows and as a tree."""

    def label(item: Item) -> str:
        return f"{item.number}. {item.title}" if item.number else f"{item.title} (commitment)"

    cells = tuple((str(s.number), s.title, ", ".join(str(i.number or "-") for i in items), s.id) for s, items in groups)
    tree = tuple((f"{s.number}. {s.title}", tuple(label(i) for i in items)) for s, items in groups)
    return Listing(
        title="Breakout sessions",
        headers=("#", "Session", "Achievements", "ID"),
        cells=cells,
        rows=tuple(record_dict(s, statement) for s, _ in groups),
        tree=tree,
    )


def timeline_listing(events: Sequence[Event], today: dt.date) -> Listing:
    """Return the events in order with how long ago each was, and a marker row for today.

    The date and how long ago share a cell, on two lines, to leave room for the event.
    """
    cells = tuple(
        (f"{date_label(e)}\n({relative_time(e.date, today, e.precision)})", e.title, e.basis, e.id) for e in events
    )
    position = next((n for n, e in enumerate(events) if e.date > today), len(events))
    return Listing(
        title="Timeline",
        headers=("Date", "Event", "Basis", "ID"),
        cells=cells,
        rows=tuple(record_dict(e) for e in events),
        marker=(position, (f"{today.day} {today:%B} {today.year}\n(today)", "── today ──", "", "")),
        empty="no events in that range",
    )


def people_listing(people: Sequence[Person]) -> Listing:
    """Return the participants: name, role, country and how our copy spells them."""
    cells = tuple(
        (
            p.name,
            p.role,
            p.country,
            "" if p.quoted_name == p.name else f"spelled {p.quoted_name!r} in our copy",
            p.id,
        )
        for p in people
    )
    return Listing(
        title="Participants",
        headers=("Name", "Role", "Country", "Spelling note", "ID"),
        cells=cells,
        rows=tuple(record_dict(p) for p in people),
    )


def glossary_listing(entries: Sequence[GlossaryEntry]) -> Listing:
    """Return the glossary: term, expansion and the ids of the records that mention it."""
    cells = tuple((g.term, g.expansion, ", ".join(g.mentions), g.id) for g in entries)
    return Listing(
        title="Glossary",
        headers=("Term", "Expansion", "Mentioned in", "ID"),
        cells=cells,
        rows=tuple(record_dict(g) for g in entries),
    )


def paragraphs_listing(paragraphs: Sequence[Paragraph]) -> Listing:
    """Return the full text as numbered paragraphs."""
    cells = tuple((str(p.number), p.text) for p in paragraphs)
    return Listing(
        title="Full text",
        headers=("#", "Text"),
        cells=cells,
        rows=tuple(record_dict(p) for p in paragraphs),
    )


# --- cards -------------------------------------------------------------------------


def card_for(record: Record, statement: Statement) -> Card:
    """Return a record in full: quote, editorial fields (labelled as in `_model`), notes
    and links."""
    data = record_dict(record, statement)
    shown: list[tuple[str, str]] = [("Kind", data["kind"]), ("ID", record.id)]
    titles = {session.id: session.title for session in statement.sessions}
    values: tuple[Any, ...] = tuple(record)
    for name, value in zip(record._fields, values, strict=True):
        label = FIELDS[name].label
        if not label or value is None or value == "" or value == ():
            continue
        if name == "actors":
            value = ACTOR_NAMES[value]
        elif name == "sessions":
            value = tuple(f"{titles[ident]} ({ident})" for ident in value)
        elif isinstance(record, Event) and name == "date":
            value = f"{date_label(record)} ({iso_date(record)})"
        shown.append((label, ", ".join(value) if isinstance(value, tuple) else str(_json_value(value))))
    for key, label in (("achievements", "Achievements"), ("commitments", "Commitments")):
        if data.get(key):
            shown.append((label, ", ".join(data[key])))
    glossary = [g.term for g in glossary_for(statement, record.id)]
    if glossary:
        shown.append(("Glossary", ", ".join(glossary)))
    linked = [r.id for r in mentioned_in(statement, record.id)]
    if linked:
        shown.append(("Linked from", ", ".join(linked)))
    quote = str(getattr(record, "quote", None) or getattr(record, "text", ""))
    return Card(heading=_heading(record), quote=quote, fields=tuple(shown), notes=record.notes, data=data)


def _heading(record: Record) -> str:
    if isinstance(record, Item) and record.number is not None:
        return f"Key achievement {record.number}: {record.title}"
    return record.title


def about_card(statement: Statement) -> Card:
    """Return the statement at a glance: metadata, leaders and how many of each record."""
    meta = statement.metadata
    leaders = [f"{p.name} ({p.role}, {p.country})" for p in statement.people]
    counts = {
        "sessions": len(statement.sessions),
        "achievements": len(statement.achievements),
        "commitments": len(statement.commitments),
        "events": len(statement.events),
        "glossary": len(statement.glossary),
        "paragraphs": len(statement.paragraphs),
    }
    data = record_dict(meta) | {
        "people": [record_dict(p) for p in statement.people],
        "counts": counts,
    }
    fields = (
        ("Date", f"{meta.date.day} {meta.date:%B} {meta.date.year}"),
        ("Place", meta.place),
        ("Issued by", "; ".join(meta.issuers)),
        ("Publisher", meta.publisher),
        ("URL", meta.url),
        ("Leaders", "; ".join(leaders)),
        ("Contents", ", ".join(f"{n} {k}" for k, n in counts.items())),
        ("Data file", statement.path),
    )
    return Card(heading=meta.title, quote=meta.summary, fields=fields, notes=meta.notes, data=data)


def search_listing(hits: "Sequence[Hit]") -> Listing:
    """Return search results: kind, id, title and a snippet with the matched words."""
    return Listing(
        title="Search results",
        headers=("Kind", "ID", "Title", "Match"),
        cells=tuple((h.kind, h.id, h.title, h.snippet) for h in hits),
        rows=tuple(
            {
                "id": h.id,
                "kind": h.kind,
                "title": h.title,
                "snippet": h.snippet,
                "highlights": [list(span) for span in h.highlights],
                "score": h.score,
                "matched": [m._asdict() for m in h.matched],
            }
            for h in hits
        ),
        highlights=tuple(h.highlights for h in hits),
    )


def export_document(statement: Statement) -> dict[str, Any]:
    """Return the whole dataset as one JSON-ready object: every record kind, all fields."""
    return {
        "schema_version": 1,
        "statement": record_dict(statement.metadata, statement),
        **{name: export_rows(statement, name) for name in _EXPORT_TABLES},
    }


_EXPORT_TABLES = ("people", "sessions", "achievements", "commitments", "events", "glossary", "paragraphs")


def export_rows(statement: Statement, kind: str) -> list[dict[str, Any]]:
    """Return the JSON objects of one table ('achievements', 'events', ... or 'statement')."""
    if kind == "statement":
        return [record_dict(statement.metadata, statement)]
    records: Sequence[Record] = getattr(statement, kind)
    return [record_dict(record, statement) for record in records]
