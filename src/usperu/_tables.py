"""Draw listings, trees and cards with Rich; the only module that imports Rich.

Every string from the data or the user becomes a `rich.text.Text` (never markup) after
`clean` has made control characters visible. Tables are laid out here, line for line as
Rich's `Table` lays them out in its box, and styled and written by Rich (`draw_table`,
`_Layout`); trees and cards are Rich's own renderables (`draw`).
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Sequence

from rich import box
from rich.box import Box
from rich.cells import cell_len, chop_cells
from rich.console import Console, RenderableType
from rich.text import Span, Text

from ._escape import clean
from ._listing import NO_WRAP, Card, Listing, frame_width, ordered_rows

__all__ = ["cell_len", "draw", "draw_table"]

_UNLIMITED = 100_000


class _Buffer(io.StringIO):
    """A string buffer that reports stdout's encoding, so Rich picks ASCII boxes if needed."""

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(sys.stdout, "encoding", None) or "utf-8"

    def isatty(self) -> bool:
        return sys.stdout.isatty()


def draw(view: Listing | Card, width: int | None) -> str:
    """Return a card, or a listing's tree, drawn by Rich at `width` (None: unlimited)."""
    console = _console(width)
    if isinstance(view, Card):
        console.print(_card(view))
    else:
        console.print(_tree(view))
    return _finish(console)


def draw_table(listing: Listing, width: int | None, widths: Sequence[int]) -> str:
    """Return a listing drawn as a table at `width` (None: unlimited) with the given
    column widths (`_render.column_widths`), as Rich's Table would draw it (`_Layout`)."""
    if len(widths) != len(listing.headers):
        raise ValueError(f"{len(listing.headers)} columns need {len(listing.headers)} widths, not {len(widths)}")
    console = _console(width)
    # The box Rich would draw: SIMPLE_HEAD, or its ASCII stand-in where stdout cannot show it.
    shape = box.SIMPLE_HEAD.substitute(console.options, safe=console.safe_box)
    text = _Layout(listing.headers, widths, shape).table(listing)
    console.print(text, no_wrap=True, overflow="ignore", crop=False)  # laid out: no wrapping or cropping again
    return _finish(console)


def _console(width: int | None) -> Console:
    plain = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    return Console(
        file=_Buffer(),
        width=width or _UNLIMITED,
        height=50,  # given, so that Rich never reads $COLUMNS itself (it crashes on "²")
        color_system=None if plain else "auto",
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )


def _finish(console: Console) -> str:
    """Return what was drawn, without trailing spaces on any line (Rich pads cells and
    centres titles), also before a closing colour code."""
    assert isinstance(console.file, _Buffer)
    return _TRAILING.sub("", console.file.getvalue())


_TRAILING = re.compile(r"(?<![ \t])[ \t]+(?=(?:\x1b\[[0-9;]*m)*$)", re.MULTILINE)
"""Spaces at the end of a line, before any closing style codes. Each run of spaces is
tried from its first space only (the lookbehind): from every space of it, the search
took time quadratic in the padding of a wide table (4 ms for a search result table)."""


def _t(text: str, style: str = "") -> Text:
    return Text(clean(text), style=style)


def _tree(listing: Listing) -> RenderableType:
    from rich.console import Group
    from rich.tree import Tree

    assert listing.tree is not None
    tree = Tree(_t(listing.title, "bold"))
    for parent, children in listing.tree:
        branch = tree.add(_t(parent, "bold"))
        for child in children:
            branch.add(_t(child))
    return Group(tree, _t(listing.caption, "dim")) if listing.caption else tree


class _Layout:
    """A listing laid out line for line as Rich's `Table` lays it out in a box (SIMPLE_HEAD,
    or Rich's ASCII box where stdout cannot show it), with the column widths
    `_render.column_widths` has chosen, as one Rich `Text`.

    Rich's Table measures, wraps, pads and crops every cell through several layers of
    renderables: ~7 ms for the 96 lines of `usperu timeline`, most of the command's own
    time. The widths are already known and the cells are plain text, so usperu wraps
    them as Rich wraps text (`divide`: Rich's word-wrapping rule and cell widths), pads
    them as the Table pads them, takes the box's lines from Rich's `Box`, and lets Rich
    style and write the result (~1 ms). tests/test_tables.py draws every listing both
    ways and compares them (they can differ only where Rich 15 splits a grapheme cluster
    that a zero-width joiner holds together).
    """

    def __init__(self, headers: Sequence[str], widths: Sequence[int], shape: Box) -> None:
        self.headers = headers
        self.widths = widths
        self.padded = [width + 2 for width in widths]  # a space either side of each cell
        self.total = sum(widths) + frame_width(len(widths))
        self.box = shape
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.at = 0

    def table(self, listing: Listing) -> Text:
        shape = self.box
        if listing.title:
            self._centred(_cell(listing.title), "bold")
        self._line([(shape.get_top(self.padded), "")])
        edges = (shape.head_left, shape.head_vertical, shape.head_right)
        self._row([_cell(h) for h in listing.headers], "bold", edges, bottom=True)
        self._line([(shape.get_row(self.padded, "head", edge=True), "")])
        rows = ordered_rows(listing)
        for number, (index, row) in enumerate(rows):
            cells = [_cell(cell) for cell in row]
            if index is not None and listing.highlights is not None:
                cells[-1] = _cell(row[-1], listing.highlights[index])
            if number == len(rows) - 1:  # the last row has the foot's edges
                edges = (shape.foot_left, shape.foot_vertical, shape.foot_right)
            else:
                edges = (shape.mid_left, shape.mid_vertical, shape.mid_right)
            self._row(cells, "bold yellow" if index is None else "", edges)
        self._line([(shape.get_bottom(self.padded), "")])
        if listing.caption:
            self._centred(_cell(listing.caption), "dim")
        self.parts.pop()  # the last line's newline: `Console.print` ends the text with one
        return Text("".join(self.parts), spans=self.spans)

    def _row(
        self,
        cells: list[tuple[str, list[tuple[int, int]]]],
        style: str,
        edges: tuple[str, str, str],
        *,
        bottom: bool = False,
    ) -> None:
        """Append a row of cells, each wrapped in its column, between the box's edges and
        dividers; top-aligned (the header: bottom-aligned)."""
        left, divider, right = edges
        columns = [
            divide(text, width, no_wrap=header in NO_WRAP)
            for (text, _), width, header in zip(cells, self.widths, self.headers, strict=True)
        ]
        height = max(len(lines) for lines in columns)
        if bottom:
            columns = [[(0, 0)] * (height - len(lines)) + lines for lines in columns]
        for number in range(height):
            pieces: list[tuple[str, str]] = [(left + " ", "")]
            for index, (lines, width) in enumerate(zip(columns, self.widths, strict=True)):
                text, bold = cells[index]
                start, end = lines[number] if number < len(lines) else (0, 0)
                piece = text[start:end]
                if bold:
                    pieces += _bold_pieces(text, start, end, bold)
                else:
                    pieces.append((piece, style))
                last = index == len(self.widths) - 1
                pieces.append((" " * (width - cell_len(piece)) + " " + (right if last else divider + " "), ""))
            self._line(pieces)

    def _centred(self, cell: tuple[str, list[tuple[int, int]]], style: str) -> None:
        text = cell[0]
        for start, end in divide(text, self.total):
            piece = text[start:end].rstrip()
            self._line([(" " * ((self.total - cell_len(piece)) // 2), ""), (piece, style)])

    def _line(self, pieces: list[tuple[str, str]]) -> None:
        """Append one line of (text, style) pieces, without trailing spaces."""
        while pieces and not pieces[-1][0].strip(" "):
            pieces = pieces[:-1]
        if pieces:
            last, style = pieces[-1]
            pieces[-1] = (last.rstrip(" "), style)
        for piece, style in pieces:
            if style and piece:
                self.spans.append(Span(self.at, self.at + len(piece), style))
            self.parts.append(piece)
            self.at += len(piece)
        self.parts.append("\n")
        self.at += 1


def _cell(text: str, emphasis: tuple[tuple[int, int], ...] = ()) -> tuple[str, list[tuple[int, int]]]:
    """Return a cell's text made safe (`clean`) with its tabs expanded as Rich expands
    them, and the emphasised spans (search matches) moved to where they now are."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    length = 0
    for start, end in emphasis:
        before, inside = clean(text[at:start]), clean(text[start:end])
        pieces += [before, inside]
        length += len(before)
        spans.append((length, length + len(inside)))
        length += len(inside)
        at = end
    pieces.append(clean(text[at:]))
    joined = "".join(pieces)
    if "\t" in joined:  # rare: Rich's tab stops, every 8 cells of a line
        return _expand_tabs(joined, spans)
    return joined, spans


def _expand_tabs(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Return text with each tab made a space and more, to the next multiple of 8 cells of
    its line (as Rich's `Text.expand_tabs` counts: the cells of the text between tabs),
    and the spans moved with the text."""
    out: list[str] = []
    moved: list[int] = []  # where each character (and the end) is now
    at = 0
    for number, line in enumerate(text.split("\n")):
        if number:
            moved.append(at)
            out.append("\n")
            at += 1
        position = 0  # cells into the line
        *parts, last = line.split("\t")
        for part in parts:
            position += cell_len(part) + 1
            extra = -position % 8
            position += extra
            moved += range(at, at + len(part) + 1)  # the part, and the tab
            out.append(part + " " * (1 + extra))
            at += len(part) + 1 + extra
        moved += range(at, at + len(last))
        out.append(last)
        at += len(last)
    moved.append(at)
    return "".join(out), [(moved[start], moved[end]) for start, end in spans]


def _bold_pieces(text: str, start: int, end: int, bold: list[tuple[int, int]]) -> list[tuple[str, str]]:
    pieces: list[tuple[str, str]] = []
    at = start
    for first, last in bold:
        first, last = max(first, start), min(last, end)
        if first < last:
            pieces += [(text[at:first], ""), (text[first:last], "bold")]
            at = last
    pieces.append((text[at:end], ""))
    return pieces


_WORD = re.compile(r"\s*\S+\s*")
"""A word and the spaces after it (and before it, at the start): Rich's unit of wrapping."""


def divide(text: str, width: int, *, no_wrap: bool = False) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the lines of `text` wrapped at `width` cells, by
    the rule of Rich's `Text.wrap` (overflow 'fold'): a line breaks before a word that
    does not fit, a word wider than a line is folded, a line keeps its trailing spaces
    unless they overflow, and what still overflows is cropped (`no_wrap`: only cropped)."""
    lines: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        starts = [0]
        used = 0
        for match in () if no_wrap else _WORD.finditer(line):
            start, word = match.start(), match.group()
            length = cell_len(word.rstrip())
            if width - used >= length:
                used += cell_len(word)
            elif length > width:
                folded = chop_cells(word, width)
                for piece in folded[:-1]:
                    if start:
                        starts.append(start)
                    start += len(piece)
                if start:
                    starts.append(start)
                used = cell_len(folded[-1])
            elif used and start:
                starts.append(start)
                used = cell_len(word)
        for start, end in zip(starts, [*starts[1:], len(line)], strict=True):
            piece = line[start:end]
            if len(piece) > width and not no_wrap:  # spaces beyond the width go first (Rich counts characters)
                spaces = len(piece) - len(piece.rstrip())
                piece = piece[: len(piece) - min(spaces, len(piece) - width)]
            if cell_len(piece) > width:
                piece = chop_cells(piece, width)[0]
            lines.append((offset + start, offset + start + len(piece)))
        offset += len(line) + 1
    return lines


def _card(card: Card) -> RenderableType:
    from rich.console import Group
    from rich.table import Table

    parts: list[RenderableType] = [_t(card.heading, "bold"), Text("")]
    if card.quote:
        parts.append(Text.assemble(_t("“", "dim"), _t(card.quote, "italic"), _t("”", "dim")))
        parts.append(Text(""))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in card.fields:
        grid.add_row(_t(label), _t(value))
    parts.append(grid)
    if card.notes:
        parts += [Text(""), _t("Notes", "bold")]
        for note in card.notes:
            parts.append(Text.assemble("• ", _t(note.text), _t(f" ({note.source}; {note.confidence})", "dim")))
    return Group(*parts)
