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
from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.text import Span, Text

from ._escape import clean
from ._listing import Card, Listing, frame_width, is_no_wrap, ordered_rows

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
    text = _Layout(console, listing.headers, widths, shape).table(listing)
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
    time. The widths are already known and the cells are plain text, so a cell that has
    to wrap is wrapped by Rich's public `Text.wrap` (what the Table calls for a cell of
    text, with the column's overflow), a cell that fits its column is left whole (as any
    wrapping leaves it, and `Text.wrap` for every cell tripled the time), the lines are
    padded and joined between the box's edges from Rich's `Box`, and Rich styles and
    writes the result (~2 ms). tests/test_tables.py draws every listing both ways and
    compares them.
    """

    def __init__(self, console: Console, headers: Sequence[str], widths: Sequence[int], shape: Box) -> None:
        self.console = console
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
            self._centred(_cell(listing.title, "bold"))
        self._line([shape.get_top(self.padded)])
        edges = (shape.head_left, shape.head_vertical, shape.head_right)
        self._row([_cell(h, "bold") for h in listing.headers], edges, bottom=True)
        self._line([shape.get_row(self.padded, "head", edge=True)])
        rows = ordered_rows(listing)
        for number, (index, row) in enumerate(rows):
            cells = [_cell(cell, "bold yellow" if index is None else "") for cell in row]
            if index is not None and listing.highlights is not None:
                cells[-1] = _cell(row[-1], "", listing.highlights[index])
            if number == len(rows) - 1:  # the last row has the foot's edges
                edges = (shape.foot_left, shape.foot_vertical, shape.foot_right)
            else:
                edges = (shape.mid_left, shape.mid_vertical, shape.mid_right)
            self._row(cells, edges)
        self._line([shape.get_bottom(self.padded)])
        if listing.caption:
            self._centred(_cell(listing.caption, "dim"))
        self.parts.pop()  # the last line's newline: `Console.print` ends the text with one
        return Text("".join(self.parts), spans=self.spans)

    def _row(self, cells: list[Text], edges: tuple[str, str, str], *, bottom: bool = False) -> None:
        """Append a row of cells, each wrapped in its column, between the box's edges and
        dividers; top-aligned (the header: bottom-aligned)."""
        left, divider, right = edges
        columns = [
            self._wrap(cell, width, header)
            for cell, width, header in zip(cells, self.widths, self.headers, strict=True)
        ]
        height = max(len(lines) for lines in columns)
        for number in range(height):
            pieces: list[Text | str] = [left + " "]
            for index, (lines, width) in enumerate(zip(columns, self.widths, strict=True)):
                at = number - (height - len(lines) if bottom else 0)
                line = lines[at] if 0 <= at < len(lines) else _BLANK
                pieces += [
                    line,
                    " " * (width - line.cell_len) + " " + (right if index == len(columns) - 1 else divider + " "),
                ]
            self._line(pieces)

    def _wrap(self, cell: Text, width: int, header: str) -> list[Text]:
        """Return the lines of a cell in a column `width` cells wide, as Rich's Table wraps
        them (overflow 'fold'; `NO_WRAP` columns only crop)."""
        plain = cell.plain
        if cell.cell_len <= width and "\n" not in plain and "\t" not in plain and not plain[-1:].isspace():
            return [cell]  # fits: every wrapping leaves it as it is (Rich may drop a space at the end)
        return list(cell.wrap(self.console, width, overflow="fold", no_wrap=is_no_wrap(header)))

    def _centred(self, text: Text) -> None:
        for line in text.wrap(self.console, self.total, justify="center", overflow="fold"):
            self._line([line])

    def _line(self, pieces: list[Text | str]) -> None:
        """Append one line of pieces, without the spaces at its end."""
        while pieces and not str(pieces[-1]).strip(" "):
            pieces = pieces[:-1]
        for number, piece in enumerate(pieces):
            plain = str(piece)
            if number == len(pieces) - 1:
                plain = plain.rstrip(" ")
            if isinstance(piece, Text):
                if piece.style and plain:
                    self.spans.append(Span(self.at, self.at + len(plain), piece.style))
                self.spans += [
                    Span(self.at + span.start, self.at + min(span.end, len(plain)), span.style)
                    for span in piece.spans
                    if span.start < len(plain)
                ]
            self.parts.append(plain)
            self.at += len(plain)
        self.parts.append("\n")
        self.at += 1


_BLANK = Text("")


def _cell(text: str, style: str, emphasis: tuple[tuple[int, int], ...] = ()) -> Text:
    """Return a cell's text made safe (`clean`) in its style, with the emphasised spans
    (search matches) in bold where they now are."""
    pieces: list[str] = []
    spans: list[Span] = []
    at = 0
    length = 0
    for start, end in emphasis:
        before, inside = clean(text[at:start]), clean(text[start:end])
        pieces += [before, inside]
        length += len(before)
        spans.append(Span(length, length + len(inside), "bold"))
        length += len(inside)
        at = end
    pieces.append(clean(text[at:]))
    return Text("".join(pieces), style=style, spans=spans)


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
        from ._output import fit

        bullet = fit("• ")  # '* ' where stdout cannot write a bullet: never Rich's '?'
        from ._i18n import _

        parts += [Text(""), _t(_("Notes"), "bold")]
        for note in card.notes:
            parts.append(Text.assemble(bullet, _t(note.text), _t(f" ({note.source}; {_(note.confidence)})", "dim")))
    return Group(*parts)
