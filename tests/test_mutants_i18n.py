"""Tests written for the mutants that survived mutation testing of the language modules
(`_mo`, `_i18n`, `_localize`, `_catalogs`, `_html`; docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import gettext
import io
import sys
from pathlib import Path
from typing import Any

import pytest
import typer

import usperu
from tests.conftest import Invoke
from usperu import _i18n
from usperu._catalogs import compile_catalog, compiled_catalogs
from usperu._mo import Catalog


@pytest.fixture(autouse=True)
def _english_after() -> Any:
    """Leave the language as every other test expects it: English."""
    yield
    _i18n.set_language("en")


def _unloaded(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make `usperu.NAME` not imported yet for this test, as in a fresh run (put back after)."""
    monkeypatch.delitem(sys.modules, f"usperu.{name}", raising=False)
    monkeypatch.delattr(usperu, name, raising=False)


def _command() -> Any:
    """Return a one-command Typer app's click command: help 'today', options --on DATE
    (help 'today') and --off (an empty help)."""
    app = typer.Typer(add_completion=False)

    @app.command(help="today")
    def x(
        on: str = typer.Option("", help="today", metavar="DATE"),
        off: str = typer.Option("", help=""),
    ) -> None:
        """Not used."""

    return typer.main.get_command(app)


# --- _i18n: what English costs, and the localizer's two ways in ----------------------


def test_english_never_opens_a_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    """English is the strings in the code: `set_language('en')` does not even import the
    catalog reader (its classes cost an English run ~0.4M instructions to define)."""
    _unloaded(monkeypatch, "_mo")
    _i18n.set_language("en")
    assert "usperu._mo" not in sys.modules
    assert (_i18n.language(), _i18n._("today")) == ("en", "today")
    _i18n.set_language("es")
    assert "usperu._mo" in sys.modules and _i18n._("today") == "hoy"


def test_localized_only_loads_the_localizer_for_spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    """English help leaves `_localize` unimported; Spanish help imports it and puts the
    command in Spanish; English afterwards puts the command's English back."""
    _unloaded(monkeypatch, "_localize")
    command = _command()
    assert _i18n.localized(command) is command
    assert (command.help, command.params[0].metavar) == ("today", "DATE")
    assert "usperu._localize" not in sys.modules
    _i18n.set_language("es")
    _i18n.localized(command)
    assert (command.help, command.params[0].help, command.params[0].metavar) == ("hoy", "hoy", "FECHA")
    _i18n.set_language("en")
    _i18n.localized(command)
    assert (command.help, command.params[0].help, command.params[0].metavar) == ("today", "today", "DATE")


@pytest.mark.parametrize("value", ["es.UTF-8.x", "es@euro@x", "es.utf8@a@b", "es-PE.x.y"])
def test_a_malformed_locale_name_still_names_its_language(value: str) -> None:
    """The language is what stands before the first separator, however many follow."""
    assert _i18n.code_of(value) == "es"
    assert _i18n.from_environment({"LANG": value}) == "es"


# --- _mo: membership, and Spanish's plural rule read without compiling it ------------


def test_catalog_says_which_messages_it_holds() -> None:
    header = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"
    mo = compile_catalog({"": header, "Perú": "el Perú", "{n} día\0{n} días": "{n} día (es)\0{n} días (es)"})
    messages = Catalog(io.BytesIO(mo))._catalog
    assert "Perú" in messages and ("{n} día", 0) in messages and ("{n} día", 1) in messages
    assert "Peru" not in messages and ("{n} día", 2) not in messages and "{n} día" not in messages
    assert None not in messages


@pytest.mark.parametrize("rule", ["(n != 1)", "n != 1", "n!=1", "(n!=1)", " ( n != 1 ) "])
def test_spanish_plural_rule_is_applied_without_compiling_it(monkeypatch: pytest.MonkeyPatch, rule: str) -> None:
    """gettext compiles a Plural-Forms rule (`c2py`: tokenized, then evaluated: ~0.5M
    instructions a Spanish run, README 'Performance'); 'n != 1', however it is spaced or
    bracketed, is applied as it is instead, and gives what gettext gives."""
    header = f"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural={rule};\n"
    mo = compile_catalog({"": header, "{n} día\0{n} días": "{n} día (es)\0{n} días (es)"})
    theirs = gettext.GNUTranslations(io.BytesIO(mo))

    def refuse(plural: str) -> Any:
        raise AssertionError(f"compiled {plural!r}")

    monkeypatch.setattr(gettext, "c2py", refuse)
    ours = Catalog(io.BytesIO(mo))
    for n in (0, 1, 2, 21, 101):
        assert ours.ngettext("{n} día", "{n} días", n) == theirs.ngettext("{n} día", "{n} días", n)
    forms = [ours.ngettext("{n} día", "{n} días", n) for n in (0, 1, 2)]
    assert forms == ["{n} días (es)", "{n} día (es)", "{n} días (es)"]


# --- _localize: help lines, a command's own parameters, usage errors ------------------


def test_spanish_help_writes_typer_s_brackets_in_spanish(invoke: Invoke) -> None:
    """The '[default: ...; ...]' that Typer writes after an option's help, each part translated."""
    lines = [
        " ".join(line.split())
        for line in invoke("-L", "es", "search", "--help", env={"COLUMNS": "200"}).stdout.splitlines()
    ]
    assert any(line.endswith("resultados. [por omisión: 10; x>=1]") for line in lines), lines
    assert any(line.endswith("Formato de salida. [por omisión: table]") for line in lines), lines
    assert any(line.endswith("[obligatorio]") for line in lines), lines
    group = invoke("-L", "es", "--help", env={"COLUMNS": "200"}).stdout
    assert "[variable de entorno: USPERU_DATA]" in group, group


@pytest.mark.parametrize(
    ("text", "spanish"),
    [
        (
            "Pick.  [env var: X_Y; default: 5; required]",
            "Pick.  [variable de entorno: X_Y; por omisión: 5; obligatorio]",
        ),
        ("Pick  [one]  [default: 5]", "Pick  [one]  [por omisión: 5]"),  # the last brackets are Typer's
        ("Say it once; required]", "Say it once; required]"),  # a help's own bracket: not Typer's extras
        ("Say it  [once; required", "Say it  [once; required"),
        ("Pick.  [default: a; b]", "Pick.  [por omisión: a; b]"),
    ],
)
def test_help_record_translates_only_typer_s_extras(text: str, spanish: str) -> None:
    from usperu._localize import help_record

    _i18n.set_language("es")
    assert help_record(("--pick X", text)) == ("--pick X", spanish)


def test_localize_leaves_an_empty_help_empty() -> None:
    """gettext's translation of '' is the catalog's header: an empty help is not looked up."""
    command = _command()
    _i18n.set_language("es")
    _i18n.localized(command)
    assert [command.help, *(p.help for p in command.params)] == ["hoy", "hoy", ""]


@pytest.mark.parametrize("metavar", ["[DATE|QUERY]", "PATH|TEXT", "table|json"])
def test_choices_stay_as_typed_even_in_capitals(metavar: str) -> None:
    from usperu._localize import metavar_in_language

    _i18n.set_language("es")
    assert metavar_in_language(metavar) == metavar
    assert metavar_in_language("[DATE]") == "[FECHA]"


def test_a_usage_error_holding_a_newline_is_spanish() -> None:
    """click writes an unexpected argument as typed: one holding a newline (pasted text)."""
    from usperu._localize import usage_message

    _i18n.set_language("es")
    assert usage_message("Got unexpected extra argument (b\nc)") == "Sobra un argumento inesperado (b\nc)"
    assert usage_message("No such option: --a\nb") == "No existe la opción --a\nb"


# --- _catalogs: the .po reader's refusals and line numbers, and the command ----------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"orphan"\n', "<po>:1: a string continues no field"),
        ('msgid "a"\nmsgstr "b"\n\n"orphan"\n', "<po>:4: a string continues no field"),
        ('msgid "a"\nmsgstr "b"\n# a comment\n"orphan"\n', "<po>:4: a string continues no field"),
        ('\nmsgid abc\nmsgstr "b"\n', "<po>:2: expected a quoted string"),
        ('msgid "abc\nmsgstr "b"\n', "<po>:1: expected a quoted string"),
        ('msgid "a"\nmsgstr "b\n', "<po>:2: expected a quoted string"),
        ('msgid "a"\nmsgstr ""\n"\\x"\n', "<po>:3: a string that is not valid"),
        ('msgid "\\x"\nmsgstr "b"\n', "<po>:1: a string that is not valid"),
        ('msgid "a"\nmsgstr ""\n"c\n', "<po>:3: expected a quoted string"),
        ('msgid "a"\nmsgstr "b"\n\n\nmsgctxt "x"\n', "<po>:5: unknown keyword 'msgctxt'"),
    ],
    ids=[
        "first-line", "after-a-blank", "after-a-comment", "unquoted", "unclosed", "unclosed-msgstr",
        "bad-escape-continued", "bad-escape", "unclosed-continued", "keyword-line-5",
    ],
)  # fmt: skip
def test_a_broken_po_file_is_named_at_its_line_exactly(text: str, message: str) -> None:
    """What `python -m usperu._catalogs` says of a broken .po file: the path (here the
    default, as no path was given), the line, what is wrong."""
    from usperu._catalogs import PoError, parse_po

    with pytest.raises(PoError) as refused:
        parse_po(text)
    assert str(refused.value) == message


def test_untranslated_and_fuzzy_entries_are_left_out_and_comments_are_not_flags() -> None:
    from usperu._catalogs import parse_po

    text = (
        "# a note on fuzzy matching, not a flag\n"
        'msgid "kept"\nmsgstr "guardado"\n\n'
        "#, fuzzy\n"
        'msgid "guessed"\nmsgstr "adivinado"\n'
    )
    assert parse_po(text) == {"kept": "guardado"}
    assert parse_po('msgid "kept"\nmsgstr "guardado"\n\nmsgid "empty"\nmsgstr ""\n') == {"kept": "guardado"}
    assert parse_po('msgid "{n} day"\nmsgid_plural "{n} days"\nmsgstr[0] ""\nmsgstr[1] ""\n') == {}


def test_a_broken_po_file_among_several_is_named_by_its_path(tmp_path: Path) -> None:
    from usperu._catalogs import PoError, catalog_of

    (tmp_path / "good.po").write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    (tmp_path / "bad.po").write_text('msgid "a\n', encoding="utf-8")
    with pytest.raises(PoError) as refused:
        catalog_of([str(tmp_path / "good.po"), str(tmp_path / "bad.po")])
    assert str(refused.value) == f"{tmp_path / 'bad.po'}:1: expected a quoted string"


_PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
"""A .po file's header (lines 1-3, then a blank line) saying its charset."""


def test_po_files_are_read_as_utf_8_whatever_the_locale(tmp_path: Path) -> None:
    import locale

    from usperu._catalogs import catalog_of

    po = tmp_path / "a.po"
    po.write_text(_PO_HEADER + 'msgid "Peru"\nmsgstr "Perú"\n', encoding="utf-8")
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")  # an ASCII locale: open() without an encoding fails on 'ú'
    try:
        mo = catalog_of([str(po)])
    finally:
        locale.setlocale(locale.LC_CTYPE, before)
    assert Catalog(io.BytesIO(mo)).gettext("Peru") == "Perú"


def test_no_locale_folder_is_no_catalog(tmp_path: Path) -> None:
    from usperu._catalogs import compiled_catalogs

    assert compiled_catalogs(str(tmp_path / "none")) == {}
    (tmp_path / "es").mkdir()
    (tmp_path / "es" / "notes.txt").write_text("not a .po file", encoding="utf-8")
    assert compiled_catalogs(str(tmp_path)) == {}


def test_the_compiled_file_is_gnu_s_layout_byte_for_byte() -> None:
    """Header, the two tables, then each string followed by a NUL (C readers rely on it)."""
    import struct

    mo = compile_catalog({"b": "be", "a": "a"})
    assert mo[:28] == struct.pack("<7I", 0x950412DE, 0, 2, 28, 44, 0, 0)
    start = 28 + 16 * 2
    assert mo[28:60] == struct.pack("<8I", 1, start, 1, start + 2, 1, start + 4, 2, start + 6)
    assert mo[start:] == b"a\0b\0a\0be\0"


def _main(monkeypatch: pytest.MonkeyPatch, root: Path, *argv: str) -> int:
    """Run `python -m usperu._catalogs ARGV` over the locale folder ROOT."""
    from usperu import _catalogs

    monkeypatch.setattr(_catalogs, "compiled_catalogs", lambda: compiled_catalogs(str(root)))
    return _catalogs.main(list(argv))


def test_the_compiler_writes_checks_and_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "es").mkdir()
    po = tmp_path / "es" / "a.po"
    po.write_text(_PO_HEADER + 'msgid "Peru"\nmsgstr "Perú"\n', encoding="utf-8")
    mo = tmp_path / "es" / "LC_MESSAGES" / "usperu.mo"
    assert _main(monkeypatch, tmp_path, "--check") == 1 and not mo.exists()  # missing: out of date, not written
    assert capsys.readouterr() == ("", f"usperu._catalogs: {mo}: out of date\n")
    assert _main(monkeypatch, tmp_path) == 0
    assert capsys.readouterr() == ("", f"usperu._catalogs: {mo}: written\n")
    assert Catalog(io.BytesIO(mo.read_bytes())).gettext("Peru") == "Perú"
    assert _main(monkeypatch, tmp_path) == 0 and _main(monkeypatch, tmp_path, "--check") == 0
    assert capsys.readouterr() == ("", "")  # up to date: nothing said
    written = mo.read_bytes()
    po.write_text(_PO_HEADER + 'msgid "Peru"\nmsgstr "el Perú"\n', encoding="utf-8")
    assert _main(monkeypatch, tmp_path, "--check") == 1 and mo.read_bytes() == written
    assert capsys.readouterr().err == f"usperu._catalogs: {mo}: out of date\n"
    assert _main(monkeypatch, tmp_path) == 0  # LC_MESSAGES is there already
    assert capsys.readouterr().err == f"usperu._catalogs: {mo}: written\n"
    assert Catalog(io.BytesIO(mo.read_bytes())).gettext("Peru") == "el Perú"
    written = mo.read_bytes()
    po.write_text(_PO_HEADER + 'msgid "Peru"\nmsgstr "roto\n', encoding="utf-8")
    for argv in ((), ("--check",)):
        assert _main(monkeypatch, tmp_path, *argv) == 2 and mo.read_bytes() == written
        assert capsys.readouterr() == ("", f"usperu._catalogs: {po}:6: expected a quoted string; nothing written\n")


# --- _html: the timeline's picture, laid out exactly -----------------------------------


def _event(ident: str, day: Any, basis: str = "stated") -> Any:
    from usperu._model import Event

    return Event(ident, day, "day", f"title of {ident}", basis, "", "", (), "")  # type: ignore[arg-type]


def test_the_timeline_picture_is_laid_out_to_the_tenth_of_a_unit() -> None:
    """From the first dated entry's year (entries more than ten years before today's
    year gathered at x=20, 'earlier') to the year after the last: 70 to 620 units wide;
    marks of one spot stacked 16 apart, from y=54; the height leaves a row and 4 below."""
    import datetime as dt

    from usperu._html import Mark, timeline_picture
    from usperu._model import Development

    later = Development("d1", dt.date(2025, 7, 1), "day", "title of d1", "", (), "high", ())
    entries = [
        _event("e1", dt.date(2015, 12, 31)),
        _event("e2", dt.date(2024, 5, 9)),
        _event("e3", dt.date(2024, 5, 9), "derived"),
        _event("e4", dt.date(2016, 1, 1)),
        later,
    ]
    assert timeline_picture(entries, dt.date(2026, 12, 2)) == {
        "marks": [
            Mark("e1", 20.0, 54.0, "stated", "title of e1"),  # 2015, ten years and more before 2026
            Mark("e2", 487.6, 54.0, "stated", "title of e2"),
            Mark("e3", 487.6, 70.0, "derived", "title of e3"),  # the same spot: one row down
            Mark("e4", 70.0, 54.0, "stated", "title of e4"),  # 2016: the axis begins
            Mark("d1", 544.9, 54.0, "later", "title of d1"),
        ],
        "ticks": [(2016, 70.0), (2017, 120.1), (2018, 170.1), (2019, 220.0), (2020, 270.0), (2021, 320.1)]
        + [(2022, 370.0), (2023, 420.0), (2024, 470.0), (2025, 520.1), (2026, 570.0), (2027, 620.0)],  # 50 a year
        "today_x": 615.9,
        "height": 90.0,
        "width": 640,
        "axis": 40.0,
        "earlier": True,
    }


def test_the_picture_stacks_marks_eight_units_apart_and_stops_today_at_the_axis() -> None:
    import datetime as dt

    from usperu._html import Mark, timeline_picture

    days = [_event(name, dt.date(2026, 1, day)) for name, day in (("a", 1), ("b", 3), ("c", 9), ("d", 2))]
    picture = timeline_picture(days, dt.date(2026, 12, 2))
    assert picture["marks"] == [
        Mark("a", 70.0, 54.0, "stated", "title of a"),
        Mark("b", 73.0, 70.0, "stated", "title of b"),  # within the same 8 units: stacked
        Mark("c", 82.1, 54.0, "stated", "title of c"),
        Mark("d", 71.5, 86.0, "stated", "title of d"),
    ]
    assert (picture["ticks"], picture["today_x"], picture["height"], picture["earlier"]) == (
        [(2026, 70.0), (2027, 620.0)], 574.8, 106.0, False,
    )  # fmt: skip
    future = timeline_picture(
        [_event("f", dt.date(2030, 6, 1)), _event("g", dt.date(1990, 1, 1))], dt.date(2026, 12, 2)
    )
    assert future["marks"] == [
        Mark("f", 297.5, 54.0, "stated", "title of f"),
        Mark("g", 20.0, 54.0, "stated", "title of g"),
    ]
    assert (future["ticks"], future["today_x"], future["height"]) == ([(2030, 70.0), (2031, 620.0)], 70.0, 74.0)


def test_the_page_lists_the_bullets_together_cites_every_style_and_names_its_source() -> None:
    """Rendered here, not from test_html.py's module-wide page: mutmut maps a test to the
    functions it runs, and a fixture shared by a module runs inside the first test only."""
    import datetime as dt
    import re
    from html import unescape

    from usperu import load_statement
    from usperu._cite import STYLES, cite
    from usperu._html import edition

    statement = load_statement()
    page = edition(statement, dt.date(2026, 12, 2))
    body = page[page.index('<p id="para-1"') : page.index('<section id="achievements"')]
    bullets = [p.number for p in statement.paragraphs if p.block == "bullet"]
    assert bullets == list(range(bullets[0], bullets[-1] + 1))  # the data: one run of bullets
    lists = re.findall(r"<ul>(.*?)</ul>", body, re.DOTALL)
    assert [re.findall(r'<li id="para-(\d+)">', found) for found in lists] == [[str(n) for n in bullets]]
    others = [p.number for p in statement.paragraphs if p.block != "bullet"]
    assert [int(n) for n in re.findall(r'<p id="para-(\d+)"', body)] == others
    for style in STYLES:
        attribute = ' translate="no"' if style in ("bibtex", "csl-json") else ""
        text = cite(statement, None, style)
        assert text.endswith("\n") and not text.startswith("\n")
        assert f"<pre{attribute}>{text[:-1]}</pre>" in unescape(page), style
    assert "offline, from the bundled dataset." in page
    sessions = page[page.index('<section id="sessions"') : page.index('<section id="timeline"')]
    for session in statement.sessions:
        part = sessions[sessions.index(f'<h3 id="{session.id}">') + 1 :].split("<h3 ", 1)[0]
        linked = [i.id for i in (*statement.achievements, *statement.commitments) if session.id in i.sessions]
        shown = [ident for ident in re.findall(r'<a href="#([a-z0-9-]+)">', part) if not ident.startswith("para-")]
        assert shown == linked, session.id  # the commitments linked to it too


def test_a_picture_of_only_old_entries_starts_at_today_s_year() -> None:
    import datetime as dt

    from usperu._html import timeline_picture

    picture = timeline_picture([_event("g", dt.date(1990, 1, 1))], dt.date(2026, 12, 2))
    assert (picture["ticks"], picture["earlier"], picture["marks"][0].x) == ([(2026, 70.0), (2027, 620.0)], True, 20.0)
