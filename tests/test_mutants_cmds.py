"""Tests for the survivors of mutation testing of the command modules (`_commands/*`,
issue #16 item 5): options that must reach the output, exit codes in every format,
thresholds at their exact value. Each drives a command in-process, as a user would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from usperu.cli import app

from .conftest import Invoke

INFERRED = "The URL is inferred from the State Department's address pattern and was not checked"


def _ascii_invoke(*args: str) -> Result:
    """Run the CLI with an ASCII-only stdout (a terminal or pipe that cannot encode Unicode)."""
    runner = CliRunner(charset="ascii", env={"COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb", "USPERU_DATA": None})
    return runner.invoke(app, list(args), prog_name="usperu")


# --- cite ---------------------------------------------------------------------------------


def test_cite_passes_the_record_the_url_and_the_access_day_to_the_citation(invoke: Invoke) -> None:
    result = invoke(
        "cite", "artemis-accords", "--style", "mla", "--accessed", "2025-01-02", "--url", "https://example.org/x"
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].endswith("9 May 2024, example.org/x. Accessed 2 Jan. 2025.")
    assert lines[1] == "In text: (United States, Department of State, par. 17)"
    assert INFERRED not in result.stdout  # an address given, and the day it was opened


@pytest.mark.parametrize("style", ["plain", "apa", "chicago", "mla"])
def test_cite_says_the_bundled_url_was_not_checked_in_every_prose_style(invoke: Invoke, style: str) -> None:
    result = invoke("cite", "--style", style)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith(INFERRED)


@pytest.mark.parametrize("option", [["--url", "https://example.org/x"], ["--accessed", "2025-01-02"]])
def test_cite_with_an_address_or_an_access_day_does_not_say_it_is_unchecked(invoke: Invoke, option: list[str]) -> None:
    result = invoke("cite", *option)
    assert result.exit_code == 0, result.output
    assert INFERRED not in result.output


def test_cite_names_accessed_when_its_day_is_wrong(invoke: Invoke) -> None:
    result = invoke("cite", "--accessed", "bad")
    assert result.exit_code == 2
    assert result.stderr.startswith("usperu: --accessed expects a day as YYYY-MM-DD")


def test_cite_shows_control_characters_of_a_url_never_obeys_them(invoke: Invoke) -> None:
    result = invoke("cite", "--url", "https://x.org/\x1b[31m\u200e/y")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\u200e" not in result.stdout
    assert "https://x.org/\\x1b[31m\\u200e/y." in result.stdout


def test_cite_csl_json_escapes_non_ascii_only_for_an_ascii_stdout(invoke: Invoke) -> None:
    args = ("cite", "--style", "csl-json", "--url", "https://example.org/perú")
    unicode = invoke(*args)
    assert unicode.exit_code == 0, unicode.output
    assert json.loads(unicode.stdout)[0]["URL"] == "https://example.org/perú" and "perú" in unicode.stdout
    ascii_only = _ascii_invoke(*args)
    assert ascii_only.exit_code == 0, ascii_only.output
    assert json.loads(ascii_only.stdout)[0]["URL"] == "https://example.org/perú" and "per\\u00fa" in ascii_only.stdout


def test_cite_of_a_record_cautions_about_its_garbled_words(invoke: Invoke) -> None:
    result = invoke("cite", "peter-camino")
    assert result.exit_code == 0, result.output
    assert "usperu: caution: our copy says “Peter Cimino”, the official wording is “Peter Camino”" in result.stderr


# --- the listings' options reach the output -------------------------------------------------


@pytest.mark.parametrize("name", ["people", "glossary", "sessions", "progress", "achievements", "since", "timeline"])
def test_bom_reaches_the_csv_of_every_listing(invoke: Invoke, name: str) -> None:
    plain, marked = invoke(name, "-f", "csv"), invoke(name, "-f", "csv", "--bom")
    assert plain.exit_code == 0 and marked.exit_code == 0, marked.output
    assert not plain.stdout.startswith("\ufeff")
    assert marked.stdout == "\ufeff" + plain.stdout


def test_sessions_draw_a_tree_only_with_tree(invoke: Invoke) -> None:
    table, tree = invoke("sessions"), invoke("sessions", "--tree")
    assert table.exit_code == 0 and tree.exit_code == 0, tree.output
    assert "├──" not in table.stdout and "Achievements" in table.stdout
    assert tree.stdout.startswith("Breakout sessions\n├── 1. Democratic governance and migration\n")


def test_progress_session_reaches_the_json(invoke: Invoke) -> None:
    every = json.loads(invoke("progress", "-f", "json").stdout)
    security = json.loads(invoke("progress", "--session", "security", "-f", "json").stdout)
    ids = {row["id"] for row in security["progress"]}
    assert "aerial-interception-agreement" in ids and ids < {row["id"] for row in every["progress"]}
    assert security["summary"]["total"] == len(ids) < every["summary"]["total"]


# --- completions --------------------------------------------------------------------------


def _context() -> typer.Context:
    return typer.Context(typer.main.get_command(app))


def test_completions_take_what_was_typed_in_any_case_and_with_spaces() -> None:
    from usperu._commands._options import (
        complete_kinds,
        complete_sessions,
        complete_statuses,
        complete_tables,
        complete_topics,
    )
    from usperu._commands.help import complete_commands
    from usperu._commands.progress import complete_ratings

    assert complete_statuses("In F") == [("in-force", "in force")]
    assert [value for value, _ in complete_ratings("No P")] == ["no-public-record"]
    assert complete_sessions(_context(), "SEC") == [("security-and-defense", "Security and defense")]
    assert complete_topics(_context(), "SPA") == ["space"]
    assert complete_kinds("ACH") == ["achievement"]
    assert complete_tables("PEO") == ["people"]
    assert [name for name, _ in complete_commands("SH")] == ["show"]


@pytest.mark.parametrize(
    "args",
    [
        ["export", "-f", "json", "--bom"],
        ["export", "-f", "html", "--bom"],
        ["text", "-f", "json", "--bom"],
        ["text", "--bom"],
        ["progress", "-f", "json", "--bom"],
    ],
)
def test_bom_is_refused_for_anything_but_csv(invoke: Invoke, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "usperu: --bom is for CSV: add -f csv\n"


# --- export -f html -------------------------------------------------------------------------


def test_export_html_is_the_whole_edition_in_unicode_or_with_character_references(invoke: Invoke) -> None:
    unicode = invoke("export", "-f", "html")
    assert unicode.exit_code == 0, unicode.output
    assert unicode.stdout.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "Perú" in unicode.stdout and unicode.stdout.rstrip().endswith("</html>")
    ascii_only = _ascii_invoke("export", "-f", "html")
    assert ascii_only.exit_code == 0, ascii_only.output
    assert ascii_only.stdout.isascii() and "Per&#250;" in ascii_only.stdout
    assert ascii_only.stdout.replace("&#250;", "ú").count("Perú") == unicode.stdout.count("Perú")


# --- help -f json -----------------------------------------------------------------------------


def test_help_json_of_one_command_names_it(invoke: Invoke) -> None:
    data = json.loads(invoke("help", "show", "-f", "json").stdout)
    assert list(data) == ["command", "summary", "help"] and data["command"] == "show"
    assert data["help"].startswith("Usage: usperu show [OPTIONS] ID")


# --- completions of actors and tables ---------------------------------------------------------


def test_actors_complete_with_what_each_lists() -> None:
    from usperu._commands._options import complete_actors

    assert complete_actors("") == [
        ("us", "what the United States does, alone or jointly"),
        ("peru", "what Peru does, alone or jointly"),
        ("both", "what both countries do together"),
    ]


def test_tables_whose_plural_is_not_an_s_complete_as_export_names_them(invoke: Invoke) -> None:
    from usperu._commands._options import complete_tables

    assert complete_tables("gl") == ["glossary"] and complete_tables("stat") == ["statement"]
    assert complete_tables("pe") == ["people"]
    assert invoke("export", "--kind", "glossary").exit_code == 0


# --- text -------------------------------------------------------------------------------------


def test_text_csv_takes_a_bom(invoke: Invoke) -> None:
    plain, marked = invoke("text", "-f", "csv"), invoke("text", "-f", "csv", "--bom")
    assert plain.exit_code == 0 and marked.exit_code == 0, marked.output
    assert marked.stdout == "\ufeff" + plain.stdout and plain.stdout.startswith("id,")


def test_text_json_escapes_non_ascii_only_for_an_ascii_stdout(invoke: Invoke) -> None:
    unicode, ascii_only = invoke("text", "-f", "json"), _ascii_invoke("text", "-f", "json")
    assert unicode.exit_code == 0 and ascii_only.exit_code == 0, ascii_only.output
    assert "Peru’s Deputy Minister" in unicode.stdout
    assert "Peru\\u2019s Deputy Minister" in ascii_only.stdout and ascii_only.stdout.isascii()
    assert json.loads(ascii_only.stdout) == json.loads(unicode.stdout)


def test_text_in_spanish_first_says_whose_words_they_are(invoke: Invoke) -> None:
    english, spanish = invoke("text"), invoke("--lang", "es", "text")
    assert spanish.exit_code == 0, spanish.output
    notice, rest = spanish.stdout.split("\n\n", 1)
    assert notice.startswith("La declaración se cita tal como la tiene nuestra copia, en inglés.")
    assert rest == english.stdout


# --- ids completed by their one-word aliases ------------------------------------------------


def test_only_one_word_aliases_that_start_with_what_was_typed_are_offered() -> None:
    from usperu._commands._options import complete_ids

    assert complete_ids(_context(), "cim") == [("cimino", "peter-camino: Peter Camino")]
    assert complete_ids(_context(), "Cim") == [("Cimino", "peter-camino: Peter Camino")]  # as typed
    assert complete_ids(_context(), "Peter C") == []  # 'Peter Cimino' is two words


def test_an_alias_several_records_share_does_not_hide_the_next_one(tmp_path: Path) -> None:
    from usperu._commands._options import complete_ids

    data = _modified_data(tmp_path)
    context = _context()
    context.params["data"] = str(data)
    # 'democracy' names two records, so it is passed over; 'democracyx' names one
    assert [alias for alias, _ in complete_ids(context, "democracy")] == ["democracyx"]


# --- search -----------------------------------------------------------------------------------


def _modified_data(tmp_path: Path) -> Path:
    """A copy of the bundled data where one record has the alias 'democracyx' instead of
    'democratic governance' (every other record keeps its aliases)."""
    text = (Path(__file__).parent.parent / "data" / "statement.toml").read_text(encoding="utf-8")
    old = 'aliases = ["democracy", "democratic governance"]'
    assert text.count(old) == 1
    data = tmp_path / "statement.toml"
    data.write_text(text.replace(old, 'aliases = ["democracy", "democracyx"]'), encoding="utf-8")
    return data


def test_search_reads_the_data_file_chosen(invoke: Invoke, tmp_path: Path) -> None:
    data = _modified_data(tmp_path)
    found = invoke("--data", str(data), "search", "democracyx", "-f", "json")
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout)[0]["id"] == "governance-and-migration" and found.stderr == ""
    bundled = invoke("search", "democracyx", "-f", "json")  # only a spelling correction finds something
    assert bundled.stderr.startswith("usperu: no matches for 'democracyx'; showing results for ")


def test_search_joins_the_words_and_passes_the_limit(invoke: Invoke) -> None:
    words = json.loads(invoke("search", "critical", "minerals", "-f", "json").stdout)
    assert words[0]["id"] == "critical-minerals" and words[0]["matched"][0]["word"] == "critical minerals"
    assert len(words) > 2
    limited = json.loads(invoke("search", "-n", "2", "critical", "minerals", "-f", "json").stdout)
    assert limited == words[:2]


@pytest.mark.parametrize(
    ("words", "note"),
    [
        (["minirals"], "usperu: no matches for 'minirals'; showing results for 'minerals'\n"),
        (
            ["artemis", "fema"],
            "usperu: no record matches every word of 'artemis fema'; these match only some of them\n",
        ),
        (
            ["critical", "zebra"],
            "usperu: no record matches every word of 'critical zebra'; these match only some of them;"
            " nothing matched 'zebra'\n",
        ),
        (
            ["artemis", "accords", "space", "zebra", "quokka"],
            "usperu: no record matches every word of 'artemis accords space zebra quokka';"
            " these match only some of them; nothing matched 'zebra', 'quokka'\n",
        ),
    ],
)
def test_search_says_on_stderr_when_it_widened_or_corrected_the_query(
    invoke: Invoke, words: list[str], note: str
) -> None:
    result = invoke("search", *words, "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)
    assert result.stderr == note


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_search_without_a_match_exits_1_in_every_format(invoke: Invoke, fmt: str) -> None:
    result = invoke("search", "quokka", "-f", fmt)
    assert result.exit_code == 1
    assert result.stderr == "usperu: no matches for 'quokka'\n"
    expected = {"table": "", "json": "[]\n", "csv": "id,kind,title,snippet,highlights,score,matched\n"}
    if fmt in expected:
        assert result.stdout == expected[fmt]
    else:
        assert result.stdout.startswith("## Search results\n")


def test_search_without_a_match_suggests_near_words_in_json_too(invoke: Invoke) -> None:
    for fmt in ("table", "json"):
        result = invoke("search", "tora", "-f", fmt)
        assert result.exit_code == 1
        assert result.stderr == "usperu: no matches for 'tora'; did you mean otra, toma?\n"


def test_search_csv_takes_a_bom(invoke: Invoke) -> None:
    plain, marked = invoke("search", "minerals", "-f", "csv"), invoke("search", "minerals", "-f", "csv", "--bom")
    assert plain.exit_code == 0 and marked.exit_code == 0, marked.output
    assert marked.stdout == "\ufeff" + plain.stdout


# --- timeline -----------------------------------------------------------------------------------


def test_timeline_bases_may_have_spaces_after_commas(invoke: Invoke) -> None:
    spaced = json.loads(invoke("timeline", "-b", "stated, later", "-f", "json").stdout)
    assert {entry["basis"] for entry in spaced} == {"stated", "later"}
    assert spaced == json.loads(invoke("timeline", "-b", "stated,later", "-f", "json").stdout)
    trailing = invoke("timeline", "-b", "stated, ", "-f", "json")  # an empty piece is no basis
    assert trailing.exit_code == 0, trailing.output
    assert {entry["basis"] for entry in json.loads(trailing.stdout)} == {"stated"}


def test_timeline_ics_is_a_calendar_and_says_what_it_left_out(invoke: Invoke) -> None:
    result = invoke("timeline", "-f", "ics", "--from", "2024-05-09", "--to", "2024-05-09")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("BEGIN:VCALENDAR\nVERSION:2.0\n") and "BEGIN:VEVENT" in result.stdout
    assert result.stderr == "usperu: 1 entry known only to the month, year or century left out\n"
    every = invoke("timeline", "-f", "ics")
    assert re.fullmatch(r"usperu: [0-9]+ entries known only to the month, year or century left out\n", every.stderr)
    empty = invoke("timeline", "-f", "ics", "--from", "1600", "--to", "1700")
    assert empty.exit_code == 0 and "BEGIN:VEVENT" not in empty.stdout
    assert empty.stderr.endswith("usperu: no entry with a full date in that range: the calendar is empty\n")


def test_timeline_marks_today_only_within_the_range(invoke: Invoke) -> None:
    assert "(today)" in invoke("timeline", "--from", "2025").stdout
    assert "(today)" in invoke("timeline", "--to", "2999").stdout
    after = invoke("timeline", "--from", "2999")
    assert after.exit_code == 0 and after.stdout == "" and after.stderr == "usperu: no events in that range\n"
    before = invoke("timeline", "--to", "2024-05-08")
    assert before.exit_code == 0 and "(today)" not in before.stdout


# --- validate -----------------------------------------------------------------------------------


def test_validate_lists_one_problem_a_line_and_exits_2_in_text_and_json(invoke: Invoke, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("x = 1\n", encoding="utf-8")
    text = invoke("validate", str(bad))
    assert text.exit_code == 2
    lines = text.stdout.splitlines()
    assert lines[0] == f"{bad}: unknown top-level key 'x'" and len(lines) > 2
    assert all(line.startswith(f"{bad}: ") for line in lines)
    assert text.stderr == f"usperu: {bad}: {len(lines)} problem(s)\n"
    data = invoke("validate", str(bad), "-f", "json")
    assert data.exit_code == 2 and data.stderr == text.stderr
    problems = json.loads(data.stdout)
    assert len(problems) == len(lines) and problems[0]["message"] == "unknown top-level key 'x'"
    assert list(problems[0]) == ["path", "line", "record", "field", "message"]


def test_validate_says_a_valid_file_is_valid(invoke: Invoke, tmp_path: Path) -> None:
    from usperu._loader import bundled_path

    result = invoke("validate")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == f"{bundled_path()}: valid\n"
    named = tmp_path / "a\x1bb.toml"  # a name that would steer the terminal is shown, not obeyed
    named.write_text(Path(bundled_path()).read_text(encoding="utf-8"), encoding="utf-8")
    shown = invoke("validate", str(named))
    assert shown.exit_code == 0 and shown.stdout == f"{tmp_path}/a\\x1bb.toml: valid\n"


@pytest.mark.parametrize(("command", "option"), [("timeline", "--from"), ("timeline", "--to"), ("since", "--to")])
def test_a_wrong_date_names_its_option(invoke: Invoke, command: str, option: str) -> None:
    result = invoke(command, option, "bad")
    assert result.exit_code == 2
    assert result.stderr == f"usperu: {option} expects a date as YYYY-MM-DD, YYYY-MM or YYYY, not 'bad'\n"


# --- achievements: the hint to add --all counts with every filter -----------------------------


@pytest.mark.parametrize(
    "filters",
    [["--actor", "peru", "--topic", "governance"], ["--session", "governance-and-migration", "--topic", "democracy"]],
)
def test_the_hint_to_add_all_counts_the_commitments_of_every_filter(invoke: Invoke, filters: list[str]) -> None:
    result = invoke("achievements", *filters)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "usperu: no achievements match these filters; 1 commitment matches; add --all\n"
    assert len(json.loads(invoke("achievements", *filters, "--all", "-f", "json").stdout)) == 1


def test_the_hint_to_add_all_counts_several_commitments_in_the_plural(invoke: Invoke) -> None:
    result = invoke("achievements", "--topic", "human-rights")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "usperu: no achievements match these filters; 2 commitments match; add --all\n"


def test_search_shows_ten_results_unless_told_otherwise(invoke: Invoke) -> None:
    many = json.loads(invoke("search", "cooperation", "-n", "50", "-f", "json").stdout)
    assert len(many) > 11
    assert json.loads(invoke("search", "cooperation", "-f", "json").stdout) == many[:10]
