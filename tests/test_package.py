"""The package's own surface: its lazily imported public names (`usperu/__init__.py`) and
the console script's entry point (`usperu/__main__.py`), which no mutation run reached."""

from __future__ import annotations

import importlib
import signal
import sys

import pytest

import usperu
import usperu.__main__ as entry

# Where each public name is defined, written out here (not read from `_LAZY`).
HOMES = {
    "_errors": ["DataError", "InvalidArgumentError", "NoMatchesError", "UnknownIdError", "UsperuError"],
    "_loader": ["bundled_path", "check_document", "load_statement", "read_document"],
    "_model": [
        "Correction", "Development", "Event", "GlossaryEntry", "Item", "Metadata", "Note",
        "Paragraph", "Person", "Record", "Session", "Source", "Statement",
    ],
    "_queries": [
        "achievements", "achievements_by_session", "developments", "find_record", "glossary_for",
        "mentioned_in", "relative_time", "resolve_session", "timeline", "topics",
    ],
    "_search": ["search", "suggestions"],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(n for names in HOMES.values() for n in names))
def test_every_public_name_is_its_module_s_object_and_kept_once_imported(name: str) -> None:
    home = next(module for module, names in HOMES.items() if name in names)
    usperu.__dict__.pop(name, None)  # as if never asked for
    value = getattr(usperu, name)
    assert value is getattr(importlib.import_module(f"usperu.{home}"), name)
    assert usperu.__dict__[name] is value  # the next look-up is a plain attribute


def test_dir_and_all_list_the_public_names_and_the_version() -> None:
    public = sorted([*(n for names in HOMES.values() for n in names), "__version__"])
    assert sorted(usperu.__all__) == public
    assert dir(usperu) == public


def test_an_unknown_name_is_an_attribute_error_saying_which() -> None:
    with pytest.raises(AttributeError) as raised:
        usperu.no_such_name  # noqa: B018
    assert str(raised.value) == "module 'usperu' has no attribute 'no_such_name'"
    assert not hasattr(usperu, "_LAZY_NOT_A_NAME")


def test_the_entry_point_exits_with_the_command_s_code(monkeypatch: pytest.MonkeyPatch) -> None:
    import usperu.cli

    monkeypatch.setattr(usperu.cli, "run", lambda: 3)
    monkeypatch.setattr(signal, "signal", lambda *args: pytest.fail("a handler set over a user's one"))
    monkeypatch.setattr(signal, "getsignal", lambda signum: "another handler")
    with pytest.raises(SystemExit) as exited:
        entry.main()
    assert exited.value.code == 3


def test_the_entry_point_makes_ctrl_c_exit_130(monkeypatch: pytest.MonkeyPatch) -> None:
    import usperu.cli

    installed: list[tuple[int, object]] = []
    monkeypatch.setattr(usperu.cli, "run", lambda: 0)
    monkeypatch.setattr(signal, "getsignal", lambda signum: signal.default_int_handler)
    monkeypatch.setattr(signal, "signal", lambda signum, handler: installed.append((signum, handler)))
    with pytest.raises(SystemExit) as exited:
        entry.main()
    assert exited.value.code == 0
    assert installed == [(signal.SIGINT, entry._interrupted)]
    with pytest.raises(SystemExit) as interrupted:
        entry._interrupted(signal.SIGINT, None)
    assert interrupted.value.code == 130 == entry.EXIT_INTERRUPTED
    assert sys.modules["usperu.__main__"] is entry
