"""Search: relevance (table-driven), properties (hypothesis), and the command."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usperu import InvalidArgumentError, Statement
from usperu._search import MAX_QUERY, search, suggestions
from usperu._tokens import fold, tokenize

from .conftest import Invoke

# (query, ids that must be among the first three results, in any order)
TOP_THREE = [
    # every kind of record
    ("minerals", ["critical-minerals"]),
    ("Blue Dot", ["blue-dot-network", "blue-dot"]),
    ("Artemis Accords", ["artemis-accords"]),
    ("breakout session education", ["education-and-culture"]),
    ("Kurt Campbell", ["kurt-campbell"]),
    ("bicentennial", ["bicentennial-working-group", "bicentennial"]),
    ("diplomatic relations 1826", ["diplomatic-relations-begin"]),
    ("deforestation", ["deforestation-and-illegal-mining"]),
    ("OECD", ["oecd-accession", "oecd"]),
    ("friendship", ["paragraph-22"]),
    ("Washington", ["statement"]),
    # acronyms and their expansions, both ways
    ("FEMA", ["disaster-response", "fema"]),
    ("Federal Emergency Management Agency", ["disaster-response", "fema"]),
    ("CSII", ["csii-memorandum", "csii"]),
    ("Cooperative Situational Information Integration System", ["csii-memorandum"]),
    ("GHS", ["global-health-security"]),
    ("FIRST", ["first-smr-conference"]),
    ("small modular reactors", ["first-smr-conference"]),
    ("SMR", ["first-smr-conference"]),
    ("MSP", ["critical-minerals", "msp"]),
    ("APEC", ["regional-mechanisms", "apec"]),
    ("Asia-Pacific Economic Cooperation", ["regional-mechanisms"]),
    ("FBI", ["cuzco-school-repatriation"]),
    ("ASAT", ["anti-satellite-tests"]),
    ("TPA", ["fta-anniversary"]),
    # official names and spellings from reference.md that our copy words differently
    ("aerial interception agreement", ["air-interdiction-agreement"]),
    ("Minerals Security Partnership", ["critical-minerals"]),
    ("Americas Partnership for Economic Prosperity", ["regional-mechanisms", "apep"]),
    ("APEP", ["regional-mechanisms"]),
    ("Peter Camino", ["peter-camino"]),
    ("Camino", ["peter-camino"]),
    ("Cimino", ["peter-camino"]),
    ("Vice Minister", ["peter-camino"]),
    ("Cusco", ["cuzco-school-repatriation"]),
    ("Escuela Cuzqueña", ["cuzco-school-repatriation", "cuzco-school"]),
    ("inclusive development", ["economic-prosperity"]),
    ("security and defense", ["security-and-defense"]),
    ("Trade Promotion Agreement", ["fta-anniversary"]),
    ("free trade agreement", ["fta-anniversary"]),
    # phrases, AND, accents, inflection, hyphens and dots
    ('"critical minerals"', ["critical-minerals"]),
    ("mineral cooperation", ["critical-minerals"]),
    ("Perú mining", ["critical-minerals"]),
    ("invest", ["trade-and-investment"]),
    ("investments", ["trade-and-investment"]),
    ("disasters", ["disaster-response"]),
    ("anti-satellite", ["anti-satellite-tests"]),
    ("antisatellite", ["anti-satellite-tests"]),
    ("anti satellite", ["anti-satellite-tests"]),
    ("U.S. entrepreneurs", ["trade-and-investment"]),
    ("US entrepreneurs", ["trade-and-investment"]),
    ("MIGRATION", ["migration-cooperation"]),
    ("outer space", ["artemis-accords"]),
]


@pytest.mark.parametrize(("query", "expected"), TOP_THREE, ids=[q for q, _ in TOP_THREE])
def test_what_people_mean_is_in_the_first_three(statement: Statement, query: str, expected: list[str]) -> None:
    top = [hit.id for hit in search(statement, query, limit=3)]
    assert set(expected) <= set(top), top


def test_a_key_achievement_outranks_its_paragraph(statement: Statement) -> None:
    ids = [hit.id for hit in search(statement, "Blue Dot Network initiative")]
    assert ids.index("blue-dot-network") < ids.index("paragraph-8")


def test_a_title_hit_outranks_a_hit_deep_in_a_paragraph(statement: Statement) -> None:
    ids = [hit.id for hit in search(statement, "migration")]
    assert ids[0] == "migration-cooperation"
    assert ids.index("governance-and-migration") < ids.index("paragraph-4")


def test_phrase_needs_adjacent_words_in_order(statement: Statement) -> None:
    loose = {hit.id for hit in search(statement, "minerals critical", limit=50)}
    exact = {hit.id for hit in search(statement, '"minerals critical"', limit=50)}
    assert "critical-minerals" in loose
    assert exact == set()


def test_all_words_must_match(statement: Statement) -> None:
    assert search(statement, "artemis fema") == []
    both = search(statement, "state department fema")
    assert both and all("fema" in (h.snippet + h.title).casefold() or h.id == "fema" for h in both)


def test_kind_filter_and_limit(statement: Statement) -> None:
    hits = search(statement, "peru", kinds=["paragraph"], limit=5)
    assert len(hits) == 5 and {h.kind for h in hits} == {"paragraph"}
    with pytest.raises(InvalidArgumentError, match="unknown kind"):
        search(statement, "peru", kinds=["tweet"])
    with pytest.raises(InvalidArgumentError, match="--limit"):
        search(statement, "peru", limit=0)


def test_snippets_highlight_the_matched_words(statement: Statement) -> None:
    hit = search(statement, '"critical minerals"')[0]
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["critical minerals"]
    hit = search(statement, "Perú")[0]
    assert all(hit.snippet[a:b].casefold() == "peru" for a, b in hit.highlights)
    assert len(hit.snippet) <= 170


def test_suggestions_come_from_the_dataset(statement: Statement) -> None:
    assert suggestions(statement, "minerl")[0] == "mineral"
    assert suggestions(statement, "artemsi")[0] == "artemis"
    assert len(suggestions(statement, "minerl xyzzy deforstation intrdiction")) <= 3


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "x" * (MAX_QUERY + 1)])
def test_empty_or_huge_query_is_refused(statement: Statement, query: str) -> None:
    with pytest.raises(InvalidArgumentError):
        search(statement, query)


def test_tokenizer_folds_and_joins() -> None:
    terms = [t.term for t in tokenize("Perú’s anti-satellite U.S.")]
    assert terms == ["peru", "s", "perus", "anti", "satellit", "antisatellit", "u", "s", "us"]
    assert fold("CUZQUEÑA") == "cuzquena"


@given(st.text(max_size=200))
@settings(max_examples=150, deadline=None)
def test_any_text_is_searched_safely(statement: Statement, query: str) -> None:
    try:
        hits = search(statement, query, limit=50)
    except InvalidArgumentError:
        assert not query.strip()
        return
    ids = [h.id for h in hits]
    assert set(ids) <= set(statement.by_id)
    assert len(ids) == len(set(ids))
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert [h.id for h in search(statement, query, limit=50)] == ids
    for hit in hits:
        assert all(0 <= a < b <= len(hit.snippet) for a, b in hit.highlights)


@given(
    st.lists(st.sampled_from(["peru", "minerals", '"', "[bold]", "\\", "(", "*", "U.S.", "é", "-", "."]), max_size=8)
)
@settings(max_examples=100, deadline=None)
def test_metacharacters_are_plain_text(statement: Statement, parts: list[str]) -> None:
    query = " ".join(parts)
    if not query.strip():
        return
    hits = search(statement, query)
    assert {h.id for h in hits} <= set(statement.by_id)


# --- the command ----------------------------------------------------------------------


def test_search_json(invoke: Invoke) -> None:
    result = invoke("search", "minerals", "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data[0]["id"] == "critical-minerals"
    assert {"id", "kind", "title", "snippet", "score", "highlights"} <= set(data[0])
    for item in data:
        for start, end in item["highlights"]:
            assert item["snippet"][start:end].casefold().startswith("mineral")


def test_search_markdown_bolds_matches(invoke: Invoke) -> None:
    result = invoke("search", '"critical minerals"', "--kind", "achievement", "-f", "markdown")
    assert result.exit_code == 0
    assert "**critical minerals**" in result.stdout


def test_search_words_may_be_separate_arguments(invoke: Invoke) -> None:
    one = json.loads(invoke("search", "mineral cooperation", "-f", "json").stdout)
    two = json.loads(invoke("search", "mineral", "cooperation", "-f", "json").stdout)
    assert one == two


def test_nothing_found_exits_1_with_suggestions(invoke: Invoke) -> None:
    result = invoke("search", "minerl")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("usperu: no matches for 'minerl'; did you mean mineral, ")


@pytest.mark.parametrize("args", [["search"], ["search", ""], ["search", "x" * 600], ["search", "x", "--limit", "0"]])
def test_bad_queries_exit_2(invoke: Invoke, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("usperu: ") and result.stderr.count("\n") == 1


def test_markup_in_a_query_is_not_interpreted(invoke: Invoke) -> None:
    result = invoke("search", "[bold red]peru[/]", "--limit", "1")
    assert "[bold red]" not in result.stdout  # the words were searched as plain text
    result = invoke("search", "[link=http://evil]x[/link]")
    assert result.exit_code == 1
    assert "[link=http://evil]x[/link]" in result.stderr
