"""The one renderer: views -> table, JSON, CSV, Markdown or plain text, as a string.

JSON and CSV use the standard library; Rich is imported (in `_tables`) only when a
table, tree or card is drawn for people.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sys
from collections.abc import Sequence
from typing import Any, Literal, TypeAlias

from ._model import Paragraph
from ._views import Card, Listing

__all__ = ["FORMATS", "Format", "clean", "render", "render_text", "terminal_width"]

Format: TypeAlias = Literal["table", "json", "csv", "markdown"]
FORMATS: tuple[Format, ...] = ("table", "json", "csv", "markdown")

NARROW = 60
"""Below this many columns, tables become stacked 'field: value' blocks."""

# C0 and C1 controls (but tab and newline), DEL, and the bidirectional overrides that
# can reorder or hide text on a terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def clean(text: str) -> str:
    """Return text with control characters shown as visible escapes such as '\\x1b'."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", text
    )


def terminal_width() -> int | None:
    """Return the width to draw tables at: the terminal's or $COLUMNS; None means unlimited."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def render(view: Listing | Card, fmt: str, *, width: int | None = None) -> str:
    """Return the view written in format `fmt` (one of FORMATS), ending in a newline."""
    if fmt == "json":
        data: Any = view.data if isinstance(view, Card) else list(view.rows)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        rows = [view.data] if isinstance(view, Card) else list(view.rows)
        return _csv(rows)
    if fmt == "markdown":
        return _markdown_card(view) if isinstance(view, Card) else _markdown_listing(view)
    if width is not None and width < NARROW:
        return _stacked_card(view) if isinstance(view, Card) else _stacked_listing(view)
    from . import _tables

    return _tables.draw(view, width)


def render_text(paragraphs: Sequence[Paragraph]) -> str:
    """Return the paragraphs as the statement's plain text, laid out as in the source."""
    out: list[str] = []
    previous: Paragraph | None = None
    for paragraph in paragraphs:
        if previous is not None:
            together = previous.block == "bullet" and paragraph.block == "bullet"
            out.append("\n" if together else "\n\n")
        out.append(("  • " if paragraph.block == "bullet" else "") + clean(paragraph.text))
        previous = paragraph
    return "".join(out) + "\n"


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


def _csv(rows: Sequence[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    headers: list[str] = []
    for row in rows:
        headers += [key for key in row if key not in headers]
    writer = csv.DictWriter(buffer, fieldnames=headers, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _flat(value) for key, value in row.items()})
    return buffer.getvalue()


# --- Markdown ----------------------------------------------------------------------


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", clean(text)).replace("\n", " ")


def _markdown_listing(listing: Listing) -> str:
    lines = [f"## {_md(listing.title)}", ""]
    if listing.tree is not None:
        for parent, children in listing.tree:
            lines.append(f"- {_md(parent)}")
            lines += [f"  - {_md(child)}" for child in children]
        return "\n".join(lines) + "\n"
    if not listing.cells:
        return "\n".join(lines + [f"_{_md(listing.empty)}_"]) + "\n"
    lines.append("| " + " | ".join(_md(h) for h in listing.headers) + " |")
    lines.append("|" + "---|" * len(listing.headers))
    for index, row in enumerate(listing.cells):
        if listing.marker and listing.marker[0] == index:
            lines.append(_md_marker(listing))
        cells = [_md(cell) for cell in row]
        if listing.highlights is not None:
            cells[-1] = _md_emphasis(row[-1], listing.highlights[index])
        lines.append("| " + " | ".join(cells) + " |")
    if listing.marker and listing.marker[0] >= len(listing.cells):
        lines.append(_md_marker(listing))
    return "\n".join(lines) + "\n"


def _md_emphasis(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Return text as Markdown with the spans in **bold**."""
    out, at = [], 0
    for start, end in spans:
        out += [_md(text[at:start]), "**", _md(text[start:end]), "**"]
        at = end
    return "".join([*out, _md(text[at:])])


def _md_marker(listing: Listing) -> str:
    assert listing.marker is not None
    return "| " + " | ".join(f"**{_md(cell)}**" if cell else "" for cell in listing.marker[1]) + " |"


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


def _stacked_listing(listing: Listing) -> str:
    if listing.tree is not None:
        lines = [listing.title]
        for parent, children in listing.tree:
            lines.append(clean(parent))
            lines += [f"  - {clean(child)}" for child in children]
        return "\n".join(lines) + "\n"
    blocks = [listing.title]
    for index, row in enumerate(listing.cells):
        if listing.marker and listing.marker[0] == index:
            blocks.append(_stacked_marker(listing.marker[1]))
        blocks.append("\n".join(f"{h}: {clean(c)}" for h, c in zip(listing.headers, row, strict=True) if c))
    if listing.marker and listing.marker[0] >= len(listing.cells):
        blocks.append(_stacked_marker(listing.marker[1]))
    if not listing.cells:
        blocks.append(listing.empty)
    return "\n\n".join(blocks) + "\n"


def _stacked_marker(cells: Sequence[str]) -> str:
    return "-- " + ", ".join(cell for cell in cells if cell and "──" not in cell) + " --"


def _stacked_card(card: Card) -> str:
    lines = [clean(card.heading), ""]
    if card.quote:
        lines += [f"“{clean(card.quote)}”", ""]
    lines += [f"{label}: {clean(value)}" for label, value in card.fields]
    lines += [f"Note: {clean(n.text)} ({clean(n.source)}; {n.confidence})" for n in card.notes]
    return "\n".join(lines) + "\n"
