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
