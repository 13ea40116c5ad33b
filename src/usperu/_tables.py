"""Draw listings, trees and cards with Rich; the only module that imports Rich.

Every string from the data or the user becomes a `rich.text.Text` (never markup) after
`clean` has made control characters visible.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ._escape import clean
from ._views import NO_WRAP, Card, Listing

__all__ = ["draw"]

_UNLIMITED = 100_000


class _Buffer(io.StringIO):
    """A string buffer that reports stdout's encoding, so Rich picks ASCII boxes if needed."""

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(sys.stdout, "encoding", None) or "utf-8"

    def isatty(self) -> bool:
        return sys.stdout.isatty()


def draw(view: Listing | Card, width: int | None, widths: Sequence[int] = ()) -> str:
    """Return the view drawn as a Rich table (or tree, or card) at `width` (None: unlimited),
    with the given column widths (see _render.column_widths)."""
    buffer = _Buffer()
    plain = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    console = Console(
        file=buffer,
        width=width or _UNLIMITED,
        height=50,  # given, so that Rich never reads $COLUMNS itself (it crashes on "²")
        color_system=None if plain else "auto",
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )
    renderable = _card(view) if isinstance(view, Card) else _listing(view, widths)
    console.print(renderable)
    # Rich pads every cell to its column, and centres titles: no line keeps trailing spaces
    # (also before a closing colour code).
    return _TRAILING.sub("", buffer.getvalue())


_TRAILING = re.compile(r"(?<![ \t])[ \t]+(?=(?:\x1b\[[0-9;]*m)*$)", re.MULTILINE)
"""Spaces at the end of a line, before any closing style codes. Each run of spaces is
tried from its first space only (the lookbehind): from every space of it, the search
took time quadratic in the padding of a wide table (4 ms for a search result table)."""


def _t(text: str, style: str = "") -> Text:
    return Text(clean(text), style=style)


def _listing(listing: Listing, widths: Sequence[int]) -> RenderableType:
    if listing.tree is not None:
        tree = Tree(_t(listing.title, "bold"))
        for parent, children in listing.tree:
            branch = tree.add(_t(parent, "bold"))
            for child in children:
                branch.add(_t(child))
        return Group(tree, _t(listing.caption, "dim")) if listing.caption else tree
    if not listing.cells:
        return _t(listing.empty, "dim")
    caption = _t(listing.caption, "dim") if listing.caption else None
    table = Table(title=_t(listing.title, "bold"), caption=caption, box=box.SIMPLE_HEAD, show_lines=False)
    for index, header in enumerate(listing.headers):
        column_width = widths[index] if widths else None
        table.add_column(_t(header), overflow="fold", no_wrap=header in NO_WRAP, width=column_width)
    for index, row in enumerate(listing.cells):
        if listing.marker and listing.marker[0] == index:
            _marker(table, listing)
        cells = [_t(cell) for cell in row]
        if listing.highlights is not None:
            cells[-1] = _emphasis(row[-1], listing.highlights[index])
        table.add_row(*cells)
    if listing.marker and listing.marker[0] >= len(listing.cells):
        _marker(table, listing)
    return table


def _emphasis(text: str, spans: tuple[tuple[int, int], ...]) -> Text:
    """Return text with the spans in bold; each piece is cleaned on its own."""
    pieces: list[Text] = []
    at = 0
    for start, end in spans:
        pieces += [_t(text[at:start]), _t(text[start:end], "bold")]
        at = end
    pieces.append(_t(text[at:]))
    return Text.assemble(*pieces)


def _marker(table: Table, listing: Listing) -> None:
    assert listing.marker is not None
    table.add_row(*(_t(cell, "bold yellow") for cell in listing.marker[1]))


def _card(card: Card) -> RenderableType:
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
