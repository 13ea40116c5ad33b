"""Tests for the survivors of mutation testing of `_cite` and `_queries` (issue #16 item 5):
the plain citation word for word, the unchecked-URL line and when it is said, and the
query functions' edges. Each expected value is written out here, not taken from the code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from usperu import _i18n
from usperu._cite import caution, cite, unchecked_url
from usperu._errors import InvalidArgumentError
from usperu._loader import load_statement
from usperu._model import Correction, Event, Note, Statement
from usperu._queries import corrections_for
from usperu._vocabulary import Confidence

TITLE = "Joint Statement on U.S.-Peru High-Level Dialogue"
STATE_URL = "https://www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/"
PLAIN = (
    f"U.S. Department of State. “{TITLE}.” Media note, Office of the Spokesperson, 9 May 2024."
    " Released by the Government of the United States of America and the Government of the Republic of Peru."
    f" {STATE_URL}."
)


@pytest.fixture
def fresh() -> Statement:
    """The statement loaded in this test, so that no cache built before a mutant answers for it."""
    return load_statement()


@pytest.fixture
def spanish() -> Iterator[None]:
    """The interface in Spanish for one test, and English again after it."""
    _i18n.set_language("es")
    yield None
    _i18n.set_language("en")


def _with_url_note(statement: Statement, confidence: Confidence) -> Statement:
    """The statement with its note on the URL ('statement-url') rated `confidence`."""
    notes = tuple(
        n._replace(confidence=confidence) if n.claim == "statement-url" else n for n in statement.metadata.notes
    )
    return statement._replace(metadata=statement.metadata._replace(notes=notes))


# --- _cite: the plain style -----------------------------------------------------------------


def test_plain_citation_of_the_statement_word_for_word(fresh: Statement) -> None:
    assert cite(fresh, None, "plain") == PLAIN + "\n"


def test_plain_citation_of_a_record_with_the_day_it_was_opened(fresh: Statement) -> None:
    got = cite(fresh, fresh.by_id["blue-dot-network"], "plain", dt.date(2026, 1, 15))
    assert got == f"{PLAIN} Key achievement 3, paragraph 8. Accessed 15 January 2026.\n"


def test_plain_citation_of_a_paragraph_names_only_its_number(fresh: Statement) -> None:
    assert cite(fresh, fresh.by_id["paragraph-8"], "plain") == f"{PLAIN} Paragraph 8.\n"


def test_plain_citation_in_spanish_names_the_office_in_spanish(fresh: Statement, spanish: None) -> None:
    got = cite(fresh, None, "plain")
    assert ", Oficina del Portavoz, 9 de mayo de 2024." in got
    assert "Office of the Spokesperson" not in got


# --- _cite: the line that says the bundled URL was not checked --------------------------------


def test_the_unchecked_url_line_in_full(fresh: Statement) -> None:
    rating = next(n.confidence for n in fresh.metadata.notes if n.claim == "statement-url")
    assert rating != "high"  # the bundled data's rating of its own URL
    assert unchecked_url(fresh) == (
        "The URL is inferred from the State Department's address pattern and was not checked"
        f" (confidence {rating}): open it, then cite with --url ADDRESS --accessed YYYY-MM-DD."
    )


def test_a_url_rated_high_is_not_said_to_be_unchecked(fresh: Statement) -> None:
    assert unchecked_url(_with_url_note(fresh, "high")) is None
    low = unchecked_url(_with_url_note(fresh, "low"))
    assert low is not None
    assert "(confidence low)" in low


def test_a_url_with_no_note_on_it_is_not_said_to_be_unchecked(fresh: Statement) -> None:
    notes = tuple(n for n in fresh.metadata.notes if n.claim != "statement-url")
    bare = fresh._replace(metadata=fresh.metadata._replace(notes=notes))
    assert unchecked_url(bare) is None
    added = Note(text="Checked.", source="us", confidence="high", claim="statement-url")
    assert unchecked_url(bare._replace(metadata=bare.metadata._replace(notes=(added,)))) is None


def test_the_unchecked_url_line_is_not_said_with_a_url_or_a_day(fresh: Statement) -> None:
    assert unchecked_url(fresh, url="https://example.org/x") is None
    assert unchecked_url(fresh, accessed=dt.date(2026, 1, 15)) is None


# --- _cite: an unknown style, and the caution line ------------------------------------------


def test_an_unknown_style_is_named_with_the_choices(fresh: Statement) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        cite(fresh, None, "harvard")
    choices = "plain, apa, chicago, mla, bibtex, csl-json"
    assert str(raised.value) == f"unknown citation style 'harvard'; choose from: {choices}"


def test_a_derived_date_alone_is_cautioned_with_its_derivation(fresh: Statement) -> None:
    event = fresh.by_id["diplomatic-relations-begin"]
    assert isinstance(event, Event)
    assert event.basis == "derived"
    assert caution(fresh, event) == f"caution: the date 1826-05-02 is derived, not stated: {event.derivation}"


def test_a_reading_and_a_derived_date_are_both_cautioned(fresh: Statement) -> None:
    """apec-2024: our copy's words are garbled (the official wording is our reading) and its
    date is derived: both warnings, joined by a semicolon."""
    event = fresh.by_id["apec-2024"]
    assert isinstance(event, Event)
    [fix] = [c for c in fresh.corrections if c.quoted in event.quote]
    assert isinstance(fix, Correction)
    assert caution(fresh, event) == (
        f"caution: our copy garbles “{fix.quoted}”; our reading, not the official wording: “{fix.official}”;"
        f" the date 2024-01-01 is derived, not stated: {event.derivation}"
    )


def test_a_record_with_nothing_to_caution_has_no_caution(fresh: Statement) -> None:
    assert caution(fresh, None) is None
    assert caution(fresh, fresh.by_id["artemis-accords"]) is None


def test_a_development_is_refused_by_its_id_with_where_to_look(fresh: Statement) -> None:
    development = fresh.by_id["artemis-accords-signed"]
    with pytest.raises(InvalidArgumentError) as raised:
        cite(fresh, development, "plain")
    assert str(raised.value) == (
        "'artemis-accords-signed' happened after the statement and is not in it;"
        " cite its sources (usperu show artemis-accords-signed)"
    )


@pytest.mark.parametrize("url", ["https://example.org/REPORTX", "https://example.org/x "])
def test_apa_ends_in_the_address_given_character_for_character(fresh: Statement, url: str) -> None:
    """APA puts no full stop after the URL: the entry ends in the address as the user typed it."""
    assert cite(fresh, None, "apa", url=url).endswith(f"Office of the Spokesperson. {url}\n")


# --- _queries -----------------------------------------------------------------------------


@pytest.mark.parametrize("ident", ["statement", "csii", "artemis-accords-signed", "correction-camino"])
def test_a_record_with_no_verbatim_text_has_no_corrections_whatever_they_quote(fresh: Statement, ident: str) -> None:
    """The statement, a glossary entry, a development and a correction quote nothing, so no
    correction covers them, not even one whose garbled words look like a placeholder."""
    odd = [fresh.corrections[0]._replace(quoted=word) for word in ("XXXX", "None", "X")]
    statement = fresh._replace(corrections=(*fresh.corrections, *odd))
    assert corrections_for(statement, statement.by_id[ident]) == []


def test_a_quote_gets_the_corrections_whose_words_it_holds(fresh: Statement) -> None:
    person = fresh.by_id["peter-camino"]
    found = [c.quoted for c in corrections_for(fresh, person)]
    assert found == ["Peter Cimino", "Deputy Minister of Foreign Affairs"]
