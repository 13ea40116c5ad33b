"""What usperu writes for other tools, read back by those tools' own parsers:
BibTeX (bibtexparser), CSL-JSON (citeproc-py), iCalendar (icalendar), shell
completion (the completion entry point as a shell drives it), JSON Schema
(jsonschema), and the whole-dataset export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import bibtexparser
import icalendar
import jsonschema
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from usperu import Development, Event, Statement, load_statement
from usperu._schema import json_schema

from .conftest import DATA, Invoke
from .helpers import usperu_executable

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SCHEMA_FILE = DATA.parent / "statement.schema.json"
GOOD = DATA.read_text(encoding="utf-8")


def out(result: Any) -> str:
    assert result.exit_code == 0, result.output
    return str(result.stdout)


# --- citations --------------------------------------------------------------------------


@pytest.mark.parametrize("ident", [None, "statement", "3", "oecd-accession", "paragraph-22", "fema", "bicentennial"])
def test_bibtex_parses_with_bibtexparser(invoke: Invoke, ident: str | None) -> None:
    args = ["cite", *([ident] if ident else []), "--style", "bibtex", "--accessed", "2026-01-15"]
    library = bibtexparser.parse_string(out(invoke(*args)))  # type: ignore[attr-defined]
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert entry.entry_type == "misc"
    fields = {name: field.value for name, field in entry.fields_dict.items()}
    assert fields["author"] == "{U.S. Department of State}"
    assert fields["title"] == "{Joint Statement on U.S.-Peru High-Level Dialogue}"
    assert fields["year"] == "2024" and fields["date"] == "2024-05-09" and fields["urldate"] == "2026-01-15"
    assert fields["month"] == "may"  # the bare macro, so biber gets month 5
    assert fields["url"].startswith("https://")
    for value in fields.values():
        assert value.count("{") == value.count("}")
    assert entry.key == "usdos2024usperu"  # one work, one key, whichever record is cited


def test_every_record_is_the_same_work_with_its_own_locator(invoke: Invoke) -> None:
    """`cite`, `cite statement` and `cite ID` give the same BibTeX entry and CSL item, so
    that appending them to one file never makes two entries of one work; the locator is a
    hint on stderr."""
    entries = {
        out(invoke("cite", *ident, "--style", "bibtex", "--accessed", "2026-01-15"))
        for ident in ([], ["statement"], ["3"], ["paragraph-9"])
    }
    assert len(entries) == 1 and next(iter(entries)).startswith("@misc{usdos2024usperu,\n")
    located = invoke("cite", "3", "--style", "bibtex", "--accessed", "2026-01-15")
    assert "\\cite[para.~8]{usdos2024usperu}" in located.stderr
    items = {
        out(invoke("cite", *ident, "--style", "csl-json", "--accessed", "2026-01-15"))
        for ident in ([], ["paragraph-17"], ["12"])
    }
    assert len(items) == 1
    hinted = invoke("cite", "12", "--style", "csl-json", "--accessed", "2026-01-15").stderr
    assert "[@usdos2024usperu, para. 17]" in hinted and '"locator": "17", "label": "paragraph"' in hinted


def test_three_records_in_pandoc_style_processing_give_one_reference(invoke: Invoke) -> None:
    items: list[dict[str, Any]] = []
    for ident in ("3", "12", "paragraph-22"):
        items += json.loads(out(invoke("cite", ident, "--style", "csl-json", "--accessed", "2026-01-15")))
    source = CiteProcJSON(list({item["id"]: item for item in items}.values()))
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for _ in ("3", "12", "paragraph-22"):
        bibliography.register(Citation([CitationItem("usdos2024usperu")]))
    assert len(list(bibliography.bibliography())) == 1
    assert {item["id"] for item in items} == {"usdos2024usperu"}


@pytest.mark.parametrize(
    ("ident", "located"),
    [
        ("3", "Key achievement 3, paragraph 8"),
        ("paragraph-9", "Paragraph 9."),
        ("oecd-accession", "Commitment: Peru's progress toward OECD membership recognized, paragraph 20"),
        ("economic-prosperity", "Breakout session: Economic prosperity and inclusive development, paragraph 4"),
        ("peter-camino", "Participant: Peter Camino, paragraph 3"),
        ("bicentennial", "Date: 200th anniversary of U.S.-Peru diplomatic relations, paragraph 18"),
        ("fema", "FEMA, paragraph 13"),
        ("correction-camino", "Correction: Peter Camino, paragraph 3"),
    ],
)
def test_plain_citations_name_each_kind_of_record_once(invoke: Invoke, ident: str, located: str) -> None:
    text = out(invoke("cite", ident, "--accessed", "2026-01-15"))
    assert located in text
    assert "paragraph 9, paragraph 9" not in text.casefold()


def test_a_development_is_not_cited_as_the_statement(invoke: Invoke) -> None:
    result = invoke("cite", "artemis-accords-signed")
    assert result.exit_code == 2 and "not in it" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    ("ident", "official"),
    [("peter-camino", "Peter Camino"), ("1", "aerial interception agreement"), ("paragraph-3", "led an inaugural")],
)
def test_cite_and_show_warn_where_the_copy_is_garbled(invoke: Invoke, ident: str, official: str) -> None:
    for args in (["cite", ident], ["show", ident]):
        result = invoke(*args)
        assert result.exit_code == 0
        (line,) = result.stderr.splitlines()
        assert line.startswith("usperu: caution: our copy says") and official in line
    assert invoke("cite", "blue-dot-network").stderr == ""


def test_a_derived_date_is_never_cited_as_stated(invoke: Invoke) -> None:
    result = invoke("cite", "diplomatic-relations-begin")
    assert "is derived, not stated" in result.stderr
    assert invoke("cite", "high-level-dialogue").stderr == ""


def test_csl_json_publisher_and_url_override(invoke: Invoke) -> None:
    (item,) = json.loads(out(invoke("cite", "--style", "csl-json", "--url", "https://example.org/s")))
    assert item["publisher"] == "Office of the Spokesperson" and item["author"] == [
        {"literal": "U.S. Department of State"}
    ]
    assert item["URL"] == "https://example.org/s" and "2021-2025.state.gov" in item["note"]
    apa = out(invoke("cite", "--style", "apa"))
    assert "Retrieved" not in apa and apa.splitlines()[0].endswith("high-level-dialogue/")


def test_bibtex_escapes_special_characters() -> None:
    from usperu._cite import _tex

    assert _tex("A & B 100% $5 #1 x_y {z} ~ ^ \\") == (
        r"A \& B 100\% \$5 \#1 x\_y \{z\} \textasciitilde{} \textasciicircum{} \textbackslash{}"
    )


@pytest.mark.parametrize("ident", [None, "artemis-accords"])
def test_csl_json_renders_with_citeproc(invoke: Invoke, ident: str | None) -> None:
    args = ["cite", *([ident] if ident else []), "--style", "csl-json", "--accessed", "2026-01-15"]
    items = json.loads(out(invoke(*args)))
    (item,) = items
    assert {"id", "type", "title", "issued", "URL", "accessed", "author", "publisher"} <= set(item)
    assert item["issued"] == {"date-parts": [[2024, 5, 9]]}
    assert item["accessed"] == {"date-parts": [[2026, 1, 15]]}
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    bibliography.register(Citation([CitationItem(item["id"])]))
    (rendered,) = [str(entry) for entry in bibliography.bibliography()]
    assert "U.S. Department of State" in rendered and "2024" in rendered
    assert "Joint Statement on U.S.-Peru High-Level Dialogue" in rendered


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("plain", "U.S. Department of State. “Joint Statement on U.S.-Peru High-Level Dialogue.” Media note"),
        ("apa", "U.S. Department of State. (2024, May 9). Joint Statement on U.S.-Peru High-Level Dialogue"),
        ("chicago", "U.S. Department of State. “Joint Statement on U.S.-Peru High-Level Dialogue.” Media note"),
        ("mla", "United States, Department of State. “Joint Statement on U.S.-Peru High-Level Dialogue.”"),
    ],
)
def test_text_styles(invoke: Invoke, style: str, expected: str) -> None:
    text = out(invoke("cite", "12", "--style", style, "--accessed", "2026-09-01"))
    assert text.startswith(expected.split("“")[0])
    assert expected in text
    locator = {"plain": "paragraph 17", "apa": "para. 17", "chicago": "para. 17", "mla": "par. 17"}[style]
    assert locator in text
    assert style == "apa" or "2026" in text  # APA 7 gives no access date for a page that does not change


@pytest.mark.parametrize("style", ["plain", "chicago", "mla", "bibtex", "csl-json"])
def test_an_access_date_only_with_accessed(invoke: Invoke, style: str) -> None:
    today = dt.date.today()
    plain = out(invoke("cite", "--style", style))
    assert str(today.year) not in plain.replace("2021-2025", "")  # usperu opened nothing: no access date
    assert "Accessed" not in plain and "urldate" not in plain and '"accessed"' not in plain
    given = out(invoke("cite", "--style", style, "--accessed", today.isoformat()))
    assert str(today.year) in given


@pytest.mark.parametrize("style", ["plain", "apa", "chicago", "mla"])
def test_the_inferred_url_is_said_to_be_unchecked(invoke: Invoke, style: str, statement: Statement) -> None:
    rated = next(n.confidence for n in statement.metadata.notes if n.claim == "statement-url")
    assert rated != "high"
    lines = out(invoke("cite", "--style", style)).splitlines()
    assert "was not checked" in lines[-1] and rated in lines[-1] and "--url" in lines[-1]
    for checked in (["--url", "https://example.org/s"], ["--accessed", "2026-01-15"]):
        assert "was not checked" not in out(invoke("cite", "--style", style, *checked))


@pytest.mark.parametrize("style", ["plain", "apa", "chicago", "mla", "bibtex", "csl-json"])
def test_every_style_names_the_state_department_as_author(invoke: Invoke, style: str) -> None:
    text = out(invoke("cite", "12", "--style", style, "--accessed", "2026-01-15"))
    if style == "csl-json":
        assert json.loads(text)[0]["author"] == [{"literal": "U.S. Department of State"}]
    elif style == "bibtex":
        assert "author = {{U.S. Department of State}}" in text
    else:  # MLA writes a government author as "Country, Agency"
        assert text.startswith(("U.S. Department of State.", "United States, Department of State.")), text


def test_cite_rejects_bad_input(invoke: Invoke) -> None:
    today = dt.date.today()
    assert invoke("cite", "nope").exit_code == 2
    bad = invoke("cite", "--accessed", "yesterday")
    assert bad.exit_code == 2 and "--accessed expects a day as YYYY-MM-DD" in bad.stderr
    for loose in ("2026", "2026-01", "2026-1-5"):
        assert invoke("cite", "--accessed", loose).exit_code == 2, loose
    future = invoke("cite", "--accessed", (today + dt.timedelta(days=1)).isoformat())
    assert future.exit_code == 2 and "in the future" in future.stderr
    assert invoke("cite", "--style", "harvard").exit_code == 2


# --- calendar ---------------------------------------------------------------------------


def test_ics_parses_and_has_every_dated_event(invoke: Invoke, statement: Statement) -> None:
    result = invoke("timeline", "-f", "ics")
    text = out(result)
    calendar = icalendar.Calendar.from_ical(text)
    events = list(calendar.walk("VEVENT"))
    entries: list[Event | Development] = [*statement.events, *statement.developments]
    entries.sort(key=lambda e: (e.date, e.id))
    dated = [e for e in entries if e.precision == "day"]
    assert [str(e["UID"]) for e in events] == [f"{e.id}@usperu" for e in dated]
    assert "METHOD" not in calendar  # RFC 5546 wants an ORGANIZER with METHOD:PUBLISH
    for parsed, event in zip(events, dated, strict=True):
        assert parsed.decoded("DTSTART") == event.date
        assert parsed.decoded("DTEND") == event.date + dt.timedelta(days=1)
        assert str(parsed["SUMMARY"]) == event.title
        if isinstance(event, Event):
            assert event.quote in str(parsed["DESCRIPTION"])
            assert ("Derived" in str(parsed["DESCRIPTION"])) == (event.basis == "derived")
            assert str(parsed["URL"]) == statement.metadata.url
        else:
            assert event.summary in str(parsed["DESCRIPTION"]).replace("\n", " ")
            assert str(parsed["URL"]) == event.sources[0].url
        assert parsed.decoded("DTSTAMP").tzinfo is not None
    left_out = len(entries) - len(dated)
    assert result.stderr == f"usperu: {left_out} entries known only to the month, year or century left out\n"


def test_ics_notes_only_what_the_range_holds(invoke: Invoke) -> None:
    only_days = invoke("timeline", "-f", "ics", "--from", "2025-12-01", "--to", "2025-12-31")
    assert only_days.exit_code == 0 and only_days.stderr == ""
    empty = invoke("timeline", "-f", "ics", "--from", "1900", "--to", "1901")
    assert empty.exit_code == 0 and "calendar is empty" in empty.stderr
    calendar = icalendar.Calendar.from_ical(empty.stdout)
    assert list(calendar.walk("VEVENT")) == [] and str(calendar["VERSION"]) == "2.0"


def test_ics_lines_are_crlf_and_folded_at_75_octets(invoke: Invoke) -> None:
    result = invoke("timeline", "-f", "ics")
    assert result.exit_code == 0
    raw = result.stdout_bytes.decode("utf-8")  # .stdout would turn CRLF into LF
    assert raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", "")
    for line in raw.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert any(line.startswith(" ") for line in raw.split("\r\n"))  # long descriptions were folded


def test_ics_range(invoke: Invoke) -> None:
    text = out(
        invoke("timeline", "-f", "ics", "--from", "2024-01-01", "--to", "2024-06-30", "--basis", "stated,derived")
    )
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT")]
    assert uids == ["working-group-inaugural-meeting@usperu", "high-level-dialogue@usperu"]


def test_ics_escapes_text() -> None:
    from usperu._ics import _fold, _property

    assert _property("SUMMARY", "a, b; c\\d\ne") == "SUMMARY:a\\, b\\; c\\\\d\\ne"
    folded = _fold("DESCRIPTION:" + "é" * 80)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "é" * 80


# --- completion -------------------------------------------------------------------------


def complete(invoke: Invoke, words: str, shell: str = "bash") -> list[str]:
    """Run the completion entry point as the shell does; return the offered values."""
    if shell == "bash":
        cword = len(words.split()) - (0 if words.endswith(" ") else 1)
        env = {"_USPERU_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    else:
        env = {"_USPERU_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": words}
        if shell == "fish":
            env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    result = invoke(env=env)
    assert result.exit_code == 0, result.output
    return [line for line in str(result.stdout).splitlines() if line]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("usperu show art", ["artemis-accords", "artemis", "artemis-accords-signed"]),
        ("usperu show air-inter", ["air-interdiction-agreement"]),  # the old id, which still resolves
        ("usperu cite civil-pro", ["civil-protection-working-group"]),
        ("usperu show 1", ["1", "10", "11", "12", "13", "14"]),  # key achievements' numbers, as show takes them
        ("usperu quote cim", ["cimino"]),  # a one-word alias, where no id starts so
        ("usperu cite peter", ["peter-camino"]),
        ("usperu achievements --session sec", ["security-and-defense"]),
        ("usperu achievements --actor ", ["us", "peru", "both"]),
        ("usperu achievements --status re", ["reiterated", "reaffirmed", "repatriated", "recognized"]),
        ("usperu achievements --topic spa", ["space"]),
        ("usperu search peru --kind g", ["glossary"]),
        ("usperu achievements --format j", ["json"]),
        ("usperu timeline -f i", ["ics"]),
        ("usperu cite --style b", ["bibtex"]),
        ("usperu sea", ["search"]),
    ],
)
def test_bash_completion_offers_values(invoke: Invoke, words: str, expected: list[str]) -> None:
    assert complete(invoke, words) == expected


def test_zsh_and_fish_completion_have_titles(invoke: Invoke) -> None:
    zsh = "\n".join(complete(invoke, "usperu show artemis-a", "zsh"))
    assert '"artemis-accords":"Peru decides to join the Artemis Accords"' in zsh
    fish = complete(invoke, "usperu show artemis-accords", "fish")
    assert fish[0] == "artemis-accords\tPeru decides to join the Artemis Accords"


def test_completion_options_detect_the_shell(invoke: Invoke) -> None:
    help_text = out(invoke("--help"))
    assert "--install-completion" in help_text and "--show-completion" in help_text


@pytest.mark.subprocess
def test_show_and_install_completion_in_a_real_bash(tmp_path: Path) -> None:
    """The shell is detected from the process that runs usperu, as for a user: run it from bash."""
    usperu = usperu_executable()
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    # '; exit $?' keeps bash as usperu's parent (bash would exec a lone command in its place)
    shown = subprocess.run(
        ["bash", "-c", f"'{usperu}' --show-completion; exit $?"], env=env, capture_output=True, text=True
    )
    assert shown.returncode == 0 and "_USPERU_COMPLETE" in shown.stdout and "complete_bash" in shown.stdout
    installed = subprocess.run(
        ["bash", "-c", f"'{usperu}' --install-completion; exit $?"], env=env, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and any("_USPERU_COMPLETE" in p.read_text() for p in written)


def test_completion_with_a_broken_data_file_offers_nothing(invoke: Invoke, tmp_path: Path) -> None:
    broken = tmp_path / "b.toml"
    broken.write_text("[", encoding="utf-8")
    env = {"_USPERU_COMPLETE": "complete_bash", "COMP_WORDS": "usperu show a", "COMP_CWORD": "2"}
    result = invoke(env={**env, "USPERU_DATA": str(broken)})
    assert result.exit_code == 0 and result.stdout.strip() == ""


# --- export -----------------------------------------------------------------------------


def test_export_json_has_every_record_and_field(invoke: Invoke, statement: Statement) -> None:
    data = json.loads(out(invoke("export")))
    assert set(data) == {"schema_version", "statement", *GOOD_TABLES}
    assert data["statement"]["date"] == "2024-05-09"
    counted = 1 + sum(len(data[name]) for name in GOOD_TABLES)
    assert counted == len(statement.records())
    raw = tomllib.loads(GOOD)
    for name in GOOD_TABLES:
        # statement order: numbered records by number, events by date (the longer period of two
        # that start on the same day first, then id), the rest as in the file
        by_date = lambda r: (r["date"], COARSE_FIRST[r["precision"]], r["id"])  # noqa: E731
        order: dict[str, Any] = {"events": by_date, "developments": by_date}
        key = order.get(name, lambda r: r.get("number", 0))
        assert [r["id"] for r in data[name]] == [r["id"] for r in sorted(raw[name], key=key)], name
        for exported, source in zip(sorted(data[name], key=_id), sorted(raw[name], key=_id), strict=True):
            for key in source:  # every field of the file is exported (quotes as "text")
                exported_key = "text" if key == "quote" else "block" if key == "block" else key
                assert exported_key in exported, (name, key)


COARSE_FIRST = {"century": 0, "year": 1, "month": 2, "day": 3}

GOOD_TABLES = [
    "people",
    "sessions",
    "achievements",
    "commitments",
    "events",
    "glossary",
    "paragraphs",
    "developments",
    "corrections",
]


def _id(record: dict[str, Any]) -> str:
    return str(record["id"])


def test_export_one_kind_as_csv(invoke: Invoke, statement: Statement) -> None:
    rows = list(csv.DictReader(io.StringIO(out(invoke("export", "-f", "csv", "--kind", "achievements")))))
    assert [r["id"] for r in rows] == [a.id for a in statement.achievements]
    assert rows[0]["text"] == statement.achievements[0].quote
    assert rows[0]["sessions"] == "security-and-defense"
    events = json.loads(out(invoke("export", "--kind", "events")))
    assert [e["id"] for e in events] == [e.id for e in statement.events]


def test_export_csv_needs_a_kind(invoke: Invoke) -> None:
    result = invoke("export", "-f", "csv")
    assert result.exit_code == 2
    assert result.stderr == "usperu: CSV holds one kind of record: add --kind, e.g. --kind achievements\n"


# --- JSON Schema ------------------------------------------------------------------------


def _as_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()  # as TOML-aware editors treat local dates
    return value


def schema_errors(text: str) -> list[str]:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    return [error.message for error in validator.iter_errors(_as_json(tomllib.loads(text)))]


def test_schema_file_is_generated_from_the_loader_rules() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema()
    jsonschema.Draft7Validator.check_schema(json_schema())


def test_the_data_file_points_editors_at_the_schema() -> None:
    assert GOOD.splitlines()[0] == "#:schema ./statement.schema.json"


def test_bundled_data_is_valid_against_the_schema() -> None:
    assert schema_errors(GOOD) == []


BROKEN_FOR_BOTH = [
    ('status = "joined"\n', ""),
    ('number = 3\ntitle = "Peru', 'number = "3"\ntitle = "Peru'),
    ('status = "joined"', 'status = "done"'),
    ('actors = "peru"\nstatus = "joined"', 'actors = "chile"\nstatus = "joined"'),
    ('status = "joined"', 'status = "joined"\ncolour = "blue"'),
    ('id = "blue-dot-network"', 'id = "Blue Dot"'),
    ('confidence = "medium-low", claim = "statement-url"', 'confidence = "sure"'),
    ("date = 2026-05-02", 'date = "May 2"'),
    ('precision = "year"', 'precision = "decade"'),
    ("schema_version = 2", "schema_version = 1"),
    ('title = "Peru, first in Latin America to join the Blue Dot Network"', 'title = ""'),
    ('topics = ["infrastructure", "investment"]', "topics = [1, 2]"),
    ('[[glossary]]\nid = "csii"', '[[glossary]]\nid = "csii"\n[glossary.extra]\nx = 1'),
]


# ids made of letters, digits and dashes only: pytest (and mutmut, which reruns tests by
# id) cannot select an id that is empty or holds "]" or a newline
@pytest.mark.parametrize(
    ("find", "replace"),
    BROKEN_FOR_BOTH,
    ids=[re.sub(r"[^a-z0-9]+", "-", r[:30].lower()).strip("-") or "deleted" for _, r in BROKEN_FOR_BOTH],
)
def test_loader_and_schema_agree_on_broken_files(tmp_path: Path, find: str, replace: str) -> None:
    assert GOOD.count(find) == 1
    text = GOOD.replace(find, replace)
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    assert schema_errors(text), "the schema accepts it"
    with pytest.raises(Exception, match=re.escape(str(path))):
        load_statement(str(path))


def test_cross_references_are_the_loader_s_job(tmp_path: Path) -> None:
    text = GOOD.replace('mentions = ["disaster-response"]', 'mentions = ["nowhere"]')
    assert schema_errors(text) == []  # JSON Schema cannot see ids
    path = tmp_path / "dangling.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Exception, match="no record 'nowhere'"):
        load_statement(str(path))


# --- validate ---------------------------------------------------------------------------


def test_validate_a_good_file(invoke: Invoke) -> None:
    result = invoke("validate", str(DATA))
    assert out(result) == f"{DATA}: valid\n"
    assert out(invoke("validate")).endswith(": valid\n")


def test_validate_reports_every_problem(invoke: Invoke, tmp_path: Path) -> None:
    text = GOOD.replace('status = "joined"', 'status = "done"').replace('actors = "us"', 'actors = "usa"', 1)
    text = text.replace('mentions = ["disaster-response"]', 'mentions = ["nowhere"]')
    path = tmp_path / "three.toml"
    path.write_text(text, encoding="utf-8")
    result = invoke("validate", str(path))
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 3  # shape problems first, then cross-references: a bad field hides nothing
    assert lines[0].startswith(f"{path}:") and "record 'blue-dot-network': field 'status'" in lines[0]
    assert "record 'disaster-response': field 'actors'" in lines[1]
    assert "record 'fema': field 'mentions'" in lines[2]
    assert result.stderr == f"usperu: {path}: 3 problem(s)\n"
    problems = json.loads(invoke("validate", str(path), "-f", "json").stdout)
    assert [(p["record"], p["field"]) for p in problems] == [
        ("blue-dot-network", "status"),
        ("disaster-response", "actors"),
        ("fema", "mentions"),
    ]
    assert all(isinstance(p["line"], int) for p in problems)


def test_validate_an_unreadable_file(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path / "none.toml"))
    assert result.exit_code == 2
    assert result.stdout == f"{tmp_path / 'none.toml'}: no such file\n"
