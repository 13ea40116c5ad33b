"""Tests that kill mutants of the data modules (`_loader`, `_generate`, `_overlay`, `_model`);
see docs/mutation-mdata.md. Each builds what it reads itself (a copy of the data file in
tmp_path, a fresh load), so that no cache built before a mutant is switched on hides it."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest

from usperu import DataError, bundled_path, check_document, load_statement, read_document
from usperu._i18n import set_language
from usperu._loader import MAX_BYTES, build_statement, check_translation

from .conftest import DATA

GOOD = DATA.read_text(encoding="utf-8")
OVERLAY = DATA.with_suffix(".es.toml")


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


# --- _generate -----------------------------------------------------------------------

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "usperu"
GENERATED = ["_bundled.py", "_bundled_index.py", "_bundled_es.py", "_bundled_es_records.py"]


def _generator(monkeypatch: pytest.MonkeyPatch, data: str, out: Path) -> Any:
    """Return `python -m usperu._generate`'s main, made to read `data` and write into `out`."""
    import functools

    import usperu._generate as generate

    out.mkdir(exist_ok=True)
    monkeypatch.setattr(generate, "generated_modules", functools.partial(generate.generated_modules, data, str(out)))
    return generate.main


def test_the_generator_writes_the_modules_that_ship_into_the_folder_given(tmp_path: Path) -> None:
    from usperu._generate import generated_modules

    data = _copy(tmp_path, overlay=OVERLAY.read_bytes())
    modules = generated_modules(data, str(tmp_path / "out"))
    assert list(modules) == [str(tmp_path / "out" / name) for name in GENERATED]
    for name, source in zip(GENERATED, modules.values(), strict=True):
        assert source == (PACKAGE / name).read_text(encoding="utf-8"), name


def test_without_an_overlay_the_generator_writes_english_records_and_no_spanish(tmp_path: Path) -> None:
    from usperu._generate import generated_modules

    modules = generated_modules(_copy(tmp_path), str(tmp_path))
    spanish = modules[str(tmp_path / "_bundled_es.py")]
    assert spanish.endswith('"""\n\nfrom typing import Any\n\nTEXTS: dict[str, dict[str, dict[str, Any]]] = {}\n')
    assert spanish.startswith("# Generated from data/statement.es.toml by `python -m usperu._generate`")
    english = modules[str(tmp_path / "_bundled.py")]
    records = modules[str(tmp_path / "_bundled_es_records.py")]
    assert records.startswith("# Generated from data/statement.toml and .es.toml by")
    assert english.startswith("# Generated from data/statement.toml by")
    body = english.index("import datetime")
    assert records[records.index("import datetime") :] == english[body:]
    assert english[:body] == (PACKAGE / "_bundled.py").read_text(encoding="utf-8")[:body]
    index = modules[str(tmp_path / "_bundled_index.py")]  # no Spanish words: not the bundled overlay's
    assert "adherirse" in (PACKAGE / "_bundled_index.py").read_text(encoding="utf-8") and "adherirse" not in index
    assert "TITLES_ES: dict[str, str] = {}\n" in index


def test_the_generator_names_the_first_of_two_problems_at_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = GOOD.replace('status = "joined"', 'status = "done"', 1).replace('actors = "us"', 'actors = "usa"', 2)
    data = _copy(tmp_path, broken, overlay=OVERLAY.read_bytes())
    main = _generator(monkeypatch, data, tmp_path / "out")
    assert main([]) == 2 and os.listdir(tmp_path / "out") == []
    line = broken.splitlines().index('status = "done"') + 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"usperu._generate: {data}:{line}: record 'blue-dot-network': field 'status': ")
    assert err.endswith(f" (and 2 more; run 'usperu validate {data}' to list them); nothing written\n"), err


def test_the_generator_escapes_what_its_message_quotes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "a\x1b[31mb.toml")
    main = _generator(monkeypatch, data, tmp_path / "out")
    assert main(["--check"]) == 2
    shown = str(tmp_path / "a\\x1b[31mb.toml")
    assert capsys.readouterr() == ("", f"usperu._generate: {shown}: no such file; nothing written\n")


def test_the_generator_writes_what_is_stale_and_check_only_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import usperu._generate as generate

    fresh, stale, absent = tmp_path / "fresh.py", tmp_path / "stale.py", tmp_path / "absent.py"
    fresh.write_text("FRESH = 1\n", encoding="utf-8")
    stale.write_text("OLD = 1\n", encoding="utf-8")
    sources = {str(fresh): "FRESH = 1\n", str(stale): "NEW = 'Perú'\n", str(absent): "ABSENT = 'ñ'\n"}
    monkeypatch.setattr(generate, "generated_modules", lambda: sources)
    assert generate.main(["--check"]) == 1
    assert capsys.readouterr() == (
        "",
        f"usperu._generate: {stale}: out of date\nusperu._generate: {absent}: out of date\n",
    )
    assert stale.read_text(encoding="utf-8") == "OLD = 1\n" and not absent.exists()
    assert generate.main(["-q"]) == 0  # anything but --check writes
    assert capsys.readouterr() == ("", f"usperu._generate: {stale}: written\nusperu._generate: {absent}: written\n")
    assert [p.read_bytes() for p in (fresh, stale, absent)] == [s.encode("utf-8") for s in sources.values()]
    assert (generate.main(["--check"]), generate.main([])) == (0, 0)
    assert capsys.readouterr() == ("", "")


# --- _overlay ------------------------------------------------------------------------


def _overlay_problems(tmp_path: Path, overlay: str, top: str = "") -> list[DataError]:
    """Return the problems of the bundled overlay with `overlay` added at its end (and
    `top` after its first line), beside a copy of the data file."""
    lines = OVERLAY.read_text(encoding="utf-8").split("\n", 1)
    text = lines[0] + "\n" + top + lines[1] + overlay
    path = _copy(tmp_path, overlay=text.encode("utf-8"))
    document, english = read_document(path)
    return check_translation(document, path, english)


def test_an_overlay_table_the_data_file_lacks_is_named_at_its_header(tmp_path: Path) -> None:
    problems = _overlay_problems(tmp_path, '\n[unknown."x"]\ntitle = { es = "x", of = "0" }\n')
    text = (tmp_path / "statement.es.toml").read_text(encoding="utf-8")
    line = text.split("\n").index('[unknown."x"]') + 1
    assert [(p.path, p.line, p.record, p.message) for p in problems] == [
        (str(tmp_path / "statement.es.toml"), line, None, "no such table in statement.toml")
    ]
    [problem] = _overlay_problems(tmp_path / "top", "", top="colour = 3\n")
    assert (problem.line, problem.message) == (None, "no such table in statement.toml")
    text = OVERLAY.read_text(encoding="utf-8")  # paragraphs = 3 in place of its tables
    start, end = text.index('[paragraphs."paragraph-3"]'), text.index("[developments.")
    path = _copy(
        tmp_path / "not-a-table",
        overlay=text[:start].replace("\n", "\nparagraphs = 3\n", 1).encode() + text[end:].encode(),
    )
    document, english = read_document(path)
    shape = [p for p in check_translation(document, path, english) if p.path.endswith(".es.toml")]
    assert [(p.line, p.message) for p in shape] == [(None, "no such table in statement.toml")]


OUTDATED = "outdated: the English changed after it was translated (of = '00000000'; now 'b4ad0693')"


@pytest.mark.parametrize(
    ("find", "replace", "message"),
    [
        ('of = "b4ad0693" }', 'of = "00000000" }', OUTDATED),
        ('title = { es = "El Perú decide adherirse a los Acuerdos Artemisa", of = "b4ad0693" }', 'title = "x"', None),
        ('of = "b4ad0693" }', 'of = "b4ad0693", source = "s" }', None),
        ('title = { es = "El Perú decide adherirse a los Acuerdos Artemisa", ', "title = { ", None),
    ],
    ids=["outdated", "a-string", "a-source", "no-es"],
)
def test_a_malformed_title_says_what_it_must_be(tmp_path: Path, find: str, replace: str, message: str | None) -> None:
    text = OVERLAY.read_text(encoding="utf-8")
    assert text.count(find) == 1
    path = _copy(tmp_path, overlay=text.replace(find, replace).encode("utf-8"))
    document, english = read_document(path)
    [problem] = check_translation(document, path, english)
    assert (problem.record, problem.field) == ("artemis-accords", "title")
    assert problem.message == (message or "must be a table with the keys es, of")
    assert problem.line == 195 and text.split("\n")[194].startswith("title = ")


@pytest.mark.parametrize(
    ("replace", "message"),
    [
        ('"x",', "note 1: must be a table with the keys es, of, source"),
        ('{ of = "4aa7ed43" },', "note 1: must be a table with the keys es, of, source"),
        (
            '{ es = "x", of = "4aa7ed43", source = "s", more = 1 },',
            "note 1: must be a table with the keys es, of, source",
        ),
        ('{ es = "x", of = "4aa7ed43", source = 3 },', "note 1: empty Spanish source"),
        ('{ es = 3, of = "4aa7ed43" },', "note 1: empty Spanish text"),
    ],
    ids=["a-string", "no-es", "another-key", "a-number-source", "a-number-text"],
)
def test_a_malformed_note_is_named_by_its_number(tmp_path: Path, replace: str, message: str) -> None:
    text = OVERLAY.read_text(encoding="utf-8").split("\n")
    assert text[198].startswith('  { es = "La declaración recoge la decisión del Perú')
    text[198] = "  " + replace
    path = _copy(tmp_path, overlay="\n".join(text).encode("utf-8"))
    document, english = read_document(path)
    [problem] = check_translation(document, path, english)
    assert (problem.record, problem.field, problem.message) == ("artemis-accords", "notes", message)
    assert problem.line == 199  # the note's own line, a table or not


def test_an_overlay_that_cannot_be_read_is_a_data_error(tmp_path: Path) -> None:
    from usperu._overlay import read_overlay

    folder = tmp_path / "overlay.es.toml"
    folder.mkdir()
    with pytest.raises(OSError) as opened:
        open(folder, "rb").close()
    with pytest.raises(DataError) as caught:
        read_overlay(str(folder))
    assert (caught.value.path, caught.value.message) == (
        str(folder),
        f"the Spanish overlay cannot be read: {opened.value.strerror}",
    )
    marked = tmp_path / "marked.es.toml"
    marked.write_bytes(b"\xef\xbb\xbf" + OVERLAY.read_bytes())
    assert read_overlay(str(marked)) == read_overlay(str(OVERLAY))


def test_the_translations_of_a_statement_are_those_beside_its_data_file(tmp_path: Path) -> None:
    from usperu._overlay import spanish_of, spanish_texts

    few = (Path(__file__).resolve().parent / "fixtures" / "few-records.es.toml").read_bytes()
    english = load_statement(_copy(tmp_path / "few", overlay=few))
    texts = spanish_of(english)
    assert sorted((table, sorted(ids)) for table, ids in texts.items()) == [
        ("achievements", ["artemis-accords", "blue-dot-network", "csii-memorandum"]),
        ("glossary", ["csii"]),
    ]
    assert texts["achievements"]["artemis-accords"]["title"] == "El Perú decide sumarse a los Acuerdos Artemis"
    assert texts["achievements"]["artemis-accords"]["notes"][1] == (
        "Asignado a la sesión de educación y cultura como cooperación científica civil, a diferencia del "
        "compromiso sobre ensayos de misiles en el espacio (logro 11), que es de seguridad; la declaración "
        "no dice a qué sesión corresponde.",
        "",
    )
    document, _text = read_document(str(DATA))
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    overlay = tomllib.loads(few.decode("utf-8"))
    assert spanish_texts(document, overlay) == texts  # the same from the parsed document
    assert spanish_of(load_statement(_copy(tmp_path / "none"))) == {}
    set_language("es")
    try:
        spanish = load_statement(_copy(tmp_path / "few", overlay=few))
    finally:
        set_language("en")
    assert spanish_of(spanish) == texts  # of its English


def test_the_note_for_a_data_file_without_an_overlay(tmp_path: Path) -> None:
    from usperu._overlay import missing

    without, beside = _copy(tmp_path / "en"), _copy(tmp_path / "es", overlay=OVERLAY.read_bytes())
    assert (missing(None), missing(without), missing(beside)) == ("", "", "")
    set_language("es")
    try:
        said = (missing(None), missing(without), missing(beside))
    finally:
        set_language("en")
    es = str(tmp_path / "en" / "statement.es.toml")
    assert said[0] == said[2] == ""
    assert said[1].startswith(f"{without}: ") and es in said[1] and "traducción" in said[1]
