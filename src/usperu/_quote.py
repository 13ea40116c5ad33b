"""Quoting the statement: the exact words of a record, and where given words are said.

Pure functions over a loaded Statement (no printing). `check` finds where the
statement says a text: it compares words, not characters, after folding case,
accents, punctuation, curly quotes and hyphens, and scores each passage with
difflib's ratio (stdlib; the statement is ~1,500 words, so no index is needed).

A passage is *found* when its score is at least THRESHOLD and every word that
carries meaning is the statement's, in the same order: only small words (the, a,
of, ...) may differ. So a real sentence with one word changed ("Peru decided
not to join") is near, but not found.
"""

import difflib
import re
from collections.abc import Sequence
from typing import NamedTuple

from ._errors import InvalidArgumentError
from ._i18n import _
from ._model import Correction, Development, GlossaryEntry, Metadata, Paragraph, Record, Statement

__all__ = ["THRESHOLD", "Match", "check", "quotable"]

THRESHOLD = 0.9
"""The least similarity (0 to 1, difflib's ratio over words) of a passage that is found."""

SMALL_WORDS = frozenset(
    "a an the of to and in on for with by at as from into its their our this that these those is are was were "
    "be been will would has have had it which who whom also".split()
)
"""Words that may differ between a quote and the statement; 'not', 'no', 'never' are not among them."""

_WORD = re.compile(r"[^\s\-‐‑‒–—/]+")
_NOT_ALNUM = re.compile(r"[\W_]+")


class Match(NamedTuple):
    """A passage of the statement, scored against a text."""

    score: float
    found: bool
    passage: str
    """The words as our copy has them (or with the official wording, when `official`)."""
    id: str
    paragraph: int
    official: bool
    """Whether the passage takes an official wording that a correction records in place of our copy's."""
    corrections: tuple[Correction, ...]
    """The corrections whose official wording stands in the passage: only those, never the
    paragraph's others."""


# --- quoting a record ----------------------------------------------------------------


def quotable(statement: Statement, record: Record) -> str:
    """Return the verbatim text of a record; raise InvalidArgumentError for records that
    have none (the statement as a whole, glossary entries, developments)."""
    if isinstance(record, Metadata):
        raise InvalidArgumentError(
            _(
                "the statement as a whole has no one quote: quote a record or a paragraph"
                " ('usperu text --numbers' shows the paragraphs)"
            )
        )
    if isinstance(record, GlossaryEntry):
        mentions = ", ".join(record.mentions) or _("none")
        raise InvalidArgumentError(
            _("glossary entries are editorial, not quoted: quote a record that mentions {term} ({mentions})").format(
                term=record.term, mentions=mentions
            )
        )
    if isinstance(record, Development):
        raise InvalidArgumentError(
            _("{id!r} happened after the statement and is not in it: nothing to quote").format(id=record.id)
        )
    if isinstance(record, Paragraph):
        return record.text
    if isinstance(record, Correction):
        return record.quoted
    return record.quote


_ASIDE = re.compile(r"\s*\([^)]*\)\s*\Z")
"""A closing aside of an official wording: '(most likely reading)', '(seguridad ciudadana)'."""


def _official(correction: Correction) -> str:
    """Return the official wording of a correction without its closing aside."""
    return _ASIDE.sub("", correction.official)


# --- checking a text -----------------------------------------------------------------


def _words(text: str) -> list[tuple[str, int, int]]:
    """Return the words of a text, folded for comparison, with their spans in it."""
    import unicodedata

    out = []
    for match in _WORD.finditer(text):
        folded = unicodedata.normalize("NFKD", match.group().casefold())
        word = _NOT_ALNUM.sub("", "".join(c for c in folded if not unicodedata.combining(c)))
        if word:
            out.append((word, match.start(), match.end()))
    return out


def _meaning(words: Sequence[str]) -> list[str]:
    return [word for word in words if word not in SMALL_WORDS]


class _Source(NamedTuple):
    text: str
    paragraph: Paragraph
    replaced: tuple[tuple[int, int, Correction], ...]
    """Where in `text` an official wording stands in place of our copy's words: (start, end, correction)."""


def _sources(statement: Statement) -> list[_Source]:
    """Return our copy's paragraphs, then each paragraph with the official wording of one
    correction in place of our words (validate checks that a correction's words stand in
    a paragraph), and a paragraph with several corrections with all of them at once."""
    sources = [_Source(p.text, p, ()) for p in statement.paragraphs]
    several: dict[str, list[Correction]] = {}  # paragraph id -> its corrections of our words
    for paragraph in statement.paragraphs:
        for correction in (c for c in statement.corrections if c.quoted in paragraph.text):
            sources.append(_replace(paragraph, [correction]))
            several.setdefault(paragraph.id, []).append(correction)
    for paragraph in statement.paragraphs:
        if len(several.get(paragraph.id, ())) > 1:
            sources.append(_replace(paragraph, several[paragraph.id]))
    return sources


def _replace(paragraph: Paragraph, corrections: Sequence[Correction]) -> _Source:
    """Return the paragraph with the official wording of each correction in place of our
    copy's words (every occurrence; the first correction wins where two overlap)."""
    found: list[tuple[int, int, Correction]] = []
    for correction in corrections:
        start = paragraph.text.find(correction.quoted)
        while start >= 0:
            end = start + len(correction.quoted)
            if not any(start < b and a < end for a, b, _ in found):
                found.append((start, end, correction))
            start = paragraph.text.find(correction.quoted, end)
    parts, spans, at, shift = [], [], 0, 0
    for start, end, correction in sorted(found, key=lambda f: f[0]):
        official = _official(correction)
        parts += [paragraph.text[at:start], official]
        spans.append((start + shift, start + shift + len(official), correction))
        shift += len(official) - (end - start)
        at = end
    parts.append(paragraph.text[at:])
    return _Source("".join(parts), paragraph, tuple(spans))


def check(statement: Statement, text: str, limit: int = 3) -> list[Match]:
    """Return the passages most like `text`, best first (at most `limit`, one per
    paragraph), each with its similarity and whether it counts as found; none when no
    passage shares a word with it.

    Raises InvalidArgumentError when the text has no words, or more than twice the
    longest paragraph's (no passage could then be found).
    """
    wanted = [w for w, _, _ in _words(text)]
    if not wanted:
        raise InvalidArgumentError(_("nothing to check: give the words to look for, e.g. --check 'Artemis Accords'"))
    longest = max((len(_words(p.text)) for p in statement.paragraphs), default=0)
    if len(wanted) > 2 * longest:  # no passage could score near THRESHOLD: it is not a quote
        raise InvalidArgumentError(
            _(
                "the text has {count} words, and the longest paragraph of the statement {longest}:"
                " check a sentence or a paragraph at a time"
            ).format(count=len(wanted), longest=longest)
        )
    matcher = difflib.SequenceMatcher(None, b=wanted, autojunk=False)
    best: dict[int, Match] = {}
    for source in _sources(statement):
        match = _best_window(matcher, wanted, source, statement)
        if match is None:
            continue
        current = best.get(source.paragraph.number)
        if current is None or (match.score, match.found) > (current.score, current.found):
            best[source.paragraph.number] = match
    ranked = sorted((m for m in best.values() if m.score > 0), key=lambda m: (-m.score, m.paragraph))
    return [m for n, m in enumerate(ranked[:limit]) if n == 0 or m.score >= _WORTH_SHOWING]


_WORTH_SHOWING = 0.5
"""Below this, a passage is listed only if it is the closest of all."""


def _best_window(
    matcher: difflib.SequenceMatcher[str], wanted: list[str], source: _Source, statement: Statement
) -> Match | None:
    words = _words(source.text)
    if not words:
        return None
    folded = [w for w, _, _ in words]
    size, slack = len(wanted), max(1, len(wanted) // 5)
    present = set(wanted)
    starts = [i for i, word in enumerate(folded) if word in present] or [0]

    def score(start: int, length: int) -> float:
        matcher.set_seq1(folded[start : start + length])
        return matcher.ratio() if matcher.real_quick_ratio() > 0 else 0.0

    # First the windows as long as the text, then around the best one, other lengths.
    top, at = max((score(s, size), -s) for s in starts)
    start, length = -at, size
    for s in range(max(0, start - slack), min(len(folded), start + slack + 1)):
        for n in range(max(1, size - slack), size + slack + 1):
            if s + n <= len(folded):
                value = score(s, n)
                if value > top:
                    top, start, length = value, s, n
    window = folded[start : start + length]
    length = len(window)  # a paragraph shorter than the text
    found = top >= THRESHOLD and _meaning(window) == _meaning(wanted)
    begin, end = words[start][1], words[start + length - 1][2]
    passage = source.text[begin:end]
    applied: list[Correction] = []  # those in the passage, each once however often its words stand
    for a, b, correction in source.replaced:
        if a < end and begin < b and correction not in applied:
            applied.append(correction)
    ident = _record_at(statement, source.paragraph, passage)
    return Match(round(top, 3), found, passage, ident, source.paragraph.number, bool(applied), tuple(applied))


def _record_at(statement: Statement, paragraph: Paragraph, passage: str) -> str:
    """Return the id of the record whose quote holds most of the passage (else the paragraph's)."""
    best, ident = 0, paragraph.id
    for record in statement.records():
        quote = getattr(record, "quote", "")
        if getattr(record, "paragraph", None) != paragraph.id or not quote:
            continue
        overlap = difflib.SequenceMatcher(None, quote, passage, autojunk=False).find_longest_match().size
        if overlap > best:
            best, ident = overlap, record.id
    return ident
