"""Turn records into format-neutral views: JSON-ready dicts, listings and cards.

A view says *what* to show; `_render` decides *how* for each output format.
"""

import datetime as dt
from collections.abc import Sequence
from functools import cache
from typing import Any

from ._dates import century_label, day_label, month_label, relative_time
from ._i18n import _, language
from ._listing import Card, Listing
from ._model import (
    FIELDS,
    TABLES,
    Development,
    Event,
    GlossaryEntry,
    Item,
    Note,
    Paragraph,
    Person,
    Progress,
    Record,
    Session,
    Source,
    Statement,
)
from ._queries import (
    Dated,
    basis_of,
    corrections_for,
    developments_for,
    glossary_for,
    mentioned_in,
    progress_for,
)
from ._vocabulary import ACTOR_NAMES

__all__ = [
    "Card",
    "Listing",
    "card_for",
    "date_label",
    "iso_date",
    "keys_of",
    "record_dict",
    "select_fields",
]


def iso_date(event: Dated) -> str:
    """Return the date in ISO 8601: '2024-05-09', '2024-11', '2024', or a century as the
    interval '1600/1699' (the data's convention: the 100 years from a year ending in 00)."""
    if event.precision == "day":
        return event.date.isoformat()
    if event.precision == "month":
        return f"{event.date.year:04d}-{event.date.month:02d}"
    if event.precision == "year":
        return f"{event.date.year:04d}"
    return f"{event.date.year:04d}/{event.date.year + 99:04d}"


def date_label(event: Dated) -> str:
    """Return the date for people, to its precision (`_dates`): '9 May 2024', 'November
    2024', '2024' or '17th century' ('9 de mayo de 2024', 'noviembre de 2024', 'siglo XVII')."""
    if event.precision == "day":
        return day_label(event.date)
    if event.precision == "month":
        return month_label(event.date)
    if event.precision == "year":
        return str(event.date.year)
    return century_label(event.date.year)


def word(value: str) -> str:
    """Return a value of a closed vocabulary (status, rating, basis, kind, actor, country,
    confidence) as people read it in the interface's language; JSON and CSV keep the value."""
    return _(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, str):  # most values: first, so that they take one check
        return value
    if isinstance(value, tuple):
        if isinstance(value, (Note, Source)):  # named tuples: an object, unset keys left out
            pairs = zip(value._fields, value, strict=True)
            return {key: _json_value(item) for key, item in pairs if item not in ("", None)}
        return [_json_value(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@cache
def _json_keys(fields: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """Return the position and JSON key of each field `record_dict` writes after id and
    kind, for records of these fields (worked out once per type, not once per record)."""
    keys = {"id", "kind"}
    plan = []
    for position, name in enumerate(fields):
        if name not in keys:
            key = FIELDS[name].json or name
            keys.add(key)
            plan.append((position, key))
    return tuple(plan)


def record_dict(record: Record, statement: Statement | None = None) -> dict[str, Any]:
    """Return the stable JSON object for any record: its fields (see `_model`) under
    their JSON names, with `kind` second. A session also lists its achievements and
    commitments (from `statement`)."""
    data: dict[str, Any] = {"id": record.id, "kind": record.kind}
    for position, key in _json_keys(record._fields):
        data[key] = _json_value(record[position])
    if isinstance(record, Event | Development):
        data["date"] = iso_date(record)
        data["basis"] = basis_of(record)
    if isinstance(record, Session) and statement is not None:
        data["achievements"] = [i.id for i in statement.achievements if record.id in i.sessions]
        data["commitments"] = [i.id for i in statement.commitments if record.id in i.sessions]
        data["mapping"] = "editorial"
    return data


SESSION_MAPPING = "Which session an achievement belongs to is our editorial mapping: the statement does not say."
"""The caption of every view that shows achievements by session."""


_DERIVED: dict[type, tuple[str, ...]] = {
    Development: ("basis",),
    Session: ("achievements", "commitments", "mapping"),
}
"""The keys `record_dict` adds to a record's own fields, by type."""


def keys_of(record: type[Record]) -> tuple[str, ...]:
    """Return the keys of `record_dict` for records of this type, in order."""
    keys = {"id": None, "kind": None}
    keys.update((FIELDS[name].json or name, None) for name in record._fields)
    return (*keys, *_DERIVED.get(record, ()))


def select_fields(listing: Listing, spec: str) -> Listing:
    """Return the listing with only the fields named in `spec` ('id,title'), in that
    order, in every format (`--fields`). A field the table already shows keeps its
    header and cell; any other is shown as CSV writes it.

    Raises InvalidArgumentError for an unknown field, listing the valid ones.
    """
    from ._errors import InvalidArgumentError, unknown

    wanted = [name.strip() for name in spec.split(",") if name.strip()]
    for name in wanted or [""]:
        if name not in listing.fields:
            message = _("{problem}; valid fields: {fields}")
            raise InvalidArgumentError(message.format(problem=unknown("field", name), fields=", ".join(listing.fields)))
    shown = {key: index for index, key in enumerate(listing.columns) if key}
    headers = tuple(listing.headers[shown[name]] if name in shown else name for name in wanted)
    cells = tuple(
        tuple(row_cells[shown[name]] if name in shown else _cell(row.get(name)) for name in wanted)
        for row_cells, row in zip(listing.cells, listing.rows, strict=True)
    )
    marker = None
    if listing.marker is not None:
        position, marks = listing.marker
        marker = (position, tuple(marks[shown[name]] if name in shown else "" for name in wanted))
    return listing._replace(
        headers=headers,
        cells=cells,
        rows=tuple({name: row.get(name) for name in wanted} for row in listing.rows),
        marker=marker,
        tree=None,
        highlights=listing.highlights if wanted[-1] == "snippet" else None,
        fields=tuple(wanted),
        columns=tuple(wanted),
        spare=(),  # the columns asked for, every one
    )


def _cell(value: Any) -> str:
    """Return a field's value as a cell: a list's items joined, a note by its text, any
    other table (a source, a search hit's matched word) as CSV writes it (`_render._flat`)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(item) if isinstance(item, dict) else str(item) for item in value)
    if isinstance(value, dict):
        if "text" in value:
            return str(value["text"])
        from ._render import _flat

        return _flat(value)
    return str(value)


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
            word(ACTOR_NAMES[i.actors]),
            word(i.status),
            "; ".join(titles[s] for s in i.sessions),
        )
        + ((i.id,) if with_ids else ())
        for i in items
    )
    return Listing(
        title=_("Key achievements and further commitments") if with_ids else _("Key achievements"),
        headers=("#", _("Achievement"), _("Actors"), _("Status"), _("Session")) + ((_("ID"),) if with_ids else ()),
        cells=cells,
        rows=tuple(record_dict(i) for i in items),
        empty=_("no achievements match these filters"),
        caption=_(SESSION_MAPPING),
        fields=keys_of(Item),
        columns=("number", "title", "actors", "status", "sessions") + (("id",) if with_ids else ()),
        spare=(_("Session"), _("Actors")),
        keep_ids=with_ids,
    )


def sessions_listing(statement: Statement, groups: Sequence[tuple[Session, Sequence[Item]]]) -> Listing:
    """Return the breakout sessions with their linked achievements, as rows and as a tree."""

    def label(item: Item) -> str:
        return f"{item.number}. {item.title}" if item.number else _("{title} (commitment)").format(title=item.title)

    cells = tuple((str(s.number), s.title, ", ".join(str(i.number or "-") for i in items), s.id) for s, items in groups)
    tree = tuple((f"{s.number}. {s.title}", tuple(label(i) for i in items)) for s, items in groups)
    return Listing(
        title=_("Breakout sessions"),
        headers=("#", _("Session"), _("Achievements"), _("ID")),
        cells=cells,
        empty=_("nothing to show"),
        rows=tuple(record_dict(s, statement) for s, _items in groups),
        tree=tree,
        caption=_(SESSION_MAPPING),
        fields=keys_of(Session),
        columns=("number", "title", "achievements", "id"),
    )


def timeline_listing(
    entries: Sequence[Dated], today: dt.date, *, start: dt.date | None = None, end: dt.date | None = None
) -> Listing:
    """Return the events and later developments in order with how long ago each was, and
    a marker row for today when today is within [start, end].

    The date and how long ago share a cell, on two lines, to leave room for the event.
    """
    cells = tuple(
        (f"{date_label(e)}\n({relative_time(e.date, today, e.precision)})", e.title, word(basis_of(e)), e.id)
        for e in entries
    )
    position = next((n for n, e in enumerate(entries) if e.date > today), len(entries))
    in_range = (start is None or start <= today) and (end is None or today <= end)
    now = _("today")
    marker = (position, (f"{day_label(today)}\n({now})", f"── {now} ──", "", ""))
    basis = _("Basis")
    return Listing(
        title=_("Timeline"),
        headers=(_("Date"), _("Event"), basis, _("ID")),
        cells=cells,
        rows=tuple(record_dict(e) for e in entries),
        marker=marker if in_range else None,
        empty=_("no events in that range"),
        caption=_(
            "{basis}: stated in the statement, derived from it, or later (a development since, with sources)."
        ).format(basis=basis),  # starts with the header: a table without the column leaves it out
        as_of=today.isoformat(),
        fields=tuple(dict.fromkeys(keys_of(Event) + keys_of(Development))),
        columns=("date", "title", "basis", "id"),
        spare=(basis,),
    )


def since_listing(found: Sequence[Development], checked: dt.date | None = None) -> Listing:
    """Return the developments since the Dialogue: date, what happened, the ids of what it
    follows up and its first source; the caption says the day they were `checked` up to."""
    cells = tuple(
        (
            date_label(d),
            d.title,
            ", ".join(d.refs),
            d.sources[0].publisher + (f" (+{len(d.sources) - 1})" if len(d.sources) > 1 else ""),
            d.id,
        )
        for d in found
    )
    return Listing(
        title=_("Since the Dialogue"),
        headers=(_("Date"), _("Development"), _("Follows up"), _("Source"), _("ID")),
        cells=cells,
        rows=tuple(record_dict(d) for d in found),
        empty=_("no developments match"),
        caption=_("Editorial: not in the statement. Each development has public sources: usperu show ID.")
        + (_(" Searched up to {day}.").format(day=date_label_of_day(checked)) if checked else ""),
        fields=keys_of(Development),
        columns=("date", "title", "refs", "", "id"),
        spare=(_("Source"), _("Follows up")),
    )


PROGRESS_FIELDS = (
    "id",
    "kind",
    "number",
    "title",
    "promise",
    "rating",
    "reason",
    "evidence",
    "evidence_dates",
    "confidence",
    "source",
    "checked",
)
"""The keys of every row of `usperu progress`, in order."""


def progress_listing(found: Sequence[tuple[Item, Progress]], statement: Statement) -> Listing:
    """Return what came of each achievement and commitment: number, what was promised or
    done, our rating and its evidence (developments, dated); the rows add the title, the
    reason, confidence, source and the day checked (which the summary line also gives)."""
    developments = {d.id: d for d in statement.developments}
    cells = tuple(
        (
            str(item.number) if item.number is not None else "-",
            entry.promise,
            word(entry.rating),
            "; ".join(f"{iso_date(developments[e])} {e}" for e in entry.evidence) or "-",
            item.id,
        )
        for item, entry in found
    )
    rows = tuple(
        {
            "id": item.id,
            "kind": item.kind,
            "number": item.number,
            "title": item.title,
            "promise": entry.promise,
            "rating": entry.rating,
            "reason": entry.reason,
            "evidence": list(entry.evidence),
            "evidence_dates": [iso_date(developments[e]) for e in entry.evidence],
            "confidence": entry.confidence,
            "source": entry.source,
            "checked": entry.checked.isoformat(),
        }
        for item, entry in found
    )
    return Listing(
        title=_("What came of each commitment"),
        headers=("#", _("Promised or done"), _("Rating"), _("Evidence"), _("ID")),
        cells=cells,
        rows=rows,
        empty=_("no rated records match these filters"),
        caption=_(
            "Editorial ratings, not in the statement: usperu show ID gives the reason, evidence and sources."
            " Checked {day}: '{none}' means none found by then, not a failure."
        ).format(day=_checked(found, statement), none=word("no public record")),
        fields=PROGRESS_FIELDS,
        columns=("number", "promise", "rating", "", "id"),
        spare=(_("Evidence"),),
    )


def _checked(found: Sequence[tuple[Item, Progress]], statement: Statement) -> str:
    """Return the day the ratings were checked, for the caption: the layer's day, else the latest rating's."""
    day = statement.developments_checked or max((entry.checked for _, entry in found), default=None)
    return date_label_of_day(day) if day else _("on no day given")


def date_label_of_day(day: dt.date) -> str:
    """Return a day for people: '1 December 2026' ('1 de diciembre de 2026')."""
    return day_label(day)


def people_listing(people: Sequence[Person]) -> Listing:
    """Return the participants: name, role, country and how our copy spells them."""
    cells = tuple(
        (
            p.name,
            p.role,
            word(p.country),
            "" if p.quoted_name == p.name else _("spelled {name!r} in our copy").format(name=p.quoted_name),
            p.id,
        )
        for p in people
    )
    return Listing(
        title=_("Participants"),
        headers=(_("Name"), _("Role"), _("Country"), _("Spelling note"), _("ID")),
        cells=cells,
        empty=_("nothing to show"),
        rows=tuple(record_dict(p) for p in people),
        fields=keys_of(Person),
        columns=("name", "role", "country", "", "id"),
        spare=(_("Country"),),
    )


def glossary_listing(entries: Sequence[GlossaryEntry]) -> Listing:
    """Return the glossary: term, expansion and the ids of the records that mention it."""
    cells = tuple((g.term, g.expansion, ", ".join(g.mentions), g.id) for g in entries)
    return Listing(
        title=_("Glossary"),
        headers=(_("Term"), _("Expansion"), _("Mentioned in"), _("ID")),
        cells=cells,
        empty=_("nothing to show"),
        rows=tuple(record_dict(g) for g in entries),
        fields=keys_of(GlossaryEntry),
        columns=("term", "expansion", "mentions", "id"),
        spare=(_("ID"),),
    )


def paragraphs_listing(paragraphs: Sequence[Paragraph]) -> Listing:
    """Return the full text as numbered paragraphs."""
    from ._brackets import wording_line  # imported by the views that quote, not by every listing

    cells = tuple((str(p.number), p.text) for p in paragraphs)
    return Listing(
        title=_("Full text"),
        headers=("#", _("Text")),
        cells=cells,
        empty=_("nothing to show"),
        caption=wording_line(None),  # what a reader pastes says whose words these are
        rows=tuple(record_dict(p) for p in paragraphs),
        fields=keys_of(Paragraph),
        columns=("number", "text"),
    )


# --- cards -------------------------------------------------------------------------


def card_for(record: Record, statement: Statement) -> Card:
    """Return a record in full: quote, editorial fields (labelled as in `_model`), notes
    and links."""
    data = record_dict(record, statement)
    shown: list[tuple[str, str]] = [(_("Kind"), word(data["kind"])), (_("ID"), record.id)]
    titles = {session.id: session.title for session in statement.sessions}
    values: tuple[Any, ...] = tuple(record)
    spanish = language() == "es"
    for name, value in zip(record._fields, values, strict=True):
        label = FIELDS[name].label
        if spanish and name in ("aliases", "aliases_es"):  # one line: the reader's own words first
            # on the line of `aliases`, or of `aliases_es` where the kind has no `aliases` (events)
            first = name == "aliases" or "aliases" not in record._fields
            value = _aliases_first_in_spanish(record) if first else ()
        if not label or value is None or value == "" or value == ():
            continue
        if name == "actors":
            value = word(ACTOR_NAMES[value])
        elif name in _WORDS:
            value = word(value)
        elif name == "topics":  # slugs in JSON; words in the interface's language here
            value = tuple(word(topic) for topic in value)
        elif name == "sessions":
            value = tuple(f"{titles[ident]} ({ident})" for ident in value)
        elif isinstance(record, Event) and name == "date":
            value = f"{date_label(record)} ({iso_date(record)})"
        shown.append((_(label), ", ".join(value) if isinstance(value, tuple) else str(_json_value(value))))
    for key, label in (("achievements", _("Achievements")), ("commitments", _("Commitments"))):
        if data.get(key):
            shown.append((label, ", ".join(data[key])))
    if isinstance(record, Session | Item) and (data.get("sessions") or data.get("achievements")):
        shown.append((_("Session mapping"), _("editorial: the statement does not say which session")))
    if isinstance(record, Development):
        shown += [(_("Source"), f"{s.publisher}: {s.title}, {s.url}") for s in record.sources]
    rated = progress_for(statement, record.id) if isinstance(record, Item) else None
    if rated is not None:
        shown += _progress_fields(rated)
        data["progress"] = {key: _json_value(value) for key, value in rated._asdict().items() if key != "record"}
    later = developments_for(statement, record.id)
    if later:
        shown.append((_("Since"), "; ".join(f"{date_label(d)}: {d.title} ({d.id})" for d in later)))
        data["developments"] = [d.id for d in later]
    corrections = corrections_for(statement, record)
    if corrections:
        data["corrections"] = [record_dict(c) for c in corrections]
    glossary = [g.term for g in glossary_for(statement, record.id)]
    if glossary:
        shown.append((_("Glossary"), ", ".join(glossary)))
    linked = [r.id for r in mentioned_in(statement, record.id)]
    if linked:
        shown.append((_("Linked from"), ", ".join(linked)))
    quote = (
        "" if isinstance(record, Development) else str(getattr(record, "quote", None) or getattr(record, "text", ""))
    )
    from ._brackets import marked, wording_line

    pasted = marked(quote, corrections) if quote else None
    return Card(
        heading=_heading(record),
        quote=quote,
        fields=tuple(shown),
        notes=record.notes,
        data=data,
        marked=pasted.text if pasted else "",
        wording=wording_line(pasted) if pasted else "",
    )


def _aliases_first_in_spanish(record: Record) -> tuple[str, ...]:
    """Return a record's Spanish aliases, then its other aliases (each once)."""
    spanish: tuple[str, ...] = getattr(record, "aliases_es", ())
    return (*spanish, *(a for a in getattr(record, "aliases", ()) if a not in spanish))


_WORDS = frozenset({"status", "basis", "confidence", "country", "rating"})
"""The fields whose values are words of a closed vocabulary, shown translated (`word`)."""


def _progress_fields(rated: Progress) -> list[tuple[str, str]]:
    """Return the card's lines of a record's progress rating: the rating, and why."""
    progress = _("{rating} ({confidence}), checked {day}").format(
        rating=word(rated.rating), confidence=word(rated.confidence), day=_day(rated.checked)
    )
    if rated.evidence:
        why = _("{reason} Source: {source}; evidence: {evidence}")
    else:
        why = _("{reason} Source: {source}")
    evidence = ", ".join(rated.evidence)
    return [
        (_("Progress"), progress),
        (_("Why"), why.format(reason=rated.reason, source=rated.source, evidence=evidence)),
    ]


def _day(day: dt.date) -> str:
    """Return a day as a card gives it beside other data: ISO in English (as it always
    has), as Spanish readers write it in Spanish."""
    return day_label(day) if language() == "es" else day.isoformat()


def _heading(record: Record) -> str:
    if isinstance(record, Item) and record.number is not None:
        return _("Key achievement {number}: {title}").format(number=record.number, title=record.title)
    if isinstance(record, Paragraph):  # its title is a label of ours ('Paragraph 17'), not data
        return _("Paragraph {number}").format(number=record.number)
    return record.title


def about_card(statement: Statement) -> Card:
    """Return the statement at a glance: metadata, leaders and how many of each record."""
    meta = statement.metadata
    leaders = [f"{p.name} ({p.role}, {word(p.country)})" for p in statement.people]
    counts = {table: len(getattr(statement, table)) for table in TABLES if table not in ("statement", "people")}
    data = record_dict(meta) | {
        "people": [record_dict(p) for p in statement.people],
        "counts": counts,
    }
    fields: tuple[tuple[str, str], ...] = (
        (_("Summary"), _("{summary} (editorial)").format(summary=meta.summary)),
        (_("Date"), day_label(meta.date)),
        (_("Place"), word(meta.place)),  # the data's names, in Spanish where the catalog has them
        (_("Issued by"), "; ".join(word(issuer) for issuer in meta.issuers)),
        (_("Publisher"), word(meta.publisher)),
        (_("URL"), meta.url),
        (_("Archived at"), _("{url} (inferred, not checked)").format(url=meta.archive_url)),
        (_("Leaders"), "; ".join(leaders)),
        (_("Contents"), ", ".join(_count(table, n) for table, n in counts.items())),
        (_("Data file"), statement.path),
    )
    checked = statement.developments_checked
    if checked is not None:
        as_of = _("{day}: usperu since and progress are as of then").format(day=date_label_of_day(checked))
        fields += ((_("Developments checked"), as_of),)
        data["developments_checked"] = checked.isoformat()
    return Card(heading=meta.title, quote="", fields=fields, notes=meta.notes, data=data)


_TABLE_COUNTS: dict[str, tuple[str, str]] = {
    "sessions": ("{count} sessions", "{count} sessions"),
    "achievements": ("{count} achievements", "{count} achievements"),
    "commitments": ("{count} commitments", "{count} commitments"),
    "events": ("{count} events", "{count} events"),
    "glossary": ("{count} glossary", "{count} glossary"),
    "paragraphs": ("{count} paragraphs", "{count} paragraphs"),
    "developments": ("{count} developments", "{count} developments"),
    "corrections": ("{count} corrections", "{count} corrections"),
}
"""How `about` counts the records of each table (singular, plural: the English is the
table's name whatever the count, as it always was; a translation tells them apart)."""


def _count(table: str, count: int) -> str:
    from ._i18n import ngettext

    singular, plural = _TABLE_COUNTS.get(table, ("{count} " + table, "{count} " + table))
    return ngettext(singular, plural, count).format(count=count)


def export_document(statement: Statement) -> dict[str, Any]:
    """Return the whole dataset as one JSON-ready object: every table of the data file
    (`_model.TABLES`), every field."""
    from ._schema import SCHEMA_VERSION

    document: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for name in TABLES:
        rows = export_rows(statement, name)
        document[name] = rows[0] if name == "statement" else rows
    return document


def export_rows(statement: Statement, kind: str) -> list[dict[str, Any]]:
    """Return the JSON objects of one table ('achievements', 'events', ... or 'statement')."""
    if kind == "statement":
        return [record_dict(statement.metadata, statement)]
    records: Sequence[Record] = getattr(statement, kind)
    return [record_dict(record, statement) for record in records]
