"""The words of every listing and card, pinned (issue #16 item 5: mutation testing of
`_views`, `_cite` and `_queries`, docs/mutation-mviews.md).

Each listing's title, headers, caption, "nothing to show" text, JSON keys and CSV
columns are what a reader or a script sees; no other test read most of them, so a
changed label passed. These tests state them in full, in English, for the bundled data.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from tests.conftest import in_spanish
from usperu import Statement, _i18n, load_statement
from usperu._cite import cite, short_citation, unchecked_url
from usperu._errors import InvalidArgumentError, UnknownIdError
from usperu._listing import Listing
from usperu._model import Development, Event, GlossaryEntry, Item, Paragraph, Person, Session
from usperu._queries import (
    achievements,
    achievements_by_session,
    developments,
    developments_for,
    find_record,
    parse_day,
    parse_iso_date,
    progress,
    progress_checked,
    progress_for,
    progress_summary,
    resolve_session,
    timeline,
)
from usperu._render import render
from usperu._views import (
    about_card,
    achievements_listing,
    card_for,
    date_label,
    export_document,
    export_rows,
    glossary_listing,
    iso_date,
    keys_of,
    paragraphs_listing,
    people_listing,
    progress_listing,
    record_dict,
    select_fields,
    sessions_listing,
    since_listing,
    timeline_listing,
)

TODAY = dt.date(2026, 1, 15)
MAPPING = "Which session an achievement belongs to is our editorial mapping: the statement does not say."
ITEM_KEYS = (
    "id",
    "kind",
    "number",
    "title",
    "text",
    "actors",
    "status",
    "sessions",
    "topics",
    "paragraph",
    "aliases",
    "aliases_es",
    "notes",
)
DEVELOPMENT_KEYS = (
    "id",
    "kind",
    "date",
    "precision",
    "title",
    "summary",
    "refs",
    "confidence",
    "sources",
    "notes",
    "basis",
)


@pytest.fixture
def fresh() -> Statement:
    """The statement loaded in this test (not the session's), so that no cache built before
    a mutant was switched on answers for it."""
    return load_statement()


def frame(listing: Listing) -> dict[str, Any]:
    """The parts of a listing that are the same whatever records it holds."""
    return {
        key: value
        for key, value in listing._asdict().items()
        if key in ("title", "headers", "empty", "caption", "fields", "columns", "spare", "keep_ids", "as_of")
    }


# --- listings ----------------------------------------------------------------------


def test_achievements_listing_words_and_cells(fresh: Statement) -> None:
    listing = achievements_listing(fresh.achievements, fresh)
    assert frame(listing) == {
        "title": "Key achievements",
        "headers": ("#", "Achievement", "Actors", "Status", "Session"),
        "empty": "no achievements match these filters",
        "caption": MAPPING,
        "fields": ITEM_KEYS,
        "columns": ("number", "title", "actors", "status", "sessions"),
        "as_of": "",
        "spare": ("Session", "Actors"),
        "keep_ids": False,
    }
    assert listing.marker is None and listing.tree is None and listing.highlights is None
    assert listing.cells[2] == (
        "3",
        "Peru, first in Latin America to join the Blue Dot Network",
        "Peru",
        "joined",
        "Economic prosperity and inclusive development",
    )
    assert [row["id"] for row in listing.rows] == [i.id for i in fresh.achievements]
    assert listing.rows[2] == record_dict(fresh.achievements[2])


def test_achievements_with_commitments_add_an_id_column(fresh: Statement) -> None:
    items = fresh.achievements + fresh.commitments
    listing = achievements_listing(items, fresh)
    assert frame(listing) == {
        "title": "Key achievements and further commitments",
        "headers": ("#", "Achievement", "Actors", "Status", "Session", "ID"),
        "empty": "no achievements match these filters",
        "caption": MAPPING,
        "fields": ITEM_KEYS,
        "columns": ("number", "title", "actors", "status", "sessions", "id"),
        "as_of": "",
        "spare": ("Session", "Actors"),
        "keep_ids": True,
    }
    assert listing.cells[2][-1] == "blue-dot-network"
    assert listing.cells[-1] == (
        "-",
        "Friendship and people-to-people ties between the two countries",
        "Both",
        "recognized",
        "",
        "people-to-people-ties",
    )
    two = fresh.achievements[0]._replace(sessions=("security-and-defense", "education-and-culture"))
    assert achievements_listing([two], fresh).cells[0][4] == "Security and defense; Education and culture"


def test_sessions_listing_words_cells_and_tree(fresh: Statement) -> None:
    groups = achievements_by_session(fresh, fresh.achievements + fresh.commitments)
    listing = sessions_listing(fresh, groups)
    assert frame(listing) == {
        "title": "Breakout sessions",
        "headers": ("#", "Session", "Achievements", "ID"),
        "empty": "nothing to show",
        "caption": MAPPING,
        "fields": keys_of(Session),
        "columns": ("number", "title", "achievements", "id"),
        "as_of": "",
        "spare": (),
        "keep_ids": False,
    }
    assert keys_of(Session)[-3:] == ("achievements", "commitments", "mapping")
    assert listing.cells[1] == (
        "2",
        "Economic prosperity and inclusive development",
        "3, 4, 5, -, -, -, -",
        "economic-prosperity",
    )
    assert listing.tree is not None
    parent, children = listing.tree[1]
    assert parent == "2. Economic prosperity and inclusive development"
    assert children[0] == "3. Peru, first in Latin America to join the Blue Dot Network"
    assert children[3] == "15th anniversary of the U.S.-Peru Trade Promotion Agreement (commitment)"
    assert listing.rows[1] == record_dict(fresh.sessions[1], fresh)
    assert listing.rows[1]["achievements"] == ["blue-dot-network", "critical-minerals", "trade-and-investment"]


def test_timeline_listing_words_cells_and_today(fresh: Statement) -> None:
    entries = timeline(fresh)
    listing = timeline_listing(entries, TODAY)
    assert frame(listing) == {
        "title": "Timeline",
        "headers": ("Date", "Event", "Basis", "ID"),
        "empty": "no events in that range",
        "caption": "Basis: stated in the statement, derived from it, or later (a development since, with sources).",
        "fields": tuple(dict.fromkeys(keys_of(Event) + keys_of(Development))),
        "columns": ("date", "title", "basis", "id"),
        "as_of": "2026-01-15",
        "spare": ("Basis",),
        "keep_ids": False,
    }
    assert listing.fields[:6] == ("id", "kind", "date", "precision", "title", "basis")
    assert listing.cells[:2] == (
        (
            "17th century\n(4 centuries ago)",
            "The Cuzco School paintings repatriated in 2024 are painted",
            "derived",
            "cuzco-school-paintings",
        ),
        (
            "2 May 1826\n(199 years ago)",
            "United States recognizes Peru: the day the bicentennial of relations is counted from",
            "derived",
            "diplomatic-relations-begin",
        ),
    )
    position = sum(1 for e in entries if e.date <= TODAY)
    assert listing.marker == (position, ("15 January 2026\n(today)", "── today ──", "", ""))
    assert listing.rows[0] == record_dict(entries[0])


@pytest.mark.parametrize(
    ("start", "end", "marked"),
    [
        (None, None, True),
        (TODAY, TODAY, True),
        (TODAY + dt.timedelta(days=1), None, False),
        (None, TODAY - dt.timedelta(days=1), False),
        (dt.date(2024, 1, 1), dt.date(2027, 1, 1), True),
    ],
)
def test_timeline_marks_today_only_within_the_range(
    fresh: Statement, start: dt.date | None, end: dt.date | None, marked: bool
) -> None:
    listing = timeline_listing(timeline(fresh), TODAY, start=start, end=end)
    assert (listing.marker is not None) is marked


def test_today_s_row_stands_before_the_first_later_entry(fresh: Statement) -> None:
    entries = timeline(fresh)
    later = next(n for n, e in enumerate(entries) if e.date > TODAY)
    assert timeline_listing(entries, TODAY).marker[0] == later  # type: ignore[index]
    past = [e for e in entries if e.date <= TODAY]
    assert timeline_listing(past, TODAY).marker[0] == len(past)  # type: ignore[index]


def test_since_listing_words_cells_and_the_day_searched(fresh: Statement) -> None:
    listing = since_listing(fresh.developments, dt.date(2026, 12, 1))
    caption = "Editorial: not in the statement. Each development has public sources: usperu show ID."
    assert frame(listing) == {
        "title": "Since the Dialogue",
        "headers": ("Date", "Development", "Follows up", "Source", "ID"),
        "empty": "no developments match",
        "caption": caption + " Searched up to 1 December 2026.",
        "fields": DEVELOPMENT_KEYS,
        "columns": ("date", "title", "refs", "", "id"),
        "as_of": "",
        "spare": ("Source", "Follows up"),
        "keep_ids": False,
    }
    assert since_listing(fresh.developments).caption == caption
    assert listing.cells[:2] == (
        (
            "30 May 2024",
            "Peru signs the Artemis Accords at NASA headquarters",
            "artemis-accords",
            "NASA (+2)",
            "artemis-accords-signed",
        ),
        (
            "29 August 2024",
            "U.S. and Peru sign a critical-minerals memorandum of understanding in Lima",
            "critical-minerals, critical-minerals-mou-talks",
            "PrensaPeru (Agencia Peruana de Noticias) (+3)",
            "critical-minerals-mou-2024",
        ),
    )
    two = next(d for d in fresh.developments if len(d.sources) == 2)
    cells = {row[-1]: row for row in listing.cells}
    assert cells[two.id][3] == f"{two.sources[0].publisher} (+1)"
    assert listing.rows[0] == record_dict(fresh.developments[0])


def test_progress_listing_words_cells_and_rows(fresh: Statement) -> None:
    found = progress(fresh)
    listing = progress_listing(found, fresh)
    assert frame(listing) == {
        "title": "What came of each commitment",
        "headers": ("#", "Promised or done", "Rating", "Evidence", "ID"),
        "empty": "no rated records match these filters",
        "caption": "Editorial ratings, not in the statement: usperu show ID gives the reason, evidence and sources."
        " Checked 1 December 2026: 'no public record' means none found by then, not a failure.",
        "fields": (
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
        ),
        "columns": ("number", "promise", "rating", "", "id"),
        "as_of": "",
        "spare": ("Evidence",),
        "keep_ids": False,
    }
    assert listing.cells[:3] == (
        (
            "1",
            "Both welcomed the aerial interception agreement's entry into force.",
            "kept",
            "2024-11-15 biden-boluarte-meeting-lima; 2025-12-11 major-non-nato-ally-notification",
            "aerial-interception-agreement",
        ),
        (
            "2",
            "Both signed the CSII memorandum, the first step in implementing the agreement.",
            "done at the Dialogue",
            "2024-11-15 biden-boluarte-meeting-lima",
            "csii-memorandum",
        ),
        (
            "3",
            "Peru joined the Blue Dot Network, the first Latin American country to do so.",
            "done at the Dialogue",
            "-",
            "blue-dot-network",
        ),
    )
    item, entry = found[0]
    assert listing.rows[0] == {
        "id": "aerial-interception-agreement",
        "kind": "achievement",
        "number": 1,
        "title": "Aerial interception agreement enters into force",
        "promise": entry.promise,
        "rating": "kept",
        "reason": entry.reason,
        "evidence": ["biden-boluarte-meeting-lima", "major-non-nato-ally-notification"],
        "evidence_dates": ["2024-11-15", "2025-12-11"],
        "confidence": "medium-high",
        "source": "the developments cited",
        "checked": "2026-12-01",
    }
    assert tuple(listing.rows[0]) == listing.fields
    commitment = next(n for n, (i, _) in enumerate(found) if i.number is None)
    assert listing.cells[commitment][0] == "-" and listing.rows[commitment]["number"] is None


def test_progress_caption_falls_back_to_the_latest_rating_then_to_none(fresh: Statement) -> None:
    found = progress(fresh)
    unchecked = fresh._replace(developments_checked=None)
    latest = max(entry.checked for _, entry in found)
    caption = progress_listing(found, unchecked).caption
    assert f" Checked {latest.day} " in caption and str(latest.year) in caption
    assert " Checked on no day given: " in progress_listing([], unchecked).caption


def test_people_listing_words_and_cells(fresh: Statement) -> None:
    listing = people_listing(fresh.people)
    assert frame(listing) == {
        "title": "Participants",
        "headers": ("Name", "Role", "Country", "Spelling note", "ID"),
        "empty": "nothing to show",
        "caption": "",
        "fields": keys_of(Person),
        "columns": ("name", "role", "country", "", "id"),
        "as_of": "",
        "spare": ("Country",),
        "keep_ids": False,
    }
    assert listing.cells == (
        ("Kurt Campbell", "Deputy Secretary of State", "United States", "", "kurt-campbell"),
        (
            "Peter Camino",
            "Vice Minister of Foreign Affairs",
            "Peru",
            "spelled 'Peter Cimino' in our copy",
            "peter-camino",
        ),
    )
    assert listing.rows == tuple(record_dict(p) for p in fresh.people)


def test_glossary_listing_words_and_cells(fresh: Statement) -> None:
    listing = glossary_listing(fresh.glossary)
    assert frame(listing) == {
        "title": "Glossary",
        "headers": ("Term", "Expansion", "Mentioned in", "ID"),
        "empty": "nothing to show",
        "caption": "",
        "fields": keys_of(GlossaryEntry),
        "columns": ("term", "expansion", "mentions", "id"),
        "as_of": "",
        "spare": ("ID",),
        "keep_ids": False,
    }
    assert listing.cells[0] == (
        "CSII",
        "Cooperative Situational Information Integration System",
        "csii-memorandum",
        "csii",
    )
    many = next(g for g in fresh.glossary if len(g.mentions) > 1)
    assert {row[-1]: row[2] for row in listing.cells}[many.id] == ", ".join(many.mentions)
    assert listing.rows == tuple(record_dict(g) for g in fresh.glossary)


def test_paragraphs_listing_words_and_cells(fresh: Statement) -> None:
    listing = paragraphs_listing(fresh.paragraphs)
    assert frame(listing) == {
        "title": "Full text",
        "headers": ("#", "Text"),
        "empty": "nothing to show",
        "caption": "Our copy's words exactly: a machine translation, not the official text.",
        "fields": ("id", "kind", "number", "block", "text", "notes"),
        "columns": ("number", "text"),
        "as_of": "",
        "spare": (),
        "keep_ids": False,
    }
    assert listing.cells[7] == ("8", fresh.paragraphs[7].text)
    assert listing.rows == tuple(record_dict(p) for p in fresh.paragraphs)


def test_every_listing_says_its_words_in_markdown(fresh: Statement) -> None:
    """The golden check of one listing's Markdown: title, headers, a row and the caption."""
    text = render(people_listing(fresh.people), "markdown")
    assert "Participants" in text
    assert "| Name | Role | Country | Spelling note | ID |" in text
    assert (
        "| Peter Camino | Vice Minister of Foreign Affairs | Peru | spelled 'Peter Cimino' in our copy | peter-camino |"
        in text
    )


# --- records as JSON -----------------------------------------------------------------


def test_record_dict_keys_are_the_declared_ones_in_order(fresh: Statement) -> None:
    for record in (
        fresh.achievements[0],
        fresh.commitments[0],
        fresh.sessions[0],
        fresh.events[0],
        fresh.developments[0],
        fresh.people[0],
        fresh.glossary[0],
        fresh.paragraphs[0],
    ):
        data = record_dict(record, fresh)
        assert tuple(data) == keys_of(type(record)), record.id
        assert data["id"] == record.id and data["kind"] == record.kind
    assert keys_of(Item) == ITEM_KEYS
    assert keys_of(Development) == DEVELOPMENT_KEYS
    assert keys_of(Paragraph) == ("id", "kind", "number", "block", "text", "notes")


def test_record_dict_of_an_achievement_and_a_development(fresh: Statement) -> None:
    item = fresh.by_id["blue-dot-network"]
    assert isinstance(item, Item)
    data = record_dict(item)
    assert data["text"] == item.quote and "quote" not in data
    assert data["sessions"] == ["economic-prosperity"] and data["topics"] == ["infrastructure", "investment"]
    assert data["notes"] == [
        {
            "text": item.notes[0].text,
            "source": "reference.md: state.gov Blue Dot FAQ",
            "confidence": "high",
        }
    ]
    development = record_dict(fresh.by_id["artemis-accords-signed"])
    assert development["date"] == "2024-05-30" and development["basis"] == "later"
    assert development["sources"][0] == {
        "publisher": "NASA",
        "title": "NASA Welcomes Peru as 41st Artemis Accords Signatory (release 24-075)",
        "url": "https://www.nasa.gov/news-release/nasa-welcomes-peru-as-41st-artemis-accords-signatory/",
        "date": "2024-05-30",
    }
    event = record_dict(fresh.by_id["high-level-dialogue"])
    assert event["date"] == "2024-05-09" and event["basis"] == "stated" and event["precision"] == "day"
    json.dumps(data)  # JSON-ready as is


def test_a_session_lists_its_records_only_with_the_statement(fresh: Statement) -> None:
    session = fresh.by_id["governance-and-migration"]
    data = record_dict(session, fresh)
    assert data["achievements"] == ["migration-cooperation"]
    assert data["commitments"] == ["indigenous-communities", "human-rights", "democratic-institutions"]
    assert data["mapping"] == "editorial"
    assert "achievements" not in record_dict(session) and "mapping" not in record_dict(session)


@pytest.mark.parametrize(
    ("precision", "day", "iso", "label"),
    [
        ("day", dt.date(2024, 5, 9), "2024-05-09", "9 May 2024"),
        ("month", dt.date(2024, 11, 1), "2024-11", "November 2024"),
        ("year", dt.date(2024, 1, 1), "2024", "2024"),
        ("century", dt.date(1600, 1, 1), "1600/1699", "17th century"),
        ("month", dt.date(987, 3, 1), "0987-03", "March 987"),
        ("year", dt.date(987, 1, 1), "0987", "987"),
        ("century", dt.date(900, 1, 1), "0900/0999", "10th century"),
    ],
)
def test_dates_in_iso_and_for_people(fresh: Statement, precision: Any, day: dt.date, iso: str, label: str) -> None:
    entry = fresh.by_id["apec-2024"]
    assert isinstance(entry, Event)
    moved = entry._replace(date=day, precision=precision)
    assert iso_date(moved) == iso
    assert date_label(moved) == label


# --- exports -----------------------------------------------------------------------


def test_export_document_has_every_table_and_the_schema_version(fresh: Statement) -> None:
    from usperu._schema import SCHEMA_VERSION

    document = export_document(fresh)
    assert list(document) == [
        "schema_version",
        "statement",
        "people",
        "sessions",
        "achievements",
        "commitments",
        "events",
        "glossary",
        "paragraphs",
        "developments",
        "corrections",
    ]
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["statement"] == record_dict(fresh.metadata, fresh)
    assert document["sessions"] == [record_dict(s, fresh) for s in fresh.sessions]
    assert document["sessions"][0]["mapping"] == "editorial"
    assert export_rows(fresh, "statement") == [document["statement"]]
    assert export_rows(fresh, "glossary") == document["glossary"]


# --- --fields ----------------------------------------------------------------------


def test_select_fields_keeps_headers_cells_and_order(fresh: Statement) -> None:
    listing = since_listing(fresh.developments)
    chosen = select_fields(listing, " id , title,refs,notes")
    assert chosen.headers == ("ID", "Development", "Follows up", "notes")
    assert chosen.columns == chosen.fields == ("id", "title", "refs", "notes")
    assert chosen.spare == () and chosen.tree is None and chosen.highlights is None
    assert chosen.cells[0] == (
        "artemis-accords-signed",
        "Peru signs the Artemis Accords at NASA headquarters",
        "artemis-accords",
        "",
    )
    assert chosen.rows[0] == {
        "id": "artemis-accords-signed",
        "title": "Peru signs the Artemis Accords at NASA headquarters",
        "refs": ["artemis-accords"],
        "notes": [],
    }
    assert chosen.title == listing.title and chosen.caption == listing.caption
    noted = select_fields(achievements_listing(fresh.achievements, fresh), "notes")
    assert noted.cells[0] == ("; ".join(note.text for note in fresh.achievements[0].notes),)
    assert len(fresh.achievements[0].notes) > 1


def test_select_fields_writes_other_values_as_csv_does(fresh: Statement) -> None:
    listing = achievements_listing(fresh.achievements, fresh)
    chosen = select_fields(listing, "topics,number,paragraph")
    assert chosen.headers == ("topics", "#", "paragraph")
    assert chosen.cells[2] == ("infrastructure; investment", "3", "paragraph-8")
    listing = timeline_listing(timeline(fresh), TODAY)
    chosen = select_fields(listing, "summary,id")
    dialogue = next(n for n, row in enumerate(chosen.rows) if row["id"] == "high-level-dialogue")
    assert chosen.cells[dialogue] == ("", "high-level-dialogue")  # an event has no summary: blank
    assert chosen.rows[dialogue] == {"summary": None, "id": "high-level-dialogue"}


def test_select_fields_moves_today_s_row_with_its_columns(fresh: Statement) -> None:
    listing = timeline_listing(timeline(fresh), TODAY)
    chosen = select_fields(listing, "id,date,kind")
    assert listing.marker is not None
    assert chosen.marker == (listing.marker[0], ("", "15 January 2026\n(today)", ""))
    assert select_fields(timeline_listing(timeline(fresh), TODAY, end=dt.date(2000, 1, 1)), "id").marker is None


@pytest.mark.parametrize("spec", ["nope", "", " , ", "id,nope"])
def test_select_fields_refuses_an_unknown_field_and_lists_the_valid(fresh: Statement, spec: str) -> None:
    listing = glossary_listing(fresh.glossary)
    with pytest.raises(InvalidArgumentError) as raised:
        select_fields(listing, spec)
    name = spec.split(",")[-1].strip()
    assert str(raised.value) == (
        f"unknown field {name!r}; valid fields:"
        " id, kind, term, expansion, description, mentions, aliases, aliases_es, notes"
    )


# --- cards -------------------------------------------------------------------------


def test_card_of_an_achievement_in_full(fresh: Statement) -> None:
    card = card_for(fresh.by_id["aerial-interception-agreement"], fresh)
    assert card.heading == "Key achievement 1: Aerial interception agreement enters into force"
    fields = card.fields
    assert [label for label, _ in fields] == [
        "Kind",
        "ID",
        "Number",
        "Actors",
        "Status",
        "Sessions",
        "Topics",
        "Paragraph",
        "Also known as",
        "En español",
        "Session mapping",
        "Progress",
        "Why",
        "Since",
        "Glossary",
        "Linked from",
    ]
    values = dict(fields)
    assert values["Number"] == "1" and values["Actors"] == "Both" and values["Status"] == "in force"
    assert values["Topics"] == "security, aviation, counternarcotics"
    assert values["Session mapping"] == "editorial: the statement does not say which session"
    assert values["Progress"] == "kept (medium-high), checked 2026-12-01"
    assert values["Why"] == (
        "Radar information sharing resumed in November 2024 and U.S. counternarcotics aid went on; no suspension"
        " of the programme was reported. Source: the developments cited; evidence: biden-boluarte-meeting-lima,"
        " major-non-nato-ally-notification"
    )
    assert values["Since"] == (
        "15 November 2024: Biden and Boluarte meet in Lima: Black Hawks, radar sharing and migration"
        " (biden-boluarte-meeting-lima); 11 December 2025: White House notifies Congress it will designate Peru a"
        " Major Non-NATO Ally (major-non-nato-ally-notification)"
    )
    assert values["Glossary"] == "Aerial interception agreement"
    assert values["Linked from"] == "aerial-interception, biden-boluarte-meeting-lima, major-non-nato-ally-notification"
    assert card.data["progress"] == {
        "promise": "Both welcomed the aerial interception agreement's entry into force.",
        "rating": "kept",
        "reason": values["Why"].split(" Source: ")[0],
        "evidence": ["biden-boluarte-meeting-lima", "major-non-nato-ally-notification"],
        "confidence": "medium-high",
        "source": "the developments cited",
        "checked": "2026-12-01",
    }
    assert card.data["developments"] == ["biden-boluarte-meeting-lima", "major-non-nato-ally-notification"]
    assert (
        [c["id"] for c in card.data["corrections"]] == [c.id for c in fresh.corrections if c.quoted in card.quote] != []
    )
    assert card.quote == fresh.by_id["aerial-interception-agreement"].quote  # type: ignore[union-attr]
    assert card.marked != card.quote and "[" in card.marked
    assert card.wording == (
        "Our copy's words: a machine translation, not the official text; [brackets]: the official wording."
    )
    assert card.notes == fresh.by_id["aerial-interception-agreement"].notes


def test_card_of_a_commitment_has_no_number_and_evidence_only_when_rated_with_it(fresh: Statement) -> None:
    card = card_for(fresh.by_id["fta-anniversary"], fresh)
    assert card.heading == "15th anniversary of the U.S.-Peru Trade Promotion Agreement"
    values = dict(card.fields)
    assert "Number" not in values and values["Kind"] == "commitment"
    assert values["Why"].endswith(" Source: the statement (paragraph 20)")
    assert "evidence:" not in values["Why"]
    assert "corrections" not in card.data
    assert card.wording == "Our copy's words: a machine translation, not the official text."


def test_card_of_a_development_lists_its_sources(fresh: Statement) -> None:
    card = card_for(fresh.by_id["artemis-accords-signed"], fresh)
    assert card.heading == "Peru signs the Artemis Accords at NASA headquarters"
    assert card.quote == card.marked == card.wording == ""
    assert card.fields == (
        ("Kind", "development"),
        ("ID", "artemis-accords-signed"),
        ("Date", "2024-05-30"),
        (
            "Summary",
            "Foreign Minister Javier González-Olaechea signed the Accords at NASA headquarters in Washington, making"
            " Peru the 41st signatory. This carried out the decision welcomed at the Dialogue three weeks earlier.",
        ),
        ("Refers to", "artemis-accords"),
        ("Confidence", "high"),
        (
            "Source",
            "NASA: NASA Welcomes Peru as 41st Artemis Accords Signatory (release 24-075),"
            " https://www.nasa.gov/news-release/nasa-welcomes-peru-as-41st-artemis-accords-signatory/",
        ),
        (
            "Source",
            "SpaceWatch.Global: NASA Welcomes Peru as Signatory to Artemis Accords,"
            " https://spacewatch.global/2024/06/nasa-welcomes-peru-as-signatory-to-artemis-accords/",
        ),
        ("Source", "NNN / Andina: Peru signs the Artemis Accords, http://namnewsnetwork.org/?p=265636"),
    )
    assert list(card.data) == list(DEVELOPMENT_KEYS)


def test_card_of_a_session_lists_its_records(fresh: Statement) -> None:
    card = card_for(fresh.by_id["governance-and-migration"], fresh)
    assert card.heading == "Democratic governance and migration"
    assert card.fields == (
        ("Kind", "session"),
        ("ID", "governance-and-migration"),
        ("Number", "1"),
        ("Paragraph", "paragraph-4"),
        ("Also known as", "democracy, democratic governance"),
        (
            "En español",
            "gobernanza democrática y migración, gobernanza democrática, gobernabilidad democrática,"
            " gobernabilidad y migración",
        ),
        ("Achievements", "migration-cooperation"),
        ("Commitments", "indigenous-communities, human-rights, democratic-institutions"),
        ("Session mapping", "editorial: the statement does not say which session"),
        ("Linked from", "migration-cooperation, indigenous-communities, human-rights, democratic-institutions"),
    )
    assert card.quote == card.marked == "democratic governance and migration"


def test_cards_of_a_person_an_event_an_entry_and_a_paragraph(fresh: Statement) -> None:
    person = card_for(fresh.by_id["peter-camino"], fresh)
    assert person.heading == "Peter Camino"
    assert [label for label, _ in person.fields] == [
        "Kind",
        "ID",
        "Name",
        "Name in our copy",
        "Role",
        "Country",
        "Paragraph",
        "Also known as",
        "En español",
        "Linked from",
    ]
    assert dict(person.fields)["Country"] == "Peru" and dict(person.fields)["Name in our copy"] == "Peter Cimino"
    assert "Session mapping" not in dict(person.fields)
    assert person.marked.startswith("Peru’s [Vice] Minister of Foreign Affairs")
    event = card_for(fresh.by_id["high-level-dialogue"], fresh)
    assert event.fields[:5] == (
        ("Kind", "event"),
        ("ID", "high-level-dialogue"),
        ("Date", "9 May 2024 (2024-05-09)"),
        ("Basis", "stated"),
        ("Refers to", "statement, kurt-campbell, peter-camino"),
    )
    assert event.quote == "on May 9, 2024"
    entry = card_for(fresh.by_id["csii"], fresh)
    assert entry.heading == "CSII: Cooperative Situational Information Integration System"
    assert entry.quote == "" and entry.wording == ""
    assert dict(entry.fields)["Mentioned in"] == "csii-memorandum"
    paragraph = card_for(fresh.by_id["paragraph-8"], fresh)
    assert paragraph.heading == "Paragraph 8"
    assert paragraph.fields == (("Kind", "paragraph"), ("ID", "paragraph-8"), ("Number", "8"))
    assert paragraph.quote == fresh.by_id["paragraph-8"].text  # type: ignore[union-attr]


def test_a_card_in_spanish_says_spanish_aliases_first_once(fresh: Statement, spanish: None) -> None:
    record = fresh.by_id["csii"]
    assert isinstance(record, GlossaryEntry)
    card = card_for(record, fresh)
    labels = [label for label, _ in card.fields]
    assert "En español" not in labels
    values = dict(card.fields)
    aliases = [value for label, value in card.fields if label not in ("Tipo", "ID") and record.aliases_es[0] in value]
    assert aliases == ["Sistema Cooperativo de Integración de Información Situacional"]
    item = card_for(fresh.by_id["aerial-interception-agreement"], fresh)
    line = next(value for value in dict(item.fields).values() if value.startswith("Acuerdo de Interceptación"))
    assert line.split(", ")[-4:] == [
        "air-interdiction-agreement",
        "air interdiction agreement",
        "aerial interception",
        "interception",
    ]
    assert line.count("interdicción aérea") == 1
    assert "checked 2026-12-01" not in " ".join(dict(item.fields).values())
    assert any("1 de diciembre de 2026" in value for value in dict(item.fields).values())
    assert values  # the card has fields in Spanish too


def test_the_about_card_in_full(fresh: Statement) -> None:
    card = about_card(fresh)
    assert card.heading == "Joint Statement on U.S.-Peru High-Level Dialogue"
    assert card.quote == ""
    assert card.fields == (
        (
            "Summary",
            "The first U.S.-Peru High-Level Dialogue: five breakout sessions, fourteen key accomplishments and"
            " further commitments, from security and critical minerals to space and culture. (editorial)",
        ),
        ("Date", "9 May 2024"),
        ("Place", "Washington, DC"),
        ("Issued by", "Government of the United States of America; Government of the Republic of Peru"),
        ("Publisher", "U.S. Department of State, Office of the Spokesperson"),
        ("URL", "https://www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/"),
        (
            "Archived at",
            "https://2021-2025.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/ (inferred, not checked)",
        ),
        (
            "Leaders",
            "Kurt Campbell (Deputy Secretary of State, United States);"
            " Peter Camino (Vice Minister of Foreign Affairs, Peru)",
        ),
        (
            "Contents",
            "5 sessions, 14 achievements, 10 commitments, 7 events, 17 glossary, 23 paragraphs, 26 developments,"
            " 22 corrections",
        ),
        ("Data file", fresh.path),
        ("Developments checked", "1 December 2026: usperu since and progress are as of then"),
    )
    assert card.data["counts"] == {
        "sessions": 5,
        "achievements": 14,
        "commitments": 10,
        "events": 7,
        "glossary": 17,
        "paragraphs": 23,
        "developments": 26,
        "corrections": 22,
    }
    assert card.data["people"] == [record_dict(p) for p in fresh.people]
    assert card.data["developments_checked"] == "2026-12-01"
    assert {key: card.data[key] for key in ("id", "kind", "title")} == {
        "id": "statement",
        "kind": "statement",
        "title": "Joint Statement on U.S.-Peru High-Level Dialogue",
    }
    assert card.notes == fresh.metadata.notes
    unchecked = about_card(fresh._replace(developments_checked=None))
    assert [label for label, _ in unchecked.fields][-1] == "Data file"
    assert "developments_checked" not in unchecked.data


def test_the_about_card_counts_in_spanish_singular_and_plural(fresh: Statement, spanish: None) -> None:
    one = fresh._replace(sessions=fresh.sessions[:1], glossary=fresh.glossary[:1])
    contents = about_card(one).fields[8][1]
    assert contents.startswith("1 sesión, 14 logros, ")


# --- queries -------------------------------------------------------------------------


def test_an_actor_is_named_as_the_table_prints_it(fresh: Statement) -> None:
    for printed, key in (("United States", "us"), ("peru", "peru"), ("Both", "both")):
        assert achievements(fresh, actor=printed) == achievements(fresh, actor=key), printed
    assert [i.number for i in achievements(fresh, actor="United States")] == [1, 2, 4, 5, 6, 7, 8, 10, 11, 13, 14]


def test_developments_of_a_record_within_a_range(fresh: Statement) -> None:
    assert [d.id for d in developments(fresh, record="artemis-accords")] == [
        "artemis-accords-signed",
        "nasa-conida-sounding-rocket-mou",
    ]
    assert [d.id for d in developments(fresh, record="ARTEMIS-ACCORDS", start=dt.date(2024, 6, 1))] == [
        "nasa-conida-sounding-rocket-mou"
    ]
    assert [d.id for d in developments(fresh, record="artemis-accords", end=dt.date(2024, 6, 1))] == [
        "artemis-accords-signed"
    ]
    assert developments(fresh, start=dt.date(2024, 6, 1)) == [
        d for d in fresh.developments if d.date >= dt.date(2024, 6, 1)
    ]


@pytest.mark.parametrize(
    ("text", "end", "day"),
    [
        ("2024", False, dt.date(2024, 1, 1)),
        ("2024", True, dt.date(2024, 12, 31)),
        ("2024-02", False, dt.date(2024, 2, 1)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2024-12", True, dt.date(2024, 12, 31)),
        (" 2024-05-09 ", False, dt.date(2024, 5, 9)),
        ("2024-05-09", True, dt.date(2024, 5, 9)),
    ],
)
def test_parse_iso_date_reads_a_day_month_or_year(text: str, end: bool, day: dt.date) -> None:
    assert parse_iso_date(text, "--from", end=end) == day


def test_parse_iso_date_starts_a_period_unless_asked_for_its_end() -> None:
    assert parse_iso_date("2024", "--from") == dt.date(2024, 1, 1)
    assert parse_iso_date("2024-11", "--from") == dt.date(2024, 11, 1)


@pytest.mark.parametrize("text", ["2024-13", "24", "May 2024", "2024-5-9", "２０２４"])
def test_parse_iso_date_names_the_option_and_the_value(text: str) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        parse_iso_date(text, "--to")
    assert str(raised.value) == f"--to expects a date as YYYY-MM-DD, YYYY-MM or YYYY, not {text!r}"


def test_progress_filters_by_rating_and_session(fresh: Statement) -> None:
    everything = progress(fresh)
    rated = {entry.record for entry in fresh.progress}
    assert [item.id for item, _ in everything] == [
        i.id for i in fresh.achievements + fresh.commitments if i.id in rated
    ]
    assert all(item.id == entry.record for item, entry in everything)
    assert [item.id for item, _ in progress(fresh, rating="kept", session="security")] == [
        "aerial-interception-agreement"
    ]
    kept = progress(fresh, rating="KEPT")
    assert kept and all(entry.rating == "kept" for _, entry in kept)
    assert len(kept) == sum(entry.rating == "kept" for entry in fresh.progress)
    session = progress(fresh, session="2")
    assert session and all("economic-prosperity" in item.sessions for item, _ in session)
    with pytest.raises(InvalidArgumentError):
        progress(fresh, rating="nope")


def test_progress_checked_is_the_layer_s_day_else_the_latest_rating_s(fresh: Statement) -> None:
    assert progress_checked(fresh) == dt.date(2026, 12, 1)
    unchecked = fresh._replace(developments_checked=None)
    latest = max(entry.checked for entry in fresh.progress)
    older = fresh.progress[0]._replace(checked=dt.date(2025, 1, 1))
    assert progress_checked(unchecked) == latest
    assert progress_checked(unchecked._replace(progress=(older, *fresh.progress[1:]))) == latest
    assert progress_checked(unchecked._replace(progress=(older,))) == dt.date(2025, 1, 1)
    assert progress_checked(unchecked._replace(progress=())) is None


def test_progress_summary_counts_in_the_scale_s_order(fresh: Statement) -> None:
    found = progress(fresh)
    assert progress_summary(found, dt.date(2026, 12, 1)) == {
        "total": 24,
        "counts": {
            "done at the Dialogue": 5,
            "kept": 8,
            "in progress": 2,
            "stalled": 2,
            "superseded": 1,
            "no public record": 6,
        },
        "checked": "2026-12-01",
        "line": "of 24: 5 done at the Dialogue, 8 kept, 2 in progress, 2 stalled, 1 superseded,"
        " 6 with no public record; checked 2026-12-01",
    }
    assert progress_summary([], None) == {"total": 0, "counts": {}, "checked": None, "line": "of 0: none rated"}
    one = [pair for pair in found if pair[1].rating == "kept"][:1]
    assert progress_summary(one, None)["line"] == "of 1: 1 kept"


def test_progress_summary_in_spanish_says_the_day_and_the_plural(fresh: Statement, spanish: None) -> None:
    found = progress(fresh)
    line = progress_summary(found, dt.date(2026, 12, 1))["line"]
    assert line == (
        "de 24: 5 concretados en el Diálogo, 8 cumplidos, 2 en curso, 2 estancados, 1 reemplazado,"
        " 6 sin registro público; revisado el 1 de diciembre de 2026"
    )
    assert progress_summary(found, dt.date(2026, 12, 1))["checked"] == "2026-12-01"


# --- citations -----------------------------------------------------------------------


def test_apa_in_english_and_in_spanish(fresh: Statement) -> None:
    item = fresh.by_id["blue-dot-network"]
    url = "https://www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/"
    assert cite(fresh, item, "apa") == (
        f"U.S. Department of State. (2024, May 9). Joint Statement on U.S.-Peru High-Level Dialogue [Media note]."
        f" Office of the Spokesperson. {url}\nIn text: (U.S. Department of State, 2024, para. 8)\n"
    )
    assert cite(fresh, None, "apa") == (
        f"U.S. Department of State. (2024, May 9). Joint Statement on U.S.-Peru High-Level Dialogue [Media note]."
        f" Office of the Spokesperson. {url}\n"
    )
    with in_spanish():
        spanish = cite(fresh, item, "apa")
    assert spanish == (
        "Departamento de Estado de los Estados Unidos. (2024, 9 de mayo). Joint Statement on U.S.-Peru High-Level"
        f" Dialogue [Nota de prensa]. Oficina del Portavoz. {url}\nEn el texto: (Departamento de Estado de los"
        " Estados Unidos, 2024, párr. 8)\n"
    )


def test_short_citation_after_a_quote(fresh: Statement, spanish: None) -> None:
    title = "Joint Statement on U.S.-Peru High-Level Dialogue"
    assert short_citation(fresh.metadata, 8) == f"— {title}, 9 de mayo de 2024, párr. 8"
    _i18n.set_language("en")
    assert short_citation(fresh.metadata, 8) == f"— {title}, 9 May 2024, para. 8"
    assert short_citation(fresh.metadata, None) == f"— {title}, 9 May 2024"


CHICAGO = (
    "U.S. Department of State. “Joint Statement on U.S.-Peru High-Level Dialogue.” Media note, Office of the"
    " Spokesperson, May 9, 2024."
)
STATE_URL = "https://www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/"
NOTE = "Note: U.S. Department of State, “Joint Statement on U.S.-Peru High-Level Dialogue"


def test_chicago_with_and_without_an_access_date_and_a_locator(fresh: Statement) -> None:
    accessed = dt.date(2026, 1, 15)
    item = fresh.by_id["blue-dot-network"]
    assert cite(fresh, item, "chicago", accessed) == (
        f"{CHICAGO} Accessed January 15, 2026. {STATE_URL}.\n{NOTE},” para. 8 (key achievement 3).\n"
    )
    assert cite(fresh, fresh.by_id["paragraph-8"], "chicago") == f"{CHICAGO} {STATE_URL}.\n{NOTE},” para. 8.\n"
    assert cite(fresh, None, "chicago") == f"{CHICAGO} {STATE_URL}.\n"
    assert cite(fresh, fresh.by_id["csii"], "chicago") == f"{CHICAGO} {STATE_URL}.\n{NOTE},” para. 7 (CSII).\n"


def test_chicago_of_a_locator_with_no_paragraph(fresh: Statement) -> None:
    """A glossary entry that mentions only records outside the statement has no paragraph."""
    entry = fresh.glossary[0]._replace(mentions=("artemis-accords-signed",))
    assert cite(fresh, entry, "chicago") == f"{CHICAGO} {STATE_URL}.\n{NOTE}” (CSII).\n"


def test_chicago_in_spanish(fresh: Statement, spanish: None) -> None:
    assert cite(fresh, fresh.by_id["blue-dot-network"], "chicago", dt.date(2026, 1, 15)) == (
        "Departamento de Estado de los Estados Unidos. “Joint Statement on U.S.-Peru High-Level Dialogue”. Nota de"
        " prensa, Oficina del Portavoz, 9 de mayo de 2024. Consultado el 15 de enero de 2026."
        f" {STATE_URL}.\nNota: Departamento de Estado de los Estados Unidos, “Joint Statement on U.S.-Peru"
        " High-Level Dialogue”, párr. 8 (logro clave 3).\n"
    )


def test_bibtex_in_full(fresh: Statement) -> None:
    assert cite(fresh, None, "bibtex") == (
        "@misc{usdos2024usperu,\n"
        "  author = {{U.S. Department of State}},\n"
        "  title = {{Joint Statement on U.S.-Peru High-Level Dialogue}},\n"
        "  howpublished = {Media note, Office of the Spokesperson},\n"
        "  year = {2024},\n"
        "  month = may,\n"
        "  date = {2024-05-09},\n"
        f"  url = {{{STATE_URL}}},\n"
        "  langid = {english},\n"
        "  language = {english}\n"
        "}\n"
    )
    assert cite(fresh, None, "bibtex", dt.date(2026, 1, 15)).endswith(
        "  language = {english},\n  urldate = {2026-01-15}\n}\n"
    )


def test_a_suggestion_needs_half_the_letters_right(fresh: Statement) -> None:
    """difflib's ratio 0.5 ('deded' for 'decided') is the lowest that is still suggested."""
    with pytest.raises(InvalidArgumentError) as raised:
        achievements(fresh, status="deded")
    assert str(raised.value) == "unknown status 'deded'; did you mean decided?"


def test_select_fields_keeps_search_highlights_only_with_the_snippet_last(fresh: Statement) -> None:
    from usperu._listing import search_listing
    from usperu._search import search

    listing = search_listing(search(fresh, "Blue Dot"))
    assert listing.highlights
    assert select_fields(listing, "id,snippet").highlights == listing.highlights
    assert select_fields(listing, "snippet,id").highlights is None


def test_a_card_says_the_session_mapping_only_for_what_has_sessions(fresh: Statement) -> None:
    ties = fresh.by_id["people-to-people-ties"]
    assert isinstance(ties, Item) and ties.sessions == ()
    assert "Session mapping" not in dict(card_for(ties, fresh).fields)
    empty = fresh.sessions[0]._replace(id="no-such-session")
    assert "Session mapping" not in dict(card_for(empty, fresh).fields)


def test_empty_listings_say_so_in_spanish(fresh: Statement, spanish: None) -> None:
    assert people_listing([]).empty == "nada que mostrar"
    assert glossary_listing([]).empty == "nada que mostrar"
    assert paragraphs_listing([]).empty == "nada que mostrar"
    assert sessions_listing(fresh, []).empty == "nada que mostrar"


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("status", "reafirmd", "unknown status 'reafirmd'; did you mean reaffirmed, reiterated, created?"),
        ("actor", "unitd states", "unknown actor 'unitd states'; did you mean united states?"),
        ("actor", "usa", "unknown actor 'usa'; did you mean us?"),
    ],
)
def test_suggestions_name_each_option_once_as_it_is_spelt(
    fresh: Statement, option: str, value: str, message: str
) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        if option == "status":
            achievements(fresh, status=value)
        else:
            achievements(fresh, actor=value)
    assert str(raised.value) == message


def test_a_suggested_rating_keeps_its_capital(fresh: Statement) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        progress(fresh, rating="done at the dialog")
    assert str(raised.value) == "unknown rating 'done at the dialog'; did you mean done at the Dialogue?"


def test_a_reversed_range_names_both_days(fresh: Statement) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        timeline(fresh, start=dt.date(2025, 1, 2), end=dt.date(2024, 1, 1))
    assert str(raised.value) == "--from 2025-01-02 is after --to 2024-01-01"


@pytest.mark.parametrize("text", ["2024-5-9", "2024-05", " 2024-05-9 ", "2024-02-30"])
def test_parse_day_names_the_option_and_the_value(text: str) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        parse_day(text, "--today")
    assert str(raised.value) == f"--today expects a day as YYYY-MM-DD, such as 2026-01-15, not {text!r}"


def test_parse_day_refuses_a_day_after_the_latest() -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        parse_day(" 2027-01-01", "--today", latest=dt.date(2026, 12, 2))
    assert str(raised.value) == "--today 2027-01-01 is in the future; give a day up to 2026-12-02"


def test_developments_and_progress_of_one_record(fresh: Statement) -> None:
    assert [d.id for d in developments_for(fresh, "artemis-accords")] == [
        "artemis-accords-signed",
        "nasa-conida-sounding-rocket-mou",
    ]
    assert developments_for(fresh, "no-such-record") == []
    assert progress_for(fresh, "no-such-record") is None
    rated = progress_for(fresh, "blue-dot-network")
    assert rated is not None and rated.record == "blue-dot-network"


def test_plain_in_english_and_spanish(fresh: Statement) -> None:
    item = fresh.by_id["blue-dot-network"]
    head = (
        "U.S. Department of State. “Joint Statement on U.S.-Peru High-Level Dialogue.” Media note, Office of the"
        " Spokesperson, 9 May 2024. Released by the Government of the United States of America and the Government"
        f" of the Republic of Peru. {STATE_URL}."
    )
    assert (
        cite(fresh, item, "plain", dt.date(2026, 3, 15))
        == f"{head} Key achievement 3, paragraph 8. Accessed 15 March 2026.\n"
    )
    assert cite(fresh, None, "plain") == f"{head}\n"
    with in_spanish():
        spanish = cite(fresh, item, "plain", dt.date(2026, 3, 15))
    assert spanish == (
        "Departamento de Estado de los Estados Unidos. “Joint Statement on U.S.-Peru High-Level Dialogue”. Nota de"
        " prensa, Oficina del Portavoz, 9 de mayo de 2024. Emitida por el Gobierno de los Estados Unidos de América"
        f" y el Gobierno de la República del Perú. {STATE_URL}. Logro clave 3, párrafo 8."
        " Consultado el 15 de marzo de 2026.\n"
    )


def test_mla_in_english_and_spanish(fresh: Statement) -> None:
    item = fresh.by_id["blue-dot-network"]
    head = (
        "United States, Department of State. “Joint Statement on U.S.-Peru High-Level Dialogue.” Office of the"
        " Spokesperson, 9 May 2024, www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/."
    )
    assert cite(fresh, item, "mla", dt.date(2026, 3, 15)) == (
        f"{head} Accessed 15 Mar. 2026.\nIn text: (United States, Department of State, par. 8)\n"
    )
    assert cite(fresh, None, "mla") == f"{head}\n"
    with in_spanish():
        spanish = cite(fresh, item, "mla", dt.date(2026, 3, 15))
    assert spanish == (
        "Estados Unidos, Departamento de Estado. “Joint Statement on U.S.-Peru High-Level Dialogue”. Oficina del"
        " Portavoz, 9 de mayo de 2024, www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/."
        " Consultado el 15 de marzo de 2026.\nEn el texto: (Estados Unidos, Departamento de Estado, párr. 8)\n"
    )


def test_csl_json_in_full_and_in_ascii(fresh: Statement) -> None:
    [item] = json.loads(cite(fresh, None, "csl-json", dt.date(2026, 3, 15)))
    assert item == {
        "id": "usdos2024usperu",
        "type": "webpage",
        "title": "Joint Statement on U.S.-Peru High-Level Dialogue",
        "author": [{"literal": "U.S. Department of State"}],
        "publisher": "Office of the Spokesperson",
        "genre": "Media note",
        "issued": {"date-parts": [[2024, 5, 9]]},
        "URL": STATE_URL,
        "language": "en",
        "note": "Archived copy (address inferred, not checked):"
        " https://2021-2025.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/",
        "accessed": {"date-parts": [[2026, 3, 15]]},
    }
    with in_spanish():
        ascii_text = cite(fresh, None, "csl-json", ascii_only=True)
        unicode_text = cite(fresh, None, "csl-json")
    assert ascii_text.isascii() and "\\u00f3" in ascii_text  # the Spanish note: "dirección"
    assert not unicode_text.isascii()
    assert json.loads(ascii_text) == json.loads(unicode_text)


def test_a_card_names_every_glossary_entry_and_its_topics_in_spanish(fresh: Statement, spanish: None) -> None:
    fields = dict(card_for(fresh.by_id["aerial-interception-agreement"], fresh).fields)
    assert fields["Temas"] == "seguridad, aviación, lucha contra las drogas"
    _i18n.set_language("en")
    terms = [g.term for g in fresh.glossary if "csii-memorandum" in g.mentions]
    assert len(terms) > 1
    assert dict(card_for(fresh.by_id["csii-memorandum"], fresh).fields)["Glossary"] == ", ".join(terms)


def test_select_fields_draws_a_table_not_the_sessions_tree(fresh: Statement) -> None:
    listing = sessions_listing(fresh, achievements_by_session(fresh))
    assert listing.tree is not None
    chosen = select_fields(listing, "id,achievements")
    assert chosen.tree is None
    assert chosen.cells[0] == ("governance-and-migration", "6")


def test_select_fields_keeps_the_table_s_own_cell_for_a_shown_field(fresh: Statement) -> None:
    chosen = select_fields(since_listing(fresh.developments), "date,id")
    assert chosen.cells[0] == ("30 May 2024", "artemis-accords-signed")
    assert chosen.rows[0] == {"date": "2024-05-30", "id": "artemis-accords-signed"}
    actors = select_fields(achievements_listing(fresh.achievements, fresh), "actors")
    assert actors.headers == ("Actors",) and actors.cells[2] == ("Peru",) and actors.rows[2] == {"actors": "peru"}


# --- resolving ids -------------------------------------------------------------------


def refused(fresh: Statement, text: str, session: bool = False) -> UnknownIdError:
    with pytest.raises(UnknownIdError) as raised:
        if session:
            resolve_session(fresh, text)
        else:
            find_record(fresh, text)
    return raised.value


@pytest.mark.parametrize("text", ["99", "0", " 15 "])
def test_a_number_out_of_range_says_the_range(fresh: Statement, text: str) -> None:
    error = refused(fresh, text)
    assert str(error) == f"unknown id {text!r}: key achievements are numbered 1 to 14"
    assert error.ident == text and error.suggestions == ()


def test_a_session_number_out_of_range_says_the_range(fresh: Statement) -> None:
    error = refused(fresh, "9", session=True)
    assert str(error) == "unknown session '9': sessions are numbered 1 to 5; see 'usperu sessions'"
    assert error.suggestions == ()
    assert resolve_session(fresh, "2").id == "economic-prosperity"


def test_an_alias_of_several_records_names_them(fresh: Statement) -> None:
    error = refused(fresh, "Democracy")
    assert str(error) == (
        "'Democracy' could mean governance-and-migration, democratic-institutions: give one of these ids"
    )
    assert error.ident == "Democracy"
    assert error.suggestions == ("governance-and-migration", "democratic-institutions")


def test_a_prefix_of_several_ids_gives_three_examples_and_five_suggestions(fresh: Statement) -> None:
    error = refused(fresh, "paragraph")
    assert str(error) == (
        "'paragraph' matches 23 ids: type more of it (for example paragraph-1, paragraph-2, paragraph-3)"
    )
    assert error.ident == "paragraph"
    assert error.suggestions == tuple(f"paragraph-{n}" for n in range(1, 6))


@pytest.mark.parametrize("text", [" ", "²"])
def test_a_blank_or_a_superscript_is_no_id(fresh: Statement, text: str) -> None:
    error = refused(fresh, text)
    assert str(error) == f"unknown id {text!r}; find one with 'usperu search WORDS'"
    assert error.suggestions == ()


def test_the_unchecked_url_line_only_when_the_url_is_rated_below_high(fresh: Statement) -> None:
    assert unchecked_url(fresh) == (
        "The URL is inferred from the State Department's address pattern and was not checked"
        " (confidence medium-low): open it, then cite with --url ADDRESS --accessed YYYY-MM-DD."
    )
    assert unchecked_url(fresh, url="https://example.org/") is None
    assert unchecked_url(fresh, accessed=dt.date(2026, 1, 15)) is None
    notes = fresh.metadata.notes
    high = tuple(n._replace(confidence="high") if n.claim == "statement-url" else n for n in notes)
    assert unchecked_url(fresh._replace(metadata=fresh.metadata._replace(notes=high))) is None
    unrated = tuple(n for n in notes if n.claim != "statement-url")
    assert unchecked_url(fresh._replace(metadata=fresh.metadata._replace(notes=unrated))) is None
