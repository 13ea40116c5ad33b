"""Bugs found by the mutation runs of 2026-12-02 and fixed on 2026-12-02 (third session):
each test failed against the code before its fix."""

from __future__ import annotations

import pytest

from tests.conftest import Invoke, in_spanish
from usperu import _i18n
from usperu._model import Note, Statement
from usperu._search import find

# --- a spelling correction keeps the query's operators


@pytest.mark.parametrize(
    ("query", "fixed"),
    [
        ("securty -health", "security -health"),  # the exclusion stays an exclusion
        ('"securty cooperation"', '"security cooperation"'),  # the phrase stays a phrase
        ("securty OR educaton", "security OR education"),
        ("Securty  Educaton", "security  education"),  # the spaces as typed
        ("securty -helth", "security -health"),  # a misspelled exclusion is corrected as one
    ],
    ids=["exclusion", "phrase", "or", "spaces", "misspelled-exclusion"],
)
def test_a_spelling_correction_changes_only_the_misspelled_word(query: str, fixed: str) -> None:
    result = find(None, query)
    assert result.corrected == fixed
    assert result.hits, query
    assert [h.id for h in result.hits] == [h.id for h in find(None, fixed).hits]


def test_a_corrected_exclusion_still_excludes() -> None:
    without = {h.id for h in find(None, "securty -health", limit=100).hits}
    assert without, "the corrected query finds something"
    health = {h.id for h in find(None, "health", limit=100).hits}
    assert not without & health


# --- Spanish cards keep the Spanish names of records that have no English aliases


def test_a_spanish_card_shows_the_spanish_names_of_every_kind_of_record(statement: Statement) -> None:
    from usperu._views import card_for

    with_spanish = [r for r in statement.records() if getattr(r, "aliases_es", ())]
    kinds = {type(r).__name__ for r in with_spanish}
    assert "Event" in kinds, "the data has an event with Spanish names"
    with in_spanish():
        for record in with_spanish:
            text = "\n".join(value for _, value in card_for(record, statement).fields)
            for name in getattr(record, "aliases_es", ()):
                assert name in text, (record.id, name)


# --- the HTML edition's timeline picture with nothing dated


def test_a_timeline_picture_of_no_entries_is_an_empty_axis_to_the_year_after_today() -> None:
    import datetime as dt

    from usperu._html import timeline_picture

    picture = timeline_picture([], dt.date(2026, 12, 2))
    assert picture["marks"] == [] and picture["earlier"] is False
    assert [year for year, _ in picture["ticks"]] == [2026, 2027]
    assert picture["ticks"][0][1] < picture["today_x"] < picture["ticks"][1][1]


# --- a card never cuts a URL in two


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("width", [60, 61, 62, 63, 80, 100])
def test_a_card_keeps_every_url_whole_and_every_other_line_within_the_width(
    statement: Statement, width: int, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from usperu import _tables
    from usperu._views import card_for

    monkeypatch.setenv("NO_COLOR", "1")
    url_at_end = re.compile(r"\(?(?:https://|[\w-]+(?:\.[\w-]+)+/)\S*$")
    long_urls = 0
    _i18n.set_language(language)
    try:
        for record in statement.records():
            card = card_for(record, statement)
            words = {w.strip("();,") for _, value in card.fields for w in value.split()}
            words |= {w.strip("();,") for note in card.notes for w in f"{note.text} {note.source}".split()}
            urls = {w for w in words if re.match(r"https?://", w)}
            drawn = _tables.draw(card, width)
            lines = drawn.splitlines()
            for url in urls:
                assert any(url in line for line in lines), (record.id, url)
                long_urls += len(url) > width - 20
            for line in lines:
                if len(line) > width:  # only a URL that no line could hold, never an id or a word
                    assert url_at_end.search(line), (record.id, line)
            # nothing is lost: the card's characters are all drawn, in order
            assert "".join(drawn.split()) == "".join(_tables.draw(card, None).split()), record.id
    finally:
        _i18n.set_language("en")
    assert long_urls, "the data has a URL wider than a card's column"


def test_a_card_puts_a_url_too_wide_on_a_line_of_its_own_and_folds_any_other_word() -> None:
    from usperu import _tables
    from usperu._listing import Card

    url = "https://x.org/" + "x" * 16
    card = Card("Heading", "", (("Label", f"before {url}  after words"),), (), {})
    assert _tables.draw(card, 20).splitlines()[2:] == ["Label  before", "       " + url, "       after words"]
    card = Card("Heading", "", (("Label", "before (a-long-record-id-of-thirty)  after"),), (), {})
    # another word is folded at the width, as Rich's grid folds it
    assert _tables.draw(card, 20).splitlines()[2:] == [
        "Label  before",
        "       (a-long-recor",
        "       d-id-of-thirt",
        "       y)  after",
    ]


# --- quote --style cites as cite does: no access date of today, the unchecked URL said


STYLES = ["plain", "apa", "chicago", "mla", "bibtex", "csl-json"]


@pytest.mark.parametrize("style", STYLES)
def test_quote_with_a_style_gives_cite_s_citation_and_no_access_date_of_today(invoke: Invoke, style: str) -> None:
    import datetime as dt
    import json

    today = dt.date.today()
    cited = invoke("cite", "12", "--style", style)
    quoted = invoke("quote", "12", "--style", style, "-f", "json")
    assert cited.exit_code == quoted.exit_code == 0
    citation = json.loads(quoted.stdout)["citation"]
    unchecked = "The URL is inferred"
    assert cited.stdout.split(unchecked)[0].rstrip("\n") == citation
    for day in (today.isoformat(), f"{today.year}, {today.month}, {today.day}", f"{today.day} Dec. {today.year}"):
        assert day not in citation
    text = invoke("quote", "12", "--style", style).stdout
    assert (unchecked in text) == (style in ("plain", "apa", "chicago", "mla")) == (unchecked in cited.stdout)
    lines = text.splitlines()
    if unchecked in text:  # the line follows the citation, and the wording line comes last
        assert lines[-1].startswith("Our copy's words") and lines[-2].startswith(unchecked)


def test_quote_takes_cite_s_access_date_and_url(invoke: Invoke) -> None:
    import datetime as dt

    result = invoke("quote", "12", "--style", "mla", "--accessed", "2026-01-15")
    assert result.exit_code == 0 and "Accessed 15 Jan. 2026." in result.stdout
    assert "The URL is inferred" not in result.stdout
    result = invoke("quote", "12", "--style", "apa", "--url", "https://example.org/statement")
    assert result.exit_code == 0 and "https://example.org/statement" in result.stdout
    assert "www.state.gov" not in result.stdout and "The URL is inferred" not in result.stdout
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    result = invoke("quote", "12", "--style", "mla", "--accessed", tomorrow)
    assert result.exit_code == 2 and result.stdout == "" and result.stderr.startswith("usperu: --accessed ")
    result = invoke("quote", "12", "--style", "mla", "--accessed", "bad")  # the option named as typed
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "usperu: --accessed expects a day as YYYY-MM-DD, such as 2026-01-15, not 'bad'\n"


@pytest.mark.parametrize(
    "extra", [["--accessed", "2026-01-15"], ["--url", "https://example.org/"]], ids=["accessed", "url"]
)
def test_quote_refuses_an_access_date_or_url_without_a_style(invoke: Invoke, extra: list[str]) -> None:
    result = invoke("quote", "12", *extra)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "usperu: --accessed and --url go with --style: the short citation has no URL (see 'usperu quote --help')\n"
    )


# --- a card's layout, exactly (the survivors of a mutation run of _card and _whole_words)


def _card_drawn(fields: tuple[tuple[str, str], ...], width: int, notes: tuple[Note, ...] = ()) -> str:
    from usperu import _tables
    from usperu._listing import Card

    return _tables.draw(Card("H", "", fields, notes, {}), width)


def test_a_card_value_fills_its_line_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert _card_drawn((("L", "abc def"),), 10) == "H\n\nL  abc def\n"  # 1 + 2 + 7 cells
    assert _card_drawn((("L", "abc defg"),), 10) == "H\n\nL  abc\n   defg\n"


def test_a_card_keeps_blank_lines_and_tabs_and_starts_a_long_word_on_the_label_s_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    url = "https://example.org/" + "a" * 20
    assert _card_drawn(
        (("Label", "a\n\nb"), ("Two", f"{url} then"), ("Tab", "a\tb"), ("Empty", ""), ("End", "c\n")), 30
    ) == (
        f"H\n\nLabel  a\n\n       b\nTwo    {url}\n       then\nTab    a       b\nEmpty\nEnd    c\n\n"
    )  # a value's last newline ends a line, as in Rich's grid


def test_a_card_without_fields_has_its_heading_and_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    note = Note("A note.", "somewhere", "high")
    assert _card_drawn((), 30, (note,)) == "H\n\n\nNotes\n• A note. (somewhere; high)\n"


@pytest.mark.parametrize(
    "extra",
    [["--style", "apa"], ["--accessed", "2026-01-15"], ["--url", "https://example.org/"]],
    ids=["style", "accessed", "url"],
)
def test_quote_check_refuses_the_citation_options(invoke: Invoke, extra: list[str]) -> None:
    result = invoke("quote", "--check", "Artemis Accords", *extra)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "usperu: --style, --accessed and --url go with an ID, not with --check (see 'usperu quote --help')\n"
    )
    spanish = invoke("-L", "es", "quote", "--check", "Artemis Accords", *extra)
    assert spanish.exit_code == 2 and spanish.stderr.startswith("usperu: --style, --accessed y --url van con un ID")
