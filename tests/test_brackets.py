"""The bracketed quote: the official wording in square brackets where our copy differs."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usperu import Statement
from usperu._brackets import SIC, bracket, bracketed


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
