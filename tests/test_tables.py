"""Listings are laid out by `usperu._tables` as Rich's Table would lay them out.

Rich's `Table` took ~7 ms to draw `usperu timeline` (README, 'Performance'), so
`_tables` wraps and pads the cells itself and lets Rich style and write the text. The
oracle here is Rich's own Table, built as usperu built it before: every listing of the
dataset, at every width, and any listing hypothesis can make of hostile cells (wide and
combining characters, tabs, no-break spaces, control characters, long words), must come
out the same, character for character; with colour, the same words in bold.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import sys
from collections.abc import Iterator
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from usperu import Statement, _tables
from usperu._escape import clean
from usperu._listing import NO_WRAP, Listing, search_listing
from usperu._queries import timeline
from usperu._render import column_widths, fit_table
from usperu._search import search
from usperu._views import (
    achievements_listing,
    glossary_listing,
    paragraphs_listing,
    people_listing,
    since_listing,
    timeline_listing,
)


def _text(text: str, style: str = "") -> Text:
    return Text(clean(text), style=style)


def _emphasis(text: str, spans: tuple[tuple[int, int], ...]) -> Text:
    pieces: list[Text] = []
    at = 0
    for start, end in spans:
        pieces += [_text(text[at:start]), _text(text[start:end], "bold")]
        at = end
    pieces.append(_text(text[at:]))
    return Text.assemble(*pieces)


def rich_table(listing: Listing, widths: list[int]) -> Table:
    """The listing as a Rich Table, as usperu drew it before it laid tables out itself."""
    caption = _text(listing.caption, "dim") if listing.caption else None
    table = Table(title=_text(listing.title, "bold"), caption=caption, box=box.SIMPLE_HEAD, show_lines=False)
    for header, width in zip(listing.headers, widths, strict=True):
        table.add_column(_text(header), overflow="fold", no_wrap=header in NO_WRAP, width=width)

    def marker() -> None:
        assert listing.marker is not None
        table.add_row(*(_text(cell, "bold yellow") for cell in listing.marker[1]))

    for index, row in enumerate(listing.cells):
        if listing.marker and listing.marker[0] == index:
            marker()
        cells = [_text(cell) for cell in row]
        if listing.highlights is not None:
            cells[-1] = _emphasis(row[-1], listing.highlights[index])
        table.add_row(*cells)
    if listing.marker and listing.marker[0] >= len(listing.cells):
        marker()
    return table


@contextlib.contextmanager
def stdout_encoding(encoding: str) -> Iterator[None]:
    """Make sys.stdout a stream of this encoding: Rich picks the box it can show."""
    with mock.patch.object(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding=encoding)):
        yield


def drawn_by_rich(listing: Listing, width: int | None, widths: list[int], *, colour: bool = False) -> str:
    buffer = _tables._Buffer()
    console = Console(
        file=buffer,
        width=width or 100_000,
        height=50,
        color_system="standard" if colour else None,
        force_terminal=colour,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )
    console.print(rich_table(listing, widths))
    return _tables._TRAILING.sub("", buffer.getvalue())


def dataset_listings(statement: Statement) -> dict[str, Listing]:
    today = dt.date(2026, 1, 1)
    return {
        "achievements": achievements_listing(statement.achievements + statement.commitments, statement),
        "timeline": timeline_listing(timeline(statement), today),
        "since": since_listing(statement.developments),
        "people": people_listing(statement.people),
        "glossary": glossary_listing(statement.glossary),
        "paragraphs": paragraphs_listing(statement.paragraphs),
        "search": search_listing(search(statement, "peru", limit=30)),
    }


@pytest.fixture
def no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.mark.usefixtures("no_colour")
@pytest.mark.parametrize("encoding", ["utf-8", "ascii", "latin-1"])
@pytest.mark.parametrize("name", ["achievements", "timeline", "since", "people", "glossary", "paragraphs", "search"])
def test_every_listing_is_laid_out_as_rich_lays_it_out(statement: Statement, name: str, encoding: str) -> None:
    listing = dataset_listings(statement)[name]
    tables = 0
    for width in [60, 61, 72, 80, 90, 100, 110, 120, 140, 160, 200, None]:
        fitted = fit_table(listing, width)  # with its ids broken after hyphens, its spare columns left out
        widths = column_widths(listing, width)  # every column
        cases = [fitted] if widths is None else [fitted, (listing, widths)]
        for shown, shown_widths in filter(None, cases):
            with stdout_encoding(encoding):
                drawn = _tables.draw_table(shown, width, shown_widths)
                assert drawn == drawn_by_rich(shown, width, shown_widths), width
            rule = " ───" if encoding == "utf-8" else "|---"  # under the header: SIMPLE_HEAD, or Rich's ASCII box
            assert any(line.startswith(rule) for line in drawn.splitlines())
            tables += 1
    assert tables >= 12  # a table at every width


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _runs(drawn: str, code: str) -> list[str]:
    """Return the stripped text of each run drawn with the given SGR code (e.g. '1' for bold)."""
    runs = re.findall(rf"\x1b\[{code}m([^\x1b]*)\x1b\[0m", drawn)
    return [run.strip() for run in runs if run.strip()]


def _styled(drawn: str) -> list[list[tuple[str, str]]]:
    """Return, line by line, each visible character with the SGR codes it is drawn with."""
    lines: list[list[tuple[str, str]]] = []
    for line in drawn.split("\n"):
        styled: list[tuple[str, str]] = []
        code = ""
        for piece in re.split(r"(\x1b\[[0-9;]*m)", line):
            if piece.startswith("\x1b["):
                code = "" if piece == "\x1b[0m" else piece
            else:
                styled += [(character, code) for character in piece if not character.isspace()]
        lines.append(styled)
    return lines


def _plain_lines(drawn: str) -> list[str]:
    return [line.rstrip(" ") for line in _ANSI.sub("", drawn).split("\n")]


@pytest.mark.parametrize("name", ["timeline", "search"])
def test_with_colour_the_same_words_are_bold(statement: Statement, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm")
    listing = dataset_listings(statement)[name]
    if name == "timeline":  # a today's row, drawn in bold yellow
        listing = timeline_listing(timeline(statement), dt.date(2025, 1, 1))
    widths = column_widths(listing, 100)
    assert widths is not None
    ours, theirs = _tables.draw_table(listing, 100, widths), drawn_by_rich(listing, 100, widths, colour=True)
    assert _plain_lines(ours) == _plain_lines(theirs)
    assert _styled(ours) == _styled(theirs)
    assert _runs(ours, "1") == _runs(theirs, "1")  # title, headers, search matches
    assert _runs(ours, "1") and "\x1b[1m" in ours
    if name == "timeline":
        assert _runs(ours, "1;33") == _runs(theirs, "1;33") == ["1 January 2025", "── today ──", "(today)"]
    assert not re.search(r" +(\x1b\[[0-9;]*m)*$", ours, re.MULTILINE)  # no trailing spaces


# Characters that lay out differently: wide (CJK, emoji), combining, zero-width, no-break
# space, tab, newline, control characters (shown as escapes), and long words.
_PIECES = [*"ab cdé-\n\t’", "漢字", "ｱ", "😀", "\u00a0", "e\u0301", "\u200b", "\x1b", "  ", "word ", "x" * 12]
_CELL = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)
_HEADERS = st.sampled_from(["A", "Date", "#", "A long header", "ID"])


@st.composite
def listings(draw: st.DrawFn) -> tuple[Listing, list[int]]:
    columns = draw(st.integers(1, 4))
    headers = tuple(draw(st.lists(_HEADERS, min_size=columns, max_size=columns)))
    rows = draw(st.lists(st.lists(_CELL, min_size=columns, max_size=columns).map(tuple), min_size=1, max_size=4))
    widths = draw(st.lists(st.integers(1, 24), min_size=columns, max_size=columns))
    emphasis = None
    if draw(st.booleans()):  # search matches: spans of the last column
        emphasis = tuple(_spans(draw, len(row[-1])) for row in rows)
    marker = None
    if draw(st.booleans()):
        marker = (draw(st.integers(0, len(rows))), tuple(draw(st.lists(_CELL, min_size=columns, max_size=columns))))
    listing = Listing(
        title=draw(_CELL),
        headers=headers,
        cells=tuple(rows),
        rows=(),
        caption=draw(_CELL),
        highlights=emphasis,
        marker=marker,
    )
    return listing, widths


def _spans(draw: st.DrawFn, length: int) -> tuple[tuple[int, int], ...]:
    cuts = sorted(set(draw(st.lists(st.integers(0, length), max_size=4))))
    return tuple(zip(cuts[::2], cuts[1::2], strict=False))


@pytest.mark.usefixtures("no_colour")
@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=listings())
def test_any_listing_is_laid_out_as_rich_lays_it_out(case: tuple[Listing, list[int]], encoding: str) -> None:
    listing, widths = case
    width = sum(widths) + 3 * len(widths) + 1  # the table's own width: padding, separators, edges
    with stdout_encoding(encoding):
        assert _tables.draw_table(listing, width, widths) == drawn_by_rich(listing, width, widths)


def test_ascii_terminals_get_rich_ascii_box(statement: Statement) -> None:
    listing = dataset_listings(statement)["people"]
    widths = column_widths(listing, 100)
    assert widths is not None
    with stdout_encoding("ascii"):
        drawn = _tables.draw_table(listing, 100, widths)
    lines = drawn.splitlines()
    assert lines[1].startswith("+-") and lines[2].startswith("| Name ") and lines[3].startswith("|-")
    assert lines[-1].startswith("+-") and drawn.isascii()


def test_a_table_needs_a_width_for_each_column(statement: Statement) -> None:
    listing = dataset_listings(statement)["people"]
    with pytest.raises(ValueError, match="columns need"):
        _tables.draw_table(listing, 100, [10])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(listings())
def test_any_listing_has_the_same_styles(monkeypatch: pytest.MonkeyPatch, case: tuple[Listing, list[int]]) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm")
    listing, widths = case
    width = sum(widths) + 3 * len(widths) + 1
    ours, theirs = _tables.draw_table(listing, width, widths), drawn_by_rich(listing, width, widths, colour=True)
    assert _plain_lines(ours) == _plain_lines(theirs)
    assert _styled(ours) == _styled(theirs)  # every visible character, in the same style


@pytest.mark.parametrize(
    ("snippet", "spans"),
    [
        ("a\tb\tc", ((2, 3), (4, 5))),  # matches after the first and the second tab of a line
        ("a\tb\nc\td", ((2, 3), (6, 7))),  # ... and after a tab on the next line
        ("a\tbb\ncc", ((2, 4), (5, 7))),  # a match that ends where the line does, one that starts a line
        ("漢\tmatch\there", ((2, 7), (8, 12))),  # tab stops count cells: a wide character is two
    ],
)
def test_search_matches_after_tabs_stay_bold(
    monkeypatch: pytest.MonkeyPatch, snippet: str, spans: tuple[tuple[int, int], ...]
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm")
    listing = Listing(
        title="Search results", headers=("ID", "Match"), cells=(("x", snippet),), rows=(), highlights=(spans,)
    )
    widths = [1, 30]
    ours, theirs = _tables.draw_table(listing, 40, widths), drawn_by_rich(listing, 40, widths, colour=True)
    assert _styled(ours) == _styled(theirs)
    bold = "".join(snippet[start:end] for start, end in spans)
    drawn_bold = "".join(c for line in _styled(ours) for c, code in line if code == "\x1b[1m")
    assert drawn_bold == "".join(("Search results" + "IDMatch" + bold).split())


@pytest.mark.usefixtures("no_colour")
@pytest.mark.parametrize("cell", ["aaaaa\u200bword \xa0", "word  x ", "abcdefghij "])
def test_a_cell_that_fits_exactly_but_ends_in_a_space_is_wrapped_as_rich_wraps_it(cell: str) -> None:
    """Found by the hypothesis test: a cell as wide as its column that ends in spaces."""
    listing = Listing(title="", headers=("A", "A"), cells=(("", cell),), rows=())
    widths = [1, 11]
    width = sum(widths) + 3 * len(widths) + 1
    with stdout_encoding("utf-8"):
        assert _tables.draw_table(listing, width, widths) == drawn_by_rich(listing, width, widths)


def _single_cell_characters() -> list[str]:
    ranges = re.findall(r"(.)-(.)", _tables._SINGLE_CELL)
    return [chr(code) for first, last in ranges for code in range(ord(first), ord(last) + 1)]


def test_the_characters_usperu_wraps_itself_take_one_cell_each_in_rich() -> None:
    """`_tables` wraps text of these characters itself, counting one cell for each."""
    characters = _single_cell_characters()
    assert len(characters) > 800 and "é" in characters and "’" in characters and "─" in characters
    for character in characters:
        assert cell_len(character) == 1, repr(character)
        assert character.isprintable() and not character.isspace(), repr(character)
        assert cell_len(character * 3 + "a") == 4, repr(character)  # joins no neighbour into one cell
    for outside in ["\u00a0", "\u00ad", "\u0301", "\u200b", "\u2028", "漢", "😀", "\t"]:
        assert not _tables._SIMPLE("a" + outside + "a"), repr(outside)


_SIMPLE_PIECES = ["a", "é", "’", "─", " ", "  ", "\n", "word ", "x" * 9, "ab-cd"]


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(st.sampled_from(_SIMPLE_PIECES), max_size=30).map("".join),
    width=st.integers(1, 30),
    no_wrap=st.booleans(),
)
def test_text_usperu_wraps_itself_breaks_where_rich_breaks_it(text: str, width: int, no_wrap: bool) -> None:
    """Every line, trailing spaces included (a style would show them), as Rich's Text.wrap makes it."""
    lines = text.split("\n")
    if not all(_tables._SIMPLE(line) for line in lines if line):
        text = "\n".join(line.lstrip(" ") for line in lines)
    console = Console(width=200, file=io.StringIO())
    theirs = [line.plain for line in Text(text).wrap(console, width, overflow="fold", no_wrap=no_wrap)]
    ours = [text[start:end] for start, end in _tables._lines(text, width, no_wrap)]
    assert ours == theirs
