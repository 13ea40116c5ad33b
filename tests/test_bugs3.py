"""Behaviour that today's start-up rewrites could break unseen: each test here failed
against a realistic bug in one of them (see the commit) and passes against the code."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Invoke
from tests.test_tables import _styled, drawn_by_rich
from usperu import _tables
from usperu._listing import Listing


def test_a_search_match_over_three_lines_makes_no_other_column_bold(monkeypatch: pytest.MonkeyPatch) -> None:
    """A match wrapped by usperu itself (plain words) keeps its bold inside its own lines."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm")
    match = "aaa bbb ccc ddd eee fff ggg"
    listing = Listing(
        title="Search results",
        headers=("ID", "Match"),
        cells=(("id-one-two-three-four", "before " + match + " after"),),
        rows=(),
        highlights=(((7, 7 + len(match)),),),
    )
    widths = [3, 7]
    ours, theirs = _tables.draw_table(listing, 17, widths), drawn_by_rich(listing, 17, widths, colour=True)
    assert _styled(ours) == _styled(theirs)
    bold = "".join(c for line in _styled(ours) for c, code in line if code == "\x1b[1m")
    assert bold == "".join(("Search results" + "IDMatch" + match).split())


@pytest.mark.parametrize(
    ("text", "year"),
    [("1000", True), ("1826", True), ("1600", True), ("2024", True), ("2999", True)]
    + [("0999", False), ("3000", False), ("999", False), ("18260", False), ("１８２６", False), ("18x6", False)],
)
def test_a_year_is_four_digits_from_1000_to_2999(text: str, year: bool) -> None:
    """The hypothesis test of `_is_year` rarely draws a four-digit year: every bound, by hand."""
    from usperu._search import _is_year

    assert _is_year(text) is year


def test_a_missing_argument_is_named_by_its_spanish_metavar(invoke: Invoke) -> None:
    """`usperu show`'s 'ID' is the same in both languages; `search`'s QUERY is not."""
    result = invoke("search", env={"LANG": "es_PE.UTF-8"})
    assert result.exit_code == 2, result.output
    assert result.output.strip() == "usperu: Falta el argumento 'CONSULTA...' (véase 'usperu search --help')"
    english = invoke("search", env={"LANG": "C"})
    assert english.output.strip() == "usperu: Missing argument 'QUERY...' (see 'usperu search --help')"


@pytest.mark.parametrize(("lang", "format_help"), [("es", "Formato de salida."), ("en", "Output format.")])
def test_options_complete_with_their_help_in_the_interface_s_language(
    invoke: Invoke, lang: str, format_help: str
) -> None:
    """Completion, like --help, puts a command's help in Spanish just before it shows it."""
    env = {"_USPERU_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": f"usperu -L {lang} achievements --"}
    result = invoke(env={**env, "_TYPER_COMPLETE_FISH_ACTION": "get-args", "COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    offered = dict(line.partition("\t")[::2] for line in result.stdout.splitlines())
    assert offered["--format"] == format_help
    assert offered["--all"].startswith("Añade" if lang == "es" else "Add ")


@pytest.mark.parametrize("words", ["usperu -L {lang} achievements --", "usperu -L {lang} --"])
@pytest.mark.parametrize(
    ("lang", "help_help"), [("es", "Muestra este mensaje y termina."), ("en", "Show this message and exit.")]
)
def test_the_help_option_completes_with_its_help_in_the_interface_s_language(
    invoke: Invoke, words: str, lang: str, help_help: str
) -> None:
    """click adds --help itself (it is not one of a command's params): completion describes
    it in the interface's language too, for a command and for the group."""
    env = {"_USPERU_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": words.format(lang=lang)}
    result = invoke(env={**env, "_TYPER_COMPLETE_FISH_ACTION": "get-args", "COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    offered = dict(line.partition("\t")[::2] for line in result.stdout.splitlines())
    assert offered["--help"] == help_help


def test_paged_text_is_fitted_to_the_terminal_s_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pager writes to the terminal in the locale's encoding: where that cannot write
    curly quotes and dashes (ISO-8859-1), they reach it as ASCII ones, as when written
    directly (`fit`), never as '?'."""
    import io
    import locale
    import os
    import shutil
    import subprocess
    import sys

    from usperu import _output

    class Terminal(io.StringIO):
        encoding = "latin-1"

        def isatty(self) -> bool:
            return True

    given: list[bytes] = []

    class Pager:
        def __init__(self, *args: object, **kwargs: object) -> None:
            self.stdin = self

        def write(self, data: bytes) -> None:
            given.append(data)

        def close(self) -> None:
            pass

        def wait(self) -> int:
            return 0

    monkeypatch.setenv("PAGER", "less")
    monkeypatch.setattr(_output, "PAGING", True)
    monkeypatch.setattr(locale, "getpreferredencoding", lambda *args: "latin-1")
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *args: os.terminal_size((80, 24)))
    monkeypatch.setattr(subprocess, "Popen", Pager)
    monkeypatch.setattr(sys, "stdout", Terminal())
    _output.emit_paged("Peru’s “dialogue” – año\n" * 30)
    assert given == [('Peru\'s "dialogue" - año\n' * 30).encode("latin-1")]


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown", "json"])
@pytest.mark.parametrize(
    ("words", "field", "shown"),
    [
        (("search", "critical", "minerals"), "matched", "word=critical minerals; field=title; how=direct"),
        (("since",), "sources", "publisher=NASA; title=NASA Welcomes Peru as 41st"),
    ],
)
def test_fields_that_hold_tables_other_than_notes_are_shown(
    invoke: Invoke, fmt: str, words: tuple[str, ...], field: str, shown: str
) -> None:
    """`--fields` shows a field the table leaves out as CSV writes it: a search hit's matched
    words and a development's sources are tables without a note's 'text' (a KeyError before)."""
    result = invoke(*words, "-f", fmt, "--fields", f"id,{field}", env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert all(set(row) == {"id", field} for row in json.loads(result.stdout))
    else:
        assert shown in result.stdout
