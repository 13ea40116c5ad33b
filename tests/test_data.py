"""Layer 1: the bundled dataset is faithful to the source and internally consistent."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest

from usperu import Event, Item, Paragraph, Person, Session, Statement, check_document, read_document
from usperu._render import render_text
from usperu._schema import SCHEMA_VERSION

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
    assert len(quoted) == 2 + 5 + 14 + len(statement.commitments) + 7
    assert len(statement.commitments) == 10
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
        assert set(item.sessions) <= session_ids, item.id
    assert all(item.sessions for item in statement.achievements)
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
        ("aerial-interception-agreement", "aerial interception agreement"),
        ("critical-minerals", "Minerals Security Partnership"),
        ("regional-mechanisms", "Americas Partnership for Economic Prosperity"),
        ("citizen-security-working-group", "April 29"),
        ("citizen-security-working-group", "citizen security"),
        ("cuzco-school-repatriation", "17th century"),
        ("paragraph-3", "led an inaugural High-Level Dialogue"),
        ("diplomatic-relations-begin", "21 May 1827"),
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
    for table in ("[[events]]", "[[glossary]]", "[[paragraphs]]", "[[developments]]", "[[corrections]]"):
        assert table in head
    for rule in ("actors", "status", "sessions", "dates", "claims"):
        assert f"#   {rule} " in head, rule
    assert tomllib.loads(DATA.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION == 2


# --- the editorial layer -------------------------------------------------------------

# Editorial fields that state facts in our words: none may repeat a garble that a
# correction records (notes and derivations may quote it to explain it, and aliases
# keep it so that the copy's words still find the record).
STATING = ("title", "name", "role", "term", "expansion", "description", "summary", "official")


def test_no_editorial_field_repeats_a_corrected_garble(statement: Statement) -> None:
    assert statement.corrections
    for record in statement.records():
        for name in STATING:
            value = getattr(record, name, "")
            if not isinstance(value, str) or name not in record._fields:
                continue
            for correction in statement.corrections:
                assert correction.quoted.casefold() not in value.casefold(), (record.id, name, correction.id)
    for word in ("air interdiction", "civil protection"):  # the two garbles that reverse or blur a meaning
        titles = [r.title for r in statement.records()]
        assert not [t for t in titles if word in t.casefold()], word


def test_every_correction_is_verbatim_and_named_officially(statement: Statement, source_text: str) -> None:
    for correction in statement.corrections:
        assert correction.quoted in source_text, correction.id
        assert correction.official not in source_text or correction.official in correction.quoted, correction.id
        assert correction.source and correction.confidence


def test_one_confidence_per_claim(statement: Statement) -> None:
    claims: dict[str, set[str]] = {}
    for record in statement.records():
        for note in record.notes:
            if note.claim:
                claims.setdefault(note.claim, set()).add(note.confidence)
    shared = {claim for claim in claims if sum(n.claim == claim for r in statement.records() for n in r.notes) > 1}
    assert {"apec-host-reading", "working-group-origin", "cuzco-paintings-century"} <= shared
    assert {claim: levels for claim, levels in claims.items() if len(levels) > 1} == {}


def test_the_same_claim_with_two_confidences_is_a_problem() -> None:
    text = DATA.read_text(encoding="utf-8")
    marker = 'confidence = "medium", claim = "apec-host-reading"'
    assert text.count(marker) == 2
    broken = text.replace(marker, 'confidence = "high", claim = "apec-host-reading"', 1)
    document, raw = tomllib.loads(broken), broken
    problems = check_document(document, "x.toml", raw)
    assert [p.field for p in problems] == ["notes"] and "apec-host-reading" in problems[0].message


def test_every_development_is_sourced_dated_and_follows_up_the_statement(statement: Statement) -> None:
    followed = {i.id for i in statement.achievements + statement.commitments}
    assert len(statement.developments) >= 10
    for development in statement.developments:
        assert development.date <= dt.date.today() and development.date > statement.metadata.date, development.id
        assert development.sources and all(s.url.startswith(("https://", "http://")) for s in development.sources)
        assert all(s.date is None or s.date <= dt.date.today() for s in development.sources)
        assert development.refs and set(development.refs) <= followed, development.id
        assert development.summary.strip() and development.confidence


@pytest.mark.parametrize("field", ["date", "refs", "sources"])
def test_a_development_in_the_future_unsourced_or_off_the_statement_is_a_problem(field: str) -> None:
    document = tomllib.loads(DATA.read_text(encoding="utf-8"))
    development = document["developments"][0]
    changes = {
        "date": {"date": dt.date.today() + dt.timedelta(days=1)},
        "refs": {"refs": ["paragraph-3"]},
        "sources": {"sources": []},
    }
    development.update(changes[field])
    problems = check_document(document, "x.toml")
    assert [(p.record, p.field) for p in problems] == [(development["id"], field)]


def test_derived_dates_say_how(statement: Statement) -> None:
    for event in statement.events:
        garbled = any(c.quoted in event.quote for c in statement.corrections)
        if garbled or event.precision != "day":
            assert event.basis == "derived" and event.derivation, event.id
    assert {e.id for e in statement.events if e.basis == "derived"} >= {
        "apec-2024",
        "working-group-inaugural-meeting",
        "cuzco-school-paintings",
    }
