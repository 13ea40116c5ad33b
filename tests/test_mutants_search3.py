"""Mutation tests for `usperu._search`, third run (issue #16 item 5; the first run with
test ids unescaped, docs/mutation-msearch3.md): each pins a behaviour a surviving mutant
changed."""

from __future__ import annotations

from usperu._search import Postings, find, packed_postings, search, spanish_title

from .test_mutants_search import _ids


def test_search_lists_ten_results_unless_told() -> None:
    assert len(find(None, "peru", limit=100).hits) > 11
    assert len(search(None, "peru")) == 10


def test_a_spanish_title_is_the_english_where_the_edition_has_none() -> None:
    title = "Cooperation on mining and critical minerals"
    assert spanish_title("achievement", "critical-minerals", title, {}) == title
    assert spanish_title("achievement", "critical-minerals", title, {"achievements": {}}) == title
    # a glossary entry whose Spanish gives no expansion keeps its English term and expansion
    texts = {"glossary": {"msp": {"description": ("Una asociación", "")}}}
    assert spanish_title("glossary", "msp", "MSP: Minerals Security Partnership", texts) == (
        "MSP: Minerals Security Partnership"
    )


def test_a_spanish_glossary_title_is_the_term_and_the_spanish_expansion() -> None:
    texts = {"glossary": {"x": {"expansion": "Uno: dos"}}}
    # the term ends at the first ": " of the English title; the expansion may hold one too
    assert spanish_title("glossary", "x", "ABC: One: two", texts) == "ABC: Uno: dos"
    # a term that is its own expansion is given once
    texts = {"glossary": {"first": {"expansion": "FIRST"}}}
    assert spanish_title("glossary", "first", "FIRST", texts) == "FIRST"


def test_postings_of_no_terms_are_empty_and_of_some_give_each_its_bytes() -> None:
    empty = Postings(*packed_postings({}))
    assert len(empty) == 0 and list(empty) == [] and "" not in empty
    postings = {"peru": b"\x01\x02", "acuerdo": b"", "mineral": b"\x03"}
    packed = Postings(*packed_postings(postings))
    assert dict(packed) == postings and list(packed) == sorted(postings)


def test_a_hyphenated_word_also_reads_as_the_word_joined() -> None:
    # "counter-narcotics" is written "counternarcotics" in the data; each part alone is rare
    assert _ids("counter-narcotics", limit=100) == _ids("counternarcotics", limit=100) != []
    assert set(_ids("co-operation", limit=100)) == set(_ids("cooperation", limit=100))


def test_a_hyphenated_word_inside_a_name_still_spells_the_name() -> None:
    # "blue dot-network" is the name Blue Dot Network: one clause, as "blue dot network"
    for query in ("blue dot-network", "blue-dot network"):
        hits = find(None, query).hits
        assert [h.id for h in hits] == _ids("blue dot network")
        assert [m.word for m in hits[0].matched] == [query]


def test_a_word_in_two_parts_at_the_end_of_a_name_is_searched_safely() -> None:
    # the first part of "minerals-security" ends the name "critical minerals": no key has
    # a term after it to compare the second part with
    hits = find(None, "critical minerals-security").hits
    assert hits[0].id == "critical-minerals"
    assert [m.word for m in hits[0].matched] == ["critical", "minerals-security"]


def test_each_match_is_labelled_with_the_words_as_typed() -> None:
    assert [m.word for m in find(None, "people people").hits[0].matched] == ["people people"]
    assert [m.word for m in find(None, "2024").hits[0].matched] == ["2024"]
    # words before a year and between two years are each kept, in order
    statement = next(h for h in find(None, "minerals 2024 peru 2025", limit=50).hits if h.id == "statement")
    assert [m.word for m in statement.matched] == ["minerals", "2024", "peru", "2025"]


def test_each_match_names_the_field_and_how() -> None:
    dialogue = next(h for h in find(None, "2024-05").hits if h.id == "high-level-dialogue")
    assert [(m.field, m.how) for m in dialogue.matched] == [("date", "date")]
    # a Spanish word of the editorial layer's Spanish: the English field it translates, direct
    accords = next(h for h in find(None, "acuerdo").hits if h.id == "artemis-accords")
    assert [(m.field, m.how) for m in accords.matched] == [("title", "direct")]
    for hit in find(None, "acuerdo", limit=100).hits:
        assert not any(m.field.endswith("_es") for m in hit.matched), hit
    # an alias: the field 'aliases', how 'alias'
    blue_dot = next(h for h in find(None, "BDN").hits if h.id == "blue-dot")
    assert [(m.field, m.how) for m in blue_dot.matched] == [("aliases", "alias")]


def test_scores_are_shown_with_four_decimals_at_most() -> None:
    scores = [hit.score for query in ("peru", "critical minerals", "2026", "acuerdo") for hit in find(None, query).hits]
    assert scores and all(round(s, 4) == s for s in scores)
    assert any(round(s, 3) != s for s in scores)  # and four are kept


def test_a_score_is_bm25_of_the_word_s_fields() -> None:
    """A word's score in a record: idf * W / (k1 + W), W the sum over the fields it is in
    of weight * tf / (1 - b + b * length / average length): BM25 with k1 = 1.2, b = 0.75
    and the field weights of `_search` (README, 'usperu search'), times the kind boost."""
    import math

    from usperu._search import _B, _K1, _KIND_BOOST, _WEIGHTS, _bundled, _phrase_hits

    index = _bundled()
    hits = find(None, "friendship").hits
    ties = hits[0]
    assert ties.id == "people-to-people-ties"
    doc = next(i for i, d in enumerate(index.docs) if d.id == ties.id)
    found = _phrase_hits(index, ("friendship",), {})
    assert len(found) == len(hits) and len(found[doc]) >= 2  # several fields, weighed each
    n, df = len(index.docs), len(found)
    lengths = {f.name: f.length for f in index.docs[doc].fields}
    weighted = sum(
        _WEIGHTS[name] * len(starts) / (1 - _B + _B * lengths[name] / index.average_length[name])
        for name, starts in found[doc].items()
    )
    idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
    expected = idf * weighted / (_K1 + weighted) * _KIND_BOOST[index.docs[doc].kind]
    assert (_K1, _B) == (1.2, 0.75)
    assert ties.score == round(expected, 4)


def test_a_name_of_several_words_matches_all_of_them_not_its_last() -> None:
    # the Spanish reading of a joined name is every word's Spanish term, not the last one's:
    # "Departamento de Estado" does not find every record that names a state ("Estados Unidos")
    found = _ids("Departamento de Estado", limit=100)
    assert "artemis-accords" not in found and "bicentennial" not in found
    assert "artemis-accords" in _ids("Estados Unidos", limit=100)
    assert "fta-anniversary" not in _ids("aerial interception agreement", limit=100)
