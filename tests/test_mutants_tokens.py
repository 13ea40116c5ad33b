"""Tests that kill mutants of `_tokens`, `_listing`, `_namedtuple` and `_vocabulary` (issue #16 item 5).

Each test here failed against the mutant it names (mutmut's kill, or the mutant's diff applied
to src by hand); docs/mutation-mtokens.md lists the runs and the equivalents.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import pytest

from usperu import _i18n, _tokens
from usperu._listing import Listing, is_ids, is_no_wrap, without
from usperu._namedtuple import NamedTuple
from usperu._tokens import Token, known_stems, tokenize
from usperu._vocabulary import ACTOR_NAMES, ACTORS, RATING_MEANINGS, RATINGS, RATINGS_WITHOUT_EVIDENCE

from .conftest import Invoke

# --- _tokens: the tokens of a text, the stems the generator stores, phrases with joined words --


def test_tokenize_numbers_words_from_zero_and_gives_joined_forms_at_the_first_part() -> None:
    assert tokenize("Peru’s anti-satellite tests") == [
        Token("peru", 0, 0, 4),
        Token("s", 1, 5, 6),
        Token("perus", 0, 0, 6),
        Token("anti", 2, 7, 11),
        Token("satellit", 3, 12, 21),
        Token("antisatellit", 2, 7, 21),
        Token("test", 4, 22, 27),
    ]


def test_tokenize_goes_on_from_the_position_it_is_given_in_spanish() -> None:
    assert tokenize("Perú firmó minerales", 5, spanish=True) == [
        Token("~peru", 5, 0, 4),
        Token("~firm", 6, 5, 10),
        Token("~mineral", 7, 11, 20),
    ]


def _forget_stems(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_STEMS", "_STEMS_ES"):
        monkeypatch.setattr(_tokens, name, {})
    for name in ("_KNOWN", "_KNOWN_ES"):
        monkeypatch.setattr(_tokens, name, [])


def test_known_stems_are_word_stem_pairs_of_each_language_without_words_holding_a_space(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _forget_stems(monkeypatch)
    english, spanish = known_stems(["minerals", "peru", "two words", "minerales"])
    assert english == "minerals miner peru peru minerales mineral"
    assert spanish == "minerals ~minerals peru ~peru minerales ~mineral"


def test_known_stems_remembered_answer_without_a_stemmer(monkeypatch: pytest.MonkeyPatch) -> None:
    _forget_stems(monkeypatch)
    english, spanish = known_stems(["dialogue", "cooperacion"])
    _forget_stems(monkeypatch)

    def no_stemmer() -> Any:
        raise AssertionError("a remembered word went to the stemmer")

    monkeypatch.setattr(_tokens, "_stemmer", no_stemmer)
    monkeypatch.setattr(_tokens, "_spanish_stemmer", no_stemmer)
    _tokens.remember(english, spanish)
    assert _tokens.stems(["dialogue", "cooperacion"]) == ["dialogu", "cooperacion"]
    assert _tokens.stems_es(["cooperacion", "dialogue"]) == ["~cooper", "~dialog"]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ('"direct-ascent anti-satellite missile"', "anti-satellite-tests"),
        ('"U.S.-Peru High-Level Dialogue"', "high-level-dialogue"),
    ],
)
def test_a_quoted_phrase_with_hyphenated_words_is_found(invoke: Invoke, query: str, first: str) -> None:
    result = invoke("search", query, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["id"] == first


# --- _listing: the search listing in every format, columns left out, headers in Spanish -------

SEARCH_MARKDOWN = (
    "## Search results\n"
    "\n"
    "| Kind | ID | Title | Match |\n"
    "|---|---|---|---|\n"
    "| achievement | critical-minerals | Cooperation on mining and critical minerals; Peru decides to apply"
    " to the MSP Forum | …mining sector and strengthen their cooperation on **critical minerals**. The United"
    " States welcomed Peru’s decision to become the first country to apply for… |\n"
)


@pytest.mark.parametrize("fields", [(), ("--fields", "kind,id,title,snippet")])
def test_search_markdown_has_its_title_headers_and_emphasised_matches(invoke: Invoke, fields: tuple[str, ...]) -> None:
    result = invoke("search", "critical minerals", "-f", "markdown", *fields)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(SEARCH_MARKDOWN)


def test_search_csv_and_json_have_every_field_in_order(invoke: Invoke) -> None:
    fields = ["id", "kind", "title", "snippet", "highlights", "score", "matched"]
    result = invoke("search", "critical minerals", "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ",".join(fields)
    rows = json.loads(invoke("search", "critical minerals", "-f", "json").stdout)
    assert [list(row) for row in rows] == [fields] * len(rows)
    first = rows[0]
    assert (first["id"], first["kind"], first["highlights"]) == ("critical-minerals", "achievement", [[51, 68]])
    assert first["matched"][0] == {"word": "critical minerals", "field": "title", "how": "direct", "via": ""}
    assert first["snippet"].startswith("…mining sector") and isinstance(first["score"], float)
    one = invoke("search", "critical minerals", "-f", "csv", "--fields", "score,id")
    assert one.stdout.splitlines()[:2] == ["score,id", f"{first['score']},critical-minerals"]


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_a_search_without_matches_says_so_in_one_line(invoke: Invoke, fmt: str) -> None:
    result = invoke("search", "zyzzyva", "-f", fmt)
    assert (result.exit_code, result.stderr) == (1, "usperu: no matches for 'zyzzyva'\n")


LISTING = Listing(
    title="t",
    headers=("#", "Title", "Kind", "Match"),
    cells=(("1", "a", "x", "m1"), ("2", "b", "y", "m2")),
    rows=({"number": 1}, {"number": 2}),
    marker=(1, ("", "today", "", "")),
    highlights=(((0, 1),), ((1, 2),)),
    caption="Kind: what the record is",
    columns=("number", "title", "kind", "snippet"),
    spare=("Kind", "Title"),
)


def test_without_a_column_drops_its_cells_marker_key_spare_and_caption() -> None:
    assert without(LISTING, "Kind") == LISTING._replace(
        headers=("#", "Title", "Match"),
        cells=(("1", "a", "m1"), ("2", "b", "m2")),
        marker=(1, ("", "today", "")),
        caption="",
        columns=("number", "title", "snippet"),
        spare=("Title",),
    )


def test_without_the_last_column_drops_the_emphasis_and_keeps_another_column_s_caption() -> None:
    assert without(LISTING, "Match") == LISTING._replace(
        headers=("#", "Title", "Kind"),
        cells=(("1", "a", "x"), ("2", "b", "y")),
        marker=(1, ("", "today", "")),
        highlights=None,
        columns=("number", "title", "kind"),
    )


def test_without_keeps_no_marker_and_no_keys_and_ignores_a_header_it_lacks() -> None:
    bare = LISTING._replace(marker=None, columns=())
    assert without(bare, "Title") == bare._replace(
        headers=("#", "Kind", "Match"), cells=(("1", "x", "m1"), ("2", "y", "m2")), spare=("Kind",)
    )
    assert without(LISTING, "Nowhere") is LISTING


def test_columns_that_never_wrap_or_hold_ids_are_known_in_either_language() -> None:
    assert is_no_wrap("Date") and is_no_wrap("#") and not is_no_wrap("Fecha") and not is_no_wrap("Title")
    assert is_ids("ID") and is_ids("Mentioned in") and not is_ids("Mencionado en") and not is_ids("Title")
    _i18n.set_language("es")
    try:
        assert is_no_wrap("Fecha") and is_no_wrap("Date") and not is_no_wrap("Título")
        assert is_ids("Mencionado en") and is_ids("Da seguimiento a") and is_ids("ID") and not is_ids("Título")
    finally:
        _i18n.set_language("en")


# --- _namedtuple: what a wrong call says --------------------------------------------------

ANY_TOKEN: Any = Token  # called wrongly on purpose, which mypy would refuse


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: Token._make(("a", 1)), "Expected 4 arguments, got 2"),
        (lambda: ANY_TOKEN("a", 0, 0, 0)._replace(nope=1, other=2), "Got unexpected field names: ['nope', 'other']"),
        (lambda: ANY_TOKEN("a", 0, 0, 0, 5), "Token() takes 4 arguments but 5 were given"),
        (lambda: ANY_TOKEN("a", 0, 0), "Token() missing required argument: 'end'"),
        (lambda: ANY_TOKEN("a", 0), "Token() missing required argument: 'start'"),
        (lambda: ANY_TOKEN("a", 0, 0, end=1, nope=2), "Token() got an unexpected keyword argument 'nope'"),
        (lambda: ANY_TOKEN("a", 0, 0, 1, term="b"), "Token() got multiple values for argument 'term'"),
        (lambda: ANY_TOKEN("a", 0, 0, 1, nope=1, other=2), "Token() got an unexpected keyword argument 'nope'"),
    ],
)
def test_a_wrong_named_tuple_call_says_what_is_wrong(call: Any, message: str) -> None:
    with pytest.raises(TypeError) as error:
        call()
    assert str(error.value) == message


def test_a_named_tuple_s_fields_are_documented_as_typing_s_are() -> None:
    class Pair(NamedTuple):
        left: int
        right: int = 0

    class Theirs(typing.NamedTuple):
        left: int
        right: int = 0

    assert [Pair.left.__doc__, Pair.right.__doc__] == ["Alias for field number 0", "Alias for field number 1"]
    assert [Pair.left.__doc__, Pair.right.__doc__] == [Theirs.left.__doc__, Theirs.right.__doc__]


# --- _vocabulary: no function to mutate; its tables, built at import, agree with each other --


def test_the_vocabularies_that_name_each_other_agree() -> None:
    assert tuple(RATING_MEANINGS) == RATINGS and all(RATING_MEANINGS.values())
    assert set(RATINGS_WITHOUT_EVIDENCE) < set(RATINGS)
    assert tuple(ACTOR_NAMES) == ACTORS == ("us", "peru", "both")
