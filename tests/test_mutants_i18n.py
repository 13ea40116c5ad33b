"""Tests written for the mutants that survived mutation testing of the language modules
(`_mo`, `_i18n`, `_localize`, `_catalogs`, `_html`; docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import gettext
import io
import sys
from typing import Any

import pytest
import typer

import usperu
from tests.conftest import Invoke
from usperu import _i18n
from usperu._catalogs import compile_catalog
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
