"""Load a statement data file into frozen records.

`load_statement` takes the bundled dataset from its generated module, or reads another
file, parses and checks it with `_schema` (raising the first problem as a `DataError`
naming the file, line, record and field), and builds the records.
"""

import codecs
import datetime as dt
import os
from collections.abc import Mapping
from typing import Any

from ._errors import DataError
from ._i18n import _, ngettext
from ._model import (
    Concept,
    ConceptLink,
    Correction,
    Development,
    Event,
    GlossaryEntry,
    Item,
    Metadata,
    Note,
    Paragraph,
    Person,
    Progress,
    Record,
    Session,
    Source,
    Statement,
)

__all__ = [
    "MAX_BYTES",
    "build_statement",
    "bundled_path",
    "check_document",
    "check_translation",
    "load_statement",
    "read_document",
]

MAX_BYTES = 5 * 1024 * 1024
"""Data files larger than this are refused before parsing (the bundled one is ~40 KB)."""


def bundled_path() -> str:
    """Return the path of the data file that ships with usperu."""
    installed = os.path.join(os.path.dirname(__file__), "data", "statement.toml")
    if os.path.exists(installed):  # a wheel: usperu/data/ is beside this module
        return installed
    import importlib  # an editable install maps usperu.data to the repository's data/

    data = importlib.import_module("usperu.data")
    return os.path.join(os.path.dirname(data.__file__ or ""), "statement.toml")


# --- reading ----------------------------------------------------------------------


def read_document(path: str) -> tuple[dict[str, Any], str]:
    """Return the parsed TOML document and its text; raise DataError if unreadable.

    For `usperu validate PATH`, where the path was given as an argument: a missing
    file is just missing (no word of --data)."""
    from ._schema import parse

    return parse(_read_bytes(path, missing="{problem}"), path)


def _read_bytes(path: str, *, missing: str = "{problem}; check --data or USPERU_DATA") -> bytes:
    """Return the bytes of a data file, without a UTF-8 byte-order mark; raise DataError."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise DataError(path, _("is a directory, not a data file")) from None
    except FileNotFoundError:
        raise DataError(path, _(missing).format(problem=_("no such file"))) from None
    except OSError as exc:
        raise DataError(path, _("cannot be read: {reason}").format(reason=exc.strerror or exc)) from None
    if len(raw) > MAX_BYTES:
        raise DataError(path, _("is larger than {size} MB; not a data file").format(size=MAX_BYTES // (1024 * 1024)))
    if raw.startswith(codecs.BOM_UTF8):  # as Notepad saves UTF-8: the mark is not part of the TOML
        raw = raw[len(codecs.BOM_UTF8) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DataError(path, _("is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8"), line=1)
    if not raw.strip():
        raise DataError(path, _("is empty; expected a statement TOML file"))
    return raw


def check_document(document: Mapping[str, Any], path: str, text: str = "") -> list[DataError]:
    """Return every schema and cross-reference problem of a parsed document."""
    from ._schema import check_document as check

    return check(document, path, text)


def check_translation(document: Mapping[str, Any], path: str, text: str) -> list[DataError]:
    """Return every problem of the Spanish overlay beside a data file (`x.es.toml` beside
    `x.toml`; see `_overlay.check`); none when it has no overlay; raise DataError if
    the overlay cannot be read or parsed."""
    from ._overlay import check, overlay_path, read_overlay

    beside = overlay_path(path)
    if not os.path.exists(beside):
        return []
    overlay, overlay_text = read_overlay(beside)
    return check(document, path, text, overlay, beside, overlay_text)


# --- building ---------------------------------------------------------------------


def load_statement(path: str | None = None) -> Statement:
    """Return the statement from `path` (default: the bundled dataset); raise DataError.

    The bundled dataset is read from `usperu._bundled`, its validated form generated
    ahead of time from data/statement.toml (a test keeps the two in step), so that
    Python's own bytecode cache does what parsing the TOML would. Any other file is
    read, parsed and checked on every run: nothing is cached, nothing is written.
    """
    if path is None:
        return _in_language(_bundled_statement(), None, {})
    from ._schema import check_document, parse

    document, text = parse(_read_bytes(path), path)
    problems = check_document(document, path, text)
    if problems:
        first = problems[0]
        more = len(problems) - 1
        if more:
            message = ngettext(
                "{problem} (and {count} more; run 'usperu validate {path}' to list them)",
                "{problem} (and {count} more; run 'usperu validate {path}' to list them)",
                more,
            ).format(problem=first.message, count=more, path=path)
            first = DataError(path, message, line=first.line, record=first.record, field=first.field)
        raise first
    return _in_language(build_statement(document, path), path, document)


def _in_language(statement: Statement, path: str | None, document: Mapping[str, Any]) -> Statement:
    """Return the statement with its editorial text in the interface's language: in
    Spanish, the translations of the overlay beside its data file (`usperu._overlay`),
    English where it has none. (The bundled records come in Spanish already.)"""
    from ._i18n import language

    if language() != "es" or path is None:
        return statement
    from ._overlay import apply, overlay_path, read_overlay, spanish_texts

    beside = overlay_path(path)
    if not os.path.exists(beside):
        return statement  # English text; the command says so (see `_overlay.missing`)
    overlay, _text = read_overlay(beside)
    return apply(statement, spanish_texts(document, overlay))


_INLINE = {"notes": Note, "sources": Source}
"""Fields that hold lists of inline tables, and the record each table becomes."""


def _common(record: Mapping[str, Any]) -> dict[str, Any]:
    built = {k: tuple(v) if isinstance(v, list) else v for k, v in record.items()}
    for key, kind in _INLINE.items():
        if key in record:
            built[key] = tuple(kind(**table) for table in record[key])
    return built


def build_statement(document: Mapping[str, Any], path: str, *, bundled: bool = False) -> Statement:
    """Return the records of a validated document (see `_schema.check_document`)."""
    items = [Item(kind="achievement", **_common(r)) for r in document["achievements"]]
    commitments = [Item(kind="commitment", number=None, **_common(r)) for r in document["commitments"]]
    statement = Statement(
        path=path,
        metadata=Metadata(**_common(document["statement"])),
        people=tuple(Person(**_common(r)) for r in document["people"]),
        sessions=tuple(sorted((Session(**_common(r)) for r in document["sessions"]), key=_number_of)),
        achievements=tuple(sorted(items, key=_number_of)),
        commitments=tuple(commitments),
        events=tuple(sorted((Event(**_common(r)) for r in document["events"]), key=_event_key)),
        glossary=tuple(GlossaryEntry(**_common(r)) for r in document["glossary"]),
        paragraphs=tuple(sorted((Paragraph(**_common(r)) for r in document["paragraphs"]), key=_number_of)),
        developments=tuple(sorted((Development(**_common(r)) for r in document["developments"]), key=_event_key)),
        corrections=tuple(Correction(**_common(r)) for r in document["corrections"]),
        by_id={},
        bundled=bundled,
        concepts=tuple(_concept(c) for c in document.get("concepts", ())),
        progress=tuple(Progress(**_common(r)) for r in document.get("progress", ())),
        developments_checked=document.get("developments_checked"),
    )
    index: dict[str, Record] = {record.id: record for record in statement.records()}
    statement.by_id.update(index)
    return statement


def _bundled_statement() -> Statement:
    """Return the bundled records in the interface's language: built ahead of time by
    `usperu._generate`, as the constructor calls of `usperu._bundled`, or in Spanish of
    `usperu._bundled_es_records` (the overlay applied; its `english` is None, as nothing
    needs the English records there: search reads the index built ahead of time)."""
    from ._i18n import language

    if language() == "es":
        from . import _bundled_es_records as b
    else:
        from . import _bundled as b  # type: ignore[no-redef]

    statement = Statement(
        path=bundled_path(),
        metadata=b.METADATA,
        people=b.PEOPLE,
        sessions=b.SESSIONS,
        achievements=b.ACHIEVEMENTS,
        commitments=b.COMMITMENTS,
        events=b.EVENTS,
        glossary=b.GLOSSARY,
        paragraphs=b.PARAGRAPHS,
        developments=b.DEVELOPMENTS,
        corrections=b.CORRECTIONS,
        by_id={},
        bundled=True,
        concepts=b.CONCEPTS,
        progress=b.PROGRESS,
        developments_checked=b.DEVELOPMENTS_CHECKED,
    )
    statement.by_id.update((record.id, record) for record in statement.records())
    return statement


def _concept(record: Mapping[str, Any]) -> Concept:
    return Concept(
        id=record["id"],
        title=record["title"],
        words_en=tuple(record["words_en"]),
        words_es=tuple(record["words_es"]),
        links=tuple(ConceptLink(link["record"], link["reason"]) for link in record["links"]),
    )


def _number_of(record: Session | Item | Paragraph) -> int:
    return record.number or 0


_COARSE_FIRST = {"century": 0, "year": 1, "month": 2, "day": 3}
"""Of two periods that start on the same day, the longer comes first, as ISO dates sort."""


def _event_key(event: Event | Development) -> tuple[dt.date, int, str]:
    return (event.date, _COARSE_FIRST[event.precision], event.id)
