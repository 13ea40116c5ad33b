"""Tests that kill mutants of the data modules (`_loader`, `_generate`, `_overlay`, `_model`);
see docs/mutation-mdata.md. Each builds what it reads itself (a copy of the data file in
tmp_path, a fresh load), so that no cache built before a mutant is switched on hides it."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from usperu import DataError, bundled_path, check_document, load_statement, read_document
from usperu._i18n import set_language
from usperu._loader import MAX_BYTES, build_statement, check_translation

from .conftest import DATA

GOOD = DATA.read_text(encoding="utf-8")
OVERLAY = DATA.with_suffix(".es.toml")


@pytest.fixture
def spanish() -> Iterator[None]:
    """Run the test in Spanish, and back in English after it."""
    set_language("es")
    yield
    set_language("en")


def _copy(folder: Path, text: str = GOOD, overlay: bytes | None = None) -> str:
    """Return the path of a data file holding `text` in `folder`, with `overlay` beside it."""
    folder.mkdir(exist_ok=True)
    path = folder / "statement.toml"
    path.write_text(text, encoding="utf-8")
    if overlay is not None:
        (folder / "statement.es.toml").write_bytes(overlay)
    return str(path)


def _refusal(path: str, *, validate: bool = False) -> DataError:
    with pytest.raises(DataError) as caught:
        if validate:
            read_document(path)
        else:
            load_statement(path)
    return caught.value


# --- _loader: reading -------------------------------------------------------------------


def test_a_missing_file_says_where_to_look_only_for_data(tmp_path: Path) -> None:
    """--data or USPERU_DATA named it: say so; `validate PATH` named it: just missing."""
    absent = str(tmp_path / "absent.toml")
    loaded, validated = _refusal(absent), _refusal(absent, validate=True)
    assert (loaded.path, loaded.message) == (absent, "no such file; check --data or USPERU_DATA")
    assert (validated.path, validated.message) == (absent, "no such file")
    assert str(validated) == f"{absent}: no such file"


def test_read_document_names_the_file_of_a_toml_error(tmp_path: Path) -> None:
    path = _copy(tmp_path, "schema_version = 2\n[statement\n")
    error = _refusal(path, validate=True)
    assert (error.path, error.line) == (path, 2) and error.message.startswith("invalid TOML")
    document, text = read_document(_copy(tmp_path / "good"))
    assert text == GOOD and document["schema_version"] == 2


def test_a_directory_and_an_unopenable_name_are_refused_in_words(tmp_path: Path) -> None:
    assert _refusal(str(tmp_path)).message == "is a directory, not a data file"
    too_long = str(tmp_path / ("x" * 300 + ".toml"))
    with pytest.raises(OSError) as opened:
        open(too_long, "rb").close()
    error = _refusal(too_long)
    assert (error.path, error.message) == (too_long, f"cannot be read: {opened.value.strerror}")
    assert opened.value.strerror and "Errno" not in error.message


def test_a_file_of_exactly_max_bytes_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    body = b"# " + b"x" * (MAX_BYTES - 3) + b"\n"
    assert len(body) == MAX_BYTES
    at_limit = tmp_path / "limit.toml"
    at_limit.write_bytes(body)
    error = _refusal(str(at_limit))  # read and parsed: a comment only, so no schema_version
    assert error.message.startswith("missing 'schema_version = 2'"), error.message
    over = tmp_path / "over.toml"
    over.write_bytes(body + b"\n")
    assert _refusal(str(over)).message == "is larger than 5 MB; not a data file"


def test_byte_order_marks(tmp_path: Path) -> None:
    """UTF-8's mark is dropped (once: a second one is text); UTF-16's, either order, is refused."""
    marked = tmp_path / "marked.toml"
    marked.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    document, text = read_document(str(marked))
    assert text == GOOD
    for mark in (b"\xff\xfe", b"\xfe\xff"):
        utf16 = tmp_path / "utf16.toml"
        utf16.write_bytes(mark + "schema_version = 2\n".encode("utf-16-le" if mark == b"\xff\xfe" else "utf-16-be"))
        error = _refusal(str(utf16))
        assert (error.line, error.message) == (
            1,
            "is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8",
        )
    blank = tmp_path / "blank.toml"
    blank.write_bytes(b"\xef\xbb\xbf \n\t\n")
    assert _refusal(str(blank)).message == "is empty; expected a statement TOML file"


def test_check_document_names_the_path_and_line_given(tmp_path: Path) -> None:
    broken = GOOD.replace('status = "joined"', 'status = "done"', 1)
    document, text = read_document(_copy(tmp_path, broken))
    [problem] = check_document(document, "given.toml", text)
    line = broken.splitlines().index('status = "done"') + 1
    assert (problem.path, problem.line, problem.record, problem.field) == (
        "given.toml",
        line,
        "blue-dot-network",
        "status",
    )
    [no_lines] = check_document(document, "given.toml")
    assert no_lines.line is None


def test_check_translation_reads_only_the_overlay_beside_the_file(tmp_path: Path) -> None:
    path = _copy(tmp_path / "none")
    document, text = read_document(path)
    assert check_translation(document, path, text) == []
    good = OVERLAY.read_bytes()
    path = _copy(tmp_path / "good", overlay=good)
    assert check_translation(document, path, text) == []
    path = _copy(tmp_path / "bad", overlay=good.replace(b'language = "es"', b'language = "pt"', 1))
    [problem] = check_translation(document, path, text)
    assert (problem.path, problem.line, problem.field) == (str(tmp_path / "bad" / "statement.es.toml"), 1, "language")
    assert problem.message == "must start with 'language = \"es\"'"


# --- _loader: load_statement ----------------------------------------------------------


@pytest.mark.parametrize(("others", "said"), [(1, "1 more"), (2, "2 more")])
def test_the_first_problem_keeps_its_place_and_counts_the_others(tmp_path: Path, others: int, said: str) -> None:
    broken = GOOD.replace('status = "joined"', 'status = "done"', 1)
    broken = broken.replace('actors = "us"', 'actors = "usa"', others)
    path = _copy(tmp_path, broken)
    error = _refusal(path)
    line = broken.splitlines().index('status = "done"') + 1
    assert (error.path, error.line, error.record, error.field) == (path, line, "blue-dot-network", "status")
    assert error.message.endswith(f"(and {said}; run 'usperu validate {path}' to list them)"), error.message
    assert error.message.startswith("must be one of ")


def _shuffled(document: dict[str, Any]) -> dict[str, Any]:
    """Return the document with every table's records in another order."""
    shuffled = dict(document)
    for table, records in document.items():
        if isinstance(records, list):
            shuffled[table] = random.Random(table).sample(records, len(records))
    return shuffled


def test_records_are_built_in_the_statement_s_order_whatever_the_file_s(tmp_path: Path) -> None:
    """Sessions, achievements and paragraphs by number, events and developments by date
    (a longer period first), as the bundled dataset has them."""
    document, _text = read_document(str(DATA))
    built = build_statement(_shuffled(document), "x.toml")
    bundled = load_statement()
    assert (built.path, built.bundled, bundled.bundled) == ("x.toml", False, True)
    for field in type(built)._fields:
        if field not in (
            "path",
            "bundled",
            "commitments",
            "glossary",
            "people",
            "corrections",
            "concepts",
            "progress",
        ):
            assert getattr(built, field) == getattr(bundled, field), field
    assert build_statement(document, "x.toml", bundled=True).bundled
    in_order = build_statement(document, "x.toml")
    assert in_order.records() == bundled.records() and in_order.by_id == bundled.by_id
    assert in_order.concepts == bundled.concepts and in_order.progress == bundled.progress
    assert [item.kind for item in in_order.commitments] == ["commitment"] * len(in_order.commitments)
    assert {item.number for item in in_order.commitments} == {None}
    assert {item.kind for item in in_order.achievements} == {"achievement"}


def test_the_bundled_statement_is_the_data_file_in_either_language(tmp_path: Path) -> None:
    fresh = load_statement(_copy(tmp_path, overlay=OVERLAY.read_bytes()))
    bundled = load_statement()
    assert (bundled.path, bundled.bundled, fresh.bundled) == (bundled_path(), True, False)
    assert Path(bundled.path).read_bytes() == DATA.read_bytes()
    for field in type(bundled)._fields:
        if field not in ("path", "bundled"):
            assert getattr(bundled, field) == getattr(fresh, field), field
    assert set(bundled.by_id) == {record.id for record in bundled.records()}
    set_language("es")
    try:
        fresh_es, bundled_es = load_statement(_copy(tmp_path, overlay=OVERLAY.read_bytes())), load_statement()
    finally:
        set_language("en")
    assert (bundled_es.path, bundled_es.bundled, bundled_es.english) == (bundled_path(), True, None)
    assert fresh_es.english == fresh and bundled_es.metadata != bundled.metadata
    for field in type(bundled)._fields:
        if field not in ("path", "bundled", "english"):
            assert getattr(bundled_es, field) == getattr(fresh_es, field), field


@pytest.mark.usefixtures("spanish")
def test_in_spanish_a_data_file_is_read_with_the_overlay_beside_it(tmp_path: Path) -> None:
    english = build_statement(read_document(str(DATA))[0], "x")
    with_overlay = load_statement(_copy(tmp_path / "es", overlay=OVERLAY.read_bytes()))
    without = load_statement(_copy(tmp_path / "en"))
    assert with_overlay.metadata.summary != english.metadata.summary
    assert with_overlay.english is not None and with_overlay.english.metadata == english.metadata
    assert without.records() == english.records() and without.english is None


def test_in_english_the_overlay_beside_a_data_file_is_not_read(tmp_path: Path) -> None:
    broken = OVERLAY.read_bytes() + b"\n[[[not toml\n"
    statement = load_statement(_copy(tmp_path, overlay=broken))
    assert statement.english is None and statement.records() == load_statement().records()


def test_a_wheel_finds_the_data_file_beside_the_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Installed from a wheel, usperu/data/statement.toml sits beside usperu/_loader.py."""
    import usperu._loader as loader

    package = tmp_path / "usperu"
    (package / "data").mkdir(parents=True)
    (package / "data" / "statement.toml").write_bytes(b"x = 1\n")
    monkeypatch.setattr(loader, "__file__", str(package / "_loader.py"))
    assert bundled_path() == str(package / "data" / "statement.toml")
    monkeypatch.undo()
    assert Path(bundled_path()).read_bytes() == DATA.read_bytes()


def test_a_loaded_file_keeps_its_path(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    assert load_statement(path).path == path


@pytest.mark.usefixtures("spanish")
def test_in_spanish_one_more_problem_is_singular(tmp_path: Path) -> None:
    broken = GOOD.replace('status = "joined"', 'status = "done"', 1).replace('actors = "us"', 'actors = "usa"', 1)
    path = _copy(tmp_path, broken)
    assert _refusal(path).message.endswith(f"(y 1 más; 'usperu validate {path}' lo lista)")
    broken = broken.replace('actors = "us"', 'actors = "usa"', 1)
    assert _refusal(_copy(tmp_path, broken)).message.endswith(f"(y 2 más; 'usperu validate {path}' los lista)")


def test_concepts_and_progress_are_optional_tables() -> None:
    document, _text = read_document(str(DATA))
    without = {table: value for table, value in document.items() if table not in ("concepts", "progress")}
    assert check_document(without, "x.toml") == []
    built = build_statement(without, "x.toml")
    assert (built.concepts, built.progress) == ((), ())
    assert built.records() == build_statement(document, "x.toml").records()


def test_check_translation_names_the_data_file(tmp_path: Path) -> None:
    """A translation of a record the data file lacks names the data file; a missing one is
    reported at the data file's line."""
    overlay = OVERLAY.read_bytes() + b'\n[achievements."no-such-achievement"]\ntitle = { es = "x", of = "0" }\n'
    path = _copy(tmp_path, GOOD.replace("Peru decides to join the Artemis Accords", "Edited", 1), overlay=overlay)
    document, text = read_document(path)
    problems = check_translation(document, path, text)
    assert [(p.path, p.record, p.message) for p in problems if p.record in ("no-such-achievement",)] == [
        (str(tmp_path / "statement.es.toml"), "no-such-achievement", "no such record in statement.toml")
    ]
    outdated = [p for p in problems if p.record == "artemis-accords"]
    assert [(p.path, p.field) for p in outdated] == [(str(tmp_path / "statement.es.toml"), "title")]
