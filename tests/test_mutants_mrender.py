"""What mutation testing of `_render` (docs/mutation-mrender.md) found no fast test
checking: the exact Markdown of a listing, a tree and a card, the stacked blocks of a
narrow terminal, how CSV flattens nested values, JSON's edges and the plain text of the
statement. Each expected text here is written out by hand from what a reader sees."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from usperu import Statement, _i18n
from usperu._escape import STEERING
from usperu._listing import Card, Listing
from usperu._model import Correction, GlossaryEntry, Item, Note, Paragraph, Person
from usperu._render import render, render_rows_csv, render_text, stdout_is_unicode, terminal_width, to_json


@contextmanager
def in_spanish() -> Iterator[None]:
    _i18n.set_language("es")
    try:
        yield
    finally:
        _i18n.set_language("en")


def things(**changes: Any) -> Listing:
    """A small listing: two rows, today's row between them, a caption on a column."""
    listing = Listing(
        title="Things",
        headers=("ID", "Title", "Date"),
        cells=(("a-1", "First thing", ""), ("b-2", "Second", "2024")),
        rows=({"id": "a-1"}, {"id": "b-2"}),
        marker=(1, ("──", "today", "2026-01-15")),
        caption="Date: when it happened",
    )
    return listing._replace(**changes)


TREE = Listing(
    title="Grouped",
    headers=(),
    cells=(),
    rows=(),
    tree=(("Parent one", ("child a", "child b has more words")), ("Parent two", ())),
    caption="What the groups are",
)


# --- Markdown ----------------------------------------------------------------------


def test_markdown_listing_has_its_day_rows_marker_and_caption() -> None:
    text = render(things(as_of="2026-01-15"), "markdown")
    assert text == (
        "## Things\n"
        "\n"
        "_as of 2026-01-15_\n"
        "\n"
        "| ID | Title | Date |\n"
        "|---|---|---|\n"
        "| a-1 | First thing |  |\n"
        "| **──** | **today** | **2026-01-15** |\n"
        "| b-2 | Second | 2024 |\n"
        "\n"
        "_Date: when it happened_\n"
    )


def test_markdown_listing_without_a_day_or_caption_has_neither() -> None:
    text = render(things(caption="", marker=None), "markdown")
    assert text == (
        "## Things\n\n| ID | Title | Date |\n|---|---|---|\n| a-1 | First thing |  |\n| b-2 | Second | 2024 |\n"
    )


def test_markdown_marker_cells_are_bold_and_escaped_and_empty_ones_stay_empty() -> None:
    listing = things(marker=(0, ("", "to|day", "")), caption="")
    lines = render(listing, "markdown").splitlines()
    assert lines[4] == "|  | **to\\|day** |  |"


def test_markdown_as_of_is_a_spanish_day_in_spanish() -> None:
    with in_spanish():
        text = render(things(as_of="2026-12-02", caption=""), "markdown")
    assert text.splitlines()[2] == "_situación al 2 de diciembre de 2026_"


def test_markdown_tree_is_a_nested_list() -> None:
    assert render(TREE, "markdown") == (
        "## Grouped\n\n- Parent one\n  - child a\n  - child b has more words\n- Parent two\n\n_What the groups are_\n"
    )


def test_markdown_tree_escapes_its_labels() -> None:
    tree = TREE._replace(tree=(("a|b", ("c*d",)),), caption="")
    assert render(tree, "markdown") == "## Grouped\n\n- a\\|b\n  - c\\*d\n"


def test_markdown_search_match_is_bold_in_the_last_column_only() -> None:
    listing = Listing(
        title="Search results",
        headers=("Kind", "Title", "Match"),
        cells=(("event", "say it", "we say hello world"),),
        rows=({},),
        highlights=(((7, 12), (13, 18)),),
    )
    lines = render(listing, "markdown").splitlines()
    assert lines[-1] == "| event | say it | we say **hello** **world** |"


def test_markdown_card_has_the_pasted_quote_its_wording_fields_and_notes() -> None:
    card = Card(
        heading="An event",
        quote="They met there.",
        fields=(("Kind", "event"), ("ID", "an_id")),
        notes=(Note("It was later.", "a source", "high"),),
        data={},
        marked="They met (officially) there.",
        wording="Official wording of the paragraph",
    )
    assert render(card, "markdown") == (
        "## An event\n"
        "\n"
        "> They met (officially) there.\n"
        ">\n"
        "> — Official wording of the paragraph\n"
        "\n"
        "- **Kind:** event\n"
        "- **ID:** an\\_id\n"
        "\n"
        "### Notes\n"
        "\n"
        "- It was later. (a source; confidence: high)\n"
    )


def test_markdown_card_quote_without_wording_or_notes() -> None:
    card = Card(heading="H", quote="Q*", fields=(("Kind", "event"),), notes=(), data={})
    assert render(card, "markdown") == "## H\n\n> Q\\*\n>\n\n- **Kind:** event\n"


def test_markdown_card_without_a_quote() -> None:
    card = Card(heading="H", quote="", fields=(("Kind", "event"),), notes=(), data={}, marked="M", wording="W")
    assert render(card, "markdown") == "## H\n\n- **Kind:** event\n"


def test_markdown_card_notes_in_spanish() -> None:
    card = Card(heading="H", quote="", fields=(), notes=(Note("n", "s", "high"),), data={})
    with in_spanish():
        text = render(card, "markdown")
    assert text == "## H\n\n\n### Notas\n\n- n (s; confianza: alta)\n"


# --- stacked blocks, below 60 columns -----------------------------------------------


def test_stacked_listing_has_blocks_the_marker_and_the_caption_last() -> None:
    assert render(things(), "table", width=40) == (
        "Things\n"
        "\n"
        "ID: a-1\n"
        "Title: First thing\n"
        "\n"
        "-- today, 2026-01-15 --\n"
        "\n"
        "ID: b-2\n"
        "Title: Second\n"
        "Date: 2024\n"
        "\n"
        "Date: when it happened\n"
    )


def test_stacked_listing_without_a_caption_ends_after_the_last_block() -> None:
    assert render(things(caption="", marker=None), "table", width=40) == (
        "Things\n\nID: a-1\nTitle: First thing\n\nID: b-2\nTitle: Second\nDate: 2024\n"
    )


def test_stacked_lines_wrap_at_the_width_and_indent_what_follows() -> None:
    listing = things(title="alpha beta gamma delta epsilon", caption="one two three four five six", marker=None)
    lines = render(listing, "table", width=12).splitlines()
    assert lines[:5] == ["alpha beta", "  gamma", "  delta", "  epsilon", ""]
    assert lines[5:9] == ["ID: a-1", "Title: First", "  thing", ""]
    assert lines[-3:] == ["one two", "  three four", "  five six"]


def test_stacked_lines_are_never_wrapped_narrower_than_ten_columns() -> None:
    listing = things(title="aaaa bbbb cccc", caption="", marker=None)
    assert render(listing, "table", width=5).splitlines()[:3] == ["aaaa bbbb", "  cccc", ""]


def test_stacked_tree_has_parents_and_dashed_children() -> None:
    assert render(TREE, "table", width=20) == (
        "Grouped\n\nParent one\n- child a\n- child b has more\n    words\nParent two\n\nWhat the groups are\n"
    )


def test_a_stacked_child_s_bullet_line_takes_the_whole_width() -> None:
    tree = TREE._replace(tree=(("P", ("aaaa bbbb cccc ddd eeee",)),), caption="")
    assert render(tree, "table", width=20) == "Grouped\n\nP\n- aaaa bbbb cccc ddd\n    eeee\n"


def test_stacked_tree_without_a_caption() -> None:
    assert render(TREE._replace(caption=""), "table", width=20).endswith("Parent two\n")


def test_stacked_card_has_the_quote_fields_and_notes() -> None:
    card = Card(
        heading="An event",
        quote="They met there.",
        fields=(("Kind", "event"), ("ID", "an-id")),
        notes=(Note("It was later.", "a source", "high"), Note("Second.", "other", "low")),
        data={},
    )
    assert render(card, "table", width=50) == (
        "An event\n"
        "\n"
        "“They met there.”\n"
        "\n"
        "Kind: event\n"
        "ID: an-id\n"
        "Note: It was later. (a source; high)\n"
        "Note: Second. (other; low)\n"
    )


def test_stacked_card_says_the_confidence_in_spanish() -> None:
    card = Card(heading="H", quote="", fields=(), notes=(Note("n", "s", "high"),), data={})
    with in_spanish():
        text = render(card, "table", width=50)
    assert text == "H\n\nNota: n (s; alta)\n"


# --- CSV ---------------------------------------------------------------------------


def test_csv_flattens_notes_dicts_and_lists_of_lists() -> None:
    row = {
        "notes": [{"text": "a note", "source": "src", "confidence": "high"}],
        "claimed": [{"text": "t", "source": "s", "confidence": "low", "claim": "c"}],
        "ranges": [["2024", "2025"], ["2026"]],
        "spans": {"start": 1, "words": ["x", "y"]},
        "none": None,
        "count": 3,
    }
    assert render_rows_csv([row]) == (
        "notes,claimed,ranges,spans,none,count\n"
        "a note [src; high],text=t; source=s; confidence=low; claim=c,2024-2025; 2026,start=1; words=x; y,,3\n"
    )


def test_csv_of_one_empty_cell_is_a_quoted_empty_string() -> None:
    assert render_rows_csv([{"a": ""}]) == 'a\n""\n'


def test_csv_of_a_card_is_one_row() -> None:
    card = Card(heading="H", quote="", fields=(), notes=(), data={"id": "x", "tags": ["a", "b"]})
    assert render(card, "csv") == "id,tags\nx,a; b\n"


# --- JSON --------------------------------------------------------------------------


def test_json_of_no_rows_is_an_empty_array() -> None:
    assert to_json([]) == "[]\n"
    assert render(things(rows=()), "json") == "[]\n"


def test_json_object_is_indented_and_keeps_unicode_by_default() -> None:
    assert to_json({"a": "é"}) == '{\n  "a": "é"\n}\n'
    assert to_json({"a": "é"}, ascii_only=True) == '{\n  "a": "\\u00e9"\n}\n'


def test_json_escapes_every_steering_character() -> None:
    every = "é" + "".join(chr(c) for c in STEERING)
    for text in (to_json([every]), to_json({"k": every})):
        assert not any(chr(c) in text for c in STEERING if c != 0x0A)
        assert "é" in text and "\\u0085" in text and "\\u202e" in text


def test_json_escapes_one_c1_control() -> None:
    assert to_json(["a\x85b"]) == '[\n"a\\u0085b"\n]\n'


# --- the terminal --------------------------------------------------------------------


def test_a_stdout_without_an_encoding_is_not_unicode(monkeypatch: pytest.MonkeyPatch) -> None:
    class Bare:
        def write(self, text: str) -> int:
            return len(text)

    monkeypatch.setattr(sys, "stdout", Bare())
    assert stdout_is_unicode() is False


def test_columns_is_capped_at_ten_thousand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setenv("COLUMNS", "10001")
    assert terminal_width() == 10_000
    monkeypatch.setenv("COLUMNS", "10000")
    assert terminal_width() == 10_000


def test_no_columns_and_no_terminal_is_unlimited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert terminal_width() is None


# --- the statement's plain text --------------------------------------------------------


def paragraph(number: int, block: str, text: str) -> Paragraph:
    return Paragraph(id=f"p{number}", number=number, block=block, text=text)  # type: ignore[arg-type]


PARAGRAPHS = [
    paragraph(1, "paragraph", "First words."),
    paragraph(2, "bullet", "One point."),
    paragraph(3, "bullet", "Another point."),
    paragraph(4, "paragraph", "Last words."),
]


def test_text_separates_paragraphs_by_a_blank_line_and_bullets_by_none() -> None:
    assert render_text(PARAGRAPHS) == "First words.\n\n  • One point.\n  • Another point.\n\nLast words.\n"


def test_text_numbers_each_paragraph_after_its_bullet() -> None:
    assert render_text(PARAGRAPHS, numbers=True) == (
        "[1] First words.\n\n  • [2] One point.\n  • [3] Another point.\n\n[4] Last words.\n"
    )


def test_text_wraps_under_its_lead() -> None:
    paragraphs = [paragraph(7, "bullet", "alpha beta gamma delta epsilon zeta eta theta")]
    assert render_text(paragraphs, width=24, numbers=True) == (
        "  • [7] alpha beta gamma\n        delta epsilon\n        zeta eta theta\n"
    )


def test_text_wraps_at_twenty_columns_at_least() -> None:
    paragraphs = [paragraph(1, "paragraph", "aaaa bbbb cccc dddddd e")]  # 21 cells up to the "e"
    assert render_text(paragraphs, width=5) == "aaaa bbbb cccc\ndddddd e\n"
    assert render_text(paragraphs, width=21) == "aaaa bbbb cccc dddddd\ne\n"


def test_text_never_breaks_a_hyphenated_word() -> None:
    paragraphs = [paragraph(1, "paragraph", "aaaa bbbb cccc well-known")]
    assert render_text(paragraphs, width=20) == "aaaa bbbb cccc\nwell-known\n"


def test_text_shows_steering_characters_as_escapes() -> None:
    assert render_text([paragraph(1, "paragraph", "a\x1bb")]) == "a\\x1bb\n"


def test_text_of_a_paragraph_alone_has_no_separator() -> None:
    assert render_text(PARAGRAPHS[1:2]) == "  • One point.\n"


# --- table widths ------------------------------------------------------------------

TITLE = "alpha beta gamma delta epsilon zeta eta theta iota kappa"  # 56 cells, longest word 7


def table(headers: tuple[str, ...], *cells: tuple[str, ...], **changes: Any) -> Listing:
    listing = Listing(title="T", headers=headers, cells=cells, rows=tuple({} for _ in cells))
    return listing._replace(**changes)


TWO = table(("Title", "Note"), ("alpha beta gamma delta epsilon", "one two three four"))
"""Natural widths 30 and 18; each column gives down to 20 (the main one) and 5 (its
longest word); a table of two columns adds 7 cells of frame."""


@pytest.mark.parametrize(
    ("width", "widths"),
    [(None, [30, 18]), (100, [30, 18]), (55, [30, 18]), (54, [29, 17]), (50, [27, 15]), (32, [20, 5])],
)
def test_columns_shrink_in_proportion_to_what_they_can_give(width: int | None, widths: list[int]) -> None:
    from usperu._render import column_widths

    assert column_widths(TWO, width) == widths


def test_no_table_fits_below_the_floors() -> None:
    from usperu._render import column_widths, fit_table

    assert column_widths(TWO, 31) is None
    assert fit_table(TWO, 31) is None


def test_a_cell_of_several_lines_is_as_wide_as_its_widest_line() -> None:
    from usperu._render import column_widths

    assert column_widths(table(("Title",), ("ab\ncdefgh\nxyz",)), None) == [6]


def test_numbers_and_dates_never_shrink() -> None:
    from usperu._render import column_widths

    listing = table(("#", "Date", "Title"), ("12345", "2024-01-02", TITLE))
    # natural 5, 10, 56; frame 10: at 60 columns the title alone gives 21
    assert column_widths(listing, 60) == [5, 10, 35]


ID_ROW = ("first-second-third", TITLE)


@pytest.mark.parametrize(
    ("width", "steps", "widths"),
    [
        (81, 3, [18, 56]),  # everything fits
        (60, 3, [18, 35]),  # ids whole, the title gives
        (60, 1, [18, 35]),
        (55, 1, [18, 30]),  # ids whole, the title down to ROOMY
        (50, 3, [10, 32]),  # ids break after a hyphen (down to 7), the title to 20
        (50, 1, None),
        (50, 2, [10, 32]),
        (34, 2, [7, 20]),
        (33, 3, None),
    ],
)
def test_ids_stay_whole_until_the_title_is_down_to_thirty(width: int, steps: int, widths: list[int] | None) -> None:
    from usperu._render import column_widths

    assert column_widths(table(("ID", "Title"), ID_ROW), width, steps=steps) == widths


def test_ids_fold_at_twelve_cells_in_the_last_step() -> None:
    from usperu._render import column_widths

    listing = table(("ID", "Title"), ("abcdefghijklmnopqrst-uv", TITLE))
    # natural 23 and 56; broken after the hyphen the id still needs 21; folded, 12
    assert column_widths(listing, 48, steps=2) == [21, 20]
    assert column_widths(listing, 47, steps=2) is None
    assert column_widths(listing, 47, steps=3) is not None
    assert column_widths(listing, 39, steps=3) == [12, 20]
    assert column_widths(listing, 38, steps=3) is None


def test_a_column_of_ids_other_than_id_shrinks_to_its_longest_word_first() -> None:
    from usperu._render import column_widths

    listing = table(("Mentioned in", "Title"), ("aa-bb cccccc-dd", TITLE))
    # natural 15 and 56; the ids' column gives down to 9 ("cccccc-dd") at the first step
    assert column_widths(listing, 46) == [9, 30]


def test_a_narrow_table_breaks_ids_after_hyphens_one_line_each() -> None:
    from usperu._render import fit_table

    fitted = fit_table(table(("ID", "Title"), ID_ROW, ("x", "y")), 50)
    assert fitted is not None
    shown, widths = fitted
    assert widths == [10, 32]
    assert shown.cells == (("first-\nsecond-\nthird", TITLE), ("x", "y"))


def test_ids_that_fit_together_share_a_line_and_the_rest_move_down() -> None:
    from usperu._render import fit_table

    listing = table(
        ("ID", "Title"), ("aa-bb cc", "alpha"), ("x aa-bbbb", "beta"), ("a-b\ncc-dddd", "g"), ("x aa-bb", "d")
    )
    # the ids column: natural 9, broken no narrower than its longest part (4); the title 5
    fitted = fit_table(listing, 7 + 5 + 5)
    assert fitted is not None
    shown, widths = fitted
    assert widths[0] == 5
    assert [cells[0] for cells in shown.cells] == ["aa-bb\ncc", "x aa-\nbbbb", "a-b\ncc-\ndddd", "x\naa-bb"]


def test_each_line_of_a_cell_of_ids_breaks_on_its_own() -> None:
    from usperu._render import fit_table

    listing = table(("ID", "Title"), ("a\nb c-dddd", "title"))
    # natural 8 and 5, the ids no narrower than "dddd"; frame 7
    fitted = fit_table(listing, 16)
    assert fitted is not None
    assert fitted[1] == [4, 5]
    assert fitted[0].cells[0][0] == "a\nb c-\ndddd"


def test_the_marker_row_s_ids_break_too() -> None:
    from usperu._render import fit_table

    listing = table(("ID", "Title"), ID_ROW, marker=(1, ("first-second-third", "today")))
    fitted = fit_table(listing, 50)
    assert fitted is not None
    assert fitted[0].marker == (1, ("first-\nsecond-\nthird", "today"))


def test_a_table_that_fits_keeps_its_ids_whole() -> None:
    from usperu._render import fit_table

    listing = table(("ID", "Title"), ID_ROW, marker=(0, ("first-second-third", "today")))
    assert fit_table(listing, 81) == (listing, [18, 56])


SPARE = table(("ID", "Kind", "Title"), ("first-second-third", "event", TITLE), spare=("Kind",))


def test_a_narrow_table_breaks_ids_before_it_leaves_out_a_column() -> None:
    from usperu._render import fit_table

    fitted = fit_table(SPARE, 60)
    assert fitted is not None
    shown, widths = fitted
    assert shown.headers == ("ID", "Kind", "Title")
    assert widths == [11, 5, 33]
    assert shown.cells[0][0] == "first-\nsecond-\nthird"


def test_with_keep_ids_it_leaves_out_the_spare_columns_first() -> None:
    from usperu._render import fit_table

    fitted = fit_table(SPARE._replace(keep_ids=True), 60)
    assert fitted is not None
    shown, widths = fitted
    assert shown.headers == ("ID", "Title")
    assert widths == [18, 35]
    assert shown.cells == (("first-second-third", TITLE),)


def test_with_keep_ids_ids_break_with_every_column_when_none_fits_whole() -> None:
    from usperu._render import fit_table

    fitted = fit_table(SPARE._replace(keep_ids=True), 50)
    assert fitted is not None
    assert fitted[0].headers == ("ID", "Kind", "Title")
    assert fitted[1] == [8, 5, 26]


def test_a_table_no_width_fits_is_stacked_even_on_a_wide_terminal() -> None:
    word = "abcdefghijklmnopqrst"
    listing = table(("A", "B", "C", "D"), (word, word, word, word))
    assert render(listing, "table", width=80) == f"T\n\nA: {word}\nB: {word}\nC: {word}\nD: {word}\n"


def test_an_empty_listing_draws_nothing() -> None:
    assert render(table(("ID", "Title")), "table", width=80) == ""
    assert render(table(("ID", "Title")), "table", width=40) == ""


# --- the records' kinds and titles (_model) --------------------------------------------


def test_each_record_type_says_its_kind(statement: Statement) -> None:
    kinds = {type(record).__name__: record.kind for record in statement.records() if not isinstance(record, Item)}
    assert kinds == {
        "Metadata": "statement",
        "Person": "person",
        "Session": "session",
        "Event": "event",
        "GlossaryEntry": "glossary",
        "Paragraph": "paragraph",
        "Development": "development",
        "Correction": "correction",
    }


def test_records_come_in_the_order_of_the_statement_s_tables(statement: Statement) -> None:
    records = statement.records()
    tables = (
        statement.people,
        statement.sessions,
        statement.achievements,
        statement.commitments,
        statement.events,
        statement.glossary,
        statement.paragraphs,
        statement.developments,
        statement.corrections,
    )
    assert records[0] is statement.metadata
    assert records[1:] == tuple(record for table in tables for record in table)
    assert all(table for table in tables)  # every table has records, so the order is checked for each


def test_a_person_s_title_is_the_correct_spelling_of_the_name() -> None:
    person = Person("x", "Ana Díaz", "Ana Dias", "minister", "Peru", "q", "p1")
    assert person.title == "Ana Díaz"


def test_a_glossary_entry_s_title_has_its_expansion_unless_it_is_the_term() -> None:
    entry = GlossaryEntry("bdn", "BDN", "Blue Dot Network", "d", ())
    assert entry.title == "BDN: Blue Dot Network"
    assert entry._replace(expansion="BDN").title == "BDN"


def test_a_paragraph_s_title_is_its_number() -> None:
    assert paragraph(17, "paragraph", "t").title == "Paragraph 17"


def test_a_correction_s_title_is_the_official_wording() -> None:
    correction = Correction("c", "Peru an the", "Peru and the", "s", "high")
    assert correction.title == "Peru and the"


# --- which drawing a view gets -----------------------------------------------------------

LONG = " ".join(["word"] * 40)  # 199 cells
CARD = Card(
    heading="An event",
    quote="They met.",
    fields=(("Kind", "event"), ("Summary", LONG)),
    notes=(Note("n", "s", "high"),),
    data={"id": "x", "kind": "event"},
)
LONG_TREE = TREE._replace(tree=(("Parent one", ("child a", LONG)),), caption="")


def test_a_card_from_60_columns_is_drawn_at_the_width_not_stacked() -> None:
    for width in (60, 80):
        lines = render(CARD, "table", width=width).splitlines()
        assert lines[0] == "An event"
        assert "Kind: event" not in lines  # the stacked form
        assert any(line.split() == ["Kind", "event"] for line in lines)
        assert max(len(line) for line in lines) <= width
        assert len(lines) > 8  # the summary wraps


def test_a_card_without_a_width_is_drawn_unwrapped() -> None:
    lines = render(CARD, "table").splitlines()
    assert any(line.endswith(LONG) for line in lines)


def test_a_tree_from_60_columns_is_drawn_at_the_width() -> None:
    lines = render(LONG_TREE, "table", width=60).splitlines()
    assert lines[0] == "Grouped"
    assert "Parent one" in lines[1] and "child a" in lines[2]
    assert max(len(line) for line in lines) <= 60
    assert len(lines) > 4


def test_a_tree_without_a_width_is_drawn_unwrapped() -> None:
    lines = render(LONG_TREE, "table").splitlines()
    assert lines[-1].endswith(LONG)


def test_json_of_a_card_is_its_record() -> None:
    assert render(CARD, "json") == '{\n  "id": "x",\n  "kind": "event"\n}\n'


def test_csv_of_a_listing_has_its_declared_columns_even_without_rows() -> None:
    listing = table(("ID", "Title"), fields=("id", "title", "date"))
    assert render(listing, "csv") == "id,title,date\n"
    rows = ({"title": "t", "id": "a"},)
    assert render(listing._replace(rows=rows), "csv") == "id,title,date\na,t,\n"


def test_stacked_blocks_never_break_a_hyphenated_word() -> None:
    listing = things(title="aaaa well-known", caption="", marker=None)
    assert render(listing, "table", width=12).splitlines()[:3] == ["aaaa", "  well-known", ""]


def test_stacked_lines_wrap_at_ten_columns_not_eleven() -> None:
    listing = things(title="aaaa bbbbbb c", caption="", marker=None)
    assert render(listing, "table", width=5).splitlines()[:3] == ["aaaa", "  bbbbbb c", ""]


def test_a_stacked_empty_title_is_an_empty_line() -> None:
    assert render(things(title="", caption="", marker=None), "table", width=40).startswith("\n\nID: a-1\n")


def test_stacked_blocks_keep_the_last_cell_s_last_characters() -> None:
    for last in ("BOX", "no-break\xa0"):
        listing = things(cells=(("a-1", "First", last),), caption="", marker=None)
        assert render(listing, "table", width=40) == f"Things\n\nID: a-1\nTitle: First\nDate: {last}\n"


def test_an_id_longer_than_32_cells_stays_whole_at_the_first_step() -> None:
    from usperu._render import column_widths

    long_id = "abcdefghij-abcdefghij-abcdefghij-abcdefg"  # 40 cells, no space to wrap at
    listing = table(("ID", "Title"), (long_id, TITLE))
    # whole, the id needs 40 and the title 30 at least: 70 + 7 of frame
    assert column_widths(listing, 77, steps=1) == [40, 30]
    assert column_widths(listing, 76, steps=1) is None


def test_with_keep_ids_a_table_that_fits_by_shrinking_keeps_every_column() -> None:
    from usperu._render import fit_table

    fitted = fit_table(SPARE._replace(keep_ids=True), 81)
    assert fitted is not None
    assert fitted[0].headers == ("ID", "Kind", "Title")
    assert fitted[1] == [18, 5, 48]


def test_a_table_of_ids_alone_breaks_them() -> None:
    from usperu._render import column_widths

    # natural 11; 4 cells of frame; broken after hyphens the ids need 4
    assert column_widths(table(("ID",), ("abc-def-ghi",)), 10) == [6]
    assert column_widths(table(("ID",), ("abc-def-ghi",)), 8) == [4]
    assert column_widths(table(("ID",), ("abc-def-ghi",)), 8, steps=1) is None


def test_the_main_column_is_the_widest_that_can_give() -> None:
    from usperu._render import column_widths

    # the dates are wider (24) but never shrink; the title (22) is the one that keeps 20
    listing = table(("Date", "Title"), ("2024-01-02 to 2025-12-31", "alpha beta gamma delta"))
    assert column_widths(listing, 51) == [24, 20]
    assert column_widths(listing, 50) is None


def test_a_column_gives_down_to_its_longest_word_but_no_further_than_32() -> None:
    from usperu._render import column_widths

    listing = table(("Title", "Note"), ("alpha beta gamma delta epsilon", "x" * 40 + " y"))
    # natural 30 and 42; the title gives down to 7 ("epsilon"), the note to 32 (its word is 40)
    assert column_widths(listing, 46) == [7, 32]
    assert column_widths(listing, 45) is None


def test_each_column_gives_at_least_its_share_rounded_up() -> None:
    from usperu._render import column_widths

    # natural 21 and 5, each can give 1 (down to 20 and to "Note"); one cell too many at 32 columns
    listing = table(("Title", "Note"), ("aaaaaaaaaa bbbbbbbbbb", "ab cd"))
    assert column_widths(listing, 33) == [21, 5]
    assert column_widths(listing, 32) == [20, 4]
