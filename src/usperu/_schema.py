"""The data file's schema: parse TOML, then check every field and cross-reference.

Only needed when a data file is not in the cache (`_cache`) or is being validated, so
it is imported on demand. `check_document` collects every problem; the loader raises
the first.
"""

# No `from __future__ import annotations`: NamedTuple would compile every string
# annotation into a ForwardRef at import time.
import datetime as dt
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, NamedTuple, get_args, get_origin, get_type_hints

from ._errors import DataError
from ._model import CONFIDENCES, FIELDS, TABLES, Concept, ConceptLink, Note

__all__ = ["SCHEMA_VERSION", "check_document", "json_schema", "parse"]

SCHEMA_VERSION = 1
_TOML_POSITION = re.compile(r" \(at line (\d+), column (\d+)\)")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_Check = Callable[[Any], "str | None"]


# --- field checks: each returns a problem description, or None ------------------


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"must be a string, not {_type_name(value)}"
    return None if value.strip() else "must not be empty"


def _any_text(value: Any) -> str | None:
    return None if isinstance(value, str) else f"must be a string, not {_type_name(value)}"


def _number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"must be a whole number, not {_type_name(value)}"
    return None if value >= 1 else "must be 1 or more"


def _date(value: Any) -> str | None:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        return f"must be a TOML date such as 2024-05-09, not {_type_name(value)}"
    return None


def _texts(value: Any) -> str | None:
    if not isinstance(value, list):
        return f"must be a list of strings, not {_type_name(value)}"
    bad = [item for item in value if not isinstance(item, str) or not item.strip()]
    return f"must hold only non-empty strings, not {_type_name(bad[0])}" if bad else None


def _choice(*options: str) -> _Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value in options:
            return None
        return f"must be one of {', '.join(repr(o) for o in options)}, not {value!r}"

    check.options = options  # type: ignore[attr-defined]  # read by json_schema()
    return check


def _notes(value: Any) -> str | None:
    if not isinstance(value, list):
        return f"must be a list of {{text, source, confidence}} tables, not {_type_name(value)}"
    for index, note in enumerate(value):
        if not isinstance(note, dict) or set(note) != {"text", "source", "confidence"}:
            return f"note {index + 1} must have exactly the keys text, source and confidence"
        problem = _text(note["text"]) or _text(note["source"])
        problem = problem or _choice(*CONFIDENCES)(note["confidence"])
        if problem:
            return f"note {index + 1}: {problem}"
    return None


def _links(value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return f"must be a non-empty list of {{record, reason}} tables, not {_type_name(value)}"
    for index, link in enumerate(value):
        if not isinstance(link, dict) or set(link) != set(ConceptLink._fields):
            return f"link {index + 1} must have exactly the keys record and reason"
        problem = _text(link["record"]) or _text(link["reason"])
        if problem:
            return f"link {index + 1}: {problem}"
    return None


def _type_name(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    names.update({list: "a list", dict: "a table", dt.date: "a date"})
    return names.get(type(value), type(value).__name__)


class _Field(NamedTuple):
    check: _Check
    required: bool = True


_NOT_IN_FILE = {"achievements": {"kind"}, "commitments": {"kind", "number"}}
"""Record fields that the loader sets from the table instead of reading them."""


def _check_for(annotation: Any, blank: bool) -> _Check:
    """Return the check for a field of this type (see the records in `_model`)."""
    if get_origin(annotation) is Literal:
        return _choice(*get_args(annotation))
    if annotation is str:
        return _any_text if blank else _text
    if annotation in (int, int | None):
        return _number
    if annotation is dt.date:
        return _date
    if annotation == tuple[Note, ...]:
        return _notes
    if annotation == tuple[str, ...]:
        return _texts
    if annotation == tuple[ConceptLink, ...]:
        return _links
    raise TypeError(f"no check for fields of type {annotation!r}")  # pragma: no cover - a new type in _model


def _spec(table: str) -> dict[str, _Field]:
    record = Concept if table == _CONCEPTS else TABLES[table]
    hints = get_type_hints(record)
    return {
        name: _Field(_check_for(hints[name], FIELDS[name].blank), name not in record._field_defaults)
        for name in record._fields
        if name not in _NOT_IN_FILE.get(table, ())
    }


_CONCEPTS = "concepts"
"""The editorial thesaurus: an optional table of `Concept`s, which are not records."""
_SPECS: dict[str, dict[str, _Field]] = {table: _spec(table) for table in TABLES}
_LISTS = tuple(name for name in _SPECS if name != "statement")
_CONCEPT_SPEC = _spec(_CONCEPTS)


# --- parsing ------------------------------------------------------------------


def parse(raw: bytes, path: str) -> tuple[dict[str, Any], str]:
    """Return the TOML document in `raw` and its text; raise DataError with the line."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised only on Python 3.10
        import tomli as tomllib

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = raw.count(b"\n", 0, exc.start) + 1
        raise DataError(path, "is not valid UTF-8 text", line=bad_line) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        where = _TOML_POSITION.search(str(exc))
        message = _TOML_POSITION.sub("", str(exc)) + (f" (column {where.group(2)})" if where else "")
        line = int(where.group(1)) if where else None
        raise DataError(path, f"invalid TOML: {message}", line=line) from None
    except RecursionError:
        raise DataError(path, "invalid TOML: nested too deeply") from None


# --- validation -------------------------------------------------------------------


def check_document(document: Mapping[str, Any], path: str, text: str = "") -> list[DataError]:
    """Return every schema and cross-reference problem of a parsed document."""
    problems = list(_check_shape(document, path))
    if not problems:
        problems.extend(_check_references(document, path))
    if text:
        problems = [_with_line(problem, text) for problem in problems]
    return problems


def _check_shape(document: Mapping[str, Any], path: str) -> Iterator[DataError]:
    for key in document:
        if key not in ("schema_version", _CONCEPTS) and key not in _SPECS:
            yield DataError(path, f"unknown top-level key {key!r}")
    version = document.get("schema_version")
    if version != SCHEMA_VERSION:
        yield DataError(path, f"must be {SCHEMA_VERSION}, not {version!r}", field="schema_version")
    statement = document.get("statement")
    if not isinstance(statement, dict):
        yield DataError(path, "missing [statement] table", field="statement")
    else:
        yield from _check_record(statement, _SPECS["statement"], path, "statement")
    for name in _LISTS:
        records = document.get(name)
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            yield DataError(path, f"missing or not an array of tables [[{name}]]", field=name)
            continue
        for index, record in enumerate(records):
            label = record.get("id") if isinstance(record.get("id"), str) else None
            yield from _check_record(record, _SPECS[name], path, label or f"{name}[{index + 1}]")
    concepts = document.get(_CONCEPTS, [])
    if not isinstance(concepts, list) or not all(isinstance(c, dict) for c in concepts):
        yield DataError(path, "not an array of tables [[concepts]]", field=_CONCEPTS)
        return
    for index, concept in enumerate(concepts):
        label = concept.get("id") if isinstance(concept.get("id"), str) else None
        yield from _check_record(concept, _CONCEPT_SPEC, path, label or f"concepts[{index + 1}]")


def _check_record(record: Mapping[str, Any], spec: Mapping[str, _Field], path: str, label: str) -> Iterator[DataError]:
    for key in record:
        if key not in spec:
            yield DataError(path, "unknown field", record=label, field=key)
    for key, rule in spec.items():
        if key not in record:
            if rule.required:
                yield DataError(path, "missing required field", record=label, field=key)
            continue
        problem = rule.check(record[key])
        if problem:
            yield DataError(path, problem, record=label, field=key)


def _check_references(document: Mapping[str, Any], path: str) -> Iterator[DataError]:
    records = [("statement", document["statement"])]
    records += [(name, r) for name in _LISTS for r in document[name]]
    seen: set[str] = set()
    for _, record in records:
        ident = record["id"]
        if not _SLUG.match(ident):
            yield DataError(path, "must be a lowercase slug such as 'artemis-accords'", record=ident, field="id")
        if ident in seen:
            yield DataError(path, "duplicate id; ids must be unique in the whole file", record=ident, field="id")
        seen.add(ident)
    for name in ("sessions", "achievements", "paragraphs"):
        numbers = [r["number"] for r in document[name]]
        if sorted(numbers) != list(range(1, len(numbers) + 1)):
            yield DataError(path, f"numbers must run 1..{len(numbers)} without gaps or repeats", field=f"{name}.number")
    paragraphs = {p["id"]: p["text"] for p in document["paragraphs"]}
    sessions = {s["id"] for s in document["sessions"]}
    for _, record in records:
        yield from _check_links(record, path, paragraphs, sessions, seen)
    yield from _check_concepts(document.get(_CONCEPTS, ()), path, seen)


def _check_concepts(concepts: Any, path: str, ids: set[str]) -> Iterator[DataError]:
    """Concept ids are slugs, unique among concepts (their own namespace); links name records."""
    seen: set[str] = set()
    for concept in concepts:
        ident = concept["id"]
        if not _SLUG.match(ident):
            yield DataError(path, "must be a lowercase slug such as 'drugs'", record=ident, field="id")
        if ident in seen:
            yield DataError(path, "duplicate concept id", record=ident, field="id")
        seen.add(ident)
        for link in concept["links"]:
            if link["record"] not in ids:
                yield DataError(path, f"no record {link['record']!r}", record=ident, field="links")


def _check_links(
    record: Mapping[str, Any], path: str, paragraphs: Mapping[str, str], sessions: set[str], ids: set[str]
) -> Iterator[DataError]:
    ident = record["id"]
    if "paragraph" in record:
        text = paragraphs.get(record["paragraph"])
        if text is None:
            yield DataError(path, f"no paragraph {record['paragraph']!r}", record=ident, field="paragraph")
        elif record["quote"] not in text:
            yield DataError(path, "quote is not verbatim in its paragraph", record=ident, field="quote")
    for session in record.get("sessions", ()):
        if session not in sessions:
            yield DataError(path, f"no session {session!r}", record=ident, field="sessions")
    for key in ("refs", "mentions"):
        for target in record.get(key, ()):
            if target not in ids:
                yield DataError(path, f"no record {target!r}", record=ident, field=key)
    if record.get("basis") == "derived" and not record.get("derivation", "").strip():
        yield DataError(path, "a derived event must say how in 'derivation'", record=ident, field="derivation")


def _with_line(problem: DataError, text: str) -> DataError:
    if problem.line is not None or not problem.record:
        return problem
    match = re.search(rf'^\s*id\s*=\s*"{re.escape(problem.record)}"', text, re.MULTILINE)
    if not match:
        return problem
    line = text.count("\n", 0, match.start()) + 1
    return DataError(problem.path, problem.message, line=line, record=problem.record, field=problem.field)


# --- JSON Schema ------------------------------------------------------------------
# data/statement.schema.json is generated from the checks above (a test keeps it in
# step): python -m usperu._schema > data/statement.schema.json

_NON_EMPTY = {"type": "string", "pattern": "\\S"}


def _json_type(check: _Check, name: str) -> dict[str, Any]:
    if name == "id":
        return {"type": "string", "pattern": "^" + _SLUG.pattern.removesuffix("\\Z") + "$"}
    if hasattr(check, "options"):
        return {"enum": list(check.options)}
    notes = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"text": _NON_EMPTY, "source": _NON_EMPTY, "confidence": {"enum": list(CONFIDENCES)}},
            "required": ["text", "source", "confidence"],
            "additionalProperties": False,
        },
    }
    types: dict[_Check, dict[str, Any]] = {
        _text: _NON_EMPTY,
        _any_text: {"type": "string"},
        _number: {"type": "integer", "minimum": 1},
        _date: {"type": "string", "format": "date", "description": "A TOML local date, such as 2024-05-09"},
        _texts: {"type": "array", "items": _NON_EMPTY},
        _notes: notes,
        _links: {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {"record": _NON_EMPTY, "reason": _NON_EMPTY},
                "required": ["record", "reason"],
                "additionalProperties": False,
            },
        },
    }
    return types[check]


def _record_schema(spec: Mapping[str, _Field]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {name: _json_type(rule.check, name) for name, rule in spec.items()},
        "required": [name for name, rule in spec.items() if rule.required],
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft-07) of a statement data file, as TOML editors use it."""
    properties: dict[str, Any] = {"schema_version": {"const": SCHEMA_VERSION}}
    properties["statement"] = _record_schema(_SPECS["statement"])
    for name in _LISTS:
        properties[name] = {"type": "array", "items": _record_schema(_SPECS[name])}
    properties[_CONCEPTS] = {
        "type": "array",
        "description": "Editorial thesaurus: words in English and Spanish, and the records they mean.",
        "items": _record_schema(_CONCEPT_SPEC),
    }
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "usperu statement data file",
        "description": (
            "A joint statement as structured data: see the header comment of data/statement.toml. "
            "Cross-references (ids, sessions, paragraphs, verbatim quotes) are checked by `usperu validate`."
        ),
        "type": "object",
        "properties": properties,
        "required": ["schema_version", *_SPECS],
        "additionalProperties": False,
    }


if __name__ == "__main__":
    import json

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
