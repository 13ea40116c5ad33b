"""Output contracts of issue #12: what scripts and people can lean on.

Completion values that every shell keeps whole, empty results that keep their
shape, forgiving values that are the same everywhere, errors that say what to do,
help without placeholders, `--fields`, `--bom`, the pager and `usperu quote`.
"""

from __future__ import annotations

import csv
import io
import json
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
    assert fish == ["both\tBoth"]


# --- forgiving values -------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["achievement", "achievements", "ACHIEVEMENTS"])
def test_search_kind_takes_singular_and_plural(invoke: Invoke, kind: str) -> None:
    data = parse(invoke("search", "minerals", "--kind", kind, "-f", "json"))
    assert data and {d["kind"] for d in data} == {"achievement"}


@pytest.mark.parametrize(
    ("kind", "first"), [("achievement", "air-interdiction-agreement"), ("person", "kurt-campbell")]
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


@pytest.mark.parametrize(("actor", "expected"), [("United States", "us"), ("peru", "peru"), ("Both", "both")])
def test_actor_takes_what_the_table_prints(invoke: Invoke, actor: str, expected: str) -> None:
    data = parse(invoke("achievements", "--actor", actor, "-f", "json"))
    assert data and {d["actors"] for d in data} == {expected}


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
