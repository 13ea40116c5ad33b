"""The data file's schema: parse TOML, then check every field and cross-reference.

Only needed when a data file is not in the cache (`_cache`) or is being validated, so
it is imported on demand. `check_document` collects every problem; the loader raises
the first.
"""

# No `from __future__ import annotations`: NamedTuple would compile every string
# annotation into a ForwardRef at import time.
import datetime as dt
import functools
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, NamedTuple, TypeGuard, get_args, get_origin, get_type_hints

from ._errors import DataError
from ._i18n import _
from ._model import FIELDS, TABLES, Concept, ConceptLink, Note, Progress, Source
from ._vocabulary import CONFIDENCES, RATINGS, RATINGS_WITHOUT_EVIDENCE

__all__ = ["SCHEMA_VERSION", "check_document", "json_schema", "parse"]

SCHEMA_VERSION = 2
_TOML_POSITION = re.compile(r" \(at line (\d+), column (\d+)\)")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_Check = Callable[[Any], "str | None"]


# --- field checks: each returns a problem description, or None ------------------


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return _("must be a string, not {type}").format(type=_type_name(value))
    return None if value.strip() else _("must not be empty")


def _any_text(value: Any) -> str | None:
    return None if isinstance(value, str) else _("must be a string, not {type}").format(type=_type_name(value))


def _number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return _("must be a whole number, not {type}").format(type=_type_name(value))
    return None if value >= 1 else _("must be 1 or more")


def _date(value: Any) -> str | None:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        return _("must be a TOML date such as 2024-05-09, not {type}").format(type=_type_name(value))
    return None


def _texts(value: Any) -> str | None:
    if not isinstance(value, list):
        return _("must be a list of strings, not {type}").format(type=_type_name(value))
    bad = [item for item in value if not isinstance(item, str) or not item.strip()]
    return _("must hold only non-empty strings, not {type}").format(type=_type_name(bad[0])) if bad else None


def _choice(*options: str) -> _Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value in options:
            return None
        return _("must be one of {choices}, not {value!r}").format(
            choices=", ".join(repr(o) for o in options), value=value
        )

    check.options = options  # type: ignore[attr-defined]  # read by json_schema()
    return check


def _tables(value: Any, what: str, record: type[Any], checks: dict[str, _Check]) -> str | None:
    """Check a list of inline tables with the keys of `record` (those with defaults optional)."""
    keys = set(record._fields)
    required = keys - set(record._field_defaults)
    listed = ", ".join(record._fields)
    if not isinstance(value, list):
        return _("must be a list of {{{keys}}} tables, not {type}").format(keys=listed, type=_type_name(value))
    for index, table in enumerate(value):
        if not isinstance(table, dict) or not required <= set(table) <= keys:
            return _("{item} must have the keys {keys} (the last optional)").format(
                item=_item(what, index + 1), keys=listed
            )
        for key, check in checks.items():
            problem = check(table[key]) if key in table else None
            if problem:
                return _("{item}: {key} {problem}").format(item=_item(what, index + 1), key=key, problem=problem)
    return None


def _slug(value: Any) -> str | None:
    return _text(value) or (None if _SLUG.match(value) else _("must be a lowercase slug such as 'apec-2024'"))


def _url(value: Any) -> str | None:
    return _text(value) or (None if value.startswith(("https://", "http://")) else _("must be an http(s) URL"))


def _notes(value: Any) -> str | None:
    checks = {"text": _text, "source": _text, "confidence": _choice(*CONFIDENCES), "claim": _slug}
    return _tables(value, "note", Note, checks)


def _sources(value: Any) -> str | None:
    problem = _tables(value, "source", Source, {"publisher": _text, "title": _text, "url": _url, "date": _date})
    return problem or (None if value else _("must name at least one source"))


def _links(value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return _("must be a non-empty list of {{record, reason}} tables, not {type}").format(type=_type_name(value))
    for index, link in enumerate(value):
        if not isinstance(link, dict) or set(link) != set(ConceptLink._fields):
            return _("{item} must have exactly the keys record and reason").format(item=_item("link", index + 1))
        for key in ConceptLink._fields:
            problem = _text(link[key])
            if problem:
                return _("{item}: {key} {problem}").format(item=_item("link", index + 1), key=key, problem=problem)
    return None


def _type_name(value: Any) -> str:
    names = {bool: _("a boolean"), int: _("a number"), float: _("a number"), str: _("a string")}
    names.update({list: _("a list"), dict: _("a table"), dt.date: _("a date")})
    return names.get(type(value), type(value).__name__)


_ITEMS = {"note": "note {number}", "source": "source {number}", "link": "link {number}"}
"""The items of a field's list, each with its own message (its noun has a gender in Spanish)."""


_NO_SUCH = {"session": "no session {target!r}", "record": "no record {target!r}"}
"""What a reference to nothing says, by what it should name."""


def _item(what: str, number: int) -> str:
    """Return 'note 2', 'source 1', 'link 3' in the interface's language."""
    return _(_ITEMS[what]).format(number=number)


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
    if annotation == tuple[Source, ...]:
        return _sources
    if annotation == tuple[ConceptLink, ...]:
        return _links
    raise TypeError(f"no check for fields of type {annotation!r}")  # pragma: no cover - a new type in _model


def _spec(table: str) -> dict[str, _Field]:
    record: type[Any] = Concept if table == _CONCEPTS else Progress if table == _PROGRESS else TABLES[table]
    hints = get_type_hints(record)
    return {
        name: _Field(_check_for(hints[name], FIELDS[name].blank), name not in record._field_defaults)
        for name in record._fields
        if name not in _NOT_IN_FILE.get(table, ())
    }


_CONCEPTS = "concepts"
"""The editorial thesaurus: an optional table of `Concept`s, which are not records."""
_PROGRESS = "progress"
"""The ratings of what came of each achievement and commitment: optional, not records."""
_CHECKED = "developments_checked"
"""The optional top-level date when a maintainer last searched for developments."""
_SPECS: dict[str, dict[str, _Field]] = {table: _spec(table) for table in TABLES}
_LISTS = tuple(name for name in _SPECS if name != "statement")
_CONCEPT_SPEC = _spec(_CONCEPTS)
_PROGRESS_SPEC = _spec(_PROGRESS)


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
        raise DataError(path, _("is not valid UTF-8 text"), line=bad_line) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        where = _TOML_POSITION.search(str(exc))
        message = _TOML_POSITION.sub("", str(exc)) + (f" (column {where.group(2)})" if where else "")
        line = int(where.group(1)) if where else None
        raise DataError(path, _("invalid TOML: {reason}").format(reason=message), line=line) from None
    except RecursionError:
        raise DataError(path, _("invalid TOML: nested too deeply")) from None


# --- validation -------------------------------------------------------------------


_Where = tuple[str, int | None]
"""Where a record is: its table and, in an array of tables, its index."""
_Located = tuple[DataError, "_Where | None"]


def check_document(document: Mapping[str, Any], path: str, text: str = "") -> list[DataError]:
    """Return every independent problem of a parsed document, each at the line of the
    field itself when `text` (the file's text) is given.

    A bad field does not hide the checks of the other fields: cross-references are
    checked wherever the fields they need are sound.
    """
    located = [*_check_shape(document, path), *_check_references(document, path)]
    if not text:
        return [problem for problem, _ in located]
    lines = text.split("\n")
    return [_with_line(problem, where, lines) for problem, where in located]


def _check_shape(document: Mapping[str, Any], path: str) -> Iterator[_Located]:
    for key in document:
        if key not in ("schema_version", _CONCEPTS, _PROGRESS, _CHECKED) and key not in _SPECS:
            yield DataError(path, _("unknown top-level key {key!r}").format(key=key)), None
    version = document.get("schema_version")
    if "schema_version" not in document:
        message = _("missing 'schema_version = {version}' before the first table (the version of the schema)")
        message = message.format(version=SCHEMA_VERSION)
        yield DataError(path, message, field="schema_version"), None
    elif type(version) is not int or version != SCHEMA_VERSION:  # 2.0 == 2 and True == 1 in Python
        message = _("the file is in schema version {found!r}; this usperu reads version {version}")
        message = message.format(found=version, version=SCHEMA_VERSION)
        yield DataError(path, message, field="schema_version"), None
    statement = document.get("statement")
    if not isinstance(statement, dict):
        if "statement" not in document:
            message = _("missing the [statement] table (the statement's title, date, place, ...)")
        else:
            message = _("must be a [statement] table, not {type} (the statement's title, date, place, ...)")
        yield DataError(path, message.format(type=_type_name(statement)), field="statement"), None
    else:
        yield from _check_record(statement, _SPECS["statement"], path, "statement", ("statement", None))
    for name in _LISTS:
        records = document.get(name)
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            if name not in document:
                message = _("missing the {name} table: add its records, each starting with a [[{name}]] line")
            else:
                message = _("must be records, each starting with a [[{name}]] line, not {type}")
            yield DataError(path, message.format(name=name, type=_type_name(records)), field=name), None
            continue
        for index, record in enumerate(records):
            label = record.get("id") if isinstance(record.get("id"), str) else None
            yield from _check_record(record, _SPECS[name], path, label or f"{name}[{index + 1}]", (name, index))
    if _CHECKED in document and (problem := _date(document[_CHECKED])):
        yield DataError(path, problem, field=_CHECKED), None
    for name, spec, key in ((_CONCEPTS, _CONCEPT_SPEC, "id"), (_PROGRESS, _PROGRESS_SPEC, "record")):
        tables = document.get(name, [])
        if not isinstance(tables, list) or not all(isinstance(c, dict) for c in tables):
            yield DataError(path, _("not an array of tables [[{name}]]").format(name=name), field=name), None
            continue
        for index, table in enumerate(tables):
            label = table.get(key) if isinstance(table.get(key), str) else None
            yield from _check_record(table, spec, path, label or f"{name}[{index + 1}]", (name, index))


def _check_record(
    record: Mapping[str, Any], spec: Mapping[str, _Field], path: str, label: str, where: _Where
) -> Iterator[_Located]:
    for key in record:
        if key not in spec:
            yield DataError(path, _("unknown field"), record=label, field=key), where
    for key, rule in spec.items():
        if key not in record:
            if rule.required:
                yield DataError(path, _("missing required field"), record=label, field=key), where
            continue
        problem = rule.check(record[key])
        if problem:
            yield DataError(path, problem, record=label, field=key), where


def _records(document: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], _Where]]:
    """Yield every record that is a table with a string id, and where it is."""
    statement = document.get("statement")
    if isinstance(statement, dict) and isinstance(statement.get("id"), str):
        yield statement, ("statement", None)
    for name in _LISTS:
        records = document.get(name)
        for index, record in enumerate(records if isinstance(records, list) else ()):
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                yield record, (name, index)


def _table(document: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    records = document.get(name)
    return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []


def _check_references(document: Mapping[str, Any], path: str) -> Iterator[_Located]:
    records = list(_records(document))
    seen: set[str] = set()
    for record, where in records:
        ident = record["id"]
        if not _SLUG.match(ident):
            message = _("must be a lowercase slug such as 'artemis-accords'")
            yield DataError(path, message, record=ident, field="id"), where
        if ident in seen:
            problem = DataError(path, _("duplicate id; ids must be unique in the whole file"), record=ident, field="id")
            yield problem, where
        seen.add(ident)
    for name in ("sessions", "achievements", "paragraphs"):
        numbers = [r.get("number") for r in _table(document, name)]
        whole = [n for n in numbers if isinstance(n, int) and _number(n) is None]
        if len(whole) == len(numbers) and sorted(whole) != list(range(1, len(numbers) + 1)):
            message = _("numbers must run 1..{count} without gaps or repeats").format(count=len(numbers))
            yield DataError(path, message, field=f"{name}.number"), None
    paragraphs = {p["id"]: p.get("text") for p in _table(document, "paragraphs") if isinstance(p.get("id"), str)}
    # a paragraph whose text is missing or bad still exists; only the quotes in it cannot be checked
    sessions = {s["id"] for s in _table(document, "sessions") if isinstance(s.get("id"), str)}
    ids = {record["id"] for record, _ in records}
    for record, where in records:
        for problem in _check_links(record, path, paragraphs, sessions, ids):
            yield problem, where
    yield from _check_later_layer(records, path, paragraphs)
    yield from _check_claims(records, path)
    yield from _check_concepts(document.get(_CONCEPTS), path, ids)
    yield from _check_progress(document, path)


def _check_later_layer(
    records: list[tuple[Mapping[str, Any], _Where]], path: str, paragraphs: Mapping[Any, Any]
) -> Iterator[_Located]:
    """Developments follow up achievements or commitments and are not in the future; a
    correction's words are verbatim in the statement."""
    followed = {r["id"] for r, (table, _) in records if table in ("achievements", "commitments")}
    ids = {r["id"] for r, _ in records}  # a ref to no record at all is reported by _check_links
    today = dt.date.today()
    texts = [text for text in paragraphs.values() if isinstance(text, str)]
    sound = len(texts) == len(paragraphs)  # a correction's words can only be sought in every paragraph
    for record, where in records:
        ident = record["id"]
        if where[0] == "developments":
            refs = record.get("refs")
            for target in refs if isinstance(refs, list) else ():
                if isinstance(target, str) and target in ids and target not in followed:
                    problem = _("{target!r} is not an achievement or commitment").format(target=target)
                    yield DataError(path, problem, record=ident, field="refs"), where
            if refs == []:
                yield DataError(path, _("must follow up at least one record"), record=ident, field="refs"), where
            yield from _check_future(record, path, today, where)
        quoted = record.get("quoted")
        if where[0] == "corrections" and isinstance(quoted, str) and sound and not any(quoted in t for t in texts):
            yield DataError(path, _("is not verbatim in any paragraph"), record=ident, field="quoted"), where


def _check_future(record: Mapping[str, Any], path: str, today: dt.date, where: _Where) -> Iterator[_Located]:
    """A development and each of its sources are dated today or earlier."""
    ident, after = record["id"], _("is dated after today ({today})").format(today=today.isoformat())
    if _later(record.get("date"), today):
        yield DataError(path, after, record=ident, field="date"), where
    sources = record.get("sources")
    for number, source in enumerate(sources if isinstance(sources, list) else (), start=1):
        if isinstance(source, dict) and _later(source.get("date"), today):
            message = _("{item} {problem}").format(item=_item("source", number), problem=after)
            yield DataError(path, message, record=ident, field="sources"), where


def _later(day: Any, today: dt.date) -> bool:
    return isinstance(day, dt.date) and not isinstance(day, dt.datetime) and day > today


def _check_claims(records: list[tuple[Mapping[str, Any], _Where]], path: str) -> Iterator[_Located]:
    """Notes that state the same claim carry the same confidence wherever they are."""
    seen: dict[str, tuple[str, str]] = {}
    for record, where in records:
        notes = record.get("notes")
        for note in notes if isinstance(notes, list) else ():
            claim = note.get("claim") if isinstance(note, dict) else None
            if not isinstance(claim, str) or not claim or note.get("confidence") not in CONFIDENCES:
                continue  # a bad confidence is the note's own problem
            first = seen.setdefault(claim, (record["id"], note.get("confidence")))
            if first[1] != note.get("confidence"):
                message = _("claim {claim!r} is {here!r} here but {there!r} in {record!r}")
                message = message.format(claim=claim, here=note.get("confidence"), there=first[1], record=first[0])
                yield DataError(path, message, record=record["id"], field="notes"), where


def _check_concepts(concepts: Any, path: str, ids: set[str]) -> Iterator[_Located]:
    """Concept ids are slugs, unique among concepts (their own namespace); links name records."""
    seen: set[str] = set()
    for index, concept in enumerate(concepts if isinstance(concepts, list) else ()):
        ident = concept.get("id") if isinstance(concept, dict) else None
        if not isinstance(ident, str):
            continue
        where = (_CONCEPTS, index)
        if not _SLUG.match(ident):
            yield DataError(path, _("must be a lowercase slug such as 'drugs'"), record=ident, field="id"), where
        if ident in seen:
            yield DataError(path, _("duplicate concept id"), record=ident, field="id"), where
        seen.add(ident)
        links = concept.get("links")
        for link in links if isinstance(links, list) else ():
            target = link.get("record") if isinstance(link, dict) else None
            if _names(target) and target not in ids:
                yield (
                    DataError(path, _("no record {target!r}").format(target=target), record=ident, field="links"),
                    where,
                )


def _check_progress(document: Mapping[str, Any], path: str) -> Iterator[_Located]:
    """Each rating is of one achievement or commitment, once; its evidence is developments
    that follow that record up; a rating other than 'done at the Dialogue' or 'no public
    record' cites evidence; none is checked after the file's `developments_checked` day."""
    items = [r.get("id") for name in ("achievements", "commitments") for r in _table(document, name)]
    followed = {ident for ident in items if isinstance(ident, str)}  # a bad id is its own problem
    refs = {d["id"]: d.get("refs") for d in _table(document, "developments") if isinstance(d.get("id"), str)}
    checked = document.get(_CHECKED)
    latest = checked if _is_day(checked) else dt.date.today()
    seen: set[str] = set()
    for index, rating in enumerate(_table(document, _PROGRESS)):
        target, where = rating.get("record"), (_PROGRESS, index)
        if not isinstance(target, str):
            continue
        if target not in followed:
            yield (
                DataError(
                    path,
                    _("{target!r} is not an achievement or commitment").format(target=target),
                    record=target,
                    field="record",
                ),
                where,
            )
        elif target in seen:
            yield DataError(path, _("rated twice; one rating per record"), record=target, field="record"), where
        seen.add(target)
        evidence = rating.get("evidence")
        for ident in evidence if isinstance(evidence, list) else ():
            if isinstance(ident, str) and ident not in refs:
                yield (
                    DataError(path, _("no development {ident!r}").format(ident=ident), record=target, field="evidence"),
                    where,
                )
            elif isinstance(ident, str) and _sound(refs[ident], followed) and target not in (refs[ident] or ()):
                message = _("development {ident!r} does not follow up {target!r} (its refs)")
                message = message.format(ident=ident, target=target)
                yield DataError(path, message, record=target, field="evidence"), where
        if (
            evidence == []
            and rating.get("rating") in RATINGS  # a rating off the scale is reported as such
            and rating["rating"] not in RATINGS_WITHOUT_EVIDENCE
        ):
            allowed = functools.reduce(
                lambda first, second: _("{first} or {second}").format(first=first, second=second),
                (repr(r) for r in RATINGS_WITHOUT_EVIDENCE),
            )
            message = _("a rating of {rating!r} needs evidence (a development); with none it is {allowed}")
            message = message.format(rating=rating["rating"], allowed=allowed)
            yield DataError(path, message, record=target, field="evidence"), where
        day = rating.get("checked")
        if _is_day(day) and day > latest:
            if _is_day(checked):
                message = _("is after developments_checked ({day})").format(day=latest)
            else:
                message = _("is after today ({day})").format(day=latest)
            yield DataError(path, message, record=target, field="checked"), where
    if _is_day(checked) and checked > dt.date.today():
        yield DataError(path, _("is after today ({day})").format(day=dt.date.today().isoformat()), field=_CHECKED), None


def _is_day(value: Any) -> TypeGuard[dt.date]:
    """Whether the value is a TOML date (a datetime is not one: _date reports it)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _sound(refs: Any, followed: set[Any]) -> bool:
    """Whether a development's refs are themselves valid (else they are reported, once)."""
    return isinstance(refs, list) and bool(refs) and all(isinstance(t, str) and t in followed for t in refs)


def _names(target: Any) -> bool:
    """Whether `target` names something; a blank or non-string one is the field's own problem."""
    return isinstance(target, str) and bool(target.strip())


def _check_links(
    record: Mapping[str, Any], path: str, paragraphs: Mapping[Any, Any], sessions: set[Any], ids: set[str]
) -> Iterator[DataError]:
    ident = record["id"]
    paragraph = record.get("paragraph")
    if isinstance(paragraph, str):
        text = paragraphs.get(paragraph)
        if paragraph not in paragraphs:
            yield DataError(
                path, _("no paragraph {paragraph!r}").format(paragraph=paragraph), record=ident, field="paragraph"
            )
        elif isinstance(text, str) and isinstance(record.get("quote"), str) and record["quote"] not in text:
            yield DataError(path, _("quote is not verbatim in its paragraph"), record=ident, field="quote")
    for key, known, what in (("sessions", sessions, "session"), ("refs", ids, "record"), ("mentions", ids, "record")):
        targets = record.get(key, ())
        for target in targets if isinstance(targets, list) else ():
            if _names(target) and target not in known:
                message = _(_NO_SUCH[what]).format(target=target)
                yield DataError(path, message, record=ident, field=key)
    derivation = record.get("derivation")  # a missing one is the record's own problem
    if record.get("basis") == "derived" and isinstance(derivation, str) and not derivation.strip():
        message = _("a derived event must say how in 'derivation'")
        yield DataError(path, message, record=ident, field="derivation")


_HEADER = re.compile(r"\s*\[(\[?)\s*([A-Za-z0-9_-]+)\s*\]\]?\s*(?:#.*)?\Z")


def _with_line(problem: DataError, where: "_Where | None", lines: list[str]) -> DataError:
    """Return the problem at the line of its field (or of its record, if the field is missing)."""
    if problem.line is not None or where is None:
        return problem
    table, index = where
    count, start = -1, None
    for number, text in enumerate(lines):
        header = _HEADER.match(text)
        if header is None or (header.group(2) not in _SPECS and header.group(2) not in (_CONCEPTS, _PROGRESS)):
            continue
        if start is not None:
            lines = lines[:number]  # the record ends where the next top-level table begins
            break
        if header.group(2) == table and bool(header.group(1)) == (index is not None):
            count += 1
            if index is None or count == index:
                start = number
    if start is None:
        return problem
    ident = re.compile(r"\s*id\s*=")
    at = next((n for n in range(start, len(lines)) if ident.match(lines[n])), start)
    field = re.compile(rf"\s*\"?{re.escape(problem.field or '')}\"?\s*=")
    if problem.field:
        at = next((n for n in range(start, len(lines)) if field.match(lines[n])), at)
    return DataError(problem.path, problem.message, line=at + 1, record=problem.record, field=problem.field)


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
            "properties": {
                "text": _NON_EMPTY,
                "source": _NON_EMPTY,
                "confidence": {"enum": list(CONFIDENCES)},
                "claim": {"type": "string", "pattern": "^" + _SLUG.pattern.removesuffix("\\Z") + "$"},
            },
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
        _sources: {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    "publisher": _NON_EMPTY,
                    "title": _NON_EMPTY,
                    "url": {"type": "string", "pattern": "^https?://"},
                    "date": {"type": "string", "format": "date"},
                },
                "required": ["publisher", "title", "url"],
                "additionalProperties": False,
            },
        },
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
    properties[_CHECKED] = {
        "type": "string",
        "format": "date",
        "description": "The day a maintainer last searched for developments (a TOML local date).",
    }
    properties[_PROGRESS] = {
        "type": "array",
        "description": "Editorial ratings: what came of each achievement and commitment, with evidence.",
        "items": _record_schema(_PROGRESS_SPEC),
    }
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
