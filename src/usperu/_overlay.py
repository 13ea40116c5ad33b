"""The editorial layer in Spanish: the overlay beside a data file, checked and applied.

`statement.es.toml` (beside `statement.toml`; `x.toml` -> `x.es.toml`) holds, per record,
the Spanish of its editorial text fields (`FIELDS`, and every table's notes):

    language = "es"
    [achievements."artemis-accords"]
    title = { es = "...", of = "b4ad0693" }
    notes = [ { es = "...", of = "4aa7ed43", source = "..." }, ... ]

`of` is the fingerprint of the English it translates (`fingerprint`): an English text
changed afterwards no longer matches, and its translation is outdated. `check` lists
every problem as a `DataError` at its line (`usperu validate`, the generator refuses
them); `spanish_texts` keeps the translations that are current, which `apply` puts in
place of the English (anything untranslated stays English). Quotes, `text`, ids, names,
URLs and enum values are never translated. Imported only in Spanish, or to validate.
"""

import os
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._errors import DataError
from ._i18n import _

if TYPE_CHECKING:
    from ._model import Statement

__all__ = [
    "FIELDS",
    "Texts",
    "apply",
    "check",
    "fingerprint",
    "missing",
    "overlay_path",
    "read_overlay",
    "spanish_of",
    "spanish_texts",
]

FIELDS: dict[str, tuple[str, ...]] = {
    "statement": ("summary",),
    "people": ("role",),
    "sessions": ("title",),
    "achievements": ("title",),
    "commitments": ("title",),
    "events": ("title", "derivation"),
    "glossary": ("expansion", "description"),
    "paragraphs": (),
    "developments": ("title", "summary"),
    "corrections": ("source",),
    "progress": ("promise", "reason", "source"),
    "concepts": ("title",),
}
"""The translated text fields of each table; every table with notes translates them too."""

_ATTRIBUTES = {"statement": "metadata"}
"""The Statement's attribute for a table, where it is not the table's name."""

Texts = dict[str, dict[str, dict[str, Any]]]
"""table -> record id -> field -> its Spanish; for notes, a tuple of (text, source or '')."""


def fingerprint(text: str) -> str:
    """Return the first 8 hex digits of the SHA-256 of an English text (UTF-8)."""
    import hashlib  # only to check translations: the bundled ones are checked ahead of time

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def overlay_path(path: str) -> str:
    """Return the path of the Spanish overlay of a data file: `x.toml` -> `x.es.toml`."""
    root, extension = os.path.splitext(path)
    return f"{root}.es{extension or '.toml'}"


def read_overlay(path: str) -> tuple[dict[str, Any], str]:
    """Return the parsed overlay and its text; raise DataError if unreadable or not TOML."""
    from ._schema import parse

    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise DataError(
            path, _("the Spanish overlay cannot be read: {reason}").format(reason=exc.strerror or exc)
        ) from None
    return parse(raw.removeprefix(b"\xef\xbb\xbf"), path)


# --- the English side ---------------------------------------------------------------


def _records(source: Any, table: str) -> Iterator[tuple[str, int | None, Any]]:
    """Yield (id, index in its array or None, record) for each record of a table of a
    parsed document (dicts) or of a Statement (records)."""
    if not isinstance(source, Mapping):
        found = (source.metadata,) if table == "statement" else getattr(source, table)
        for index, record in enumerate(found):
            yield ("statement" if table == "statement" else getattr(record, _KEYS.get(table, "id"))), index, record
        return
    found = source.get(table)
    if table == "statement":
        if isinstance(found, dict):
            yield "statement", None, found
        return
    key = _KEYS.get(table, "id")
    for index, record in enumerate(found if isinstance(found, list) else ()):
        if isinstance(record, dict) and isinstance(record.get(key), str):
            yield record[key], index, record


_KEYS = {"progress": "record"}
"""The field that identifies a table's entries, where it is not `id`."""


def _english(table: str, record: Any) -> dict[str, Any]:
    """Return a record's English texts to translate: field -> text; notes -> their texts."""
    if not isinstance(record, Mapping):  # a record of a Statement
        record = {name: getattr(record, name) for name in (*FIELDS[table], "notes") if hasattr(record, name)}
        record["notes"] = [{"text": note.text} for note in record.get("notes", ())]
    wanted: dict[str, Any] = {f: record[f] for f in FIELDS[table] if isinstance(record.get(f), str) and record[f]}
    notes = record.get("notes")
    if isinstance(notes, list) and notes:
        wanted["notes"] = [n.get("text", "") if isinstance(n, dict) else "" for n in notes]
    return wanted


# --- checking -----------------------------------------------------------------------


def check(
    document: Mapping[str, Any], path: str, text: str, overlay: Mapping[str, Any], es_path: str, es_text: str
) -> list[DataError]:
    """Return every problem of an overlay against its data file: a missing translation
    (at the English field's line in `path`), an outdated one, one of a record or field
    that does not exist, a wrong number of notes, an empty or malformed entry (at the
    overlay's line)."""
    problems: list[DataError] = []
    english_lines, es_lines = text.split("\n"), es_text.split("\n")

    def at_es(record: str, table: str, field: str | None, message: str, note: int | None = None) -> None:
        line = _overlay_line(es_lines, table, record, field, note)
        problems.append(DataError(es_path, message, line=line, record=record, field=field))

    if overlay.get("language") != "es":
        problems.append(DataError(es_path, _("must start with 'language = \"es\"'"), line=1, field="language"))
    for table, records in overlay.items():
        if table == "language":
            continue
        if table not in FIELDS or not isinstance(records, dict):
            problems.append(
                DataError(
                    es_path,
                    _("no such table in {path}").format(path=os.path.basename(path)),
                    line=_header_line(es_lines, table),
                )
            )
            continue
        known = {rid: (index, record) for rid, index, record in _records(document, table)}
        for rid, given in records.items():
            if rid not in known or not isinstance(given, dict):
                at_es(rid, table, None, _("no such record in {path}").format(path=os.path.basename(path)))
                continue
            index, record = known[rid]
            _check_record(table, rid, _english(table, record), given, at_es)
    for table in FIELDS:
        have: Any = overlay.get(table) if isinstance(overlay.get(table), dict) else {}
        for rid, index, record in _records(document, table):
            translated: Any = have.get(rid, {}) if isinstance(have.get(rid, {}), dict) else {}
            for field in _english(table, record):
                if field not in translated:
                    line = _english_line(english_lines, table, index, field)
                    message = _("no Spanish translation in {path}").format(path=os.path.basename(es_path))
                    problems.append(DataError(path, message, line=line, record=rid, field=field))
    return problems


def _check_record(table: str, rid: str, wanted: Mapping[str, Any], given: Mapping[str, Any], at_es: Any) -> None:
    """Report the problems of one record's translations (missing ones are found apart)."""
    for field, entry in given.items():
        if field not in wanted:
            at_es(rid, table, field, _("no English text to translate"))
        elif field == "notes":
            english = wanted["notes"]
            if not isinstance(entry, list) or len(entry) != len(english):
                count = len(entry) if isinstance(entry, list) else 0
                message = _("number of notes: {count} in Spanish, {english} in English").format(
                    count=count, english=len(english)
                )
                at_es(rid, table, field, message)
                continue
            for number, (note, original) in enumerate(zip(entry, english, strict=True)):
                for problem in _entry_problems(note, original, notes=True):
                    message = _("note {number}: {problem}").format(number=number + 1, problem=problem)
                    at_es(rid, table, field, message, number)
        else:
            for problem in _entry_problems(entry, wanted[field], notes=False):
                at_es(rid, table, field, problem)


def _entry_problems(entry: Any, english: str, *, notes: bool) -> list[str]:
    """Return what is wrong with one `{ es, of }` entry (a note's may add `source`)."""
    keys = {"es", "of", "source"} if notes else {"es", "of"}
    if not isinstance(entry, dict) or not {"es", "of"} <= set(entry) <= keys:
        listed = "es, of, source" if notes else "es, of"
        return [_("must be a table with the keys {keys}").format(keys=listed)]
    found = []
    if not isinstance(entry["es"], str) or not entry["es"].strip():
        found.append(_("empty Spanish text"))
    if "source" in entry and (not isinstance(entry["source"], str) or not entry["source"].strip()):
        found.append(_("empty Spanish source"))
    if entry["of"] != fingerprint(english):
        message = _("outdated: the English changed after it was translated (of = {old!r}; now {new!r})")
        found.append(message.format(old=entry["of"], new=fingerprint(english)))
    return found


_HEADER = r"\s*\[\[?\s*([^\]]*?)\s*\]\]?\s*(?:#.*)?\Z"
"""A table header line; compiled on first use (by `re`'s cache), not when applying."""


def _header_line(lines: list[str], table: str, record: str | None = None) -> int | None:
    """Return the line (1-based) of a `[table.record]` header (or the first `[table...`)."""
    for number, line in enumerate(lines, 1):
        header = re.match(_HEADER, line)
        if header is None:
            continue
        parts = [p.strip().strip('"') for p in re.split(r"\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*\Z)", header.group(1))]
        if parts[0] == table and (record is None or parts[1:] == [record]):
            return number
    return None


def _overlay_line(lines: list[str], table: str, record: str, field: str | None, note: int | None) -> int | None:
    """Return the overlay's line of a record's entry: its field, a note, or its header."""
    start = _header_line(lines, table, record)
    if start is None or field is None:
        return start
    end = next((n for n in range(start, len(lines)) if re.match(_HEADER, lines[n])), len(lines))
    assign = re.compile(rf"\s*\"?{re.escape(field)}\"?\s*=")
    at = next((n for n in range(start, end) if assign.match(lines[n])), None)
    if at is None:
        return start
    if note is not None:
        starts = _element_lines(lines, at, end)
        if len(starts) > note:
            return starts[note] + 1
    return at + 1


def _element_lines(lines: list[str], at: int, end: int) -> list[int]:
    """Return the line (0-based) where each element of the array assigned on line `at`
    starts, whatever the element is (a table, a string, a number...), up to line `end`."""
    starts: list[int] = []
    depth, quote, expect = 0, "", False  # nesting; the open string's quote; an element may start
    for number in range(at, end):
        line, i = lines[number], 0
        if number == at:
            i = line.index("=") + 1
        while i < len(line):
            char = line[i]
            if quote:
                if char == "\\" and quote in ('"', '"""'):
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i, quote = i + len(quote), ""
                    continue
                i += 1
                continue
            if char == "#":
                break
            if char.isspace():
                i += 1
                continue
            if expect and depth == 1 and char not in "],":
                starts.append(number)
                expect = False
            if char in "\"'":
                quote = line[i : i + 3] if line.startswith(char * 3, i) else char
                i += len(quote)
                continue
            if char in "[{":
                depth += 1
                expect = depth == 1
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    return starts
            elif char == "," and depth == 1:
                expect = True
            i += 1
    return starts


def _english_line(lines: list[str], table: str, index: int | None, field: str) -> int | None:
    """Return the data file's line of a record's English field (or of the record)."""
    from ._schema import _with_line

    located = _with_line(DataError("", "", field=field), (table, index), lines)
    return located.line


# --- applying -----------------------------------------------------------------------


def spanish_texts(english: Any, overlay: Mapping[str, Any]) -> Texts:
    """Return the overlay's translations that are current for the English of a parsed
    document or a Statement (an outdated one is left out, and its English shown):
    table -> id -> field -> Spanish."""
    texts: Texts = {}
    for table in FIELDS:
        given_table = overlay.get(table)
        if not isinstance(given_table, dict):
            continue
        for rid, _index, record in _records(english, table):
            given = given_table.get(rid)
            if isinstance(given, dict):
                found = _current(_english(table, record), given)
                if found:
                    texts.setdefault(table, {})[rid] = found
    return texts


def _current(wanted: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for field, english in wanted.items():
        entry: Any = given.get(field)
        if field != "notes":
            if not _entry_problems(entry, english, notes=False):
                found[field] = entry["es"]
            continue
        if isinstance(entry, list) and len(entry) == len(english):
            notes = tuple(
                (note["es"], note.get("source", "")) if not _entry_problems(note, text, notes=True) else (None, "")
                for note, text in zip(entry, english, strict=True)
            )
            if any(es is not None for es, _source in notes):
                found["notes"] = notes
    return found


def apply(statement: "Statement", texts: Texts) -> "Statement":
    """Return the statement with its editorial text fields in Spanish where `texts` has
    them (see `spanish_texts`), and in English elsewhere."""
    changes: dict[str, Any] = {}
    for table, by_id in texts.items():
        attribute = _ATTRIBUTES.get(table, table)
        if table == "statement":
            changes[attribute] = _translated(statement.metadata, by_id.get("statement"))
            continue
        key = _KEYS.get(table, "id")
        changes[attribute] = tuple(_translated(r, by_id.get(getattr(r, key))) for r in getattr(statement, attribute))
    translated = statement._replace(by_id={}, english=statement, **changes)
    translated.by_id.update((record.id, record) for record in translated.records())
    return translated


def _translated(record: Any, fields: Mapping[str, Any] | None) -> Any:
    if not fields:
        return record
    replaced = {name: value for name, value in fields.items() if name != "notes"}
    if "notes" in fields:
        replaced["notes"] = tuple(
            note if es is None else note._replace(text=es, source=source or note.source)
            for note, (es, source) in zip(record.notes, fields["notes"], strict=True)
        )
    return record._replace(**replaced)


def spanish_of(statement: Any) -> Texts:
    """Return the current translations of a statement's English (its `english` when it
    is in Spanish), from the overlay beside its data file; {} when there is none."""
    english = statement.english or statement
    beside = overlay_path(english.path)
    if not os.path.exists(beside):
        return {}
    overlay, _text = read_overlay(beside)
    return spanish_texts(english, overlay)


def missing(path: str | None) -> str:
    """Return the note to give, in Spanish, when a data file chosen with --data has no
    overlay beside it (its editorial text is then shown in English), else ''."""
    from ._i18n import language

    if path is None or language() != "es" or os.path.exists(overlay_path(path)):
        return ""
    return _("{path}: no Spanish translation ({overlay} not found); its editorial text is shown in English").format(
        path=path, overlay=overlay_path(path)
    )
