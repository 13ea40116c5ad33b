"""Layer 1: the bundled dataset is faithful to the source and internally consistent."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest

from usperu import Event, Item, Paragraph, Person, Session, Statement, check_document, read_document
from usperu._render import render_text

from .conftest import DATA, SOURCE

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def test_paragraphs_rebuild_the_source_byte_for_byte(statement: Statement, source_text: str) -> None:
    assert render_text(statement.paragraphs) == source_text


def test_every_nonblank_source_line_is_one_paragraph(statement: Statement, source_text: str) -> None:
    lines = [line.removeprefix("  • ") for line in source_text.splitlines() if line.strip()]
    assert [p.text for p in statement.paragraphs] == lines


def test_every_quote_is_verbatim_in_the_source_and_its_paragraph(statement: Statement, source_text: str) -> None:
    paragraphs = {p.id: p.text for p in statement.paragraphs}
    quoted = [r for r in statement.records() if isinstance(r, Person | Session | Item | Event)]
    assert len(quoted) == 2 + 5 + 14 + 7 + 7
    for record in quoted:
        quote = record.quote
        assert quote in source_text, record.id
        assert quote in paragraphs[record.paragraph], record.id


def test_the_source_copy_in_the_repo_is_the_shared_statement() -> None:
    shared = SOURCE.parents[3] / "shared" / "source" / SOURCE.name
    if shared.exists():  # only on a developer's checkout beside shared/; CI has the copy
        assert shared.read_bytes() == SOURCE.read_bytes()
    assert SOURCE.read_bytes().startswith(b"Joint Statement on U.S.-Peru High-Level Dialogue")


def test_counts_match_the_statement(statement: Statement) -> None:
    assert [s.number for s in statement.sessions] == [1, 2, 3, 4, 5]
    assert [a.number for a in statement.achievements] == list(range(1, 15))
    assert len(statement.people) == 2
    assert {c.kind for c in statement.commitments} == {"commitment"}


def test_achievements_follow_the_bullets_in_order(statement: Statement) -> None:
    bullets = [p for p in statement.paragraphs if p.block == "bullet"]
    assert [a.quote for a in statement.achievements] == [b.text for b in bullets]


def test_sessions_follow_the_statement_order(statement: Statement) -> None:
    text = next(p.text for p in statement.paragraphs if "breakout sessions" in p.text)
    positions = [text.index(s.quote) for s in statement.sessions]
    assert positions == sorted(positions)


def test_ids_are_unique_slugs(statement: Statement) -> None:
    ids = [r.id for r in statement.records()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)
    assert len(statement.by_id) == len(ids)


def test_every_reference_resolves(statement: Statement) -> None:
    session_ids = {s.id for s in statement.sessions}
    for item in statement.achievements + statement.commitments:
        assert item.sessions and set(item.sessions) <= session_ids, item.id
    for event in statement.events:
        assert set(event.refs) <= set(statement.by_id), event.id
    for entry in statement.glossary:
        assert entry.mentions and set(entry.mentions) <= set(statement.by_id), entry.id


def test_glossary_mentions_really_mention_the_term(statement: Statement) -> None:
    for entry in statement.glossary:
        names = [entry.term, entry.expansion, *entry.aliases]
        for ident in entry.mentions:
            record = statement.by_id[ident]
            words = " ".join(
                [getattr(record, "quote", ""), record.title, *getattr(record, "aliases", ())]
                + [n.text for n in record.notes]
            ).casefold()
            assert any(name.casefold() in words for name in names), (entry.id, ident)


def test_timeline_dates_and_bases(statement: Statement) -> None:
    events = {e.id: e for e in statement.events}
    assert events["high-level-dialogue"].date == statement.metadata.date == dt.date(2024, 5, 9)
    assert events["bicentennial"].date == dt.date(2026, 5, 2)
    assert events["diplomatic-relations-begin"].date == dt.date(1826, 5, 2)
    assert events["tpa-in-force"].date == dt.date(2009, 2, 1)
    assert events["working-group-inaugural-meeting"].date == dt.date(2024, 4, 29)
    for event in statement.events:
        assert (event.basis == "derived") == bool(event.derivation.strip()), event.id
    assert [e.date for e in statement.events] == sorted(e.date for e in statement.events)


@pytest.mark.parametrize(
    ("ident", "fragment"),
    [
        ("peter-camino", "Camino"),
        ("economic-prosperity", "inclusive development"),
        ("security-and-defense", "security and defense"),
        ("air-interdiction-agreement", "aerial interception agreement"),
        ("critical-minerals", "Minerals Security Partnership"),
        ("regional-mechanisms", "Americas Partnership for Economic Prosperity"),
        ("civil-protection-working-group", "April 29"),
        ("cuzco-school-repatriation", "17th-century"),
        ("paragraph-22", "between Peru and the United States"),
    ],
)
def test_reference_corrections_are_editorial_notes(statement: Statement, ident: str, fragment: str) -> None:
    record = statement.by_id[ident]
    assert any(fragment in note.text for note in record.notes)
    assert all(note.source and note.confidence for note in record.notes)
    verbatim = record.text if isinstance(record, Paragraph) else getattr(record, "quote", "")
    assert fragment not in verbatim  # the correction is a note, never an edit of the quote


def test_quoted_misspellings_are_kept(statement: Statement) -> None:
    camino = statement.by_id["peter-camino"]
    assert "Cimino" in camino.quote  # type: ignore[union-attr]
    assert camino.name == "Peter Camino"  # type: ignore[union-attr]
    assert "17th The 19th Century" in statement.by_id["cuzco-school-repatriation"].quote  # type: ignore[union-attr]


def test_the_bundled_file_validates_cleanly() -> None:
    document, text = read_document(str(DATA))
    assert check_document(document, str(DATA), text) == []


def test_the_data_file_explains_its_schema_in_a_header() -> None:
    head = DATA.read_text(encoding="utf-8").split("schema_version =")[0]
    for table in ("[statement]", "[[people]]", "[[sessions]]", "[[achievements]]", "[[commitments]]"):
        assert table in head
    for table in ("[[events]]", "[[glossary]]", "[[paragraphs]]"):
        assert table in head
    assert tomllib.loads(DATA.read_text(encoding="utf-8"))["schema_version"] == 1
