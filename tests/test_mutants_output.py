"""In-process tests of where output goes (`_output`), for the mutants that the subprocess
tests of test_robustness.py reach but mutmut cannot see (docs/mutation-moutput.md).

Stdout and stderr are fake streams with the encoding, terminal and file descriptor that
each case needs; the pager is a fake `subprocess.Popen` that records how it was started,
or a real /bin/sh line that copies what it is given into a file. The tests of `_tables`
draw cards, trees and tables through the same fake stdout (its encoding picks the box,
its `isatty` the colour), against exact text or Rich's own Table.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from usperu import _i18n, _output, _tables
from usperu._errors import InvalidArgumentError, OutputError
from usperu._listing import Card, Listing
from usperu._model import Note
from usperu._output import ClosedPipe, emit, emit_json, emit_paged, fit, note, show_view


class Stream(io.StringIO):
    """A text stream with a chosen encoding that records each write and flush."""

    def __init__(self, encoding: str | None = "utf-8", *, tty: bool = False, fd: int | None = None) -> None:
        super().__init__()
        self._encoding = encoding
        self._tty = tty
        self._fd = fd
        self.events: list[str] = []
        self.fail: OSError | None = None

    @property
    def encoding(self) -> str | None:  # type: ignore[override]
        return self._encoding

    def isatty(self) -> bool:
        return self._tty

    def fileno(self) -> int:
        if self._fd is None:
            raise io.UnsupportedOperation("fileno")
        return self._fd

    def write(self, text: str) -> int:
        if self.fail is not None:
            raise self.fail
        self.events.append("write")
        return super().write(text)

    def flush(self) -> None:
        self.events.append("flush")


class NoEncoding(io.StringIO):
    """A stream with no `encoding` attribute at all."""

    def __getattribute__(self, name: str) -> Any:
        if name == "encoding":
            raise AttributeError(name)
        return super().__getattribute__(name)


def use(monkeypatch: pytest.MonkeyPatch, stdout: Stream | None = None, stderr: Stream | None = None) -> None:
    """Make the streams sys.stdout and sys.stderr. Done in the test itself: pytest's capture
    sets both again as each test's call begins, after its fixtures ran."""
    monkeypatch.setattr(sys, "stdout", stdout if stdout is not None else Stream("utf-8"))
    monkeypatch.setattr(sys, "stderr", stderr if stderr is not None else Stream("utf-8"))


# --- note: one line on stderr ------------------------------------------------------------


def test_note_is_one_flushed_line_with_control_characters_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    err = Stream("utf-8")
    use(monkeypatch, stderr=err)
    note("bad \x1b[31mthing")
    assert err.getvalue() == "usperu: bad \\x1b[31mthing\n"
    assert err.events == ["write", "flush"]


def test_note_fits_stderr_s_encoding_not_stdout_s(monkeypatch: pytest.MonkeyPatch) -> None:
    ascii_err = Stream("ascii")
    use(monkeypatch, Stream("utf-8"), ascii_err)
    note("Peru’s “vision”")
    assert ascii_err.getvalue() == 'usperu: Peru\'s "vision"\n'


# --- fit: what a narrow encoding can write ------------------------------------------------


def test_fit_reads_stdout_s_encoding_when_no_stream_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", Stream("ascii"))
    assert fit("señor’s") == "senor's"
    assert fit("señor’s", Stream("utf-8")) == "señor’s"  # the stream given, not stdout
    monkeypatch.setattr(sys, "stdout", Stream("utf-8"))
    assert fit("señor’s") == "señor’s"
    assert fit("señor’s", Stream("ascii")) == "senor's"


@pytest.mark.parametrize("stream", [Stream(None), NoEncoding()], ids=["encoding-None", "no-encoding"])
def test_fit_takes_a_stream_without_an_encoding_for_utf_8(stream: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", Stream("ascii"))  # never consulted for a stream given
    assert fit("señor’s “vision” ✓", stream) == "señor’s “vision” ✓"


@pytest.mark.parametrize("encoding", ["UTF-8", "Utf_8", "utf-16-le", "UTF-32"])
def test_fit_knows_unicode_encodings_by_any_spelling(encoding: str) -> None:
    text = "Perú ✓ \ud800"  # a lone surrogate too: no encoding is tried
    assert fit(text, Stream(encoding)) == text


def test_fit_replaces_only_what_the_encoding_cannot_write() -> None:
    latin = Stream("latin-1")
    assert fit("señor – «vision» … ✓", latin) == "señor - «vision» ... ✓"
    assert fit("plain ascii", Stream("ascii")) == "plain ascii"
    assert fit("", Stream("ascii")) == ""


def test_fit_drops_accents_and_keeps_what_has_no_stand_in() -> None:
    ascii_ = Stream("ascii")
    assert fit("Perú Ñandú ﬁle ™", ascii_) == "Peru Nandu file TM"
    # no ASCII form at all: the character itself, never '?' or nothing
    assert fit("✓", ascii_) == "✓"
    assert fit("a\u0301", ascii_) == "a\u0301"  # a lone combining accent has no base letter
    assert fit("—→≤≥×·", ascii_) == "---><=>=x-"


def test_fit_treats_an_unknown_encoding_as_one_that_writes_nothing_but_ascii_forms() -> None:
    assert fit("Perú’s", Stream("no-such-codec")) == "Peru's"


# --- emit: stdout in chunks, a closed pipe, a full disk --------------------------------------


def test_emit_writes_long_text_in_flushed_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    out = Stream("utf-8")
    use(monkeypatch, out)
    text = "".join(chr(ord("a") + i % 26) for i in range(40_000))
    emit(text)
    assert out.getvalue() == text
    assert out.events == ["write", "flush"] * 3  # 16384 + 16384 + 7232 characters


def test_emit_writes_short_and_exact_chunk_text_in_one_write(monkeypatch: pytest.MonkeyPatch) -> None:
    out = Stream("utf-8")
    use(monkeypatch, out)
    emit("x" * 16384)
    assert out.getvalue() == "x" * 16384 and out.events == ["write", "flush"]
    emit("")
    assert out.events == ["write", "flush"]


def test_emit_fits_stdout_s_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    ascii_out = Stream("ascii")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    emit("Peru’s “vision”\n")
    assert ascii_out.getvalue() == 'Peru\'s "vision"\n'


def test_a_closed_pipe_is_closedpipe(monkeypatch: pytest.MonkeyPatch) -> None:
    out = Stream("utf-8")
    use(monkeypatch, out)
    out.fail = BrokenPipeError(errno.EPIPE, "Broken pipe")
    with pytest.raises(ClosedPipe):
        emit("text")


def _devnull_id() -> tuple[int, int]:
    info = os.stat(os.devnull)
    return info.st_dev, info.st_ino


@pytest.mark.parametrize(
    ("code", "english", "spanish"),
    [
        (errno.ENOSPC, "No space left on device", "no queda espacio en el dispositivo"),
        (errno.EIO, "Input/output error", "error de entrada/salida"),
        (errno.EFBIG, "File too large", "archivo demasiado grande"),
        (errno.EDQUOT, "Disk quota exceeded", "se superó la cuota de disco"),
    ],
)
def test_a_failed_write_is_outputerror_in_the_interface_s_words(
    code: int, english: str, spanish: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for language, words in (("en", english), ("es", spanish)):
        fd = os.open(tmp_path / f"out-{language}", os.O_WRONLY | os.O_CREAT)
        stream = Stream("utf-8", fd=fd)
        monkeypatch.setattr(sys, "stdout", stream)
        stream.fail = OSError(code, "the C library's words")
        _i18n.set_language(language)
        try:
            with pytest.raises(OutputError) as caught:
                emit("text")
        finally:
            _i18n.set_language("en")
        assert caught.value.reason == words
        assert caught.value.exit_code == 74
        # stdout now points at /dev/null, so that nothing buffered can fail again at exit
        info = os.fstat(fd)
        assert (info.st_dev, info.st_ino) == _devnull_id()
        os.close(fd)


def test_other_write_errors_keep_their_own_words(monkeypatch: pytest.MonkeyPatch) -> None:
    out = Stream("utf-8")
    use(monkeypatch, out)
    out.fail = OSError(errno.EACCES, "Permission denied")
    with pytest.raises(OutputError) as caught:
        emit("text")
    assert caught.value.reason == "Permission denied"
    out.fail = OSError("no errno, no strerror")
    with pytest.raises(OutputError) as caught:
        emit("text")
    assert caught.value.reason == "no errno, no strerror"


def test_silence_stdout_returns_the_exit_code_of_a_closed_pipe(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fd = os.open(tmp_path / "out", os.O_WRONLY | os.O_CREAT)
    monkeypatch.setattr(sys, "stdout", Stream("utf-8", fd=fd))
    assert _output.silence_stdout() == 141
    info = os.fstat(fd)
    assert (info.st_dev, info.st_ino) == _devnull_id()
    os.close(fd)
    monkeypatch.setattr(sys, "stdout", Stream("utf-8"))  # no file descriptor: nothing to do
    assert _output.silence_stdout() == 141


# --- emit_paged: when the pager runs, how, and when it cannot --------------------------------


class FakePager:
    """Stands in for subprocess.Popen: records how it was started and what it was given."""

    started: list[FakePager] = []
    exit_code = 0
    interrupts = 0
    stdin_fails = False

    def __init__(self, args: Any, *, shell: bool, stdin: int, env: dict[str, str]) -> None:
        self.args, self.shell, self.stdin_kind, self.env = args, shell, stdin, env
        self.stdout_events = list(sys.stdout.events) if isinstance(sys.stdout, Stream) else []
        self.given = b""
        self.closed = False
        self.waits = 0
        pager = self

        class Pipe:
            def write(self, data: bytes) -> int:
                if FakePager.stdin_fails:
                    raise BrokenPipeError(errno.EPIPE, "Broken pipe")
                pager.given += data
                return len(data)

            def close(self) -> None:
                pager.closed = True

        self.stdin = Pipe()
        FakePager.started.append(self)

    def wait(self) -> int:
        self.waits += 1
        if self.waits <= FakePager.interrupts:
            raise KeyboardInterrupt
        return FakePager.exit_code


TALL = "".join(f"line {n} – Perú\n" for n in range(30))


@pytest.fixture
def real_terminal(monkeypatch: pytest.MonkeyPatch) -> Stream:
    """Stdout is a 24-row terminal, with the real Popen; $PAGER, $LESS and $LV unset."""
    import shutil

    stream = Stream("utf-8", tty=True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a, **k: os.terminal_size((80, 24)))
    for name in ("PAGER", "LESS", "LV"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(_output, "PAGING", True)
    return stream


@pytest.fixture
def terminal(real_terminal: Stream, monkeypatch: pytest.MonkeyPatch) -> Stream:
    """As real_terminal, with a FakePager and a UTF-8 locale."""
    import locale

    stream = real_terminal
    monkeypatch.setattr(locale, "getpreferredencoding", lambda *a: "utf-8")
    monkeypatch.setattr(subprocess, "Popen", FakePager)
    FakePager.started = []
    FakePager.exit_code = 0
    FakePager.interrupts = 0
    FakePager.stdin_fails = False
    return stream


def _stderr() -> str:
    assert isinstance(sys.stderr, Stream)
    return sys.stderr.getvalue()


def test_tall_text_on_a_terminal_goes_to_less_frx(terminal: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, terminal)
    emit_paged(TALL)
    (pager,) = FakePager.started
    assert pager.args == ["less", "-FRX"] and pager.shell is False
    assert pager.stdin_kind == subprocess.PIPE
    assert pager.given == TALL.encode("utf-8") and pager.closed
    assert pager.env["LESS"] == "FRX" and pager.env["LV"] == "-c"
    assert pager.env["HOME"] == os.environ["HOME"]  # the rest of the environment is passed on
    assert terminal.getvalue() == "" and _stderr() == ""
    assert pager.stdout_events[-1:] == ["flush"]  # stdout flushed before the pager draws


def test_the_user_s_less_and_lv_settings_are_kept(terminal: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, terminal)
    monkeypatch.setenv("LESS", "-R")
    monkeypatch.setenv("LV", "-Ou8")
    emit_paged(TALL)
    (pager,) = FakePager.started
    assert (pager.env["LESS"], pager.env["LV"]) == ("-R", "-Ou8")


def test_the_pager_is_the_pager_variable_stripped(terminal: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, terminal)
    monkeypatch.setenv("PAGER", "  most -s  ")
    emit_paged(TALL)
    assert FakePager.started[0].args == ["most", "-s"] and FakePager.started[0].shell is False


@pytest.mark.parametrize("pager", ["cat > /tmp/x", "less | tee f", "less;", "PAGER=x less", "a$b", "less ~"])
def test_a_pager_with_shell_syntax_runs_in_the_shell(
    terminal: Stream, monkeypatch: pytest.MonkeyPatch, pager: str
) -> None:
    use(monkeypatch, terminal)
    monkeypatch.setenv("PAGER", pager)
    emit_paged(TALL)
    assert FakePager.started[0].args == pager.strip() and FakePager.started[0].shell is True


@pytest.mark.parametrize("pager", ["cat", "", "   "])
def test_cat_or_no_pager_writes_directly(terminal: Stream, monkeypatch: pytest.MonkeyPatch, pager: str) -> None:
    use(monkeypatch, terminal)
    monkeypatch.setenv("PAGER", pager)
    emit_paged(TALL)
    assert FakePager.started == [] and terminal.getvalue() == TALL


def test_no_pager_when_paging_is_off_or_stdout_is_not_a_terminal(
    terminal: Stream, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(monkeypatch, terminal)
    monkeypatch.setattr(_output, "PAGING", False)
    emit_paged(TALL)
    assert FakePager.started == [] and terminal.getvalue() == TALL
    monkeypatch.setattr(_output, "PAGING", True)
    piped = Stream("utf-8", tty=False)
    monkeypatch.setattr(sys, "stdout", piped)
    emit_paged(TALL)
    assert FakePager.started == [] and piped.getvalue() == TALL


def test_text_shorter_than_the_terminal_is_written_directly(terminal: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, terminal)
    fits = "".join(f"{n}\n" for n in range(23))  # 23 lines and the prompt's: 24 rows
    emit_paged(fits)
    assert FakePager.started == [] and terminal.getvalue() == fits
    emit_paged(fits + "one more\n")
    assert len(FakePager.started) == 1 and terminal.getvalue() == fits


def test_a_terminal_of_no_set_height_counts_as_24_rows(terminal: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, terminal)
    import shutil

    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a, **k: os.terminal_size((80, 0)))
    emit_paged("\n" * 23)
    assert FakePager.started == []
    emit_paged("\n" * 24)
    assert len(FakePager.started) == 1


def test_the_pager_gets_the_locale_s_encoding_with_replacements(
    terminal: Stream, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(monkeypatch, terminal)
    import locale

    monkeypatch.setattr(locale, "getpreferredencoding", lambda *a: "latin-1")
    tall = "Perú\n" * 30
    emit_paged(tall + "✓\n")
    assert FakePager.started[0].given == (tall + "?\n").encode("latin-1")
    monkeypatch.setattr(locale, "getpreferredencoding", lambda *a: "")
    emit_paged(TALL)
    assert FakePager.started[1].given == TALL.encode("utf-8")


def test_a_pager_quit_early_or_interrupted_is_waited_for(terminal: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, terminal)
    FakePager.stdin_fails = True
    FakePager.interrupts = 2
    emit_paged(TALL)
    (pager,) = FakePager.started
    assert pager.waits == 3 and terminal.getvalue() == "" and _stderr() == ""


@pytest.mark.parametrize("code", [126, 127])
def test_a_shell_pager_that_could_not_run_is_said_and_the_text_written(
    terminal: Stream, code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(monkeypatch, terminal)
    FakePager.exit_code = code
    emit_paged(TALL)
    assert terminal.getvalue() == TALL
    assert _stderr() == (
        f"usperu: the pager 'less -FRX' could not run (exit {code}); writing directly (set PAGER, or use --no-pager)\n"
    )


@pytest.mark.parametrize("code", [1, 2, 125, 128, 130])
def test_a_pager_that_ran_and_failed_showed_the_text(
    terminal: Stream, code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(monkeypatch, terminal)
    FakePager.exit_code = code
    emit_paged(TALL)
    assert terminal.getvalue() == "" and _stderr() == ""


def test_a_pager_with_unbalanced_quotes_is_said(terminal: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, terminal)
    monkeypatch.setenv("PAGER", "less 'x")
    emit_paged(TALL)
    assert FakePager.started == [] and terminal.getvalue() == TALL
    assert _stderr() == (
        'usperu: cannot run the pager "less \'x" (No closing quotation); '
        "writing directly (set PAGER, or use --no-pager)\n"
    )


def test_a_pager_that_is_not_found_or_not_executable_is_said(
    real_terminal: Stream, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use(monkeypatch, real_terminal)
    terminal = real_terminal
    errors = sys.stderr
    assert isinstance(errors, Stream)
    monkeypatch.setenv("PAGER", "no-such-pager-anywhere -x")
    emit_paged(TALL)
    assert terminal.getvalue() == TALL
    assert errors.getvalue() == (
        "usperu: cannot run the pager 'no-such-pager-anywhere': not found; "
        "writing directly (set PAGER, or use --no-pager)\n"
    )
    script = tmp_path / "pager"
    script.write_text("#!/bin/sh\ncat\n", encoding="utf-8")
    script.chmod(0o644)
    monkeypatch.setenv("PAGER", f"{script} -x")
    errors.truncate(0)
    errors.seek(0)
    emit_paged(TALL)
    assert errors.getvalue() == (
        f"usperu: cannot run the pager {str(script)!r}: Permission denied; "
        "writing directly (set PAGER, or use --no-pager)\n"
    )


def test_pager_messages_are_spanish(terminal: Stream, monkeypatch: pytest.MonkeyPatch, spanish: Any) -> None:
    use(monkeypatch, terminal)
    FakePager.exit_code = 127
    emit_paged(TALL)
    assert _stderr().startswith("usperu: el paginador 'less -FRX' no pudo ejecutarse (salida 127)")
    monkeypatch.setenv("PAGER", "less 'x")
    emit_paged(TALL)
    assert 'usperu: no se puede ejecutar el paginador "less \'x" (No closing quotation)' in _stderr()


def test_a_missing_pager_is_said_in_spanish(monkeypatch: pytest.MonkeyPatch, spanish: Any) -> None:
    errors = Stream("utf-8")
    monkeypatch.setattr(sys, "stderr", errors)
    monkeypatch.setattr(sys, "stdout", Stream("utf-8"))
    assert _output._start_pager("no-such-pager-anywhere") is None
    assert errors.getvalue().startswith(
        "usperu: no se puede ejecutar el paginador 'no-such-pager-anywhere': no se encuentra;"
    )


def test_a_real_shell_pager_gets_the_whole_text(
    real_terminal: Stream, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use(monkeypatch, real_terminal)
    terminal = real_terminal
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f'printf "%s|" "$LESS" > {paged}; cat >> {paged}')
    emit_paged(TALL)
    assert paged.read_bytes().decode(_output._terminal_encoding()) == "FRX|" + TALL
    assert terminal.getvalue() == ""


# --- show_view, check_bom, emit_json -----------------------------------------------------------


def _listing(cells: tuple[tuple[str, ...], ...], **extra: Any) -> Listing:
    rows = tuple({"id": c[0], "name": c[1]} for c in cells)
    return Listing(
        title="Things",
        headers=("ID", "Name"),
        cells=cells,
        rows=rows,
        fields=("id", "name"),
        columns=("id", "name"),
        empty=extra.pop("empty", "no things here"),
        **extra,
    )


@pytest.fixture
def piped(monkeypatch: pytest.MonkeyPatch) -> Stream:
    stream = Stream("utf-8")
    monkeypatch.delenv("COLUMNS", raising=False)
    return stream


def test_an_empty_listing_keeps_its_shape_and_says_why_on_stderr(
    piped: Stream, monkeypatch: pytest.MonkeyPatch
) -> None:
    use(monkeypatch, piped)
    show_view(_listing(()), "csv")
    assert piped.getvalue() == "id,name\n"
    assert _stderr() == "usperu: no things here\n"


def test_a_listing_with_rows_or_a_tree_says_nothing_on_stderr(piped: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, piped)
    show_view(_listing((("a", "Peru’s"),)), "csv")
    assert piped.getvalue() == "id,name\na,Peru’s\n" and _stderr() == ""
    show_view(_listing((), tree=(("Parent", ("child",)),)), "table")
    assert "Parent" in piped.getvalue() and _stderr() == ""
    show_view(_listing((), empty=""), "csv")
    assert _stderr() == ""


def test_a_card_says_nothing_on_stderr(piped: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, piped)
    from usperu import load_statement
    from usperu._views import about_card

    show_view(about_card(load_statement()), "json")
    assert json.loads(piped.getvalue())["title"] and _stderr() == ""


def test_show_view_selects_fields_and_puts_a_bom_before_csv(piped: Stream, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, piped)
    show_view(_listing((("a", "A"), ("b", "B"))), "csv", "name", bom=True)
    assert piped.getvalue() == "\ufeffname\nA\nB\n"
    show_view(_listing((("a", "A"),)), "csv", bom=False)
    assert piped.getvalue().endswith("\nid,name\na,A\n") and piped.getvalue().count("\ufeff") == 1


def test_show_view_escapes_json_for_an_ascii_stdout_and_draws_at_columns(
    monkeypatch: pytest.MonkeyPatch, piped: Stream
) -> None:
    use(monkeypatch, piped)
    ascii_out = Stream("ascii")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    show_view(_listing((("a", "Perú"),)), "json")
    assert json.loads(ascii_out.getvalue()) == [{"id": "a", "name": "Perú"}] and "\\u00fa" in ascii_out.getvalue()
    monkeypatch.setattr(sys, "stdout", piped)
    monkeypatch.setenv("COLUMNS", "30")
    long = "word " * 20
    show_view(_listing((("a", long),)), "table")
    assert max(len(line) for line in piped.getvalue().splitlines()) <= 30


def test_bom_is_for_csv_only(piped: Stream, spanish: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, piped)
    _output.check_bom(True, "csv")
    _output.check_bom(False, "table")
    with pytest.raises(InvalidArgumentError) as caught:
        show_view(_listing((("a", "A"),)), "table", bom=True)
    assert str(caught.value) == "--bom es solo para CSV: va con -f csv"
    assert piped.getvalue() == ""
    _i18n.set_language("en")
    with pytest.raises(InvalidArgumentError) as caught:
        _output.check_bom(True, "json")
    assert str(caught.value) == "--bom is for CSV: add -f csv"


def test_emit_json_is_lossless_on_any_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    for encoding, escaped in (("utf-8", False), ("ascii", True), ("latin-1", True)):
        stream = Stream(encoding)
        monkeypatch.setattr(sys, "stdout", stream)
        emit_json({"name": "Perú’s ✓"})
        assert json.loads(stream.getvalue()) == {"name": "Perú’s ✓"}
        assert ("\\u2019" in stream.getvalue()) is escaped
        assert stream.getvalue().endswith("\n")


def test_a_pager_refused_without_an_errno_is_said_in_its_own_words(monkeypatch: pytest.MonkeyPatch) -> None:
    errors = Stream("utf-8")
    use(monkeypatch, Stream("utf-8"), errors)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError("the pager was refused")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    assert _output._start_pager("less -R") is None
    assert errors.getvalue() == (
        "usperu: cannot run the pager 'less': the pager was refused; writing directly (set PAGER, or use --no-pager)\n"
    )


# --- _tables: cards, trees and the console they are drawn on -------------------------------------

CARD = Card(
    heading="Blue \x1b Dot",
    quote="We “agree” to a long quote that wraps",
    fields=(("Status", "joined and then some more words"), ("ID", "blue-dot")),
    notes=(Note("Peru joined", "State Dept", "high"),),
    data={},
)

TREE = Listing(
    title="Sessions",
    headers=("A",),
    cells=(),
    rows=(),
    tree=(("1. First", ("a", "b \x07")), ("2. Second", ())),
    caption="A caption",
)


def _drawn(
    monkeypatch: pytest.MonkeyPatch, view: Any, width: int | None, encoding: str = "utf-8", tty: bool = False
) -> str:
    use(monkeypatch, Stream(encoding, tty=tty))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    return _tables.draw(view, width)


def test_a_card_has_its_heading_quote_fields_and_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _drawn(monkeypatch, CARD, 30) == (
        "Blue \\x1b Dot\n\n“We “agree” to a long quote\nthat wraps”\n\n"
        "Status  joined and then some\n        more words\nID      blue-dot\n\n"
        "Notes\n• Peru joined (State Dept;\nhigh)\n"
    )


def test_a_card_without_a_quote_or_notes_has_neither(monkeypatch: pytest.MonkeyPatch) -> None:
    bare = CARD._replace(quote="", notes=())
    assert _drawn(monkeypatch, bare, 30) == (
        "Blue \\x1b Dot\n\nStatus  joined and then some\n        more words\nID      blue-dot\n"
    )


def test_a_card_s_bullet_is_ascii_where_stdout_cannot_write_one(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _drawn(monkeypatch, CARD, 30, encoding="ascii").endswith("\nNotes\n* Peru joined (State Dept;\nhigh)\n")


def test_a_card_is_styled_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _drawn(monkeypatch, CARD, 30, tty=True) == (
        "\x1b[1mBlue \\x1b Dot\x1b[0m\n\n"
        "\x1b[2m“\x1b[0m\x1b[3mWe “agree” to a long quote\x1b[0m\n\x1b[3mthat wraps\x1b[0m\x1b[2m”\x1b[0m\n\n"
        "\x1b[1mStatus\x1b[0m\x1b[1m  \x1b[0mjoined and then some\n\x1b[1m        \x1b[0mmore words\n"
        "\x1b[1mID    \x1b[0m\x1b[1m  \x1b[0mblue-dot\n\n"
        "\x1b[1mNotes\x1b[0m\n• Peru joined\x1b[2m (State Dept;\x1b[0m\n\x1b[2mhigh)\x1b[0m\n"
    )


def test_a_card_s_notes_are_in_the_interface_s_language(monkeypatch: pytest.MonkeyPatch, spanish: Any) -> None:
    drawn = _drawn(monkeypatch, CARD, None)
    assert drawn.endswith("\n\nNotas\n• Peru joined (State Dept; alta)\n")


def test_a_card_of_no_width_is_drawn_unwrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    long = " ".join(["word"] * 60)
    drawn = _drawn(monkeypatch, CARD._replace(fields=(("Summary", long),), notes=()), None)
    assert f"Summary  {long}\n" in drawn


def test_a_tree_has_its_title_branches_and_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _drawn(monkeypatch, TREE, 40) == (
        "Sessions\n├── 1. First\n│   ├── a\n│   └── b \\x07\n└── 2. Second\nA caption\n"
    )
    assert _drawn(monkeypatch, TREE._replace(caption=""), 40).endswith("└── 2. Second\n")


def test_a_tree_is_styled_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _drawn(monkeypatch, TREE, 40, tty=True) == (
        "\x1b[1mSessions\x1b[0m\n├── \x1b[1m1. First\x1b[0m\n│   ├── a\n│   └── b \\x07\n"
        "└── \x1b[1m2. Second\x1b[0m\n\x1b[2mA caption\x1b[0m\n"
    )


@pytest.mark.parametrize("setting", [{"NO_COLOR": "1"}, {"TERM": "dumb"}, {"TERM": "dumb", "FORCE_COLOR": "1"}])
def test_no_colour_or_a_dumb_terminal_draws_no_escapes_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, setting: dict[str, str]
) -> None:
    use(monkeypatch, Stream("utf-8", tty=True))
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for name, value in setting.items():
        monkeypatch.setenv(name, value)
    listing = Listing(title="Things", headers=("ID", "Name"), cells=(("a", "A"),), rows=())
    assert "\x1b" not in _tables.draw_table(listing, 40, [2, 4])
    assert "\x1b" not in _tables.draw(CARD, 40) and "\x1b" not in _tables.draw(TREE, 40)


def test_colour_follows_stdout_being_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    listing = Listing(title="Things", headers=("ID", "Name"), cells=(("a", "A"),), rows=())
    for tty in (True, False):
        use(monkeypatch, Stream("utf-8", tty=tty))
        monkeypatch.delenv("NO_COLOR", raising=False)
        monkeypatch.delenv("FORCE_COLOR", raising=False)
        monkeypatch.setenv("TERM", "xterm-256color")
        assert ("\x1b[1m" in _tables.draw_table(listing, 40, [2, 4])) is tty


def test_a_table_of_the_wrong_widths_says_how_many_it_needs() -> None:
    listing = Listing(title="", headers=("ID", "Name", "Date"), cells=(), rows=())
    with pytest.raises(ValueError) as caught:
        _tables.draw_table(listing, 40, [2, 4])
    assert str(caught.value) == "3 columns need 3 widths, not 2"


def test_a_stdout_of_no_encoding_gets_unicode_boxes_and_a_legacy_one_ascii(monkeypatch: pytest.MonkeyPatch) -> None:
    listing = Listing(title="", headers=("ID", "Name"), cells=(("a", "A"),), rows=())
    monkeypatch.setenv("NO_COLOR", "1")
    for encoding, rule in ((None, " ───────────"), ("utf-8", " ───────────"), ("latin-1", "|----+------|")):
        use(monkeypatch, Stream(encoding))
        assert rule in _tables.draw_table(listing, 40, [2, 4]).splitlines()


def test_a_narrow_card_keeps_its_labels_whole_and_a_long_url_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # a URL is never cut in two (it could not be copied): it overflows on a line of its own
    link = "https://example.org/" + "x" * 40
    card = Card(heading="H", quote="", fields=(("Linked from", f"see {link} too"),), notes=(), data={})
    assert _drawn(monkeypatch, card, 24) == f"H\n\nLinked from  see\n             {link}\n             too\n"


def test_odd_lines_and_columns_values_do_not_reach_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    listing = Listing(title="Things", headers=("ID", "Name"), cells=(("a", "A"),), rows=())
    use(monkeypatch, Stream("utf-8"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("LINES", "²")  # a digit to str.isdigit, not to int()
    monkeypatch.setenv("COLUMNS", "²")
    assert "Things" in _tables.draw_table(listing, 40, [2, 4])
    assert "Things" in _tables.draw_table(listing, None, [2, 4])
    assert _tables.draw(TREE, None).startswith("Sessions\n")


def _as_rich(monkeypatch: pytest.MonkeyPatch, listing: Listing, widths: list[int]) -> tuple[str, str]:
    from .test_tables import drawn_by_rich

    use(monkeypatch, Stream("utf-8"))
    monkeypatch.setenv("NO_COLOR", "1")
    width = sum(widths) + 3 * len(widths) + 1
    return _tables.draw_table(listing, width, widths), drawn_by_rich(listing, width, widths)


def test_a_date_or_number_column_too_narrow_is_cropped_not_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    listing = Listing(title="", headers=("#", "Date", "Text"), cells=(("123", "9 May 2024", "a b c"),), rows=())
    ours, theirs = _as_rich(monkeypatch, listing, [2, 5, 3])
    assert ours == theirs
    assert "9 May" in ours and "2024" not in ours and "123" not in ours


def test_a_title_wider_than_the_table_is_folded_as_rich_folds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    listing = Listing(title="T" * 30, caption="c" * 25, headers=("ID",), cells=(("a",),), rows=())
    ours, theirs = _as_rich(monkeypatch, listing, [4])
    assert ours == theirs
    assert ours.count("T") == 30 and ours.count("c") == 25


def test_cells_with_tabs_that_fit_are_expanded_as_rich_expands_them(monkeypatch: pytest.MonkeyPatch) -> None:
    listing = Listing(title="", headers=("A", "B"), cells=(("a\tb", "x\ty z"), ("c", "ab\tc\td")), rows=())
    ours, theirs = _as_rich(monkeypatch, listing, [12, 20])
    assert ours == theirs and "\t" not in ours


@pytest.mark.parametrize("cell", ["ab ", "abc ", "a b ", "ab \xa0", "ab\xa0", "a\u2009", "x\u3000"])
def test_a_cell_ending_in_a_space_in_a_middle_column_is_padded_as_rich_pads_it(
    monkeypatch: pytest.MonkeyPatch, cell: str
) -> None:
    listing = Listing(title="", headers=("A", "B"), cells=((cell, "z"),), rows=())
    for width in (3, 4, 5):
        ours, theirs = _as_rich(monkeypatch, listing, [width, 1])
        assert ours == theirs, width


def test_a_header_or_today_s_row_wrapped_by_rich_keeps_its_style(monkeypatch: pytest.MonkeyPatch) -> None:
    from .test_tables import _styled, drawn_by_rich

    use(monkeypatch, Stream("utf-8"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm")
    listing = Listing(
        title="",
        headers=("漢字 header", "B"),
        cells=(("a", "b"),),
        rows=(),
        marker=(0, ("漢字 today 漢字", "x")),
    )
    widths = [6, 1]
    ours, theirs = _tables.draw_table(listing, 16, widths), drawn_by_rich(listing, 16, widths, colour=True)
    assert _styled(ours) == _styled(theirs)
    styled = [character for line in _styled(ours) for character in line]
    assert ("漢", "\x1b[1;33m") in styled and ("漢", "\x1b[1m") in styled


@pytest.mark.parametrize("cell", ["X", "XX", "\xa0", "a\xa0", "a \u3000"])
def test_the_last_cell_of_a_line_keeps_what_is_not_a_plain_space(monkeypatch: pytest.MonkeyPatch, cell: str) -> None:
    listing = Listing(title="", headers=("A", "B"), cells=(("a", cell),), rows=())
    ours, theirs = _as_rich(monkeypatch, listing, [1, 4])
    assert ours == theirs and cell.rstrip(" ") in ours
