"""Unbreakable: closed pipes, Ctrl-C, odd terminals, encodings, bad and hostile data.

Where behaviour depends on real pipes, signals, environment or encodings, the
installed `usperu` runs in a child process. Every case asserts the exit code, that
stderr has no traceback and no "Exception ignored", and the message. docs/robustness.md
lists the cases.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from .conftest import DATA
from .helpers import run_usperu, usperu_executable

pytestmark = pytest.mark.subprocess

GOOD = DATA.read_text(encoding="utf-8")
# One command line per command, in every format it has.
EVERY_OUTPUT = [
    ["about"],
    ["about", "-f", "json"],
    ["achievements"],
    ["achievements", "--all", "-f", "csv"],
    ["achievements", "-f", "markdown"],
    ["sessions", "--tree"],
    ["sessions", "-f", "json"],
    ["timeline"],
    ["timeline", "-f", "csv"],
    ["people", "-f", "markdown"],
    ["glossary"],
    ["show", "3"],
    ["show", "peter", "-f", "json"],
    ["text"],
    ["text", "-f", "markdown"],
    ["text", "-f", "json"],
    ["cite", "--style", "csl-json"],
    ["export"],
    ["validate", "-f", "json"],
    ["search", "peru"],
    ["search", "minerals", "-f", "json"],
]


def clean_failure(result: subprocess.CompletedProcess[bytes]) -> str:
    """Assert stderr is free of tracebacks; return it decoded."""
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert "Exception ignored" not in err, err
    return err


def one_line(err: str) -> None:
    assert err.startswith("usperu: ") and err.endswith("\n") and err.count("\n") == 1, err


# --- closed pipes and Ctrl-C ------------------------------------------------------------


@pytest.mark.parametrize("args", EVERY_OUTPUT, ids=lambda a: " ".join(a))
def test_closed_pipe_ends_quietly(args: list[str]) -> None:
    """Like `| head -c 0`: the reader is gone before usperu writes. The read end is closed
    before usperu starts (closing it after, the test raced usperu: on a loaded machine
    an output smaller than the pipe's buffer could be written first, and exit 0)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        process = subprocess.Popen([usperu_executable(), *args], stdout=write_end, stderr=subprocess.PIPE, env=_env())
    finally:
        os.close(write_end)
    assert process.stderr is not None
    with process.stderr:
        err = process.stderr.read()
    code = process.wait(timeout=60)
    assert code == 141
    assert err == b""


def test_head_reads_the_first_line(tmp_path: Path) -> None:
    shell = f"'{usperu_executable()}' text | head -1; echo \"status=${{PIPESTATUS[0]}}\" >&2"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, env=_env(), cwd=tmp_path, check=False)
    assert result.stdout.decode().startswith("Joint Statement on U.S.-Peru High-Level Dialogue")
    assert result.stdout.count(b"\n") == 1
    assert "Traceback" not in result.stderr.decode() and "Exception ignored" not in result.stderr.decode()


def test_ctrl_c_exits_130_without_traceback() -> None:
    """Ctrl-C while usperu is blocked writing to a full pipe: exit 130, no traceback.

    No sleep, no race: the pipe holds 4096 bytes and `export` writes about 90 KB, so
    usperu ends up blocked inside a write that cannot finish until we read. The
    interrupt is sent once the kernel says so (/proc/PID/wchan names the pipe write it
    sleeps in): a signal sent before that, while the first bytes were still going out,
    could wait until the whole output was written.
    """
    import fcntl
    import select

    whole = run_usperu(["export"]).stdout
    assert len(whole) > 4 * 4096
    read_end, write_end = os.pipe()
    try:
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
        assert fcntl.fcntl(write_end, fcntl.F_GETPIPE_SZ) == 4096
        process = subprocess.Popen(
            [usperu_executable(), "export"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=_env(),
            # a child of a shell's background job may start with SIGINT ignored
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
    finally:
        os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        readable, _, _ = select.select([reader], [], [], 60)
        assert readable, "usperu wrote nothing in 60 s"
        wchan = Path(f"/proc/{process.pid}/wchan")
        deadline = time.monotonic() + 60
        while "pipe_write" not in wchan.read_text() and time.monotonic() < deadline:
            select.select([], [], [], 0.01)  # poll the kernel's word for it, up to 60 s
        assert "pipe_write" in wchan.read_text(), "usperu never blocked on the full pipe"
        process.send_signal(signal.SIGINT)
        out = reader.read()  # drain, so that exiting never blocks on a full pipe
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, (process.returncode, err)
    assert b"Traceback" not in err and b"Exception ignored" not in err, err
    assert whole.startswith(out) and len(out) < len(whole)  # cut short, not finished


# --- terminals --------------------------------------------------------------------------


TABLES = [a for a in EVERY_OUTPUT if "-f" not in a and a[0] not in ("text", "cite", "export", "validate")]


@pytest.mark.parametrize("columns", [20, 40, 59, 60, 80, 300])
@pytest.mark.parametrize("args", TABLES, ids=" ".join)
def test_any_width_fits(args: list[str], columns: int) -> None:
    result = run_usperu(args, env={"COLUMNS": str(columns)})
    clean_failure(result)
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert lines
    for line in lines:
        # A line is never wider, but for a URL wider than the room it has: a card gives it a
        # line of its own and leaves it whole (a URL cut in two cannot be copied).
        assert len(line) <= columns or _whole_url(line, columns), line
    assert "…" not in "".join(lines[:-1]) or args[0] == "search"  # only snippets are excerpts


def _whole_url(line: str, columns: int) -> bool:
    """Whether a line ends in one URL (and a separator), after its indentation or a card's
    label, that is wider than the room left for it, and that the data holds whole."""
    word = line.split()[-1]
    room = columns - (len(line) - len(word))
    url = re.fullmatch(r"\(?((?:https://)?[\w.-]+\.[a-z]{2,}/\S*?)[;,)]*", word)
    return url is not None and len(word) > room >= 0 and url.group(1) in _DATA_TEXT


_DATA_TEXT = DATA.read_text(encoding="utf-8") + DATA.with_name("statement.es.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("columns", ["²", "abc", "-5", "0", "", "99999999999999999999"])
def test_odd_columns_values_are_ignored(columns: str) -> None:
    for args in (["people"], ["show", "3"], ["--help"], ["search", "peru"]):
        result = run_usperu(args, env={"COLUMNS": columns})
        clean_failure(result)
        assert result.returncode == 0, (args, result.stderr)


@pytest.mark.parametrize(
    "env",
    [{"TERM": "dumb"}, {"NO_COLOR": "1"}, {"TERM": "dumb", "FORCE_COLOR": "1"}, {"NO_COLOR": "1", "FORCE_COLOR": "1"}],
    ids=["dumb", "no-color", "dumb-forced", "no-color-forced"],
)
def test_colour_off_means_no_escapes_even_on_a_terminal(env: dict[str, str]) -> None:
    for args in (["achievements"], ["show", "12"], ["search", "minerals"], ["sessions", "--tree"]):
        out, code = _on_terminal(args, env)
        assert code == 0
        assert b"\x1b" not in out, (args, env)


def test_colour_on_a_terminal_and_forced_into_a_pipe() -> None:
    out, code = _on_terminal(["search", "minerals"], {"TERM": "xterm-256color"})
    assert code == 0 and b"\x1b[1m" in out  # matched words in bold
    forced = run_usperu(["achievements"], env={"FORCE_COLOR": "1"})
    assert forced.returncode == 0 and b"\x1b[" in forced.stdout


@pytest.mark.parametrize("args", EVERY_OUTPUT, ids=" ".join)
def test_piped_output_has_no_escapes_and_no_cut_cells(args: list[str]) -> None:
    result = run_usperu(args)
    clean_failure(result)
    assert result.returncode == 0
    assert b"\x1b" not in result.stdout
    if args[0] not in ("search",):
        assert "…" not in result.stdout.decode()


# --- encodings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"}, {"LANG": "C", "LC_ALL": "C"}],
    ids=["ascii", "latin-1", "C-locale"],
)
@pytest.mark.parametrize("args", EVERY_OUTPUT, ids=" ".join)
def test_legacy_encodings_degrade_instead_of_crashing(args: list[str], env: dict[str, str]) -> None:
    result = run_usperu(args, env=env)
    clean_failure(result)
    assert result.returncode == 0
    assert result.stdout
    if "json" in args:  # JSON stays lossless: non-ASCII is escaped instead of replaced
        assert json.loads(result.stdout) == json.loads(run_usperu(args).stdout)


def _json_command_lines() -> list[list[str]]:
    """Every command line that writes JSON: each command's, as test_cli lists them, and more."""
    from .test_cli import COMMANDS

    lines = [[name, *formats["json"]] for name, formats in COMMANDS.items() if "json" in formats]
    return [*lines, ["quote", "cimino", "-f", "json"], ["quote", "--check", "Peter Camino", "-f", "json"]]


@pytest.mark.parametrize(
    "env", [{"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"}], ids=["ascii", "latin-1"]
)
@pytest.mark.parametrize("args", _json_command_lines(), ids=" ".join)
def test_json_is_lossless_on_a_legacy_stdout(args: list[str], env: dict[str, str]) -> None:
    result = run_usperu(args, env=env)
    clean_failure(result)
    assert result.returncode == 0, result.stderr
    result.stdout.decode("ascii")  # every character that is not ASCII is a \u escape
    assert json.loads(result.stdout) == json.loads(run_usperu(args).stdout)


@pytest.mark.parametrize(
    "args", [["quote", "12"], ["quote", "cimino"], ["quote", "--check", "Peru's decision to join"]]
)
def test_quotes_fall_back_to_ascii_marks_not_question_marks(args: list[str]) -> None:
    result = run_usperu(args, env={"PYTHONIOENCODING": "ascii"})
    err = clean_failure(result)
    text = result.stdout.decode("ascii")
    assert "?" not in text and "?" not in err, (text, err)
    assert ("Peru's" in text or "Peter Cimino" in text) and '"' in text
    if args[1] == "12":
        assert text.startswith("\"The United States welcomes Peru's decision") and "\n-- Joint Statement" in text
    if args[1] == "cimino":
        assert 'our copy says "Peter Cimino"' in err


def test_ascii_tables_use_ascii_boxes() -> None:
    result = run_usperu(["people"], env={"PYTHONIOENCODING": "ascii"})
    text = result.stdout.decode("ascii")
    assert "Peter Camino" in text and "─" not in text
    assert "\n+-" in text and "\n| Name " in text  # Rich's ASCII box, as Rich's Table drew it


# --- output that cannot be written, pagers that cannot start ----------------------------


@pytest.mark.parametrize("args", EVERY_OUTPUT, ids=" ".join)
def test_a_full_disk_is_exit_74_not_a_bug(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [usperu_executable(), *args], stdout=full, stderr=subprocess.PIPE, env=_env(), check=False
        )
    err = result.stderr.decode()
    assert "Traceback" not in err and "Exception ignored" not in err and "bug" not in err, err
    assert result.returncode == 74, err
    assert err == "usperu: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("pager", ["most-is-not-installed", "/", "less 'unbalanced"])
def test_a_pager_that_cannot_start_falls_back_to_writing(pager: str) -> None:
    out, code, err = _on_terminal_with_stderr(["text"], {"PAGER": pager, "LINES": "10"})
    assert code == 0
    assert b"The text of the following statement was issued" in out
    assert b"not found" in err or b"ermission denied" in err or b"quotation" in err, err
    assert err.startswith(b"usperu: cannot run the pager ") and err.count(b"\n") == 1, err
    assert b"writing directly" in err and b"/bin/sh" not in out + err


def test_a_shell_pager_line_whose_program_is_missing_falls_back_too() -> None:
    out, code, err = _on_terminal_with_stderr(["text"], {"PAGER": "no-such-pager --x=1 2>/dev/null", "LINES": "10"})
    assert code == 0
    assert b"The text of the following statement was issued" in out
    expected = b"usperu: the pager 'no-such-pager --x=1 2>/dev/null' could not run (exit 127); writing directly"
    assert err == expected + b" (set PAGER, or use --no-pager)\n", err


def test_the_pager_gets_the_terminal_s_encoding(tmp_path: Path) -> None:
    dump = tmp_path / "paged"
    pager = f"tee {dump}"
    out, code, err = _on_terminal_with_stderr(["text"], {"PAGER": pager, "LINES": "10", "PYTHONIOENCODING": "ascii"})
    assert code == 0 and err == b"", err
    paged = dump.read_bytes().decode("utf-8")  # the C.UTF-8 or UTF-8 locale of the tests
    assert "Dialogue – United States" in paged and "?" not in paged.split("\n")[0]


# --- bad data files ---------------------------------------------------------------------


def _bad_files(tmp: Path) -> list[tuple[str, Path, str, int | None]]:
    """Return (case, path, message fragment, line) for every kind of broken data file."""
    cases: list[tuple[str, Path, str, int | None]] = []

    def write(name: str, content: str | bytes, fragment: str, line: int | None = None) -> None:
        path = tmp / f"{name}.toml"
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        cases.append((name, path, fragment, line))

    cases.append(("missing", tmp / "absent.toml", "no such file", None))
    (tmp / "folder").mkdir()
    cases.append(("directory", tmp / "folder", "is a directory", None))
    write("empty", "", "is empty")
    write("binary", bytes(range(256)) * 4, "not valid UTF-8", 2)  # byte 0x80 is on line 2
    write("invalid-utf8", "schema_version = 2\n# caf\xe9\n".encode("latin-1"), "not valid UTF-8", 2)
    write("syntax", GOOD.replace('id = "csii-memorandum"', 'id = "csii-memorandum'), "invalid TOML", None)
    write("missing-field", GOOD.replace('status = "joined"\n', ""), "field 'status': missing required field")
    write("wrong-type", GOOD.replace("number = 3\ntitle", 'number = "3"\ntitle'), "field 'number'")
    write("duplicate-id", GOOD.replace('id = "csii-memorandum"', 'id = "blue-dot-network"'), "duplicate id")
    write("dangling", GOOD.replace('mentions = ["disaster-response"]', 'mentions = ["nowhere"]'), "no record 'nowhere'")
    write("unknown-key", GOOD.replace('status = "joined"', 'status = "joined"\nhue = 1'), "field 'hue': unknown")
    write("nested", "x = " + "[" * 3000 + "]" * 3000 + "\n", "invalid TOML")
    write("nested-tables", "".join(f"[{'a.' * i}b]\n" for i in range(1, 400)), "unknown top-level key")
    huge = tmp / "huge.toml"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    cases.append(("50MB", huge, "larger than 5 MB", None))
    return cases


def test_bad_data_files_give_one_line_and_exit_2(tmp_path: Path) -> None:
    for case, path, fragment, line in _bad_files(tmp_path):
        before = path.read_bytes() if path.is_file() else None
        for result in (
            run_usperu(["--data", str(path), "achievements"]),
            run_usperu(["timeline", "-f", "json"], env={"USPERU_DATA": str(path)}),
        ):
            err = clean_failure(result)
            assert result.returncode == 2, (case, err)
            assert result.stdout == b""
            one_line(err)
            assert fragment in err, (case, err)
            where = str(path) if line is None else f"{path}:{line}:"
            assert where in err, (case, err)
        if before is not None:
            assert path.read_bytes() == before, case


def test_syntax_errors_and_schema_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(GOOD.replace('id = "csii-memorandum"', 'id = "csii-memorandum'), encoding="utf-8")
    line = GOOD.splitlines().index('id = "csii-memorandum"') + 1
    err = clean_failure(run_usperu(["--data", str(path), "about"]))
    assert f"{path}:{line}: invalid TOML" in err
    path.write_text(GOOD.replace('status = "joined"', 'status = "done"'), encoding="utf-8")
    line = GOOD.splitlines().index('status = "joined"') + 1  # the field's own line
    err = clean_failure(run_usperu(["--data", str(path), "about"]))
    assert f"{path}:{line}: record 'blue-dot-network': field 'status'" in err


# --- bad arguments ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["show", "nope"], 2, "unknown id 'nope'"),
        (["show", ""], 2, "unknown id ''"),
        (["achievements", "-f", "yaml"], 2, "'yaml' is not one of"),
        (["achievements", "--actor", "\x1b[31mred\x07"], 2, "unknown actor '\\x1b[31mred\\x07'"),
        (["timeline", "--from", "2024-02-30"], 2, "--from expects a date"),
        (["timeline", "--to", "tomorrow"], 2, "--to expects a date"),
        (["search", ""], 2, "query is empty"),
        (["search", "x" * 10_000], 2, "the limit is 500"),
        (["search", "zzzzqqq"], 1, "no matches for 'zzzzqqq'"),
        (["search", "\x1b]8;;http://evil\x07x"], 1, "no matches for '\\x1b]8;;http://evil\\x07x'"),
        (["--data"], 2, "requires an argument"),
        (["nope"], 2, "No such command 'nope'"),
    ],
    ids=lambda v: repr(v)[:40] if isinstance(v, list) else None,
)
def test_bad_arguments(args: list[str], code: int, fragment: str) -> None:
    result = run_usperu(args)
    err = clean_failure(result)
    assert result.returncode == code, err
    one_line(err)
    assert fragment in err
    assert "\x1b" not in err and "\x07" not in err


# --- hostile data -----------------------------------------------------------------------

HOSTILE = "[bold red]X[/] \x1b[31mRED\x1b[0m [link=http://evil.example]click[/link] \u202eevil\x07 \x9b31m end"


def _hostile_file(tmp: Path) -> Path:
    escaped = json.dumps(HOSTILE)  # a JSON string is a valid TOML basic string here
    text = GOOD.replace('title = "Peru, first in Latin America to join the Blue Dot Network"', f"title = {escaped}")
    text = text.replace('aliases = ["Blue Dot", "infrastructure certification"]', f'aliases = ["Blue Dot", {escaped}]')
    text = text.replace(
        'description = "The U.S. federal agency for disaster preparedness and response."', f"description = {escaped}"
    )
    path = tmp / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["achievements"],
        ["achievements", "-f", "markdown"],
        ["achievements", "-f", "csv"],
        ["show", "3"],
        ["show", "3", "-f", "markdown"],
        ["show", "fema"],
        ["search", "evil"],
        ["search", "click", "-f", "markdown"],
    ],
    ids=" ".join,
)
def test_hostile_text_is_shown_literally(tmp_path: Path, args: list[str]) -> None:
    for env in ({}, {"TERM": "xterm-256color"}):
        result = run_usperu(["--data", str(_hostile_file(tmp_path)), *args], env=env)
        clean_failure(result)
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode()
        for forbidden in ("\x1b", "\x07", "\u202e", "\x9b"):
            assert forbidden not in out, (args, repr(forbidden))
        if "markdown" in args:  # shown as visible escapes, Markdown-escaped
            assert "x1b\\[31mRED" in out and "u202eevil" in out
        else:  # shown as visible escapes
            assert "\\x1b[31mRED" in out and "\\u202e" in out
            assert "[bold red]X[/]" in out and "[link=http://evil.example]click[/link]" in out


def test_hostile_text_in_json_is_exact_but_escaped(tmp_path: Path) -> None:
    result = run_usperu(["--data", str(_hostile_file(tmp_path)), "show", "3", "-f", "json"])
    assert result.returncode == 0
    for forbidden in (b"\x1b", b"\x07", "\u202e".encode(), "\x9b".encode()):
        assert forbidden not in result.stdout
    assert json.loads(result.stdout)["title"] == HOSTILE


def test_completion_descriptions_are_cleaned(tmp_path: Path) -> None:
    env = {"USPERU_DATA": str(_hostile_file(tmp_path)), "_USPERU_COMPLETE": "complete_zsh"}
    env["_TYPER_COMPLETE_ARGS"] = "usperu show blue-dot-n"
    result = run_usperu([], env=env)
    assert result.returncode == 0
    assert b"blue-dot-network" in result.stdout and b"\x1b" not in result.stdout


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("usperu show 1", "1 10 11 12 13 14"),  # the numbers show accepts
        ("usperu quote cim", "cimino"),  # an alias quote accepts, where no id starts so
        ("usperu achievements --status adv", "advanced"),
    ],
)
def test_completion_in_a_real_bash(line: str, expected: str) -> None:
    """The script that --show-completion prints, sourced and called by bash as on <Tab>."""
    script = f"""
        eval "$('{usperu_executable()}' --show-completion bash)"
        read -ra COMP_WORDS <<< "{line}"; COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); COMPREPLY=()
        _usperu_completion '{usperu_executable()}'
        echo "${{COMPREPLY[*]}}"
    """
    env = {**_env(), "SHELL": "/bin/bash"}
    result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert result.stdout == expected + "\n"


def _readme_completion_row(shell: str) -> str:
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Shell completion") : readme.index("## Scripting")]
    return next(line for line in section.splitlines() if line.startswith(f"| {shell} |"))


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_install_completion_writes_what_the_readme_says(tmp_path: Path, shell: str) -> None:
    """Run from a shell of that name (a link to bash: Typer detects the shell by its
    parent's name) in an empty home with start-up files of one's own."""
    home, bin_dir = tmp_path / "home", tmp_path / "bin"
    home.mkdir()
    bin_dir.mkdir()
    (bin_dir / shell).symlink_to("/bin/bash")
    mine = {".bashrc": "# mine\n", ".zshrc": "# mine\n"}
    for name, text in mine.items():
        (home / name).write_text(text)
    env = {**_env(), "HOME": str(home), "SHELL": str(bin_dir / shell)}
    script = f"'{usperu_executable()}' --install-completion; exit $?"  # the exit keeps the shell as the parent
    result = subprocess.run([str(bin_dir / shell), "-c", script], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    row = _readme_completion_row(shell)
    for path in (p for p in home.rglob("*") if p.is_file()):
        name = path.relative_to(home).as_posix()
        if name not in mine:
            assert f"`~/{name}`" in row, (shell, name, row)  # every file written is listed
            continue
        if path.read_text() == mine[name]:
            continue
        assert f"`~/{name}`" in row, (shell, name, row)  # every start-up file changed is listed, with its lines
        added = [line for line in path.read_text().splitlines() if line and line not in mine[name]]
        for line in added:
            assert f"`{line.replace(str(home), '~')}`" in row, (shell, line, row)
    if shell == "fish":
        assert "| nothing |" in row


# --- helpers ----------------------------------------------------------------------------


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("USPERU_", "FORCE_COLOR", "NO_COLOR", "COLUMNS"))}


def _on_terminal(args: list[str], env: dict[str, str]) -> tuple[bytes, int]:
    """Run usperu with stdout on a pseudo-terminal; return what it wrote and its exit code."""
    out, code, _ = _on_terminal_with_stderr(args, env)
    return out, code


def _on_terminal_with_stderr(args: list[str], env: dict[str, str]) -> tuple[bytes, int, bytes]:
    """Run usperu with stdout on a pseudo-terminal; return what it wrote, its exit code and stderr."""
    import pty

    controller, terminal = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        try:
            while data := os.read(controller, 65536):
                chunks.append(data)
        except OSError:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    environment = {**_env(), "COLUMNS": "100", "PAGER": "cat", **env}  # usperu's output, not less's
    process = subprocess.run(
        [usperu_executable(), *args], stdout=terminal, stderr=subprocess.PIPE, env=environment, check=False
    )
    os.close(terminal)
    reader.join(timeout=10)
    os.close(controller)
    assert b"Traceback" not in process.stderr
    return b"".join(chunks), process.returncode, process.stderr
