"""`usperu progress` in every layer: the ratings' data, validate's rules, the query, the command."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from usperu import Statement
from usperu._errors import InvalidArgumentError
from usperu._queries import progress, progress_checked, progress_summary
from usperu._schema import check_document
from usperu._vocabulary import RATINGS, RATINGS_WITHOUT_EVIDENCE

from .conftest import DATA, Invoke

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

WIDE = {"COLUMNS": "1000"}


# --- the data ---------------------------------------------------------------------------


def test_every_achievement_and_commitment_is_rated_once(statement: Statement) -> None:
    items = [i.id for i in statement.achievements + statement.commitments]
    rated = [entry.record for entry in statement.progress]
    assert len(items) == 24
    assert sorted(rated) == sorted(items)


def test_evidence_is_developments_that_follow_the_record_up(statement: Statement) -> None:
    developments = {d.id: d for d in statement.developments}
    for entry in statement.progress:
        for ident in entry.evidence:
            assert ident in developments, (entry.record, ident)
            assert entry.record in developments[ident].refs, (entry.record, ident)
        if not entry.evidence:
            assert entry.rating in RATINGS_WITHOUT_EVIDENCE, entry.record
        assert entry.promise.strip() and entry.reason.strip() and entry.source.strip()


def test_ratings_are_checked_by_the_day_the_layer_was(statement: Statement) -> None:
    checked = statement.developments_checked
    assert checked is not None and checked <= dt.date.today()
    assert all(d.date <= checked for d in statement.developments)
    assert all(entry.checked <= checked for entry in statement.progress)


def test_the_msp_is_superseded_and_nothing_is_broken_without_a_reversal(statement: Statement) -> None:
    ratings = {entry.record: entry for entry in statement.progress}
    assert ratings["critical-minerals"].rating == "superseded"
    assert "forge-succeeds-msp" in ratings["critical-minerals"].evidence
    assert not [e for e in statement.progress if e.rating == "broken"]


# --- validate ---------------------------------------------------------------------------


def _problems(change: Any) -> list[tuple[str | None, str | None]]:
    document = tomllib.loads(DATA.read_text(encoding="utf-8"))
    change(document)
    return [(p.record, p.field) for p in check_document(document, "x.toml")]


def _rating(document: dict[str, Any], record: str) -> dict[str, Any]:
    return next(entry for entry in document["progress"] if entry["record"] == record)


def test_a_rating_that_cites_no_development_must_need_none() -> None:
    assert _rating(tomllib.loads(DATA.read_text(encoding="utf-8")), "blue-dot-network")["evidence"] == []
    assert _problems(lambda d: _rating(d, "blue-dot-network").update(rating="kept")) == [
        ("blue-dot-network", "evidence")
    ]
    assert _problems(lambda d: _rating(d, "blue-dot-network").update(rating="no public record")) == []


def test_evidence_must_follow_the_rated_record_up() -> None:
    wrong = lambda d: _rating(d, "blue-dot-network").update(evidence=["artemis-accords-signed"])  # noqa: E731
    assert _problems(wrong) == [("blue-dot-network", "evidence")]
    missing = lambda d: _rating(d, "blue-dot-network").update(evidence=["no-such-development"])  # noqa: E731
    assert _problems(missing) == [("blue-dot-network", "evidence")]


def test_a_record_is_rated_once_and_must_be_an_item() -> None:
    def twice(document: dict[str, Any]) -> None:
        document["progress"].append(dict(_rating(document, "blue-dot-network")))

    assert _problems(twice) == [("blue-dot-network", "record")]
    assert _problems(lambda d: _rating(d, "blue-dot-network").update(record="paragraph-3")) == [
        ("paragraph-3", "record")
    ]


def test_a_rating_is_not_checked_after_the_layer_and_the_layer_not_after_today() -> None:
    later = dt.date(2026, 12, 2)
    assert _problems(lambda d: _rating(d, "blue-dot-network").update(checked=later)) == [
        ("blue-dot-network", "checked")
    ]
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert _problems(lambda d: d.update(developments_checked=tomorrow)) == [(None, "developments_checked")]
    assert _problems(lambda d: d.update(developments_checked="soon")) == [(None, "developments_checked")]
    noon = dt.datetime(2026, 11, 30, 12, 0)  # a TOML date-time is not a day: reported, never a crash
    assert _problems(lambda d: d.update(developments_checked=noon)) == [(None, "developments_checked")]
    assert _problems(lambda d: _rating(d, "blue-dot-network").update(checked=noon)) == [("blue-dot-network", "checked")]
    assert _problems(lambda d: _rating(d, "blue-dot-network").update(rating="failed")) == [
        ("blue-dot-network", "rating")
    ]


def test_without_the_layer_s_day_a_rating_is_not_checked_after_today() -> None:
    """With no developments_checked (or a broken one), today bounds a rating's day."""
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    document = tomllib.loads(DATA.read_text(encoding="utf-8"))
    del document["developments_checked"]
    _rating(document, "blue-dot-network").update(checked=tomorrow)
    problems = [(p.record, p.field, p.message) for p in check_document(document, "x.toml")]
    wanted = [("blue-dot-network", "checked", f"is after today ({dt.date.today().isoformat()})")]
    assert [(r, f, m) for r, f, m in problems if f == "checked"] == wanted
    _rating(document, "blue-dot-network").update(checked=dt.date.today())
    assert [p for p in check_document(document, "x.toml") if p.field == "checked"] == []
    document["developments_checked"] = dt.date(2026, 11, 1)  # the layer's day, when it is one
    _rating(document, "blue-dot-network").update(checked=dt.date(2026, 11, 2))
    later = [(p.record, p.message) for p in check_document(document, "x.toml") if p.field == "checked"]
    assert ("blue-dot-network", "is after developments_checked (2026-11-01)") in later
    assert not [m for _, m in later if "today" in m]


def test_validate_reports_a_bad_rating_at_its_line(invoke: Invoke, tmp_path: Path) -> None:
    text = DATA.read_text(encoding="utf-8")
    block = text.index('record = "blue-dot-network"')
    old = 'rating = "done at the Dialogue"'
    at = text.index(old, block)
    broken = text[:at] + 'rating = "kept"' + text[at + len(old) :]
    path = tmp_path / "broken.toml"
    path.write_text(broken, encoding="utf-8")
    result = invoke("validate", str(path), "-f", "json")
    assert result.exit_code != 0
    problems = json.loads(result.stdout)
    evidence_line = broken[: broken.index("evidence = []", block)].count("\n") + 1
    assert [(p["record"], p["field"], p["line"]) for p in problems] == [("blue-dot-network", "evidence", evidence_line)]
    assert "needs evidence" in problems[0]["message"]


# --- the query --------------------------------------------------------------------------


def test_progress_lists_every_rated_item_in_statement_order(statement: Statement) -> None:
    found = progress(statement)
    assert [i.id for i, _ in found] == [i.id for i in statement.achievements + statement.commitments]
    assert all(entry.record == item.id for item, entry in found)


def test_progress_filters_by_rating_and_session(statement: Statement) -> None:
    none_found = progress(statement, rating="no-public-record")
    assert none_found and {e.rating for _, e in none_found} == {"no public record"}
    security = progress(statement, session="security")
    assert security and all("security-and-defense" in i.sessions for i, _ in security)
    both = progress(statement, rating="kept", session="security")
    assert {i.id for i, _ in both} == {i.id for i, e in security if e.rating == "kept"}
    with pytest.raises(InvalidArgumentError):
        progress(statement, rating="failed")


def test_the_summary_counts_every_rating_once(statement: Statement) -> None:
    found = progress(statement)
    summary = progress_summary(found, progress_checked(statement))
    counts = summary["counts"]
    assert isinstance(counts, dict) and sum(counts.values()) == summary["total"] == 24
    assert list(counts) == [r for r in RATINGS if r in counts]
    assert str(summary["line"]).startswith("of 24: ")
    assert f"{counts['no public record']} with no public record" in str(summary["line"])
    assert str(summary["line"]).endswith("checked 2026-12-01")


# --- the command ------------------------------------------------------------------------


def test_json_has_the_summary_as_data_and_a_row_per_rating(invoke: Invoke, statement: Statement) -> None:
    result = invoke("progress", "-f", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data = json.loads(result.stdout)
    rows = data["progress"]
    assert len(rows) == 24 == data["summary"]["total"]
    assert data["summary"]["checked"] == statement.developments_checked.isoformat()  # type: ignore[union-attr]
    assert sum(data["summary"]["counts"].values()) == 24
    minerals = next(r for r in rows if r["id"] == "critical-minerals")
    assert minerals["rating"] == "superseded" and "forge-succeeds-msp" in minerals["evidence"]
    assert minerals["evidence_dates"][minerals["evidence"].index("forge-succeeds-msp")] == "2026-02-04"
    assert {"number", "title", "promise", "rating", "reason", "confidence", "source", "checked"} <= set(minerals)


def test_csv_and_markdown_list_every_rating(invoke: Invoke) -> None:
    result = invoke("progress", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 24 and all(row["rating"] in RATINGS for row in rows)
    assert result.stderr == ""
    markdown = invoke("progress", "-f", "markdown").stdout
    assert markdown.startswith("## ") and markdown.count("\n| ") >= 25


def test_the_table_says_the_summary_on_stderr(invoke: Invoke) -> None:
    result = invoke("progress", env=WIDE)
    assert result.exit_code == 0, result.output
    assert "aerial-interception-agreement" in result.stdout and "superseded" in result.stdout
    assert "of 24: " not in result.stdout
    assert result.stderr.startswith("usperu: of 24: ") and "checked 2026-12-01" in result.stderr
    assert "'no public record' means none found by then, not a failure" in result.stdout


def test_filters_and_fields_reach_the_json(invoke: Invoke) -> None:
    result = invoke("progress", "--rating", "stalled", "--fields", "id,rating", "-f", "json")
    data = json.loads(result.stdout)
    assert data["progress"] and all(list(r) == ["id", "rating"] and r["rating"] == "stalled" for r in data["progress"])
    assert data["summary"]["line"].startswith(f"of {len(data['progress'])}: ")
    bad = invoke("progress", "--rating", "failed")
    assert bad.exit_code == 2 and "rating" in bad.stderr and "Traceback" not in bad.output


def test_show_about_and_since_give_the_rating_and_the_checked_day(invoke: Invoke) -> None:
    shown = invoke("show", "critical-minerals", env=WIDE).stdout
    assert "superseded (medium), checked 2026-12-01" in shown
    card = json.loads(invoke("show", "critical-minerals", "-f", "json").stdout)
    assert card["progress"]["rating"] == "superseded" and card["progress"]["checked"] == "2026-12-01"
    assert "Developments checked" in invoke("about", env=WIDE).stdout
    assert json.loads(invoke("about", "-f", "json").stdout)["developments_checked"] == "2026-12-01"
    assert "Searched up to 1 December 2026." in invoke("since", env=WIDE).stdout


@pytest.mark.parametrize("bad", [[], {}, [[]], [{}]])
@pytest.mark.parametrize(("table", "field"), [("achievements", "id"), ("developments", "id"), ("developments", "refs")])
def test_an_unhashable_id_or_ref_is_reported_never_a_crash(table: str, field: str, bad: Any) -> None:
    document = tomllib.loads(DATA.read_text(encoding="utf-8"))
    document[table][0][field] = bad
    problems = check_document(document, "x.toml")  # the property test found these crashing
    assert problems and all(p.message for p in problems)


def test_a_rating_checked_after_the_layer_but_before_today_is_reported() -> None:
    """Found by a written bug: the check compared with today, not with developments_checked."""

    def change(document: dict[str, Any]) -> None:
        document["developments_checked"] = dt.date(2026, 11, 1)
        for entry in document["progress"]:
            entry["checked"] = dt.date(2026, 10, 30)
        _rating(document, "blue-dot-network")["checked"] = dt.date(2026, 11, 15)

    assert _problems(change) == [("blue-dot-network", "checked")]


def test_without_a_checked_day_the_ratings_hold_as_of_the_latest_rating(statement: Statement) -> None:
    """Found by a written bug: the earliest day was taken."""
    days = [dt.date(2026, 10, 1), dt.date(2026, 11, 20), dt.date(2026, 9, 5)]
    ratings = tuple(entry._replace(checked=day) for entry, day in zip(statement.progress, days, strict=False))
    changed = statement._replace(progress=ratings, developments_checked=None)
    assert progress_checked(changed) == dt.date(2026, 11, 20)
    assert progress_checked(statement) == statement.developments_checked


def test_quote_json_flags_every_reading_whatever_its_confidence(invoke: Invoke, statement: Statement) -> None:
    """correction-apep is a reading rated "high" (the partnership's name is sure, the
    statement's wording is not): `reading` comes from the wording, not the confidence."""
    data = json.loads(invoke("quote", "regional-mechanisms", "-f", "json").stdout)
    flags = {c["id"]: c["reading"] for c in data["corrections"]}
    assert flags["correction-apep"] is True
    assert next(c for c in statement.corrections if c.id == "correction-apep").confidence == "high"
