"""Draw listings, trees and cards with Rich; the only module that imports Rich.

Every string from the data or the user becomes a `rich.text.Text` (never markup) after
`clean` has made control characters visible. Tables are laid out here, line for line as
Rich's `Table` lays them out in its box, and styled and written by Rich (`draw_table`,
`_Layout`); trees are Rich's own renderable, and cards are lines of Rich `Text` wrapped
here so that a URL is never cut in two (`draw`).
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
        # laid out by _card: a URL wider than its column overflows, never cut or folded
        console.print(_card(view, console), no_wrap=True, overflow="ignore", crop=False)
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
    time. The widths are already known and the cells are plain text, so each cell is
    wrapped here (`_wrap`), the lines are padded and joined between the box's edges from
    Rich's `Box`, and Rich styles and writes the result. tests/test_tables.py draws every
    listing both ways and compares them.

    A cell line is a `_Piece`: its text, its style and the spans of its emphasised words,
    not a `Text`, which would strip control codes again from every line.
    """

    def __init__(self, console: Console, headers: Sequence[str], widths: Sequence[int], shape: Box) -> None:
        self.console = console
        self.widths = widths
        self.no_wrap = [is_no_wrap(header) for header in headers]
        self.padded = [width + 2 for width in widths]  # a space either side of each cell
        self.total = sum(widths) + frame_width(len(widths))
        self.box = shape
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.at = 0

    def table(self, listing: Listing) -> Text:
        shape = self.box
        if listing.title:
            self._centred(listing.title, "bold")
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
            self._centred(listing.caption, "dim")
        self.parts.pop()  # the last line's newline: `Console.print` ends the text with one
        return Text("".join(self.parts), spans=self.spans)

    def _row(self, cells: list[_Piece], edges: tuple[str, str, str], *, bottom: bool = False) -> None:
        """Append a row of cells, each wrapped in its column, between the box's edges and
        dividers; top-aligned (the header: bottom-aligned)."""
        left, divider, right = edges
        columns = [
            self._wrap(cell, width, no_wrap)
            for cell, width, no_wrap in zip(cells, self.widths, self.no_wrap, strict=True)
        ]
        height = max(len(lines) for lines in columns)
        last = len(columns) - 1
        for number in range(height):
            pieces: list[_Piece | str] = [left + " "]
            for index, (lines, width) in enumerate(zip(columns, self.widths, strict=True)):
                at = number - (height - len(lines) if bottom else 0)
                line = lines[at] if 0 <= at < len(lines) else _BLANK
                pieces += [line, " " * (width - _width(line[0])) + " " + (right if index == last else divider + " ")]
            self._line(pieces)

    def _wrap(self, cell: _Piece, width: int, no_wrap: bool) -> list[_Piece]:
        """Return the lines of a cell in a column `width` cells wide, as Rich's Table wraps
        them (`Text.wrap`, overflow 'fold'; `NO_WRAP` columns only crop)."""
        plain = cell[0]
        if _width(plain) <= width and "\n" not in plain and "\t" not in plain and not plain[-1:].isspace():
            return [cell]  # fits: every wrapping leaves it as it is (Rich may drop a space at the end)
        if all(_SIMPLE(line) for line in plain.split("\n") if line):
            return [_part(cell, start, end) for start, end in _lines(plain, width, no_wrap)]
        text = Text(plain, style=cell[1], spans=list(cell[2]))
        return [_piece(line) for line in text.wrap(self.console, width, overflow="fold", no_wrap=no_wrap)]

    def _centred(self, text: str, style: str) -> None:
        for line in _t(text, style).wrap(self.console, self.total, justify="center", overflow="fold"):
            self._line([_piece(line)])

    def _line(self, pieces: list[_Piece | str]) -> None:
        """Append one line of pieces, without the spaces at its end."""
        while pieces and not (pieces[-1] if isinstance(pieces[-1], str) else pieces[-1][0]).strip(" "):
            pieces = pieces[:-1]
        for number, piece in enumerate(pieces):
            plain = piece if isinstance(piece, str) else piece[0]
            if number == len(pieces) - 1:
                plain = plain.rstrip(" ")
            if not isinstance(piece, str):
                _text, style, spans = piece
                if style and plain:
                    self.spans.append(Span(self.at, self.at + len(plain), style))
                self.spans += [
                    Span(self.at + start, self.at + min(end, len(plain)), emphasis)
                    for start, end, emphasis in spans
                    if start < len(plain)
                ]
            self.parts.append(plain)
            self.at += len(plain)
        self.parts.append("\n")
        self.at += 1


_Piece = tuple[str, str, tuple[Span, ...]]
"""A cell, or one line of it: its text, its style, and the spans of its emphasised words."""

_BLANK: _Piece = ("", "", ())


def _piece(line: Text) -> _Piece:
    return (line.plain, str(line.style), tuple(line.spans))


def _width(plain: str) -> int:
    return len(plain) if plain.isascii() else cell_len(plain)


_SINGLE_CELL = "!-~\u00a1-\u00ac\u00ae-\u02af\u2010-\u2027\u2030-\u205e\u2500-\u257f"
"""Characters that take one cell each and join no neighbour into one grapheme: ASCII,
Latin-1 and Latin Extended letters and signs, general punctuation (dashes, quotes,
bullets, ellipsis) and box drawing (the today row), which is all our listings' text (tests/test_tables.py checks each
against Rich's cell widths)."""

_SIMPLE = re.compile(f"[{_SINGLE_CELL}]+(?: +[{_SINGLE_CELL}]+)* *").fullmatch
"""Text that `_lines` wraps: words of single-cell characters between spaces."""

_WORD = re.compile(r"[^ ]+ *")


def _lines(plain: str, width: int, no_wrap: bool = False) -> list[tuple[int, int]]:
    """Return where each line of `plain` (lines of `_SIMPLE` text, or empty) starts and
    ends when wrapped `width` cells wide, as Rich's `Text.wrap` wraps text with overflow
    'fold': each of its lines on its own (`_wrapped`), or with `no_wrap` cut at the width."""
    lines: list[tuple[int, int]] = []
    at = 0
    for line in plain.split("\n"):
        if no_wrap:
            lines.append((at, at + min(len(line), width)))
        else:
            lines += [(at + start, at + end) for start, end in _wrapped(line, width)]
        at += len(line) + 1
    return lines


def _wrapped(plain: str, width: int) -> list[tuple[int, int]]:
    """Return where each line of `plain` (`_SIMPLE` text, or empty) starts and ends when
    wrapped `width` cells wide, as Rich's `Text.wrap` wraps a line with overflow 'fold'.

    Rich wraps a cell through `Text.wrap` at ~40K CPU instructions a cell (it splits,
    divides and copies `Text` objects), a quarter of `usperu timeline` and more of the
    Spanish one, whose cells are longer; here, where every character is one cell, the
    same lines cost a tenth of that. Any other text is wrapped by Rich itself.

    The rule, as Rich's: a word (with the spaces after it) goes on the line if its
    letters fit; otherwise it starts the next line; a word longer than a whole line is
    cut into pieces of `width` cells, the first on the next line. A line keeps the
    spaces after its last word as far as the width allows.
    """
    starts = [0]
    used = 0  # cells on the current line, the spaces after its words included
    for match in _WORD.finditer(plain):
        start, word = match.start(), match.group()
        letters = len(word.rstrip(" "))
        if used + letters <= width:
            used += len(word)
        elif letters > width:  # folded: a line for every `width` cells of it
            pieces = range(start, match.end(), width)
            starts += [at for at in pieces if at]
            used = match.end() - pieces[-1]
        else:  # (a line that holds no word yet has room for any word no longer than a line)
            starts.append(start)
            used = len(word)
    ends = [*starts[1:], len(plain)]
    lines = []
    for start, end in zip(starts, ends, strict=True):
        if end - start > width:  # spaces beyond the width are dropped
            end = max(end - (end - start - width), len(plain[start:end].rstrip(" ")) + start)
        lines.append((start, end))
    return lines


def _part(cell: _Piece, start: int, end: int) -> _Piece:
    """Return the line of a cell from `start` to `end`, its spans moved with it."""
    plain, style, spans = cell
    inside = tuple(
        Span(max(s, start) - start, min(e, end) - start, emphasis)
        for s, e, emphasis in spans
        if min(e, end) > max(s, start)
    )
    return (plain[start:end], style, inside)


def _cell(text: str, style: str, emphasis: tuple[tuple[int, int], ...] = ()) -> _Piece:
    """Return a cell's text made safe (`clean`) in its style, with the emphasised spans
    (search matches) in bold where they now are."""
    if not emphasis:
        return (clean(text), style, ())
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
    return ("".join(pieces), style, tuple(spans))


_WORD_RUN = re.compile(r"(\S+)\s*")  # a word and the spaces after it
_URL = re.compile(r"\(?(?:[a-z][a-z0-9+.-]*://|[\w-]+(?:\.[\w-]+)+/)", re.IGNORECASE)
"""The start of a URL, with or without its scheme ("prensaperu.pe/2024/...")."""


def _whole_words(console: Console, text: Text, width: int) -> list[Text]:
    """Return `text` wrapped at spaces `width` cells wide, as `Text.wrap` wraps it, but with
    every URL wider than `width` on a line of its own and left whole (Rich folds it with
    overflow 'fold', crops it with 'crop', and 'ignore' does not wrap at all); any other
    word wider than `width` is folded, as Rich folds it, so that the line keeps the width."""
    lines: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        cuts: list[int] = []
        for word in _WORD_RUN.finditer(line.plain):
            if cell_len(word.group(1)) > width and _URL.match(word.group(1)):
                cuts += [word.start(), word.end()]
        pieces = line.divide(cuts) if cuts else [line]
        for n, piece in enumerate(pieces):
            if n % 2:  # a URL too wide for a line, and the spaces after it
                piece.rstrip()
                lines.append(piece)
            elif piece.plain.strip() or len(pieces) == 1:
                lines += piece.wrap(console, width, overflow="fold")
    return lines


def _card(card: Card, console: Console) -> RenderableType:
    """Return a card `width` cells wide: its heading, quote, fields (labels in a column of
    their own) and notes, each wrapped at spaces; a URL wider than the width is given a
    line of its own and left whole, so that it can be copied, where Rich's grid and its
    'fold' overflow would cut it in two."""
    from rich.console import Group

    width = console.width

    def wrapped(text: Text, room: int) -> list[Text]:
        return _whole_words(console, text, max(room, 1))

    parts: list[RenderableType] = [*wrapped(_t(card.heading, "bold"), width), Text("")]
    if card.quote:
        parts += wrapped(Text.assemble(_t("“", "dim"), _t(card.quote, "italic"), _t("”", "dim")), width)
        parts.append(Text(""))
    column = max((cell_len(label) for label, _ in card.fields), default=0)  # labels are ours
    for label, value in card.fields:
        for n, line in enumerate(wrapped(_t(value), width - column - 2)):  # an empty value: one empty line
            # the label's column, then its padding (a blank line of the column: one run), as Rich's grid
            lead = [_t(label.ljust(column + len(label) - cell_len(label)), "bold"), Text("  ", style="bold")]
            parts.append(Text.assemble(*(lead if n == 0 else [Text(" " * (column + 2), style="bold")]), line))
    if card.notes:
        from ._output import fit

        bullet = fit("• ")  # '* ' where stdout cannot write a bullet: never Rich's '?'
        from ._i18n import _

        parts += [Text(""), _t(_("Notes"), "bold")]
        for note in card.notes:
            parts += wrapped(
                Text.assemble(bullet, _t(note.text), _t(f" ({note.source}; {_(note.confidence)})", "dim")), width
            )
    return Group(*parts)
