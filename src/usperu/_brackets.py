"""Quoting with the official wording in square brackets, as editors mark a change inside a
quotation: "Ambassador Peter [Camino]" where our copy says "Peter Cimino".

Pure functions over text and corrections (no printing, no Statement). A correction whose
`official` is a reading, not the official text (`reading` is true), is never put in the
governments' mouths: its words stay our copy's, marked "[garbled in our copy]".
"""

import datetime as dt
import re
from collections.abc import Iterable
from typing import NamedTuple, Protocol, TypeVar

from ._i18n import _, language

__all__ = [
    "READING",
    "SIC",
    "SPANISH_TEXT",
    "SPANISH_TEXT_DATE",
    "Bracketed",
    "Fix",
    "bracket",
    "bracketed",
    "is_reading",
    "marked",
    "spanish_text_line",
    "wording_line",
]

SIC = "[garbled in our copy]"
"""The mark after our copy's words where its official wording could not be checked. Not
'[sic]', which would tell the reader that the statement itself says them. It is ours,
not the statement's (the brackets say so), so it is written in the interface's language:
in Spanish "[alterado en nuestra copia]" ("altered": the words are readable but garbled
by the machine translation, so not "ilegible")."""

SPANISH_TEXT = "https://prensaperu.pe/2024/05/12/declaracion-conjunta-sobre-el-dialogo-de-alto-nivel-entre-el-peru-y-los-estados-unidos/"
"""Where Peru's government published the statement's official Spanish text (the data's
statement notes say so; tests/test_i18n_views.py checks that they give this address).
usperu links to it and never reproduces it."""

SPANISH_TEXT_DATE = dt.date(2024, 5, 12)
"""The day the Spanish text was published."""

READING = re.compile(r"\bwording not seen\b")
"""What a correction's `official` says when it is our reading, not the official text (the
data file's header: corrections of passages whose official wording could not be read)."""

_ASIDE = re.compile(r"\s*\([^)]*\)\s*\Z")
"""A closing aside of an official wording: '(most likely reading)', '(seguridad ciudadana)'."""


class Fix(Protocol):
    """What a correction must have to be applied (usperu's Correction has it)."""

    @property
    def id(self) -> str: ...
    @property
    def quoted(self) -> str: ...
    @property
    def official(self) -> str: ...


F = TypeVar("F", bound=Fix)


def correction_spans(text: str, corrections: Iterable[F]) -> list[tuple[int, int, F]]:
    """Return (start, end, correction) for every place TEXT holds a correction's words,
    ordered as overlaps are settled: the one that starts first, then the longer, first."""
    spans: list[tuple[int, int, F]] = []
    for correction in corrections:
        at = text.find(correction.quoted) if correction.quoted else -1
        while at >= 0:
            spans.append((at, at + len(correction.quoted), correction))
            at = text.find(correction.quoted, at + len(correction.quoted))
    spans.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    return spans


class Bracketed(NamedTuple):
    """A quote with the official wording in brackets, and what was applied to it."""

    text: str
    applied: tuple[str, ...]
    """The ids of the corrections whose official wording stands in brackets."""
    unchecked: tuple[str, ...]
    """The ids of the corrections whose words stay our copy's, marked SIC ([garbled in our copy])."""


def bracket(quoted: str, official: str) -> str:
    """Return the official wording with the words that differ from our copy's in square
    brackets, word by word: bracket("Peter Cimino", "Peter Camino") is "Peter [Camino]".
    Words our copy has and the official text lacks are simply absent; nothing is bracketed
    if nothing differs."""
    import difflib

    ours, theirs = quoted.split(), _ASIDE.sub("", official).split()
    pieces: list[str] = []
    for tag, _i1, _i2, j1, j2 in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces += theirs[j1:j2]
        elif j2 > j1:  # replaced or inserted: the official words, bracketed
            pieces.append(f"[{' '.join(theirs[j1:j2])}]")
    return " ".join(pieces)


def bracketed(text: str, corrections: Iterable[Fix], reading: Iterable[str] = ()) -> Bracketed:
    """Return TEXT with each correction's official wording bracketed in place of our copy's
    words, and the words of each correction named in READING (ids) kept and marked SIC ([garbled in our copy]).

    Corrections whose words are not in TEXT are not applied; where two overlap, the one
    that starts first (then the longer) wins.
    """
    readings = set(reading)
    spans = correction_spans(text, corrections)
    out: list[str] = []
    applied: list[str] = []
    unchecked: list[str] = []
    position = 0
    for start, end, correction in spans:
        if start < position:
            continue
        out.append(text[position:start])
        if correction.id in readings:
            out.append(f"{text[start:end]} {_(SIC)}")
            _add(unchecked, correction.id)
        else:
            out.append(bracket(text[start:end], correction.official))
            _add(applied, correction.id)
        position = end
    out.append(text[position:])
    return Bracketed("".join(out), tuple(applied), tuple(unchecked))


def _add(ids: list[str], ident: str) -> None:
    if ident not in ids:
        ids.append(ident)


def is_reading(correction: Fix) -> bool:
    """Whether a correction's `official` is our reading, not the official wording."""
    return bool(READING.search(correction.official))


def marked(text: str, corrections: Iterable[Fix]) -> Bracketed:
    """Return TEXT as usperu gives it to paste: the official wording in brackets where a
    correction records it, our copy's words marked SIC where a correction is a reading."""
    fixes = list(corrections)
    return bracketed(text, fixes, reading=[c.id for c in fixes if is_reading(c)])


def wording_line(quote: Bracketed | None) -> str:
    """Return the line that goes after a pasted quote, saying whose words it holds: our
    copy's (a machine translation), the official wording in brackets, SIC where unchecked.
    With None, the line for a verbatim quote of our copy. In Spanish it adds that the
    words are quoted in English, and where the official Spanish text is
    (`spanish_text_line`)."""
    if quote is None:
        line = _("Our copy's words exactly: a machine translation, not the official text.")
    elif quote.applied and quote.unchecked:
        line = _(
            "Our copy's words: a machine translation, not the official text; [brackets]: the official wording;"
            " the official wording of what it garbles could not be checked."
        )
    elif quote.applied:
        line = _("Our copy's words: a machine translation, not the official text; [brackets]: the official wording.")
    elif quote.unchecked:
        line = _(
            "Our copy's words: a machine translation, not the official text;"
            " the official wording of what it garbles could not be checked."
        )
    else:
        line = _("Our copy's words: a machine translation, not the official text.")
    notice = spanish_text_line()
    return f"{line} {notice}" if notice else line


def spanish_text_line() -> str:
    """Return, in Spanish, that the statement is quoted as our copy has it, in English,
    and the address of the official Spanish text (never reproduced); '' in English,
    where it would say nothing the reader needs."""
    if language() != "es":
        return ""
    from ._dates import day_label

    return _(
        "The statement is quoted as our copy has it, in English. Peru's government published"
        " the official Spanish text on {day}: {url}"
    ).format(day=day_label(SPANISH_TEXT_DATE), url=SPANISH_TEXT)
