"""Layer 2: query functions, without the CLI."""

from __future__ import annotations

import datetime as dt

import pytest

from usperu import (
    InvalidArgumentError,
    Statement,
    UnknownIdError,
    achievements,
    achievements_by_session,
    find_record,
    glossary_for,
    mentioned_in,
    relative_time,
    resolve_session,
    timeline,
    topics,
)


def ids(records: object) -> list[str]:
    return [r.id for r in records]  # type: ignore[attr-defined]


def test_all_achievements_in_order(statement: Statement) -> None:
    assert [a.number for a in achievements(statement)] == list(range(1, 15))
    with_commitments = achievements(statement, include_commitments=True)
    assert len(with_commitments) == 14 + len(statement.commitments)
    assert with_commitments[14:] == list(statement.commitments)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "peru", "status": "decided"}, ["critical-minerals", "artemis-accords"]),
        (
            {"actor": "peru", "session": "economic-prosperity"},
            ["blue-dot-network", "critical-minerals", "trade-and-investment"],
        ),
        ({"actor": "US", "topic": "disaster-response"}, ["disaster-response"]),
        ({"actor": "both", "topic": "space"}, ["anti-satellite-tests"]),
        ({"status": "in force"}, ["aerial-interception-agreement"]),
        ({"status": "in-force"}, ["aerial-interception-agreement"]),
        ({"status": "Joined"}, ["blue-dot-network"]),
        ({"topic": "space"}, ["anti-satellite-tests", "artemis-accords"]),
        ({"session": "governance-and-migration"}, ["migration-cooperation"]),
        ({"session": "1"}, ["migration-cooperation"]),
        ({"session": "gov"}, ["migration-cooperation"]),
        ({"session": "environment-and-disasters", "actor": "us"}, ["disaster-response", "global-health-security"]),
        (
            {"session": "education-and-culture", "topic": "culture"},
            ["bicentennial-working-group", "cuzco-school-repatriation"],
        ),
    ],
)
def test_filters(statement: Statement, filters: dict[str, str], expected: list[str]) -> None:
    assert ids(achievements(statement, **filters)) == expected  # type: ignore[arg-type]


def test_filters_reach_commitments(statement: Statement) -> None:
    found = ids(achievements(statement, topic="human-rights", include_commitments=True))
    assert found == ["indigenous-communities", "human-rights"]
    assert achievements(statement, topic="human-rights") == []


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"actor": "chile"}, "unknown actor 'chile'"),
        ({"actor": "per"}, "did you mean peru"),
        ({"status": "signd"}, "did you mean signed"),
        ({"topic": "spaec"}, "did you mean space"),
    ],
)
def test_bad_filter_values(statement: Statement, filters: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        achievements(statement, **filters)  # type: ignore[arg-type]


def test_unknown_session(statement: Statement) -> None:
    with pytest.raises(UnknownIdError, match="unknown session 'trade'"):
        achievements(statement, session="trade")
    assert [i.id for i in achievements(statement, session="defence")] == [  # an alias of the session
        i.id for i in statement.achievements if "security-and-defense" in i.sessions
    ]
    with pytest.raises(UnknownIdError, match="matches 3 ids: type more of it"):
        resolve_session(statement, "e")


def test_topics_are_sorted_and_complete(statement: Statement) -> None:
    found = topics(statement)
    assert list(found) == sorted(found)
    assert {"space", "trade", "migration", "human-rights"} <= set(found)


def test_sessions_group_achievements(statement: Statement) -> None:
    groups = achievements_by_session(statement)
    assert [s.number for s, _ in groups] == [1, 2, 3, 4, 5]
    linked = sorted(a.number or 0 for _, items in groups for a in items)
    assert linked == list(range(1, 15))  # every achievement belongs to exactly one session


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("artemis-accords", "artemis-accords"),
        ("ARTEMIS-ACCORDS", "artemis-accords"),
        ("  artemis-accords ", "artemis-accords"),
        ("artemis-accords-s", "artemis-accords-signed"),
        ("air-interdiction-agreement", "aerial-interception-agreement"),  # renamed: the old id is an alias
        ("civil-protection-working-group", "citizen-security-working-group"),
        ("Cimino", "peter-camino"),
        ("3", "blue-dot-network"),
        ("14", "cuzco-school-repatriation"),
        ("peter", "peter-camino"),
        ("paragraph-1", "paragraph-1"),
        ("statement", "statement"),
        ("fema", "fema"),
        ("Peru, first in Latin America to join the Blue Dot Network", "blue-dot-network"),
        ("paragraph 3", "paragraph-3"),
    ],
)
def test_find_record(statement: Statement, text: str, expected: str) -> None:
    assert find_record(statement, text).id == expected


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("artemis-acords", "artemis-accords"),
        ("paragraph-", "paragraph-1"),
        ("15", ""),
        ("blue-dot-netwrok", "blue-dot-network"),
    ],
)
def test_find_record_unknown_suggests(statement: Statement, text: str, suggestion: str) -> None:
    with pytest.raises(UnknownIdError) as caught:
        find_record(statement, text)
    assert caught.value.ident == text
    if suggestion:
        assert suggestion in caught.value.suggestions
    assert caught.value.exit_code == 2


def test_timeline_order_and_range(statement: Statement) -> None:
    events = timeline(statement)
    assert [e.date for e in events] == sorted(e.date for e in events)
    in_2024 = timeline(statement, start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31), bases=("stated", "derived"))
    assert ids(in_2024) == ["apec-2024", "working-group-inaugural-meeting", "high-level-dialogue"]
    later = timeline(statement, start=dt.date(2024, 11, 1), end=dt.date(2024, 11, 30), bases=("later",))
    assert ids(later) == [
        "usaid-health-security-activity-peru",
        "nasa-conida-sounding-rocket-mou",
        "biden-boluarte-meeting-lima",
        "apec-2024-machu-picchu-declaration",
    ]
    may = timeline(statement, start=dt.date(2024, 5, 1), end=dt.date(2024, 5, 31), bases=("stated", "derived"))
    assert ids(may) == ["apec-2024", "high-level-dialogue"]  # the year 2024 overlaps May 2024
    assert ids(timeline(statement, end=dt.date(1700, 1, 1))) == ["cuzco-school-paintings"]
    with pytest.raises(InvalidArgumentError, match="after"):
        timeline(statement, start=dt.date(2025, 1, 1), end=dt.date(2024, 1, 1))


@pytest.mark.parametrize(
    ("when", "today", "precision", "expected"),
    [
        (dt.date(2024, 5, 9), dt.date(2024, 5, 9), "day", "today"),
        (dt.date(2024, 5, 9), dt.date(2024, 5, 10), "day", "1 day ago"),
        (dt.date(2024, 5, 9), dt.date(2024, 5, 1), "day", "in 8 days"),
        (dt.date(2024, 5, 9), dt.date(2024, 8, 10), "day", "3 months ago"),
        (dt.date(2024, 5, 9), dt.date(2024, 8, 8), "day", "2 months ago"),
        (dt.date(2026, 5, 2), dt.date(2026, 2, 1), "day", "in 3 months"),
        (dt.date(2024, 5, 9), dt.date(2026, 11, 27), "day", "2 years ago"),
        (dt.date(2026, 5, 2), dt.date(2024, 5, 9), "day", "in 1 year"),
        (dt.date(1826, 5, 2), dt.date(2026, 11, 27), "day", "200 years ago"),
        # the same day of the month: whole months and years, in the past and the future
        (dt.date(2024, 5, 9), dt.date(2026, 5, 9), "day", "2 years ago"),
        (dt.date(2025, 5, 9), dt.date(2026, 5, 9), "day", "1 year ago"),
        (dt.date(2026, 3, 9), dt.date(2026, 5, 9), "day", "2 months ago"),
        (dt.date(2026, 4, 9), dt.date(2026, 5, 9), "day", "1 month ago"),
        (dt.date(2026, 6, 9), dt.date(2026, 5, 9), "day", "in 1 month"),
        (dt.date(2026, 8, 9), dt.date(2026, 5, 9), "day", "in 3 months"),
        (dt.date(2027, 5, 9), dt.date(2026, 5, 9), "day", "in 1 year"),
        (dt.date(2028, 5, 9), dt.date(2026, 5, 9), "day", "in 2 years"),
        (dt.date(2025, 12, 9), dt.date(2026, 1, 9), "day", "1 month ago"),
        # one day short of a whole month or year
        (dt.date(2026, 4, 10), dt.date(2026, 5, 9), "day", "29 days ago"),
        (dt.date(2026, 6, 8), dt.date(2026, 5, 9), "day", "in 30 days"),
        (dt.date(2025, 5, 10), dt.date(2026, 5, 9), "day", "11 months ago"),
        (dt.date(2027, 5, 8), dt.date(2026, 5, 9), "day", "in 11 months"),
        (dt.date(2024, 1, 1), dt.date(2024, 6, 1), "year", "this year"),
        (dt.date(2024, 1, 1), dt.date(2026, 6, 1), "year", "2 years ago"),
        (dt.date(1600, 1, 1), dt.date(2026, 6, 1), "century", "4 centuries ago"),
    ],
)
def test_relative_time(when: dt.date, today: dt.date, precision: str, expected: str) -> None:
    assert relative_time(when, today, precision) == expected


def test_links(statement: Statement) -> None:
    assert ids(glossary_for(statement, "disaster-response")) == ["fema", "state-department"]
    assert "bicentennial" in ids(mentioned_in(statement, "bicentennial-working-group"))
    assert "artemis-accords" in ids(mentioned_in(statement, "education-and-culture"))


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2024-05-09", False, dt.date(2024, 5, 9)),
        ("2024", False, dt.date(2024, 1, 1)),
        ("2024", True, dt.date(2024, 12, 31)),
        ("2024-02", False, dt.date(2024, 2, 1)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2024-12", True, dt.date(2024, 12, 31)),
        (" 2026-05-02 ", True, dt.date(2026, 5, 2)),
    ],
)
def test_dates_may_be_a_day_month_or_year(text: str, end: bool, expected: dt.date) -> None:
    from usperu._queries import parse_iso_date

    assert parse_iso_date(text, "--from", end=end) == expected


@pytest.mark.parametrize("text", ["", "May 2024", "2024-13", "2024-02-30", "24", "２０２４", "2024-1"])
def test_bad_dates(text: str) -> None:
    from usperu._queries import parse_iso_date

    with pytest.raises(InvalidArgumentError, match="expects a date as YYYY-MM-DD, YYYY-MM or YYYY"):
        parse_iso_date(text, "--to")


def test_sessions_by_title(statement: Statement) -> None:
    assert resolve_session(statement, "Security and Defense").id == "security-and-defense"
    assert resolve_session(statement, "education and culture").id == "education-and-culture"
