"""Property-based tests: arbitrary input gives a clean result or a clean UsperuError."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from usperu import DataError, Statement, check_document, load_statement
from usperu._loader import read_document

from .conftest import DATA, Invoke

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

GOOD_DOCUMENT = tomllib.loads(DATA.read_text(encoding="utf-8"))
TABLES = [k for k, v in GOOD_DOCUMENT.items() if isinstance(v, list)]

# Values a TOML file can hold, to put where they do not belong.
SCALARS = st.one_of(
    st.text(max_size=20),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=dt.date(1, 1, 1)),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def broken_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Return the good document with one to three fields replaced, removed or added."""
    document: dict[str, Any] = tomllib.loads(tomli_w.dumps(GOOD_DOCUMENT))  # a deep copy
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from(["statement", "schema_version", *TABLES]))
        if table == "schema_version":
            document["schema_version"] = draw(VALUES)
            continue
        record = document[table] if table == "statement" else draw(st.sampled_from(document[table]))
        key = draw(st.sampled_from(sorted(record)) | st.text(min_size=1, max_size=8))
        action = draw(st.sampled_from(["replace", "remove", "duplicate-id"]))
        if action == "remove":
            record.pop(key, None)
        elif action == "duplicate-id" and table != "statement":
            # an earlier step may have removed some record's id: copy one that is still there
            with_ids = [other for other in document[table] if "id" in other]
            if with_ids:
                record["id"] = draw(st.sampled_from(with_ids))["id"]
        else:
            record[key] = draw(VALUES)
    return document


@given(broken_documents())
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_wrong_documents_give_data_errors_never_exceptions(document: dict[str, Any]) -> None:
    problems = check_document(document, "x.toml")
    assert all(isinstance(p, DataError) and p.message for p in problems)


@given(st.dictionaries(st.text(max_size=10), VALUES, max_size=6))
@settings(max_examples=150, deadline=None)
def test_any_document_shape_is_checked_without_exceptions(document: dict[str, Any]) -> None:
    problems = check_document(document, "x.toml")
    assert problems  # nothing random is a valid statement
    assert all(isinstance(p, DataError) for p in problems)


@given(broken_documents())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_command_survives_a_wrong_file(tmp_path: Path, invoke: Invoke, document: dict[str, Any]) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    before = path.read_bytes()
    try:
        load_statement(str(path))
        valid = True
    except DataError:
        valid = False
    for args in (["achievements", "-f", "json"], ["timeline"], ["show", "3"], ["search", "peru"], ["text"]):
        result = invoke("--data", str(path), *args)
        assert result.exit_code in ((0, 1, 2) if valid else (2,)), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        if not valid:
            assert result.stderr.startswith(f"usperu: {path}") and result.stderr.count("\n") == 1
    assert path.read_bytes() == before


@given(st.text(max_size=60))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_argument_to_any_command_is_handled(invoke: Invoke, text: str) -> None:
    for args in (
        ["show", text],
        ["search", text],
        ["achievements", "--actor", text],
        ["achievements", "--session", text],
        ["achievements", "--status", text],
        ["achievements", "--topic", text],
        ["timeline", "--from", text],
        ["search", "peru", "--kind", text],
    ):
        result = invoke(*args)
        assert result.exit_code in (0, 1, 2), (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
        if result.exit_code:
            assert result.stderr.startswith("usperu: ") and result.stderr.count("\n") == 1, result.stderr
            assert "\x1b" not in result.stderr


def test_toml_files_round_trip_through_the_loader(tmp_path: Path, statement: Statement) -> None:
    path = tmp_path / "copy.toml"
    path.write_text(tomli_w.dumps(GOOD_DOCUMENT), encoding="utf-8")
    assert read_document(str(path))[0] == GOOD_DOCUMENT
    copy = load_statement(str(path))
    assert copy.records() == statement.records()


# --- bugs -------------------------------------------------------------------------------


def test_an_internal_error_is_one_line_with_a_debug_hint(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    import usperu._views

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(usperu._views, "achievements_listing", broken)
    result = invoke("achievements")
    assert result.exit_code == 70
    assert result.stderr == (
        "usperu: internal error (RuntimeError: boom); this is a bug, please report it."
        " Rerun with USPERU_DEBUG=1 to see the traceback\n"
    )
    debug = invoke("achievements", env={"USPERU_DEBUG": "1"})
    assert isinstance(debug.exception, RuntimeError)
