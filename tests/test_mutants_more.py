"""Behaviour found unchecked by mutation testing of the modules first run on 2026-12-02
(docs/testing.md, "Mutation testing"): Spanish dates and catalogs, errors, escaping,
iCalendar, bracketed quotes."""

from __future__ import annotations

import datetime as dt
import gettext
import io
import itertools
import re
import struct
import time
from pathlib import Path
from typing import NamedTuple

import pytest

from usperu import Statement, _i18n
from usperu._brackets import (
    SIC,
    SPANISH_TEXT,
    Bracketed,
    bracketed,
    correction_spans,
    is_reading,
    marked,
    spanish_text_line,
    wording_line,
)
from usperu._dates import century_label, day_label, month_label, month_name, relative_time, roman
from usperu._errors import (
    DataError,
    InvalidArgumentError,
    NoMatchesError,
    OutputError,
    UnknownIdError,
    UsperuError,
    unknown,
)
from usperu._escape import clean
from usperu._ics import _fold, calendar
from usperu._mo import Catalog
from usperu._model import Correction, Paragraph
from usperu._quote import check

TODAY = dt.date(2026, 12, 2)


# --- _dates: every English phrase, both ways, one and many ---------------------------


@pytest.mark.parametrize(
    ("when", "precision", "expected"),
    [
        (TODAY, "day", "today"),
        (dt.date(2026, 12, 1), "day", "1 day ago"),
        (dt.date(2026, 11, 29), "day", "3 days ago"),
        (dt.date(2026, 12, 3), "day", "in 1 day"),
        (dt.date(2026, 12, 20), "day", "in 18 days"),
        (dt.date(2026, 11, 2), "day", "1 month ago"),
        (dt.date(2026, 11, 3), "day", "29 days ago"),  # a day short of a month
        (dt.date(2026, 7, 1), "day", "5 months ago"),
        (dt.date(2027, 1, 2), "day", "in 1 month"),
        (dt.date(2027, 1, 1), "day", "in 30 days"),
        (dt.date(2027, 5, 2), "day", "in 5 months"),
        (dt.date(2025, 12, 2), "day", "1 year ago"),
        (dt.date(2025, 12, 3), "day", "11 months ago"),
        (dt.date(2024, 5, 9), "day", "2 years ago"),
        (dt.date(2027, 12, 2), "day", "in 1 year"),
        (dt.date(2027, 12, 1), "day", "in 11 months"),
        (dt.date(2028, 1, 5), "day", "in 1 year"),  # 13 months ahead: a whole year, not two
        (dt.date(2030, 1, 1), "day", "in 3 years"),
        (dt.date(2026, 12, 1), "month", "this month"),
        (dt.date(2026, 11, 1), "month", "1 month ago"),
        (dt.date(2027, 1, 1), "month", "in 1 month"),
        (dt.date(2027, 3, 1), "month", "in 3 months"),
        (dt.date(2025, 12, 1), "month", "1 year ago"),
        (dt.date(2024, 11, 1), "month", "2 years ago"),
        (dt.date(2027, 12, 1), "month", "in 1 year"),
        (dt.date(2029, 1, 1), "month", "in 2 years"),
        (dt.date(2026, 1, 1), "year", "this year"),
        (dt.date(2024, 1, 1), "year", "2 years ago"),
        (dt.date(2027, 1, 1), "year", "in 1 year"),
        (dt.date(2029, 1, 1), "year", "in 3 years"),
        (dt.date(2100, 1, 1), "century", "in 1 century"),
        (dt.date(2300, 1, 1), "century", "in 3 centuries"),
        (dt.date(1876, 1, 1), "century", "2 centuries ago"),  # 150 years: rounded up
        (dt.date(1877, 1, 1), "century", "1 century ago"),
    ],
)
def test_relative_time_in_english(when: dt.date, precision: str, expected: str) -> None:
    assert relative_time(when, TODAY, precision) == expected


def test_relative_time_counts_days_by_default() -> None:
    assert relative_time(dt.date(2026, 11, 29), TODAY) == "3 days ago"


@pytest.mark.parametrize(
    ("year", "label"),
    [
        (0, "1st century"),
        (100, "2nd century"),
        (200, "3rd century"),
        (300, "4th century"),
        (900, "10th century"),
        (1000, "11th century"),
        (1100, "12th century"),
        (1200, "13th century"),
        (1900, "20th century"),
        (2000, "21st century"),
        (2100, "22nd century"),
        (2200, "23rd century"),
        (2400, "25th century"),
        (11000, "111th century"),
    ],
)
def test_english_centuries(year: int, label: str) -> None:
    assert century_label(year) == label


def test_roman_numerals_of_the_hundreds() -> None:
    numbers = (100, 300, 499, 500, 600, 899, 900, 2024, 3999)
    assert [roman(n) for n in numbers] == ["C", "CCC", "CDXCIX", "D", "DC", "DCCCXCIX", "CM", "MMXXIV", "MMMCMXCIX"]


def test_spanish_centuries_in_roman_numerals(spanish: None) -> None:
    assert [century_label(y) for y in (0, 300, 1300, 1600, 2000)] == [
        "siglo I", "siglo IV", "siglo XIV", "siglo XVII", "siglo XXI",
    ]  # fmt: skip


def test_day_and_month_labels_in_both_languages() -> None:
    day = dt.date(2024, 5, 9)
    assert (day_label(day), month_label(day), month_name(day)) == ("9 May 2024", "May 2024", "May")
    _i18n.set_language("es")
    try:
        labels = (day_label(day), month_label(day), month_name(day))
        assert labels == ("9 de mayo de 2024", "mayo de 2024", "mayo")
        assert [month_name(dt.date(2024, m, 1)) for m in (1, 12)] == ["enero", "diciembre"]
    finally:
        _i18n.set_language("en")


# --- _errors: the one line a user reads, and its exit code ---------------------------


def test_data_error_names_what_is_known_of_where() -> None:
    full = DataError("f.toml", "bad value", line=3, record="r", field="x")
    assert str(full) == "f.toml:3: record 'r': field 'x': bad value"
    assert (full.path, full.message, full.line, full.record, full.field) == ("f.toml", "bad value", 3, "r", "x")
    assert str(DataError("f.toml", "bad value")) == "f.toml: bad value"
    assert str(DataError("f.toml", "bad value", field="x")) == "f.toml: field 'x': bad value"
    assert str(DataError("f.toml", "bad value", line=1, record="r")) == "f.toml:1: record 'r': bad value"


def test_unknown_id_error_says_where_to_look() -> None:
    with_suggestions = UnknownIdError("x", ("a", "b"))
    assert str(with_suggestions) == "unknown id 'x'; did you mean a, b?"
    assert (with_suggestions.ident, with_suggestions.suggestions) == ("x", ("a", "b"))
    assert str(UnknownIdError("x", (), what="session")) == "unknown session 'x'; see 'usperu sessions'"
    assert str(UnknownIdError("x", (), what="actor")) == "unknown actor 'x'; find one with 'usperu search WORDS'"
    assert str(UnknownIdError("x", ())) == "unknown id 'x'; find one with 'usperu search WORDS'"
    assert str(UnknownIdError("x", ("a",), message="told otherwise")) == "told otherwise"


def test_no_matches_and_output_errors() -> None:
    none = NoMatchesError("q", ())
    assert (str(none), none.query, none.suggestions) == ("no matches for 'q'", "q", ())
    assert str(NoMatchesError("q", ("a", "b"))) == "no matches for 'q'; did you mean a, b?"
    full = OutputError("No space left on device")
    assert (str(full), full.reason) == ("cannot write the output: No space left on device", "No space left on device")


def test_exit_codes_are_the_documented_ones() -> None:
    assert [e.exit_code for e in (UsperuError(), InvalidArgumentError(), DataError("f", "m"))] == [2, 2, 2]
    assert (NoMatchesError("q", ()).exit_code, OutputError("r").exit_code) == (1, 74)
    assert UnknownIdError("x", ()).exit_code == 2


@pytest.mark.parametrize(
    ("what", "english", "spanish"),
    [
        ("id", "unknown id 'v'", "id desconocido 'v'"),
        ("session", "unknown session 'v'", "sesión desconocida 'v'"),
        ("actor", "unknown actor 'v'", "actor desconocido 'v'"),
        ("status", "unknown status 'v'", "estado desconocido 'v'"),
        ("topic", "unknown topic 'v'", "tema desconocido 'v'"),
        ("kind", "unknown kind 'v'", "tipo desconocido 'v'"),
        ("basis", "unknown basis 'v'", "base desconocida 'v'"),
        ("rating", "unknown rating 'v'", "calificación desconocida 'v'"),
        ("field", "unknown field 'v'", "campo desconocido 'v'"),
        ("citation style", "unknown citation style 'v'", "estilo de cita desconocido 'v'"),
    ],
)
def test_each_unknown_value_has_its_own_message(what: str, english: str, spanish: str) -> None:
    assert unknown(what, "v") == english
    _i18n.set_language("es")
    try:
        assert unknown(what, "v") == spanish
    finally:
        _i18n.set_language("en")


# --- _escape: the edges of each range of steering characters --------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x00\x08", "\\x00\\x08"),
        ("\t\n", "\t\n"),
        ("\x0b\x1f", "\\x0b\\x1f"),
        ("\x7f\x9f", "\\x7f\\x9f"),
        ("\x1f\xa0", "\\x1f\xa0"),  # no-break space is kept
        ("\u200d\u200e\u200f\u2010", "\u200d\\u200e\\u200f\u2010"),
        ("\u2029\u202a\u202e\u202f", "\u2029\\u202a\\u202e\u202f"),
        ("\u2065\u2066\u2069\u206a", "\u2065\\u2066\\u2069\u206a"),
    ],
    ids=["c0", "tab-newline", "c0-rest", "del-c1", "nbsp", "marks", "embeddings", "isolates"],
)
def test_clean_escapes_exactly_the_steering_ranges(text: str, shown: str) -> None:
    assert clean(text) == shown


# --- _ics: the calendar as a whole, and folding at the limit --------------------------


def test_calendar_lines_for_a_derived_event_and_a_development(statement: Statement) -> None:
    entries = [statement.by_id[i] for i in ("tpa-in-force", "cuzco-school-paintings", "artemis-accords-signed")]
    stamp = dt.datetime(2026, 12, 1, 22, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    text, left_out = calendar(statement, entries, stamp)  # type: ignore[arg-type]
    assert left_out == 1  # the Cuzco school, known to the century
    tpa = (
        "DESCRIPTION:“15th anniversary of their free trade agreement”\\nDerived: The statement celebrates"
        " the agreement's 15th anniversary in 2024\\, so it entered into force in 2009\\; the day\\,"
        " 1 February 2009\\, is from USTR's record.\\nusperu show tpa-in-force"
    )
    artemis = (
        "DESCRIPTION:Since the Dialogue (editorial): Foreign Minister Javier González-Olaechea signed the"
        " Accords at NASA headquarters in Washington\\, making Peru the 41st signatory. This carried out the"
        " decision welcomed at the Dialogue three weeks earlier.\\nNASA: https://www.nasa.gov/news-release/"
        "nasa-welcomes-peru-as-41st-artemis-accords-signatory/\\nSpaceWatch.Global: https://spacewatch.global"
        "/2024/06/nasa-welcomes-peru-as-signatory-to-artemis-accords/\\nNNN / Andina:"
        " http://namnewsnetwork.org/?p=265636\\nusperu show artemis-accords-signed"
    )
    assert text.endswith("\r\n")
    assert text.replace("\r\n ", "").split("\r\n") == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//usperu//U.S.-Peru High-Level Dialogue 2024//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Joint Statement on U.S.-Peru High-Level Dialogue (timeline)",
        "BEGIN:VEVENT",
        "UID:tpa-in-force@usperu",
        "DTSTAMP:20261202T030405Z",
        "DTSTART;VALUE=DATE:20090201",
        "DTEND;VALUE=DATE:20090202",
        "SUMMARY:U.S.-Peru Trade Promotion Agreement enters into force",
        tpa,
        "CATEGORIES:derived",
        "URL:https://www.state.gov/joint-statement-on-u-s-peru-high-level-dialogue/",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:artemis-accords-signed@usperu",
        "DTSTAMP:20261202T030405Z",
        "DTSTART;VALUE=DATE:20240530",
        "DTEND;VALUE=DATE:20240531",
        "SUMMARY:Peru signs the Artemis Accords at NASA headquarters",
        artemis,
        "CATEGORIES:later",
        "URL:https://www.nasa.gov/news-release/nasa-welcomes-peru-as-41st-artemis-accords-signatory/",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]


def test_calendar_of_stated_event_in_spanish(statement: Statement) -> None:
    stamp = dt.datetime(2026, 12, 2, tzinfo=dt.timezone.utc)
    _i18n.set_language("es")
    try:
        text, left_out = calendar(statement, [statement.by_id["high-level-dialogue"]], stamp)  # type: ignore[list-item]
    finally:
        _i18n.set_language("en")
    lines = text.replace("\r\n ", "").split("\r\n")
    assert left_out == 0
    assert "CATEGORIES:stated" in lines and "DTSTAMP:20261202T000000Z" in lines
    assert lines[4] == "X-WR-CALNAME:Joint Statement on U.S.-Peru High-Level Dialogue (cronología)"
    said = "DESCRIPTION:“on May 9\\, 2024”\\nLo dice la declaración\\nusperu show high-level-dialogue"
    assert said in lines
    english, _ = calendar(statement, [statement.by_id["high-level-dialogue"]], stamp)  # type: ignore[list-item]
    said = "DESCRIPTION:“on May 9\\, 2024”\\nStated in the statement\\nusperu show high-level-dialogue"
    assert said in english.replace("\r\n ", "").split("\r\n")


def test_calendar_stamps_in_utc_whatever_the_local_time_zone(
    statement: Statement, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamp = dt.datetime(2026, 12, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    monkeypatch.setenv("TZ", "PET+05")  # Lima: UTC-5, in POSIX form (no tz database needed)
    time.tzset()
    try:
        text, _ = calendar(statement, [statement.by_id["high-level-dialogue"]], stamp)  # type: ignore[list-item]
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "DTSTAMP:20261202T030405Z" in text.split("\r\n")


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("X" * 75, ["X" * 75]),
        ("X" * 76, ["X" * 75, " X"]),
        ("X" * 150, ["X" * 75, " " + "X" * 74, " X"]),
        ("X" * 149, ["X" * 75, " " + "X" * 74]),
        ("X" * 74 + "é", ["X" * 74, " é"]),  # two octets: not split
        ("X" * 73 + "é", ["X" * 73 + "é"]),
    ],
)
def test_lines_fold_at_75_octets_exactly(line: str, parts: list[str]) -> None:
    assert _fold(line).split("\r\n") == parts


# --- _mo: the lazy catalog answers as gettext's own reader of the same file -----------


def _shipped_entries() -> dict[str, str]:
    from usperu._catalogs import parse_po

    entries: dict[str, str] = {}
    for po in sorted((Path(__file__).resolve().parent.parent / "src" / "usperu" / "locale" / "es").glob("*.po")):
        entries.update(parse_po(po.read_text(encoding="utf-8"), po.name))
    return entries


def _big_endian(mo: bytes) -> bytes:
    """Return the same .mo file written big-endian (as a big-endian machine's msgfmt writes it)."""
    magic, version, count, ids, strs, size, hashes = struct.unpack("<7I", mo[:28])
    out = bytearray(mo)
    out[:28] = struct.pack(">7I", magic, version, count, ids, strs, size, hashes)
    for table in (ids, strs):
        for n in range(count):
            at = table + 8 * n
            out[at : at + 8] = struct.pack(">II", *struct.unpack("<II", mo[at : at + 8]))
    return bytes(out)


def _both(mo: bytes) -> tuple[Catalog, gettext.GNUTranslations]:
    return Catalog(io.BytesIO(mo)), gettext.GNUTranslations(io.BytesIO(mo))


@pytest.mark.parametrize("order", ["little", "big"])
def test_catalog_answers_every_message_as_gettext_does(order: str) -> None:
    from usperu._catalogs import compile_catalog

    entries = _shipped_entries()
    mo = compile_catalog(entries)
    ours, theirs = _both(mo if order == "little" else _big_endian(mo))
    assert (ours.info(), ours.charset()) == (theirs.info(), theirs.charset())
    assert ours.info()["plural-forms"] == "nplurals=2; plural=(n != 1);"
    for key in entries:
        if "\0" in key:
            singular, plural = key.split("\0")
            for n in (0, 1, 2, 5):
                assert ours.ngettext(singular, plural, n) == theirs.ngettext(singular, plural, n), (key, n)
        else:
            assert ours.gettext(key) == theirs.gettext(key), key
    assert ours.gettext("no such message") == "no such message"
    assert ours.ngettext("no such", "no such ones", 2) == "no such ones"
    assert ours.gettext("unknown id {value!r}") == "id desconocido {value!r}"
    theirs_catalog = vars(theirs)["_catalog"]
    assert dict(ours._catalog) == theirs_catalog  # the same keys and values, read lazily
    assert len(ours._catalog) == len(theirs_catalog)


def test_catalog_reads_a_header_as_gettext_does() -> None:
    from usperu._catalogs import compile_catalog

    header = (
        "Project-Id-Version: x\n#-#-#-#-#  a.po  #-#-#-#-#\nX-Note: one\n  two\n\n#-#-#-#-# three\n"
        "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);\n"
    )
    entries = {"": header, "Perú": "Peru (es)", "a": "uno", "a b": "a be", "{n} día\0{n} días": "1\0" + "2"}
    ours, theirs = _both(compile_catalog(entries))
    assert ours.info() == theirs.info() and ours.info()["x-note"] == "one\ntwo\n#-#-#-#-# three"
    assert ours.charset() == "UTF-8"
    assert ours.gettext("Perú") == "Peru (es)" and ours.gettext("a b") == "a be" and ours.gettext("a") == "uno"
    assert [ours.ngettext("{n} día", "{n} días", n) for n in (1, 2, 3)] == ["1", "2", "{n} días"]  # no third form
    assert [theirs.ngettext("{n} día", "{n} días", n) for n in (1, 2, 3)] == ["1", "2", "{n} días"]
    assert ours.ngettext("a", "as", 2) == "as"  # 'a' is a message, not a plural entry
    assert ours.gettext("b") == "b" and ours.gettext("") == theirs.gettext("")


def test_catalog_without_a_header_or_messages() -> None:
    from usperu._catalogs import compile_catalog

    ours, _theirs = _both(compile_catalog({"m": "eme"}))
    assert (ours.gettext("m"), ours.charset(), ours.info()) == ("eme", None, {})
    assert ours.gettext("Perú") == "Perú"  # not ASCII, the charset of a file without a header: not there
    assert ours.ngettext(None, "many", 1) is None  # type: ignore[arg-type]  # as gettext: the message given
    assert [ours.ngettext("m", "ms", n) for n in (1, 2)] == ["m", "ms"]  # germanic plural: no (m, n) entry
    plural, _ = _both(compile_catalog({"m\0ms": "eme\0emes"}))  # no header: the germanic rule
    assert [plural.ngettext("m", "ms", n) for n in (0, 1, 2, 3)] == ["emes", "eme", "emes", "emes"]
    empty, _ = _both(compile_catalog({}))
    assert empty.gettext("m") == "m"


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        (struct.pack("<I", 0x12345678), "Bad magic number"),
        (struct.pack("<II", 0x950412DE, 2 << 16), "Bad version number 2"),
        (struct.pack("<II", 0x950412DE, 0xFFFF << 16), "Bad version number 65535"),
    ],
    ids=["magic", "major-2", "major-65535"],
)
def test_catalog_refuses_what_is_not_a_mo_file_as_gettext_does(tmp_path: Path, patch: bytes, message: str) -> None:
    from usperu._catalogs import compile_catalog

    path = tmp_path / "usperu.mo"
    path.write_bytes(patch + compile_catalog({"m": "eme"})[len(patch) :])
    refusals = []
    for reader in (Catalog, gettext.GNUTranslations):
        with open(path, "rb") as handle, pytest.raises(OSError, match=message) as refused:
            reader(handle)
        refusals.append((refused.value.errno, refused.value.strerror, refused.value.filename))
    assert refusals[0] == refusals[1] == (0, message, str(path))
    with pytest.raises(OSError, match=message) as unnamed:
        Catalog(io.BytesIO(path.read_bytes()))
    assert unnamed.value.filename == ""  # as gettext names a file with no name


def test_catalog_accepts_a_minor_version() -> None:
    from usperu._catalogs import compile_catalog

    mo = compile_catalog({"m": "eme"})
    assert Catalog(io.BytesIO(mo[:4] + struct.pack("<I", 1) + mo[8:])).gettext("m") == "eme"


# --- _brackets: whose words a pasted quote holds, and where corrections stand ---------


class _Fix(NamedTuple):
    id: str
    quoted: str
    official: str


_OURS = "Our copy's words: a machine translation, not the official text"


@pytest.mark.parametrize(
    ("quote", "line"),
    [
        (None, "Our copy's words exactly: a machine translation, not the official text."),
        (Bracketed("t", ("a",), ()), f"{_OURS}; [brackets]: the official wording."),
        (Bracketed("t", (), ("b",)), f"{_OURS}; the official wording of what it garbles could not be checked."),
        (
            Bracketed("t", ("a",), ("b",)),
            f"{_OURS}; [brackets]: the official wording; the official wording of what it garbles could not be checked.",
        ),
        (Bracketed("t", (), ()), f"{_OURS}."),
    ],
)
def test_wording_line_in_english_says_nothing_of_the_spanish_text(quote: Bracketed | None, line: str) -> None:
    assert wording_line(quote) == line
    assert spanish_text_line() == ""


def test_wording_line_in_spanish_says_where_the_official_spanish_text_is(spanish: None) -> None:
    notice = (
        "La declaración se cita tal como la tiene nuestra copia, en inglés. El Gobierno del Perú publicó el texto"
        f" oficial en español el 12 de mayo de 2024: {SPANISH_TEXT}"
    )
    assert spanish_text_line() == notice
    assert (
        wording_line(None)
        == f"Palabras exactas de nuestra copia: una traducción automática, no el texto oficial. {notice}"
    )


def test_correction_spans_find_every_place_first_and_longest_first() -> None:
    short, long, blank = _Fix("s", "b c", "B C"), _Fix("l", "a b c", "A B C"), _Fix("e", "", "x")
    text = "a b c a b c b c"
    spans = correction_spans(text, [short, blank, long])
    assert [(start, end, fix.id) for start, end, fix in spans] == [
        (0, 5, "l"), (2, 5, "s"), (6, 11, "l"), (8, 11, "s"), (12, 15, "s"),
    ]  # fmt: skip
    out = bracketed(text, [short, long])
    assert out.text == "[A B C] [A B C] [B C]" and out.applied == ("l", "s")  # each id once


def test_marked_brackets_the_official_wording_and_marks_readings() -> None:
    fixes = [_Fix("camino", "Peter Cimino", "Peter Camino"), _Fix("r", "Aprilth", "April (wording not seen)")]
    out = marked("Peter Cimino met on 29 Aprilth and Peter Cimino left", fixes)
    assert out == (f"Peter [Camino] met on 29 Aprilth {SIC} and Peter [Camino] left", ("camino",), ("r",))
    assert [is_reading(f) for f in fixes] == [False, True]
    assert not is_reading(_Fix("x", "a", "wording not seenx"))  # a whole phrase, not part of a word


# --- _i18n: the language chosen and the code of a locale name ------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("es_PE.UTF-8", "es"),
        ("es-ES", "es"),
        ("es@euro", "es"),
        ("sr_Latn_RS", "sr"),  # language, script, territory
        ("ES_pe.utf8@x", "es"),
        ("  es_PE  ", "es"),
        ("C", "c"),
        ("POSIX", "posix"),
        ("", ""),
    ],
)
def test_code_of_a_locale_name(name: str, code: str) -> None:
    assert _i18n.code_of(name) == code


def test_set_language_switches_the_interface_and_refuses_another_code() -> None:
    assert _i18n.language() == "en" and _i18n._("today") == "today"
    _i18n.set_language("es")
    try:
        assert _i18n.language() == "es" and _i18n._("today") == "hoy"
        assert _i18n.ngettext("{count} day ago", "{count} days ago", 2) == "hace {count} días"
        with pytest.raises(ValueError, match="fr"):
            _i18n.set_language("fr")
        assert _i18n.language() == "es"  # a refused code changes nothing
    finally:
        _i18n.set_language("en")
    assert _i18n.language() == "en" and _i18n._("today") == "today"
    assert _i18n.ngettext("{count} day ago", "{count} days ago", 1) == "{count} day ago"
    assert _i18n.LANGUAGES == ("en", "es")


# --- _quote: a passage given with the official wording of several corrections --------


def _corrected(statement: Statement, text: str) -> tuple[str, list[Correction]]:
    """Return TEXT with each correction whose words it holds replaced by its official
    wording (without the closing aside), and those corrections in the order they stand."""
    fixes = [c for c in statement.corrections if c.quoted in text]
    for fix in fixes:
        text = text.replace(fix.quoted, re.sub(r"\s*\([^)]*\)\s*\Z", "", fix.official))
    return text, fixes


def _disjoint(statement: Statement, text: str) -> list[Correction]:
    """Return the corrections whose words stand in TEXT, if no two of them overlap; else []."""
    spans = sorted((text.find(c.quoted), text.find(c.quoted) + len(c.quoted)) for c in statement.corrections)
    spans = [span for span in spans if span[0] >= 0]
    if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
        return []
    return [c for c in statement.corrections if c.quoted in text]


def test_a_paragraph_quoted_with_all_its_official_wordings_is_found(statement: Statement) -> None:
    several = [p for p in statement.paragraphs if len(_disjoint(statement, p.text)) > 1]
    assert len(several) >= 5
    for paragraph in several:
        text, fixes = _corrected(statement, paragraph.text)
        best = check(statement, text)[0]
        assert (best.found, best.score, best.official, best.paragraph) == (True, 1.0, True, paragraph.number)
        assert best.passage == text, paragraph.id
        assert sorted(c.id for c in best.corrections) == sorted(c.id for c in fixes), paragraph.id


def test_a_sentence_with_one_official_wording_names_only_that_correction(statement: Statement) -> None:
    paragraph = statement.by_id["paragraph-3"]
    assert isinstance(paragraph, Paragraph)
    sentence = paragraph.text.split(" to advance")[0]  # holds the Vice Minister and Camino corrections
    fix = statement.by_id["correction-camino"]
    assert isinstance(fix, Correction) and fix.quoted in sentence
    text = sentence.replace(fix.quoted, fix.official)
    best = check(statement, text)[0]
    assert (best.found, best.passage, [c.id for c in best.corrections]) == (True, text, ["correction-camino"])


def test_only_small_words_and_stray_punctuation_may_differ(statement: Statement) -> None:
    sentence = "Peru will join the Artemis Accords"
    exact = check(statement, "shared commitment to advance mutual interests")[0]
    swapped = check(statement, "a shared commitment to advance mutual interests")[0]
    assert exact.found and swapped.found and swapped.paragraph == exact.paragraph
    dotted = check(statement, "shared commitment … to advance mutual interests")[0]
    assert (dotted.score, dotted.passage) == (exact.score, exact.passage)
    assert not check(statement, sentence.replace("will", "never"))[0].found
