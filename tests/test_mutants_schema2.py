"""Checks of `usperu validate` that mutation testing of `_schema` (docs/mutation-mschema2.md)
found no fast test stating: each test breaks a parsed copy of data/statement.toml in one
way and states the problems `check_document` reports."""

from __future__ import annotations

import copy
import sys
from typing import Any, Literal

from usperu import _schema
from usperu._schema import check_document

from .conftest import DATA

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TEXT = DATA.read_text(encoding="utf-8")
GOOD: dict[str, Any] = tomllib.loads(DATA.read_text(encoding="utf-8"))


def _document() -> dict[str, Any]:
    return copy.deepcopy(GOOD)


def _problems(document: dict[str, Any]) -> list[tuple[str | None, str | None, str]]:
    return [(p.record, p.field, p.message) for p in check_document(document, "f.toml")]


def test_the_good_file_has_no_problem() -> None:
    assert _problems(_document()) == []


def test_a_choice_field_is_an_enum_in_the_json_schema() -> None:
    check = _schema._check_for(Literal["yes", "no"], False)
    assert _schema._json_type(check, "answer") == {"enum": ["yes", "no"]}


def _located(text: str) -> list[tuple[int | None, str | None, str | None, str]]:
    """Parse `text` and return each problem with the line it is at."""
    return [(p.line, p.record, p.field, p.message) for p in check_document(tomllib.loads(text), "f.toml", text)]


def _line_of(text: str, fragment: str) -> int:
    (number,) = [n for n, line in enumerate(text.split("\n"), start=1) if fragment in line]
    return number


def test_a_bad_statement_id_is_reported_at_the_statement_s_id_line() -> None:
    assert TEXT.count('\nid = "statement"\n') == 1
    text = TEXT.replace('\nid = "statement"\n', '\nid = "The-Statement"\n')
    slug = [p for p in _located(text) if p[1] == "The-Statement" and p[2] == "id"]
    assert slug == [(_line_of(text, 'id = "The-Statement"'), "The-Statement", "id", slug[0][3])]
    assert "lowercase slug" in slug[0][3]


def _first(document: dict[str, Any], table: str) -> dict[str, Any]:
    record: dict[str, Any] = document[table][0]
    return record


def test_a_development_without_refs_or_with_a_number_for_them_is_one_problem() -> None:
    document = _document()
    development = _first(document, "developments")
    del development["refs"]
    assert _problems(document) == [(development["id"], "refs", "missing required field")]
    development["refs"] = 5
    assert _problems(document) == [(development["id"], "refs", "must be a list of strings, not a number")]


def _note(confidence: str, claim: Any = None) -> dict[str, Any]:
    note = {"text": "A note.", "source": "reference.md", "confidence": confidence}
    return note if claim is None else {**note, "claim": claim}


def _disagreements(document: dict[str, Any]) -> list[tuple[str | None, str | None, str]]:
    return [p for p in _problems(document) if p[1] == "notes" and p[2].startswith("claim ")]


def test_a_claim_after_a_note_without_one_is_still_compared() -> None:
    document = _document()
    first, second = document["achievements"][:2]
    first["notes"] = [_note("high"), _note("high", "made-up-claim")]
    second["notes"] = [_note("low", "made-up-claim")]
    assert _problems(document) == [
        (second["id"], "notes", f"claim 'made-up-claim' is 'low' here but 'high' in {first['id']!r}")
    ]


def test_a_claim_that_is_not_a_string_is_compared_with_nothing() -> None:
    document = _document()
    first, second = document["achievements"][:2]
    first["notes"] = [_note("high", 5)]
    second["notes"] = [_note("low", 5)]
    assert _disagreements(document) == []
    assert [p[:2] for p in _problems(document)] == [(first["id"], "notes"), (second["id"], "notes")]


def test_a_concept_without_a_string_id_hides_no_later_concept_s_links() -> None:
    document = _document()
    first, second = document["concepts"][:2]
    first["id"] = 5
    second["links"][0]["record"] = "no-such-record"
    dangling = [p for p in _problems(document) if p[1] == "links"]
    assert dangling == [(second["id"], "links", "no record 'no-such-record'")]


def test_concept_links_that_are_no_list_or_no_tables_are_one_problem_each() -> None:
    for links in (5, ["a string"]):
        document = _document()
        concept = _first(document, "concepts")
        concept["links"] = links
        assert [p[:2] for p in _problems(document)] == [(concept["id"], "links")], links


def test_a_developments_checked_day_that_is_no_date_says_so() -> None:
    document = _document()
    document["developments_checked"] = "2024-01-01"
    assert [p[:2] for p in _problems(document)] == [(None, "developments_checked")]
    (message,) = [p[2] for p in _problems(document)]
    assert "TOML date" in message and "string" in message


def test_a_broken_concepts_table_hides_none_of_the_progress_problems() -> None:
    document = _document()
    document["concepts"] = 5
    rating = _first(document, "progress")
    rating["colour"] = "blue"
    assert (rating["record"], "colour", "unknown field") in _problems(document)
    assert (None, "concepts", "not an array of tables [[concepts]]") in _problems(document)


def test_a_concept_whose_id_is_no_string_is_named_by_its_place() -> None:
    document = _document()
    _first(document, "concepts")["id"] = 5
    assert [p[:2] for p in _problems(document)] == [("concepts[1]", "id")]
