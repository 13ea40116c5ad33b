"""Output contracts of issue #12: what scripts and people can lean on.

Completion values that every shell keeps whole, empty results that keep their
shape, forgiving values that are the same everywhere, errors that say what to do,
help without placeholders, `--fields`, `--bom`, the pager and `usperu quote`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest

from usperu import Statement

from .conftest import Invoke
from .test_integrations import complete


def parse(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- completion -------------------------------------------------------------------------


def test_bash_completion_offers_multi_word_values_whole(invoke: Invoke) -> None:
    assert complete(invoke, "usperu achievements --status in") == ["in-force"]
    assert complete(invoke, "usperu achievements --status under") == ["under-discussion"]
    # and what it offers is accepted as is
    assert parse(invoke("achievements", "--status", "in-force", "-f", "json"))[0]["status"] == "in force"


def test_zsh_and_fish_keep_descriptions_for_statuses_and_actors(invoke: Invoke) -> None:
    zsh = "\n".join(complete(invoke, "usperu achievements --status in", "zsh"))
    assert '"in-force":"in force"' in zsh
    fish = complete(invoke, "usperu achievements --actor b", "fish")
    assert fish == ["both\twhat both countries do together"]  # not "both (Both)"


# --- forgiving values -------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["achievement", "achievements", "ACHIEVEMENTS"])
def test_search_kind_takes_singular_and_plural(invoke: Invoke, kind: str) -> None:
    data = parse(invoke("search", "minerals", "--kind", kind, "-f", "json"))
    assert data and {d["kind"] for d in data} == {"achievement"}


@pytest.mark.parametrize(
    ("kind", "first"), [("achievement", "aerial-interception-agreement"), ("person", "kurt-campbell")]
)
def test_export_kind_takes_singular_and_plural(invoke: Invoke, kind: str, first: str) -> None:
    assert parse(invoke("export", "--kind", kind))[0]["id"] == first
    rows = list(csv.DictReader(io.StringIO(invoke("export", "-f", "csv", "--kind", kind).stdout)))
    assert rows[0]["id"] == first


def test_a_misspelt_kind_is_an_error_with_a_suggestion(invoke: Invoke) -> None:
    for args in (["search", "peru", "--kind", "achievment"], ["export", "--kind", "achievment"]):
        result = invoke(*args)
        assert result.exit_code == 2
        assert "unknown kind 'achievment'; did you mean achievement" in result.stderr


@pytest.mark.parametrize(
    ("actor", "expected"), [("United States", {"us", "both"}), ("peru", {"peru", "both"}), ("Both", {"both"})]
)
def test_actor_takes_what_the_table_prints(invoke: Invoke, actor: str, expected: set[str]) -> None:
    data = parse(invoke("achievements", "--actor", actor, "-f", "json"))  # a country alone, or with the other
    assert data and {d["actors"] for d in data} == expected


def test_actor_typo_suggests(invoke: Invoke) -> None:
    result = invoke("achievements", "--actor", "Unted States")
    assert result.exit_code == 2
    assert "did you mean" in result.stderr and "united states" in result.stderr.casefold()


@pytest.mark.parametrize(("alias", "expected"), [("Campbell", "kurt-campbell"), ("cimino", "peter-camino")])
def test_show_resolves_a_unique_alias(invoke: Invoke, alias: str, expected: str) -> None:
    assert parse(invoke("show", alias, "-f", "json"))["id"] == expected


def test_show_names_the_ids_an_ambiguous_alias_could_mean(invoke: Invoke) -> None:
    result = invoke("show", "democracy")
    assert result.exit_code == 2
    assert "'democracy' could mean" in result.stderr
    assert "governance-and-migration" in result.stderr and "democratic-institutions" in result.stderr


# --- errors say what to do --------------------------------------------------------------


def test_show_a_number_out_of_range(invoke: Invoke) -> None:
    result = invoke("show", "15")
    assert result.exit_code == 2
    assert result.stderr == "usperu: unknown id '15': key achievements are numbered 1 to 14\n"


def test_show_an_ambiguous_prefix(invoke: Invoke, statement: Statement) -> None:
    result = invoke("show", "a")
    assert result.exit_code == 2
    count = sum(r.id.startswith("a") for r in statement.records())
    assert result.stderr.startswith(f"usperu: 'a' matches {count} ids: type more of it (for example ")


# --- empty results keep their shape -----------------------------------------------------

EMPTY = {
    "achievements": ["achievements", "--topic", "oecd"],
    "timeline": ["timeline", "--from", "2100"],
    "search": ["search", "zzz"],
}


@pytest.mark.parametrize("name", sorted(EMPTY))
def test_empty_csv_has_its_header_and_json_is_an_empty_list(invoke: Invoke, name: str) -> None:
    full = {"achievements": ["achievements"], "timeline": ["timeline"], "search": ["search", "peru"]}[name]
    header = invoke(*full, "-f", "csv").stdout.splitlines()[0]
    result = invoke(*EMPTY[name], "-f", "csv")
    assert result.stdout == header + "\n"
    assert "id" in header.split(",")
    result = invoke(*EMPTY[name], "-f", "json")
    assert result.stdout == "[]\n"
    assert result.exit_code == (1 if name == "search" else 0)


@pytest.mark.parametrize("name", sorted(EMPTY))
def test_empty_markdown_has_its_header(invoke: Invoke, name: str) -> None:
    result = invoke(*EMPTY[name], "-f", "markdown")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("## ")
    assert any(line.startswith("| ") for line in lines) and "|---|" in result.stdout


def test_no_achievements_message_is_on_stderr_and_mentions_all(invoke: Invoke) -> None:
    result = invoke("achievements", "--topic", "oecd")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "usperu: no achievements match these filters; 1 commitment matches; add --all\n"
    plain = invoke("achievements", "--status", "joined", "--topic", "space")
    assert plain.stdout == "" and plain.stderr == "usperu: no achievements match these filters\n"


# --- validate lists every problem, at its own line --------------------------------------


def _line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def test_validate_reports_independent_problems_of_one_record(invoke: Invoke, tmp_path: Any) -> None:
    from .test_integrations import GOOD

    text = GOOD.replace('status = "joined"', 'status = "done"')
    text = text.replace('paragraph = "paragraph-8"\nactors = "peru"', 'paragraph = "paragraph-99"\nactors = "peru"')
    text = text.replace(
        'sessions = ["economic-prosperity"]\ntopics = ["infrastructure", "investment"]',
        'sessions = ["nowhere"]\ntopics = ["infrastructure", "investment"]',
    )
    path = tmp_path / "three.toml"
    path.write_text(text, encoding="utf-8")
    problems = json.loads(invoke("validate", str(path), "-f", "json").stdout)
    found = {(p["record"], p["field"]): p["line"] for p in problems}
    assert found == {
        ("blue-dot-network", "status"): _line_of(text, 'status = "done"'),
        ("blue-dot-network", "paragraph"): _line_of(text, 'paragraph = "paragraph-99"'),
        ("blue-dot-network", "sessions"): _line_of(text, 'sessions = ["nowhere"]'),
    }


def test_validate_reports_a_duplicate_id_at_the_duplicate(invoke: Invoke, tmp_path: Any) -> None:
    from .test_integrations import GOOD

    text = GOOD.replace('[[glossary]]\nid = "csii"', '[[glossary]]\nid = "fema"', 1)
    path = tmp_path / "dup.toml"
    path.write_text(text, encoding="utf-8")
    problems = json.loads(invoke("validate", str(path), "-f", "json").stdout)
    duplicate = [p for p in problems if "duplicate" in p["message"]]
    assert len(duplicate) == 1
    first = text.index('id = "fema"')
    second = text.index('id = "fema"', first + 1)
    assert duplicate[0]["line"] == text[:second].count("\n") + 1  # the duplicate, not the first


def test_validate_a_missing_file_does_not_talk_about_data(invoke: Invoke, tmp_path: Any) -> None:
    result = invoke("validate", str(tmp_path / "missing.toml"))
    assert result.exit_code == 2
    assert result.stdout == f"{tmp_path / 'missing.toml'}: no such file\n"
    assert "--data" not in result.output
    loaded = invoke("--data", str(tmp_path / "missing.toml"), "people")
    assert "check --data or USPERU_DATA" in loaded.stderr


# --- tables -----------------------------------------------------------------------------


def _listings(statement: Statement) -> dict[str, Any]:
    import datetime as dt

    from usperu._queries import achievements_by_session, progress
    from usperu._views import (
        achievements_listing,
        glossary_listing,
        people_listing,
        progress_listing,
        sessions_listing,
        timeline_listing,
    )

    return {
        "progress": progress_listing(progress(statement), statement),
        "achievements --all": achievements_listing(statement.achievements + statement.commitments, statement),
        "achievements": achievements_listing(statement.achievements, statement),
        "timeline": timeline_listing(statement.events, dt.date(2026, 11, 27)),
        "glossary": glossary_listing(statement.glossary),
        "people": people_listing(statement.people),
        "sessions": sessions_listing(statement, achievements_by_session(statement))._replace(tree=None),
        "sessions --tree": sessions_listing(statement, achievements_by_session(statement)),
    }


def _shown_whole_or_after_hyphens(ident: str, words: set[str]) -> bool:
    """Whether the id is one of the words, or runs of its parts (each up to and with a
    hyphen) are: a narrow table breaks an id only after a hyphen (issue #16)."""
    parts = re.findall(r"[^-]*-+|[^-]+", ident)
    reachable = {0}  # how many parts the words shown so far can make
    for end in range(1, len(parts) + 1):
        if any(start in reachable and "".join(parts[start:end]) in words for start in range(end)):
            reachable.add(end)
    return len(parts) in reachable


@pytest.mark.parametrize("width", [40, 60, 80, 100, 120])
def test_tables_split_ids_only_after_a_hyphen_and_have_no_trailing_spaces(statement: Statement, width: int) -> None:
    from usperu._render import NARROW, fit_table, render

    for name, listing in _listings(statement).items():
        text = render(listing, "table", width=width)
        lines = text.splitlines()
        assert all(line == line.rstrip() for line in lines), (name, width)
        words = {word.strip(",") for line in lines for word in line.split()}
        fitted = fit_table(listing, width) if width >= NARROW and not listing.tree else None
        columns = fitted[0].headers if fitted else listing.headers  # a narrow table may leave ids to JSON
        for row in listing.rows:
            shown = _shown_whole_or_after_hyphens(row["id"], words)
            assert shown or "ID" not in columns or listing.tree, (name, width, row["id"])


def test_the_title_column_keeps_a_readable_width(statement: Statement) -> None:
    from usperu._render import column_widths

    listing = _listings(statement)["achievements --all"]
    widths = column_widths(listing, 100)
    assert widths is None or widths[1] >= 20  # stacked blocks rather than a 17-character title


def test_a_narrow_tree_puts_bullets_only_on_first_lines(statement: Statement) -> None:
    from usperu._render import render

    text = render(_listings(statement)["sessions --tree"], "table", width=40)
    bullets = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(bullets) == len(statement.achievements)


# --- help reads like the README ---------------------------------------------------------


@pytest.mark.parametrize("name", ["search", "show", "cite", "export", "validate", "timeline", "achievements", "help"])
def test_help_has_no_placeholders(invoke: Invoke, name: str) -> None:
    text = invoke(name, "--help").stdout
    import re

    assert not re.search(r"\{[A-Z.]+\}", text), name  # {ID}, {QUERY...}
    assert not re.search(r"<[a-z |-]+>", text), name  # <int range>, <str>, <table|json>


def test_help_command_is_like_dash_dash_help(invoke: Invoke) -> None:
    for name in ("show", "search", "quote"):
        assert invoke("help", name).stdout == invoke(name, "--help").stdout
    assert invoke("help").stdout == invoke("--help").stdout
    unknown = invoke("help", "nope")
    assert unknown.exit_code == 2 and "No such command 'nope'" in unknown.stderr


# --- usperu quote -----------------------------------------------------------------------


def test_quote_prints_the_verbatim_text_and_a_short_citation(invoke: Invoke, statement: Statement) -> None:
    result = invoke("quote", "artemis-accords")
    assert result.exit_code == 0
    quote = statement.by_id["artemis-accords"].quote  # type: ignore[union-attr]
    assert result.stdout == (
        f"“{quote}”\n— Joint Statement on U.S.-Peru High-Level Dialogue, 9 May 2024, para. 17\n"
        "Our copy's words: a machine translation, not the official text.\n"
    )
    assert result.stderr == ""


def test_quote_json_has_text_locator_citation_and_corrections(invoke: Invoke, statement: Statement) -> None:
    data = parse(invoke("quote", "cimino", "-f", "json"))
    assert set(data) == {"text", "marked", "verbatim", "wording", "id", "paragraph", "citation", "corrections"}
    assert data["id"] == "peter-camino" and data["paragraph"] == 3
    assert data["text"] == statement.by_id["peter-camino"].quote  # type: ignore[union-attr]
    assert {(c["quoted"], c["official"]) for c in data["corrections"]} == {
        ("Peter Cimino", "Peter Camino"),
        ("Deputy Minister of Foreign Affairs", "Vice Minister of Foreign Affairs"),
    }
    assert "para. 3" in data["citation"]
    assert (
        "caution: our copy says “Peter Cimino”" in invoke("quote", "peter-camino").stderr
    )  # nobody quotes it unknowingly


def test_quote_takes_the_cite_styles(invoke: Invoke) -> None:
    text = invoke("quote", "3", "--style", "apa").stdout
    assert (
        text.startswith("“Peru became the first country")
        and "In text: (U.S. Department of State, 2024, para. 8)" in text
    )


def test_quote_refuses_what_has_no_quote(invoke: Invoke) -> None:
    for args in (["quote", "statement"], ["quote", "fema"], ["quote"], ["quote", "3", "--check", "x"]):
        result = invoke(*args)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1, args


@pytest.mark.parametrize(
    "text",
    [
        "Peru became the first country in Latin America to join the Blue Dot Network",
        "peru became the first country in latin america to join the blue dot network.",
        "“Peru became the first country in Latin America to join the Blue-Dot Network”",
        "Peru became first country in Latin America to join Blue Dot Network",  # small words dropped
        "welcomes Peru's decision to join the Artemis Accords",
    ],
)
def test_quote_check_finds_exact_and_near_quotes(invoke: Invoke, text: str) -> None:
    result = invoke("quote", "--check", text, "-f", "json")
    assert result.exit_code == 0, result.output
    best = json.loads(result.stdout)[0]
    assert best["found"] and best["score"] >= 0.9 and not best["official"]
    assert best["id"] in ("blue-dot-network", "artemis-accords") and best["paragraph"] in (8, 17)


@pytest.mark.parametrize(
    "text",
    [
        # invented, in the statement's own vocabulary
        "The United States and Peru signed a free trade agreement on critical minerals",
        "Peru and the United States will jointly land astronauts on the Moon",
        # real sentences, slightly altered
        "Peru became the first country in South America to join the Blue Dot Network",
        "Peru became the second country in Latin America to join the Blue Dot Network",
        "The United States welcomes Peru's decision not to join the Artemis Accords",
        "Peru became the first country in Latin America to leave the Blue Dot Network",
    ],
)
def test_quote_check_does_not_find_words_never_said(invoke: Invoke, text: str) -> None:
    result = invoke("quote", "--check", text)
    assert result.exit_code == 1
    data = json.loads(invoke("quote", "--check", text, "-f", "json").stdout)
    assert data and not any(m["found"] for m in data)  # the closest passage is still shown
    first = result.stdout.split("\n")[0]
    assert "found" not in first
    if data[0]["score"] >= 0.9:  # close, but a word differs
        assert "  near  " in first and "not found in the statement" in result.stderr
    else:  # below the threshold nothing is "near": the closest passage is shown as such
        assert "no match; the closest passage:" in first and "near" not in result.stdout
        assert "no match in the statement" in result.stderr


def test_quote_check_knows_official_wordings(invoke: Invoke) -> None:
    data = parse(invoke("quote", "--check", "Vice Minister of Foreign Affairs Ambassador Peter Camino", "-f", "json"))
    assert data[0]["found"] and data[0]["official"] and data[0]["id"] == "peter-camino"
    ours = parse(invoke("quote", "--check", "Deputy Minister of Foreign Affairs Ambassador Peter Cimino", "-f", "json"))
    assert ours[0]["found"] and not ours[0]["official"]


# --- --fields, --bom, "as of" -----------------------------------------------------------

LISTINGS = {
    "achievements": ["achievements"],
    "sessions": ["sessions"],
    "timeline": ["timeline"],
    "people": ["people"],
    "glossary": ["glossary"],
    "search": ["search", "peru"],
    "text": ["text"],
    "since": ["since"],
    "progress": ["progress"],
}


def test_every_listing_takes_fields() -> None:
    from .test_cli import COMMANDS

    listings = {
        name for name, formats in COMMANDS.items() if "csv" in formats and name not in ("about", "show", "export")
    }
    assert listings == set(LISTINGS)


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_fields_pick_and_order_json_csv_and_table(invoke: Invoke, name: str) -> None:
    first = {"people": "name", "glossary": "term"}.get(name, "title")
    args = [*LISTINGS[name], "--fields", f"{first},id"]
    if name == "text":
        args[-1] = "text,number"
    keys = args[-1].split(",")
    data = parse(invoke(*args, "-f", "json"))
    if name == "progress":  # its JSON is {"summary": ..., "progress": rows}
        data = data["progress"]
    assert data and all(list(row) == keys for row in data)
    rows = list(csv.reader(io.StringIO(invoke(*args, "-f", "csv").stdout)))
    assert rows[0] == keys and len(rows) == len(data) + 1
    markdown = invoke(*args, "-f", "markdown").stdout
    header = next(line for line in markdown.splitlines() if line.startswith("| "))
    assert header.count("|") == len(keys) + 1
    if name != "text":
        table = invoke(*args, env={"COLUMNS": "1000"}).stdout
        assert str(data[0][keys[-1]]) in table


def test_an_unknown_field_lists_the_valid_ones(invoke: Invoke) -> None:
    result = invoke("achievements", "--fields", "id,colour")
    assert result.exit_code == 2
    assert result.stderr.startswith("usperu: unknown field 'colour'; valid fields: id, kind, number, title,")


def test_bom_starts_csv_with_a_byte_order_mark(invoke: Invoke) -> None:
    result = invoke("achievements", "-f", "csv", "--bom")
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf#,") or result.stdout_bytes.startswith(b"\xef\xbb\xbfid,")
    assert "Peru’s" in result.stdout_bytes.decode("utf-8-sig")
    assert not invoke("achievements", "-f", "csv").stdout_bytes.startswith(b"\xef\xbb\xbf")
    exported = invoke("export", "-f", "csv", "--kind", "people", "--bom")
    assert exported.stdout_bytes.startswith(b"\xef\xbb\xbfid,")
    assert invoke("achievements", "--bom").exit_code == 2  # a BOM is for CSV only


def test_markdown_that_changes_daily_says_as_of(invoke: Invoke) -> None:
    import datetime as dt

    text = invoke("timeline", "-f", "markdown").stdout
    assert text.count(f"as of {dt.date.today().isoformat()}") == 1
    assert "as of" not in invoke("achievements", "-f", "markdown").stdout


# --- text on a terminal, and the pager --------------------------------------------------


def test_text_numbers_prefix_each_paragraph(invoke: Invoke, statement: Statement) -> None:
    text = invoke("text", "--numbers").stdout
    for paragraph in statement.paragraphs:
        assert f"[{paragraph.number}] {paragraph.text[:30]}" in text


def test_text_on_a_terminal_wraps_at_word_boundaries(tmp_path: Any, statement: Statement) -> None:
    from .test_robustness import _on_terminal

    out, code = _on_terminal(["--no-pager", "text"], {"COLUMNS": "37"})
    assert code == 0
    lines = out.decode().replace("\r\n", "\n").splitlines()
    assert max(len(line) for line in lines) <= 37
    words = {word for p in statement.paragraphs for word in p.text.split()}
    assert all(word in words or word == "•" for line in lines for word in line.split())  # never 'Repub'/'lic'


def test_long_output_on_a_terminal_goes_through_the_pager(tmp_path: Any) -> None:
    from .helpers import run_usperu
    from .test_robustness import _on_terminal

    paged = tmp_path / "paged.txt"
    pager = f"cat > {paged}"
    out, code = _on_terminal(["text"], {"PAGER": pager})
    assert code == 0 and paged.exists()
    assert "Artemis Accords" in paged.read_text(encoding="utf-8") and b"Artemis" not in out
    paged.unlink()
    out, code = _on_terminal(["--no-pager", "text"], {"PAGER": pager})
    assert code == 0 and not paged.exists() and b"Artemis" in out
    out, code = _on_terminal(["people"], {"PAGER": pager})  # short: straight to the terminal
    assert code == 0 and not paged.exists() and b"Camino" in out
    piped = run_usperu(["text"], env={"PAGER": pager})
    assert piped.returncode == 0 and not paged.exists() and b"Artemis" in piped.stdout
