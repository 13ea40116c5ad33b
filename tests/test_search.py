"""Search: relevance (table-driven), properties (hypothesis), and the command."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usperu import InvalidArgumentError, Statement, load_statement
from usperu._search import _KIND_WORDS, MAX_QUERY, search, suggestions
from usperu._tokens import fold, tokenize
from usperu._views import record_dict

from .conftest import DATA, Invoke

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
    ("aerial interception agreement", ["aerial-interception-agreement"]),
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
    assert suggestions(statement, "minerl") == ("mineral",)
    assert suggestions(statement, "artemsi") == ("artemis",)
    assert len(suggestions(statement, "minerl xyzzy deforstation intrdiction")) <= 3


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "x" * (MAX_QUERY + 1)])
def test_empty_or_huge_query_is_refused(statement: Statement, query: str) -> None:
    with pytest.raises(InvalidArgumentError):
        search(statement, query)


def test_tokenizer_folds_and_joins() -> None:
    terms = [t.term for t in tokenize("Perú’s anti-satellite U.S.")]
    assert terms == ["peru", "s", "perus", "anti", "satellit", "antisatellit", "u", "s", "us"]
    assert fold("CUZQUEÑA") == "cuzquena"


def _strings(value: Any) -> list[str]:
    """Return every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _stems_of(texts: Iterable[str]) -> set[str]:
    return {token.term for text in texts for token in tokenize(text)}


@functools.cache
def _vocabulary() -> tuple[list[str], dict[str, set[str]], dict[str, set[str]], set[str]]:
    """Return words to query with; per record id the stems of all its text (a superset
    of what search reads) and of its title and quote (a subset); and the stems of the
    names search widens to their synonyms.

    Built on first use (inside a test, so that loading the data uses that test's
    cache folder). Words that name a glossary term, its expansion or aliases, or a person, are left
    out (search widens those to synonyms), as are the words that name a kind of
    record ("session", "key achievement"), which search indexes for every record.
    """
    statement = load_statement()
    everything = {r.id: _stems_of(_strings(record_dict(r, statement))) for r in statement.records()}
    core: dict[str, set[str]] = {}
    for record in statement.records():
        texts = [record.title, getattr(record, "quote", "") or getattr(record, "text", "")]
        texts += [getattr(record, "summary", ""), getattr(record, "description", "")]
        core[record.id] = _stems_of(texts)
    names = [name for g in statement.glossary for name in (g.term, g.expansion, *g.aliases)]
    names += [name for p in statement.people for name in (p.name, p.quoted_name)]
    expanded = _stems_of(names)
    excluded = expanded | _stems_of(KIND_WORDS)
    words = {
        fold(part)
        for record in statement.records()
        for text in _strings(record_dict(record, statement))
        for part in re.findall(r"[^\W\d_]+", text)
        if len(part) >= 3
    }
    usable = sorted(w for w in words if tokenize(w) and tokenize(w)[0].term not in excluded and len(tokenize(w)) == 1)
    return usable, everything, core, expanded


KIND_WORDS = list(_KIND_WORDS.values())  # the words that name a kind of record, which search widens
VOCABULARY = st.deferred(lambda: st.sampled_from(_vocabulary()[0]))


@given(st.lists(VOCABULARY, min_size=1, max_size=3))
@settings(max_examples=300, deadline=None)
def test_search_finds_exactly_the_records_with_every_word(statement: Statement, words: list[str]) -> None:
    """Every hit has each word (stemmed) in its text; every record whose title or quote
    has them all is a hit."""
    query = " ".join(words)
    wanted = {tokenize(word)[0].term for word in words}
    hits = search(statement, query, limit=len(statement.records()))
    found = {hit.id for hit in hits}
    _, everything, core, _ = _vocabulary()
    for ident in found:
        assert wanted <= everything[ident], (query, ident, wanted - everything[ident])
    must = {ident for ident, stems in core.items() if wanted <= stems}
    assert must <= found, (query, must - found)
    for hit in hits:  # every highlight marks a query word in the snippet
        assert hit.highlights, (query, hit.id)
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)
            assert _stems_of([hit.snippet[start:end]]) & wanted, (query, hit.snippet[start:end])


def test_search_oracle_sees_hits() -> None:
    """The vocabulary is large and mostly searchable: the property above is not vacuous."""
    vocabulary, _, core, _ = _vocabulary()
    assert len(vocabulary) > 300
    assert sum(1 for stems in core.values() if tokenize("mining")[0].term in stems) >= 2
    assert "mining" in vocabulary and "session" not in vocabulary and "fema" not in vocabulary


@given(st.lists(st.one_of(VOCABULARY, st.text(max_size=12)), max_size=6).map(" ".join))
@settings(max_examples=150, deadline=None)
def test_any_text_is_searched_safely(statement: Statement, query: str) -> None:
    try:
        hits = search(statement, query, limit=50)
    except InvalidArgumentError:
        assert not query.strip() or len(query) > MAX_QUERY
        return
    ids = [h.id for h in hits]
    assert set(ids) <= set(statement.by_id)
    assert len(ids) == len(set(ids))
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(score > 0 for score in scores)
    assert [h.id for h in search(statement, query, limit=50)] == ids
    words = {token.term for token in tokenize(query)}
    for hit in hits:
        assert hit.kind == statement.by_id[hit.id].kind and hit.title == statement.by_id[hit.id].title
        assert hit.highlights, (query, hit.id)
        assert all(0 <= a < b <= len(hit.snippet) for a, b in hit.highlights)
        spans = [hit.snippet[a:b] for a, b in hit.highlights]
        assert all(span[0].isalnum() and span[-1].isalnum() for span in spans), spans  # whole words
        if not words & _vocabulary()[3]:  # no acronym or name widened to its synonyms
            assert _stems_of(spans) & words, (query, hit.id, spans)


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
    assert result.stderr == "usperu: no matches for 'minerl'; did you mean mineral?\n"


@pytest.mark.parametrize("args", [["search"], ["search", ""], ["search", "x" * 600], ["search", "x", "--limit", "0"]])
def test_bad_queries_exit_2(invoke: Invoke, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("usperu: ") and result.stderr.count("\n") == 1


MARKUP_TITLE = "[bold red]Zyzzyva[/] and [link=http://evil]quux[/link]"
SGR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("query", ["zyzzyva", "[bold red]zyzzyva[/]", "[link=http://evil]quux[/link]"])
def test_markup_in_data_and_queries_is_shown_literally(invoke: Invoke, tmp_path: Path, query: str) -> None:
    data = tmp_path / "markup.toml"
    data.write_text(
        DATA.read_text(encoding="utf-8").replace(
            'title = "Peru joins the Blue Dot Network"', f'title = "{MARKUP_TITLE}"'
        ),
        encoding="utf-8",
    )
    hits = json.loads(invoke("--data", str(data), "search", query, "-f", "json").stdout)
    assert hits[0]["id"] == "blue-dot-network" and hits[0]["title"] == MARKUP_TITLE
    assert MARKUP_TITLE.casefold() in hits[0]["snippet"].casefold()  # the title is what matched
    plain = invoke("--data", str(data), "search", query, env={"COLUMNS": "300"})
    assert plain.exit_code == 0, plain.output
    assert "\x1b" not in plain.stdout
    row = next(line for line in plain.stdout.splitlines() if "blue-dot-network" in line)
    assert row.count(MARKUP_TITLE) == 2  # title and snippet, brackets and all
    coloured = invoke(
        "--data",
        str(data),
        "search",
        query,
        env={"COLUMNS": "300", "FORCE_COLOR": "1", "NO_COLOR": "", "TERM": "xterm-256color"},
    )
    assert coloured.exit_code == 0, coloured.output
    assert SGR.search(coloured.stdout)  # colour is on: the header is bold ...
    assert "31m" not in coloured.stdout and "\x1b]8;" not in coloured.stdout  # ... but nothing is red or a link
    row = next(line for line in SGR.sub("", coloured.stdout).splitlines() if "blue-dot-network" in line)
    assert row.count(MARKUP_TITLE) == 2
    shown = invoke(
        "--data",
        str(data),
        "show",
        "blue-dot-network",
        env={"COLUMNS": "300", "FORCE_COLOR": "1", "NO_COLOR": "", "TERM": "xterm-256color"},
    )
    assert f"Key achievement 3: {MARKUP_TITLE}" in SGR.sub("", shown.stdout)
    assert "31m" not in shown.stdout and "\x1b]8;" not in shown.stdout


def test_markup_in_an_unmatched_query_is_echoed_literally(invoke: Invoke) -> None:
    result = invoke("search", "[link=http://evil]x[/link]")
    assert result.exit_code == 1
    assert result.stderr.startswith("usperu: no matches for '[link=http://evil]x[/link]'")
