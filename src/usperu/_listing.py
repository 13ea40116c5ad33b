"""What a view is: a listing (rows, with the cells a table shows) or a card (one record).

`_views` makes them from records and `_render` writes them in every format. They live
apart from `_views`, with the listing of search results, because search on the bundled
dataset needs no records (`_model`): its hits come from the prebuilt index.
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._namedtuple import NamedTuple

if TYPE_CHECKING:
    from ._model import Note
    from ._search import Hit

__all__ = [
    "IDS",
    "NO_WRAP",
    "Card",
    "Listing",
    "frame_width",
    "is_ids",
    "is_no_wrap",
    "ordered_rows",
    "search_listing",
    "without",
]

NO_WRAP = frozenset({"#", "Date"})
"""Listing columns that never wrap (numbers and dates), by their English headers."""

IDS = frozenset({"ID", "id", "Follows up", "Mentioned in"})
"""Listing columns of record ids, by their English headers: in a narrow table they
shrink last, and then break after a hyphen (`_render.column_widths`)."""


def is_no_wrap(header: str) -> bool:
    """Whether a column of this header (in the interface's language) never wraps (NO_WRAP)."""
    return header in NO_WRAP or header in _translated(NO_WRAP)


def is_ids(header: str) -> bool:
    """Whether a column of this header (in the interface's language) holds ids (IDS)."""
    return header in IDS or header in _translated(IDS)


def _translated(headers: frozenset[str]) -> set[str]:
    from ._i18n import _, language

    return {_(header) for header in headers} if language() != "en" else set()


class Listing(NamedTuple):
    """Rows of records: `rows` are the JSON objects, `cells` what a table shows."""

    title: str
    headers: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]
    rows: tuple[dict[str, Any], ...]
    marker: tuple[int, tuple[str, ...]] | None = None
    """(row index, cells): a highlighted row drawn before that row in tables."""
    tree: tuple[tuple[str, tuple[str, ...]], ...] | None = None
    """(parent label, child labels): drawn instead of the table when given."""
    empty: str = "nothing to show"
    highlights: tuple[tuple[tuple[int, int], ...], ...] | None = None
    """Per row, (start, end) spans of the last column to emphasise (search matches)."""
    caption: str = ""
    """A line under the table for people (not in JSON or CSV): what is editorial, say.
    One that starts with a header and a colon explains that column, and goes with it."""
    fields: tuple[str, ...] = ()
    """The keys of every row, in order, known even when there are no rows (CSV header)."""
    columns: tuple[str, ...] = ()
    """Per header, the row key that the column shows ('' when it shows none as is)."""
    as_of: str = ""
    """The day (YYYY-MM-DD) that the listing depends on (relative times, today's row)."""
    spare: tuple[str, ...] = ()
    """Headers of the columns a table too narrow for all of them leaves out, first
    first (JSON, CSV and `usperu show` still have them)."""
    keep_ids: bool = False
    """Whether a narrow table leaves out its spare columns before it breaks ids (when
    some rows have no other handle, as commitments have no number)."""


def ordered_rows(listing: Listing) -> list[tuple[int | None, tuple[str, ...]]]:
    """Return the rows a table shows, in order: (index into `cells`, cells) for each
    record, and (None, its cells) for the marker row, before the row it names or last."""
    rows: list[tuple[int | None, tuple[str, ...]]] = list(enumerate(listing.cells))
    if listing.marker is not None:
        position, cells = listing.marker
        rows.insert(position, (None, cells))  # a position past the end appends
    return rows


def without(listing: Listing, header: str) -> Listing:
    """Return the listing without the table column of this header (its rows unchanged)."""
    if header not in listing.headers:
        return listing
    index = listing.headers.index(header)

    def drop(cells: tuple[str, ...]) -> tuple[str, ...]:
        return cells[:index] + cells[index + 1 :]

    last = index == len(listing.headers) - 1  # the emphasised column goes too
    return listing._replace(
        headers=drop(listing.headers),
        cells=tuple(drop(cells) for cells in listing.cells),
        marker=None if listing.marker is None else (listing.marker[0], drop(listing.marker[1])),
        highlights=None if last else listing.highlights,
        columns=drop(listing.columns) if listing.columns else (),
        spare=tuple(spare for spare in listing.spare if spare != header),
        caption="" if listing.caption.startswith(f"{header}:") else listing.caption,  # it explained the column
    )


def frame_width(columns: int) -> int:
    """Return what a table of this many columns adds to their widths: a space either side
    of each cell, a separator between cells and both edges (Rich's SIMPLE_HEAD and ASCII
    boxes alike)."""
    return 3 * columns + 1


class Card(NamedTuple):
    """One record in full: a heading, a verbatim quote, labelled fields and notes."""

    heading: str
    quote: str
    fields: tuple[tuple[str, str], ...]
    notes: "tuple[Note, ...]"
    data: dict[str, Any]
    marked: str = ""
    """The quote as pasted from Markdown: the official wording in brackets, marked garbles (`_brackets`)."""
    wording: str = ""
    """The line after a pasted quote that says whose words it holds (`_brackets.wording_line`)."""


def search_listing(hits: "Sequence[Hit]") -> Listing:
    """Return search results: kind, id, title and a snippet with the matched words."""
    from ._i18n import _

    return Listing(
        title=_("Search results"),
        headers=(_("Kind"), _("ID"), _("Title"), _("Match")),
        cells=tuple((_(h.kind), h.id, h.title, h.snippet) for h in hits),
        rows=tuple(
            {
                "id": h.id,
                "kind": h.kind,
                "title": h.title,
                "snippet": h.snippet,
                "highlights": [list(span) for span in h.highlights],
                "score": h.score,
                "matched": [m._asdict() for m in h.matched],
            }
            for h in hits
        ),
        highlights=tuple(h.highlights for h in hits),
        empty="",  # the command says why on stderr (no matches, did you mean ...)
        fields=("id", "kind", "title", "snippet", "highlights", "score", "matched"),
        columns=("kind", "id", "title", "snippet"),
        spare=(_("Kind"),),
    )
