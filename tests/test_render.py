"""The renderer, read back: CSV and Markdown are parsed again and compared cell by cell,
and tables are measured against the width they were drawn for.

Hostile values (separators, quotes, newlines, backslashes, Markdown syntax) go both
straight to the renderer and through a --data file to the command line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from usperu import Statement
from usperu._listing import IDS, search_listing
from usperu._render import READABLE, clean, column_widths, fit_table, render, render_rows_csv
from usperu._search import search
from usperu._views import (
    Listing,
    achievements_listing,
    glossary_listing,
    paragraphs_listing,
    people_listing,
    since_listing,
    timeline_listing,
)

from .conftest import DATA, Invoke

HOSTILE = [
    "comma, inside",
    'a "quoted" word',
    '"',
    'ends with a quote"',
    "pipe | inside",
    "|",
    "two\nlines",
    "carriage\r\nreturn",
    "lone\rreturn",
    "back\\slash",
    "\\",
    "\\|",
    "*star* _under_ `tick` [link](x) <b> #hash",
    " leading and trailing spaces ",
    "semi; colon",
    "tab\there",
    "",
    "ünïcödé “quotes” — dash",
]
HOSTILE_TITLE = 'Hostile, "quoted" | piped\\ *title* `x` _y_ [z] <w> #1'


def hostile_data(tmp_path: Path, title: str = HOSTILE_TITLE) -> Path:
    """Return a copy of the data file with key achievement 3 retitled."""
    path = tmp_path / "hostile.toml"
    good = DATA.read_text(encoding="utf-8")
    old = 'title = "Peru, first in Latin America to join the Blue Dot Network"'
    assert good.count(old) == 1
    escaped = title.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    path.write_text(good.replace(old, f'title = "{escaped}"'), encoding="utf-8")
    return path


# --- CSV ---------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_round_trips_hostile_values() -> None:
    rows = [{"id": f"row-{n}", "value": value, "list": [value, "x"]} for n, value in enumerate(HOSTILE)]
    parsed = read_csv(render_rows_csv(rows))
    assert [list(row) for row in parsed] == [["id", "value", "list"]] * len(rows)
    for n, (row, value) in enumerate(zip(parsed, HOSTILE, strict=True)):
        # CSV shows control characters (but tab and newline) as visible escapes, as every format does
        assert row == {"id": f"row-{n}", "value": clean(value), "list": clean(value) + "; x"}


def test_csv_of_a_listing_round_trips_hostile_values() -> None:
    listing = Listing(
        title="t",
        headers=("ID", "Value"),
        cells=tuple((f"row-{n}", v) for n, v in enumerate(HOSTILE)),
        rows=tuple({"id": f"row-{n}", "value": v} for n, v in enumerate(HOSTILE)),
    )
    parsed = read_csv(render(listing, "csv"))
    assert [row["value"] for row in parsed] == [clean(v) for v in HOSTILE]


@pytest.mark.parametrize(
    "title", [HOSTILE_TITLE, 'comma, and "quote"', "line one\nline two", '"', "a,b,c", "ends with backslash \\"]
)
def test_csv_from_the_command_line_equals_the_json(invoke: Invoke, tmp_path: Path, title: str) -> None:
    data = str(hostile_data(tmp_path, title))
    as_json = json.loads(invoke("--data", data, "achievements", "-f", "json").stdout)
    as_csv = read_csv(invoke("--data", data, "achievements", "-f", "csv").stdout)
    assert [row["id"] for row in as_csv] == [item["id"] for item in as_json]
    assert [row["title"] for row in as_csv] == [item["title"] for item in as_json]
    assert as_json[2]["title"] == title
    for row, item in zip(as_csv, as_json, strict=True):
        assert row["text"] == item["text"] and row["status"] == item["status"]
        assert row["sessions"] == "; ".join(item["sessions"])
    exported = read_csv(invoke("--data", data, "export", "-f", "csv", "--kind", "achievements").stdout)
    assert exported == as_csv


# --- Markdown ------------------------------------------------------------------------


def markdown_cells(line: str) -> list[str]:
    """Return the cells of a Markdown table row, unescaped: a backslash escapes the
    next character; an unescaped '|' separates cells."""
    assert line.startswith("|") and line.endswith("|"), line
    cells, current, escaped = [], [], False
    for character in line[1:-1]:
        if escaped:
            current.append(character)
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(character)
    assert not escaped, line
    cells.append("".join(current))
    return [cell.strip() for cell in cells]


def expected_markdown(text: str) -> str:
    """What a cell shows: control characters made visible, a newline read as a space (as
    _render._md documents), surrounding spaces trimmed as Markdown does."""
    return clean(text).replace("\n", " ").strip()


def test_markdown_table_round_trips_hostile_cells() -> None:
    headers = ("Key", "Value", "Same | again")
    cells = tuple((f"k{n}", value, value) for n, value in enumerate(HOSTILE))
    listing = Listing(title="Hostile | *title*", headers=headers, cells=cells, rows=())
    lines = render(listing, "markdown").splitlines()
    assert lines[0] == "## Hostile \\| \\*title\\*"
    table = [line for line in lines if line.startswith("|")]
    assert markdown_cells(table[0]) == list(headers)
    assert set(table[1]) == {"|", "-"} and table[1].count("|") == len(headers) + 1
    assert len(table) == 2 + len(cells)
    for line, row in zip(table[2:], cells, strict=True):
        assert markdown_cells(line) == [expected_markdown(cell) for cell in row], line


def test_markdown_escapes_every_pipe_and_backslash() -> None:
    listing = Listing(title="t", headers=("A", "B"), cells=(("|", "\\|"), ("\\", "||\\\\")), rows=())
    lines = render(listing, "markdown").splitlines()
    assert lines[-2:] == ["| \\| | \\\\\\| |", "| \\\\ | \\|\\|\\\\\\\\ |"]


def test_markdown_search_emphasis_keeps_the_columns(statement: Statement) -> None:
    hits = search(statement, "peru", limit=20)
    listing = search_listing(hits)
    hostile = Listing(
        title=listing.title,
        headers=listing.headers,
        cells=tuple((k, i, "a | b *c*", s) for k, i, _, s in listing.cells),
        rows=listing.rows,
        highlights=listing.highlights,
    )
    for line in render(hostile, "markdown").splitlines()[4:]:
        cells = markdown_cells(line)
        assert len(cells) == 4 and cells[2] == "a | b *c*", line


def test_markdown_from_the_command_line_keeps_a_hostile_title_whole(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("--data", str(hostile_data(tmp_path)), "achievements", "-f", "markdown")
    assert result.exit_code == 0, result.output
    rows = [markdown_cells(line) for line in result.stdout.splitlines() if line.startswith("| ")]
    assert all(len(row) == 5 for row in rows)
    assert rows[3][:2] == ["3", HOSTILE_TITLE]


# --- table widths ------------------------------------------------------------------


def listings(statement: Statement) -> dict[str, Listing]:
    return {
        "achievements": achievements_listing(statement.achievements + statement.commitments, statement),
        "key achievements": achievements_listing(statement.achievements, statement),
        "timeline": timeline_listing(statement.events, dt.date(2026, 1, 1)),
        "since": since_listing(statement.developments),
        "people": people_listing(statement.people),
        "glossary": glossary_listing(statement.glossary),
        "paragraphs": paragraphs_listing(statement.paragraphs),
        "search": search_listing(search(statement, "peru", limit=30)),
    }


def table_width(widths: list[int]) -> int:
    """The width of a SIMPLE_HEAD table with these column widths: padding, separators, edges."""
    return sum(widths) + 3 * (len(widths) - 1) + 4


@pytest.mark.parametrize("width", [40, 59, 60, 61, 70, 72, 80, 90, 100, 110, 120, 140, 160, 200])
@pytest.mark.parametrize(
    "name", ["achievements", "key achievements", "timeline", "since", "people", "glossary", "paragraphs", "search"]
)
def test_tables_fit_the_width(statement: Statement, name: str, width: int) -> None:
    listing = listings(statement)[name]
    natural = column_widths(listing, None)
    fitted = fit_table(listing, width)
    assert natural is not None
    drawn = render(listing, "table", width=width)
    assert max(cell_len(line) for line in drawn.splitlines()) <= width
    if width < 60:
        assert f"{listing.headers[0]}: " in drawn and "──" not in drawn  # stacked blocks, not a table
        return
    assert fitted is not None and "──" in drawn, width  # a table from 60 columns on
    shown, widths = fitted
    assert len(widths) == len(shown.headers) and set(shown.headers) <= set(listing.headers)
    assert set(listing.headers) - set(shown.headers) <= set(listing.spare)  # only spare columns go
    assert table_width(widths) <= width, (widths, width)
    assert all(1 <= w <= natural[listing.headers.index(h)] for w, h in zip(widths, shown.headers, strict=True))
    if table_width(natural) <= width:
        assert widths == natural and shown == listing  # nothing shrinks when everything fits
    main = max(range(len(widths)), key=lambda i: widths[i] if shown.headers[i] not in IDS else 0)
    assert widths[main] >= READABLE  # the title (event, text, ...) stays readable


LISTINGS = ["achievements", "key achievements", "timeline", "since", "people", "glossary", "paragraphs", "search"]


@pytest.mark.parametrize("name", LISTINGS)
def test_tables_are_drawn_as_tables_when_wide_enough(statement: Statement, name: str) -> None:
    listing = listings(statement)[name]
    natural = column_widths(listing, None)
    assert natural is not None
    assert column_widths(listing, table_width(natural)) == natural
    assert column_widths(listing, 200) is not None
    shrunk = column_widths(listing, 100)
    if table_width(natural) > 100 and shrunk is not None:
        assert table_width(shrunk) <= 100 and sum(shrunk) < sum(natural)


def test_achievement_ids_stay_whole_when_other_columns_can_give(statement: Statement) -> None:
    listing = listings(statement)["achievements"]
    natural = column_widths(listing, None)
    assert natural is not None
    longest_id = max(len(i.id) for i in statement.achievements + statement.commitments)
    assert natural[-1] == longest_id
    for width in (120, 160):
        fitted = column_widths(listing, width)
        assert fitted is not None and fitted[-1] == longest_id, width
    for width in (100, 120, 160):  # at 100 columns the table leaves out the sessions: ids whole there too
        drawn = render(listing, "table", width=width)
        for item in statement.achievements + statement.commitments:
            assert item.id in drawn, (width, item.id)


def _unbroken(cell: str) -> str:
    """A cell of ids as it was before `fit_table` broke it: after a hyphen, or between ids."""
    return re.sub(r"(?<=-)\n", "", cell).replace("\n", " ")


@pytest.mark.parametrize("width", [60, 72, 80, 100])
@pytest.mark.parametrize("name", ["achievements", "timeline", "since", "people", "glossary", "search"])
def test_ids_too_wide_for_their_column_break_after_a_hyphen(statement: Statement, name: str, width: int) -> None:
    listing = listings(statement)[name]
    fitted = fit_table(listing, width)
    assert fitted is not None
    shown, widths = fitted
    broken = 0
    for index, header in enumerate(shown.headers):
        if header not in IDS:
            continue
        original = listing.headers.index(header)
        for before, after in zip(listing.cells, shown.cells, strict=True):
            cell = after[index]
            assert _unbroken(cell) == before[original]  # nothing lost, nothing added
            lines = cell.split("\n")
            if widths[index] >= max(len(part) for part in re.findall(r"[^\s-]*-+|[^\s-]+", cell)):
                assert all(len(line) <= widths[index] for line in lines), cell  # Rich need not fold any
            if len(lines) > 1:
                broken += 1
                assert all(line.endswith(("-", ",")) for line in lines[:-1]), cell
            if len(before[original]) <= widths[index]:
                assert cell == before[original]  # an id that fits stays as it is
    if name == "timeline" and width <= 80:
        assert broken  # the timeline's long ids do break at 80 columns


def test_a_narrow_table_leaves_out_spare_columns_and_their_captions(statement: Statement) -> None:
    timeline = listings(statement)["timeline"]
    wide, narrow = render(timeline, "table", width=80), render(timeline, "table", width=60)
    assert " Basis " in wide and "Basis: stated" in wide
    assert narrow.splitlines()[2].split() == ["Date", "Event", "ID"]  # a table without the basis
    assert "Basis" not in narrow and "derived" not in narrow and "─" in narrow


def test_fields_asked_for_are_never_left_out(invoke: Invoke) -> None:
    for width in ("60", "72", "80"):
        result = invoke("achievements", "--fields", "number,title,actors,status,sessions", env={"COLUMNS": width})
        assert result.exit_code == 0, result.output
        header = next((line for line in result.stdout.splitlines() if line.strip().startswith("#")), "")
        if "──" in result.stdout:
            assert all(name in header for name in ("Achievement", "Actors", "Status", "Session")), width
        else:
            assert "Session: " in result.stdout and "Actors: " in result.stdout  # stacked blocks


LISTING_COMMANDS = [
    ["achievements"],
    ["achievements", "--all"],
    ["sessions"],
    ["timeline"],
    ["since"],
    ["people"],
    ["glossary"],
    ["search", "peru"],
    ["search", "critical", "minerals"],
]
MAIN_COLUMN = {"achievements": "Achievement", "sessions": "Session", "timeline": "Event", "since": "Development"}
MAIN_COLUMN |= {"people": "Name", "glossary": "Expansion", "search": "Match"}


@pytest.mark.parametrize("columns", [60, 72, 80, 100, 120, 200])
@pytest.mark.parametrize("args", LISTING_COMMANDS, ids=" ".join)
def test_every_listing_is_a_table_that_fits_from_60_columns(invoke: Invoke, args: list[str], columns: int) -> None:
    result = invoke(*args, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= columns, result.stdout
    rules = [n for n, line in enumerate(lines) if line.startswith(" ───")]
    assert len(rules) == 1, result.stdout  # a table: the rule under its header
    header = lines[rules[0] - 1]
    assert MAIN_COLUMN[args[0]] in [name.strip() for name in header.split("  ")], header  # the main column is there
    assert ": " not in header and lines[rules[0] + 1].strip(), result.stdout  # a row follows


@pytest.mark.parametrize("columns", [20, 40, 59])
@pytest.mark.parametrize("args", LISTING_COMMANDS, ids=" ".join)
def test_every_listing_is_stacked_blocks_below_60_columns(invoke: Invoke, args: list[str], columns: int) -> None:
    result = invoke(*args, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    assert "──" not in result.stdout and ("ID: " in result.stdout or "#: " in result.stdout)
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= max(columns, 10)


def test_a_terminal_of_no_set_size_counts_as_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python 3.10 reports a terminal with no size set (a fresh pty) as 0 x 0."""
    import io
    import os
    import shutil
    import sys

    from usperu import _render

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys, "stdout", Terminal())
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((0, 0)))
    assert _render.terminal_width() == 80


def test_table_columns_are_measured_in_terminal_cells() -> None:
    """A wide character takes two cells: its column is sized for that, so the title is not
    folded where it would fit, and no line is wider than the terminal."""
    from rich.cells import cell_len

    wide = "漢字のタイトル"  # 7 characters, 14 cells
    listing = Listing(title="T", headers=("ID", "Title"), cells=(("a", wide), ("b", "e\u0301te\u0301")), rows=())
    assert column_widths(listing, None) == [2, 14]
    for width in (None, 80):
        drawn = render(listing, "table", width=width)
        assert wide in drawn and "e\u0301te\u0301" in drawn
    narrow = render(listing, "table", width=60)
    assert all(cell_len(line) <= 60 for line in narrow.splitlines())


_ID_WORD = st.from_regex(r"[a-z]{1,16}(-[a-z0-9]{1,16}){0,4}", fullmatch=True)
_WORDS = ["word", "longer", "anti-satellite", "漢字", "x" * 14, "a"]
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)


@st.composite
def _listings(draw: st.DrawFn) -> Listing:
    headers = tuple(draw(st.permutations(["#", "Title", "Kind", "Follows up", "ID"]))[: draw(st.integers(2, 5))])
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        cells = {"#": str(draw(st.integers(1, 99))), "Title": draw(_TEXT), "Kind": draw(_TEXT)}
        cells |= {"Follows up": ", ".join(draw(st.lists(_ID_WORD, max_size=3))), "ID": draw(_ID_WORD)}
        rows.append(tuple(cells[h] for h in headers))
    spare = tuple(draw(st.lists(st.sampled_from(headers), unique=True, max_size=2)))
    return Listing(title="T", headers=headers, cells=tuple(rows), rows=(), spare=spare, keep_ids=draw(st.booleans()))


@settings(max_examples=150, deadline=None)
@given(listing=_listings(), width=st.integers(60, 200))
def test_any_fitted_table_fits_and_keeps_its_ids(listing: Listing, width: int) -> None:
    fitted = fit_table(listing, width)
    drawn = render(listing, "table", width=width)
    if fitted is None:  # stacked blocks (which wrap by characters, not cells: a wide one can overflow)
        assert "──" not in drawn
        return
    assert max(cell_len(line) for line in drawn.splitlines()) <= width
    shown, widths = fitted
    assert table_width(widths) <= width
    assert set(listing.headers) - set(shown.headers) <= set(listing.spare)
    for index, header in enumerate(shown.headers):
        for before, after in zip(listing.cells, shown.cells, strict=True):
            if header in IDS:
                assert _unbroken(after[index]) == before[listing.headers.index(header)]
            else:
                assert after[index] == before[listing.headers.index(header)]


def test_csv_headers_are_every_key_of_every_row_in_order() -> None:
    from usperu._render import _csv

    text = _csv([{"a": 1}, {"a": 2, "b": 3}, {"c": 4}])
    assert list(csv.reader(io.StringIO(text))) == [["a", "b", "c"], ["1", "", ""], ["2", "3", ""], ["", "", "4"]]


_CSV_CELLS = st.lists(
    st.sampled_from(['"', ",", "\n", "\r", " ", "a", "é", "\t", ";", "''", "\u2028"]), max_size=6
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CSV_CELLS, min_size=1, max_size=5))
def test_a_csv_record_is_written_as_the_csv_module_writes_it(cells: list[str]) -> None:
    from usperu._render import _csv_line

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    if any("\r" in cell for cell in cells):  # quoted, as Python 3.13's csv does (3.10-3.12 leave it bare)
        assert _csv_line(cells) == buffer.getvalue() or sys.version_info < (3, 13)
    else:
        assert _csv_line(cells) == buffer.getvalue()
    assert next(csv.reader(io.StringIO(_csv_line(cells), newline=""))) == cells  # read back whole
