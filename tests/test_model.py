"""The records: immutable named tuples whose fields, with `FIELDS`, are the one declaration of the data."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from usperu import Note, Statement
from usperu._model import FIELDS, TABLES, Concept, ConceptLink, Item, Progress
from usperu._schema import json_schema
from usperu._views import record_dict
from usperu._vocabulary import KINDS


def test_records_are_immutable_and_slotted(statement: Statement) -> None:
    note = Note("t", "s", "high")
    with pytest.raises(AttributeError):
        note.text = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        statement.achievements[0].title = "changed"  # type: ignore[misc]
    for record in statement.records():
        assert not hasattr(record, "__dict__"), type(record).__name__


def test_every_kind_and_table_is_declared_once(statement: Statement) -> None:
    assert {record.kind for record in statement.records()} == set(KINDS)
    assert set(TABLES) | {"concepts", "progress", "developments_checked"} == set(json_schema()["properties"]) - {
        "schema_version"
    }


def test_every_field_is_in_the_vocabulary() -> None:
    used = {name for record in (*TABLES.values(), Concept, ConceptLink, Progress) for name in record._fields}
    assert used == set(FIELDS)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_json_keys_schema_keys_and_fields_agree(statement: Statement, table: str) -> None:
    """A record's JSON object has a key for each of its fields (under its JSON name),
    and the schema allows exactly the fields the loader reads."""
    record = statement.metadata if table == "statement" else getattr(statement, table)[0]
    data = record_dict(record, statement)
    assert {FIELDS[name].json or name for name in record._fields} <= set(data)
    properties = json_schema()["properties"][table]
    schema = properties if table == "statement" else properties["items"]
    not_in_file = {"kind"} | ({"number"} if table == "commitments" else set())
    assert set(schema["properties"]) == set(record._fields) - not_in_file
    assert json.loads(json.dumps(data)) == data  # JSON-ready


def test_items_keep_their_kind(statement: Statement) -> None:
    assert {i.kind for i in statement.achievements} == {"achievement"}
    assert {i.kind for i in statement.commitments} == {"commitment"}
    assert all(isinstance(i, Item) and i.number is None for i in statement.commitments)


def test_every_listing_declares_exactly_the_keys_of_its_rows(statement: Statement) -> None:
    """`--fields` accepts the keys a listing declares: they must be the keys its JSON has."""
    import datetime as dt

    from usperu._listing import search_listing
    from usperu._queries import achievements_by_session, timeline
    from usperu._search import search
    from usperu._views import (
        achievements_listing,
        glossary_listing,
        paragraphs_listing,
        people_listing,
        sessions_listing,
        since_listing,
        timeline_listing,
    )

    listings = [
        achievements_listing(list(statement.achievements + statement.commitments), statement),
        sessions_listing(statement, achievements_by_session(statement)),
        timeline_listing(timeline(statement), dt.date.today()),
        since_listing(statement.developments),
        people_listing(statement.people),
        glossary_listing(statement.glossary),
        paragraphs_listing(statement.paragraphs),
        search_listing(search(statement, "minerals")),
    ]
    for listing in listings:
        keys = {key for row in listing.rows for key in row}
        assert keys == set(listing.fields), (listing.title, keys ^ set(listing.fields))


def test_notes_and_sources_in_json_are_objects_of_their_set_fields(statement: Statement) -> None:
    """Every field of an inline table is in its JSON object, under its name, except
    the ones left unset ('' or None): each record's notes, and each development's sources."""
    for record in statement.records():
        data = record_dict(record, statement)
        tables = [*record.notes, *getattr(record, "sources", ())]
        objects = [*data["notes"], *data.get("sources", ())]
        expected = [{k: v.isoformat() if isinstance(v, dt.date) else v for k, v in t._asdict().items()} for t in tables]
        assert objects == [{k: v for k, v in e.items() if v not in ("", None)} for e in expected]
    assert any(note.claim for record in statement.records() for note in record.notes)
