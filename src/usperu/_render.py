"""The one renderer: views -> table, JSON, CSV, Markdown or plain text, as a string.

JSON and CSV use the standard library; Rich is imported (in `_tables`) only when a
table, tree or card is drawn for people.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._escape import STEERING, clean
from ._i18n import _
from ._listing import Card, Listing, frame_width, is_ids, is_no_wrap, ordered_rows, without

if TYPE_CHECKING:
    from ._model import Paragraph

__all__ = [
    "clean",
    "render",
    "render_rows_csv",
    "render_text",
    "stdout_is_unicode",
    "terminal_width",
    "to_json",
]


NARROW = 60
"""Below this many columns, tables become stacked 'field: value' blocks."""

# json.dumps already escapes C0 controls; these are the others, as JSON escapes.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in STEERING if c >= 0x7F}
_JSON_UNSAFE = [chr(c) for c in _JSON_ESCAPES]
_MARKDOWN_ESCAPES = {ord(c): f"\\{c}" for c in "\\`*_[]<>|#"}


def stdout_is_unicode() -> bool:
    """Return whether stdout's encoding can write any character (UTF-8, UTF-16, ...)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding.startswith("utf")


def terminal_width() -> int | None:
    """Return the width to draw tables at: the terminal's or $COLUMNS; None means unlimited."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isascii() and columns.isdigit() and int(columns) > 0:
        return min(int(columns), 10_000)
    if sys.stdout.isatty():
        import shutil

        return shutil.get_terminal_size().columns or 80  # Python 3.10 reports 0 for a terminal of no set size
    return None


def render(view: Listing | Card, fmt: str, *, width: int | None = None, ascii_only: bool = False) -> str:
    """Return the view written in format `fmt` (table, json, csv, markdown), ending in a newline.

    `ascii_only` (for a stdout that cannot encode Unicode) makes JSON escape every
    non-ASCII character, so that nothing is lost.
    """
    if fmt == "json":
        data: Any = view.data if isinstance(view, Card) else list(view.rows)
        return to_json(data, ascii_only=ascii_only)
    if fmt == "csv":
        if isinstance(view, Card):
            return _csv([view.data])
        return _csv(list(view.rows), view.fields)
    if fmt == "markdown":
        return _markdown_card(view) if isinstance(view, Card) else _markdown_listing(view)
    if isinstance(view, Card):
        if width is not None and width < NARROW:
            return _stacked_card(view, width)
        from . import _tables

        return _tables.draw(view, width)
    if not view.cells and view.tree is None:
        return ""  # nothing on stdout; `show_view` says why on stderr
    if width is not None and width < NARROW:
        return _stacked_listing(view, width)
    if view.tree is not None:
        from . import _tables

        return _tables.draw(view, width)
    fitted = fit_table(view, width)
    if fitted is None:  # no readable table fits the width given
        assert width is not None
        return _stacked_listing(view, width)
    from . import _tables

    shown, widths = fitted
    return _tables.draw_table(shown, width, widths)


def to_json(data: Any, *, ascii_only: bool = False) -> str:
    """Return data as JSON: a list with one item per line, anything else indented.

    One item per line reads well, greps well and diffs well, and it is written by
    json's C encoder (indent=2 falls back to a Python one, which cost more than the
    rest of `usperu achievements -f json`). Characters that could steer a terminal
    are escaped.
    """
    import json  # not at module level: tables and text never need it

    if isinstance(data, list):
        encode = json.JSONEncoder(ensure_ascii=ascii_only).encode  # one encoder, not one per item
        items = [encode(item) for item in data]
        text = "[\n" + ",\n".join(items) + "\n]" if items else "[]"
    else:
        text = json.dumps(data, ensure_ascii=ascii_only, indent=2)
    if not text.isascii() and any(character in text for character in _JSON_UNSAFE):
        text = text.translate(_JSON_ESCAPES)  # rare: scanning first is cheaper than translating
    return text + "\n"


def render_text(paragraphs: Sequence[Paragraph], *, width: int | None = None, numbers: bool = False) -> str:
    """Return the paragraphs as the statement's plain text, laid out as in the source.

    `width` wraps lines at word boundaries (for a terminal); `numbers` starts each
    paragraph with the number that citations use ('[17] ').
    """
    import textwrap

    out: list[str] = []
    previous: Paragraph | None = None
    for paragraph in paragraphs:
        if previous is not None:
            together = previous.block == "bullet" and paragraph.block == "bullet"
            out.append("\n" if together else "\n\n")
        lead = ("  • " if paragraph.block == "bullet" else "") + (f"[{paragraph.number}] " if numbers else "")
        text = lead + clean(paragraph.text)
        if width is not None:
            indent = " " * len(lead)
            wrapped = textwrap.wrap(text, width=max(width, 20), subsequent_indent=indent, break_on_hyphens=False)
            text = "\n".join(wrapped)
        out.append(text)
        previous = paragraph
    return "".join(out) + "\n"


# --- table layout -------------------------------------------------------------------

READABLE = 20
"""The main column (titles, events, text) is never made narrower than this: below it
the table leaves out its spare columns, or the rows are laid out as stacked blocks."""

ROOMY = 30
"""While ids stay whole, the main column keeps this many cells (or all it needs); in a
narrower table the ids break instead."""

ID_FOLD = 12
"""The narrowest an id column becomes, its ids folded inside a part between hyphens."""


def fit_table(listing: Listing, width: int | None) -> tuple[Listing, list[int]] | None:
    """Return the listing as a table shows it at `width` (None: unlimited) and a width for
    each column, or None when no readable table fits (the caller then stacks the rows).

    `column_widths` is tried with every column, then without the spare columns, one
    after another: a narrow table breaks ids before it leaves out a column (with
    `keep_ids`, it leaves out every spare column before it breaks ids), and leaves out
    columns before it stacks the rows. Ids too wide for their column are broken after a
    hyphen.
    """
    shown = [listing]
    for header in listing.spare:
        shown.append(without(shown[-1], header))
    if listing.keep_ids:  # each step with every set of columns
        attempts = [(candidate, steps) for steps in range(1, _STEPS + 1) for candidate in shown]
    else:  # each set of columns with every step
        attempts = [(candidate, _STEPS) for candidate in shown]
    for candidate, steps in attempts:
        widths = column_widths(candidate, width, steps=steps)
        if widths is not None:
            return _break_ids(candidate, widths), widths
    return None


_STEPS = 3
"""How many steps `column_widths` has: ids whole; ids broken after hyphens; ids folded."""


def column_widths(listing: Listing, width: int | None, *, steps: int = _STEPS) -> list[int] | None:
    """Return a width for each column: its widest cell, shrunk to fit `width` if needed.

    Rich would measure every cell itself, which cost a third of drawing a table; the
    text is plain, so the widths are cheap to know here. The columns shrink in proportion
    to how much they can give, down to the floors of the first of these steps that fits
    (`_floors`; at most `steps` of them): ids whole, the other columns down to their
    longest word (at most 32) and the main column (the widest that can give) to ROOMY;
    then the main column to READABLE and ids broken after a hyphen; then ids folded at
    ID_FOLD. Numbers and dates never shrink. Returns None when the table cannot fit so.
    """
    columns = list(zip(listing.headers, *(row for _, row in ordered_rows(listing)), strict=True))
    natural = [max(_cells(line) for cell in column for line in clean(cell).split("\n")) for column in columns]
    if width is None:
        return natural
    available = width - frame_width(len(columns))
    if sum(natural) <= available:
        return natural
    for floor in _floors(listing.headers, columns, natural)[:steps]:
        if sum(floor) <= available:
            give = [n - f for n, f in zip(natural, floor, strict=True)]
            excess, total = sum(natural) - available, sum(give)
            return [n - (g * excess + total - 1) // total for n, g in zip(natural, give, strict=True)]
    return None


def _floors(headers: Sequence[str], columns: list[tuple[str, ...]], natural: list[int]) -> list[list[int]]:
    """Return the narrowest widths of each step of `column_widths`."""
    ids = [i for i, header in enumerate(headers) if is_ids(header)]
    first = [
        n if is_no_wrap(header) or header == _("ID") else min(n, _longest_word(column))
        for n, header, column in zip(natural, headers, columns, strict=True)
    ]
    others = [i for i in range(len(headers)) if i not in ids]
    main = max(others, key=lambda i: natural[i] if natural[i] > first[i] else -1, default=None)
    broken = list(first)
    if main is not None:
        first[main] = max(first[main], min(natural[main], ROOMY if ids else READABLE))
        broken[main] = max(broken[main], min(natural[main], READABLE))
    for i in ids:
        parts = (_cells(part) for cell in columns[i] for part in re.findall(_ID_PART, clean(cell)))
        broken[i] = min(first[i], max(parts, default=1))
    folded = [min(w, ID_FOLD) if i in ids else w for i, w in enumerate(broken)]
    return [first, broken, folded]


_ID_PART = r"[^\s-]*-+|[^\s-]+"
"""A part of an id up to and with its hyphens: where an id may break (a pattern for
`re`'s cache: nothing compiled at start-up)."""


def _break_ids(listing: Listing, widths: list[int]) -> Listing:
    """Return the listing with the ids that do not fit their column broken onto lines
    after a hyphen (Rich would fold them anywhere); whole ids move to the next line."""
    narrow = [(i, w) for i, (h, w) in enumerate(zip(listing.headers, widths, strict=True)) if is_ids(h)]
    if not narrow:
        return listing

    def fit(cells: tuple[str, ...]) -> tuple[str, ...]:
        out = list(cells)
        for i, width in narrow:
            lines = clean(cells[i]).split("\n")
            if max(_cells(line) for line in lines) > width:
                out[i] = "\n".join(_break_line(line, width) for line in lines)
        return tuple(out)

    marker = listing.marker and (listing.marker[0], fit(listing.marker[1]))
    return listing._replace(cells=tuple(fit(cells) for cells in listing.cells), marker=marker)


def _break_line(text: str, width: int) -> str:
    """Return a line of ids (separated by spaces) on lines `width` cells wide: a word on
    the next line if it fits there, else broken after hyphens."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        parts = [word] if _cells(word) <= width else re.findall(_ID_PART, word)
        for number, part in enumerate(parts):
            joined = line + (" " if line and number == 0 else "") + part
            if _cells(joined) <= width:
                line = joined
            else:
                lines += [line] if line else []
                line = part
    return "\n".join([*lines, line])


def _longest_word(column: tuple[str, ...]) -> int:
    return min(32, max((_cells(word) for cell in column for word in clean(cell).split()), default=1))


def _cells(text: str) -> int:
    """Return how many terminal cells text takes: a wide character (漢, 😀) two, a
    combining one none. Only tables are measured, and they are drawn with Rich anyway."""
    if text.isascii():
        return len(text)
    from ._tables import cell_len

    return cell_len(text)


# --- CSV ---------------------------------------------------------------------------


_NOTE_KEYS = frozenset({"text", "source", "confidence"})
"""The keys of a note without a claim, which CSV writes as 'text [source; confidence]'."""


def _flat(value: Any) -> str:
    # Strings first (most cells), and lists joined from lists, not generators: a
    # timeline's CSV flattens ~500 cells, and this cut what that took by a fifth (~0.6M).
    if isinstance(value, str):
        return clean(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(["-".join(map(_flat, v)) if isinstance(v, list) else _flat(v) for v in value])
    if isinstance(value, dict):
        if value.keys() == _NOTE_KEYS:
            return f"{value['text']} [{value['source']}; {value['confidence']}]"
        return "; ".join([f"{k}={_flat(v)}" for k, v in value.items()])
    return clean(str(value))


def render_rows_csv(rows: Sequence[dict[str, Any]]) -> str:
    """Return JSON-ready rows as CSV: one column per key, lists joined with '; '."""
    return _csv(rows)


def _csv(rows: Sequence[dict[str, Any]], fields: Sequence[str] = ()) -> str:
    """Return rows as CSV with a header row: `fields`, else every key of the rows."""
    headers: list[str] = list(fields)
    for row in rows:
        headers += [key for key in row if key not in headers]
    return "".join([_csv_line(headers), *(_csv_line([_flat(row.get(key)) for key in headers]) for row in rows)])


def _csv_line(cells: list[str]) -> str:
    """Return one CSV record as the csv module's writer writes it (the excel dialect,
    lines ending in '\n'): a cell in double quotes, its quotes doubled, when it holds a
    comma, a quote or a line break; a record of one empty cell as '""'.

    csv.writer looks at every character in turn: ~7M CPU instructions for the ~100 KB of
    `usperu timeline -f csv`, against ~2M for these `in` tests (counted with cachegrind);
    tests/test_render.py compares the two on any cells hypothesis makes."""
    if len(cells) == 1 and not cells[0]:
        return '""\n'
    quoted = [
        f'"{c.replace(chr(34), chr(34) * 2)}"' if '"' in c or "," in c or "\n" in c or "\r" in c else c for c in cells
    ]
    return ",".join(quoted) + "\n"


# --- Markdown ----------------------------------------------------------------------


def _md(text: str) -> str:
    return clean(text).translate(_MARKDOWN_ESCAPES).replace("\n", " ")


def _markdown_listing(listing: Listing) -> str:
    lines = [f"## {_md(listing.title)}", ""]
    if listing.as_of:  # relative times and today's row: say which day, so a saved note stays true
        lines += ["_" + _("as of {day}").format(day=_as_of(listing.as_of)) + "_", ""]
    caption = ["", f"_{_md(listing.caption)}_"] if listing.caption else []
    if listing.tree is not None:
        for parent, children in listing.tree:
            lines.append(f"- {_md(parent)}")
            lines += [f"  - {_md(child)}" for child in children]
        return "\n".join(lines + caption) + "\n"
    lines.append("| " + " | ".join(_md(h) for h in listing.headers) + " |")
    lines.append("|" + "---|" * len(listing.headers))
    for index, row in ordered_rows(listing):
        if index is None:  # the marker row, in bold
            cells = [f"**{_md(cell)}**" if cell else "" for cell in row]
        else:
            cells = [_md(cell) for cell in row]
            if listing.highlights is not None:
                cells[-1] = _md_emphasis(row[-1], listing.highlights[index])
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines + caption) + "\n"


def _as_of(day: str) -> str:
    """Return the day a listing is as of (YYYY-MM-DD): as is in English, as Spanish
    readers write a day in Spanish ('2 de diciembre de 2026')."""
    from ._i18n import language

    if language() != "es":
        return day
    import datetime as dt

    from ._dates import day_label

    return day_label(dt.date.fromisoformat(day))


def _md_emphasis(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Return text as Markdown with the spans in **bold**."""
    out, at = [], 0
    for start, end in spans:
        out += [_md(text[at:start]), "**", _md(text[start:end]), "**"]
        at = end
    return "".join([*out, _md(text[at:])])


def _markdown_card(card: Card) -> str:
    lines = [f"## {_md(card.heading)}", ""]
    if card.quote:  # what a reader pastes: the official wording in brackets, and whose words these are
        lines += [f"> {_md(card.marked or card.quote)}", ">"]
        lines += [f"> — {_md(card.wording)}", ""] if card.wording else [""]
    lines += [f"- **{_md(label)}:** {_md(value)}" for label, value in card.fields]
    if card.notes:
        lines += ["", "### " + _("Notes"), ""]
        note = _("({source}; confidence: {confidence})")
        lines += [
            f"- {_md(n.text)} " + note.format(source=_md(n.source), confidence=_(n.confidence)) for n in card.notes
        ]
    return "\n".join(lines) + "\n"


# --- stacked plain text, for very narrow terminals ------------------------------------


def _wrap(label: str, value: str, width: int) -> list[str]:
    """Return 'label: value' wrapped to width, continuation lines indented."""
    import textwrap

    first = f"{label}: {clean(value)}" if label else clean(value)
    return textwrap.wrap(first, width=max(width, 10), subsequent_indent="  ", break_on_hyphens=False) or [""]


def _stacked_listing(listing: Listing, width: int) -> str:
    lines: list[str] = [*_wrap("", listing.title, width), ""]
    caption = _wrap("", listing.caption, width) if listing.caption else []
    if listing.tree is not None:
        for parent, children in listing.tree:
            lines += _wrap("", parent, width)
            for child in children:
                wrapped = _wrap("", child, width - 2)  # a bullet on the first line only
                lines += ["- " + wrapped[0]] + ["  " + line for line in wrapped[1:]]
        return "\n".join(lines + [""] * bool(caption) + caption) + "\n"
    for index, row in ordered_rows(listing):
        if index is None:
            lines += _wrap("", _stacked_marker(row), width)
        else:
            for header, cell in zip(listing.headers, row, strict=True):
                if cell:
                    lines += _wrap(header, cell, width)
        lines.append("")
    if not listing.cells:
        lines += _wrap("", listing.empty, width)
    text = "\n".join(lines).rstrip("\n") + "\n"
    return text + "\n" + "\n".join(caption) + "\n" if caption else text


def _stacked_marker(cells: Sequence[str]) -> str:
    return "-- " + ", ".join(cell for cell in cells if cell and "──" not in cell) + " --"


def _stacked_card(card: Card, width: int) -> str:
    lines = [*_wrap("", card.heading, width), ""]
    if card.quote:
        lines += [*_wrap("", f"“{card.quote}”", width), ""]
    for label, value in card.fields:
        lines += _wrap(label, value, width)
    for note in card.notes:
        lines += _wrap(_("Note"), f"{note.text} ({note.source}; {_(note.confidence)})", width)
    return "\n".join(lines) + "\n"
