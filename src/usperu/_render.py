"""The one renderer: views -> table, JSON, CSV, Markdown or plain text, as a string.

JSON and CSV use the standard library; Rich is imported (in `_tables`) only when a
table, tree or card is drawn for people.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._escape import STEERING, clean
from ._listing import NO_WRAP, Card, Listing, frame_width, ordered_rows

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
    widths = column_widths(view, width)
    if widths is None:  # the table cannot fit the width given
        assert width is not None
        return _stacked_listing(view, width)
    from . import _tables

    return _tables.draw_table(view, width, widths)


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
the rows are laid out as stacked blocks instead."""


def column_widths(listing: Listing, width: int | None) -> list[int] | None:
    """Return a width for each column: its widest cell, shrunk to fit `width` if needed.

    Rich would measure every cell itself, which cost a third of drawing a table; the
    text is plain, so the widths are cheap to know here. Columns shrink in proportion
    to how much they can give, down to their longest word (at most 32); ids, numbers
    and dates never shrink, and the widest column keeps READABLE characters. Returns
    None when the table cannot fit so: the caller then lays the rows out as stacked
    blocks, which never split a word.
    """
    columns = list(zip(listing.headers, *(row for _, row in ordered_rows(listing)), strict=True))
    natural = [max(_cells(line) for cell in column for line in clean(cell).split("\n")) for column in columns]
    if width is None:
        return natural
    available = width - frame_width(len(columns))
    excess = sum(natural) - available
    if excess <= 0:
        return natural
    floor = [_floor(n, h, c) for n, h, c in zip(natural, listing.headers, columns, strict=True)]
    main = max(range(len(columns)), key=lambda i: natural[i] if natural[i] > floor[i] else -1)
    floor[main] = max(floor[main], min(natural[main], READABLE))
    if sum(floor) > available:
        return None
    give = [n - f for n, f in zip(natural, floor, strict=True)]
    total = sum(give)
    return [n - (g * excess + total - 1) // total for n, g in zip(natural, give, strict=True)]


def _floor(natural: int, header: str, column: tuple[str, ...]) -> int:
    """Return how narrow a column may become before Rich has to fold words."""
    if header in NO_WRAP or header == "ID":
        return natural
    return min(natural, _longest_word(column))


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


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join("-".join(map(_flat, v)) if isinstance(v, list) else _flat(v) for v in value)
    if isinstance(value, dict):
        if set(value) == {"text", "source", "confidence"}:
            return f"{value['text']} [{value['source']}; {value['confidence']}]"
        return "; ".join(f"{k}={_flat(v)}" for k, v in value.items())
    return clean(str(value))


def render_rows_csv(rows: Sequence[dict[str, Any]]) -> str:
    """Return JSON-ready rows as CSV: one column per key, lists joined with '; '."""
    return _csv(rows)


def _csv(rows: Sequence[dict[str, Any]], fields: Sequence[str] = ()) -> str:
    """Return rows as CSV with a header row: `fields`, else every key of the rows."""
    import csv
    import io

    buffer = io.StringIO()
    headers: list[str] = list(fields)
    for row in rows:
        headers += [key for key in row if key not in headers]
    # csv.writer over lists, not DictWriter: DictWriter checks each row's keys in Python.
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows([_flat(row.get(key)) for key in headers] for row in rows)
    return buffer.getvalue()


# --- Markdown ----------------------------------------------------------------------


def _md(text: str) -> str:
    return clean(text).translate(_MARKDOWN_ESCAPES).replace("\n", " ")


def _markdown_listing(listing: Listing) -> str:
    lines = [f"## {_md(listing.title)}", ""]
    if listing.as_of:  # relative times and today's row: say which day, so a saved note stays true
        lines += [f"_as of {listing.as_of}_", ""]
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


def _md_emphasis(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Return text as Markdown with the spans in **bold**."""
    out, at = [], 0
    for start, end in spans:
        out += [_md(text[at:start]), "**", _md(text[start:end]), "**"]
        at = end
    return "".join([*out, _md(text[at:])])


def _markdown_card(card: Card) -> str:
    lines = [f"## {_md(card.heading)}", ""]
    if card.quote:
        lines += [f"> {_md(card.quote)}", ""]
    lines += [f"- **{_md(label)}:** {_md(value)}" for label, value in card.fields]
    if card.notes:
        lines += ["", "### Notes", ""]
        lines += [f"- {_md(n.text)} ({_md(n.source)}; confidence: {n.confidence})" for n in card.notes]
    return "\n".join(lines) + "\n"


# --- stacked plain text, for very narrow terminals ------------------------------------


def _wrap(label: str, value: str, width: int) -> list[str]:
    """Return 'label: value' wrapped to width, continuation lines indented."""
    import textwrap

    first = f"{label}: {clean(value)}" if label else clean(value)
    return textwrap.wrap(first, width=max(width, 10), subsequent_indent="  ", break_on_hyphens=False) or [""]


def _stacked_listing(listing: Listing, width: int) -> str:
    lines: list[str] = [listing.title, ""]
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
        lines += _wrap("Note", f"{note.text} ({note.source}; {note.confidence})", width)
    return "\n".join(lines) + "\n"
