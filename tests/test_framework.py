"""What usperu asks of Typer, click and Rich: their documented API only, so that a new
release of any of them cannot break it; and the global options wherever a user puts them.

CI runs the whole suite a second time with the newest Typer and Rich installed over the
pins (.ci/run), so these tests and every other one hold on both.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from usperu.cli import COMMANDS, global_options_first

from .conftest import DATA, ROOT, Invoke
from .helpers import usperu_executable

SOURCES = sorted((ROOT / "src" / "usperu").rglob("*.py"))

PRIVATE = re.compile(
    r"""(?x)
    \b(?:typer|click|rich)(?:\.[a-z]\w*)*\._\w+       # rich._wrap, typer._click.core
    | from\s+(?:typer|click|rich)(?:\.\w+)*\s+import\s+[^\n]*\b_[a-z]\w*   # from rich.x import _private
    | __class__\s*=(?!=)                               # swapping an object's class
    """
)


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_no_private_names_of_the_frameworks(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())  # comments may name them
    assert not PRIVATE.findall(code), path


@pytest.mark.parametrize(
    "line",
    [
        "from rich._wrap import divide_line",
        "import typer._click.core",
        "x = typer._click.Context",
        "command.__class__ = Other",
        "from rich.cells import _is_single_cell_widths",
    ],
)
def test_the_private_name_check_finds_them(line: str) -> None:
    assert PRIVATE.findall(line)


def test_every_command_is_built_with_usperus_command_class() -> None:
    import typer

    from usperu._commands._options import Command
    from usperu.cli import app

    group = typer.main.get_command(app)
    ctx = typer.Context(group)
    for name in COMMANDS:
        assert isinstance(group.get_command(ctx, name), Command), name  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "usage"),
    [
        ("show", "Usage: usperu show [OPTIONS] ID"),
        ("quote", "Usage: usperu quote [OPTIONS] [ID]"),
        ("cite", "Usage: usperu cite [OPTIONS] [ID]"),
        ("search", "Usage: usperu search [OPTIONS] QUERY..."),
        ("help", "Usage: usperu help [OPTIONS] [COMMAND]"),
        ("validate", "Usage: usperu validate [OPTIONS] [PATH]"),
        ("achievements", "Usage: usperu achievements [OPTIONS]"),
    ],
)
def test_usage_lines_are_the_same_on_every_typer(invoke: Invoke, name: str, usage: str) -> None:
    result = invoke(name, "--help")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == usage
    assert not re.search(r"^  \S+ <\w+>", result.stdout, re.MULTILINE)  # no 'ID <str>' in Arguments


def test_choice_options_show_their_values(invoke: Invoke) -> None:
    from usperu._cite import STYLES
    from usperu._output import FORMATS

    assert f"--format {'|'.join(FORMATS)}" in invoke("achievements", "--help").stdout
    assert f"--style {'|'.join(STYLES)}" in invoke("cite", "--help").stdout


@pytest.mark.parametrize(
    ("args", "moved"),
    [
        (["text", "--no-pager"], ["--no-pager", "text"]),
        (["achievements", "--data", "x.toml", "-f", "json"], ["--data", "x.toml", "achievements", "-f", "json"]),
        (["search", "--data=x.toml", "mines"], ["--data=x.toml", "search", "mines"]),
        (["--data", "y", "search", "a", "--", "--data", "z"], ["--data", "y", "search", "a", "--", "--data", "z"]),
        (["--no-pager", "timeline"], ["--no-pager", "timeline"]),
        (["--data", "FILE", "about", "--no-pager"], ["--data", "FILE", "--no-pager", "about"]),
        (["--data", "about", "timeline", "--no-pager"], ["--data", "about", "--no-pager", "timeline"]),
        (["achievements", "--data"], ["--data"]),
        (["--", "text", "--no-pager"], ["--", "text", "--no-pager"]),
        ([], []),
    ],
)
def test_global_options_after_the_command_move_before_it(args: list[str], moved: list[str]) -> None:
    assert global_options_first(args) == moved


def test_data_after_the_command_reads_that_file(invoke: Invoke, tmp_path: Path) -> None:
    copy = tmp_path / "copy.toml"
    copy.write_text(DATA.read_text(encoding="utf-8").replace("Artemis Accords", "Artemis Pact"), encoding="utf-8")
    before = invoke("--data", str(copy), "achievements", "-f", "json")
    after = invoke("achievements", "--data", str(copy), "-f", "json")
    assert before.exit_code == after.exit_code == 0, after.output
    assert after.stdout == before.stdout and "Artemis Pact" in after.stdout
    assert "Artemis Pact" not in invoke("achievements", "-f", "json").stdout


def test_no_pager_after_the_command_is_accepted(invoke: Invoke) -> None:
    result = invoke("text", "--no-pager", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)


def test_data_without_a_value_after_the_command_says_so(invoke: Invoke) -> None:
    result = invoke("achievements", "--data")
    assert result.exit_code == 2
    assert "--data" in result.stderr and "requires an argument" in result.stderr


def test_readme_names_the_python_that_pyproject_requires() -> None:
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    minimum = re.fullmatch(r">=\s*(3\.\d+)", requires)
    assert minimum, requires
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    stated = set(re.findall(r"Python (3\.\d+)\+|Python (3\.\d+) \(or newer\)", readme))
    assert stated == {("", minimum[1])}, stated


def test_readme_says_what_a_shared_venv_does_to_typer() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    bound = re.search(r'^\s*"(typer[^"]*)",', pyproject, re.MULTILINE)
    assert bound, "no typer requirement in pyproject.toml"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pipx install ." in readme and "uv tool install ." in readme
    assert f"`{bound[1]}`" in readme  # the bound the README explains is the one pip applies


@pytest.mark.subprocess
@pytest.mark.parametrize("args", [["--help"], ["achievements", "--help"], ["--version"]])
def test_clicks_own_writes_to_a_full_disk_exit_74(args: list[str]) -> None:
    from .helpers import run_usperu

    with open("/dev/full", "wb") as full:
        done = subprocess.run([usperu_executable(), *args], stdout=full, stderr=subprocess.PIPE, check=False)
    assert done.returncode == 74, done.stderr
    assert done.stderr.decode().strip() == "usperu: cannot write the output: No space left on device"
    assert run_usperu(args).returncode == 0


@pytest.mark.parametrize("code", ["ENOSPC", "EIO", "EFBIG", "EDQUOT"])
def test_every_write_error_is_exit_74(
    code: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    from typer.core import TyperGroup

    from usperu import cli

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(getattr(errno, code), "write failed")

    monkeypatch.setattr(TyperGroup, "main", broken)
    assert cli.run(["about"]) == 74
    assert "cannot write the output" in capsys.readouterr().err


def test_an_oserror_that_is_no_write_error_is_a_bug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    from usperu import cli

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOENT, "No such file or directory")

    monkeypatch.delenv("USPERU_DEBUG", raising=False)
    from typer.core import TyperGroup

    monkeypatch.setattr(TyperGroup, "main", broken)
    assert cli.run(["about"]) == 70
    assert "this is a bug" in capsys.readouterr().err


@pytest.mark.subprocess
@pytest.mark.parametrize(
    "args",
    [["show", "12"], ["show", "peter"], ["cite", "12"], ["search", "minerals", "--limit", "3"], ["timeline"],
     ["sessions", "--tree"], ["about"], ["progress"], ["since"], ["glossary"], ["quote", "3"]],
)  # fmt: skip
def test_an_ascii_stdout_gets_ascii_stand_ins_never_question_marks(args: list[str]) -> None:
    from .helpers import run_usperu

    wide = {"COLUMNS": "100", "NO_COLOR": "1"}
    utf8 = run_usperu(["--no-pager", *args], env={**wide, "PYTHONIOENCODING": "utf-8"})
    ascii_ = run_usperu(["--no-pager", *args], env={**wide, "PYTHONIOENCODING": "ascii"})
    assert utf8.returncode == ascii_.returncode == 0, ascii_.stderr
    shown = ascii_.stdout.decode("ascii")  # all of it is ASCII
    assert shown.count("?") == utf8.stdout.decode("utf-8").count("?"), [
        line for line in shown.splitlines() if "?" in line
    ][:3]
