"""Behaviour that mutation testing (docs/testing.md) found no fast test checking:
date arithmetic at its edges, how dates read for people, and which records a query
or card links. Each test states a rule a user relies on, not how the code does it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usperu import Statement
from usperu._cite import caution, cite, hint
from usperu._errors import InvalidArgumentError, UnknownIdError
from usperu._model import Correction, Event
from usperu._queries import (
    achievements,
    achievements_by_session,
    corrections_for,
    developments,
    find_record,
    mentioned_in,
    parse_day,
    period_end,
    relative_time,
    timeline,
)
from usperu._views import card_for, date_label, people_listing, record_dict, sessions_listing, since_listing

TODAY = dt.date(2026, 1, 15)


def event(statement: Statement, ident: str) -> Event:
    found = statement.by_id[ident]
    assert isinstance(found, Event)
    return found


# --- periods and ranges ----------------------------------------------------------


@pytest.mark.parametrize(
    ("precision", "day", "last"),
    [
        ("day", dt.date(2024, 5, 9), dt.date(2024, 5, 9)),
        ("month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("month", dt.date(2024, 11, 1), dt.date(2024, 11, 30)),
        ("month", dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
        ("year", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("century", dt.date(1600, 1, 1), dt.date(1699, 12, 31)),
    ],
)
def test_a_period_ends_on_its_last_day(statement: Statement, precision: Any, day: dt.date, last: dt.date) -> None:
    entry = event(statement, "apec-2024")._replace(date=day, precision=precision)
    assert period_end(entry) == last


def test_a_range_keeps_periods_that_touch_either_end(statement: Statement) -> None:
    def ids(start: dt.date | None, end: dt.date | None) -> list[str]:
        return [e.id for e in timeline(statement, start=start, end=end)]

    assert "cuzco-school-paintings" in ids(dt.date(1699, 12, 31), None)  # the century's last day
    assert "cuzco-school-paintings" not in ids(dt.date(1700, 1, 1), None)
    assert "apec-2024" in ids(dt.date(2024, 12, 31), None)
    assert "high-level-dialogue" in ids(None, dt.date(2024, 5, 9))  # `--to` is inclusive
    assert ids(dt.date(2024, 5, 9), dt.date(2024, 5, 9)) == ["apec-2024", "high-level-dialogue"]  # from == to


def test_developments_refuse_a_reversed_range(statement: Statement) -> None:
    with pytest.raises(InvalidArgumentError, match="is after"):
        developments(statement, start=dt.date(2026, 1, 1), end=dt.date(2025, 1, 1))
    assert developments(statement, start=dt.date(2024, 5, 30), end=dt.date(2024, 5, 30))


def test_parse_day_accepts_the_latest_day_itself() -> None:
    assert parse_day("2026-01-15", "--today", latest=TODAY) == TODAY
    with pytest.raises(InvalidArgumentError, match="in the future"):
        parse_day("2026-01-16", "--today", latest=TODAY)


# --- relative time -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "precision", "expected"),
    [
        (dt.date(2026, 1, 1), "month", "this month"),
        (dt.date(2025, 12, 1), "month", "1 month ago"),
        (dt.date(2025, 3, 1), "month", "10 months ago"),
        (dt.date(2024, 11, 1), "month", "1 year ago"),
        (dt.date(2026, 3, 1), "month", "in 2 months"),
        (dt.date(2026, 1, 1), "year", "this year"),
        (dt.date(2025, 1, 1), "year", "1 year ago"),
        (dt.date(2024, 1, 1), "year", "2 years ago"),
        (dt.date(2027, 1, 1), "year", "in 1 year"),
        (dt.date(1900, 1, 1), "century", "1 century ago"),
        (dt.date(1600, 1, 1), "century", "4 centuries ago"),
        (dt.date(2000, 1, 1), "century", "this century"),  # not "in 0 centuries"
        (dt.date(2026, 1, 14), "day", "1 day ago"),
        (dt.date(2026, 1, 16), "day", "in 1 day"),
    ],
)
def test_relative_time_reads_in_the_entry_s_own_unit(when: dt.date, precision: str, expected: str) -> None:
    assert relative_time(when, TODAY, precision) == expected


# --- queries -----------------------------------------------------------------------


def test_filters_accept_the_spellings_people_type(statement: Statement) -> None:
    by_hyphen = achievements(statement, topic="critical-minerals", include_commitments=True)
    assert by_hyphen
    assert achievements(statement, topic="critical minerals", include_commitments=True) == by_hyphen
    assert achievements(statement, topic="CRITICAL_MINERALS", include_commitments=True) == by_hyphen
    assert achievements(statement, status="under_discussion", include_commitments=True) == achievements(
        statement, status="under discussion", include_commitments=True
    )


@pytest.mark.parametrize(("option", "value"), [("status", "joinde"), ("topic", "spaec")])
def test_an_unknown_filter_value_names_the_filter(statement: Statement, option: str, value: str) -> None:
    with pytest.raises(InvalidArgumentError, match=f"^unknown {option} '{value}'; did you mean "):
        filters: dict[str, Any] = {option: value}
        achievements(statement, **filters)


def test_timeline_names_an_unknown_basis(statement: Statement) -> None:
    with pytest.raises(InvalidArgumentError, match="^unknown basis 'rumour'; choose from: stated, derived, later$"):
        timeline(statement, bases=["rumour"])


def test_suggestions_stay_short(statement: Statement) -> None:
    with pytest.raises(UnknownIdError) as ambiguous:
        find_record(statement, "c")  # many ids start with c
    assert len(ambiguous.value.suggestions) == 5
    with pytest.raises(UnknownIdError) as misspelt:
        find_record(statement, "correction-xyz")  # close to many corrections
    assert 1 <= len(misspelt.value.suggestions) <= 3
    with pytest.raises(UnknownIdError) as blank:
        find_record(statement, "  ")
    assert "ambiguous" not in str(blank.value)


def test_achievements_by_session_groups_only_the_given_items(statement: Statement) -> None:
    chosen = [statement.achievements[0]]
    groups = achievements_by_session(statement, chosen)
    assert [s.id for s, _ in groups] == [s.id for s in statement.sessions]
    assert sum(len(items) for _, items in groups) == len(chosen[0].sessions)


def test_corrections_apply_to_verbatim_text_but_not_to_corrections(statement: Statement) -> None:
    camino = statement.by_id["correction-camino"]
    assert isinstance(camino, Correction)
    holding = [p for p in statement.paragraphs if camino.quoted in p.text]
    assert holding and camino in corrections_for(statement, holding[0])
    assert corrections_for(statement, camino) == []


def test_glossary_entries_link_back_to_what_they_mention(statement: Statement) -> None:
    assert "msp" in [r.id for r in mentioned_in(statement, "critical-minerals")]


# --- how dates and listings read ---------------------------------------------------


@pytest.mark.parametrize(
    ("precision", "day", "label"),
    [
        ("day", dt.date(2024, 5, 9), "9 May 2024"),
        ("month", dt.date(2024, 11, 1), "November 2024"),
        ("year", dt.date(2024, 1, 1), "2024"),
        ("century", dt.date(1600, 1, 1), "17th century"),
        ("century", dt.date(1, 1, 1), "1st century"),
        ("century", dt.date(100, 1, 1), "2nd century"),
        ("century", dt.date(200, 1, 1), "3rd century"),
        ("century", dt.date(1000, 1, 1), "11th century"),
        ("century", dt.date(1100, 1, 1), "12th century"),
        ("century", dt.date(1200, 1, 1), "13th century"),
        ("century", dt.date(1900, 1, 1), "20th century"),
        ("century", dt.date(2000, 1, 1), "21st century"),
        ("century", dt.date(2100, 1, 1), "22nd century"),
        ("century", dt.date(2200, 1, 1), "23rd century"),
        ("century", dt.date(9900, 1, 1), "100th century"),
        ("century", dt.date(9800, 1, 1), "99th century"),
    ],
)
def test_date_labels_read_as_people_write_dates(statement: Statement, precision: Any, day: dt.date, label: str) -> None:
    assert date_label(event(statement, "apec-2024")._replace(date=day, precision=precision)) == label


def test_timeline_cells_use_each_entry_s_precision(statement: Statement) -> None:
    from usperu._views import timeline_listing

    listing = timeline_listing(timeline(statement), TODAY)
    cells = {row[-1]: row for row in listing.cells}
    assert cells["apec-2024"][0] == "2024\n(2 years ago)"
    assert cells["usaid-health-security-activity-peru"][0] == "November 2024\n(1 year ago)"
    assert cells["high-level-dialogue"][2] == "stated" and cells["artemis-accords-signed"][2] == "later"


def test_today_s_row_stands_after_today_s_events_and_at_the_range_s_ends(statement: Statement) -> None:
    from usperu._views import timeline_listing

    entries = timeline(statement)
    day = dt.date(2024, 5, 9)  # the Dialogue itself
    listing = timeline_listing(entries, day, start=day, end=day)
    assert listing.marker is not None
    assert [e.id for e in entries][listing.marker[0] - 1] == "high-level-dialogue"


def test_since_counts_the_other_sources(statement: Statement) -> None:
    cells = {row[-1]: row for row in since_listing(statement.developments).cells}
    one = next(d for d in statement.developments if len(d.sources) == 1)
    three = next(d for d in statement.developments if len(d.sources) == 3)
    assert cells[one.id][3] == one.sources[0].publisher
    assert cells[three.id][3] == f"{three.sources[0].publisher} (+2)"
    assert cells["critical-minerals-mou-2024"][2] == "critical-minerals, critical-minerals-mou-talks"


def test_sessions_tree_labels_commitments(statement: Statement) -> None:
    groups = achievements_by_session(statement, statement.achievements + statement.commitments)
    listing = sessions_listing(statement, groups)
    children = dict(listing.tree or ())
    fta = statement.by_id["fta-anniversary"]
    assert f"{fta.title} (commitment)" in children[f"2. {statement.by_id['economic-prosperity'].title}"]
    numbers = {row[-1]: row[2] for row in listing.cells}
    assert "-" in numbers["economic-prosperity"].split(", ")
    assert record_dict(statement.sessions[0], statement)["mapping"] == "editorial"


def test_people_have_a_spelling_note_only_when_misspelt(statement: Statement) -> None:
    notes = {row[-1]: row[3] for row in people_listing(statement.people).cells}
    assert notes == {"kurt-campbell": "", "peter-camino": "spelled 'Peter Cimino' in our copy"}


def test_cards_show_names_not_codes(statement: Statement) -> None:
    item = statement.achievements[2]
    fields = dict(card_for(item, statement).fields)
    assert fields["Kind"] == "achievement" and fields["ID"] == item.id
    assert "Peru" in fields["Actors"] and item.actors not in ("", fields["Actors"])
    session = statement.by_id[item.sessions[0]]
    assert fields["Sessions"] == f"{session.title} ({session.id})"
    hld = dict(card_for(statement.by_id["high-level-dialogue"], statement).fields)
    assert hld["Date"] == "9 May 2024 (2024-05-09)"
    assert "" not in [value for _, value in card_for(statement.by_id["kurt-campbell"], statement).fields]


# --- citations ---------------------------------------------------------------------


def test_the_bibtex_and_csl_hints_give_the_record_s_paragraph(statement: Statement) -> None:
    item = statement.achievements[2]
    number = next(p.number for p in statement.paragraphs if p.id == item.paragraph)
    assert hint(statement, item, "bibtex") == (
        f"the entry is the same for every record; cite this one as \\cite[para.~{number}]{{usdos2024usperu}}"
    )
    assert hint(statement, item, "csl-json") == (
        f"the item is the same for every record; in pandoc cite [@usdos2024usperu, para. {number}]; "
        f'as a CSL citation {{ "id": "usdos2024usperu", "locator": "{number}", "label": "paragraph"}}'
    )
    assert hint(statement, item, "plain") is None
    assert hint(statement, None, "bibtex") is None


def test_caution_names_garbled_words_and_derived_dates(statement: Statement) -> None:
    assert caution(statement, None) is None
    assert caution(statement, statement.by_id["high-level-dialogue"]) is None  # stated
    derived = caution(statement, statement.by_id["tpa-in-force"])
    assert derived is not None and derived.startswith("caution: the date 2009-02-01 is derived, not stated: ")


def test_every_text_style_cites_the_record_s_paragraph(statement: Statement) -> None:
    item = statement.achievements[2]
    number = next(p.number for p in statement.paragraphs if p.id == item.paragraph)
    day = dt.date(2026, 1, 15)
    chicago = cite(statement, item, "chicago", day)
    assert chicago.endswith(f"para. {number} (key achievement 3).\n")
    assert cite(statement, None, "chicago", day).count("\n") == 1  # no note for the whole statement
    plain = cite(statement, None, "plain", day)
    assert "Released by the " + " and the ".join(statement.metadata.issuers) in plain
    moved = cite(statement, None, "plain", day, url="https://example.org/x")
    assert "https://example.org/x" in moved
    with pytest.raises(InvalidArgumentError, match="choose from: plain, apa, chicago, mla, bibtex, csl-json"):
        cite(statement, None, "harvard", day)


# --- rendering ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "unicode"),
    [("utf-8", True), ("UTF_16", True), ("utf8", True), ("ascii", False), ("cp1252", False), (None, False)],
)
def test_stdout_is_unicode_by_its_encoding(
    monkeypatch: pytest.MonkeyPatch, encoding: str | None, unicode: bool
) -> None:
    import io
    import sys

    from usperu._render import stdout_is_unicode

    # io.StringIO has no encoding at all: assume the worst
    stream: io.TextIOBase = io.TextIOWrapper(io.BytesIO(), encoding=encoding) if encoding else io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    assert stdout_is_unicode() is unicode


@pytest.mark.parametrize(
    ("columns", "width"), [("80", 80), ("1", 1), ("0", None), ("-5", None), ("x", None), ("", None)]
)
def test_terminal_width_follows_columns(monkeypatch: pytest.MonkeyPatch, columns: str, width: int | None) -> None:
    import io
    import sys

    from usperu._render import terminal_width

    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(sys, "stdout", io.StringIO())  # not a terminal
    assert terminal_width() == width


def test_json_keeps_unicode_unless_asked(statement: Statement) -> None:
    from usperu._render import render
    from usperu._views import paragraphs_listing

    listing = paragraphs_listing(statement.paragraphs)
    text = render(listing, "json")
    assert not text.isascii()  # the statement has curly quotes and accents
    assert render(listing, "json", ascii_only=True).isascii()


def test_a_narrow_card_is_stacked_and_wrapped(statement: Statement) -> None:
    from usperu._render import render

    card = card_for(statement.by_id["high-level-dialogue"], statement)
    lines = render(card, "table", width=40).splitlines()
    assert max(len(line) for line in lines) <= 40
    assert card.heading.startswith(lines[0])
    assert "Kind: event" in lines and "ID: high-level-dialogue" in lines
    assert any(line.startswith("“") for line in lines)
    noted = next(r for r in statement.records() if getattr(r, "notes", ()) and not isinstance(r, Correction))
    stacked = render(card_for(noted, statement), "table", width=50)
    assert "Note: " in stacked


@pytest.mark.parametrize(
    ("accessed", "written"),
    [
        (dt.date(2025, 5, 1), "1 May 2025"),
        (dt.date(2025, 6, 2), "2 June 2025"),
        (dt.date(2025, 7, 3), "3 July 2025"),
        (dt.date(2025, 9, 4), "4 Sept. 2025"),
        (dt.date(2025, 11, 5), "5 Nov. 2025"),
        (dt.date(2025, 1, 6), "6 Jan. 2025"),
    ],
)
def test_mla_abbreviates_months_longer_than_four_letters(statement: Statement, accessed: dt.date, written: str) -> None:
    mla = cite(statement, None, "mla", accessed, url="http://example.org/a")
    assert mla.endswith(f"Accessed {written}.\n")
    assert " example.org/a. " in mla  # MLA drops the scheme, http or https
    assert " example.org/b. " in cite(statement, None, "mla", accessed, url="https://example.org/b")


def test_bibtex_keeps_a_url_verbatim_and_the_month_a_macro(statement: Statement) -> None:
    url = "https://example.org/a_b%20c#d"
    bibtex = cite(statement, None, "bibtex", TODAY, url=url)
    assert f"  url = {{{url}}}," in bibtex.splitlines()
    assert "  month = may," in bibtex.splitlines()
    assert any(line.startswith("  howpublished = {Media note, ") for line in bibtex.splitlines())


def test_csl_json_is_a_webpage_and_plain_text_one_line(statement: Statement) -> None:
    import json

    (item,) = json.loads(cite(statement, None, "csl-json", TODAY))
    assert item["type"] == "webpage"
    text = cite(statement, None, "plain", TODAY)
    assert text.count("\n") == 1 and not text.startswith("\n")  # one line, ending in a newline


# --- the schema: derived from the records, once, at import ------------------------------
# `_spec` and `_check_for` run when `_schema` is imported, before mutmut switches a mutant
# on, so they are called here again.


def test_each_table_is_checked_field_by_field_as_its_record_declares() -> None:
    from usperu._model import FIELDS, TABLES, Concept
    from usperu._schema import _NOT_IN_FILE, _spec

    for table, record in [*TABLES.items(), ("concepts", Concept)]:
        spec = _spec(table)
        assert list(spec) == [f for f in record._fields if f not in _NOT_IN_FILE.get(table, ())], table
        for name, rule in spec.items():
            assert rule.required == (name not in record._field_defaults), (table, name)
            if FIELDS[name].blank:
                assert rule.check("") is None, (table, name)
    assert "number" in _spec("achievements") and "number" not in _spec("commitments")
    assert "kind" not in _spec("achievements")


def test_each_type_of_field_has_its_own_check() -> None:
    from typing import Literal

    from usperu import _schema as s
    from usperu._model import ConceptLink, Note, Source

    expected = {
        str: s._text,
        int: s._number,
        int | None: s._number,
        dt.date: s._date,
        tuple[Note, ...]: s._notes,
        tuple[str, ...]: s._texts,
        tuple[Source, ...]: s._sources,
        tuple[ConceptLink, ...]: s._links,
    }
    for annotation, check in expected.items():
        assert s._check_for(annotation, False) is check, annotation
    assert s._check_for(str, True) is s._any_text
    choice = s._check_for(Literal["a", "b"], False)
    assert (choice("a"), choice("b")) == (None, None)
    assert choice("c") == "must be one of 'a', 'b', not 'c'"
    with pytest.raises(TypeError, match="no check for fields of type"):
        s._check_for(float, False)
