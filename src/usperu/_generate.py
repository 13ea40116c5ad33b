"""Write the bundled dataset, its Spanish and its search index as Python modules, ahead of time.

    python -m usperu._generate           # rewrite usperu/_bundled*.py
    python -m usperu._generate --check   # exit 1, naming them, if any is out of date

`usperu._bundled` holds data/statement.toml parsed, validated and built into records (the
records' constructor calls); `usperu._bundled_es` the current translations of its Spanish
overlay, data/statement.es.toml (see `usperu._overlay`), and `usperu._bundled_es_records`
the records with them applied, for the Spanish interface; `usperu._bundled_index` the
search index built from both. Python compiles them to bytecode once, so a run of usperu
neither parses TOML nor tokenizes text, and nothing is written at run time. A data file
or an overlay that `usperu validate` rejects is refused.
tests/test_bundled.py fails whenever any differs from what this writes.
"""

import os
import pprint
import sys
from typing import Any

from ._errors import DataError
from ._loader import build_statement, bundled_path, read_document
from ._overlay import Texts

__all__ = ["generated_modules"]

_HEADER = (
    "# Generated from data/statement.toml by `python -m usperu._generate`: do not edit.\n"
    "# tests/test_bundled.py fails when this file is out of step with the data or the code.\n"
)


def _literal(name: str, annotation: str, value: Any) -> str:
    text = pprint.pformat(value, width=110, sort_dicts=False, compact=True)
    return f"{name}: {annotation} = {text}\n"


_TABLES = (
    "people", "sessions", "achievements", "commitments", "events", "glossary", "paragraphs", "developments",
    "corrections", "concepts", "progress",
)  # fmt: skip
"""The Statement's tuples of records, in its field order, that `_bundled` holds built."""


def _bundled_source(document: dict[str, Any], spanish: "Texts | None" = None) -> str:
    """Return the bundled records as Python that builds them: one constructor call per
    record, which Python compiles to bytecode once. Building them from the parsed document
    on every run cost ~2.5M instructions more (README, 'Performance'); the calls give every
    field in order, without keywords (a record's repr with keywords cost ~2.7M more).

    With `spanish`, the records with the overlay's translations applied (`_overlay.apply`),
    for `usperu._bundled_es_records`: applying them on every Spanish run cost ~8.8M
    instructions (importing `_overlay`, `_bundled_es` and the English records, then
    replacing fields), counted with cachegrind on 2026-12-02."""
    statement = build_statement(document, bundled_path(), bundled=True)
    about = "The bundled records, parsed, validated and built ahead of time (see usperu._loader)."
    if spanish is not None:
        from ._overlay import apply

        statement = apply(statement, spanish)
        about = (
            "The bundled records with their editorial text in Spanish (data/statement.es.toml applied),\n"
            "built ahead of time for the Spanish interface (see usperu._loader)."
        )
    tables = (statement.metadata, *(getattr(statement, table) for table in _TABLES))
    kinds = sorted({type(value).__name__ for value in _values(tables)})
    lines = [
        f"METADATA = {_call(statement.metadata)}\n",
        f"DEVELOPMENTS_CHECKED = {statement.developments_checked!r}\n",
    ]
    for table in _TABLES:
        records = "".join(f"    {_call(record)},\n" for record in getattr(statement, table))
        lines.append(f"\n{table.upper()} = (\n{records})\n")
    return (
        (_HEADER if spanish is None else _HEADER.replace("data/statement.toml", "data/statement.toml and .es.toml"))
        + f'"""{about}"""\n\n'
        + "import datetime\n\n"
        + f"from ._model import {', '.join(kinds)}\n\n"
        + "".join(lines)
    )


def _call(value: Any) -> str:
    """Return Python that builds a value: a record (a named tuple) as its class called with
    every field in order, nested records too; anything else as its repr."""
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return f"{type(value).__name__}({', '.join(_call(item) for item in value)})"
    if isinstance(value, tuple):
        return f"({', '.join(_call(item) for item in value)}{',' if len(value) == 1 else ''})"
    return repr(value)


def _values(value: Any) -> list[Any]:
    """Return the records and inline tables in a record or a tuple of them, nested ones too."""
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return [value] + [found for item in value for found in _values(item)]
    if isinstance(value, tuple):
        return [found for item in value for found in _values(item)]
    return []


def _index_source(document: dict[str, Any], spanish: "Texts") -> str:
    from ._search import _build_index, packed_postings, spanish_title
    from ._tokens import known_stems

    statement = build_statement(document, bundled_path())
    index = _build_index(statement, spanish)
    words = sorted({w for text in _words_of(statement, spanish) for w in _folded_words(text)})
    stems_en, stems_es = known_stems(words)
    docs = tuple((d.id, d.kind, d.title, d.order, tuple(tuple(f) for f in d.fields)) for d in index.docs)
    terms, starts, packed = packed_postings(index.postings)
    # The Spanish title of each record that has one: a Spanish search names its hits with
    # them instead of importing all of _bundled_es (~2M instructions).
    spanish_titles = ((d, spanish_title(d.kind, d.id, d.title, spanish)) for d in index.docs if d.kind != "paragraph")
    titles = {d.id: title for d, title in spanish_titles if title != d.title}
    return (
        _HEADER
        + '"""The search index of the bundled dataset, built ahead of time (see usperu._search)."""\n\n'
        + "from typing import Any\n\n"
        + "from ._search import Postings\n\n"
        + _literal("_DOCS", "Any", docs)
        + "\n"
        + _literal("TERMS", "str", terms)
        + "\n"
        + _literal("STARTS", "bytes", starts)
        + "\n"
        + _literal("PACKED", "bytes", packed)
        + "\n"
        + _literal("AVERAGE_LENGTH", "dict[str, float]", index.average_length)
        + "\n"
        + _literal("SYNONYMS", "Any", index.synonyms)
        + "\n"
        + _literal("CONCEPTS", "Any", tuple(tuple(c) for c in index.concepts))
        + "\n"
        + _literal("VOCABULARY", "str", index.vocabulary)
        + "\n"
        + _literal("STEMS", "str", stems_en)
        + "\n"
        + _literal("STEMS_ES", "str", stems_es)
        + "\n"
        + _literal("TITLES_ES", "dict[str, str]", titles)
        + "\n\ndef _docs() -> Any:\n"
        + '    """The records as Doc and Field named tuples, made by tuple.__new__ from every field in order:\n'
        + '    calling the classes (a Python __new__ each) cost ~2M instructions more for ~2,000 of them."""\n'
        + "    from ._search import Doc, Field\n\n"
        + "    new = tuple.__new__\n"
        + "    return tuple(new(Doc, (i, k, t, n, tuple([new(Field, f) for f in fs]))) for i, k, t, n, fs in _DOCS)"
        + "\n\n\n"
        + "DOCS = _docs()\n"
        + "POSTINGS = Postings(TERMS, STARTS, PACKED)\n"
    )


def _words_of(statement: Any, spanish: "Texts") -> list[str]:
    """Return every text that search tokenizes for the bundled data: its fields and their
    Spanish, the concepts' words and the glossary and people names it joins into synonyms."""
    from ._search import _texts

    texts = [t for r in statement.records() for strings in _texts(r).values() for t, _ in strings]
    texts += [t for r in spanish.values() for fields in r.values() for t in _strings(fields)]
    texts += [w for c in statement.concepts for w in (*c.words_en, *c.words_es, c.title)]
    return texts


def _strings(fields: dict[str, Any]) -> list[str]:
    """Return the Spanish strings of one record's translations (notes' texts too)."""
    found = []
    for value in fields.values():
        found += [es for es, _source in value if es] if isinstance(value, tuple) else [value]
    return found


def _folded_words(text: str) -> list[str]:
    """Return a text's words folded, each part of a joined word and the joined word."""
    from ._tokens import JOINERS, WORD, fold

    found = []
    for match in WORD.finditer(text):
        parts = [p for p in JOINERS.split(match.group()) if p]
        found += [fold(p) for p in parts] + ([fold("".join(parts))] if len(parts) > 1 else [])
    return found


def generated_modules(data: str | None = None, out: str | None = None) -> dict[str, str]:
    """Return {module path: source} for the generated modules, made from `data` (the
    bundled data file by default) to be written in `out` (this package's folder by default);
    raise DataError, before anything is made, if `usperu validate` rejects the data file."""
    from ._schema import check_document

    path = data or bundled_path()
    document, text = read_document(path)
    problems = check_document(document, path, text)
    spanish: Texts = {}
    if not problems:
        problems, spanish = _overlay_of(document, path, text)
    if problems:
        first, more = problems[0], len(problems) - 1
        if more:
            message = f"{first.message} (and {more} more; run 'usperu validate {path}' to list them)"
            first = DataError(first.path, message, line=first.line, record=first.record, field=first.field)
        raise first
    here = out or os.path.dirname(os.path.abspath(__file__))
    return {
        os.path.join(here, "_bundled.py"): _bundled_source(document),
        os.path.join(here, "_bundled_index.py"): _index_source(document, spanish),
        os.path.join(here, "_bundled_es.py"): _spanish_source(spanish),
        os.path.join(here, "_bundled_es_records.py"): _bundled_source(document, spanish),
    }


def _overlay_of(document: dict[str, Any], path: str, text: str) -> tuple[list[DataError], Texts]:
    """Return the problems of the Spanish overlay beside the data file (`usperu validate`
    reports the same), and its translations; none of either when there is no overlay."""
    from ._loader import check_translation
    from ._overlay import overlay_path, read_overlay, spanish_texts

    beside = overlay_path(path)
    if not os.path.exists(beside):
        return [], {}
    return check_translation(document, path, text), spanish_texts(document, read_overlay(beside)[0])


def _spanish_source(spanish: Texts) -> str:
    """Return the overlay's translations as a Python literal: imported only in Spanish,
    so that a run in Spanish parses no TOML either (see usperu._overlay.apply)."""
    return (
        _HEADER.replace("data/statement.toml", "data/statement.es.toml")
        + '"""The Spanish of the bundled editorial layer: table -> id -> field -> text (see usperu._overlay)."""\n\n'
        + "from typing import Any\n\n"
        + _literal("TEXTS", "dict[str, dict[str, dict[str, Any]]]", spanish)
    )


def main(argv: list[str]) -> int:
    """Write (or with --check, compare) the generated modules; return an exit code."""
    try:
        modules = generated_modules()
    except DataError as error:
        from ._escape import clean

        sys.stderr.write(f"usperu._generate: {clean(str(error))}; nothing written\n")
        return 2
    stale = []
    for path, source in modules.items():
        try:
            with open(path, encoding="utf-8") as handle:
                current = handle.read()
        except FileNotFoundError:
            current = None
        if current == source:
            continue
        stale.append(path)
        if "--check" not in argv:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(source)
    verb = "out of date" if "--check" in argv else "written"
    for path in stale:
        sys.stderr.write(f"usperu._generate: {path}: {verb}\n")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
