"""Tests for the survivors of mutation testing of `usperu quote` and the parts of
`_commands/_options.py` left unchecked by the first run (issue #16 item 5): the
quote's citation line in every stdout, --check at the exact threshold, completion
descriptions cut at their exact width, the help's sections and usage pieces."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner, Result

from usperu import Statement
from usperu.cli import app

from .conftest import DATA, Invoke

TITLE = 'title = "Joint Statement on U.S.-Peru High-Level Dialogue"'


def _ascii_invoke(*args: str) -> Result:
    """Run the CLI with an ASCII-only stdout (a terminal or pipe that cannot encode Unicode)."""
    runner = CliRunner(charset="ascii", env={"COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb", "USPERU_DATA": None})
    return runner.invoke(app, list(args), prog_name="usperu")


def _retitled(tmp_path: Path, title: str) -> Path:
    """A copy of the bundled data whose statement has another title (no Spanish overlay beside it)."""
    text = DATA.read_text(encoding="utf-8")
    assert text.count(TITLE) == 1
    data = tmp_path / "statement.toml"
    data.write_text(text.replace(TITLE, f'title = "{title}"'), encoding="utf-8")
    return data


def _context(data: Path | None = None) -> typer.Context:
    context = typer.Context(typer.main.get_command(app))
    if data is not None:
        context.params["data"] = str(data)
    return context


# --- quote ID ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [[], ["12", "--check", "Artemis Accords"]], ids=["neither", "both"])
def test_quote_wants_an_id_or_check_and_says_so(invoke: Invoke, args: list[str]) -> None:
    result = invoke("quote", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "usperu: give either an ID to quote or --check TEXT to look for (see 'usperu quote --help')\n"
    )


def test_quote_in_a_style_has_no_blank_line_between_citation_and_wording(invoke: Invoke) -> None:
    result = invoke("quote", "12", "--style", "apa")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "" not in lines
    assert lines[0].startswith("“The United States welcomes")
    assert lines[1].startswith("U.S. Department of State. (2024, May 9).")
    assert lines[-1].startswith("Our copy's words:")


def test_quote_csl_json_escapes_non_ascii_only_for_an_ascii_stdout(invoke: Invoke, tmp_path: Path) -> None:
    data = _retitled(tmp_path, "Joint Statement on U.S.-Perú High-Level Dialogue")
    args = ("--data", str(data), "quote", "12", "--style", "csl-json")
    unicode = invoke(*args)
    assert unicode.exit_code == 0, unicode.output
    assert '"title": "Joint Statement on U.S.-Perú High-Level Dialogue"' in unicode.stdout
    ascii_only = _ascii_invoke(*args)
    assert ascii_only.exit_code == 0, ascii_only.output
    assert '"title": "Joint Statement on U.S.-Per\\u00fa High-Level Dialogue"' in ascii_only.stdout


@pytest.mark.parametrize(
    ("style", "start"),
    [(None, "— Joint Statement"), ("apa", "U.S. Department of State. (2024, May 9). Joint Statement")],
    ids=["short", "apa"],
)
def test_quote_shows_control_characters_of_a_citation_never_obeys_them(
    invoke: Invoke, tmp_path: Path, style: str | None, start: str
) -> None:
    data = _retitled(tmp_path, "Joint Statement \\u001b[31mon U.S.-Peru High-Level Dialogue")
    result = invoke("--data", str(data), "quote", "12", *(["--style", style] if style else []))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    citation = result.stdout.splitlines()[1]
    assert citation.startswith(start) and "Joint Statement \\x1b[31mon U.S.-Peru" in citation


def test_quote_of_a_data_file_without_spanish_says_so_in_spanish(invoke: Invoke, tmp_path: Path) -> None:
    data = _retitled(tmp_path, "Joint Statement on U.S.-Peru High-Level Dialogue")
    spanish = invoke("--lang", "es", "--data", str(data), "quote", "12")
    assert spanish.exit_code == 0, spanish.output
    assert spanish.stderr.startswith(f"usperu: {data}: sin traducción al español")
    assert str(tmp_path / "statement.es.toml") in spanish.stderr
    english = invoke("--data", str(data), "quote", "12")
    assert english.exit_code == 0, english.output
    assert english.stderr == ""


# --- quote --check ----------------------------------------------------------------------

# Ten words of paragraph 17 with one changed: nine of ten alike, difflib's ratio 2 * 9 / 20.
SMALL_WORD_CHANGED = "welcomes Peru’s decision to join a Artemis Accords for cooperation"
WORD_CHANGED = "welcomes Peru’s zebra to join the Artemis Accords for cooperation"


def test_check_at_exactly_the_threshold_with_a_small_word_changed_is_found(invoke: Invoke) -> None:
    result = invoke("quote", "--check", SMALL_WORD_CHANGED)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "0.90  found  artemis-accords, para. 17"
    assert result.stderr == ""


def test_check_at_exactly_the_threshold_with_a_word_changed_is_near_not_found(invoke: Invoke) -> None:
    result = invoke("quote", "--check", WORD_CHANGED)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "0.90  near  artemis-accords, para. 17"
    assert result.stderr == (
        "usperu: not found in the statement: the closest passage scores 0.90 (found means 0.9 or more)\n"
    )


def test_check_names_the_official_wording_and_its_source_indented(invoke: Invoke, statement: Statement) -> None:
    (camino,) = [c for c in statement.corrections if c.official == "Peter Camino"]
    result = invoke("quote", "--check", "Peter Camino")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "1.00  found  peter-camino, para. 3",
        "      “Peter Camino”",
        f"      official wording, not our copy's: our copy says “{camino.quoted}”, officially “Peter Camino”"
        f" ({camino.source})",
    ]
    assert camino.source  # a source is named


# --- completion descriptions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("aaaa bbbb cccc", "aaaa bbbb…"),  # cut at a word, not within one
        ("aaaa bbbb, cccc dddd", "aaaa bbbb…"),  # without the comma before the cut
        ("aaaa XXXX cccc", "aaaa XXXX…"),  # only punctuation is stripped
        ("a" * 20, "a" * 11 + "…"),  # a word longer than the width is cut within
        ("abcdefghijkl", "abcdefghijkl"),  # exactly the width: whole
        ("abcdefghijklm", "abcdefghijk…"),
    ],
    ids=["word", "comma", "x", "long-word", "exact", "one-more"],
)
def test_a_description_is_cut_at_a_word_to_its_width(
    monkeypatch: pytest.MonkeyPatch, text: str, described: str
) -> None:
    from usperu._commands._options import described as describe

    monkeypatch.delenv("COLUMNS", raising=False)
    assert describe(text, 12) == described
    assert len(describe(text, 12)) <= 12


@pytest.mark.parametrize(
    ("columns", "width"), [("20", 60), ("21", 20), ("41", 40), ("200", 60)], ids=["c20", "c21", "c41", "c200"]
)
def test_a_description_fits_a_terminal_wider_than_twenty_columns(
    monkeypatch: pytest.MonkeyPatch, columns: str, width: int
) -> None:
    from usperu._commands._options import described

    monkeypatch.setenv("COLUMNS", columns)
    assert described("x" * width) == "x" * width
    assert described("x" * (width + 1)) == "x" * (width - 1) + "…"


def test_an_old_id_completes_with_the_record_it_now_names(statement: Statement) -> None:
    from usperu._commands._options import complete_ids, described

    new = next(r for r in statement.records() if "air-interdiction-agreement" in getattr(r, "aliases", ()))
    assert new.id == "aerial-interception-agreement"
    offered = complete_ids(_context(), "air-interdiction")
    assert offered == [("air-interdiction-agreement", described(f"old id of {new.id}: {new.title}"))]
    assert offered[0][1].startswith("old id of aerial-interception-agreement: ")


# --- help: sections and usage pieces ----------------------------------------------------


def test_help_in_english_has_an_arguments_and_an_options_section(invoke: Invoke) -> None:
    result = invoke("show", "--help")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "Arguments:" in lines and "Options:" in lines
    assert lines.index("Arguments:") < lines.index("Options:")


def test_help_names_an_argument_by_its_metavar_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from usperu._commands._options import Command

    app = typer.Typer(add_completion=False)

    @app.command()
    def x(
        ident: Annotated[str, typer.Argument(metavar="ID", help="The record.")],
        level: Annotated[int, typer.Option("--level", metavar="<n>", help="A level.")] = 0,
    ) -> None:
        """Nothing."""

    argument, option = typer.main.get_command(app).params  # as Typer builds them, whatever its version
    # its help names its Python type, as Typer 0.29 writes it ('ID <str>')
    monkeypatch.setattr(argument, "get_help_record", lambda ctx: ("ID <str>", "The record."))
    command = Command("x", params=[argument, option], rich_markup_mode=None)
    text = command.get_help(typer.Context(command, info_name="x"))
    lines = [line.strip() for line in text.splitlines()]
    assert [line for line in lines if line.startswith("ID")] == ["ID  The record."]
    assert any(line.startswith("--level <n>") for line in lines)


@pytest.mark.parametrize(
    ("piece", "plain"),
    [
        ("{ID}", "ID"),
        ("QUERY......", "QUERY..."),
        ("[[ID]]", "[ID]"),
        ("[[[ID]]]", "[ID]"),
        ("[OPTIONS]", "[OPTIONS]"),
        ("[[ID]", "[[ID]"),
    ],
    ids=["braces", "ellipsis", "doubled", "tripled", "single", "one-end"],
)
def test_a_usage_piece_loses_typer_s_braces_and_doubled_marks(piece: str, plain: str) -> None:
    from usperu._commands._options import _plain_piece

    assert _plain_piece(piece) == plain


def test_quote_help_names_its_formats_and_styles(invoke: Invoke) -> None:
    result = invoke("quote", "--help")
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert "-s, --style plain|apa|chicago|mla|bibtex|csl-json" in lines
    assert any(line.startswith("-f, --format text|json  ") for line in lines)


@pytest.mark.parametrize("name", ["show", "quote", "about"])
def test_a_command_has_no_completion_options_of_its_own(invoke: Invoke, name: str) -> None:
    assert "--install-completion" not in invoke(name, "--help").stdout
    refused = invoke(name, "--install-completion")
    assert refused.exit_code == 2
    assert refused.stderr.startswith("usperu: No such option: --install-completion")


def test_completion_describes_the_help_option_in_spanish_too() -> None:
    from usperu import _i18n

    root = typer.main.get_command(app)
    parent = typer.Context(root, info_name="usperu")
    assert isinstance(root, TyperGroup)
    command = root.get_command(parent, "show")
    assert command is not None
    _i18n.set_language("es")
    try:
        spanish = {i.value: i.help for i in command.shell_complete(typer.Context(command, parent=parent), "--")}
    finally:
        _i18n.set_language("en")
    english = {i.value: i.help for i in command.shell_complete(typer.Context(command, parent=parent), "--")}
    assert set(spanish) == set(english) == {"--format", "--help"}
    assert english["--help"] == "Show this message and exit."
    assert spanish["--help"] != english["--help"] and str(spanish["--help"]).startswith("Muestra")


# --- show (a survivor the recount of the other command modules found) --------------------


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_show_cautions_about_the_garbled_words_of_its_record(invoke: Invoke, statement: Statement, fmt: str) -> None:
    garbled = [c for c in statement.corrections if c.official == "Peter Camino"]
    assert garbled
    result = invoke("show", "peter-camino", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(
        "usperu: caution: our copy says “Peter Cimino”, the official wording is “Peter Camino”"
    )
    assert result.stderr.count("\n") == 1
    assert invoke("show", "artemis-accords", "--format", fmt).stderr == ""


# --- text --pager (survived every in-process test and the terminal tests) -------------------


@pytest.mark.subprocess
def test_text_pager_pages_even_after_no_pager(tmp_path: Path) -> None:
    from .test_robustness import _on_terminal

    paged = tmp_path / "paged.txt"
    out, code = _on_terminal(["--no-pager", "text", "--pager"], {"PAGER": f"cat > {paged}"})
    assert code == 0 and paged.exists()
    assert "Artemis Accords" in paged.read_text(encoding="utf-8") and b"Artemis" not in out
