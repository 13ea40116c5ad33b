"""Layer 1b: the loader refuses broken data files with a precise DataError."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from usperu import DataError, bundled_path, check_document, load_statement, read_document

from .conftest import DATA

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

GOOD = DATA.read_text(encoding="utf-8")

# (case id, text to find, replacement, expected record, expected field, message fragment)
MUTATIONS = [
    ("missing-field", 'status = "joined"\n', "", "blue-dot-network", "status", "missing required field"),
    (
        "wrong-type",
        'number = 3\ntitle = "Peru',
        'number = "three"\ntitle = "Peru',
        "blue-dot-network",
        "number",
        "whole number",
    ),
    ("bad-status", 'status = "joined"', 'status = "done"', "blue-dot-network", "status", "must be one of"),
    (
        "bad-actor",
        'actors = "peru"\nstatus = "joined"',
        'actors = "chile"\nstatus = "joined"',
        "blue-dot-network",
        "actors",
        "must be one of",
    ),
    ("unknown-key", 'status = "joined"', 'status = "joined"\ncolour = "blue"', "blue-dot-network", "colour", "unknown"),
    (
        "duplicate-id",
        'id = "csii-memorandum"',
        'id = "aerial-interception-agreement"',
        "aerial-interception-agreement",
        "id",
        "duplicate",
    ),
    (
        "dangling-session",
        'sessions = ["economic-prosperity"]\ntopics = ["infrastructure"',
        'sessions = ["economy"]\ntopics = ["infrastructure"',
        "blue-dot-network",
        "sessions",
        "no session 'economy'",
    ),
    (
        "dangling-ref",
        'refs = ["cuzco-school-repatriation"]\nnotes = [',
        'refs = ["nowhere"]\nnotes = [',
        "cuzco-school-paintings",
        "refs",
        "no record 'nowhere'",
    ),
    (
        "quote-not-verbatim",
        'quote = "Peru became the first country',
        'quote = "Peru was the first country',
        "blue-dot-network",
        "quote",
        "not verbatim",
    ),
    (
        "dangling-concept-link",
        '{ record = "oecd", reason = "Glossary entry for the OECD',
        '{ record = "nowhere", reason = "Glossary entry for the OECD',
        "oecd-and-governance",
        "links",
        "no record 'nowhere'",
    ),
    (
        "concept-link-without-reason",
        '{ record = "oecd", reason = "Glossary entry for the OECD (Peru\'s roadmap adopted 10 June 2022)." }',
        '{ record = "oecd" }',
        "oecd-and-governance",
        "links",
        "record and reason",
    ),
    ("bad-date", "date = 2026-05-02", 'date = "May 2, 2026"', "bicentennial", "date", "TOML date"),
    ("bad-slug", 'id = "blue-dot-network"', 'id = "Blue Dot"', "Blue Dot", "id", "slug"),
    (
        "bad-note",
        'confidence = "medium-low", claim = "statement-url"',
        'confidence = "sure"',
        "statement",
        "notes",
        "note 3",
    ),
    ("number-gap", "number = 14\ntitle", "number = 15\ntitle", None, "achievements.number", "without gaps"),
    (
        "derived-without-how",
        'derivation = "The statement places',
        'derivation = "" #',
        "diplomatic-relations-begin",
        "derivation",
        "must say how",
    ),
]


def _write(tmp_path: Path, text: str | bytes, name: str = "statement.toml") -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("case", "find", "replace", "record", "field", "fragment"), MUTATIONS, ids=[m[0] for m in MUTATIONS]
)
def test_schema_problems_name_record_and_field(
    tmp_path: Path, case: str, find: str, replace: str, record: str | None, field: str, fragment: str
) -> None:
    assert GOOD.count(find) == 1, f"{case}: the mutation must hit exactly one place"
    path = _write(tmp_path, GOOD.replace(find, replace))
    before = Path(path).read_bytes()
    with pytest.raises(DataError) as caught:
        load_statement(path)
    error = caught.value
    assert (error.record, error.field) == (record, field), str(error)
    assert fragment in error.message
    assert str(error).startswith(path)
    assert Path(path).read_bytes() == before
    if record is not None:  # at the line of the field itself, or of the record's id if it is missing
        assert error.line is not None
        line = GOOD.replace(find, replace).splitlines()[error.line - 1]
        assert line.lstrip().startswith(f"{field} =") or ("missing" in error.message and f'"{record}"' in line)


@pytest.mark.parametrize(
    ("content", "fragment", "line"),
    [
        ("", "is empty", None),
        ("   \n\n", "is empty", None),
        ("schema_version = 2\n[statement\n", "invalid TOML", 2),
        ('a = "x"\na = "y"\n', "invalid TOML", 2),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not valid UTF-8", 1),
        (b"title = 'ok'\n\xff\xfe", "not valid UTF-8", 2),
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", "invalid TOML", None),
        ("schema_version = 2\n", "missing the [statement] table (the statement's title, date", None),
        ("schema_version = 1\n", "the file is in schema version 1; this usperu reads version 2", None),
        ('schema_version = 2\n[[statement]]\nid = "x"\n', "must be a [statement] table, not a list", None),
        (b"\xff\xfes\x00c\x00", "is UTF-16 text", 1),
    ],
    ids=[
        "empty",
        "blank",
        "syntax",
        "duplicate-key",
        "binary",
        "bad-utf8",
        "deep-nesting",
        "no-tables",
        "version",
        "wrong-shape",
        "utf-16",
    ],
)
def test_unreadable_files_are_data_errors(
    tmp_path: Path, content: str | bytes, fragment: str, line: int | None
) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(DataError) as caught:
        load_statement(path)
    assert fragment in str(caught.value)
    assert caught.value.line == line
    assert caught.value.path == path


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        load_statement(str(tmp_path / "absent.toml"))
    with pytest.raises(DataError, match="is a directory"):
        load_statement(str(tmp_path))


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = _write(tmp_path, b"# " + b"x" * (6 * 1024 * 1024))
    with pytest.raises(DataError, match="larger than 5 MB"):
        load_statement(path)


def test_every_problem_is_collected(tmp_path: Path) -> None:
    broken = GOOD.replace('status = "joined"', 'status = "done"').replace('actors = "us"', 'actors = "usa"', 1)
    document, text = read_document(_write(tmp_path, broken))
    problems = check_document(document, "x.toml", text)
    assert [(p.record, p.field) for p in problems] == [("blue-dot-network", "status"), ("disaster-response", "actors")]
    with pytest.raises(DataError, match=r"and 1 more; run 'usperu validate"):
        load_statement(_write(tmp_path, broken, "again.toml"))


def test_default_is_the_bundled_file() -> None:
    assert load_statement().path == bundled_path()
    assert Path(bundled_path()).read_bytes() == DATA.read_bytes()


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Notepad saves UTF-8 with a byte-order mark: the file is still the same data."""
    path = _write(tmp_path, b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert load_statement(path).achievements == load_statement().achievements
    assert read_document(path)[0] == read_document(str(DATA))[0]
    with pytest.raises(DataError, match="is empty"):
        load_statement(_write(tmp_path, b"\xef\xbb\xbf\n", "only-a-mark.toml"))


def _without(text: str, table: str) -> str:
    """Return the data file without one table's records (each `[[table]]` block)."""
    blocks = re.split(r"(?m)^(?=\[)", text)
    return "".join(b for b in blocks if not b.startswith((f"[[{table}]]", f"[{table}.", f"[[{table}.")))


@pytest.mark.parametrize("table", ["people", "sessions", "paragraphs", "corrections"])
def test_a_missing_table_is_named_in_words(tmp_path: Path, table: str) -> None:
    text = _without(GOOD, table)
    assert not re.search(rf"(?m)^\[\[{table}\]\]", text) and f"\n[[{table}]]" in GOOD
    problems = check_document(tomllib.loads(text), "x.toml", text)
    missing = [p for p in problems if p.field == table and p.record is None]
    assert [p.message for p in missing] == [
        f"missing the {table} table: add its records, each starting with a [[{table}]] line"
    ]


def test_a_missing_schema_version_says_what_to_add(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace("schema_version = 2\n", "", 1))
    with pytest.raises(DataError) as caught:
        load_statement(path)
    assert caught.value.field == "schema_version"
    assert "missing 'schema_version = 2' before the first table" in caught.value.message
    assert "None" not in str(caught.value)
