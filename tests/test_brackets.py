"""The bracketed quote: the official wording in square brackets where our copy differs."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usperu import Statement
from usperu._brackets import SIC, bracket, bracketed, is_reading
from usperu._queries import corrections_for
from usperu._quote import quotable

from .conftest import Invoke


class Fix(NamedTuple):
    id: str
    quoted: str
    official: str


@pytest.mark.parametrize(
    ("quoted", "official", "expected"),
    [
        ("Peter Cimino", "Peter Camino", "Peter [Camino]"),
        (
            "Deputy Minister of Foreign Affairs",
            "Vice Minister of Foreign Affairs",
            "[Vice] Minister of Foreign Affairs",
        ),
        (
            "lead an inaugural high-level dialogue",
            "led an inaugural High-Level Dialogue",
            "[led] an inaugural [High-Level Dialogue]",
        ),
        ("inclusive growth", "inclusive development", "inclusive [development]"),
        (
            "which they chair this year. Peru did.",
            "which Peru is hosting this year (most likely reading)",
            "which [Peru is hosting] this [year]",
        ),
        ("same words", "same words", "same words"),
        ("a b c", "a c", "a c"),
        (
            "The shared commitment to",
            "affirming a shared commitment to advance (the phrase belongs earlier)",
            "[affirming a] shared commitment to [advance]",
        ),
    ],
)
def test_bracket_marks_the_words_that_differ(quoted: str, official: str, expected: str) -> None:
    assert bracket(quoted, official) == expected


def test_bracketed_applies_every_correction_in_the_text() -> None:
    fixes = [Fix("camino", "Peter Cimino", "Peter Camino"), Fix("vice", "Deputy Minister", "Vice Minister")]
    out = bracketed("Peru’s Deputy Minister of Foreign Affairs Ambassador Peter Cimino", fixes)
    assert out.text == "Peru’s [Vice] Minister of Foreign Affairs Ambassador Peter [Camino]"
    assert out.applied == ("vice", "camino") and out.unchecked == ()


def test_a_reading_keeps_our_words_and_marks_them_sic() -> None:
    fixes = [Fix("april", "29 Aprilth Inaugural meeting", "the April 29 inaugural meeting (most likely reading)")]
    out = bracketed("held the 29 Aprilth Inaugural meeting of", fixes, reading=["april"])
    assert out.text == f"held the 29 Aprilth Inaugural meeting {SIC} of"
    assert out.unchecked == ("april",) and out.applied == ()
    assert "April 29" not in out.text  # a reading is never shown as the governments' words


def test_corrections_not_in_the_text_are_not_applied() -> None:
    out = bracketed("nothing garbled here", [Fix("x", "Peter Cimino", "Peter Camino")])
    assert out == ("nothing garbled here", (), ())


def test_overlapping_corrections_apply_the_first_and_longest() -> None:
    fixes = [Fix("short", "Minister", "Secretary"), Fix("long", "Deputy Minister", "Vice Minister")]
    out = bracketed("the Deputy Minister", fixes)
    assert out.text == "the [Vice] Minister" and out.applied == ("long",)


@given(st.text(alphabet="abc ", max_size=30), st.text(alphabet="abd ", max_size=30))
def test_bracket_without_brackets_is_the_official_wording(quoted: str, official: str) -> None:
    shown = bracket(quoted, official)
    assert shown.replace("[", "").replace("]", "").split() == official.split()


def test_every_bundled_correction_applies_to_the_paragraph_it_corrects(statement: Statement) -> None:
    for paragraph in statement.paragraphs:
        out = bracketed(paragraph.text, statement.corrections)
        for ident in out.applied:
            correction = next(c for c in statement.corrections if c.id == ident)
            assert correction.quoted in paragraph.text
            assert "[" in out.text


# --- what quote and Markdown give to paste --------------------------------------------------


READINGS = {
    "correction-april-29", "correction-citizen-security", "correction-apep", "correction-apec-host",
    "correction-cuzco-century", "correction-peru-and-peru", "correction-strengthen-relations",
    "correction-high-level-dialogue-p23",
}  # fmt: skip
"""The corrections whose official wording could not be read (issue #17's audit): readings."""


def _quoted_records(statement: Statement) -> list[str]:
    out = []
    for record in statement.records():
        try:
            quotable(statement, record)
        except Exception:
            continue
        if record.kind != "correction":
            out.append(record.id)
    return out


def test_the_readings_are_the_corrections_the_audit_could_not_check(statement: Statement) -> None:
    assert {c.id for c in statement.corrections if is_reading(c)} == READINGS


def test_every_pasted_quote_says_whose_words_it_holds(invoke: Invoke, statement: Statement) -> None:
    checked = 0
    for ident in _quoted_records(statement):
        record = statement.by_id[ident]
        fixes = corrections_for(statement, record)
        lines = invoke("quote", ident, env={"COLUMNS": "2000"}).stdout.splitlines()
        assert len(lines) == 3, (ident, lines)
        pasted, _, wording = lines
        assert wording.startswith("Our copy's words: a machine translation, not the official text"), ident
        for fix in fixes:
            official = bracket(fix.quoted, fix.official)
            if fix.id in READINGS:  # our words stay, marked; our reading is never shown as theirs
                assert f"{fix.quoted} {SIC}" in pasted, (ident, fix.id)
                assert "could not be checked" in wording
            elif fix.quoted in quotable(statement, record):
                assert official in pasted or any(  # or a longer correction over the same words won
                    other.quoted in quotable(statement, record) and fix.quoted in other.quoted and other is not fix
                    for other in fixes
                ), (ident, fix.id)
                assert "[brackets]: the official wording" in wording, ident
            checked += 1
        if not fixes:
            assert pasted == f"“{quotable(statement, record)}”" and "[" not in wording, ident
    assert checked >= 20


def test_no_pasted_quote_keeps_a_garble_that_a_checked_correction_fixes(invoke: Invoke, statement: Statement) -> None:
    for ident in _quoted_records(statement):
        pasted = invoke("quote", ident, env={"COLUMNS": "2000"}).stdout.splitlines()[0]
        for fix in corrections_for(statement, statement.by_id[ident]):
            if fix.id not in READINGS:
                without = pasted.replace(f"{fix.quoted} {SIC}", "")
                assert fix.quoted not in without or fix.quoted in bracket(fix.quoted, fix.official), (ident, fix.id)


def test_verbatim_is_our_copy_exactly_and_says_so(invoke: Invoke, statement: Statement) -> None:
    for ident in ("peter-camino", "artemis-accords", "citizen-security-working-group"):
        lines = invoke("quote", ident, "--verbatim", env={"COLUMNS": "2000"}).stdout.splitlines()
        assert lines[0] == f"“{quotable(statement, statement.by_id[ident])}”"
        assert lines[2] == "Our copy's words exactly: a machine translation, not the official text."


def test_json_keeps_both_forms_and_the_corrections(invoke: Invoke, statement: Statement) -> None:
    import json

    data = json.loads(invoke("quote", "citizen-security-working-group", "-f", "json").stdout)
    record = statement.by_id["citizen-security-working-group"]
    assert data["text"] == quotable(statement, record)
    assert data["marked"] == invoke("quote", record.id, env={"COLUMNS": "2000"}).stdout.splitlines()[0].strip("“”")
    assert {c["id"]: c["reading"] for c in data["corrections"]} == {
        c.id: c.id in READINGS for c in corrections_for(statement, record)
    }
    assert data["verbatim"] is False and data["wording"].startswith("Our copy's words")


def test_markdown_cards_paste_the_marked_quote(invoke: Invoke, statement: Statement) -> None:
    for ident in ("peter-camino", "citizen-security-working-group", "artemis-accords"):
        markdown = invoke("show", ident, "-f", "markdown").stdout
        pasted = invoke("quote", ident, env={"COLUMNS": "2000"}).stdout.splitlines()
        quote_lines = [line for line in markdown.splitlines() if line.startswith(">")]
        unescaped = [line.replace("\\[", "[").replace("\\]", "]").replace("\\", "") for line in quote_lines]
        assert unescaped[0] == "> " + pasted[0].strip("“”").replace("\\", "")
        assert unescaped[-1] == "> — " + pasted[2]


def test_the_full_text_in_markdown_says_whose_words_it_holds(invoke: Invoke) -> None:
    out = invoke("--no-pager", "text", "-f", "markdown", env={"COLUMNS": "2000"}).stdout
    assert "Our copy's words exactly: a machine translation, not the official text." in " ".join(out.split())
