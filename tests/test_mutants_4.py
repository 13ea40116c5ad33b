"""Tests that kill mutants of `_quote`, `_tokens` and `_listing` (issue #16 item 5, 2026-12-02).

Each test here failed against the mutant it names (mutmut's kill, or the mutant's diff applied
to src by hand); docs/testing.md, "Mutation testing", lists the runs and the equivalents.
"""

from __future__ import annotations

import json

import pytest

from usperu import Statement
from usperu._errors import InvalidArgumentError
from usperu._model import GlossaryEntry
from usperu._quote import _words, check, quotable

from .conftest import Invoke

# --- _quote.quotable: what `usperu quote ID` prints, and its refusals, word for word ---


@pytest.mark.parametrize(
    ("ident", "message"),
    [
        (
            "statement",
            "usperu: the statement as a whole has no one quote: quote a record or a paragraph"
            " ('usperu text --numbers' shows the paragraphs)\n",
        ),
        (
            "fema",
            "usperu: glossary entries are editorial, not quoted: quote a record that mentions FEMA"
            " (disaster-response)\n",
        ),
        (
            "aerial-interception",
            "usperu: glossary entries are editorial, not quoted: quote a record that mentions"
            " Aerial interception agreement (aerial-interception-agreement, csii-memorandum)\n",
        ),
        (
            "artemis-accords-signed",
            "usperu: 'artemis-accords-signed' happened after the statement and is not in it: nothing to quote\n",
        ),
    ],
)
def test_quote_refuses_what_has_no_quote_saying_why(invoke: Invoke, ident: str, message: str) -> None:
    result = invoke("quote", ident)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


def test_a_glossary_entry_that_no_record_mentions_says_none(statement: Statement) -> None:
    entry = statement.by_id["fema"]
    assert isinstance(entry, GlossaryEntry)
    with pytest.raises(InvalidArgumentError) as error:
        quotable(statement, entry._replace(mentions=()))
    assert str(error.value) == ("glossary entries are editorial, not quoted: quote a record that mentions FEMA (none)")


@pytest.mark.parametrize(
    ("ident", "field"),
    [("paragraph-3", "text"), ("correction-camino", "quoted"), ("peter-camino", "quote"), ("artemis-accords", "quote")],
)
def test_quote_gives_a_paragraph_s_text_a_correction_s_words_and_a_record_s_quote(
    invoke: Invoke, statement: Statement, ident: str, field: str
) -> None:
    record = statement.by_id[ident]
    expected = getattr(record, field)
    assert quotable(statement, record) == expected
    data = json.loads(invoke("quote", ident, "-f", "json", "--verbatim").stdout)
    assert (data["id"], data["text"]) == (ident, expected)


# --- _quote.check over a statement of one paragraph built for the case ----------------


def _one_paragraph(statement: Statement, text: str, *fixes: tuple[str, str]) -> Statement:
    """Return the statement with one paragraph, TEXT, and corrections (our words, official)."""
    paragraph = statement.paragraphs[0]._replace(text=text)
    model = statement.corrections[0]
    corrections = tuple(
        model._replace(id=f"correction-{n}", quoted=quoted, official=official)
        for n, (quoted, official) in enumerate(fixes)
    )
    return statement._replace(paragraphs=(paragraph,), corrections=corrections)


def test_every_occurrence_of_a_correction_s_words_takes_the_official_wording(statement: Statement) -> None:
    # the words stand at the very start of the paragraph, and again later
    tiny = _one_paragraph(statement, "Cimino met Cimino in Lima with partners today.", ("Cimino", "Camino"))
    best = check(tiny, "Camino met Camino in Lima with partners today")[0]
    assert (best.found, best.score, best.official) == (True, 1.0, True)
    assert best.passage == "Camino met Camino in Lima with partners today."
    # listed once, though its words stand twice (and in `quote --check -f json`)
    assert [c.id for c in best.corrections] == ["correction-0"]


def test_every_occurrence_of_words_said_three_times_takes_the_official_wording(statement: Statement) -> None:
    tiny = _one_paragraph(statement, "Cimino met Cimino and Cimino in Lima today.", ("Cimino", "Camino"))
    best = check(tiny, "Camino met Camino and Camino in Lima today")[0]
    assert (best.found, best.score, best.passage) == (True, 1.0, "Camino met Camino and Camino in Lima today.")


@pytest.mark.parametrize("order", [1, -1])
def test_corrections_that_touch_both_take_their_official_wording(statement: Statement, order: int) -> None:
    # "Peter Cimino" ends where " met Kurt" begins: they touch and do not overlap
    fixes = (("Peter Cimino", "Peter Camino"), (" met Kurt", " greeted Kurt"))[::order]
    tiny = _one_paragraph(statement, "Peter Cimino met Kurt Campbell in Lima today.", *fixes)
    best = check(tiny, "Peter Camino greeted Kurt Campbell in Lima today")[0]
    assert (best.found, best.score, len(best.corrections)) == (True, 1.0, 2)


# Three corrections in one paragraph, the first much longer than our words: a passage names
# exactly the corrections whose official wording stands in it, wherever it begins and ends.
THREE = (
    "Cimino/Lima talks went well, and then the minister flew to Cusco with friends today.",
    ("Cimino/", "Ambassador Peter Camino of Peru/"),
    ("minister", "vice minister"),
    ("Cusco", "Cuzco"),
)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # begins right after the first correction's words
        ("Lima talks went well, and then the vice minister flew to Cuzco with friends today", [1, 2]),
        # ends before the last one's
        ("Ambassador Peter Camino of Peru/Lima talks went well, and then the vice minister flew", [0, 1]),
        ("the vice minister flew to Cuzco with friends", [1, 2]),
        ("Ambassador Peter Camino of Peru/Lima talks went well, and then the vice minister flew to Cuzco", [0, 1, 2]),
    ],
)
def test_a_passage_names_only_the_corrections_in_it(statement: Statement, text: str, named: list[int]) -> None:
    tiny = _one_paragraph(statement, *THREE)
    best = check(tiny, text)[0]
    assert (best.found, best.score, best.official) == (True, 1.0, True)
    assert best.passage.rstrip(".") == text
    assert [c.id for c in best.corrections] == [f"correction-{n}" for n in named]


def test_check_refuses_a_text_without_words(invoke: Invoke) -> None:
    for text in ("", "— / -"):
        result = invoke("quote", "--check", text)
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == "usperu: nothing to check: give the words to look for, e.g. --check 'Artemis Accords'\n"


def test_check_takes_twice_the_longest_paragraph_s_words_and_no_more(invoke: Invoke, statement: Statement) -> None:
    words = max(([w for w, _, _ in _words(p.text)] for p in statement.paragraphs), key=len)
    assert len(words) == 76  # the longest paragraph, as check counts its words
    assert invoke("quote", "--check", " ".join(words * 2)).exit_code in (0, 1)
    result = invoke("quote", "--check", " ".join(words * 2 + ["Peru"]))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "usperu: the text has 153 words, and the longest paragraph of the statement 76:"
        " check a sentence or a paragraph at a time\n"
    )


def test_check_over_a_statement_without_paragraphs_refuses_every_text(statement: Statement) -> None:
    with pytest.raises(InvalidArgumentError) as error:
        check(statement._replace(paragraphs=()), "Peru")
    assert str(error.value) == (
        "the text has 1 words, and the longest paragraph of the statement 0: check a sentence or a paragraph at a time"
    )


def test_a_passage_scoring_exactly_the_threshold_is_found(statement: Statement) -> None:
    best = check(statement, "Peru became a first country in Latin America to join")[0]  # 9 of 10 words
    assert (best.score, best.found) == (0.9, True)


def test_a_paragraph_that_no_record_quotes_is_named_by_its_own_id(statement: Statement) -> None:
    quoted = {getattr(r, "paragraph", None) for r in statement.records() if getattr(r, "quote", "")}
    alone = [p for p in statement.paragraphs if p.id not in quoted]
    assert alone
    for paragraph in alone:
        assert check(statement, paragraph.text)[0].id == paragraph.id
