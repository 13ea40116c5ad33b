"""Every check `usperu validate` makes, each fed a copy of data/statement.toml broken in
exactly that one way: the check, and only it, is reported at its line, record and field,
in text and in `-f json`, with exit code 2 (issue #16)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, get_args

import pytest
import tomli_w

from usperu._errors import DataError
from usperu._vocabulary import Status

from .conftest import DATA, Invoke

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

GOOD = DATA.read_text(encoding="utf-8")


class Break(NamedTuple):
    """One way to break the file: replace `find` (which occurs once) with `replace`."""

    find: str
    replace: str
    record: str | None
    field: str | None
    message: str
    at: str | None = None
    """A fragment of the broken text on the line of the problem; by default the last line
    up to the end of the replacement that sets `field` (for a missing field: the record's
    id line). None with `record` None means the problem has no line (a file-wide check)."""


def _between(start: str, end: str) -> str:
    """Return the one stretch of GOOD from `start` up to and including `end`."""
    first = GOOD.index(start)
    return GOOD[first : GOOD.index(end, first + len(start)) + len(end)]


NASA_SOURCES = _between("sources = [\n  # URL follows NASA", "date = 2024-06-01 },\n]")
NOTE_CAMINO = 'source = "reference.md", confidence = "high", claim = "camino-name"'
TPA_NOTE = (
    '"Signed on 12 April 2006; in force since 1 February 2009.", source = "reference.md: USTR (archived)", '
    'confidence = "high"'
)
DRUGS_LINK = '{ record = "aerial-interception-agreement", reason = "The aerial interception agreement is a'
CSII = 'term = "CSII"'

BREAKS: dict[str, Break] = {
    # --- each record's fields: unknown, missing, and each kind of value -------------
    "unknown-field": Break(
        'status = "joined"', 'status = "joined"\ncolour = "blue"', "blue-dot-network", "colour", "unknown field"
    ),
    "missing-field": Break(
        'status = "joined"\n', "", "blue-dot-network", "status", "missing required field", 'id = "blue-dot-network"'
    ),
    "missing-statement-field": Break(
        _between('summary = "The first U.S.-Peru High-Level Dialogue:', 'culture."\n'),
        "",
        "statement",
        "summary",
        "missing required field",
        'id = "statement"',
    ),
    "paragraph-without-text": Break(
        _between('id = "paragraph-3"\nnumber = 3\nblock = "paragraph"\n', "\n"),
        'id = "paragraph-3"\nnumber = 3\nblock = "paragraph"\n',
        "paragraph-3",
        "text",
        "missing required field",
        'id = "paragraph-3"',
    ),
    "text-not-a-string": Break(CSII, "term = 5", "csii", "term", "must be a string, not a number"),
    "text-empty": Break(CSII, 'term = " "', "csii", "term", "must not be empty"),
    "text-a-table": Break(CSII, "term = { a = 1 }", "csii", "term", "must be a string, not a table"),
    "text-a-date": Break(CSII, "term = 2024-05-09", "csii", "term", "must be a string, not a date"),
    "text-a-time": Break(CSII, "term = 10:00:00", "csii", "term", "must be a string, not time"),
    "text-a-list": Break(CSII, 'term = ["CSII"]', "csii", "term", "must be a string, not a list"),
    "blank-text-not-a-string": Break(
        'derivation = "The statement places',
        "derivation = 7 #",
        "diplomatic-relations-begin",
        "derivation",
        "must be a string, not a number",
    ),
    "number-not-whole": Break(
        'number = 3\ntitle = "Peru',
        'number = 3.0\ntitle = "Peru',
        "blue-dot-network",
        "number",
        "must be a whole number, not a number",
    ),
    "number-a-boolean": Break(
        'number = 3\ntitle = "Peru',
        'number = true\ntitle = "Peru',
        "blue-dot-network",
        "number",
        "must be a whole number, not a boolean",
    ),
    "number-below-one": Break(
        'number = 3\ntitle = "Peru', 'number = 0\ntitle = "Peru', "blue-dot-network", "number", "must be 1 or more"
    ),
    "date-a-string": Break(
        "date = 2026-05-02",
        'date = "2026-05-02"',
        "bicentennial",
        "date",
        "must be a TOML date such as 2024-05-09, not a string",
    ),
    "date-with-time": Break(
        "date = 2026-05-02", "date = 2026-05-02T10:00:00", "bicentennial", "date", "must be a TOML date"
    ),
    "texts-not-a-list": Break(
        'mentions = ["csii-memorandum"]',
        'mentions = "csii-memorandum"',
        "csii",
        "mentions",
        "must be a list of strings, not a string",
    ),
    "texts-hold-a-number": Break(
        'mentions = ["csii-memorandum"]',
        'mentions = ["csii-memorandum", 3]',
        "csii",
        "mentions",
        "must hold only non-empty strings, not a number",
    ),
    "texts-hold-a-blank": Break(
        'mentions = ["csii-memorandum"]',
        'mentions = ["csii-memorandum", " "]',
        "csii",
        "mentions",
        "must hold only non-empty strings",
    ),
    "choice": Break(
        'status = "joined"', 'status = "done"', "blue-dot-network", "status", "must be one of 'in force', 'signed'"
    ),
    "choice-not-a-string": Break(
        'country = "Peru"', "country = 1", "peter-camino", "country", "must be one of 'United States', 'Peru', not 1"
    ),
    # --- notes ----------------------------------------------------------------------------
    "notes-not-a-list": Break(
        'aliases_es = ["Secretario de Estado Adjunto", "subsecretario de Estado"]\nnotes = []',
        'aliases_es = ["Secretario de Estado Adjunto", "subsecretario de Estado"]\nnotes = "none"',
        "kurt-campbell",
        "notes",
        "must be a list of {text, source, confidence, claim} tables, not a string",
    ),
    "note-not-a-table": Break(
        'aliases_es = ["Secretario de Estado Adjunto", "subsecretario de Estado"]\nnotes = []',
        'aliases_es = ["Secretario de Estado Adjunto", "subsecretario de Estado"]\nnotes = ["x"]',
        "kurt-campbell",
        "notes",
        "note 1 must have the keys text, source, confidence, claim (the last optional)",
    ),
    "note-without-source": Break(
        NOTE_CAMINO,
        'confidence = "high", claim = "camino-name"',
        "peter-camino",
        "notes",
        "note 1 must have the keys",
    ),
    "note-unknown-key": Break(
        NOTE_CAMINO, NOTE_CAMINO + ", seen = true", "peter-camino", "notes", "note 1 must have the keys"
    ),
    "note-empty-source": Break(
        NOTE_CAMINO,
        'source = "", confidence = "high", claim = "camino-name"',
        "peter-camino",
        "notes",
        "note 1: source must not be empty",
    ),
    "note-bad-confidence": Break(
        NOTE_CAMINO,
        'source = "reference.md", confidence = "sure", claim = "camino-name"',
        "peter-camino",
        "notes",
        "note 1: confidence must be one of 'high', 'medium-high', 'medium', 'medium-low', 'low', not 'sure'",
    ),
    "note-claim-not-a-slug": Break(
        NOTE_CAMINO,
        'source = "reference.md", confidence = "high", claim = "Camino name"',
        "peter-camino",
        "notes",
        "note 1: claim must be a lowercase slug",
    ),
    "note-text-not-a-string": Break(
        '{ text = "Our copy says \\"Deputy Minister of Foreign Affairs\\"; the official title is Vice Minister'
        ' of Foreign Affairs."',
        "{ text = 2",
        "peter-camino",
        "notes",
        "note 2: text must be a string, not a number",
    ),
    # --- sources of a development -------------------------------------------------------
    "sources-not-a-list": Break(
        NASA_SOURCES,
        'sources = "NASA"',
        "artemis-accords-signed",
        "sources",
        "must be a list of {publisher, title, url, date} tables, not a string",
    ),
    "sources-a-number": Break(
        NASA_SOURCES,
        "sources = 5",
        "artemis-accords-signed",
        "sources",
        "must be a list of {publisher, title, url, date} tables, not a number",
    ),
    "sources-empty": Break(
        NASA_SOURCES, "sources = []", "artemis-accords-signed", "sources", "must name at least one source"
    ),
    "source-without-publisher": Break(
        '{ publisher = "NNN / Andina", ',
        "{ ",
        "artemis-accords-signed",
        "sources",
        "source 3 must have the keys publisher, title, url, date (the last optional)",
    ),
    "source-publisher-blank": Break(
        '{ publisher = "NNN / Andina", ',
        '{ publisher = " ", ',
        "artemis-accords-signed",
        "sources",
        "source 3: publisher must not be empty",
    ),
    "source-url-not-http": Break(
        'url = "http://namnewsnetwork.org/?p=265636"',
        'url = "namnewsnetwork.org/?p=265636"',
        "artemis-accords-signed",
        "sources",
        "source 3: url must be an http(s) URL",
    ),
    "source-title-empty": Break(
        'title = "Peru signs the Artemis Accords", ',
        'title = "", ',
        "artemis-accords-signed",
        "sources",
        "source 3: title must not be empty",
    ),
    "source-date-a-string": Break(
        "date = 2024-06-01 },\n]",
        'date = "2024-06-01" },\n]',
        "artemis-accords-signed",
        "sources",
        "source 3: date must be a TOML date",
    ),
    # --- concept links --------------------------------------------------------------------
    "links-empty": Break(
        _between('links = [\n  { record = "aerial-interception-agreement"', "]\n"),
        "links = []\n",
        "drugs",
        "links",
        "must be a non-empty list of {record, reason} tables, not a list",
    ),
    "links-not-a-list": Break(
        _between('links = [\n  { record = "aerial-interception-agreement"', "]\n"),
        'links = "aerial-interception-agreement"\n',
        "drugs",
        "links",
        "must be a non-empty list of {record, reason} tables, not a string",
    ),
    "link-without-reason": Break(
        '{ record = "oecd", reason = "Glossary entry for the OECD (Peru\'s roadmap adopted 10 June 2022)." }',
        '{ record = "oecd" }',
        "oecd-and-governance",
        "links",
        "link 2 must have exactly the keys record and reason",
    ),
    "link-reason-not-a-string": Break(
        DRUGS_LINK,
        '{ record = "aerial-interception-agreement", reason = 1 }, #',
        "drugs",
        "links",
        "link 1: reason must be a string, not a number",
    ),
    "link-record-empty": Break(
        DRUGS_LINK,
        '{ record = "", reason = "The aerial interception agreement is a',
        "drugs",
        "links",
        "link 1: record must not be empty",
    ),
    "concept-missing-title": Break(
        'id = "drugs"\ntitle = "Drugs and narcotics"\n',
        'id = "drugs"\n',
        "drugs",
        "title",
        "missing required field",
        'id = "drugs"',
    ),
    # --- ids and numbers ------------------------------------------------------------------
    "id-missing": Break(
        '[[corrections]]\nid = "correction-camino"\n',
        "[[corrections]]\n",
        "corrections[1]",
        "id",
        "missing required field",
        '[[corrections]]\nquoted = "Peter Cimino"',
    ),
    "id-a-number": Break(
        '[[corrections]]\nid = "correction-camino"',
        "[[corrections]]\nid = 5",
        "corrections[1]",
        "id",
        "must be a string, not a number",
    ),
    "id-not-a-slug": Break(
        'id = "correction-camino"', 'id = "Correction Camino"', "Correction Camino", "id", "must be a lowercase slug"
    ),
    "duplicate-id": Break(
        '[[corrections]]\nid = "correction-camino"',
        '[[corrections]]\nid = "csii"',
        "csii",
        "id",
        "duplicate id; ids must be unique in the whole file",
    ),
    "session-numbers": Break(
        'number = 5\ntitle = "Education and culture"',
        'number = 6\ntitle = "Education and culture"',
        None,
        "sessions.number",
        "numbers must run 1..5 without gaps or repeats",
    ),
    "achievement-numbers": Break(
        "number = 14\ntitle", "number = 13\ntitle", None, "achievements.number", "numbers must run 1..14"
    ),
    "paragraph-numbers": Break(
        'id = "paragraph-1"\nnumber = 1\n',
        'id = "paragraph-1"\nnumber = 24\n',
        None,
        "paragraphs.number",
        "numbers must run 1..23 without gaps or repeats",
    ),
    # --- cross-references -----------------------------------------------------------------
    "no-such-paragraph": Break(
        'paragraph = "paragraph-8"\nactors = "peru"',
        'paragraph = "paragraph-99"\nactors = "peru"',
        "blue-dot-network",
        "paragraph",
        "no paragraph 'paragraph-99'",
    ),
    "quote-not-verbatim": Break(
        'quote = "Peru became the first country',
        'quote = "Peru was the first country',
        "blue-dot-network",
        "quote",
        "quote is not verbatim in its paragraph",
    ),
    "no-such-session": Break(
        'sessions = ["economic-prosperity"]\ntopics = ["infrastructure"',
        'sessions = ["economy"]\ntopics = ["infrastructure"',
        "blue-dot-network",
        "sessions",
        "no session 'economy'",
    ),
    "no-such-ref": Break(
        'refs = ["bicentennial-working-group"]\nnotes = [\n  { text = "2 May 1826',
        'refs = ["nowhere"]\nnotes = [\n  { text = "2 May 1826',
        "diplomatic-relations-begin",
        "refs",
        "no record 'nowhere'",
    ),
    "no-such-mention": Break(
        'mentions = ["csii-memorandum"]', 'mentions = ["nowhere"]', "csii", "mentions", "no record 'nowhere'"
    ),
    "derived-event-missing-derivation": Break(
        _between('derivation = "The statement places', "\n"),
        "",
        "diplomatic-relations-begin",
        "derivation",
        "missing required field",
        'id = "diplomatic-relations-begin"',
    ),
    "derived-without-derivation": Break(
        'derivation = "The statement places',
        'derivation = " " #',
        "diplomatic-relations-begin",
        "derivation",
        "a derived event must say how in 'derivation'",
    ),
    # --- the later layer: developments and corrections --------------------------------
    "development-follows-a-glossary-entry": Break(
        'at NASA headquarters"\nrefs = ["artemis-accords"]',
        'at NASA headquarters"\nrefs = ["csii"]',
        "artemis-accords-signed",
        "refs",
        "'csii' is not an achievement or commitment",
    ),
    "development-follows-nothing": Break(
        'at NASA headquarters"\nrefs = ["artemis-accords"]',
        'at NASA headquarters"\nrefs = []',
        "artemis-accords-signed",
        "refs",
        "must follow up at least one record",
    ),
    "development-follows-no-record": Break(
        'at NASA headquarters"\nrefs = ["artemis-accords"]',
        'at NASA headquarters"\nrefs = ["nowhere"]',
        "artemis-accords-signed",
        "refs",
        "no record 'nowhere'",
    ),
    "development-date-with-time": Break(
        'id = "artemis-accords-signed"\ndate = 2024-05-30',
        'id = "artemis-accords-signed"\ndate = 2999-05-30T10:00:00',
        "artemis-accords-signed",
        "date",
        "must be a TOML date",
    ),
    "development-source-date-with-time": Break(
        "date = 2024-06-01 },\n]",
        "date = 2999-06-01T10:00:00 },\n]",
        "artemis-accords-signed",
        "sources",
        "source 3: date must be a TOML date",
    ),
    "development-in-the-future": Break(
        'id = "artemis-accords-signed"\ndate = 2024-05-30',
        'id = "artemis-accords-signed"\ndate = 2999-05-30',
        "artemis-accords-signed",
        "date",
        "is dated after today",
    ),
    "development-source-in-the-future": Break(
        "date = 2024-06-01 },\n]",
        "date = 2999-06-01 },\n]",
        "artemis-accords-signed",
        "sources",
        "source 3 is dated after today",
    ),
    "correction-not-verbatim": Break(
        'quoted = "Peter Cimino"',
        'quoted = "Peter Cimmino"',
        "correction-camino",
        "quoted",
        "is not verbatim in any paragraph",
    ),
    "claim-confidences-disagree": Break(
        TPA_NOTE,
        TPA_NOTE.replace('"high"', '"medium"'),
        None,  # set below: the second record that states the claim
        "notes",
        "claim 'tpa-dates' is 'medium' here but 'high' in",
    ),
    "claim-with-a-bad-confidence": Break(
        TPA_NOTE,
        TPA_NOTE.replace('"high"', '"sure"'),
        None,  # set below, as above
        "notes",
        "note 1: confidence must be one of",
    ),
    # --- concepts -----------------------------------------------------------------------
    "concept-id-not-a-slug": Break('id = "drugs"', 'id = "Drugs"', "Drugs", "id", "must be a lowercase slug such as"),
    "duplicate-concept-id": Break(
        'id = "oecd-and-governance"',
        'id = "drugs"',
        "drugs",
        "id",
        "duplicate concept id",
    ),
    "concept-links-no-record": Break(
        DRUGS_LINK,
        '{ record = "nowhere", reason = "The aerial interception agreement is a',
        "drugs",
        "links",
        "no record 'nowhere'",
    ),
    # --- the file as a whole --------------------------------------------------------------
    "unknown-top-level-key": Break(
        "schema_version = 2\n", 'schema_version = 2\ncolour = "blue"\n', None, None, "unknown top-level key 'colour'"
    ),
    "schema-version": Break(
        "schema_version = 2\n",
        "schema_version = 3\n",
        None,
        "schema_version",
        "the file is in schema version 3; this usperu reads version 2",
    ),
    "schema-version-a-float": Break(
        "schema_version = 2\n",
        "schema_version = 2.0\n",
        None,
        "schema_version",
        "the file is in schema version 2.0; this usperu reads version 2",
    ),
    "schema-version-missing": Break(
        "schema_version = 2\n", "\n", None, "schema_version", "missing 'schema_version = 2' before the first table"
    ),
}


def _record_of_second_tpa_note() -> str:
    before = GOOD[: GOOD.index(TPA_NOTE)]
    return before[before.rindex('\nid = "') + 7 :].split('"')[0]


for _name in ("claim-confidences-disagree", "claim-with-a-bad-confidence"):
    BREAKS[_name] = BREAKS[_name]._replace(record=_record_of_second_tpa_note())


def _expected_line(broken: str, end: int, case: Break) -> int | None:
    """Return the line the problem must be reported at, found from where the break is."""
    if case.at is not None:
        assert broken.count(case.at) == 1, f"{case.at!r} must occur once"
        return broken[: broken.index(case.at)].count("\n") + 1
    if case.record is None:
        return None
    lines = broken[:end].split("\n")
    for number in range(len(lines) - 1, -1, -1):
        if lines[number].lstrip().startswith(f"{case.field} ="):
            return number + 1
    raise AssertionError(f"no line sets {case.field!r} before the break")  # pragma: no cover


def _broken(case: Break) -> tuple[str, int | None]:
    assert GOOD.count(case.find) == 1, "the break must hit exactly one place"
    start = GOOD.index(case.find)
    broken = GOOD[:start] + case.replace + GOOD[start + len(case.find) :]
    return broken, _expected_line(broken, start + len(case.replace), case)


def _run(invoke: Invoke, path: Path) -> tuple[list[dict[str, Any]], list[str], Any, Any]:
    as_json = invoke("validate", str(path), "-f", "json")
    as_text = invoke("validate", str(path))
    return json.loads(as_json.stdout), as_text.stdout.splitlines(), as_json, as_text


@pytest.mark.parametrize("name", list(BREAKS))
def test_each_check_reports_exactly_its_break(invoke: Invoke, tmp_path: Path, name: str) -> None:
    case = BREAKS[name]
    broken, line = _broken(case)
    path = tmp_path / "statement.toml"
    path.write_text(broken, encoding="utf-8")
    problems, lines, as_json, as_text = _run(invoke, path)
    assert len(problems) == 1, problems
    (problem,) = problems
    assert problem["message"].startswith(case.message), problem
    assert (problem["path"], problem["line"], problem["record"], problem["field"]) == (
        str(path),
        line,
        case.record,
        case.field,
    ), problem
    expected = DataError(str(path), problem["message"], line=line, record=case.record, field=case.field)
    assert lines == [expected.describe()]
    for result in (as_json, as_text):
        assert result.exit_code == 2, result.output
        assert result.stderr == f"usperu: {path}: 1 problem(s)\n"


# --- breaks that text replacement cannot make: written by tomli_w -------------------


def _forget(document: dict[str, Any], table: str) -> None:
    """Drop the refs and mentions of the records of `table`, which is about to go: the
    break is then the table alone, not also every reference to its records."""
    if table == "concepts":  # concept ids are a namespace of their own: nothing refers to them
        return
    gone = {r["id"] for r in ([document[table]] if table == "statement" else document[table])}
    for records in document.values():
        for record in records if isinstance(records, list) else ():
            for key in ("refs", "mentions"):
                if key in record and gone & set(record[key]):
                    record[key] = [t for t in record[key] if t not in gone]
                    assert record[key], f"{record['id']} refers only to {table}"


def _without(table: str) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        _forget(document, table)
        del document[table]

    return change


def _set(table: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        _forget(document, table)
        document[table] = value

    return change


def _append(table: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        document[table].append(value)

    return change


WHOLE_FILE_BREAKS = {
    "statement-missing": (
        _without("statement"),
        "statement",
        "missing the [statement] table (the statement's title, date, place, ...)",
    ),
    "statement-an-array": (
        _set("statement", [{"id": "x"}]),
        "statement",
        "must be a [statement] table, not a list (the statement's title, date, place, ...)",
    ),
    "table-missing": (
        _without("corrections"),
        "corrections",
        "missing the corrections table: add its records, each starting with a [[corrections]] line",
    ),
    "table-not-an-array": (  # a table no other record links to, so that its break is the only problem
        _set("corrections", "none"),
        "corrections",
        "must be records, each starting with a [[corrections]] line, not a string",
    ),
    "table-holds-a-string": (
        _append("glossary", "x"),
        "glossary",
        "must be records, each starting with a [[glossary]] line, not a list",
    ),
    "concepts-missing-is-fine": (_without("concepts"), "", ""),
    "concepts-not-an-array": (_set("concepts", {"id": "x"}), "concepts", "not an array of tables [[concepts]]"),
    "concepts-hold-a-number": (_append("concepts", 1), "concepts", "not an array of tables [[concepts]]"),
}


@pytest.mark.parametrize("name", list(WHOLE_FILE_BREAKS))
def test_each_table_check_reports_exactly_its_break(invoke: Invoke, tmp_path: Path, name: str) -> None:
    change, field, message = WHOLE_FILE_BREAKS[name]
    document = copy.deepcopy(tomllib.loads(GOOD))
    change(document)
    path = tmp_path / "statement.toml"
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    problems, lines, as_json, as_text = _run(invoke, path)
    if not message:  # [[concepts]] is optional
        assert (problems, lines, as_json.exit_code) == ([], [f"{path}: valid"], 0)
        return
    assert problems == [{"path": str(path), "line": None, "record": None, "field": field, "message": message}]
    assert lines == [f"{path}: field {field!r}: {message}"]
    assert as_json.exit_code == as_text.exit_code == 2


def test_the_good_file_is_valid_once_written_by_tomli_w(invoke: Invoke, tmp_path: Path) -> None:
    """The control for the test above: tomli_w's own writing breaks nothing."""
    path = tmp_path / "statement.toml"
    path.write_text(tomli_w.dumps(tomllib.loads(GOOD)), encoding="utf-8")
    result = invoke("validate", str(path), "-f", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


# --- files that cannot be read or parsed ------------------------------------------------


UNREADABLE: dict[str, tuple[str | bytes, str, int | None]] = {
    "empty": ("", "is empty; expected a statement TOML file", None),
    "not-utf8": (b'schema_version = 2\ntitle = "\xff"\n', "is not valid UTF-8 text", 2),
    "not-utf8-after-a-blank-line": (b'\nschema_version = 2\ntitle = "\xff"\n', "is not valid UTF-8 text", 3),
    "not-toml": (
        "schema_version = 2\n[statement\n",
        "invalid TOML: Expected ']' at the end of a table declaration (column 11)",
        2,
    ),
    "not-toml-at-the-end": ("schema_version = [\n", "invalid TOML: Invalid value (at end of document)", None),
    "too-deep": ("x = " + "[" * 5000 + "]" * 5000 + "\n", "invalid TOML: nested too deeply", None),
    "too-large": (b"# " + b"x" * (5 * 1024 * 1024), "is larger than 5 MB; not a data file", None),
}


@pytest.mark.parametrize("name", list(UNREADABLE))
def test_an_unreadable_file_is_one_problem(invoke: Invoke, tmp_path: Path, name: str) -> None:
    content, message, line = UNREADABLE[name]
    path = tmp_path / "statement.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    problems, lines, as_json, as_text = _run(invoke, path)
    assert len(problems) == 1 and problems[0]["message"] == message, problems
    assert (problems[0]["line"], problems[0]["record"], problems[0]["field"]) == (line, None, None)
    where = str(path) if line is None else f"{path}:{line}"
    assert lines == [f"{where}: {problems[0]['message']}"]
    assert as_json.exit_code == as_text.exit_code == 2


def test_a_directory_is_one_problem(invoke: Invoke, tmp_path: Path) -> None:
    problems, lines, as_json, _ = _run(invoke, tmp_path)
    assert problems == [
        {
            "path": str(tmp_path),
            "line": None,
            "record": None,
            "field": None,
            "message": "is a directory, not a data file",
        }
    ]
    assert lines == [f"{tmp_path}: is a directory, not a data file"]
    assert as_json.exit_code == 2


def test_a_valid_file_is_valid_in_both_formats(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "statement.toml"
    path.write_text(GOOD, encoding="utf-8")
    problems, lines, as_json, as_text = _run(invoke, path)
    assert (problems, lines) == ([], [f"{path}: valid"])
    assert as_json.exit_code == as_text.exit_code == 0
    assert as_json.stderr == as_text.stderr == ""


# --- the generator writes no bundle from a file that validate rejects ---------------------


def _generate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, *argv: str) -> tuple[int, list[str]]:
    """Run `python -m usperu._generate ARGV` in-process on a copy holding `text`, writing
    into a folder of tmp_path (never the package's own generated modules)."""
    import functools

    import usperu._generate as generate

    data, out = tmp_path / "statement.toml", tmp_path / "out"
    data.write_text(text, encoding="utf-8")
    (tmp_path / "statement.es.toml").write_bytes(DATA.with_suffix(".es.toml").read_bytes())  # its Spanish
    out.mkdir()
    made = functools.partial(generate.generated_modules, str(data), str(out))
    monkeypatch.setattr(generate, "generated_modules", made)
    return generate.main(list(argv)), sorted(os.listdir(out))


PACKAGE = Path(__file__).resolve().parent.parent / "src" / "usperu"


@pytest.mark.parametrize("argv", [[], ["--check"]])
def test_the_generator_refuses_a_file_that_validate_rejects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    before = {name: (PACKAGE / name).stat().st_mtime_ns for name in ("_bundled.py", "_bundled_index.py")}
    broken, line = _broken(BREAKS["choice"])
    code, written = _generate(tmp_path, monkeypatch, broken, *argv)
    assert (code, written) == (2, [])
    path = tmp_path / "statement.toml"
    message = "must be one of " + ", ".join(f"'{status}'" for status in get_args(Status)) + ", not 'done'"
    assert capsys.readouterr() == (
        "",
        f"usperu._generate: {path}:{line}: record 'blue-dot-network': field 'status': {message}; nothing written\n",
    )
    assert {name: (PACKAGE / name).stat().st_mtime_ns for name in before} == before


def test_the_generator_counts_the_other_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _broken(BREAKS["choice"])[0].replace(CSII, 'term = ""')
    assert _generate(tmp_path, monkeypatch, broken) == (2, [])
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.endswith(
        f"(and 1 more; run 'usperu validate {tmp_path / 'statement.toml'}' to list them); nothing written\n"
    )


def test_the_generator_refuses_a_file_it_cannot_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _generate(tmp_path, monkeypatch, "schema_version = 2\n[statement\n") == (2, [])
    error = capsys.readouterr().err
    assert error.startswith(f"usperu._generate: {tmp_path / 'statement.toml'}:2: invalid TOML")
    assert error.count("\n") == 1


def test_the_generator_writes_both_modules_from_a_valid_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The control for the refusals above: the same run on the good file writes the modules
    that ship."""
    names = ["_bundled.py", "_bundled_es.py", "_bundled_es_records.py", "_bundled_index.py"]
    assert _generate(tmp_path, monkeypatch, GOOD) == (0, names)
    for name in names:
        assert (tmp_path / "out" / name).read_text(encoding="utf-8") == (PACKAGE / name).read_text(encoding="utf-8")
    assert capsys.readouterr().out == ""


def test_the_generator_names_what_it_writes_and_what_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import usperu._generate as generate

    out = tmp_path / "out"
    bundled, index, spanish = out / "_bundled.py", out / "_bundled_index.py", out / "_bundled_es.py"
    records = out / "_bundled_es_records.py"
    assert _generate(tmp_path, monkeypatch, GOOD, "--check") == (1, [])  # --check writes nothing
    assert capsys.readouterr().err == "".join(
        f"usperu._generate: {path}: out of date\n" for path in (bundled, index, spanish, records)
    )
    assert generate.main([]) == 0
    assert capsys.readouterr().err == "".join(
        f"usperu._generate: {path}: written\n" for path in (bundled, index, spanish, records)
    )
    assert generate.main(["--check"]) == 0 and generate.main([]) == 0
    assert capsys.readouterr() == ("", "")  # up to date: nothing said, nothing written
    index.write_text("stale\n", encoding="utf-8")
    assert generate.main(["--check"]) == 1
    assert capsys.readouterr().err == f"usperu._generate: {index}: out of date\n"
    assert index.read_text(encoding="utf-8") == "stale\n"
    assert generate.main([]) == 0
    assert capsys.readouterr().err == f"usperu._generate: {index}: written\n"
    assert index.read_text(encoding="utf-8") == (PACKAGE / "_bundled_index.py").read_text(encoding="utf-8")


def test_a_missing_field_hides_none_of_the_record_s_later_fields(invoke: Invoke, tmp_path: Path) -> None:
    broken = GOOD.replace('status = "joined"\n', "", 1).replace(
        'paragraph = "paragraph-8"\nactors = "peru"', 'paragraph = 8\nactors = "peru"', 1
    )
    path = tmp_path / "statement.toml"
    path.write_text(broken, encoding="utf-8")
    problems = json.loads(invoke("validate", str(path), "-f", "json").stdout)
    assert [(p["record"], p["field"], p["message"]) for p in problems] == [
        ("blue-dot-network", "status", "missing required field"),
        ("blue-dot-network", "paragraph", "must be a string, not a number"),
    ]


def test_a_development_may_be_dated_today(invoke: Invoke, tmp_path: Path) -> None:
    today = dt.date.today().isoformat()
    path = tmp_path / "statement.toml"
    path.write_text(GOOD.replace("date = 2024-06-01 },\n]", f"date = {today} }},\n]", 1), encoding="utf-8")
    assert invoke("validate", str(path)).stdout == f"{path}: valid\n"


def test_a_broken_table_hides_none_of_the_later_tables(invoke: Invoke, tmp_path: Path) -> None:
    document = tomllib.loads(GOOD)
    people = {person["id"] for person in document["people"]}
    # concepts that link to a person would add their own (true) problems once people is broken
    document["concepts"] = [c for c in document["concepts"] if not {link["record"] for link in c["links"]} & people]
    _set("people", "none")(document)
    _without("corrections")(document)
    path = tmp_path / "statement.toml"
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    problems = json.loads(invoke("validate", str(path), "-f", "json").stdout)
    assert [p["field"] for p in problems] == ["people", "corrections"]
