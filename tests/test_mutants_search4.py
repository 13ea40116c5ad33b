"""Mutation tests for `usperu._search`'s snippets, third run (issue #16 item 5; docs/mutation-msearch3.md)."""

from __future__ import annotations

import pytest

from usperu._search import _merge, _window


def _spaced(*at: int) -> str:
    """Return 300 x's with a space at each of the positions `at`."""
    chars = list("x" * 300)
    for i in at:
        chars[i] = " "
    return "".join(chars)


def test_a_snippet_of_a_long_text_starts_a_third_of_its_length_before_the_first_range() -> None:
    text = "x" * 300
    # no space to cut at: 160 // 3 = 53 characters before the range, 160 in all, an ellipsis each side
    assert _window(text, [(100, 105)]) == ("…" + text[47:207] + "…", ((54, 59),))
    # a range near the start: the snippet starts at the text's start, without an ellipsis
    assert _window(text, [(10, 15)]) == (text[:160] + "…", ((10, 15),))


def test_a_snippet_is_cut_at_the_first_space_after_its_start_and_the_last_before_its_end() -> None:
    text = _spaced(1, 60, 90, 120, 150)
    assert _window(text, [(100, 105)]) == ("…" + text[61:150] + "…", ((40, 45),))


def test_a_snippet_starts_at_a_space_only_before_the_first_range() -> None:
    text = _spaced(99)
    # the first space after the start is where the range starts: the start stays
    assert _window(text, [(99, 105)]) == ("…" + text[46:206] + "…", ((54, 60),))


def test_a_text_of_exactly_the_snippet_s_length_is_shown_whole() -> None:
    text = "x" * 160
    assert _window(text, [(100, 105)]) == (text, ((100, 105),))


def test_a_snippet_without_ranges_starts_at_the_text_s_start() -> None:
    # the end is cut at the last space after the start of the text, position 0 being none
    assert _window("a " + "b" * 200, []) == ("a…", ())
    text = " " + "b" * 200
    assert _window(text, []) == (text[:160] + "…", ())


def test_touching_ranges_merge_into_one() -> None:
    assert _merge([(5, 8), (0, 5)]) == [(0, 8)]
    assert _merge([(0, 4), (5, 8)]) == [(0, 4), (5, 8)]


@pytest.mark.parametrize("ranges", [[(100, 105)]])
def test_window_keeps_only_ranges_inside_the_snippet(ranges: list[tuple[int, int]]) -> None:
    text = "x" * 300
    assert _window(text, [*ranges, (250, 255)])[1] == ((54, 59),)
