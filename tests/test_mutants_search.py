"""Mutation tests for `usperu._search` (issue #16 item 5): each pins a behaviour a
surviving mutant of the search engine changed (docs/mutation-msearch.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from usperu import InvalidArgumentError, load_statement
from usperu._search import MAX_QUERY, Result, find, packed_postings, suggestions
from usperu._vocabulary import KINDS

from .conftest import DATA


def _ids(query: str, **options: object) -> list[str]:
    return [hit.id for hit in find(None, query, **options).hits]  # type: ignore[arg-type]


# --- dates and prefixes: the words of a date are searched too, and each clause is labelled as typed


def test_a_date_also_finds_the_records_that_write_it_and_says_so_as_typed() -> None:
    hits = find(None, "9 May 2024", limit=50).hits
    why = {hit.id: hit.matched for hit in hits}
    assert [m.how for m in why["high-level-dialogue"]] == ["date"]  # dated that day
    assert [(m.word, m.field, m.how) for m in why["statement"]] == [("9 May 2024", "notes", "direct")]  # says it
    assert {m.word for hit in hits for m in hit.matched} == {"9 May 2024"}


def test_a_prefix_is_labelled_with_its_star() -> None:
    hits = find(None, "minera*").hits
    assert hits and {m.word for hit in hits for m in hit.matched} == {"minera*"}


def test_a_word_of_a_letter_and_digits_is_no_year() -> None:
    # "P23" is a word of an id (correction-high-level-dialogue-p23), in any case; not a year
    assert _ids("P23") == _ids("p23") == ["correction-high-level-dialogue-p23"]


@pytest.mark.parametrize("text", ["X999", "1x26", "P230"])
def test_four_characters_with_a_letter_are_no_year(text: str) -> None:
    from usperu._search import _is_year

    assert _is_year(text) is False


# --- spelling corrections and suggestions


def test_a_correction_is_searched_only_when_clearly_best() -> None:
    # minerals 0.875, minera 0.857, minerales 0.824: the first two are too close to choose
    result = find(None, "minerlas")
    assert (result.hits, result.corrected) == ([], "")
    assert result.suggestions == ("minerals", "minera", "minerales")
    assert result.unmatched == ()


def test_stop_words_and_known_words_are_kept_in_a_correction_and_never_suggested() -> None:
    result = find(None, "the securty")
    assert result.corrected == "the security" and result.hits
    assert find(None, "securty educaton").corrected == "security education"
    # a stop word before the unknown word does not end the look-up
    assert find(None, "the minerlas").suggestions == ("minerals", "minera", "minerales")
    # neither a stop word the data lacks ('how': 'show') nor a word the data has is suggested
    assert find(None, "how zyzzyva").suggestions == ()
    assert find(None, "zyzzyva -space").suggestions == ()  # "space" is English only
    assert suggestions(None, "how zyzzyva") == ()


def test_at_most_three_suggestions_over_several_words() -> None:
    result = find(None, "securty minerlas")
    assert result.hits == [] and result.suggestions == ("security", "secretary", "minerals")


def test_a_corrected_query_keeps_the_limit() -> None:
    result = find(None, "securty", limit=2)
    assert result.corrected == "security" and len(result.hits) == 2


def test_a_word_exactly_three_quarters_alike_is_close() -> None:
    # 'aid' in 'aidxx': 2 * 3 / (3 + 5) = 0.75, the least likeness that counts
    assert find(None, "aidxx").corrected == "aid"
    assert suggestions(None, "aidxx") == ("aid",)


# --- the generated index


@pytest.mark.parametrize("term", ["a b", ""], ids=["space", "empty"])
def test_the_generator_refuses_a_term_it_cannot_join_with_spaces(term: str) -> None:
    with pytest.raises(ValueError, match=r"^a term with a space, or an empty one, cannot be joined with spaces$"):
        packed_postings({"peru": b"", term: b""})


def test_another_data_file_with_a_title_of_no_words_is_searched(tmp_path: Path) -> None:
    data = tmp_path / "statement.toml"
    text = DATA.read_text(encoding="utf-8")
    line = 'title = "Peru, first in Latin America to join the Blue Dot Network"'
    assert line in text
    data.write_text(text.replace(line, 'title = "—"'), encoding="utf-8")
    hits = find(load_statement(str(data)), "Blue Dot Network").hits
    assert "blue-dot-network" in [hit.id for hit in hits]


# --- refusals, word for word

CHOICES = ", ".join(KINDS)


@pytest.mark.parametrize(
    ("query", "options", "message"),
    [
        (
            " What is the THE of ",
            {},
            "'What is the THE of' has only common words (what, is, the, of), which search ignores;"
            " put them in quotes to search for them as a phrase, e.g. '\"of the\"'",
        ),
        ("-peru", {}, "the search query only excludes words; give a word to search for too"),
        ('-peru ""', {}, "the search query only excludes words; give a word to search for too"),
        ("  ", {}, "the search query is empty; give a word, an acronym or a quoted phrase"),
        ("x" * 501, {}, "the search query is 501 characters long; the limit is 500"),
        ("peru", {"kinds": ["person", "people"]}, f"unknown kind 'people'; choose from: {CHOICES}"),
        ("peru", {"limit": 0}, "--limit must be 1 or more, not 0"),
    ],
    ids=["stop-words", "exclusion", "exclusion-and-empty-phrase", "empty", "long", "kind", "limit"],
)
def test_a_refused_query_says_why_word_for_word(query: str, options: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError) as refused:
        find(None, query, **options)
    assert str(refused.value) == message


def test_the_longest_query_and_a_limit_of_one_are_taken() -> None:
    assert len(find(None, "peru" + " " * (MAX_QUERY - 4), limit=1).hits) == 1


def test_a_phrase_of_no_words_finds_nothing_and_is_no_error() -> None:
    assert find(None, '""') == Result([])


def test_a_partial_match_scores_its_share_of_the_words() -> None:
    partial = find(None, "minerals zyzzyva")
    assert partial.partial and partial.unmatched == ("zyzzyva",)
    alone = {hit.id: hit.score for hit in find(None, "minerals").hits}
    assert partial.hits
    for hit in partial.hits:  # one of two words: half the score of that word alone
        assert hit.score == pytest.approx(alone[hit.id] / 2, abs=1e-4)


def test_too_few_of_the_words_found_names_the_words_never_found() -> None:
    # one of three words: less than half, so no partial match is shown
    assert find(None, "zyzzyva qqqqx peru") == Result([], unmatched=("zyzzyva", "qqqqx"))
