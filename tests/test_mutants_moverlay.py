"""Tests that kill mutants of `_overlay` and `cli`; see docs/mutation-moverlay.md. Each
builds what it reads itself (a copy of the data file and its overlay in tmp_path), so that
no cache built before a mutant is switched on hides it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from usperu import read_document
from usperu._loader import check_translation

from .conftest import DATA

GOOD = DATA.read_text(encoding="utf-8")
OVERLAY = DATA.with_suffix(".es.toml")
ARTEMIS_NOTES = 196
"""The line of `notes = [` of achievement artemis-accords in the bundled overlay (1-based)."""


def _copy(folder: Path, overlay: str) -> str:
    """Return the path of a copy of the data file in `folder`, with `overlay` beside it."""
    folder.mkdir(exist_ok=True)
    path = folder / "statement.toml"
    path.write_text(GOOD, encoding="utf-8")
    (folder / "statement.es.toml").write_text(overlay, encoding="utf-8")
    return str(path)


def _problems_of(tmp_path: Path, lines: list[str]) -> list[tuple[int | None, str | None, str]]:
    path = _copy(tmp_path, "\n".join(lines))
    document, english = read_document(path)
    return [(p.line, p.field, p.message) for p in check_translation(document, path, english)]


def _artemis() -> list[str]:
    lines = OVERLAY.read_text(encoding="utf-8").split("\n")
    assert lines[ARTEMIS_NOTES - 1] == "notes = ["
    assert lines[ARTEMIS_NOTES + 2].startswith('  { es = "La declaración recoge')  # note 1, line 199
    assert lines[ARTEMIS_NOTES + 5].startswith('  { es = "Asignado a la sesión')  # note 2, line 202
    assert lines[ARTEMIS_NOTES + 6] == "]"
    return lines


# --- the bug: a note that is not a table was placed at the next table's line -------------

TABLE = "must be a table with the keys es, of, source"


@pytest.mark.parametrize(
    ("note", "replace"),
    [(1, '"x",'), (1, "3,"), (2, '"x",'), (2, "3.5,"), (1, "[],"), (2, "true,")],
    ids=["first-a-string", "first-a-number", "second-a-string", "second-a-float", "first-an-array", "second-a-bool"],
)
def test_a_note_that_is_not_a_table_is_reported_at_its_own_line(tmp_path: Path, note: int, replace: str) -> None:
    lines = _artemis()
    at = ARTEMIS_NOTES + 3 * note  # 199 or 202, 1-based
    lines[at - 1] = "  " + replace
    assert _problems_of(tmp_path, lines) == [(at, "notes", f"note {note}: {TABLE}")]


def test_notes_on_one_line_are_reported_at_that_line(tmp_path: Path) -> None:
    lines = _artemis()
    first, second = lines[ARTEMIS_NOTES + 2].strip(), lines[ARTEMIS_NOTES + 5].strip().rstrip(",")
    lines[ARTEMIS_NOTES - 1 : ARTEMIS_NOTES + 7] = [f'notes = ["x", {second}]']
    assert _problems_of(tmp_path, lines) == [(ARTEMIS_NOTES, "notes", f"note 1: {TABLE}")]
    lines = _artemis()
    lines[ARTEMIS_NOTES - 1 : ARTEMIS_NOTES + 7] = [
        "notes = [",
        f"  {first} {second.replace('of = ', 'of = 1, x = ')}",
        "]",
    ]
    assert _problems_of(tmp_path, lines) == [(ARTEMIS_NOTES + 1, "notes", f"note 2: {TABLE}")]


def test_commas_brackets_quotes_and_comments_inside_a_note_do_not_start_another(tmp_path: Path) -> None:
    lines = _artemis()
    source = 'source = "editorial; comunicado de prensa 24-075 de la NASA"'
    lines[ARTEMIS_NOTES - 1 : ARTEMIS_NOTES + 7] = [
        'notes = [ # a comment, with "a quote", [brackets] and {braces}',
        '  { es = "una, {dos} [tres] \\"cuatro,\\" # cinco", of = "4aa7ed43", ' + source + " },",
        "  # EN: another comment, 'quoted', {x}",
        "  '''seis, [siete]",
        "  ocho''',",
        "]",
    ]
    assert _problems_of(tmp_path, lines) == [(ARTEMIS_NOTES + 3, "notes", f"note 2: {TABLE}")]
    lines[ARTEMIS_NOTES : ARTEMIS_NOTES + 4] = [
        '  { es = """una, {dos}',
        '  [tres] \\""" ,""", of = "4aa7ed43", ' + "source = 'C:\\' }, 3",
    ]
    assert _problems_of(tmp_path, lines) == [(ARTEMIS_NOTES + 2, "notes", f"note 2: {TABLE}")]


# --- where a note stands, whatever the layout of its array -------------------------------


def _notes_at(tmp_path: Path, array: list[str]) -> list[tuple[int | None, str | None, str]]:
    """The problems of the bundled overlay with artemis-accords' notes written as `array`
    (lines that replace `notes = [` ... `]`)."""
    lines = _artemis()
    lines[ARTEMIS_NOTES - 1 : ARTEMIS_NOTES + 7] = array
    return _problems_of(tmp_path, lines)


GOOD_NOTE = (
    '{ es = "a", of = "4aa7ed43", source = "editorial; comunicado de prensa 24-075 de la NASA" }'  # note 1's English
)


@pytest.mark.parametrize(
    ("array", "lines"),
    [
        # two bad notes, each on its own line: (0-based offsets from the `notes` line)
        (["notes = [", "  12,", '  "x",', "]"], (1, 2)),
        (["notes = [", '  "x, 3",', "  4,", "]"], (1, 2)),
        (["notes = [", '  "x\\", 3",', "  4,", "]"], (1, 2)),
        (["notes = [", '  "x\\"",', "  4,", "]"], (1, 2)),
        (["notes = [", "  '''it's, [x''',", "  4,", "]"], (1, 2)),
        (["notes = [", '  { es = "a", of = "4aa7ed43", Xtra = 1 },', "  4,", "]"], (1, 2)),
        (["notes = [", '  { x = [1], es = "a", of = "4aa7ed43" },', "  4,", "]"], (1, 2)),
        (['"notes"=[', '{ es = "a", of = "4aa7ed43", x = 1 },', "4,", "]"], (1, 2)),
        (['notes = [{ es = "a", of = "4aa7ed43", x = 1 },', "  4,", "]"], (0, 1)),
    ],
    ids=[
        "two-digits",
        "a-comma-in-a-string",
        "an-escaped-quote-and-a-comma",
        "an-escaped-quote-before-the-closing-one",
        "a-quote-in-a-literal-block",
        "a-key-with-a-capital-x",
        "an-array-in-a-note",
        "quoted-key-no-spaces-column-one",
        "the-first-note-on-the-notes-line",
    ],
)
def test_each_bad_note_is_placed_at_the_line_where_it_starts(
    tmp_path: Path, array: list[str], lines: tuple[int, int]
) -> None:
    problems = _notes_at(tmp_path, array)
    assert [(line, field) for line, field, _message in problems] == [
        (ARTEMIS_NOTES + lines[0], "notes"),
        (ARTEMIS_NOTES + lines[1], "notes"),
    ]
    assert [message.split(":")[0] for _line, _field, message in problems] == ["note 1", "note 2"]


def test_a_good_first_note_and_a_bad_second_one(tmp_path: Path) -> None:
    problems = _notes_at(tmp_path, ["notes = [", f"  {GOOD_NOTE},", "  4,", "]"])
    assert problems == [(ARTEMIS_NOTES + 2, "notes", f"note 2: {TABLE}")]


def test_a_notes_line_inside_a_string_before_the_notes_does_not_crash(tmp_path: Path) -> None:
    """The title's Spanish holds a line `notes = []` (a multi-line string): the search for
    the notes' line finds it first, and must still place the bad note somewhere."""
    lines = _artemis()
    title = ARTEMIS_NOTES - 2
    assert lines[title].startswith("title = { es = ") and lines[title].endswith(', of = "b4ad0693" }')
    lines[title : title + 1] = ['title = { es = """El Perú', "notes = []", '""", of = "b4ad0693" }']
    lines[ARTEMIS_NOTES + 4] = "  3,"  # note 1 (the lines moved down by two)
    problems = _problems_of(tmp_path, lines)
    assert [(field, message) for _line, field, message in problems] == [("notes", f"note 1: {TABLE}")]


# --- _overlay.check on documents built here ----------------------------------------------


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def _check(document: dict[str, Any], overlay: dict[str, Any], es_text: str = "") -> list[tuple[Any, ...]]:
    from usperu._overlay import check

    problems = check(document, "d.toml", "", {"language": "es", **overlay}, "d.es.toml", es_text)
    return [(p.path, p.line, p.record, p.field, p.message) for p in problems]


ONE = {"achievements": [{"id": "a", "title": "Title", "notes": [{"text": "Note"}]}]}


def _one(title: Any = None, notes: Any = None) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    entry["title"] = title if title is not None else {"es": "Título", "of": _sha("Title")}
    entry["notes"] = notes if notes is not None else [{"es": "Nota", "of": _sha("Note")}]
    return entry


def test_a_complete_overlay_of_a_document_built_here_has_no_problem() -> None:
    assert _check(ONE, {"achievements": {"a": _one()}}) == []
    assert _check({}, {}) == []  # a document without any table (every table is optional here)


def test_records_without_an_id_and_notes_that_are_no_tables_are_passed_over() -> None:
    document = {"achievements": [{"title": "No id"}, {"id": "a", "title": "Title", "notes": ["x", {}]}]}
    notes = [{"es": "Nota", "of": _sha("")}, {"es": "Otra", "of": _sha("")}]  # no text: translates ""
    assert _check(document, {"achievements": {"a": _one(notes=notes)}}) == []
    outdated = [{"es": "Nota", "of": _sha("XXXX")}, {"es": "Otra", "of": _sha("")}]
    [problem] = _check(document, {"achievements": {"a": _one(notes=outdated)}})
    assert problem[3:] == (
        "notes",
        f"note 1: outdated: the English changed after it was translated (of = '{_sha('XXXX')}'; now '{_sha('')}')",
    )


def test_every_problem_of_every_table_and_record_is_reported() -> None:
    overlay = {
        "nope": {},
        "achievements": {"zz": {}, "a": _one(title={"es": "T", "of": "00000000"})},
        "sessions": {"s": 3},
    }
    problems = _check(ONE, overlay)
    assert [(p[2], p[3], p[4].split(" (")[0].split(" in ")[0]) for p in problems] == [
        (None, None, "no such table"),
        ("zz", None, "no such record"),
        ("a", "title", "outdated: the English changed after it was translated"),
        ("s", None, "no such record"),
    ]
    missing = _check(
        {**ONE, "sessions": [{"id": "s", "title": "Session"}]}, {"sessions": {"s": 3}, "achievements": {"a": _one()}}
    )
    assert [(p[0], p[2], p[3], p[4]) for p in missing] == [
        ("d.es.toml", "s", None, "no such record in d.toml"),
        ("d.toml", "s", "title", "no Spanish translation in d.es.toml"),
    ]


def test_notes_that_are_not_an_array_count_as_none_and_the_next_field_is_checked() -> None:
    overlay = {"achievements": {"a": {"notes": "abc", "title": {"es": "T", "of": "00000000"}}}}
    problems = _check(ONE, overlay)
    assert [(p[3], p[4].split(" (")[0]) for p in problems] == [
        ("notes", "number of notes: 0 in Spanish, 1 in English"),
        ("title", "outdated: the English changed after it was translated"),
    ]


def test_a_bad_entry_of_the_last_record_is_placed_at_its_field() -> None:
    text = "\n".join(['language = "es"', "", '[achievements."aX"]', 'title = { es = "T", of = "00000000" }'])
    document = {"achievements": [{"id": "aX", "title": "Title"}]}
    problems = _check(document, {"achievements": {"aX": {"title": {"es": "T", "of": "00000000"}}}}, text)
    assert [(p[1], p[3]) for p in problems] == [(4, "title")]
    unknown = _check(
        document,
        {"achievements": {"aX": {"title": {"es": "T", "of": _sha("Title")}}, "bX": {}}},
        text + '\n[achievements."bX"]\n',
    )
    assert [(p[1], p[2], p[4]) for p in unknown] == [(5, "bX", "no such record in d.toml")]


def test_a_field_given_as_dotted_keys_is_placed_at_its_record() -> None:
    text = "\n".join(['language = "es"', '[achievements."a"]', 'title.es = "T"', 'title.of = "00000000"', ""])
    document = {"achievements": [{"id": "a", "title": "Title"}]}
    problems = _check(document, {"achievements": {"a": {"title": {"es": "T", "of": "00000000"}}}}, text)
    assert [(p[1], p[3]) for p in problems] == [(2, "title")]


def test_an_overlay_that_is_not_toml_names_the_overlay(tmp_path: Path) -> None:
    from usperu import DataError

    path = _copy(tmp_path, 'language = "es"\n[achievements\n')
    document, english = read_document(path)
    with pytest.raises(DataError) as caught:
        check_translation(document, path, english)
    assert (caught.value.path, caught.value.line) == (str(tmp_path / "statement.es.toml"), 2)


# --- applying: a Statement's translations are its document's ------------------------------


def test_the_translations_of_a_statement_are_those_of_its_parsed_document(tmp_path: Path) -> None:
    """Every table, the statement's own summary and the progress entries (keyed by `record`,
    with no notes) included: the Statement's side and the parsed document's side agree."""
    from usperu import load_statement
    from usperu._overlay import read_overlay, spanish_of, spanish_texts

    path = _copy(tmp_path, OVERLAY.read_text(encoding="utf-8"))
    overlay, _text = read_overlay(str(OVERLAY))
    document, _english = read_document(path)
    texts = spanish_of(load_statement(path))
    assert texts == spanish_texts(document, overlay)
    assert texts["statement"]["statement"]["summary"] == overlay["statement"]["statement"]["summary"]["es"]
    first = document["progress"][0]["record"]
    assert texts["progress"][first]["promise"] == overlay["progress"][first]["promise"]["es"]


def test_an_outdated_note_or_a_title_with_a_source_shows_the_english(tmp_path: Path) -> None:
    from usperu import load_statement
    from usperu._i18n import set_language

    lines = _artemis()
    assert lines[ARTEMIS_NOTES + 2].count('of = "4aa7ed43"') == 1
    lines[ARTEMIS_NOTES + 2] = lines[ARTEMIS_NOTES + 2].replace('of = "4aa7ed43"', 'of = "00000000"')
    title = ARTEMIS_NOTES - 2
    lines[title] = lines[title].replace(" }", ', source = "s" }')
    path = _copy(tmp_path, "\n".join(lines))
    english = load_statement(path).by_id["artemis-accords"]
    set_language("es")
    try:
        spanish = load_statement(path).by_id["artemis-accords"]
    finally:
        set_language("en")
    assert spanish.title == english.title  # a title entry may not have a source
    assert spanish.notes[0] == english.notes[0]  # outdated: English, and its own source
    assert spanish.notes[1].text.startswith("Asignado a la sesión") and spanish.notes[1].source == "editorial"


def test_a_record_whose_notes_are_not_translated_keeps_its_translated_title() -> None:
    from usperu._overlay import spanish_texts

    overlay = {"achievements": {"a": {"title": {"es": "Título", "of": _sha("Title")}}}}
    assert spanish_texts(ONE, overlay) == {"achievements": {"a": {"title": "Título"}}}


def test_the_statement_s_summary_is_translated_whatever_its_id(tmp_path: Path) -> None:
    """The overlay names the statement `[statement.statement]`, as the data file's
    `[statement]` table has no key of its own, whatever id the statement record has."""
    from usperu import load_statement
    from usperu._overlay import spanish_of

    text = GOOD.replace('id = "statement"', 'id = "joint-statement"', 1)
    text = text.replace('["statement", "kurt-campbell"', '["joint-statement", "kurt-campbell"', 1)
    text = text.replace('["statement", "disaster-response"]', '["joint-statement", "disaster-response"]', 1)
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "statement.toml").write_text(text, encoding="utf-8")
    (folder / "statement.es.toml").write_bytes(OVERLAY.read_bytes())
    statement = load_statement(str(folder / "statement.toml"))
    assert statement.metadata.id == "joint-statement"
    assert set(spanish_of(statement)["statement"]) == {"statement"}


# --- cli: the language, the global options, the errors and exit codes ----------------------

ENGLISH = {"LANG": "C"}
SPANISH = {"LANG": "es_PE.UTF-8"}


@pytest.mark.parametrize(
    ("args", "environ", "expected"),
    [
        (["--lang=es", "about"], ENGLISH, "es"),
        (["-Les", "about"], ENGLISH, "es"),
        (["about", "-L", "es"], ENGLISH, "es"),
        (["-L", "es", "--lang=x=en"], ENGLISH, "es"),  # the whole value after the first '='
        (["search", "then"], SPANISH, "es"),  # a word, not -L glued to a value ("en")
        (["about", "-L"], SPANISH, "es"),  # -L last: no value, the environment's
        (["about", "-L", "fr"], ENGLISH, "en"),
    ],
    ids=["lang-equals", "dash-l-glued", "after-the-command", "a-second-equals", "plain-words", "no-value", "unknown"],
)
def test_the_language_is_the_last_lang_option_that_names_one(
    args: list[str], environ: dict[str, str], expected: str
) -> None:
    from usperu.cli import chosen_language

    assert chosen_language(args, environ) == expected


def test_during_completion_the_language_comes_from_the_words_typed() -> None:
    from usperu.cli import chosen_language

    bash = {**ENGLISH, "_USPERU_COMPLETE": "complete_bash", "COMP_WORDS": "usperu -L es show art"}
    assert chosen_language(["ignored"], bash) == "es"
    fish = {**ENGLISH, "_USPERU_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": "usperu --lang es sh"}
    assert chosen_language(["-L", "en"], fish) == "es"
    assert chosen_language(["-L", "es"], {**ENGLISH, "_USPERU_COMPLETE": "complete_bash"}) == "en"


@pytest.mark.parametrize(
    ("args", "moved"),
    [
        (["about", "-Les"], ["-Les", "about"]),
        (["about", "-Les", "-f", "json"], ["-Les", "about", "-f", "json"]),
        (["about", "-Lx"], ["-Lx", "about"]),
        (["about", "-L-x"], ["-L-x", "about"]),
        (["show", "--data=a=b.toml", "x"], ["--data=a=b.toml", "show", "x"]),
        (["-", "--no-pager"], ["--no-pager", "-"]),
        (["--no-pager", "text", "--data", "x"], ["--no-pager", "--data", "x", "text"]),
        (["--data", "x", "--no-pager", "text", "--no-pager"], ["--data", "x", "--no-pager", "--no-pager", "text"]),
    ],
    ids=[
        "glued-lang",
        "glued-lang-then-options",
        "glued-one-letter",
        "glued-dash",
        "data-equals-twice",
        "a-dash-command",
        "a-flag-then-an-option",
        "an-option-then-a-flag",
    ],
)
def test_global_options_after_the_command_move_before_it_in_every_spelling(args: list[str], moved: list[str]) -> None:
    from usperu.cli import global_options_first

    assert global_options_first(args) == moved


def test_the_streams_replace_what_they_cannot_encode(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from usperu import cli

    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="strict")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    cli._make_streams_safe()
    assert (out.errors, err.errors) == ("replace", "replace")
    out.write("Perú")  # would raise UnicodeEncodeError with errors="strict"


def test_a_usage_error_is_one_line_with_click_s_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    import typer

    from usperu import cli

    error: Any = typer.TyperException("first\nsecond X.")  # an error of no command: no ctx, exit code 1
    assert cli._usage_error(error) == 1  # no ctx, its own code
    assert capsys.readouterr().err == "usperu: first second X\n"


def test_run_parses_its_own_arguments_with_the_name_usperu(capsys: pytest.CaptureFixture[str]) -> None:
    from usperu import __version__, cli

    assert cli.run(["--version"]) == 0
    assert capsys.readouterr().out == f"usperu {__version__}\n"
    assert cli.run(["zzzzzz"]) == 2
    assert capsys.readouterr().err == "usperu: No such command 'zzzzzz' (see 'usperu --help')\n"
    assert cli.run(["sites"]) == 2
    assert capsys.readouterr().err == (
        "usperu: No such command 'sites'. Did you mean 'cite', 'since'? (see 'usperu --help')\n"
    )


def test_the_group_returns_exit_code_zero_to_an_in_process_caller(capsys: pytest.CaptureFixture[str]) -> None:
    import typer

    from usperu.cli import app

    group = typer.main.get_command(app)
    assert group.main(["about", "-f", "json"], prog_name="usperu", standalone_mode=False) == 0
    assert capsys.readouterr().out.startswith("{")


def test_without_args_the_group_reads_the_language_from_sys_argv(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    import typer

    from usperu.cli import app

    monkeypatch.setattr(sys, "argv", ["usperu", "-L", "es", "--help"])
    monkeypatch.setenv("LANG", "C")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "USPERU_LANG"):
        monkeypatch.delenv(name, raising=False)
    group = typer.main.get_command(app)
    assert group.main(prog_name="usperu", standalone_mode=False) == 0
    assert capsys.readouterr().out.startswith("Uso: usperu [OPCIONES] COMANDO")


@pytest.mark.parametrize(
    ("raised", "code", "said"),
    [
        (KeyboardInterrupt(), 130, ""),
        (BrokenPipeError(), 141, ""),
        (
            OSError(2, "No such file or directory"),
            70,
            "usperu: internal error (FileNotFoundError: [Errno 2] No such file or directory); this is a bug",
        ),
    ],
    ids=["interrupted", "closed-pipe", "another-oserror"],
)
def test_each_failure_has_its_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], raised: BaseException, code: int, said: str
) -> None:
    from typer.core import TyperGroup

    from usperu import cli

    def broken(*args: object, **kwargs: object) -> None:
        raise raised

    monkeypatch.delenv("USPERU_DEBUG", raising=False)
    monkeypatch.setattr(TyperGroup, "main", broken)
    assert cli.run(["about"]) == code
    assert capsys.readouterr().err.startswith(said)


def test_the_group_help_lists_its_options_in_the_interface_s_language(capsys: pytest.CaptureFixture[str]) -> None:
    from usperu import cli

    assert cli.run(["--help"]) == 0
    english = capsys.readouterr().out
    assert "\nOptions:\n" in english and "  --data PATH" in english and "\nCommands:\n" in english
    assert "Never page long output" in english
    assert cli.run(["-L", "es", "--help"]) == 0
    spanish = capsys.readouterr().out
    assert "\nOpciones:\n" in spanish and "\nComandos:\n" in spanish and "Options" not in spanish
