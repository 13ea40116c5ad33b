"""The editorial layer in Spanish (issue #18): the overlay beside a data file, how it is
loaded in Spanish, what `validate` and the generator say of a broken one, and how search
and JSON use it.

Every test holds for any complete overlay in data/statement.es.toml: the Spanish texts
are read from it (or from tests/fixtures/few-records.es.toml, ours), never written here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from usperu import load_statement
from usperu._i18n import set_language
from usperu._overlay import FIELDS, fingerprint, overlay_path
from usperu._search import _WEIGHTS, find

from .conftest import DATA, Invoke

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

OVERLAY = DATA.with_suffix(".es.toml")
FEW = Path(__file__).resolve().parent / "fixtures" / "few-records.es.toml"
SPANISH = tomllib.loads(OVERLAY.read_text(encoding="utf-8"))
ENGLISH = tomllib.loads(DATA.read_text(encoding="utf-8"))


def _copy(folder: Path, overlay: str | None) -> Path:
    """Return a copy of the data file in `folder`, with `overlay` (text) beside it, if given."""
    folder.mkdir(exist_ok=True)
    data = folder / "statement.toml"
    data.write_text(DATA.read_text(encoding="utf-8"), encoding="utf-8")
    if overlay is not None:
        (folder / "statement.es.toml").write_text(overlay, encoding="utf-8")
    return data


# --- loading ---------------------------------------------------------------------------


def _editorial(statement: Any) -> Iterator[tuple[str, str, str, Any]]:
    """Yield (table, id, field, value) of every translatable text of a statement."""
    for table, fields in FIELDS.items():
        records = (statement.metadata,) if table == "statement" else getattr(statement, table)
        for record in records:
            ident = "statement" if table == "statement" else getattr(record, "record", None) or record.id
            for field in fields:
                yield table, ident, field, getattr(record, field)
            for number, note in enumerate(getattr(record, "notes", ())):
                yield table, ident, f"notes[{number}]", note.text
                yield table, ident, f"notes[{number}].source", note.source


def _spanish_of(overlay: dict[str, Any], table: str, ident: str, field: str) -> str | None:
    entries = overlay.get(table, {}).get(ident, {})
    name, _, rest = field.partition("[")
    entry = entries.get(name)
    if entry is None:
        return None
    if not rest:
        return str(entry["es"])
    note = entry[int(rest.split("]")[0])]
    return str(note.get("source") or "") or None if rest.endswith(".source") else str(note["es"])


ENGLISH_STATEMENT = load_statement(str(DATA))  # loaded in English: at import, before any test sets Spanish


@pytest.mark.usefixtures("spanish")
def test_the_bundled_editorial_text_is_the_overlay_s_spanish() -> None:
    english, translated = ENGLISH_STATEMENT, load_statement()
    assert translated.english is None  # built ahead in Spanish: search reads the bundled index, not English records
    assert [r.id for r in translated.records()] == [r.id for r in english.records()]
    texts = {(table, ident, field): value for table, ident, field, value in _editorial(english)}
    changed = 0
    for table, ident, field, value in _editorial(translated):
        wanted = _spanish_of(SPANISH, table, ident, field) or texts[table, ident, field]
        assert value == wanted, (table, ident, field)
        changed += value != texts[table, ident, field]
    assert changed > 100  # the overlay is applied at all


@pytest.mark.usefixtures("spanish")
def test_quotes_ids_names_urls_and_enum_values_never_change() -> None:
    english, translated = ENGLISH_STATEMENT, load_statement()
    translatable = {field for fields in FIELDS.values() for field in fields} | {"notes"}
    for before, after in zip(
        english.records() + english.progress, translated.records() + translated.progress, strict=True
    ):
        for field in before._fields:
            if field not in translatable:
                assert getattr(after, field) == getattr(before, field), (before, field)
        for note_before, note_after in zip(getattr(before, "notes", ()), getattr(after, "notes", ()), strict=True):
            assert (note_after.confidence, note_after.claim) == (note_before.confidence, note_before.claim)


def test_english_runs_import_no_overlay_and_spanish_runs_parse_no_toml() -> None:
    script = (
        "import sys\n"
        "from usperu._i18n import set_language\n"
        "from usperu import load_statement\n"
        "set_language(sys.argv[1])\n"
        "title = load_statement().by_id['artemis-accords'].title\n"
        "names = ('usperu._overlay', 'usperu._bundled', 'usperu._bundled_es', 'usperu._bundled_es_records')\n"
        "names += ('tomllib', 'tomli')\n"
        "print(sorted(m for m in sys.modules if m in names))\n"
    )
    runs = {
        code: subprocess.run([sys.executable, "-c", script, code], capture_output=True, text=True, check=True)
        for code in ("en", "es")
    }
    assert runs["en"].stdout == "['usperu._bundled']\n"
    assert runs["es"].stdout == "['usperu._bundled_es_records']\n"  # the overlay applied ahead of time


def test_the_bundled_spanish_records_are_the_overlay_applied_to_the_english_ones() -> None:
    script = (
        "import sys\n"
        "from usperu._i18n import set_language\n"
        "from usperu import load_statement\n"
        "set_language(sys.argv[1][:2])\n"
        "from usperu._overlay import apply\n"
        "from usperu._bundled_es import TEXTS\n"
        "statement = load_statement()\n"
        "if sys.argv[1] == 'en+overlay':\n"
        "    statement = apply(statement, TEXTS)\n"
        "print(repr(statement.records()), repr(statement.concepts), repr(statement.progress))\n"
    )
    runs = {
        code: subprocess.run([sys.executable, "-c", script, code], capture_output=True, text=True, check=True).stdout
        for code in ("en", "en+overlay", "es")
    }
    assert runs["es"] == runs["en+overlay"] != runs["en"]


@pytest.mark.usefixtures("spanish")
def test_another_data_file_takes_the_overlay_beside_it(tmp_path: Path) -> None:
    few = tomllib.loads(FEW.read_text(encoding="utf-8"))
    statement = load_statement(str(_copy(tmp_path, FEW.read_text(encoding="utf-8"))))
    artemis = statement.by_id["artemis-accords"]
    assert artemis.title == few["achievements"]["artemis-accords"]["title"]["es"]
    assert [n.text for n in artemis.notes] == [n["es"] for n in few["achievements"]["artemis-accords"]["notes"]]
    assert artemis.notes[0].source == few["achievements"]["artemis-accords"]["notes"][0]["source"]
    assert artemis.notes[1].source == "editorial"  # no Spanish source given: the English one
    assert statement.by_id["fta-anniversary"].title == ENGLISH_STATEMENT.by_id["fta-anniversary"].title


@pytest.mark.usefixtures("spanish")
def test_an_outdated_translation_shows_the_english(tmp_path: Path) -> None:
    outdated = FEW.read_text(encoding="utf-8").replace('of = "b4ad0693"', 'of = "00000000"')
    statement = load_statement(str(_copy(tmp_path, outdated)))
    assert statement.by_id["artemis-accords"].title == "Peru decides to join the Artemis Accords"
    assert (
        statement.by_id["blue-dot-network"].title != "Peru, first in Latin America to join the Blue Dot Network"
    )  # the others apply


@pytest.mark.usefixtures("spanish")
def test_a_data_file_without_an_overlay_is_english_with_one_note_in_spanish(invoke: Invoke, tmp_path: Path) -> None:
    data = _copy(tmp_path, None)
    result = invoke("-L", "es", "--data", str(data), "show", "artemis-accords")
    assert result.exit_code == 0, result.output
    assert "Peru decides to join the Artemis Accords" in result.stdout
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("usperu: "), result.stderr
    assert str(tmp_path / "statement.es.toml") in result.stderr
    assert "traducción" in result.stderr and "translation" not in result.stderr


def test_in_english_a_data_file_without_an_overlay_says_nothing(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("--data", str(_copy(tmp_path, None)), "show", "artemis-accords")
    assert result.exit_code == 0 and result.stderr == ""


def test_the_overlay_of_x_toml_is_x_es_toml() -> None:
    assert overlay_path("a/x.toml") == "a/x.es.toml"
    assert overlay_path("statement") == "statement.es.toml"


# --- validate and the generator ----------------------------------------------------------


def _entry(value: dict[str, Any]) -> str:
    return "{ " + ", ".join(f"{key} = {json.dumps(text, ensure_ascii=False)}" for key, text in value.items()) + " }"


def _dump(overlay: dict[str, Any]) -> str:
    """Return an overlay as TOML, one `[table."id"]` per record, as translators write it."""
    lines = ['language = "es"']
    for table, records in overlay.items():
        if table == "language":
            continue
        for ident, fields in records.items():
            lines.append(f'\n[{table}."{ident}"]')
            for field, value in fields.items():
                if isinstance(value, list):
                    lines += [f"{field} = ["] + [f"  {_entry(note)}," for note in value] + ["]"]
                else:
                    lines.append(f"{field} = {_entry(value)}")
    return "\n".join(lines) + "\n"


def _broken(change: Any) -> str:
    overlay = json.loads(json.dumps(SPANISH))  # a deep copy
    change(overlay)
    return _dump(overlay)


def _line_of(text: str, fragment: str, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text[: text.index(fragment, start)].count("\n") + 1


ARTEMIS = '[achievements."artemis-accords"]'


def _set(path: tuple[str, ...], value: Any) -> Any:
    def change(overlay: dict[str, Any]) -> None:
        target = overlay
        for key in path[:-1]:
            target = target[key] if not isinstance(target, list) else target[int(key)]
        if value is None:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


BREAKS = {
    "outdated": (
        _set(("achievements", "artemis-accords", "title", "of"), "00000000"),
        "field 'title': outdated",
        ("title = ", ARTEMIS),
    ),
    "empty": (
        _set(("achievements", "artemis-accords", "title", "es"), " "),
        "field 'title': empty Spanish text",
        ("title = ", ARTEMIS),
    ),
    "no such record": (
        _set(("achievements", "no-such-record"), {"title": {"es": "Nada", "of": "00000000"}}),
        "record 'no-such-record': no such record in statement.toml",
        ('[achievements."no-such-record"]', ""),
    ),
    "no such field": (
        _set(("achievements", "artemis-accords", "summary"), {"es": "Resumen", "of": "00000000"}),
        "field 'summary': no English text to translate",
        ("summary = ", ARTEMIS),
    ),
    "note count": (
        lambda overlay: overlay["achievements"]["artemis-accords"]["notes"].pop(),
        "field 'notes': number of notes: {count} in Spanish, {english} in English",
        ("notes = ", ARTEMIS),
    ),
    "empty note source": (
        lambda overlay: overlay["achievements"]["artemis-accords"]["notes"][-1].update(source=" "),
        "field 'notes': note {english}: empty Spanish source",
        (None, ARTEMIS),
    ),
    "outdated note": (
        lambda overlay: overlay["achievements"]["artemis-accords"]["notes"][-1].update(of="00000000"),
        "field 'notes': note {english}: outdated",
        (None, ARTEMIS),
    ),
}


def _artemis_notes() -> int:
    return len(next(r for r in ENGLISH["achievements"] if r["id"] == "artemis-accords")["notes"])


@pytest.mark.parametrize("name", [*BREAKS])
def test_validate_reports_a_broken_translation_at_its_line(invoke: Invoke, tmp_path: Path, name: str) -> None:
    change, message, (fragment, after) = BREAKS[name]
    broken = _broken(change)
    data = _copy(tmp_path, broken)
    notes = _artemis_notes()
    message = message.format(count=notes - 1, english=notes)
    if fragment is None:  # the last note's own line
        fragment = broken[broken.index(after) :].split("notes = [\n", 1)[1].split("\n")[notes - 1]
    line = _line_of(broken, fragment, after)
    result = invoke("validate", str(data))
    assert result.exit_code == 2, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{tmp_path / 'statement.es.toml'}:{line}: "), (lines[0], line)
    assert message in lines[0]
    (problem,) = json.loads(invoke("validate", str(data), "-f", "json").stdout)
    assert (problem["path"], problem["line"]) == (str(tmp_path / "statement.es.toml"), line)


def test_validate_reports_a_missing_translation_at_the_english_line(invoke: Invoke, tmp_path: Path) -> None:
    data = _copy(tmp_path, _broken(_set(("achievements", "artemis-accords", "title"), None)))
    english = DATA.read_text(encoding="utf-8")
    line = _line_of(english, "title = ", 'id = "artemis-accords"')
    (problem,) = json.loads(invoke("validate", str(data), "-f", "json").stdout)
    assert problem == {
        "path": str(data),
        "line": line,
        "record": "artemis-accords",
        "field": "title",
        "message": "no Spanish translation in statement.es.toml",
    }


def test_the_bundled_overlay_is_valid_and_complete(invoke: Invoke, tmp_path: Path) -> None:
    """The control of the breaks above: the overlay as it ships, written as they write it."""
    result = invoke("validate", str(_copy(tmp_path, _dump(SPANISH))))
    assert (result.exit_code, result.stdout) == (0, f"{tmp_path / 'statement.toml'}: valid\n"), result.output
    assert invoke("validate").exit_code == 0


def test_the_generator_refuses_an_overlay_with_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import functools

    import usperu._generate as generate

    data, out = _copy(tmp_path, _broken(BREAKS["outdated"][0])), tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        generate, "generated_modules", functools.partial(generate.generated_modules, str(data), str(out))
    )
    assert generate.main([]) == 2
    assert os.listdir(out) == []
    error = capsys.readouterr().err
    assert error.startswith(f"usperu._generate: {tmp_path / 'statement.es.toml'}:") and "outdated" in error
    assert error.endswith("; nothing written\n") and error.count("\n") == 1


def test_fingerprints_are_of_the_english_text() -> None:
    blue_dot = next(r for r in ENGLISH["achievements"] if r["id"] == "blue-dot-network")
    assert SPANISH["achievements"]["blue-dot-network"]["title"]["of"] == fingerprint(blue_dot["title"])
    assert re.fullmatch(r"[0-9a-f]{8}", fingerprint("x"))


# --- search ----------------------------------------------------------------------------


FEW_PHRASE = "cooperación científica civil"
"""Words of a Spanish note of artemis-accords in the fixture; its English says "civil science cooperation"."""


def test_search_finds_a_record_by_its_spanish_words(tmp_path: Path) -> None:
    assert FEW_PHRASE in FEW.read_text(encoding="utf-8")
    with_overlay = find(load_statement(str(_copy(tmp_path / "es", FEW.read_text(encoding="utf-8")))), FEW_PHRASE)
    assert not with_overlay.partial and with_overlay.hits[0].id == "artemis-accords"
    without = find(load_statement(str(_copy(tmp_path / "en", None))), FEW_PHRASE)
    assert without.partial or "artemis-accords" not in [h.id for h in without.hits]


def test_search_finds_the_same_records_in_both_languages(tmp_path: Path) -> None:
    data = str(_copy(tmp_path, FEW.read_text(encoding="utf-8")))
    queries = [FEW_PHRASE, "pledge", "Artemis", "Blue Dot", "memorando de entendimiento", "Japón"]
    english = {q: find(load_statement(data), q, limit=50) for q in queries}
    set_language("es")
    try:
        spanish = {q: find(load_statement(data), q, limit=50) for q in queries}
        bundled = {q: find(load_statement(), q, limit=50) for q in queries}
    finally:
        set_language("en")
    for query in queries:
        assert [h.id for h in spanish[query].hits] == [h.id for h in english[query].hits], query
        assert [h.id for h in bundled[query].hits] == [h.id for h in find(None, query, limit=50).hits], query


def test_spanish_text_weighs_as_the_english_it_translates() -> None:
    spanish = [name for name in _WEIGHTS if name.endswith("_es")]
    assert spanish and all(_WEIGHTS[name] == _WEIGHTS[name.removesuffix("_es")] for name in spanish)


def test_primer_pais_de_america_latina_finds_blue_dot_network() -> None:
    """Against the bundled overlay: passes once the translators' full overlay says, in the
    Spanish of blue-dot-network, that Peru is the first country of Latin America to join."""
    result = find(None, "primer país de América Latina")
    assert not result.partial and result.hits[0].id == "blue-dot-network", [h.id for h in result.hits[:3]]


def test_primer_paso_para_la_implementacion_del_acuerdo_finds_the_csii() -> None:
    """Against the bundled overlay: the CSII memorandum is "the first step towards
    implementing the agreement"; its achievement or glossary entry comes first."""
    result = find(None, "primer paso para la implementación del acuerdo")
    assert not result.partial and result.hits[0].id in ("csii-memorandum", "csii"), [h.id for h in result.hits[:3]]


# --- JSON -------------------------------------------------------------------------------


def _keys(value: Any) -> Any:
    """Return a JSON value's shape: its keys and ids, never its text values."""
    if isinstance(value, dict):
        return {k: (v if k in ("id", "kind", "record", "status", "rating") else _keys(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_keys(v) for v in value]
    return type(value).__name__


def test_json_in_spanish_has_the_same_keys_and_ids(invoke: Invoke) -> None:
    english = invoke("export", "-f", "json")
    spanish = invoke("-L", "es", "export", "-f", "json")
    assert english.exit_code == spanish.exit_code == 0
    before, after = json.loads(english.stdout), json.loads(spanish.stdout)
    assert _keys(after) == _keys(before)
    assert after != before  # the text values are Spanish
