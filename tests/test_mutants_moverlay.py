"""Tests that kill mutants of `_overlay` and `cli`; see docs/mutation-moverlay.md. Each
builds what it reads itself (a copy of the data file and its overlay in tmp_path), so that
no cache built before a mutant is switched on hides it."""

from __future__ import annotations

from pathlib import Path

import pytest

from usperu import read_document
from usperu._loader import check_translation

from .conftest import DATA

GOOD = DATA.read_text(encoding="utf-8")
OVERLAY = DATA.with_suffix(".es.toml")
ARTEMIS_NOTES = 196
"""The line of `notes = [` of achievement artemis-accords in the bundled overlay (1-based)."""


def _copy(folder: Path, overlay: str) -> str:
    """Return the path of a copy of the data file in `folder`, with `overlay` beside it."""
    folder.mkdir(exist_ok=True)
    path = folder / "statement.toml"
    path.write_text(GOOD, encoding="utf-8")
    (folder / "statement.es.toml").write_text(overlay, encoding="utf-8")
    return str(path)


def _problems_of(tmp_path: Path, lines: list[str]) -> list[tuple[int | None, str | None, str]]:
    path = _copy(tmp_path, "\n".join(lines))
    document, english = read_document(path)
    return [(p.line, p.field, p.message) for p in check_translation(document, path, english)]


def _artemis() -> list[str]:
    lines = OVERLAY.read_text(encoding="utf-8").split("\n")
    assert lines[ARTEMIS_NOTES - 1] == "notes = ["
    assert lines[ARTEMIS_NOTES + 2].startswith('  { es = "La declaración recoge')  # note 1, line 199
    assert lines[ARTEMIS_NOTES + 5].startswith('  { es = "Asignado a la sesión')  # note 2, line 202
    assert lines[ARTEMIS_NOTES + 6] == "]"
    return lines


# --- the bug: a note that is not a table was placed at the next table's line -------------

TABLE = "must be a table with the keys es, of, source"


@pytest.mark.parametrize(
    ("note", "replace"),
    [(1, '"x",'), (1, "3,"), (2, '"x",'), (2, "3.5,"), (1, "[],"), (2, "true,")],
    ids=["first-a-string", "first-a-number", "second-a-string", "second-a-float", "first-an-array", "second-a-bool"],
)
def test_a_note_that_is_not_a_table_is_reported_at_its_own_line(tmp_path: Path, note: int, replace: str) -> None:
    lines = _artemis()
    at = ARTEMIS_NOTES + 3 * note  # 199 or 202, 1-based
    lines[at - 1] = "  " + replace
    assert _problems_of(tmp_path, lines) == [(at, "notes", f"note {note}: {TABLE}")]


def test_notes_on_one_line_are_reported_at_that_line(tmp_path: Path) -> None:
    lines = _artemis()
    first, second = lines[ARTEMIS_NOTES + 2].strip(), lines[ARTEMIS_NOTES + 5].strip().rstrip(",")
    lines[ARTEMIS_NOTES - 1 : ARTEMIS_NOTES + 7] = [f'notes = ["x", {second}]']
    assert _problems_of(tmp_path, lines) == [(ARTEMIS_NOTES, "notes", f"note 1: {TABLE}")]
    lines = _artemis()
    lines[ARTEMIS_NOTES - 1 : ARTEMIS_NOTES + 7] = [
        "notes = [",
        f"  {first} {second.replace('of = ', 'of = 1, x = ')}",
        "]",
    ]
    assert _problems_of(tmp_path, lines) == [(ARTEMIS_NOTES + 1, "notes", f"note 2: {TABLE}")]


def test_commas_brackets_quotes_and_comments_inside_a_note_do_not_start_another(tmp_path: Path) -> None:
    lines = _artemis()
    source = 'source = "editorial; comunicado de prensa 24-075 de la NASA"'
    lines[ARTEMIS_NOTES - 1 : ARTEMIS_NOTES + 7] = [
        'notes = [ # a comment, with "a quote", [brackets] and {braces}',
        '  { es = "una, {dos} [tres] \\"cuatro,\\" # cinco", of = "4aa7ed43", ' + source + " },",
        "  # EN: another comment, 'quoted', {x}",
        "  '''seis, [siete]",
        "  ocho''',",
        "]",
    ]
    assert _problems_of(tmp_path, lines) == [(ARTEMIS_NOTES + 3, "notes", f"note 2: {TABLE}")]
    lines[ARTEMIS_NOTES : ARTEMIS_NOTES + 4] = [
        '  { es = """una, {dos}',
        '  [tres] \\""" ,""", of = "4aa7ed43", ' + "source = 'C:\\' }, 3",
    ]
    assert _problems_of(tmp_path, lines) == [(ARTEMIS_NOTES + 2, "notes", f"note 2: {TABLE}")]
