"""The command line in Spanish: choosing the language, every command's help, click's
usage errors and every kind of usperu error; English stays as it was (tests/test_cli.py)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from tests.conftest import Invoke
from tests.helpers import run_usperu
from usperu import _i18n
from usperu._i18n import from_environment
from usperu.cli import COMMANDS, app, chosen_language

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# Words of the English interface that must not appear in Spanish help or errors (whole
# words, case-sensitive; Spanish has none of them).
ENGLISH = (
    "Usage Options Arguments Commands Show List Only Print Search Write Check Cite Quote Example Examples"
    " Missing Invalid Got Did such the and of with this that from every each when instead default"
    " required message exit Output file record records words error cannot unknown expected see mean"
    " Possible value option argument should Input"
).split()
_ENGLISH = re.compile(r"\b(" + "|".join(ENGLISH) + r")\b")

# What Spanish help may quote in English: values typed as they are (they are the
# scripting contract), the statement's own English, and the metavars.
VERBATIM = (
    "done at the Dialogue",
    "no public record",
    "(the, a, of)",
    "Peru's decision to join the Artemis Accords",
)


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    """Leave the language as every other test expects it: English."""
    yield
    _i18n.set_language("en")


def english_words(text: str) -> list[str]:
    """Return the English interface words in TEXT, leaving out the example command
    lines, option names, quoted values, paths and the verbatim phrases above."""
    kept = [line for line in text.splitlines() if not line.strip().startswith("usperu ")]
    flat = " ".join(" ".join(kept).split())
    for phrase in VERBATIM:
        flat = flat.replace(phrase, "")
    flat = re.sub(r"'[^']*'|\"[^\"]*\"|(?<!\w)--?[\w-]+|\S*/\S*", "", flat)  # quoted, options, paths
    return _ENGLISH.findall(flat)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es"}, "es"),
        ({"LANG": "es_PE.UTF-8"}, "es"),
        ({"LANG": "es_ES"}, "es"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "es"}, "en"),  # LANG C: LANGUAGE is not read (tldr spec)
        ({"LANGUAGE": "es"}, "en"),  # LANG unset: likewise
        ({}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr:es"}, "es"),
        ({"LANG": "es_PE.UTF-8", "LANGUAGE": "en:es"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:de"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:C:de"}, "en"),
        ({"LANG": "es_PE.UTF-8", "LANGUAGE": "fr:C"}, "es"),  # LANG itself is tried last
        ({"USPERU_LANG": "es"}, "es"),
        ({"USPERU_LANG": "en", "LANG": "es_PE.UTF-8"}, "en"),
        ({"USPERU_LANG": "fr", "LANG": "es_PE.UTF-8"}, "es"),  # unknown: passed over, silently
        ({"USPERU_LANG": "fr"}, "en"),
    ],
)
def test_the_environment_chooses_as_the_tldr_client_spec_says(environ: dict[str, str], expected: str) -> None:
    assert from_environment(environ) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-L", "es", "about"], "es"),
        (["--lang", "es", "about"], "es"),
        (["--lang=es", "about"], "es"),
        (["-Les", "about"], "es"),
        (["about", "-L", "ES"], "es"),
        (["-L", "en", "about"], "en"),
        (["-L", "fr", "about"], "es"),  # left to the option to reject, in the environment's language
        (["search", "--", "-L", "en"], "es"),  # after --, words of the query
    ],
)
def test_lang_overrides_the_environment(args: list[str], expected: str) -> None:
    assert chosen_language(args, {"LANG": "es_PE.UTF-8"}) == expected


@pytest.mark.parametrize(
    "args",
    [["-L", "es", "--help"], ["--help", "-L", "es"], ["--lang", "es", "--help"], ["help", "-L", "es"]],
)
def test_group_help_is_spanish_wherever_lang_stands(invoke: Invoke, args: list[str]) -> None:
    result = invoke(*args, env={"LANG": "C"})
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Uso: usperu [OPCIONES] COMANDO [ARGUMENTOS]...")
    assert english_words(result.output) == [], result.output


@pytest.mark.parametrize("env", [{"LANG": "es_PE.UTF-8"}, {"USPERU_LANG": "es"}, {"LANG": "en", "LANGUAGE": "es"}])
def test_group_help_follows_the_environment(invoke: Invoke, env: dict[str, str]) -> None:
    result = invoke("--help", env={"LANGUAGE": None, "USPERU_LANG": None, **env})
    assert result.output.startswith("Uso:"), result.output


@pytest.mark.parametrize("env", [{"LANG": "C"}, {"LANG": None}, {"LANG": "POSIX", "LANGUAGE": "es"}])
def test_english_when_nothing_asks_for_spanish(invoke: Invoke, env: dict[str, str | None]) -> None:
    result = invoke("--help", env={"LANGUAGE": None, "USPERU_LANG": None, **env})
    assert result.output.startswith("Usage: usperu [OPTIONS] COMMAND [ARGS]..."), result.output


def test_lang_en_is_the_english_of_today(invoke: Invoke) -> None:
    plain = invoke("show", "--help", env={"LANG": "C"}).output
    assert invoke("-L", "en", "show", "--help", env={"LANG": "es_PE.UTF-8"}).output == plain
    assert "Usage: usperu show [OPTIONS] ID" in plain


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_s_help_is_spanish(invoke: Invoke, name: str) -> None:
    result = invoke("-L", "es", name, "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Uso: usperu {name} [OPCIONES]"), result.output
    assert "Opciones:" in result.output and "Muestra este mensaje y termina." in result.output
    assert english_words(result.output) == [], result.output


METAVARS = re.compile(r"\b(DATE|QUERY|KIND|TEXT|PATH|COMMAND|SESSION|STATUS|TOPIC|RATING|STYLE|FIELDS|YYYY-MM-DD)\b")
"""The English metavars of usperu's options and arguments (whole words, case-sensitive)."""


@pytest.mark.parametrize("name", ["", *sorted(COMMANDS)])
def test_every_metavar_is_spanish_in_help_and_usage(invoke: Invoke, name: str) -> None:
    result = invoke("-L", "es", *([name] if name else []), "--help", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert METAVARS.findall(result.output) == [], result.output
    english = invoke(*([name] if name else []), "--help", env={"COLUMNS": "80"}).output
    assert english.count("|") == result.output.count("|")  # choices stay as typed: 'table|json'


@pytest.mark.parametrize(
    ("args", "spanish"),
    [
        (["search", "--help"], "Uso: usperu search [OPCIONES] CONSULTA..."),
        (["validate", "--help"], "Uso: usperu validate [OPCIONES] [RUTA]"),
        (["help", "--help"], "Uso: usperu help [OPCIONES] [COMANDO]"),
        (["timeline", "--help"], "--from FECHA"),
        (["export", "--help"], "--kind TIPO"),
        (["cite", "--help"], "--accessed AAAA-MM-DD"),
        (["quote", "--help"], "-c, --check TEXTO"),
        (["quote", "--help"], "'usperu quote --check TEXTO' lista"),
        (["--help"], "--data RUTA"),
    ],
)
def test_metavars_and_the_help_that_names_them_agree_in_spanish(invoke: Invoke, args: list[str], spanish: str) -> None:
    result = invoke("-L", "es", *args, env={"COLUMNS": "200"})
    assert spanish in result.output, result.output


def test_english_metavars_are_as_they_were(invoke: Invoke) -> None:
    assert "Usage: usperu search [OPTIONS] QUERY..." in invoke("search", "--help").output
    assert "--check TEXT " in invoke("quote", "--help", env={"COLUMNS": "200"}).output


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_s_help_after_the_command_is_spanish(invoke: Invoke, name: str) -> None:
    assert invoke(name, "--help", "-L", "es").output == invoke("-L", "es", name, "--help").output


def test_spanish_one_liners_are_the_first_lines_of_the_spanish_docstrings() -> None:
    _i18n.set_language("es")
    group = typer.main.get_command(app)
    for name, summary in COMMANDS.items():
        command = _i18n.localized(group.get_command(typer.Context(group), name))  # type: ignore[attr-defined]
        spanish = _i18n._(summary)
        assert spanish != summary, name
        assert command.help.split("\n")[0] == spanish, name


def test_group_listing_is_spanish(invoke: Invoke) -> None:
    output = invoke("-L", "es", "--help").output
    for name, summary in COMMANDS.items():
        assert summary.split()[0] not in output.split(f"  {name} ", 1)[1].split()[0:1], name
    assert "Comandos:" in output and "Lista los catorce logros clave" in output


@pytest.mark.parametrize(
    ("args", "spanish"),
    [
        (["--bogus"], "No existe la opción --bogus (véase 'usperu --help')"),
        (["show"], "Falta el argumento 'ID' (véase 'usperu show --help')"),
        (["show", "a", "b"], "(b) (véase 'usperu show --help')"),
        (["shwo"], "No existe el comando 'shwo'. ¿Quizá 'show'? (véase 'usperu --help')"),
        (["achievements", "--formt", "json"], "No existe la opción --formt (opciones posibles: --bom, --format)"),
        (["achievements", "-f", "xml"], "Valor no válido para '--format' / '-f': 'xml' no es uno de estos"),
        (["search", "x", "-n", "0"], "Valor no válido para '--limit' / '-n':"),
        (["search", "x", "-n", "abc"], "un número entero válido"),
        (["achievements", "-f"], "La opción '-f' necesita un valor"),
        (["--data"], "La opción '--data' necesita un valor"),
        (["--lang", "fr", "about"], "Valor no válido para '--lang' / '-L': 'fr' no es uno de estos: 'en', 'es'"),
    ],
)
def test_usage_errors_are_spanish(invoke: Invoke, args: list[str], spanish: str) -> None:
    result = invoke(*args, env={"LANG": "es_PE.UTF-8"})
    assert result.exit_code == 2, result.output
    line = result.output.strip()
    assert "\n" not in line and line.startswith("usperu: "), line
    assert spanish in line, line
    assert english_words(line) == [], line


def test_unknown_lang_is_an_english_usage_error_in_an_english_environment(invoke: Invoke) -> None:
    result = invoke("--lang", "fr", "about", env={"LANG": "C"})
    assert result.exit_code == 2
    assert result.output.strip() == (
        "usperu: Invalid value for '--lang' / '-L': 'fr' is not one of 'en', 'es' (see 'usperu --help')"
    )


def _data_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("args", "code", "spanish"),
    [
        (["show", "qqqq"], 2, "id desconocido 'qqqq'; para buscarlo: 'usperu search PALABRAS'"),
        (["show", "99"], 2, "los logros clave van numerados del 1 al 14"),
        (["show", "artemis-acords"], 2, "¿quizá artemis-accords"),
        (["achievements", "--session", "9"], 2, "sesión desconocida '9'"),
        (["achievements", "--actor", "mars"], 2, "actor desconocido 'mars'; valores posibles: us, peru, both"),
        (["achievements", "--status", "sgined"], 2, "estado desconocido 'sgined'"),
        (["progress", "--rating", "great"], 2, "calificación desconocida 'great'"),
        (["export", "--kind", "planets"], 2, "tipo desconocido 'planets'"),
        (["timeline", "--from", "2025", "--to", "2024"], 2, "--from 2025-01-01 es posterior a --to 2024-12-31"),
        (["timeline", "--from", "soon"], 2, "--from espera una fecha AAAA-MM-DD, AAAA-MM o AAAA, no 'soon'"),
        (["cite", "--accessed", "2999-01-01"], 2, "está en el futuro"),
        (["cite", "--accessed", "yesterday"], 2, "espera un día AAAA-MM-DD"),
        (["export", "-f", "csv"], 2, "un CSV contiene un solo tipo de registro"),
        (["about", "--bom"], 2, "No existe la opción --bom"),
        (["glossary", "--bom"], 2, "--bom es solo para CSV: va con -f csv"),
        (["text", "--fields", "id"], 2, "--fields elige los campos"),
        (["quote"], 2, "falta un ID que citar o --check TEXTO que buscar"),
        (["quote", "--check", " "], 2, "nada que comprobar: indicar las palabras que buscar"),
        (["quote", "--check", "word " * 3000], 2, "el texto tiene 3000 palabras"),
        (["quote", "cuzco-school"], 2, "las entradas del glosario son editoriales, no citas"),
        (["quote", "statement"], 2, "la declaración en su conjunto no tiene una sola cita"),
        (["quote", "artemis-accords-signed"], 2, "ocurrió después de la declaración y no está en ella"),
        (["cite", "artemis-accords-signed"], 2, "ocurrió después de la declaración y no está en ella; citar"),
        (["achievements", "--fields", "id,colour"], 2, "campo desconocido 'colour'; campos válidos: id,"),
        (["export", "-f", "html", "--kind", "achievements"], 2, "la edición HTML contiene toda la declaración"),
        (["search", "y de la"], 2, "solo tiene palabras comunes"),
        (["search", "zzzzqqqxx"], 1, "sin resultados para 'zzzzqqqxx'"),
        (["--data", "/nonexistent/statement.toml", "about"], 2, "no existe el archivo; revisar --data o USPERU_DATA"),
        (["validate", "/nonexistent/statement.toml"], 2, "no existe el archivo"),
    ],
)
def test_usperu_errors_are_spanish(invoke: Invoke, args: list[str], code: int, spanish: str) -> None:
    result = invoke("-L", "es", *args)
    assert result.exit_code == code, result.output
    assert spanish in result.output, result.output
    last = result.output.strip().splitlines()[-1]
    assert english_words(last) == [], last


_QUOTE_CHECK_ENGLISH = re.compile(r"\b(found|near|no match|closest|para\.|official|wording|our copy|says)\b")


@pytest.mark.parametrize("words", ["peter camino", "Peru decided not to join the Artemis Accords", "zebra moon Peru"])
def test_quote_check_lists_its_passages_in_spanish(invoke: Invoke, words: str) -> None:
    """Verdicts, locators and the official-wording lines of `quote --check`; only the
    statement's passages and the corrections' words (in quotes) stay English."""
    result = invoke("-L", "es", "quote", "--check", words, env={"COLUMNS": "2000"})
    assert result.stdout.strip(), result.output
    lines = result.stdout.splitlines()
    assert re.match(r"\d\.\d\d  (encontrado|cercano|sin coincidencia)", lines[0]), lines[0]
    assert "párr. " in lines[0]
    ours = re.sub(r"“[^”]*”|«[^»]*»|\([^)]*\)", "", result.stdout)
    assert _QUOTE_CHECK_ENGLISH.findall(ours) == [], ours
    assert english_words(ours) == [], ours


def test_quote_check_names_the_official_wording_in_spanish(invoke: Invoke) -> None:
    result = invoke("-L", "es", "quote", "--check", "peter camino", env={"COLUMNS": "2000"})
    assert "redacción oficial, no la de nuestra copia: nuestra copia dice “Peter Cimino”" in result.stdout


@pytest.mark.parametrize(
    ("text", "spanish"),
    [
        ("", "está vacío; se esperaba un archivo TOML de la declaración"),
        ("surprise = 1\n", "clave de primer nivel desconocida 'surprise'"),
    ],
)
def test_data_errors_are_spanish(invoke: Invoke, tmp_path: Path, text: str, spanish: str) -> None:
    path = _data_file(tmp_path, text)
    result = invoke("-L", "es", "--data", path, "about")
    assert result.exit_code == 2, result.output
    assert spanish in result.output, result.output
    assert english_words(result.output.split(": ", 1)[-1]) == [], result.output


def test_a_toml_error_is_introduced_in_spanish(invoke: Invoke, tmp_path: Path) -> None:
    """The parser's own reason (tomllib's, in English) follows, as Python words it."""
    result = invoke("-L", "es", "--data", _data_file(tmp_path, "title = ["), "about")
    assert result.exit_code == 2
    assert ": TOML no válido: " in result.output, result.output


def test_validate_problems_name_record_and_field_in_spanish(invoke: Invoke, tmp_path: Path) -> None:
    from tests.conftest import DATA

    text = DATA.read_text(encoding="utf-8").replace(
        'title = "Peru, first in Latin America to join the Blue Dot Network"', 'titel = "x"', 1
    )
    result = invoke("-L", "es", "validate", _data_file(tmp_path, text))
    assert result.exit_code == 2
    assert "registro 'blue-dot-network': campo 'titel': campo desconocido" in result.stdout, result.stdout
    assert "falta un campo obligatorio" in result.stdout
    assert re.search(r"\d+ problemas\n$", result.stderr), result.stderr


def test_the_internal_error_line_is_spanish(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    import usperu._views

    def broken(*_args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.delenv("USPERU_DEBUG", raising=False)
    monkeypatch.setattr(usperu._views, "about_card", broken)
    result = invoke("-L", "es", "about")
    assert result.exit_code == 70
    expected = "usperu: error interno (RuntimeError: boom); es un fallo de usperu y conviene reportarlo"
    assert result.output.startswith(expected), result.output


def test_a_full_disk_is_said_in_spanish() -> None:
    if not Path("/dev/full").exists():  # pragma: no cover - every Linux has it
        pytest.fail("this test needs /dev/full")
    with open("/dev/full", "wb") as full:
        import subprocess

        from tests.helpers import usperu_executable

        done = subprocess.run(
            [usperu_executable(), "-L", "es", "export"], stdout=full, stderr=subprocess.PIPE, check=False
        )
    assert done.returncode == 74
    assert done.stderr.decode() == "usperu: no se puede escribir la salida: no queda espacio en el dispositivo\n"


def test_spanish_from_lang_in_a_real_process() -> None:
    done = run_usperu(["--help"], env={"LANG": "es_PE.UTF-8", "LANGUAGE": ""})
    assert done.stdout.decode().startswith("Uso: usperu [OPCIONES]"), done.stdout
    done = run_usperu(["show", "--help"], env={"LANG": "C.UTF-8", "LANGUAGE": "es"})
    assert done.stdout.decode().startswith("Usage: usperu show [OPTIONS] ID"), done.stdout


def test_completion_descriptions_follow_the_language() -> None:
    env = {"_USPERU_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "usperu -L es ach", "LANG": "C"}
    spanish = run_usperu([], env=env).stdout.decode()
    assert "Lista los catorce logros clave" in spanish, spanish
    env["_TYPER_COMPLETE_ARGS"] = "usperu ach"
    english = run_usperu([], env=env).stdout.decode()
    assert "List the fourteen key achievements" in english, english
    env["_TYPER_COMPLETE_ARGS"] = "usperu achievements --actor "
    assert "lo que hace el Perú" in run_usperu([], env={**env, "LANG": "es_PE.UTF-8"}).stdout.decode()
    env["_TYPER_COMPLETE_ARGS"] = "usperu -L es progress --rating "
    assert "hay constancia de trabajo en ello" in run_usperu([], env=env).stdout.decode()
    bash = {"_USPERU_COMPLETE": "complete_bash", "COMP_WORDS": "usperu -L es show artemis", "COMP_CWORD": "4"}
    assert "artemis-accords" in run_usperu([], env=bash).stdout.decode()


def test_english_run_does_not_import_the_localizer() -> None:
    done = run_usperu(["-c", "0"], env={"LANG": "C"})  # a usage error: the quickest full run
    assert done.returncode == 2
    import subprocess
    import sys

    code = (
        "import sys; from usperu.cli import run; run(['--help'])\n"
        "assert 'usperu._localize' not in sys.modules, 'English imported the localizer'"
    )
    child = subprocess.run([sys.executable, "-c", code], env={"LANG": "C"}, capture_output=True, check=False)
    assert child.returncode == 0, child.stderr


def _problem_words(message: str) -> list[str]:
    """English words of a validate problem, leaving out TOML names: [[table]], {keys},
    the keys a table must have, a key before its colon, and the values quoted."""
    message = re.sub(r"\[\[?[^\]]*\]\]?|\{[^}]*\}|\b[a-z]+_[a-z_]+\b|\bclaves [a-z, y]+|\b\w+:", "", message)
    return english_words(message)


def _breaks() -> list[tuple[str, str]]:
    import copy

    import tomli_w

    from tests import test_validate as cases

    made = [(name, cases._broken(case)[0]) for name, case in cases.BREAKS.items()]
    for name, (change, _field, message) in cases.WHOLE_FILE_BREAKS.items():
        if message:
            document = copy.deepcopy(tomllib.loads(cases.GOOD))
            change(document)
            made.append((name, tomli_w.dumps(document)))
    return made


def test_every_validate_problem_is_spanish(invoke: Invoke, tmp_path: Path) -> None:
    """Each break that tests/test_validate.py makes, checked in Spanish: its message is
    not the English one and holds no English interface word."""
    import json

    leaks = []
    for name, text in _breaks():
        path = tmp_path / f"{name}.toml"
        path.write_text(text, encoding="utf-8")
        english = json.loads(invoke("validate", str(path), "-f", "json").stdout)
        spanish = json.loads(invoke("-L", "es", "validate", str(path), "-f", "json").stdout)
        assert [p["field"] for p in spanish] == [p["field"] for p in english], name
        for en, es in zip(english, spanish, strict=True):
            if es["message"] == en["message"] or _problem_words(es["message"]):
                leaks.append((name, es["message"]))
    assert leaks == [], "\n".join(map(str, leaks))


def test_help_json_is_spanish_with_the_same_keys(invoke: Invoke) -> None:
    import json

    english = json.loads(invoke("help", "-f", "json").stdout)
    spanish = json.loads(invoke("-L", "es", "help", "-f", "json").stdout)
    assert [sorted(e) for e in english] == [sorted(s) for s in spanish]
    assert [e["command"] for e in english] == [s["command"] for s in spanish]
    assert spanish[0]["summary"].startswith("Muestra la declaración de un vistazo")
    one = json.loads(invoke("-L", "es", "help", "show", "-f", "json").stdout)
    assert one["summary"].startswith("Muestra un registro completo") and one["help"].startswith("Uso: usperu show")


def test_an_in_process_run_gives_back_the_language_it_found(invoke: Invoke) -> None:
    """A caller's own rendering (a test, a script) is not left in the last run's language."""
    assert invoke("-L", "es", "about", "-f", "json").exit_code == 0
    assert _i18n.language() == "en"
    _i18n.set_language("es")
    assert invoke("-L", "en", "about", "-f", "json").exit_code == 0
    assert _i18n.language() == "es"


@pytest.mark.parametrize("order", [("es", "en"), ("en", "es")])
def test_one_group_run_twice_speaks_each_run_s_language(order: tuple[str, str]) -> None:
    """A group object used for two runs (a script, a server, a test) gives each run the help
    of its own language: the Spanish of the first run never stays for an English second."""
    import contextlib
    import io

    def help_in(group: object, lang: str) -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            group.main(["-L", lang, "search", "--help"], prog_name="usperu", standalone_mode=False)  # type: ignore[attr-defined]
        return out.getvalue()

    fresh = {lang: help_in(typer.main.get_command(app), lang) for lang in order}
    assert "Show at most this many results" in fresh["en"] and "Show at most" not in fresh["es"]
    shared = typer.main.get_command(app)
    assert [help_in(shared, lang) for lang in order] == [fresh[lang] for lang in order]


def test_the_html_edition_s_own_error_is_spanish(invoke: Invoke) -> None:
    result = invoke("-L", "es", "export", "-f", "html", "--kind", "people")
    assert result.exit_code == 2
    assert result.stderr == "usperu: la edición HTML contiene toda la declaración: omitir --kind\n"
