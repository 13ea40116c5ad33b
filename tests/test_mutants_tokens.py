"""Tests that kill mutants of `_tokens`, `_listing`, `_namedtuple` and `_vocabulary` (issue #16 item 5).

Each test here failed against the mutant it names (mutmut's kill, or the mutant's diff applied
to src by hand); docs/mutation-mtokens.md lists the runs and the equivalents.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from usperu import _tokens
from usperu._tokens import Token, known_stems, tokenize

from .conftest import Invoke

# --- _tokens: the tokens of a text, the stems the generator stores, phrases with joined words --


def test_tokenize_numbers_words_from_zero_and_gives_joined_forms_at_the_first_part() -> None:
    assert tokenize("Peru’s anti-satellite tests") == [
        Token("peru", 0, 0, 4),
        Token("s", 1, 5, 6),
        Token("perus", 0, 0, 6),
        Token("anti", 2, 7, 11),
        Token("satellit", 3, 12, 21),
        Token("antisatellit", 2, 7, 21),
        Token("test", 4, 22, 27),
    ]


def test_tokenize_goes_on_from_the_position_it_is_given_in_spanish() -> None:
    assert tokenize("Perú firmó minerales", 5, spanish=True) == [
        Token("~peru", 5, 0, 4),
        Token("~firm", 6, 5, 10),
        Token("~mineral", 7, 11, 20),
    ]


def _forget_stems(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_STEMS", "_STEMS_ES"):
        monkeypatch.setattr(_tokens, name, {})
    for name in ("_KNOWN", "_KNOWN_ES"):
        monkeypatch.setattr(_tokens, name, [])


def test_known_stems_are_word_stem_pairs_of_each_language_without_words_holding_a_space(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _forget_stems(monkeypatch)
    english, spanish = known_stems(["minerals", "peru", "two words", "minerales"])
    assert english == "minerals miner peru peru minerales mineral"
    assert spanish == "minerals ~minerals peru ~peru minerales ~mineral"


def test_known_stems_remembered_answer_without_a_stemmer(monkeypatch: pytest.MonkeyPatch) -> None:
    _forget_stems(monkeypatch)
    english, spanish = known_stems(["dialogue", "cooperacion"])
    _forget_stems(monkeypatch)

    def no_stemmer() -> Any:
        raise AssertionError("a remembered word went to the stemmer")

    monkeypatch.setattr(_tokens, "_stemmer", no_stemmer)
    monkeypatch.setattr(_tokens, "_spanish_stemmer", no_stemmer)
    _tokens.remember(english, spanish)
    assert _tokens.stems(["dialogue", "cooperacion"]) == ["dialogu", "cooperacion"]
    assert _tokens.stems_es(["cooperacion", "dialogue"]) == ["~cooper", "~dialog"]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ('"direct-ascent anti-satellite missile"', "anti-satellite-tests"),
        ('"U.S.-Peru High-Level Dialogue"', "high-level-dialogue"),
    ],
)
def test_a_quoted_phrase_with_hyphenated_words_is_found(invoke: Invoke, query: str, first: str) -> None:
    result = invoke("search", query, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["id"] == first
