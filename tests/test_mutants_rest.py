"""Tests written for the mutants that survived helper `mrest`'s runs (issue #16 item 5):
`_html` (`pieces`, `edition`, `timeline_picture`, `context`), see docs/mutation-mrest.md.

Each page is rendered inside its test: mutmut maps a test to the functions it runs, and a
page shared by a module-scoped fixture runs inside the first test only."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from tests.conftest import DATA, in_spanish
from usperu import load_statement
from usperu._html import Mark, Piece, context, edition, pieces, timeline_picture
from usperu._model import Correction, Event

TODAY = dt.date(2026, 12, 2)
FIX = Correction("c1", "Peter Cimino", "Peter Camino", "s", "high")


def _event(ident: str, day: dt.date) -> Any:
    return Event(ident, day, "day", f"title of {ident}", "stated", "", "", (), "")


def test_a_correction_at_either_end_of_a_paragraph_makes_no_empty_piece() -> None:
    assert pieces("Peter Cimino spoke", [FIX]) == [Piece("Peter Cimino", FIX), Piece(" spoke")]
    assert pieces("spoke to Peter Cimino", [FIX]) == [Piece("spoke to "), Piece("Peter Cimino", FIX)]
    assert pieces("Peter CiminoPeter Cimino", [FIX]) == [Piece("Peter Cimino", FIX), Piece("Peter Cimino", FIX)]
    assert pieces("Peter Cimino", [FIX]) == [Piece("Peter Cimino", FIX)]


def test_a_timeline_without_entries_is_today_s_year_alone() -> None:
    picture = timeline_picture([], TODAY)
    # today, 2 December, is day 335 of 365: 70 + 335 / 365 * 550 = 574.8; one row and 4 below the axis
    assert picture == {
        "marks": [],
        "ticks": [(2026, 70.0), (2027, 620.0)],
        "today_x": 574.8,
        "height": 60.0,
        "width": 640,
        "axis": 40.0,
        "earlier": False,
    }


def test_marks_six_units_apart_in_two_slots_of_eight_stand_side_by_side() -> None:
    # 1 January at x=70 (slot round(70/8) = 9), 5 January at 70 + 4 / 365 * 550 = 76.0 (slot 10)
    picture = timeline_picture([_event("a", dt.date(2026, 1, 1)), _event("b", dt.date(2026, 1, 5))], TODAY)
    assert picture["marks"] == [
        Mark("a", 70.0, 54.0, "stated", "title of a"),
        Mark("b", 76.0, 54.0, "stated", "title of b"),
    ]


def test_the_page_of_another_data_file_names_it_and_escapes_its_markup(tmp_path: Path) -> None:
    hostile = '<script>alert("x")</script>'
    text = DATA.read_text(encoding="utf-8").replace(
        'title = "Joint Statement on U.S.-Peru High-Level Dialogue"', f"title = {json.dumps(hostile)}", 1
    )
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    page = edition(load_statement(str(path)), TODAY)
    assert "offline, from mine.toml." in page
    assert "bundled dataset" not in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page


def test_the_page_is_laid_out_line_by_line_and_ends_in_one_newline() -> None:
    page = edition(load_statement(), TODAY)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n')
    assert page.endswith("</footer>\n</body>\n</html>\n") and not page.endswith("\n\n")
    lines = page.split("\n")
    # the notes under the metadata: one paragraph a line, no blank line left by a block tag
    start = lines.index("</dl>")
    end = lines.index("</section>", start)
    notes = lines[start + 1 : end]
    assert len(notes) >= 3 and all(line.startswith('<p class="muted">') for line in notes), notes
    assert "\n\n\n" not in page


def test_the_spanish_page_says_it_is_spanish() -> None:
    with in_spanish():
        page = edition(load_statement(), TODAY)
    assert page.startswith('<!DOCTYPE html>\n<html lang="es">\n')


def test_a_correction_is_said_to_apply_in_the_paragraphs_that_hold_its_words() -> None:
    statement = load_statement()
    corrected_in = context(statement, TODAY)["corrected_in"]
    assert set(corrected_in) == {c.id for c in statement.corrections}
    every = [p.number for p in statement.paragraphs]
    for correction in statement.corrections:
        holding = [p.number for p in statement.paragraphs if correction.quoted in p.text]
        assert corrected_in[correction.id] == holding, correction.id
        assert corrected_in[correction.id] != every
    assert any(corrected_in.values())
    page = edition(statement, TODAY)
    found = next(c for c in statement.corrections if corrected_in[c.id])
    item = page[page.index(f'id="{found.id}"') :].split("</li>", 1)[0]
    assert re.findall(r'<a href="#para-(\d+)">', item) == [str(n) for n in corrected_in[found.id]]


def test_a_tree_wider_than_the_terminal_wraps_every_label_and_the_caption(monkeypatch: Any) -> None:
    from usperu import _tables
    from usperu._listing import Listing

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "dumb")
    tree = Listing(
        "a title that is long enough to wrap",
        (),
        (),
        (),
        tree=(("a parent that is long enough to wrap", ("a child that is long enough to wrap too",)),),
        caption="a caption that is long enough to wrap",
    )
    drawn = _tables.draw(tree, 20)
    lines = drawn.split("\n")
    assert all(len(line) <= 20 for line in lines), lines
    words = " ".join(line.strip(" └─│├") for line in lines).split()
    labels = ["a title that is long enough to wrap", "a parent that is long enough to wrap"]
    labels += ["a child that is long enough to wrap too", "a caption that is long enough to wrap"]
    assert words == " ".join(labels).split()
