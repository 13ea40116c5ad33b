"""Layer 3: every command through CliRunner; JSON and CSV are parsed, not matched."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import Any

import pytest
import typer

from usperu import Development, Event, Statement, __version__
from usperu._commands._options import DESCRIBED, described
from usperu._vocabulary import KINDS
from usperu.cli import app

from .conftest import SOURCE, Invoke

# Every command, with the arguments that make it print data in each format it has.
# A new command must be added here, which gives it the help, JSON and output tests
# below; every command has a JSON output.
COMMANDS: dict[str, dict[str, list[str]]] = {
    "about": {fmt: ["-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "achievements": {fmt: ["-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "sessions": {fmt: ["-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "timeline": {fmt: ["-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "since": {fmt: ["-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "progress": {fmt: ["-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "people": {fmt: ["-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "glossary": {fmt: ["-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "show": {fmt: ["artemis-accords", "-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "search": {fmt: ["minerals", "-f", fmt] for fmt in ("table", "json", "csv", "markdown")},
    "text": {fmt: ["-f", fmt] for fmt in ("text", "json", "csv", "markdown")},
    "cite": {"json": ["--style", "csl-json"], "text": ["--style", "chicago"]},
    "export": {"json": [], "csv": ["-f", "csv", "--kind", "sessions"]},
    "validate": {"json": ["-f", "json"], "text": []},
    "help": {"json": ["-f", "json"], "text": ["show"]},
    "quote": {"json": ["artemis-accords", "-f", "json"], "text": ["12"]},
}
ANSI = re.compile(r"\x1b\[")
WIDE = {"COLUMNS": "1000"}  # so that no cell wraps where a test reads a sentence


def registered_commands() -> set[str]:
    group = typer.main.get_command(app)
    return set(group.list_commands(typer.Context(group)))  # type: ignore[attr-defined]


def test_every_command_is_covered_here() -> None:
    assert registered_commands() == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_has_a_summary_and_an_example(invoke: Invoke, name: str) -> None:
    result = invoke(name, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout
    assert f"usperu {name}" in result.stdout
    assert "╭" not in result.stdout and "Options:" in result.stdout  # plain click help, as the README says
    group = typer.main.get_command(app)
    assert group.get_command(typer.Context(group), name).help  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_json_output_parses(invoke: Invoke, name: str) -> None:
    result = invoke(name, *COMMANDS[name]["json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data or name == "validate"  # a valid file has no problems: []
    assert result.stderr == ""


@pytest.mark.parametrize("name", sorted(n for n in COMMANDS if "csv" in COMMANDS[n]))
def test_csv_output_parses(invoke: Invoke, name: str) -> None:
    result = invoke(name, *COMMANDS[name]["csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(row["id"] for row in rows)


FOR_PEOPLE = [
    (name, fmt) for name, formats in COMMANDS.items() for fmt in formats if fmt in ("table", "markdown", "text")
]


@pytest.mark.parametrize(("name", "fmt"), FOR_PEOPLE)
def test_people_formats_have_no_escapes_when_piped(invoke: Invoke, name: str, fmt: str) -> None:
    result = invoke(name, *COMMANDS[name][fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert not ANSI.search(result.stdout)


def parse(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_achievements_json_keys(invoke: Invoke, statement: Statement) -> None:
    data = parse(invoke("achievements", "-f", "json"))
    assert [d["number"] for d in data] == list(range(1, 15))
    required = {"id", "number", "title", "text", "actors", "status", "sessions", "topics"}
    assert all(required <= set(d) for d in data)
    assert data[0]["text"] == statement.achievements[0].quote


def test_achievements_filters_and_all(invoke: Invoke) -> None:
    data = parse(invoke("achievements", "--actor", "peru", "-f", "json"))  # Peru alone, or with the U.S.
    assert [d["number"] for d in data] == [n for n in range(1, 15) if n != 8]  # 8: the United States alone
    assert [d["number"] for d in data if d["actors"] == "peru"] == [3, 9, 12]
    data = parse(invoke("achievements", "--actor", "both", "-f", "json"))
    assert {d["actors"] for d in data} == {"both"} and len(data) == 10
    data = parse(invoke("achievements", "--session", "security", "--status", "reiterated", "-f", "json"))
    assert [d["id"] for d in data] == ["anti-satellite-tests"]
    data = parse(invoke("achievements", "--all", "-f", "json"))
    assert {d["kind"] for d in data} == {"achievement", "commitment"}
    assert "oecd-accession" in [d["id"] for d in data]


def test_achievements_table_shows_every_title(invoke: Invoke, statement: Statement) -> None:
    result = invoke("achievements", env=WIDE)
    assert result.exit_code == 0
    for item in statement.achievements:
        assert item.title in result.stdout
    assert "ID" not in result.stdout.split("\n")[2]  # numbers name achievements; ids only with --all
    with_all = invoke("achievements", "--all", env=WIDE)
    for item in statement.commitments:
        assert item.title in with_all.stdout and item.id in with_all.stdout


def test_empty_filter_result_is_not_an_error(invoke: Invoke) -> None:
    result = invoke("achievements", "--status", "joined", "--topic", "space")
    assert result.exit_code == 0
    assert result.stdout == "" and "no achievements match" in result.stderr
    assert parse(invoke("achievements", "--status", "joined", "--topic", "space", "-f", "json")) == []


def test_sessions_json_and_tree(invoke: Invoke) -> None:
    data = parse(invoke("sessions", "-f", "json"))
    assert [d["number"] for d in data] == [1, 2, 3, 4, 5]
    assert all({"id", "number", "title", "achievements"} <= set(d) for d in data)
    assert data[0]["achievements"] == ["migration-cooperation"]
    tree = invoke("sessions", "--tree")
    assert tree.exit_code == 0
    assert "└── 14. Repatriation of Cuzco School paintings" in tree.stdout
    markdown = invoke("sessions", "--tree", "-f", "markdown")
    assert "  - 6. Cooperation on migration" in markdown.stdout


def test_timeline_json_and_today_marker(invoke: Invoke, statement: Statement) -> None:
    data = parse(invoke("timeline", "-f", "json"))
    entries: list[Event | Development] = [*statement.events, *statement.developments]
    entries.sort(key=lambda e: (e.date, e.id))
    assert [d["id"] for d in data] == [e.id for e in entries]
    assert {d["basis"] for d in data} == {"stated", "derived", "later"}
    dates = {d["id"]: d["date"] for d in data}
    assert dates["high-level-dialogue"] == "2024-05-09"
    assert dates["apec-2024"] == "2024"
    assert dates["cuzco-school-paintings"] == "1600/1699"
    assert all({"date", "title", "basis", "refs"} <= set(d) for d in data)
    table = invoke("timeline", env=WIDE).stdout
    today = dt.date.today()
    marker = table.index(f"{today.day} {today:%B} {today.year}")
    for event in entries:
        before = event.date <= today
        assert (table.index(event.id) < marker) == before, event.id


def test_timeline_range(invoke: Invoke) -> None:
    data = parse(invoke("timeline", "--from", "2024-04-01", "--to", "2024-05-31", "-f", "json"))
    ids = ["apec-2024", "working-group-inaugural-meeting", "high-level-dialogue", "artemis-accords-signed"]
    assert [d["id"] for d in data] == ids
    data = parse(
        invoke("timeline", "--from", "2024-04-01", "--to", "2024-05-31", "--basis", "stated,later", "-f", "json")
    )
    assert [d["id"] for d in data] == ["high-level-dialogue", "artemis-accords-signed"]
    assert invoke("timeline", "--basis", "rumour").exit_code == 2


def test_todays_row_only_when_today_is_in_range(invoke: Invoke) -> None:
    today = dt.date.today()
    label = f"{today.day} {today:%B} {today.year}"
    assert label in invoke("timeline", env=WIDE).stdout
    assert label in invoke("timeline", "--from", "2020", env=WIDE).stdout
    assert label not in invoke("timeline", "--to", "1800", env=WIDE).stdout
    assert label not in invoke("timeline", "--to", "2024", env=WIDE).stdout
    assert label not in invoke("timeline", "--from", str(today.year + 1), env=WIDE).stdout


def test_since_lists_developments_with_sources(invoke: Invoke, statement: Statement) -> None:
    data = parse(invoke("since", "-f", "json"))
    assert [d["id"] for d in data] == [d.id for d in statement.developments]
    assert [d["date"] for d in data] == sorted(d["date"] for d in data)
    for row in data:
        assert {"id", "date", "title", "refs", "sources", "confidence"} <= set(row)
        assert row["sources"] and all(source["url"].startswith("http") for source in row["sources"])
    minerals = parse(invoke("since", "--record", "4", "-f", "json"))
    assert minerals and all("critical-minerals" in d["refs"] for d in minerals)
    assert [d["id"] for d in parse(invoke("since", "--from", "2026", "--to", "2026-02", "-f", "json"))] == [
        "ambassador-navarro-credentials",
        "critical-minerals-rare-earths-mou-2026",
        "forge-succeeds-msp",
        "balcazar-interim-us-support",
    ]
    table = invoke("since", env=WIDE)
    assert "NASA" in table.stdout and "Editorial: not in the statement" in table.stdout


def test_people_json(invoke: Invoke) -> None:
    data = parse(invoke("people", "-f", "json"))
    assert [(d["name"], d["country"]) for d in data] == [("Kurt Campbell", "United States"), ("Peter Camino", "Peru")]
    assert all({"name", "role", "country"} <= set(d) for d in data)
    assert "spelled 'Peter Cimino' in our copy" in invoke("people", env=WIDE).stdout


def test_glossary_lists_terms_and_mentions(invoke: Invoke) -> None:
    data = parse(invoke("glossary", "-f", "json"))
    by_term = {d["term"]: d for d in data}
    assert by_term["FEMA"]["expansion"] == "Federal Emergency Management Agency"
    assert by_term["FEMA"]["mentions"] == ["disaster-response"]


@pytest.mark.parametrize(
    ("ident", "expected"), [("3", "blue-dot-network"), ("PETER", "peter-camino"), ("fema", "fema")]
)
def test_show_is_forgiving(invoke: Invoke, ident: str, expected: str) -> None:
    assert parse(invoke("show", ident, "-f", "json"))["id"] == expected


def test_show_table_has_quote_notes_and_links(invoke: Invoke, statement: Statement) -> None:
    result = invoke("show", "artemis-accords", env=WIDE)
    assert result.exit_code == 0
    assert statement.by_id["artemis-accords"].quote in result.stdout  # type: ignore[union-attr]
    assert "Since" in result.stdout and "artemis-accords-signed" in result.stdout
    assert "Linked from" in result.stdout and "artemis" in result.stdout


def test_show_unknown_id_exits_2_with_suggestions(invoke: Invoke) -> None:
    result = invoke("show", "artemis-acords")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("usperu: unknown id 'artemis-acords'; did you mean artemis-accords")
    assert result.stderr.count("\n") == 1


def test_text_is_verbatim(invoke: Invoke) -> None:
    result = invoke("text")
    assert result.exit_code == 0
    assert result.stdout == SOURCE.read_text(encoding="utf-8")
    data = parse(invoke("text", "-f", "json"))
    assert len(data) == 23 and data[5]["block"] == "bullet"


def test_about(invoke: Invoke) -> None:
    data = parse(invoke("about", "-f", "json"))
    assert data["date"] == "2024-05-09"
    assert data["counts"]["achievements"] == 14 and data["counts"]["sessions"] == 5
    assert [p["name"] for p in data["people"]] == ["Kurt Campbell", "Peter Camino"]
    table = invoke("about", env=WIDE).stdout
    assert "Washington, DC" in table and "U.S. Department of State" in table


def test_version(invoke: Invoke) -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"usperu {__version__}\n"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["nope"], 2, "No such command 'nope'"),
        (["achievements", "--actor", "chile"], 2, "unknown actor 'chile'"),
        (["achievements", "--format", "yaml"], 2, "'yaml' is not one of"),
        (["timeline", "--from", "May 2024"], 2, "--from expects a date as YYYY-MM-DD"),
        (["timeline", "--from", "2025-01-01", "--to", "2024-01-01"], 2, "is after --to"),
        (["show"], 2, "Missing argument 'ID'"),
        (["achievements", "--bogus"], 2, "No such option: --bogus"),
    ],
)
def test_usage_errors_are_one_line(invoke: Invoke, args: list[str], code: int, message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert result.stderr.startswith("usperu: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_data_option_and_environment_variable(invoke: Invoke, tmp_path: Any) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("schema_version = 2\n[statement\n", encoding="utf-8")
    for result in (
        invoke("--data", str(broken), "achievements"),
        invoke("achievements", env={"USPERU_DATA": str(broken)}),
    ):
        assert result.exit_code == 2
        assert result.stderr.startswith(f"usperu: {broken}:2: invalid TOML")
    other = tmp_path / "copy.toml"
    other.write_text(
        SOURCE.parent.parent.parent.joinpath("data", "statement.toml")
        .read_text(encoding="utf-8")
        .replace('title = "Peru, first in Latin America to join the Blue Dot Network"', 'title = "Corrected title"'),
        encoding="utf-8",
    )
    data = parse(invoke("--data", str(other), "show", "3", "-f", "json"))
    assert data["title"] == "Corrected title"


def test_listed_help_is_each_command_s_docstring() -> None:
    from usperu.cli import COMMANDS as LISTED

    group = typer.main.get_command(app)
    for name, short in LISTED.items():
        doc = group.get_command(typer.Context(group), name).help  # type: ignore[attr-defined]
        assert doc.split("\n")[0] == short, name


def test_json_listings_have_one_record_per_line(invoke: Invoke) -> None:
    lines = invoke("achievements", "-f", "json").stdout.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 14 + 2
    assert [json.loads(line.rstrip(","))["number"] for line in lines[1:-1]] == list(range(1, 15))
    assert invoke("achievements", "--status", "joined", "--topic", "space", "-f", "json").stdout == "[]\n"


@pytest.mark.parametrize("width", [60, 80, 100, 120, 200])
def test_column_widths_fit_and_keep_ids_whole(statement: Statement, width: int) -> None:
    from usperu._render import column_widths, fit_table, render
    from usperu._views import achievements_listing, timeline_listing

    listing = achievements_listing(statement.achievements + statement.commitments, statement)
    natural = column_widths(listing, None)
    fitted = fit_table(listing, width)
    assert natural is not None
    assert fitted is not None  # a table from 60 columns on, leaving out spare columns if it must
    shown, widths = fitted
    assert sum(widths) + 3 * (len(widths) - 1) + 4 <= width  # padding, separators and edges included
    assert max(len(line) for line in render(listing, "table", width=width).splitlines()) <= width
    assert natural[-1] == max(len(i.id) for i in statement.achievements + statement.commitments)
    assert shown.headers[-1] == "ID"
    # ids are broken only when even without the spare columns they would squeeze the titles
    assert widths[-1] == natural[-1] or width < 100
    shown_natural = column_widths(shown, None)
    assert shown_natural is not None and all(f <= n for f, n in zip(widths, shown_natural, strict=True))
    events = timeline_listing(statement.events, dt.date(2026, 1, 1))
    timeline_widths, timeline_natural = column_widths(events, width), column_widths(events, None)
    assert timeline_natural is not None
    if timeline_widths is not None:  # too narrow for every column: see tests/test_render.py
        assert timeline_widths[0] == timeline_natural[0]  # dates never wrap


def test_no_command_shows_help_on_stderr(invoke: Invoke) -> None:
    result = invoke()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Usage: usperu [OPTIONS] COMMAND" in result.stderr and "search" in result.stderr


@pytest.mark.parametrize(
    ("args", "hint"),
    [(["show", "zzz"], "find one with 'usperu search WORDS'"), (["achievements", "-s", "9"], "see 'usperu sessions'")],
)
def test_unknown_ids_say_where_to_look(invoke: Invoke, args: list[str], hint: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2 and result.stderr.rstrip().endswith(hint)


# --- tables show the rows of the JSON, in the same order -------------------------------


def table_rows(stdout: str) -> list[str]:
    """Return the data lines of a table drawn at a width where no cell wraps (not its caption)."""
    from usperu._views import SESSION_MAPPING

    lines = stdout.splitlines()
    rule = next(n for n, line in enumerate(lines) if line.strip().startswith("──"))
    return [line for line in lines[rule + 1 :] if line.strip() and line.strip() != SESSION_MAPPING]


@pytest.mark.parametrize("args", [[], ["--all"], ["--session", "economic"], ["--actor", "both"]])
def test_achievements_table_rows_follow_the_json_order(invoke: Invoke, args: list[str]) -> None:
    items = parse(invoke("achievements", *args, "-f", "json"))
    assert len(items) > 1
    rows = table_rows(invoke("achievements", *args, env=WIDE).stdout)
    assert len(rows) == len(items)  # one line per record: nothing wrapped at this width
    for row, item in zip(rows, items, strict=True):
        assert row.split()[0] == str(item["number"] if item["number"] is not None else "-"), (row, item["id"])
        assert f" {item['title']} " in row, (row, item["id"])
        if "--all" in args:
            assert row.split()[-1] == item["id"]


def test_achievements_stacked_rows_follow_the_json_order(invoke: Invoke) -> None:
    numbers = [d["number"] for d in parse(invoke("achievements", "-f", "json"))]
    stacked = invoke("achievements", env={"COLUMNS": "40"}).stdout
    assert [int(line.removeprefix("#: ")) for line in stacked.splitlines() if line.startswith("#: ")] == numbers


def test_achievements_markdown_and_csv_rows_follow_the_json_order(invoke: Invoke) -> None:
    ids = [d["id"] for d in parse(invoke("achievements", "--all", "-f", "json"))]
    markdown = invoke("achievements", "--all", "-f", "markdown").stdout.splitlines()
    assert [line.rstrip(" |").rsplit("| ", 1)[-1] for line in markdown if line.startswith("| ")][1:] == ids
    rows = list(csv.DictReader(io.StringIO(invoke("achievements", "--all", "-f", "csv").stdout)))
    assert [row["id"] for row in rows] == ids


# --- sessions link to their achievements and commitments --------------------------------


def test_sessions_json_lists_each_session_s_achievements_and_commitments(
    invoke: Invoke, document: dict[str, Any]
) -> None:
    raw = document  # the data file as TOML, not through the loader
    data = parse(invoke("sessions", "-f", "json"))
    assert [d["id"] for d in data] == [s["id"] for s in raw["sessions"]]
    for session in data:
        for kind in ("achievements", "commitments"):
            linked = [r["id"] for r in raw[kind] if session["id"] in r["sessions"]]
            assert session[kind] == linked, (session["id"], kind)
    assert any(d["commitments"] for d in data)  # the data has commitments linked to sessions
    assert all(d["achievements"] for d in data)
    exported = parse(invoke("export", "--kind", "sessions"))
    assert exported == data
    shown = parse(invoke("show", "economic-prosperity", "-f", "json"))
    listed = next(d for d in data if d["id"] == "economic-prosperity")
    assert {key: shown[key] for key in listed} == listed  # show adds corrections and developments
    assert [c["id"] for c in shown["corrections"]] == ["correction-inclusive-development"]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_show_works_for_one_record_of_every_kind(invoke: Invoke, statement: Statement, fmt: str) -> None:
    firsts: dict[str, str] = {}
    for record in statement.records():
        firsts.setdefault(record.kind, record.id)
    assert set(firsts) == set(KINDS)
    for ident in firsts.values():
        result = invoke("show", ident, "-f", fmt)
        assert result.exit_code == 0, (ident, result.output)
        if fmt == "json":
            assert json.loads(result.stdout)["id"] == ident


def test_show_a_development_lists_its_sources(invoke: Invoke, statement: Statement) -> None:
    development = statement.developments[0]
    result = invoke("show", development.id, env=WIDE)
    for source in development.sources:
        assert source.url in result.stdout
    assert development.summary in result.stdout and "“" not in result.stdout.split("\n")[2]  # no quote marks


def test_timeline_table_rows_follow_the_json_order(invoke: Invoke) -> None:
    ids = [d["id"] for d in parse(invoke("timeline", "-f", "json"))]
    lines = invoke("timeline", env=WIDE).stdout.splitlines()
    shown = [line.split()[-1] for line in lines if line.split() and line.split()[-1] in ids]
    assert shown == ids


# --- quote --check: found, near, no match; the corrections that apply ------------------


def test_quote_check_below_the_threshold_is_no_match(invoke: Invoke) -> None:
    result = invoke("quote", "--check", "Peru agreed to buy F-16 fighter jets")
    assert result.exit_code == 1, result.output
    first, passage = result.stdout.splitlines()[:2]
    assert re.fullmatch(r"0\.\d\d  no match; the closest passage:  [a-z0-9-]+, para\. \d+", first), first
    assert passage.startswith("      “") and "near" not in result.stdout
    assert result.stderr.startswith("usperu: no match in the statement: the closest passage scores 0.")


def test_quote_check_near_is_above_the_threshold_only(invoke: Invoke) -> None:
    text = "Peru's decision not to join the Artemis Accords"
    data = json.loads(invoke("quote", "--check", text, "-f", "json").stdout)
    lines = [line for line in invoke("quote", "--check", text).stdout.splitlines() if not line.startswith(" ")]
    assert len(lines) == len(data) >= 2
    for line, match in zip(lines, data, strict=True):
        verdict = line.split("  ")[1]
        assert verdict == ("near" if match["score"] >= 0.9 else "no match"), (line, match)


def test_quote_check_lists_only_the_corrections_in_the_passage(invoke: Invoke, statement: Statement) -> None:
    # paragraph 3 has four corrections; these words hold two of them, this one holds one
    for text, expected in (
        ("Vice Minister of Foreign Affairs Ambassador Peter Camino", ["correction-vice-minister", "correction-camino"]),
        ("Ambassador Peter Camino", ["correction-camino"]),
    ):
        best = parse(invoke("quote", "--check", text, "-f", "json"))[0]
        assert best["found"] and best["official"], best
        assert [c["id"] for c in best["corrections"]] == expected
        assert set(best["corrections"][0]) == {"id", "quoted", "official", "source", "confidence"}
        shown = [line for line in invoke("quote", "--check", text).stdout.splitlines() if "official wording" in line]
        assert len(shown) == len(expected)  # one line each, never a run-on line of the paragraph's others
        for line, ident in zip(shown, expected, strict=True):
            assert f"officially “{statement.by_id[ident].official}”" in line  # type: ignore[union-attr]
    ours = parse(invoke("quote", "--check", "Kurt Campbell and Peru's", "-f", "json"))[0]
    assert ours["found"] and not ours["official"] and ours["corrections"] == []


def test_quote_check_without_a_shared_word_or_too_long(invoke: Invoke) -> None:
    result = invoke("quote", "--check", "xyzzy plugh", "-f", "json")
    assert result.exit_code == 1 and json.loads(result.stdout) == []
    assert result.stderr == "usperu: no match in the statement: no passage has any of these words\n"
    result = invoke("quote", "--check", "Peru minerals " * 6500)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "check a sentence or a paragraph at a time" in result.stderr


# --- completion: what is offered is what the commands accept ------------------------------


def _offered(invoke: Invoke, words: str, shell: str = "fish") -> list[tuple[str, str]]:
    """Return (value, description) as fish is offered them for the last word of `words`."""
    env = {"_USPERU_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": words}
    env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    result = invoke(env=env)
    assert result.exit_code == 0, result.output
    pairs = [line.partition("\t") for line in result.stdout.splitlines()]
    return [(value, description) for value, _, description in pairs]


@pytest.mark.parametrize("command", ["show", "quote", "cite"])
@pytest.mark.parametrize("typed", ["1", "12", "cim", "Cam", "camp", "fem"])
def test_completed_ids_are_accepted_and_named_by_their_record(
    invoke: Invoke, statement: Statement, command: str, typed: str
) -> None:
    from usperu._queries import find_record

    offered = _offered(invoke, f"usperu {command} {typed}")
    assert offered, typed
    for value, description in offered:
        assert value.startswith(typed)
        record = find_record(statement, value)
        cut = description.endswith("…") and len(description) <= DESCRIBED  # at a word (_options.described)
        shown = description.removesuffix("…").split(": ", 1)[-1]  # an alias's is "id: title"
        assert record.title in description or (cut and shown and record.title.startswith(shown)), (value, description)
        assert invoke("show", value, "-f", "json").exit_code == 0, value


def test_numbers_complete_to_every_key_achievement(invoke: Invoke, statement: Statement) -> None:
    offered = dict(_offered(invoke, "usperu show 1"))
    expected = {str(a.number): described(a.title) for a in statement.achievements if str(a.number).startswith("1")}
    assert offered == expected


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(
    "words",
    [
        "usperu show ",
        "usperu quote cim",
        "usperu help ",
        "usperu progress --rating ",
        "usperu achievements --actor ",
        "usperu achievements --",  # options, described by their help
        "usperu --",
        "usperu ",
    ],
)
@pytest.mark.parametrize("columns", ["80", "40"])
def test_every_completion_description_is_one_short_line(invoke: Invoke, lang: str, words: str, columns: str) -> None:
    """Typer renders descriptions through Rich, which wraps a long one at the terminal's
    width: fish then offered the wrapped tail ('al Diálogo') as a candidate of its own."""
    env = {"_USPERU_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": words.replace("usperu ", f"usperu -L {lang} ")}
    result = invoke(env={**env, "_TYPER_COMPLETE_FISH_ACTION": "get-args", "COLUMNS": columns})
    assert result.exit_code == 0 and result.stdout, result.output
    for line in result.stdout.splitlines():
        value, tab, description = line.partition("\t")
        assert tab and value and description, line  # no line that is a description's wrapped tail
        assert len(description) <= min(DESCRIBED, int(columns) - 1), line


def test_a_completion_description_is_never_markup() -> None:
    assert described("[bold]Peru[/bold] joins") == "\\[bold]Peru\\[/bold] joins"
    assert described("x " * 40).endswith("…") and len(described("x " * 40)) <= DESCRIBED


def test_no_completion_repeats_its_value_as_its_description(invoke: Invoke) -> None:
    for words in ("usperu achievements --status ", "usperu achievements --actor ", "usperu show ", "usperu show cim"):
        for value, description in _offered(invoke, words):
            assert description.casefold() != value.casefold(), (words, value)
    statuses = dict(_offered(invoke, "usperu achievements --status "))
    assert statuses["advanced"] == "" and statuses["in-force"] == "in force"


# --- counts in the README and the help come from the data -------------------------------

_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen twenty"
).split()
_COUNTED = re.compile(
    rf"\b(\d+|{'|'.join(_NUMBER_WORDS)})\s+(?:(?:key|breakout|further)\s+)?"
    r"(achievements and commitments|achievements|accomplishments|sessions|commitments|paragraphs|events|developments"
    r"|corrections|leaders)\b",
    re.IGNORECASE,
)
_FROM_PARAGRAPHS = re.compile(rf"\b({'|'.join(_NUMBER_WORDS)}) from paragraphs? ((?:\d+(?:, | and )?)+)")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS.index(word.casefold())


def _texts_that_count(invoke: Invoke) -> dict[str, str]:
    """Return the README, the docs and every help text, by name."""
    from usperu.cli import COMMANDS as LISTED

    from .conftest import ROOT

    texts = {path.name: path.read_text(encoding="utf-8") for path in [ROOT / "README.md", *ROOT.glob("docs/*.md")]}
    texts["usperu --help"] = invoke("--help").stdout
    for name in LISTED:
        texts[f"usperu {name} --help"] = invoke(name, "--help").stdout
    return texts


def test_every_count_in_the_readme_and_the_help_is_the_data_s(invoke: Invoke, statement: Statement) -> None:
    expected = {
        "achievements": len(statement.achievements),
        "accomplishments": len(statement.achievements),
        "sessions": len(statement.sessions),
        "commitments": len(statement.commitments),
        "paragraphs": len(statement.paragraphs),
        "events": len(statement.events),
        "developments": len(statement.developments),
        "corrections": len(statement.corrections),
        "leaders": len(statement.people),
        "achievements and commitments": len(statement.achievements) + len(statement.commitments),
    }
    found = 0
    for name, text in _texts_that_count(invoke).items():
        for match in _COUNTED.finditer(" ".join(text.split())):
            noun = match.group(2).casefold()
            assert _count(match.group(1)) == expected[noun], f"{name}: {match.group()!r}, the data has {expected[noun]}"
            found += 1
    assert found >= 10  # the README and the help do count: the pattern still finds them


def test_counts_of_commitments_by_paragraph_are_the_data_s(invoke: Invoke, statement: Statement) -> None:
    numbers = {p.id: p.number for p in statement.paragraphs}
    found = 0
    for name, text in _texts_that_count(invoke).items():
        for match in _FROM_PARAGRAPHS.finditer(" ".join(text.split())):
            paragraphs = {int(n) for n in re.findall(r"\d+", match.group(2))}
            there = [c.id for c in statement.commitments if numbers.get(c.paragraph or "") in paragraphs]
            assert _count(match.group(1)) == len(there), f"{name}: {match.group()!r}: {there}"
            found += 1
    assert found >= 2


@pytest.mark.parametrize("style", ["bibtex", "csl-json"])
def test_quote_with_a_shared_entry_style_says_its_locator_as_cite_does(invoke: Invoke, style: str) -> None:
    quoted, cited = invoke("quote", "12", "--style", style), invoke("cite", "12", "--style", style)
    assert quoted.exit_code == 0 and cited.exit_code == 0
    assert quoted.stderr == cited.stderr and "17" in quoted.stderr  # the paragraph, which the entry lacks
    assert invoke("quote", "12", "--style", "apa").stderr == ""


def test_every_option_that_is_accepted_is_in_the_help(invoke: Invoke) -> None:
    """No hidden options: `text --pager` was accepted but not in `text --help`."""
    from usperu.cli import COMMANDS as LISTED

    group = typer.main.get_command(app)
    for name in LISTED:
        command = group.get_command(None, name)  # type: ignore[attr-defined]
        shown = invoke(name, "--help").stdout
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("-"):
                    assert not getattr(param, "hidden", False) and opt in shown, (name, opt)
