"""Views, dates, citations and quotes in Spanish (issue #18): no English word of the
interface leaks into what people read, the scripting contract (JSON keys, CSV columns,
ids, enum values) is the same in both languages, every Spanish date form, and each
citation style as its Spanish edition (or translation) writes it.

The language is set with `_i18n.set_language` and, for the command line, USPERU_LANG
as well, so that these tests hold before and after `cli` chooses the language itself.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Invoke
from usperu import Statement, _i18n, load_statement
from usperu._brackets import SIC, SPANISH_TEXT, marked, wording_line
from usperu._cite import cite, short_citation
from usperu._dates import day_label, relative_time, roman
from usperu._listing import is_ids, is_no_wrap, search_listing
from usperu._model import FIELDS, Correction, Development, Event
from usperu._queries import _RATING_COUNTS, corrections_for
from usperu._render import fit_table, render
from usperu._views import (
    _TABLE_COUNTS,
    about_card,
    achievements_listing,
    card_for,
    date_label,
    export_document,
    glossary_listing,
    paragraphs_listing,
    people_listing,
    progress_listing,
    sessions_listing,
    since_listing,
    timeline_listing,
)
from usperu._vocabulary import ACTOR_NAMES, BASES, CONFIDENCES, KINDS, RATINGS, STATUSES

SRC = Path(__file__).resolve().parent.parent / "src" / "usperu"
LOCALE = SRC / "locale" / "es"
VIEW_MODULES = ("_views", "_listing", "_render", "_tables", "_brackets", "_dates", "_queries", "_cite", "_ics")
"""The modules whose interface strings (`_("...")`, `ngettext`) views.po and cite.po translate."""

TODAY = dt.date(2026, 12, 2)
ES = {"USPERU_LANG": "es"}
VOCABULARY_KEYS = ("id", "kind", "status", "rating", "basis", "confidence", "actors", "precision", "block", "mapping")
"""JSON keys whose values are ids or enum values: the same in every language."""

MONTHS = "January February March April May June July August September October November December".split()
SAME_IN_SPANISH = {"ID", "URL", "editorial", "Editorial", "usperu", "show", "since", "progress", "pandoc", "CSL"}
"""Words of the English interface strings that Spanish writes alike (command names among them)."""


def _calls() -> Iterator[tuple[str, list[str]]]:
    """Yield (function, its literal string arguments) for each `_` and `ngettext` call
    of the view modules."""
    for name in VIEW_MODULES:
        tree = ast.parse((SRC / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
                literals = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                yield node.func.id, literals


def _interface_strings() -> list[str]:
    """Return every literal string the view modules translate (both forms of a plural)."""
    found: dict[str, None] = {}
    for function, literals in _calls():
        found.update(dict.fromkeys(literals[:1] if function == "_" else literals[:2]))
    return list(found)


def _catalog(names: tuple[str, ...] = ("views.po", "cite.po")) -> dict[str, str]:
    """Return the entries of the .po files NAMES, views.po and cite.po by default, or of all
    of them for () (a plural's key is 'singular\\0plural')."""
    from usperu._catalogs import parse_po

    entries: dict[str, str] = {}
    for name in names or tuple(sorted(p.name for p in LOCALE.glob("*.po"))):
        entries.update(parse_po((LOCALE / name).read_text(encoding="utf-8"), name))
    return entries


def _vocabulary() -> list[str]:
    """Return the values of closed vocabularies and the labels that views show translated."""
    labels = [info.label for info in FIELDS.values() if info.label]
    words = [*STATUSES, *RATINGS, *BASES, "later", *KINDS, *ACTOR_NAMES.values(), *CONFIDENCES]
    return [*words, *labels, SIC, "breakout session", "participant", "date"]


def _english_words() -> set[str]:
    """Return the words of the English interface strings that Spanish never writes:
    a Spanish output holding one of them leaks English."""
    english: set[str] = set(MONTHS) | {"ago", "today", "century", "Accessed", "para", "par"}
    for text in [*_interface_strings(), *_vocabulary()]:
        english |= set(re.findall(r"[^\W\d_]{2,}", re.sub(r"\{[^}]*\}", " ", text)))
    spanish = " ".join(_i18n._(text) for text in [*_interface_strings(), *_vocabulary()] if _i18n.language() == "es")
    return english - set(re.findall(r"[^\W\d_]{2,}", spanish)) - SAME_IN_SPANISH


def _data_strings(statement: Statement) -> list[str]:
    """Return the data's own text (titles, quotes, notes, ids, URLs, ...), longest first:
    what es-overlay translates or what stays verbatim, never the interface's words."""
    found: set[str] = {statement.path}

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, str) and key not in VOCABULARY_KEYS[1:]:
            found.add(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)

    walk(export_document(statement))
    for entry in statement.progress:
        walk({"promise": entry.promise, "reason": entry.reason, "source": entry.source})
    found |= {s.title for s in statement.sessions}
    for record in statement.records():  # quotes as pasted: the official wording in brackets
        quote = str(getattr(record, "quote", None) or getattr(record, "text", "") or "")
        if quote and not isinstance(record, Correction):
            found.add(marked(quote, corrections_for(statement, record)).text)
    return sorted((s for s in found if len(s) > 1), key=len, reverse=True)


_DATA: dict[tuple[int, str], re.Pattern[str]] = {}


def _data_pattern(statement: Statement) -> re.Pattern[str]:
    """Return a pattern of every data string (as is, and as Markdown escapes it), whole
    words only, longest first; and of anything shaped like a URL or a path."""
    key = (id(statement), _i18n.language())
    if key not in _DATA:
        strings = _data_strings(statement)
        if _i18n.language() != "en":  # the editorial text in that language is data too (es-overlay)
            strings += [s for s in _data_strings(load_statement(statement.path)) if s not in strings]
        escaped = [s.translate({ord(c): f"\\{c}" for c in "\\`*_[]<>|#"}) for s in strings]
        alternatives = sorted({re.escape(s) for s in strings + escaped}, key=len, reverse=True)
        urls = r"(?:https?://)?[\w.-]+\.[a-z]{2,}/\S*|/\S+"
        _DATA[key] = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)|{urls}")
    return _DATA[key]


def _leaks(text: str, statement: Statement) -> list[str]:
    """Return the English interface words left in TEXT once the data's text is removed."""
    text = _data_pattern(statement).sub(" ", text)
    words = set(re.findall(r"[^\W\d_]{2,}", text))
    return sorted(words & _english_words())


# --- every string has its Spanish --------------------------------------------------


def test_every_interface_string_of_the_views_has_a_spanish_translation() -> None:
    catalog = _catalog(())  # in any area's .po: the errors that views raise are in errors.po
    missing = [lit[0] for function, lit in _calls() if function == "_" and lit and lit[0] not in catalog]
    plurals = [tuple(literals[:2]) for function, literals in _calls() if function == "ngettext" and len(literals) >= 2]
    missing += [singular for singular, plural in plurals if f"{singular}\0{plural}" not in catalog]
    assert missing == []


def test_every_vocabulary_word_and_label_has_a_spanish_translation(spanish: None) -> None:
    same = {"ID", "URL", "En español"}
    assert [w for w in _vocabulary() if _i18n._(w) == w and w not in same] == []
    counts = [*_RATING_COUNTS.values(), *_TABLE_COUNTS.values()]
    assert [pair for pair in counts if f"{pair[0]}\0{pair[1]}" not in _catalog()] == []


def test_plural_forms_follow_the_count(spanish: None) -> None:
    assert _i18n.ngettext("{count} year ago", "{count} years ago", 1) == "hace {count} año"
    assert _i18n.ngettext("{count} year ago", "{count} years ago", 2) == "hace {count} años"


def test_the_english_word_list_catches_an_english_leak(statement: Statement, spanish: None) -> None:
    """The checker itself: English interface words are found, data and Spanish are not."""
    assert _leaks("Breakout sessions: hace 2 años, stalled", statement) == ["Breakout", "sessions", "stalled"]
    assert _leaks(f"Logros clave: {statement.achievements[0].title}", statement) == []


# --- listings, cards and formats in Spanish ------------------------------------------

COMMANDS = [
    ("achievements",),
    ("achievements", "--all"),
    ("sessions",),
    ("timeline",),
    ("since",),
    ("progress",),
    ("people",),
    ("glossary",),
    ("about",),
]


@pytest.mark.parametrize("fmt", ["table", "markdown"])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_listings_and_cards_say_nothing_in_english(
    invoke: Invoke, statement: Statement, spanish: None, args: tuple[str, ...], fmt: str
) -> None:
    result = invoke(*args, "-f", fmt, env={**ES, "COLUMNS": "2000"})
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert _leaks(result.stdout, statement) == []


def _entries(statement: Statement) -> list[Event | Development]:
    """Return the timeline's entries: events and developments, oldest first."""
    entries: list[Event | Development] = [*statement.events, *statement.developments]
    return sorted(entries, key=lambda e: e.date)


def _one_of_each_kind(statement: Statement) -> list[str]:
    seen: dict[str, str] = {}
    for record in statement.records():
        seen.setdefault(record.kind, record.id)
    return sorted(seen.values())


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_every_kind_of_card_says_nothing_in_english(
    invoke: Invoke, statement: Statement, spanish: None, fmt: str
) -> None:
    idents = [*_one_of_each_kind(statement), "artemis-accords", "peter-camino", "12"]
    for ident in idents:
        result = invoke("show", ident, "-f", fmt, env={**ES, "COLUMNS": "2000"})
        assert result.exit_code == 0, (ident, result.output)
        assert _leaks(result.stdout, statement) == [], ident


def test_stacked_blocks_label_notes_and_today_in_spanish(invoke: Invoke, statement: Statement, spanish: None) -> None:
    """Below 60 columns, tables and cards are 'label: value' blocks: their own words too."""
    card = invoke("show", "artemis-accords", env={**ES, "COLUMNS": "50"}).stdout
    assert "\nNota: " in card and "\nNote: " not in card and "\nTipo: logro" in card
    timeline = invoke("timeline", env={**ES, "COLUMNS": "50"}).stdout
    assert re.search(r"^-- \d+ de \w+ de \d{4} \(hoy\) --$", timeline, re.MULTILINE), timeline
    assert "\nFecha: " in timeline and "\nBase: " in timeline


def test_views_have_spanish_titles_headers_captions_and_marks(statement: Statement, spanish: None) -> None:
    items = list(statement.achievements)
    groups = [(s, [i for i in items if s.id in i.sessions]) for s in statement.sessions]
    entries = _entries(statement)
    found = [
        (i, p)
        for p in statement.progress
        for i in (*statement.achievements, *statement.commitments)
        if i.id == p.record
    ]
    listings = [
        achievements_listing(items, statement),
        achievements_listing([*items, *statement.commitments], statement),
        sessions_listing(statement, groups),
        timeline_listing(entries, TODAY),
        since_listing(statement.developments, TODAY),
        progress_listing(found, statement),
        people_listing(statement.people),
        glossary_listing(statement.glossary),
        paragraphs_listing(statement.paragraphs),
        search_listing([]),
    ]
    for listing in listings:
        said = [listing.title, *listing.headers, listing.caption, listing.empty, *listing.spare]
        said += listing.marker[1] if listing.marker else ()
        said += [child for _parent, children in listing.tree or () for child in children]
        assert [(text, _leaks(text, statement)) for text in said if _leaks(text, statement)] == [], listing.title
    timeline = listings[3]
    assert timeline.marker is not None and timeline.marker[1][:2] == ("2 de diciembre de 2026\n(hoy)", "── hoy ──")
    assert "Base" in timeline.headers and timeline.caption.startswith("Base:")
    commitments = listings[1]
    assert [row["status"] for row in commitments.rows] == [i.status for i in [*items, *statement.commitments]]
    assert {cells[3] for cells in commitments.cells} <= {_i18n._(s) for s in STATUSES}


def test_cards_label_every_field_in_spanish(statement: Statement, spanish: None) -> None:
    for record in statement.records():
        card = card_for(record, statement)
        labels = " ".join(label for label, _value in card.fields)
        assert _leaks(f"{labels} {card.heading}", statement) == [], record.id
    about = about_card(statement)
    assert _leaks(" ".join(label for label, _value in about.fields), statement) == []
    assert dict(about.fields)["Fecha"] == "9 de mayo de 2024"


def test_translated_headers_keep_their_layout_roles(statement: Statement, spanish: None) -> None:
    """Columns of ids and dates are found by their translated headers: a narrow Spanish
    table leaves out and breaks the same columns as the English one."""
    entries = _entries(statement)

    def listings() -> list[Any]:
        return [
            timeline_listing(entries, TODAY),
            since_listing(statement.developments, TODAY),
            glossary_listing(statement.glossary),
            people_listing(statement.people),
        ]

    spanish_ones = listings()
    _i18n.set_language("en")
    english_ones = listings()
    _i18n.set_language("es")
    for es, en in zip(spanish_ones, english_ones, strict=True):
        assert [is_ids(h) for h in es.headers] == [is_ids(h) for h in en.headers], en.title
        assert [is_no_wrap(h) for h in es.headers] == [is_no_wrap(h) for h in en.headers], en.title
    since = spanish_ones[1]
    broken = 0
    for width in range(60, 130, 5):
        fitted = fit_table(since, width)
        if fitted is None:
            continue
        shown, _widths = fitted
        for cells, record in zip(shown.cells, statement.developments, strict=True):
            lines = cells[-1].split("\n")  # the ID column: an id broken only after a hyphen
            assert "".join(lines) == record.id and all(line.endswith("-") for line in lines[:-1]), (width, lines)
            broken += len(lines) > 1
    assert broken  # some width breaks ids, as in English


def test_a_narrow_timeline_leaves_out_the_basis_column_and_its_caption(statement: Statement, spanish: None) -> None:
    entries = _entries(statement)
    timeline = timeline_listing(entries, TODAY)
    narrow = [fitted[0] for width in range(60, 130) if (fitted := fit_table(timeline, width))]
    without = [listing for listing in narrow if "Base" not in listing.headers]
    assert without and all(listing.caption == "" for listing in without)
    assert all(listing.caption.startswith("Base:") for listing in narrow if "Base" in listing.headers)


def test_markdown_says_as_of_in_spanish(statement: Statement, spanish: None) -> None:
    entries = sorted(statement.events, key=lambda e: e.date)
    text = render(timeline_listing(entries, TODAY), "markdown")
    assert "_situación al 2 de diciembre de 2026_" in text


def test_the_progress_summary_line_is_spanish(invoke: Invoke, spanish: None) -> None:
    result = invoke("progress", "-f", "json", env=ES)
    line = json.loads(result.stdout)["summary"]["line"]
    assert line.startswith("de ") and "revisado el " in line and "cumplido" in line, line
    assert not re.search(r"\b(of|kept|checked|with no public record)\b", line), line


# --- the scripting contract ----------------------------------------------------------

CONTRACT = [
    ("achievements", "--all"),
    ("sessions",),
    ("timeline",),
    ("since",),
    ("progress",),
    ("people",),
    ("glossary",),
    ("text",),
    ("search", "artemis"),
]


def _json_rows(data: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = data["progress"] if isinstance(data, dict) and "progress" in data else data
    return rows


@pytest.mark.parametrize("args", CONTRACT, ids=" ".join)
def test_json_and_csv_keep_keys_ids_and_enum_values_in_spanish(invoke: Invoke, args: tuple[str, ...]) -> None:
    outputs = {}
    for lang in ("en", "es"):
        _i18n.set_language(lang)
        try:
            as_json = invoke(*args, "-f", "json", env={"USPERU_LANG": lang})
            as_csv = invoke(*args, "-f", "csv", env={"USPERU_LANG": lang})
        finally:
            _i18n.set_language("en")
        assert as_json.exit_code == 0 and as_csv.exit_code == 0, (as_json.output, as_csv.output)
        outputs[lang] = (json.loads(as_json.stdout), list(csv.reader(io.StringIO(as_csv.stdout))))
    (json_en, csv_en), (json_es, csv_es) = outputs["en"], outputs["es"]
    if isinstance(json_en, dict):
        assert list(json_en) == list(json_es)
        assert list(json_en["summary"]) == list(json_es["summary"])
        assert json_en["summary"]["counts"] == json_es["summary"]["counts"]
    rows_en, rows_es = _json_rows(json_en), _json_rows(json_es)
    assert [list(r) for r in rows_en] == [list(r) for r in rows_es]
    for key in VOCABULARY_KEYS:
        assert [r.get(key) for r in rows_en] == [r.get(key) for r in rows_es], key
    assert csv_en[0] == csv_es[0]  # the CSV header row
    assert len(csv_en) == len(csv_es)


def test_export_is_the_same_in_spanish_apart_from_text(invoke: Invoke) -> None:
    english = json.loads(invoke("export").stdout)
    _i18n.set_language("es")
    try:
        spanish = json.loads(invoke("export", env=ES).stdout)
    finally:
        _i18n.set_language("en")
    assert list(english) == list(spanish)
    for table, rows in english.items():
        if isinstance(rows, list):
            assert [list(r) for r in rows] == [list(r) for r in spanish[table]], table
            assert [r.get("kind") for r in rows] == [r.get("kind") for r in spanish[table]], table


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("precision", "day", "label"),
    [
        ("day", dt.date(2024, 5, 9), "9 de mayo de 2024"),
        ("day", dt.date(2025, 1, 1), "1 de enero de 2025"),
        ("day", dt.date(2024, 9, 30), "30 de septiembre de 2024"),
        ("month", dt.date(2024, 11, 1), "noviembre de 2024"),
        ("month", dt.date(2025, 2, 1), "febrero de 2025"),
        ("year", dt.date(2024, 1, 1), "2024"),
        ("century", dt.date(1600, 1, 1), "siglo XVII"),
        ("century", dt.date(1900, 1, 1), "siglo XX"),
        ("century", dt.date(2000, 1, 1), "siglo XXI"),
        ("century", dt.date(1400, 1, 1), "siglo XV"),
        ("century", dt.date(800, 1, 1), "siglo IX"),
    ],
)
def test_spanish_dates_read_as_spanish_readers_write_them(
    statement: Statement, spanish: None, precision: Any, day: dt.date, label: str
) -> None:
    event = next(e for e in statement.events if isinstance(e, Event))
    assert date_label(event._replace(date=day, precision=precision)) == label


def test_every_month_has_its_spanish_name(spanish: None) -> None:
    names = [day_label(dt.date(2024, month, 1)).split(" de ")[1] for month in range(1, 13)]
    assert names == "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()


def test_roman_numerals() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 17, 19, 20, 21, 40, 58, 90, 400, 1999)] == [
        "I", "IV", "IX", "XIV", "XVII", "XIX", "XX", "XXI", "XL", "LVIII", "XC", "CD", "MCMXCIX",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("when", "precision", "expected"),
    [
        (TODAY, "day", "hoy"),
        (dt.date(2026, 12, 1), "day", "hace 1 día"),
        (dt.date(2026, 11, 29), "day", "hace 3 días"),
        (dt.date(2026, 12, 3), "day", "dentro de 1 día"),
        (dt.date(2026, 12, 20), "day", "dentro de 18 días"),
        (dt.date(2026, 11, 2), "day", "hace 1 mes"),
        (dt.date(2026, 7, 1), "day", "hace 5 meses"),
        (dt.date(2027, 1, 2), "day", "dentro de 1 mes"),
        (dt.date(2027, 5, 2), "day", "dentro de 5 meses"),
        (dt.date(2025, 12, 2), "day", "hace 1 año"),
        (dt.date(2024, 5, 9), "day", "hace 2 años"),
        (dt.date(2027, 12, 2), "day", "dentro de 1 año"),
        (dt.date(2028, 1, 5), "day", "dentro de 1 año"),  # 13 months ahead: a whole year, not two
        (dt.date(2030, 1, 1), "day", "dentro de 3 años"),
        (dt.date(2026, 12, 1), "month", "este mes"),
        (dt.date(2026, 11, 1), "month", "hace 1 mes"),
        (dt.date(2027, 3, 1), "month", "dentro de 3 meses"),
        (dt.date(2024, 11, 1), "month", "hace 2 años"),
        (dt.date(2026, 1, 1), "year", "este año"),
        (dt.date(2025, 1, 1), "year", "hace 1 año"),
        (dt.date(2024, 1, 1), "year", "hace 2 años"),
        (dt.date(2027, 1, 1), "year", "dentro de 1 año"),
        (dt.date(2029, 1, 1), "year", "dentro de 3 años"),
        (dt.date(2000, 1, 1), "century", "este siglo"),
        (dt.date(1900, 1, 1), "century", "hace 1 siglo"),
        (dt.date(1600, 1, 1), "century", "hace 4 siglos"),
        (dt.date(2100, 1, 1), "century", "dentro de 1 siglo"),
        (dt.date(2300, 1, 1), "century", "dentro de 3 siglos"),
    ],
)
def test_spanish_relative_times(spanish: None, when: dt.date, precision: str, expected: str) -> None:
    assert relative_time(when, TODAY, precision) == expected


def test_the_timeline_shows_spanish_dates_and_relative_times(invoke: Invoke, spanish: None) -> None:
    result = invoke("timeline", "--to", "2024-06", "-f", "markdown", env=ES)
    assert "| siglo XVII (hace " in result.stdout
    assert "| 9 de mayo de 2024 (hace " in result.stdout
    assert "| 2024 (hace " in result.stdout


def test_the_calendar_describes_its_events_in_spanish(statement: Statement, spanish: None) -> None:
    from usperu._ics import calendar

    text, _skipped = calendar(statement, _entries(statement), dt.datetime(2026, 12, 2, tzinfo=dt.timezone.utc))
    unfolded = text.replace("\r\n ", "")
    assert "X-WR-CALNAME:Joint Statement on U.S.-Peru High-Level Dialogue (cronología)" in unfolded
    assert "\\nLo dice la declaración\\n" in unfolded and "\\nDeducida: " in unfolded
    assert "DESCRIPTION:Desde el Diálogo (editorial): " in unfolded
    assert not re.search(r"Stated in the statement|Derived: |Since the Dialogue|\(timeline\)", unfolded)
    assert "CATEGORIES:stated" in unfolded and "CATEGORIES:later" in unfolded  # values, not words


# --- citations --------------------------------------------------------------------------

APA_ES = (
    "Departamento de Estado de los Estados Unidos. (2024, 9 de mayo). Joint Statement on U.S.-Peru High-Level"
    " Dialogue [Nota de prensa]. Oficina del Portavoz. https://www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/\n"
    "En el texto: (Departamento de Estado de los Estados Unidos, 2024, párr. 17)\n"
)


def test_apa_in_spanish_follows_its_spanish_editions(statement: Statement, spanish: None) -> None:
    record = statement.by_id["artemis-accords"]
    assert cite(statement, record, "apa", dt.date(2026, 1, 15)) == APA_ES  # no retrieval date for a stable page


def test_chicago_in_spanish(statement: Statement, spanish: None) -> None:
    record = statement.by_id["artemis-accords"]
    text = cite(statement, record, "chicago", dt.date(2026, 1, 15))
    assert text == (
        "Departamento de Estado de los Estados Unidos. “Joint Statement on U.S.-Peru High-Level Dialogue”. Nota de"
        " prensa, Oficina del Portavoz, 9 de mayo de 2024. Consultado el 15 de enero de 2026."
        " https://www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/.\n"
        "Nota: Departamento de Estado de los Estados Unidos, “Joint Statement on U.S.-Peru High-Level Dialogue”,"
        " párr. 17 (logro clave 12).\n"
    )


def test_mla_in_spanish(statement: Statement, spanish: None) -> None:
    record = statement.by_id["artemis-accords"]
    text = cite(statement, record, "mla", dt.date(2026, 1, 15))
    assert text == (
        "Estados Unidos, Departamento de Estado. “Joint Statement on U.S.-Peru High-Level Dialogue”. Oficina del"
        " Portavoz, 9 de mayo de 2024, www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/."
        " Consultado el 15 de enero de 2026.\n"
        "En el texto: (Estados Unidos, Departamento de Estado, párr. 17)\n"
    )


def test_plain_in_spanish(statement: Statement, spanish: None) -> None:
    text = cite(statement, statement.by_id["artemis-accords"], "plain", dt.date(2026, 1, 15))
    assert text == (
        "Departamento de Estado de los Estados Unidos. “Joint Statement on U.S.-Peru High-Level Dialogue”. Nota de"
        " prensa, Oficina del Portavoz, 9 de mayo de 2024. Emitida por el Gobierno de los Estados Unidos de América"
        " y el Gobierno de la República del Perú. https://www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/."
        " Logro clave 12, párrafo 17. Consultado el 15 de enero de 2026.\n"
    )


def test_bibtex_and_csl_json_carry_the_language_of_the_work(statement: Statement) -> None:
    """The work cited is the English page: its language is English in both interfaces,
    and the Spanish interface names the author and genre in Spanish."""
    for lang, author in (("en", "U.S. Department of State"), ("es", "Departamento de Estado de los Estados Unidos")):
        _i18n.set_language(lang)
        try:
            bibtex = cite(statement, None, "bibtex")
            item = json.loads(cite(statement, None, "csl-json"))[0]
        finally:
            _i18n.set_language("en")
        assert "  langid = {english},\n" in bibtex and "  language = {english}" in bibtex, lang
        assert f"  author = {{{{{author}}}}}," in bibtex, lang
        assert item["language"] == "en" and item["author"] == [{"literal": author}], lang
        assert list(item)[:4] == ["id", "type", "title", "author"]
    _i18n.set_language("es")
    try:
        assert "howpublished = {Nota de prensa, Oficina del Portavoz}" in cite(statement, None, "bibtex")
    finally:
        _i18n.set_language("en")


def test_cite_command_in_spanish_says_nothing_in_english(invoke: Invoke, statement: Statement, spanish: None) -> None:
    for style in ("plain", "apa", "chicago", "mla", "bibtex", "csl-json"):
        result = invoke("cite", "4", "-s", style, "--accessed", "2026-01-15", env=ES)
        assert result.exit_code == 0, result.output
        text = re.sub(r"^  \w+ = ", "", result.stdout, flags=re.MULTILINE)  # BibTeX's field names
        text = re.sub(r'"[\w-]+": ', "", text)  # CSL-JSON's keys
        leaks = set(_leaks(text, statement)) - {"english"}  # biblatex's name of the work's language
        assert leaks == set(), style
    unchecked = invoke("cite", "4", "-s", "apa", env=ES).stdout.splitlines()[-1]
    assert unchecked.startswith("La URL se dedujo") and "(confianza media-baja)" in unchecked


def test_the_short_citation_after_a_quote_is_spanish(statement: Statement, spanish: None) -> None:
    expected = "— Joint Statement on U.S.-Peru High-Level Dialogue, 9 de mayo de 2024, párr. 17"
    assert short_citation(statement.metadata, 17) == expected


# --- quotes and the text: our copy's English, and where the Spanish text is ------------


def test_the_data_gives_the_address_of_the_spanish_text(statement: Statement) -> None:
    assert any(SPANISH_TEXT.removeprefix("https://") in note.text for note in statement.metadata.notes)


def test_quote_in_spanish_says_it_quotes_our_english_copy_and_where_the_spanish_is(
    invoke: Invoke, statement: Statement, spanish: None
) -> None:
    result = invoke("quote", "12", env={**ES, "COLUMNS": "2000"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("“The United States welcomes Peru’s decision")  # the statement, verbatim
    assert lines[1] == "— Joint Statement on U.S.-Peru High-Level Dialogue, 9 de mayo de 2024, párr. 17"
    assert "tal como la tiene nuestra copia, en inglés" in lines[2]
    assert lines[2].endswith(f"12 de mayo de 2024: {SPANISH_TEXT}")
    assert _leaks(result.stdout, statement) == []


def test_quote_in_english_is_unchanged(invoke: Invoke) -> None:
    result = invoke("quote", "12")
    assert "prensaperu" not in result.stdout and "machine translation, not the official text." in result.stdout


def test_the_bracket_legend_and_the_garble_mark_are_spanish(statement: Statement, spanish: None) -> None:
    readings = [c for c in statement.corrections if "wording not seen" in c.official]
    assert readings, "the data has a correction whose official wording could not be read"
    record = next(r for r in statement.records() if readings[0].quoted in str(getattr(r, "quote", "")))
    pasted = marked(str(getattr(record, "quote", "")), corrections_for(statement, record))
    assert "[alterado en nuestra copia]" in pasted.text and "[garbled in our copy]" not in pasted.text
    line = wording_line(pasted)
    assert "no se pudo verificar el texto oficial de lo que altera" in line
    assert _leaks(line, statement) == []


def test_text_in_spanish_starts_with_the_notice_and_keeps_the_statement(invoke: Invoke, spanish: None) -> None:
    spanish_text = invoke("text", env=ES).stdout
    _i18n.set_language("en")
    english_text = invoke("text").stdout
    assert spanish_text.startswith("La declaración se cita tal como la tiene nuestra copia, en inglés.")
    assert SPANISH_TEXT in spanish_text.split("\n\n", 1)[0]
    assert spanish_text.split("\n\n", 1)[1] == english_text  # the statement itself, as our copy has it
    assert "prensaperu" not in english_text


def test_text_as_markdown_in_spanish_says_whose_words(invoke: Invoke, statement: Statement, spanish: None) -> None:
    result = invoke("text", "-f", "markdown", env=ES)
    assert SPANISH_TEXT in result.stdout
    assert _leaks(result.stdout, statement) == []


# --- the catalogs ---------------------------------------------------------------------


def test_views_and_cite_po_hold_only_strings_the_code_uses() -> None:
    """No stale entry: each msgid of views.po and cite.po is written in the code."""
    used = set(_interface_strings()) | set(_vocabulary())
    used |= {"Government of the United States of America", "Government of the Republic of Peru"}
    used |= {"U.S. Department of State, Office of the Spokesperson", "Washington, DC"}
    source = "".join((SRC / f"{name}.py").read_text(encoding="utf-8") for name in VIEW_MODULES)
    for key in _catalog():
        for msgid in key.split("\0"):
            assert not msgid or msgid in used or json.dumps(msgid, ensure_ascii=False) in source, msgid


# --- topics and aliases on cards (issue #18 leaks) -----------------------------------


def _topics(statement: Statement) -> list[str]:
    return sorted({topic for record in statement.records() for topic in getattr(record, "topics", ()) or ()})


def test_every_topic_has_its_spanish_word(statement: Statement, spanish: None) -> None:
    same = {"nuclear"}
    assert _topics(statement), "the data has topics"
    assert [t for t in _topics(statement) if _i18n._(t) == t and t not in same] == []


def test_a_card_names_its_topics_in_spanish_and_json_keeps_the_slugs(invoke: Invoke, spanish: None) -> None:
    card = invoke("show", "artemis-accords", env={**ES, "COLUMNS": "2000"}).stdout
    assert re.search(r"^Temas +espacio, ciencia$", card, re.MULTILINE), card
    data = json.loads(invoke("show", "artemis-accords", "-f", "json", env=ES).stdout)
    assert data["topics"] == ["space", "science"]


def test_a_spanish_card_lists_the_spanish_aliases_first(invoke: Invoke, statement: Statement, spanish: None) -> None:
    record = next(a for a in statement.achievements if a.id == "artemis-accords")
    card = invoke("show", "artemis-accords", env={**ES, "COLUMNS": "2000"}).stdout
    line = next(line for line in card.splitlines() if line.startswith("También conocido como"))
    shown = line.removeprefix("También conocido como").strip().split(", ")
    spanish_aliases = list(record.aliases_es)
    assert shown[: len(spanish_aliases)] == spanish_aliases
    assert shown[len(spanish_aliases) :] == [a for a in record.aliases if a not in spanish_aliases]
    assert "En español" not in card


def test_an_english_card_keeps_its_topics_and_aliases_as_they_were(invoke: Invoke) -> None:
    card = invoke("show", "artemis-accords", env={"COLUMNS": "2000"}).stdout
    assert re.search(r"^Topics +space, science$", card, re.MULTILINE), card
    assert re.search(r"^Also known as +Artemis, NASA, outer space, space exploration$", card, re.MULTILINE), card
    assert re.search(r"^En español +Acuerdos de Artemisa", card, re.MULTILINE), card


# --- search in Spanish: titles and snippets (issue #18 leaks) ------------------------


def _search_json(invoke: Invoke, query: str, env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    result = invoke("search", query, "-f", "json", env=env)
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


@pytest.mark.parametrize("query", ["cusquena", "space", "peru"])
@pytest.mark.parametrize("env", [None, ES], ids=["en", "es"])
def test_every_highlight_holds_a_word_of_the_query(invoke: Invoke, query: str, env: dict[str, str] | None) -> None:
    """Where a record has the word as typed, no synonym of it is highlighted instead
    (a record found through a synonym or a concept alone shows what it has)."""
    from usperu._tokens import fold

    for row in _search_json(invoke, query, env):
        for start, end in row["highlights"]:
            shown = " ".join(fold(word) for word in row["snippet"][start:end].split())
            assert query in shown, (row["id"], row["snippet"][start:end])


def test_english_search_shows_the_spanish_field_where_english_holds_no_word_of_the_query(invoke: Invoke) -> None:
    row = next(r for r in _search_json(invoke, "cusquena") if r["id"] == "cuzco-school")
    assert row["title"] == "Cuzco School: Cuzco School of Peruvian Painting (Escuela Cuzqueña)"
    assert [row["snippet"][s:e] for s, e in row["highlights"]] == ["Cusqueña"]


def test_english_search_highlights_a_synonym_that_holds_the_word_typed(invoke: Invoke) -> None:
    row = next(r for r in _search_json(invoke, "artemis") if r["id"] == "artemis")
    assert [row["snippet"][s:e] for s, e in row["highlights"]] == ["Artemis Accords", "Artemis Accords"]


def _spanish_titles(statement: Statement) -> dict[str, str]:
    from usperu._overlay import apply, spanish_of

    spanish = apply(statement, spanish_of(statement))
    titles = {r.id: r.title for r in spanish.records()}
    titles.update({p.id: f"Párrafo {p.number}" for p in spanish.paragraphs})
    return titles


@pytest.mark.parametrize("source", ["bundled", "overlay"])
def test_every_search_title_in_spanish_is_the_spanish_edition_s(
    statement: Statement, spanish: None, source: str
) -> None:
    from usperu._bundled_index import TITLES_ES
    from usperu._overlay import spanish_of
    from usperu._search import Hit, _paragraph_title, spanish_title

    texts = spanish_of(statement)

    def title(record: Any) -> str:  # as `_search.find` names a hit in Spanish
        hit = Hit(record.id, record.kind, record.title, 1.0, "", ())
        if source == "bundled":  # the titles generated into the bundled index
            return _paragraph_title(hit) or TITLES_ES.get(record.id, record.title)
        return _paragraph_title(hit) or spanish_title(record.kind, record.id, record.title, texts)

    wanted = _spanish_titles(statement)
    got = {r.id: title(r) for r in statement.records()}
    assert got == wanted
    assert got["cuzco-school"] == "Cuzco School: Escuela Cusqueña de pintura (Escuela Cuzqueña)"


def test_search_in_spanish_titles_and_snippets_are_spanish(invoke: Invoke, statement: Statement) -> None:
    english = _search_json(invoke, "artemis")
    rows = _search_json(invoke, "artemis", ES)
    assert [r["id"] for r in rows] == [r["id"] for r in english]  # the same records, the same order
    titles = _spanish_titles(statement)
    assert [r["title"] for r in rows] == [titles[r["id"]] for r in rows]
    first = rows[0]
    assert first["id"] == "artemis-accords"
    assert first["snippet"] == "El Perú decide adherirse a los Acuerdos Artemisa"  # title_es matched: Spanish first
    assert english[0]["snippet"].startswith("The United States welcomes Peru’s decision")
    paragraph = next(r for r in rows if r["kind"] == "paragraph")  # no Spanish: our copy's English
    assert paragraph["snippet"].startswith("The United States welcomes") and paragraph["title"] == "Párrafo 17"


def test_search_in_spanish_on_another_data_file_takes_its_overlay(invoke: Invoke, tmp_path: Path) -> None:
    import shutil

    data = Path(load_statement().path)
    for path in (data, data.with_name("statement.es.toml")):
        shutil.copy(path, tmp_path / path.name)
    copied = str(tmp_path / data.name)
    result = invoke("--data", copied, "search", "artemis", "-f", "json", env=ES)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["title"] == "El Perú decide adherirse a los Acuerdos Artemisa"
