"""The import structure that keeps start-up fast, pinned without timing anything.

Each case runs usperu in a fresh interpreter and lists the modules it imported.
Timing lives in benchmarks/startup.py, never in a unit test.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import sys
from usperu.__main__ import main
sys.argv = ["usperu", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
import json
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""
COMPLETE_SHOW = {"_USPERU_COMPLETE": "complete_bash", "COMP_WORDS": "usperu show art", "COMP_CWORD": "2"}


def imported(args: list[str], tmp_path: Path, env: dict[str, str] | None = None) -> tuple[set[str], str]:
    """Return the modules imported by `usperu ARGS` in a fresh interpreter, and its stdout."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("USPERU_", "_USPERU", "COMP_"))}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    marker = done.stderr.rindex("MODULES ")
    return set(json.loads(done.stderr[marker + len("MODULES ") :])), done.stdout


HEAVY = {"rich", "usperu._tables", "usperu._search", "usperu._tokens", "usperu._schema", "tomllib", "tomli", "pydantic"}
HEAVY |= {"jinja2", "markupsafe", "usperu._html"}  # the template engine: `export -f html` only

FRAMEWORK = """
import sys, typer
app = typer.Typer(add_completion=False)
@app.command()
def main(name: str = typer.Option("x", "--name")) -> None:
    sys.stdout.write(name + "\\n")
try:
    app(["--name", "y"])
except SystemExit:
    pass
import json
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


@functools.cache
def framework_modules() -> frozenset[str]:
    """Return the modules that a bare one-command Typer app imports: the framework's own cost,
    which usperu cannot avoid (Typer 0.29 imports pydantic, for example)."""
    done = subprocess.run([sys.executable, "-c", FRAMEWORK], capture_output=True, text=True, check=True)
    marker = done.stderr.rindex("MODULES ")
    return frozenset(json.loads(done.stderr[marker + len("MODULES ") :]))


def heavy(modules: set[str]) -> set[str]:
    """Return the heavy modules that usperu itself imported, beyond what Typer imports anyway."""
    return {m for m in modules - framework_modules() if m.split(".")[0] in HEAVY or m in HEAVY}


def test_the_framework_floor_is_a_real_typer_app() -> None:
    floor = framework_modules()
    assert "typer" in floor and not any(m.startswith("usperu") for m in floor)


@pytest.mark.parametrize(
    "args",
    [
        ["achievements", "-f", "json"],
        ["timeline", "-f", "csv"],
        ["show", "artemis-accords", "-f", "json"],
        ["export", "--help"],
        ["--help"],
        ["timeline", "--help"],
        ["--version"],
    ],
)
def test_data_output_imports_no_rich_no_search_no_parser(args: list[str], tmp_path: Path) -> None:
    modules, stdout = imported(args, tmp_path)
    assert stdout
    assert not heavy(modules)


def test_only_the_html_edition_imports_the_template_engine(tmp_path: Path) -> None:
    modules, stdout = imported(["export", "-f", "html"], tmp_path)
    assert stdout.startswith("<!DOCTYPE html>")
    assert {"jinja2", "usperu._html"} <= modules
    assert "rich" not in modules - framework_modules() and "usperu._search" not in modules
    modules, stdout = imported(["export", "-f", "json"], tmp_path)  # the other formats do not pay for it
    assert stdout and not {"jinja2", "markupsafe", "usperu._html"} & (modules - framework_modules())


def test_completion_imports_nothing_heavy(tmp_path: Path) -> None:
    modules, stdout = imported([], tmp_path, env=COMPLETE_SHOW)
    assert stdout.split() == ["artemis-accords", "artemis", "artemis-accords-signed"]
    assert not heavy(modules)


def test_tables_import_rich_only_through_the_table_module(tmp_path: Path) -> None:
    modules, _ = imported(["achievements"], tmp_path)
    assert "rich.console" in modules and "usperu._tables" in modules
    assert "rich.table" not in modules  # listings are laid out by _tables, styled by Rich
    assert "usperu._search" not in modules and "usperu._schema" not in modules


def test_the_bundled_data_is_never_parsed_another_file_always(tmp_path: Path) -> None:
    parser = "tomllib" if sys.version_info >= (3, 11) else "tomli"
    modules, _ = imported(["about", "-f", "json"], tmp_path)
    assert parser not in modules and "usperu._bundled" in modules
    copy = tmp_path / "copy.toml"
    copy.write_bytes(Path(__file__).resolve().parent.parent.joinpath("data", "statement.toml").read_bytes())
    modules, stdout = imported(["--data", str(copy), "about", "-f", "json"], tmp_path)
    assert parser in modules and "usperu._bundled" not in modules and stdout


def test_search_loads_the_bundled_index_and_builds_no_other(tmp_path: Path) -> None:
    modules, stdout = imported(["search", "minerals", "-f", "json"], tmp_path)
    assert "usperu._bundled_index" in modules and "critical-minerals" in stdout
    assert "usperu._model" not in modules and "usperu._bundled" not in modules  # no records: the index has the hits
    assert "Stemmer" not in modules  # the dataset's words have known stems
    assert "array" not in modules - framework_modules()
    modules, stdout = imported(["search", "zanahorias", "-f", "json"], tmp_path)
    assert "Stemmer" in modules  # a word the dataset does not have is stemmed on demand
    # the editorial layer's Spanish words are the dataset's too: their stems ship with the index
    modules, stdout = imported(["-L", "es", "search", "cancillería", "-f", "json"], tmp_path)
    assert "Stemmer" not in modules and '"id"' in stdout


def test_search_of_another_data_file_builds_its_index_from_its_records(tmp_path: Path) -> None:
    copy = tmp_path / "copy.toml"
    copy.write_bytes(Path(__file__).resolve().parent.parent.joinpath("data", "statement.toml").read_bytes())
    _, bundled = imported(["search", "minerals", "-f", "json"], tmp_path)
    modules, stdout = imported(["--data", str(copy), "search", "minerals", "-f", "json"], tmp_path)
    assert "usperu._model" in modules and "usperu._bundled_index" not in modules
    assert stdout == bundled and "critical-minerals" in stdout


def test_only_the_command_that_runs_is_imported(tmp_path: Path) -> None:
    modules, _ = imported(["achievements", "-f", "json"], tmp_path)
    commands = sorted(m for m in modules if m.startswith("usperu._commands."))
    assert commands == ["usperu._commands._options", "usperu._commands.achievements"]
    modules, _ = imported(["--help"], tmp_path)
    assert not [m for m in modules if m.startswith("usperu._commands.")]


@pytest.mark.parametrize("args", [["achievements", "-f", "json"], ["timeline", "-f", "csv"], ["sessions"]])
def test_listings_that_quote_nothing_import_no_brackets(args: list[str], tmp_path: Path) -> None:
    modules, stdout = imported(args, tmp_path)
    assert stdout and "usperu._brackets" not in modules  # 2.6M instructions: only `show`, `text` and quotes
    modules, _ = imported(["show", "artemis-accords", "-f", "json"], tmp_path)
    assert "usperu._brackets" in modules


@pytest.mark.parametrize("module", ["usperu._model", "usperu._listing", "usperu._search", "usperu._tokens"])
def test_named_tuples_on_the_start_up_path_are_the_cheap_ones(module: str) -> None:
    # typing.NamedTuple costs ~1M instructions a class to define, _namedtuple's ~0.25M:
    # these modules define 30 of them for the commands whose start-up is counted
    import importlib

    from usperu._namedtuple import NamedTuple

    loaded = importlib.import_module(module)
    defined = [v for v in vars(loaded).values() if isinstance(v, type) and v.__module__ == module]
    named = [c for c in defined if issubclass(c, tuple) and hasattr(c, "_fields")]
    assert named and all(issubclass(c, NamedTuple) for c in named), [c for c in named if not issubclass(c, NamedTuple)]
