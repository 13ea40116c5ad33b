"""Mutation tests for `usperu._search`, second run (issue #16 item 5): each pins a
behaviour a surviving mutant changed (docs/mutation-msearch2.md)."""

from __future__ import annotations

from pathlib import Path

from usperu import load_statement
from usperu._search import suggestions

from .conftest import DATA


def test_a_word_the_data_has_in_english_only_gets_no_suggestion() -> None:
    # 'cooperation' is an English word of the data (its Spanish stem is not): known, so
    # nothing is suggested for it, alone or before an unknown word
    assert suggestions(None, "cooperation") == ()
    assert suggestions(None, "cooperation minerlas") == suggestions(None, "minerlas") != ()


def test_a_known_word_before_an_unknown_one_does_not_end_the_suggestions() -> None:
    assert "minerals" in suggestions(None, "security minerlas")
    assert "minerals" in suggestions(None, "the minerlas")


def test_suggestions_come_from_the_data_file_searched(tmp_path: Path) -> None:
    data = tmp_path / "statement.toml"
    text = DATA.read_text(encoding="utf-8")
    line = 'title = "Peru, first in Latin America to join the Blue Dot Network"'
    assert line in text
    data.write_text(text.replace(line, 'title = "Peru joins the Zyzzyva Network"'), encoding="utf-8")
    assert suggestions(None, "zyzzyvx") == ()
    assert suggestions(load_statement(str(data)), "zyzzyvx") == ("zyzzyva",)
