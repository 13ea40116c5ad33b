"""Citation locators: what each record is called and which paragraph it stands in.

The expected paragraph numbers are worked out here from the source text and the data
file read as plain TOML (each quote is found in the source), not through the loader,
so a locator that picks the wrong paragraph or the wrong label fails.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

from usperu import Statement
from usperu._cite import Locator, locator_for

from .conftest import DATA, SOURCE, Invoke

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DOCUMENT: dict[str, Any] = tomllib.loads(DATA.read_text(encoding="utf-8"))
PLACED = ("people", "sessions", "achievements", "commitments", "events")  # records with a quote
EVERY_ID = [DOCUMENT["statement"]["id"]] + [
    record["id"]
    for name, table in DOCUMENT.items()
    if isinstance(table, list)
    and name not in ("developments", "concepts", "progress")  # not in the statement; not records
    for record in table
]


def source_paragraphs() -> list[str]:
    """Return the blocks of the source text, numbered from 1: a blank line ends a block,
    and each bullet ('  • ') is a block of its own."""
    blocks: list[str] = []
    for block in SOURCE.read_text(encoding="utf-8").rstrip("\n").split("\n\n"):
        if block.startswith("  • "):
            blocks += [line.removeprefix("  • ") for line in block.split("\n")]
        else:
            blocks.append(block)
    return blocks


PARAGRAPHS = source_paragraphs()


def paragraph_of(quote: str) -> int:
    """Return the number of the one source paragraph that contains the quote."""
    found = [number for number, text in enumerate(PARAGRAPHS, start=1) if quote in text]
    assert len(found) == 1, (quote, found)
    return found[0]


def expected_locator(ident: str) -> Locator | None:
    """Return the locator for a record, worked out from the source and the raw data."""
    if ident == DOCUMENT["statement"]["id"]:
        return None
    for table in PLACED:
        for record in DOCUMENT[table]:
            if record["id"] != ident:
                continue
            where = paragraph_of(record["quote"])
            if table == "achievements":
                return Locator(f"key achievement {record['number']}", where)
            label = {
                "people": "participant",
                "sessions": "breakout session",
                "commitments": "commitment",
                "events": "date",
            }[table]
            return Locator(f"{label}: {record['name'] if table == 'people' else record['title']}", where)
    for entry in DOCUMENT["glossary"]:
        if entry["id"] == ident:
            quotes = [r["quote"] for t in PLACED for r in DOCUMENT[t] if r["id"] in entry["mentions"]]
            first = min((paragraph_of(q) for q in quotes), default=None)  # where the term first appears
            return Locator(entry["term"], first)
    for correction in DOCUMENT["corrections"]:
        if correction["id"] == ident:  # where our copy's garbled words first stand
            first = min(n for n, text in enumerate(PARAGRAPHS, start=1) if correction["quoted"] in text)
            return Locator(f"correction: {correction['official']}", first)
    (paragraph,) = [p for p in DOCUMENT["paragraphs"] if p["id"] == ident]
    assert PARAGRAPHS[paragraph["number"] - 1] == paragraph["text"]
    return Locator("", paragraph["number"])  # the number says it all: never "paragraph 9, paragraph 9"


def test_the_source_has_the_data_file_s_paragraphs() -> None:
    assert len(PARAGRAPHS) == len(DOCUMENT["paragraphs"]) == 23


@pytest.mark.parametrize("ident", EVERY_ID)
def test_every_record_has_its_locator(statement: Statement, ident: str) -> None:
    record = statement.by_id[ident]
    assert locator_for(statement, record) == expected_locator(ident)


def test_locators_cover_every_kind_with_known_values(statement: Statement) -> None:
    """A few locators written out by hand, one or more of each kind."""
    known = {
        "statement": None,
        "kurt-campbell": Locator("participant: Kurt Campbell", 3),
        "peter-camino": Locator("participant: Peter Camino", 3),
        "economic-prosperity": Locator("breakout session: Economic prosperity and inclusive development", 4),
        "blue-dot-network": Locator("key achievement 3", 8),
        "artemis-accords": Locator("key achievement 12", 17),
        "oecd-accession": Locator("commitment: Peru's progress toward OECD membership recognized", 20),
        "high-level-dialogue": Locator("date: First U.S.-Peru High-Level Dialogue, Washington, DC", 3),
        "paragraph-22": Locator("", 22),
        # mentioned in key achievements 1 (paragraph 6) and 2 (paragraph 7): the first
        "aerial-interception": Locator("Aerial interception agreement", 6),
        "correction-camino": Locator("correction: Peter Camino", 3),
        "state-department": Locator("State Department", 13),  # the statement itself has no paragraph
    }
    for ident, locator in known.items():
        assert locator_for(statement, statement.by_id[ident]) == locator, ident
    assert locator_for(statement, None) is None
    assert {statement.by_id[i].kind for i in known} == {
        "statement",
        "person",
        "session",
        "achievement",
        "commitment",
        "event",
        "paragraph",
        "glossary",
        "correction",
    }


def test_a_development_has_no_locator_in_the_statement(statement: Statement) -> None:
    from usperu import InvalidArgumentError

    for development in statement.developments:
        with pytest.raises(InvalidArgumentError, match="not in it"):
            locator_for(statement, development)


@pytest.mark.parametrize("ident", EVERY_ID)
def test_plain_citation_names_the_locator(invoke: Invoke, ident: str) -> None:
    result = invoke("cite", ident, "--style", "plain", "--accessed", "2026-01-15", env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.output
    where = expected_locator(ident)
    if where is None:
        assert result.stdout.endswith(f"{DOCUMENT['statement']['url']}. Accessed 15 January 2026.\n")
        return
    parts = [part for part in (where.description, where.paragraph and f"paragraph {where.paragraph}") if part]
    located = ", ".join(str(part) for part in parts)
    assert result.stdout.endswith(f" {located[:1].upper()}{located[1:]}. Accessed 15 January 2026.\n")
