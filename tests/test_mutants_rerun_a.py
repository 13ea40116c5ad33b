"""Tests that kill mutants an earlier mutation run reported killed only by a pytest quirk (issue #16 item 5).

mutmut 3.8.1 ran pytest twice in one process, and the second run escaped a non-ASCII test
id twice, found no such test and failed: every mutant reached by a test with a non-ASCII id
was counted as killed. docs/mutation-rerun-a.md lists the reruns (with the quirk fixed), the
survivors they found, the equivalents, and the test here that kills each other survivor;
each test failed with the mutant it names switched on (MUTANT_UNDER_TEST in mutants/).
"""

from __future__ import annotations

import pytest

from usperu import _tokens
from usperu._catalogs import parse_po
from usperu._tokens import Token, fold, tokenize

# --- _tokens -----------------------------------------------------------------------------


def test_a_folded_word_holding_a_space_is_stemmed_never_read_from_the_remembered_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`_recall` 1: a word holding a space is never looked up in the 'word stem' pairs.

    Folding can make one ("ﷻ", one letter, folds to two words); looked up, its words would
    match a word and the stem after it, and the next word of the pairs would be taken for
    its stem."""
    monkeypatch.setattr(_tokens, "_KNOWN", [])
    monkeypatch.setattr(_tokens, "_STEMS", {})
    word = fold("ﷻ")
    assert word == "جل جلاله"
    _tokens.remember(f"{word} peru peru", "")
    assert tokenize("ﷻ") == [Token(word, 0, 0, 1)]
    assert tokenize("Peru") == [Token("peru", 0, 0, 4)]


# --- _catalogs ---------------------------------------------------------------------------


def test_an_entry_whose_msgstr_does_not_fit_it_is_left_out_untranslated() -> None:
    """`_entry` 14 and 23: a plural entry given a plain msgstr, or a singular one given only
    msgstr[0], has no translation of its own kind: it is left out (the English is shown),
    never compiled with a made-up text."""
    po = "\n".join(
        [
            'msgid "one record"',
            'msgid_plural "{n} records"',
            'msgstr "un registro"',
            "",
            'msgid "Search"',
            'msgstr[0] "Buscar"',
            "",
            'msgid "Quote"',
            'msgstr "Citar"',
        ]
    )
    assert parse_po(po) == {"Quote": "Citar"}
