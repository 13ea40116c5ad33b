"""The annotated edition: the whole statement as one self-contained HTML5 page (issue #19).

`edition(statement, today)` returns the page. This module turns the statement into what
the template shows (paragraphs split at the corrections, the timeline's picture laid
out, the citations written); the page's structure is `templates/edition.html.j2`, which
Jinja2 renders with autoescaping on, so that nothing from the data file is read as HTML.
Jinja2 is imported here only: no other command pays for it. Labels are written in
English in the template and looked up with `usperu._i18n._` as the page is rendered.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import Any, NamedTuple

from ._brackets import correction_spans
from ._model import Correction, Development, Event, Item, Paragraph, Statement

__all__ = ["Mark", "Piece", "context", "edition", "pieces", "timeline_picture"]


class Piece(NamedTuple):
    """A run of a paragraph's verbatim text; `correction` is set where our copy garbles it."""

    text: str
    correction: Correction | None = None


class Mark(NamedTuple):
    """One entry of the timeline's picture: where it stands, its shape, and what it links to."""

    id: str
    x: float
    y: float
    basis: str
    label: str


def pieces(text: str, corrections: Sequence[Correction]) -> list[Piece]:
    """Return TEXT cut into pieces, each correction's words (our copy's) a piece of its own.

    Where two corrections overlap, the one that starts first (then the longer) wins, as
    in `_brackets.bracketed`."""
    spans = correction_spans(text, corrections)
    out: list[Piece] = []
    position = 0
    for start, end, correction in spans:
        if start < position:
            continue
        if start > position:
            out.append(Piece(text[position:start]))
        out.append(Piece(text[start:end], correction))
        position = end
    if position < len(text) or not out:
        out.append(Piece(text[position:]))
    return out


# --- the timeline's picture ----------------------------------------------------------

WIDTH = 640
"""The picture's width in SVG units (it scales to the page)."""
_LEFT, _RIGHT, _AXIS, _ROW = 70.0, 620.0, 40.0, 16.0


def _fraction(day: dt.date, first: dt.date, last: dt.date) -> float:
    span = max((last - first).days, 1)
    return min(max((day - first).days / span, 0.0), 1.0)


def timeline_picture(entries: Sequence[Event | Development], today: dt.date) -> dict[str, Any]:
    """Return the timeline's picture: marks on a time axis from the year of the Dialogue's
    first dated entry to the year after today, entries before it gathered at the left
    ("earlier"), marks of the same spot stacked; year ticks and today's x."""
    from ._queries import basis_of

    recent = [e for e in entries if e.date.year >= today.year - 10]
    first_year = min((e.date.year for e in recent), default=today.year)
    last_year = max(today.year, max((e.date.year for e in entries), default=today.year))
    first, last = dt.date(first_year, 1, 1), dt.date(last_year + 1, 1, 1)
    marks: list[Mark] = []
    taken: dict[int, int] = {}
    for entry in entries:
        early = entry.date < first
        x = 20.0 if early else _LEFT + _fraction(entry.date, first, last) * (_RIGHT - _LEFT)
        slot = round(x / 8)
        level = taken.get(slot, 0)
        taken[slot] = level + 1
        marks.append(Mark(entry.id, round(x, 1), _AXIS + 14 + level * _ROW, basis_of(entry), entry.title))
    ticks = [
        (year, round(_LEFT + _fraction(dt.date(year, 1, 1), first, last) * (_RIGHT - _LEFT), 1))
        for year in range(first.year, last.year + 1)
    ]
    height = max((m.y for m in marks), default=_AXIS) + _ROW
    today_x = round(_LEFT + _fraction(today, first, last) * (_RIGHT - _LEFT), 1)
    return {
        "marks": marks,
        "ticks": ticks,
        "today_x": today_x,
        "height": round(height + 4, 1),
        "width": WIDTH,
        "axis": _AXIS,
        "earlier": any(e.date < first for e in entries),
    }


# --- the page --------------------------------------------------------------------------


def _blocks(statement: Statement) -> list[tuple[str, list[Paragraph]]]:
    """Return the paragraphs grouped as the page lays them out: consecutive bullets in one list."""
    groups: list[tuple[str, list[Paragraph]]] = []
    for paragraph in statement.paragraphs:
        if paragraph.block == "bullet" and groups and groups[-1][0] == "bullet":
            groups[-1][1].append(paragraph)
        else:
            groups.append((paragraph.block, [paragraph]))
    return groups


def _citations(statement: Statement) -> list[tuple[str, str]]:
    from ._cite import STYLES, cite

    return [(style, cite(statement, None, style).rstrip("\n")) for style in STYLES]


def context(statement: Statement, today: dt.date) -> dict[str, Any]:
    """Return what the template shows: the statement and everything worked out from it."""
    from . import __version__
    from ._brackets import is_reading
    from ._queries import achievements_by_session, basis_of, progress_checked, timeline
    from ._views import date_label, date_label_of_day, iso_date

    numbers = {p.id: p.number for p in statement.paragraphs}
    entries = timeline(statement)
    items: list[Item] = [*statement.achievements, *statement.commitments]
    return {
        "statement": statement,
        "source_name": "" if statement.bundled else os.path.basename(statement.path),
        "meta": statement.metadata,
        "version": __version__,
        "today": today,
        "blocks": _blocks(statement),
        "pieces": {p.id: pieces(p.text, statement.corrections) for p in statement.paragraphs},
        "numbers": numbers,
        "items": items,
        "progress": {entry.record: entry for entry in statement.progress},
        "developments": {d.id: d for d in statement.developments},
        "sessions": achievements_by_session(statement, items),
        "session_titles": {s.id: s.title for s in statement.sessions},
        "entries": entries,
        "picture": timeline_picture(entries, today),
        "citations": _citations(statement),
        "checked": progress_checked(statement),
        "is_reading": is_reading,
        "basis_of": basis_of,
        "date_label": date_label,
        "day_label": date_label_of_day,
        "iso_date": iso_date,
        "corrected_in": {
            c.id: [p.number for p in statement.paragraphs if c.quoted and c.quoted in p.text]
            for c in statement.corrections
        },
    }


def edition(statement: Statement, today: dt.date) -> str:
    """Return the annotated edition of the statement as one HTML5 document, as of `today`,
    in the interface's language (`_i18n.language()`)."""
    import jinja2

    from ._i18n import _, language, ngettext

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("usperu", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(_=_, ngettext=ngettext, lang=language())
    env.filters["translated"] = _  # a value the views show translated too (issuers, place, confidence)
    return env.get_template("edition.html.j2").render(context(statement, today))
