"""Full-text search over every record: query language, index, BM25F ranking, snippets.

A pure function of (statement, query): `find` returns ranked `Hit`s (and what it did to
get them) and never prints. Words are case- and accent-folded and stemmed with the
Snowball English stemmer (PyStemmer); Spanish aliases (`aliases_es`) with the Spanish
one, and every query word is looked up in both languages. Hyphenated and dotted forms
are indexed as their parts and as one joined word; a word written in capitals in the
data is also indexed as an acronym ("^first"), which only a query in capitals reaches.

Glossary entries, people's names and a few spelling variants make synonyms; the
editorial thesaurus ([[concepts]]) widens a query to the records a concept links,
ranked below records that match by their own words. English and Spanish function
words are ignored unless quoted. The query language: words (all must match), "a
phrase", `a OR b`, `-word` (exclude), `word*` (prefix), years and dates. When no
record matches every word, the records that match most are returned (`partial`);
when nothing matches and a spelling correction is clearly best, it is searched
instead (`corrected`). Imported only by `usperu search`.
"""

import math
import re
import sys
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ._errors import InvalidArgumentError
from ._errors import unknown as _unknown
from ._i18n import _ as _t
from ._i18n import language
from ._namedtuple import NamedTuple
from ._tokens import JOINERS, PART, SPANISH, WORD, Token, fold, is_joined, remember, stems, stems_es, tokenize
from ._vocabulary import KINDS

if TYPE_CHECKING:
    from ._model import Record, Statement
    from ._overlay import Texts

__all__ = ["MAX_QUERY", "STOP_WORDS", "Hit", "Index", "Match", "Result", "build_index", "find", "search", "suggestions"]

MAX_QUERY = 500
"""Queries longer than this many characters are refused."""

STOP_WORDS = frozenset(
    # English function words, and the question words of plain questions
    "a an the and or of to in on at for by with about from into onto over under as is are was were be been "
    "being am do does did done have has had having will would shall should can could might must what who "
    "whom whose when where why how which that this these those there here it its they them their we our you "
    "your he she his her i me my not no nor so than then too very also any all some each such only just both "
    "either neither after before between during through against up down out off again once more most other "
    "own same if because while until please tell "
    # Spanish ones (folded: "qué" is "que")
    "el la los las lo un una unos unas y e o u de del al ante con contra desde en entre hacia hasta para por "
    "segun sin sobre tras que quien quienes cual cuales cuando donde como es son fue fueron ser esta estan "
    "estaba se su sus le les mi mis tu tus nuestro nuestra nuestros nuestras este estos estas ese esa esos "
    "esas muy mas pero sino ni ya tambien hay ha han".split()
)
"""Folded words that a query ignores unless they are quoted in a phrase."""

_ACRONYM = "^"  # the prefix of acronym terms: a word in capitals, folded, not stemmed
_DATE = "@"  # the prefix of date terms: "@2024", "@2024-05", "@2024-05-09"
_QUOTED = r'(?:(?<=\s)|^)(-?)"([^"]*)"?'
"""A quoted phrase (a pattern for `re`'s cache, compiled on the first query with a quote)."""
_MONTHS = {
    **{m: n for n, m in enumerate("january february march april may june july august".split(), 1)},
    **{m: n for n, m in enumerate("september october november december".split(), 9)},
    **{m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    **{m: n for n, m in enumerate("enero febrero marzo abril mayo junio julio agosto".split(), 1)},
    **{m: n for n, m in enumerate("septiembre octubre noviembre diciembre".split(), 9)},
    "setiembre": 9,
    "sept": 9,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))


@lru_cache(maxsize=1)
def _dates() -> "tuple[re.Pattern[str], ...]":
    """Return the date patterns, compiled on the first query with a digit in it."""
    return (
        # 2024-05-09, 2024-05
        re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?![\w-])"),
        # 9 May 2024, 9 de mayo de 2024, 9th May, 2024
        re.compile(
            rf"(?<!\w)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?(?P<m>{_MONTH})\.?,?\s+(?:del?\s+)?(?P<y>\d{{4}})(?!\w)",
            re.I,
        ),
        # May 9, 2024
        re.compile(rf"(?<!\w)(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\w)", re.I),
        # May 2024, mayo de 2024
        re.compile(rf"(?<!\w)(?P<m>{_MONTH})\.?,?\s+(?:de\s+|del\s+)?(?P<y>\d{{4}})(?!\w)", re.I),
    )


def _is_year(text: str) -> bool:
    """Whether text is a year of four digits from 1000 to 2999 (no pattern to compile)."""
    return len(text) == 4 and text[0] in "12" and text[1:].isdecimal()


# Spelling variants that are not about any one record (so not editorial aliases).
_VARIANTS = (
    ("United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "EE. UU.", "EE.UU.", "EEUU",
     "Estados Unidos", "Estados Unidos de América"),
    ("Cusco", "Cuzco"),
    ("cusqueña", "cuzqueña", "cusqueño", "cuzqueño"),
)  # fmt: skip

# Field weights (BM25F): a hit in a title or name counts more than one in a quote,
# which counts more than one in an editorial note.
_WEIGHTS = {
    "title": 3.0,
    "names": 2.5,
    "id": 2.5,
    "text": 1.0,
    "other": 0.8,
    "kind": 0.8,
    "notes": 0.4,
    "date": 3.0,
    "title_es": 3.0,
    "text_es": 1.0,
    "other_es": 0.8,
    "notes_es": 0.4,
}
# The Spanish of the editorial layer (data/statement.es.toml) is indexed in fields of
# its own, "<field>_es", weighted as the English it translates: snippets of English
# matches stay English, and the same query finds the same records in either language.
# A key achievement outranks the paragraph that merely contains it, and the statement's
# own records the later editorial layers (developments, corrections) that match as well:
# part of the score, by which every result is ranked (README, 'usperu search').
_KIND_BOOST = {
    "achievement": 1.5,
    "commitment": 1.35,
    "glossary": 1.3,
    "person": 1.3,
    "session": 1.25,
    "event": 1.1,
    "development": 0.25,
    "correction": 0.2,
    "statement": 0.8,
    "paragraph": 0.6,
}
# Words that name a kind of record, so that "session education" finds the session.
_KIND_WORDS = {
    "achievement": "key achievement accomplishment",
    "commitment": "further commitment",
    "session": "breakout session",
    "person": "participant leader lead led delegation",
    "event": "date event timeline",
    "development": "later development since",
    "correction": "correction official wording",
    "glossary": "glossary acronym initiative",
    "paragraph": "paragraph text",
    "statement": "joint statement",
}
_FIELDS = tuple(_WEIGHTS)
_PROSE = ("title", "names", "text", "notes", "title_es", "text_es", "notes_es")  # running text
_K1, _B = 1.2, 0.75
_GAP = 50  # position gap between the separate strings of one field (no phrase spans two)
_SNIPPET = 160
_DATE_BOOST = 3.0  # a record dated in the year asked for ranks above one that mentions it
_CONCEPT_SHARE = 0.3  # a concept match scores this share of the word's weakest direct match
_APART = 0.5  # words that spell a name, found apart, score this share of their own scores
_ADJACENT = 1.5  # two query words side by side in a record, as typed, count more than apart
_LATER = frozenset({"development", "correction"})
"""Kinds of the editorial layers apart from the statement: never partial matches."""
_CONCEPT_SCORE = 0.3  # ... or this, when no record has the word itself
_CLEARLY_BEST = 0.05  # a spelling suggestion this much closer than the next is searched for


class Field(NamedTuple):
    """The searchable text of one field of a record, and how many words it holds."""

    name: str
    text: str
    length: int


class Doc(NamedTuple):
    """One record, ready to search."""

    id: str
    kind: str
    title: str
    order: int
    fields: tuple[Field, ...]


class Match(NamedTuple):
    """Why a record matched one query word: the field, and how (see `find`)."""

    word: str
    field: str
    how: str
    """'direct' (the record's own words), 'alias', 'translation' (a Spanish alias),
    'concept' (the editorial thesaurus) or 'date'."""
    via: str = ""
    """The concept's id, for a concept match."""


class Hit(NamedTuple):
    """A search result: the record, its score, and a snippet with the matched spans."""

    id: str
    kind: str
    title: str
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    matched: tuple[Match, ...] = ()


class Result(NamedTuple):
    """What `find` found, and what it did to find it."""

    hits: list[Hit]
    partial: bool = False
    """No record matched every word: these match some of them, best first."""
    unmatched: tuple[str, ...] = ()
    """The query words (or phrases) that no record matched."""
    corrected: str = ""
    """Nothing matched the query; this clearly best correction of it was searched instead."""
    suggestions: tuple[str, ...] = ()
    """Nothing matched: words of the dataset close to the query's unknown words."""


class Concept(NamedTuple):
    """A thesaurus entry, ready to search: its keys (term sequences) and linked docs."""

    id: str
    title: str
    keys: tuple[tuple[str, ...], ...]
    links: tuple[tuple[int, str], ...]


class Index(NamedTuple):
    """The records, the postings and the statistics BM25F needs.

    `postings` maps a term to its occurrences, five integers each: doc, field (an
    index into _FIELDS), position, start, end, packed as bytes (`_pack`). That is what
    the generated module of the bundled index holds (`usperu._bundled_index`): Python
    stores them as constants in its bytecode cache, and only the query's terms are
    unpacked. `synonyms` holds groups of (phrases, keys): the phrases are searched,
    the keys (phrases without stop words) are what a query's words are compared to.
    """

    docs: tuple[Doc, ...]
    postings: Mapping[str, bytes]
    average_length: dict[str, float]
    synonyms: tuple[tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]], ...]
    concepts: tuple[Concept, ...] = ()
    vocabulary: str = ""
    """The dataset's words, folded, unstemmed, space-separated: for 'did you mean' and `word*`."""


class Postings(Mapping[str, bytes]):
    """The postings of the bundled index (`Index.postings`), as `usperu._bundled_index`
    holds them: its terms, sorted and space-separated; where each term's packed
    occurrences start in one bytes constant (`_pack`ed offsets, one more than terms);
    and that constant. A term is found by binary search when it is asked for.

    As a dict of ~2,200 terms to bytes, Python unmarshalled and built ~4,500 objects on
    every search: ~2M CPU instructions more than these three constants (cachegrind)."""

    __slots__ = ("_packed", "_starts", "_terms")

    def __init__(self, terms: str, starts: bytes, packed: bytes) -> None:
        self._terms = terms.split(" ") if terms else []
        self._starts = _ints(starts)
        self._packed = packed

    def __getitem__(self, term: str) -> bytes:
        at = bisect_left(self._terms, term)
        if at == len(self._terms) or self._terms[at] != term:
            raise KeyError(term)
        return self._packed[self._starts[at] : self._starts[at + 1]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)


def packed_postings(postings: Mapping[str, bytes]) -> tuple[str, bytes, bytes]:
    """Return the three constants a `Postings` is made of (for `usperu._generate`)."""
    terms = sorted(postings)
    if any(" " in term or not term for term in terms):  # pragma: no cover - tokens hold no spaces
        raise ValueError("a term with a space, or an empty one, cannot be joined with spaces")
    starts = [0]
    for term in terms:
        starts.append(starts[-1] + len(postings[term]))
    return " ".join(terms), _pack(starts), b"".join(postings[term] for term in terms)


# (doc, field) -> {position: (start, end)}: the unpacked occurrences of one term.
_Occurrences = dict[tuple[int, str], dict[int, tuple[int, int]]]


# --- index --------------------------------------------------------------------------


def _acronym(text: str) -> str:
    """Return the acronym term of a word written in capitals ("FIRST", "DA-ASAT"), or ''."""
    letters = JOINERS.sub("", text)
    return _ACRONYM + fold(letters) if len(letters) >= 2 and letters.isalpha() and letters.isupper() else ""


def _field(name: str, texts: Iterable[tuple[str, bool]]) -> tuple[Field, list[Token]] | None:
    """Return a field made of several strings (each English or Spanish), and its tokens
    (offsets in the joined text)."""
    kept = [(t, spanish) for t, spanish in texts if t]
    if not kept:
        return None
    tokens: list[Token] = []
    offset = 0
    position = 0
    for text, spanish in kept:
        for term, at, start, end in tokenize(text, position, spanish=spanish):
            tokens.append(Token(term, at, start + offset, end + offset))
            acronym = _acronym(text[start:end])
            if acronym:
                tokens.append(Token(acronym, at, start + offset, end + offset))
        position = (tokens[-1].position if tokens else position) + _GAP
        offset += len(text) + 3
    return Field(name, " · ".join(t for t, _ in kept), len({t.position for t in tokens})), tokens


def _texts(record: "Record") -> dict[str, list[tuple[str, bool]]]:
    """Return the searchable strings of a record, by search field (see `_model`), each
    with whether it is Spanish (`aliases_es`)."""
    from ._model import FIELDS, Item, Note  # only to index another data file (--data)

    texts: dict[str, list[tuple[str, bool]]] = {}
    values: tuple[Any, ...] = tuple(record)
    for name, value in zip(record._fields, values, strict=True):
        field = FIELDS[name].search
        if not field:
            continue
        strings = value if isinstance(value, tuple) else (value,)
        spanish = name == "aliases_es"
        texts.setdefault(field, []).extend((s.text if isinstance(s, Note) else s, spanish) for s in strings)
    if isinstance(record, Item):  # topics are slugs: "critical-minerals" reads as two words
        texts["other"] = [(t.replace("-", " "), es) for t, es in texts.get("other", ())]
    return texts


def _spanish_texts(translated: "dict[str, Any]") -> dict[str, list[tuple[str, bool]]]:
    """Return a record's Spanish strings (see `_overlay.Texts`) by search field: "<field>_es"
    for the field its English feeds."""
    from ._model import FIELDS

    texts: dict[str, list[tuple[str, bool]]] = {}
    for name, value in translated.items():
        field = FIELDS[name].search
        if field:
            strings = [es for es, _source in value if es] if name == "notes" else [value]
            texts.setdefault(f"{field}_es", []).extend((s, True) for s in strings)
    return texts


def _date_field(record: "Record") -> tuple[Field, list[Token]] | None:
    """Return a dated record's date as a field of date terms: "@2024", "@2024-05", "@2024-05-09"."""
    date = getattr(record, "date", None)
    precision = getattr(record, "precision", "day")
    if date is None or precision not in ("day", "month", "year"):
        return None
    text = date.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    tokens = [Token(_DATE + text[:n], 0, 0, n) for n in (4, 7, 10) if n <= len(text)]
    return Field("date", text, 1), tokens


def _doc(
    record: "Record", order: int, spanish: "dict[str, Any] | None" = None
) -> tuple[Doc, list[tuple[Field, list[Token]]]]:
    texts = _texts(record)
    texts.update(_spanish_texts(spanish or {}))
    if record.kind != "paragraph":  # ids are names too: "bicentennial", "artemis accords"
        texts["id"] = [(record.id, False)]
    texts["kind"] = [(_KIND_WORDS.get(record.kind, record.kind), False)]
    fields = [f for f in (_field(name, strings) for name, strings in texts.items()) if f is not None]
    dated = _date_field(record)
    if dated:
        fields.append(dated)
    return Doc(record.id, record.kind, record.title, order, tuple(f for f, _ in fields)), fields


def build_index(statement: "Statement | None") -> Index:
    """Return the search index of every record of the statement (None: the bundled one).

    The bundled dataset's index is generated ahead of time (`usperu._bundled_index`,
    kept in step with the data and this code by a test), so searching it needs no
    records at all; any other is built here.
    """
    if statement is None or statement.bundled:
        return _bundled()
    return _build_index(statement)


@lru_cache(maxsize=1)
def _bundled() -> Index:
    """Return the bundled dataset's index, loaded once per process."""
    from . import _bundled_index as bundled

    remember(bundled.STEMS, bundled.STEMS_ES)
    concepts = tuple(Concept(*c) for c in bundled.CONCEPTS)
    return Index(bundled.DOCS, bundled.POSTINGS, bundled.AVERAGE_LENGTH, bundled.SYNONYMS, concepts, bundled.VOCABULARY)


def _build_index(statement: "Statement", spanish: "Texts | None" = None) -> Index:
    """Return the index of a statement's English (its `english`, if it is in Spanish) and
    of the Spanish of its editorial layer (`spanish`; by default the overlay beside its
    data file, see `_overlay`)."""
    if spanish is None:
        from ._overlay import spanish_of

        spanish = spanish_of(statement)
    statement = statement.english or statement
    tables = {"person": "people", "glossary": "glossary", "statement": "statement"}
    built = [
        _doc(record, order, spanish.get(tables.get(record.kind, record.kind + "s"), {}).get(record.id))
        for order, record in enumerate(statement.records())
    ]
    collecting: dict[str, list[int]] = {}
    totals = dict.fromkeys(_WEIGHTS, 0)
    counts = dict.fromkeys(_WEIGHTS, 0)
    for number, (_, fields) in enumerate(built):
        for field, tokens in fields:
            totals[field.name] += field.length
            counts[field.name] += 1
            code = _FIELDS.index(field.name)
            for term, position, start, end in tokens:
                collecting.setdefault(term, []).extend((number, code, position, start, end))
    _separate_acronyms(collecting)
    postings = {term: _pack(values) for term, values in collecting.items()}
    average = {name: totals[name] / counts[name] if counts[name] else 1.0 for name in _WEIGHTS}
    docs = tuple(doc for doc, _ in built)
    numbers = {doc.id: number for number, doc in enumerate(docs)}
    concepts = tuple(
        Concept(
            c.id,
            c.title,
            tuple(
                sorted({_phrase(w, False)[1] for w in c.words_en} | {_phrase(w, True)[1] for w in c.words_es} - {()})
            ),
            tuple((numbers[link.record], link.reason) for link in c.links if link.record in numbers),
        )
        for c in statement.concepts
    )
    return Index(docs, postings, average, _synonyms(statement), concepts, " ".join(_vocabulary(docs)))


def _separate_acronyms(collecting: dict[str, list[int]]) -> None:
    """Make an acronym that is also an ordinary word of the data ("FIRST", "first
    country") reachable only as an acronym: its capitalised occurrences, and the ids
    naming it ("first-program"), lose their ordinary terms. FEMA, only ever an acronym,
    keeps both, so that "fema" finds it too. Only running text counts as ordinary: not
    ids, nor the "other" field, where topic slugs write every acronym in lower case
    ("msp", "oecd")."""
    code_of_id = _FIELDS.index("id")
    prose = {_FIELDS.index(name) for name in _PROSE}
    for acronym in [t for t in collecting if t.startswith(_ACRONYM)]:
        word = acronym[1:]
        at = collecting[acronym]
        capitals = {tuple(at[i : i + 3]) for i in range(0, len(at), 5)}
        terms = {term: collecting.get(term, []) for term in (stems([word])[0], stems_es([word])[0])}
        rows = {term: [values[i : i + 5] for i in range(0, len(values), 5)] for term, values in terms.items()}
        ordinary = {
            term: [r for r in found if tuple(r[:3]) not in capitals and r[1] != code_of_id]
            for term, found in rows.items()
        }
        if not any(r[1] in prose for found in ordinary.values() for r in found):
            continue
        for term, found in rows.items():
            if term in collecting:
                collecting[term] = [v for r in ordinary[term] for v in r]
            collecting[acronym] += [v for r in found if r[1] == code_of_id for v in r]
        for term in [t for t in terms if not collecting.get(t)]:
            collecting.pop(term, None)


_STOP_TERMS: set[str] = set()


def _stop_terms() -> set[str]:
    """Return the stop words as terms of both languages, to leave out of keys."""
    if not _STOP_TERMS:
        words = sorted(STOP_WORDS)
        _STOP_TERMS.update(stems(words), stems_es(words))
    return _STOP_TERMS


def _phrase(name: str, spanish: bool, acronyms: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return a name's terms (capitals as acronym terms) and its key (without stop words)."""
    terms = []
    for token in tokenize(name, spanish=spanish):
        if is_joined(token, name):
            continue
        acronym = _acronym(name[token.start : token.end]) if acronyms else ""
        terms.append(acronym or token.term)
    phrase = tuple(terms)
    stop = _stop_terms()
    return phrase, tuple(t for t in phrase if t not in stop)


def _synonyms(statement: "Statement") -> tuple[tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]], ...]:
    """Return groups of equivalent names as (phrases, keys): a glossary term, its
    expansion and aliases; each person's correct and quoted names; spelling variants."""
    groups: list[list[tuple[str, bool, bool]]] = [
        [(n, False, True) for n in (g.term, g.expansion, *g.aliases)] + [(n, True, True) for n in g.aliases_es]
        for g in statement.glossary
    ]
    groups += [[(p.name, False, True), (p.quoted_name, False, True)] for p in statement.people]
    groups += [[(n, es, False) for n in names for es in (False, True)] for names in _VARIANTS]
    result = []
    for names in groups:
        pairs = {_phrase(name, spanish, acronyms) for name, spanish, acronyms in names}
        phrases = tuple(sorted({p for p, _ in pairs if p}))
        keys = tuple(sorted({k for _, k in pairs if k}))
        result.append((phrases, keys))
    return tuple(result)


def _vocabulary(docs: Sequence[Doc]) -> list[str]:
    """Return the dataset's words (folded, not stemmed), for 'did you mean' and prefixes."""
    words = {
        fold(part.group())
        for doc in docs
        for field in doc.fields
        for word in WORD.finditer(field.text)
        for part in PART.finditer(word.group())
    }
    return sorted(w for w in words if len(w) >= 3 and w.isalpha())


def _pack(values: Sequence[int]) -> bytes:
    """Return integers as unsigned 32-bit little-endian bytes: Python loads a bytes
    constant of the generated index in one copy, where a tuple costs one object per
    integer (about 0.8 ms at start-up for the bundled index)."""
    from array import array  # only when the index is built, never to read it

    packed = array("I", values)
    if sys.byteorder == "big":  # pragma: no cover - the generated index is little-endian everywhere
        packed.byteswap()
    return packed.tobytes()


def _ints(packed: bytes) -> Sequence[int]:
    """Return the integers packed by `_pack` (a view: no copy, and no `array` import)."""
    if sys.byteorder == "big":  # pragma: no cover - the generated index is little-endian everywhere
        from array import array

        values = array("I")
        values.frombytes(packed)
        values.byteswap()
        return values
    return memoryview(packed).cast("I")


def _unpack(index: Index, term: str, memo: dict[str, _Occurrences]) -> _Occurrences:
    """Return a term's occurrences, unpacked once per search."""
    if term not in memo:
        values = _ints(index.postings.get(term, b""))
        found: _Occurrences = {}
        for at in range(0, len(values), 5):
            doc, code, position, start, end = values[at : at + 5]
            found.setdefault((doc, _FIELDS[code]), {})[position] = (start, end)
        memo[term] = found
    return memo[term]


# --- queries ------------------------------------------------------------------------


class _Word(NamedTuple):
    """A query word: as typed, and the sets of terms each of its readings may match."""

    text: str
    stop: bool
    forms: tuple[tuple[frozenset[str], ...], ...]
    """Readings: its parts ("U", "S"), and for a hyphenated or dotted word also the
    joined word ("US"); each position a set of terms (English, Spanish, acronym)."""


class _Clause(NamedTuple):
    """Something a result must contain: any of its alternative phrases or concepts."""

    label: str
    alternatives: tuple[tuple[str, ...], ...]
    typed: frozenset[tuple[str, ...]]
    """The alternatives that are the words as typed (the others come from synonyms)."""
    concepts: tuple[int, ...] = ()
    """Indices into `Index.concepts` whose keys the words spell."""
    separately: tuple[tuple["_Clause", ...], ...] = ()
    """For words joined into one clause because they spell a name or a concept: the
    clauses of each word on its own. A record that has all the clauses of one of these
    matches too (a record with the words need not hold the name: "people people")."""


def _word(text: str) -> _Word:
    folded = fold(text)
    parts = [p for p in JOINERS.split(text) if p]
    forms: list[tuple[frozenset[str], ...]] = []
    readings = [parts] + ([["".join(parts)]] if len(parts) > 1 else [])
    for reading in readings:
        folded_parts = [fold(p) for p in reading]
        english, spanish = stems(folded_parts), stems_es(folded_parts)
        forms.append(
            tuple(
                frozenset(t for t in (en, es, _acronym(p)) if t)
                for p, en, es in zip(reading, english, spanish, strict=True)
            )
        )
    return _Word(text, folded in STOP_WORDS, tuple(forms))


def _typed(words: Sequence[_Word]) -> tuple[tuple[str, ...], ...]:
    """Return the phrases of words as typed: in English terms and in Spanish terms."""
    english, spanish = [], []
    for word in words:
        english += [min(t for t in terms if t[0] not in (_ACRONYM, SPANISH)) for terms in word.forms[0]]
        spanish += [min(t for t in terms if t[0] == SPANISH) for terms in word.forms[0]]
    joined: list[tuple[str, ...]] = []
    if len(words) == 1 and len(words[0].forms) > 1:
        for terms in words[0].forms[1]:
            joined += [(t,) for t in sorted(terms) if t[0] != _ACRONYM]
    return tuple(dict.fromkeys([tuple(english), tuple(spanish), *joined]))


def _consume(words: Sequence[_Word], at: int, key: tuple[str, ...], k: int = 0) -> int:
    """Return the index after the words (from `at`) that spell `key` exactly, or -1."""
    if k == len(key):
        return at
    if at == len(words):
        return -1
    for form in words[at].forms:
        n = len(form)
        if k + n <= len(key) and all(key[k + i] in form[i] for i in range(n)):
            end = _consume(words, at + 1, key, k + n)
            if end >= 0:
                return end
    return -1


def _run_clauses(words: Sequence[_Word], index: Index) -> list[_Clause]:
    """Turn a run of plain words into clauses, joining words that spell a known name
    (glossary, people, variants) or a concept into one clause."""
    places = [i for i, w in enumerate(words) if not w.stop]  # where each content word stands
    content = [words[i] for i in places]
    clauses: list[_Clause] = []
    at = 0
    while at < len(content):
        starts = {t for form in content[at].forms for t in form[0]}  # what a key must begin with
        groups: list[tuple[int, tuple[tuple[str, ...], ...], bool]] = []
        for phrases, keys in index.synonyms:
            for key in keys:
                stop = _consume(content, at, key) if key[0] in starts else -1
                if stop > at:
                    groups.append((stop, phrases, any(t.startswith(_ACRONYM) for t in key)))
        concepts: list[tuple[int, int]] = []
        for number, concept in enumerate(index.concepts):
            stop = max((_consume(content, at, key) for key in concept.keys if key[0] in starts), default=-1)
            if stop > at:
                concepts.append((stop, number))
        end = max([at + 1] + [g[0] for g in groups] + [c[0] for c in concepts])
        group = tuple(dict.fromkeys(p for stop, phrases, _ in groups if stop == end for p in phrases))
        acronym = any(is_acronym for stop, _, is_acronym in groups if stop == end)
        # The words as typed, stop words inside the run included ("lucha contra las drogas").
        # (By place: `words.index` found a repeated word's first place, and an empty run.)
        run = words[places[at] : places[end - 1] + 1]
        typed = _typed(run)
        # An acronym in capitals ("FIRST") means its record, not the ordinary word "first".
        alternatives = group if acronym and end == at + 1 else tuple(dict.fromkeys((*typed, *group)))
        label = " ".join(w.text for w in run)
        joined = tuple(n for stop, n in concepts if stop == end)
        separately = (tuple(_run_clauses([word], index)[0] for word in content[at:end]),) if end > at + 1 else ()
        clauses.append(_Clause(label, alternatives, frozenset(typed), joined, separately))
        at = end
    return clauses


def _date_clause(match: "re.Match[str]") -> _Clause:
    month = match.group("m")
    number = month if month.isdigit() else str(_MONTHS[fold(month)]).zfill(2)
    day = match.groupdict().get("d")
    term = f"{_DATE}{match.group('y')}-{number}" + (f"-{day.zfill(2)}" if day else "")
    words = [_word(m.group()) for m in WORD.finditer(match.group())]
    typed = _typed(words) if words else ()
    return _Clause(match.group().strip(), ((term,), *typed), frozenset(typed))


def _prefix_clause(prefix: str, index: Index) -> _Clause:
    folded = fold(prefix)
    words = [w for w in index.vocabulary.split() if w.startswith(folded)] if len(folded) >= 2 else []
    alternatives = {(t,) for t in stems(words)} | {(t,) for t in stems_es(words)}
    alternatives |= {(t,) for t in index.postings if len(folded) >= 3 and t.startswith(folded)}
    phrases = tuple(sorted(alternatives)) or ((folded,),)
    return _Clause(prefix + "*", phrases, frozenset(phrases))


class _Query(NamedTuple):
    clauses: list[_Clause]
    excluded: list[_Clause]
    ignored: list[str]


def _parse(query: str, index: Index) -> _Query:
    """Parse the query language: "phrases", dates, OR, -exclusions, prefix*, words."""
    query = query.replace("\x00", " ")  # NUL marks the phrases and dates taken out below
    clauses: list[_Clause] = []
    excluded: list[_Clause] = []
    ignored: list[str] = []
    items: list[tuple[str, Any]] = []  # ("clause", _Clause) | ("exclude", _Clause) | ("or", None) | ("word", _Word)

    def quoted(match: "re.Match[str]") -> str:
        terms = tuple(t.term for t in tokenize(match.group(2)) if not is_joined(t, match.group(2)))
        if terms:
            clause = _Clause(f'"{match.group(2)}"', (terms,), frozenset({terms}))
            items.append(("exclude" if match.group(1) else "clause", clause))
            return f" \x00{len(items) - 1} "
        return " "

    rest = re.sub(_QUOTED, quoted, query) if '"' in query else query

    def dated(match: "re.Match[str]") -> str:
        items.append(("clause", _date_clause(match)))
        return f" \x00{len(items) - 1} "

    if any(c.isdigit() for c in rest):
        for pattern in _dates():
            rest = pattern.sub(dated, rest)
    sequence: list[tuple[str, Any]] = []
    for chunk in rest.split():
        if chunk.startswith("\x00"):
            sequence.append(items[int(chunk[1:])])
        elif chunk == "OR":
            sequence.append(("or", None))
        elif chunk.startswith("-") and WORD.search(chunk):
            words = [_word(m.group()) for m in WORD.finditer(chunk)]
            typed = _typed(words)
            excluded.append(_Clause(chunk[1:], typed, frozenset(typed)))
        elif chunk.endswith("*") and WORD.fullmatch(chunk.rstrip("*").lstrip("-")):
            sequence.append(("clause", _prefix_clause(chunk.rstrip("*"), index)))
        else:
            sequence += [("word", _word(m.group())) for m in WORD.finditer(chunk)]
    excluded += [c for kind, c in sequence if kind == "exclude"]
    pending_or = False
    run: list[_Word] = []

    def add(new: list[_Clause]) -> None:
        nonlocal pending_or
        if pending_or and clauses and new:
            first = new.pop(0)
            last = clauses.pop()
            clauses.append(
                _Clause(
                    f"{last.label} OR {first.label}",
                    tuple(dict.fromkeys(last.alternatives + first.alternatives)),
                    last.typed | first.typed,
                    tuple(dict.fromkeys(last.concepts + first.concepts)),
                    last.separately + first.separately,
                )
            )
        if new:
            pending_or = False
        clauses.extend(new)

    def flush() -> None:
        nonlocal run
        if run:
            ignored.extend(w.text for w in run if w.stop)
            add(_year_clauses(run, index))
            run = []

    for kind, value in sequence:
        if kind == "word":
            run.append(value)
            continue
        flush()
        if kind == "or":
            pending_or = bool(clauses)
        elif kind == "clause":
            add([value])
    flush()
    return _Query(clauses, excluded, ignored)


def _year_clauses(run: list[_Word], index: Index) -> list[_Clause]:
    """Return the clauses of a run of words; a four-digit year also matches records dated then."""
    result: list[_Clause] = []
    pending: list[_Word] = []
    for word in run:
        if _is_year(word.text):
            result += _run_clauses(pending, index)
            pending = []
            typed = ((word.text,),)
            result.append(_Clause(word.text, ((_DATE + word.text,), *typed), frozenset(typed)))
        else:
            pending.append(word)
    return result + _run_clauses(pending, index)


def _phrase_hits(
    index: Index, phrase: tuple[str, ...], memo: dict[str, _Occurrences]
) -> dict[int, dict[str, list[int]]]:
    """Return, per doc and field, the positions where the phrase starts."""
    following = [_unpack(index, term, memo) for term in phrase[1:]]
    found: dict[int, dict[str, list[int]]] = {}
    for (doc, name), positions in _unpack(index, phrase[0], memo).items():
        starts = [
            p for p in positions if all(p + i in later.get((doc, name), ()) for i, later in enumerate(following, 1))
        ]
        if starts:
            found.setdefault(doc, {})[name] = starts
    return found


def _score(index: Index, doc: int, hits: dict[str, list[int]], df: int) -> float:
    n = len(index.docs)
    idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
    lengths = {f.name: f.length for f in index.docs[doc].fields}
    weighted = 0.0
    for name, starts in hits.items():
        norm = 1 - _B + _B * lengths[name] / index.average_length[name]
        weighted += _WEIGHTS[name] * len(starts) / norm
    return idf * weighted / (_K1 + weighted)


_HOWS = ("direct", "date", "alias", "translation", "concept")


def _how(clause: _Clause, phrase: tuple[str, ...], field: str) -> tuple[str, str]:
    """Return (field, how) for a phrase of a clause that matched in a field."""
    if phrase[0].startswith(_DATE):
        return "date", "date"
    if field.endswith("_es"):  # the record's own words, in the Spanish of its editorial layer
        return field.removesuffix("_es"), "direct" if phrase in clause.typed else "alias"
    if any(t.startswith(SPANISH) for t in phrase):
        return "aliases_es", "translation"
    if field == "names":
        return "aliases", "alias"
    return field, "direct" if phrase in clause.typed else "alias"


class _Found(NamedTuple):
    """One clause's matches: per doc, its score and why; and the spans to highlight."""

    scores: dict[int, float]
    why: dict[int, Match]
    spans: dict[int, list[tuple[str, int, tuple[str, ...]]]]
    dated: frozenset[int] = frozenset()
    """The docs dated in the year, month or day the clause names."""
    typed: frozenset[tuple[str, ...]] = frozenset()
    """The clause's phrases as typed: the spans of the others come from synonyms."""


def _match(index: Index, clause: _Clause, memo: dict[str, _Occurrences]) -> _Found:
    scores: dict[int, float] = {}
    why: dict[int, Match] = {}
    spans: dict[int, list[tuple[str, int, tuple[str, ...]]]] = {}
    dated: set[int] = set()
    found = {phrase: _phrase_hits(index, phrase, memo) for phrase in clause.alternatives}
    # The words as typed are one term in two languages: a record has them if it has either
    # (an English name kept in the Spanish text is no rarer than in the English).
    typed = len({doc for phrase in clause.typed for doc in found.get(phrase, ())})
    for phrase, hits in found.items():
        for doc, fields in hits.items():
            score = _score(index, doc, fields, typed if phrase in clause.typed else len(hits))
            if phrase[0].startswith(_DATE):
                score *= _DATE_BOOST
                dated.add(doc)
            best = max(fields, key=lambda name: _WEIGHTS[name])
            reason = Match(clause.label, *_how(clause, phrase, best))
            if doc not in why or _HOWS.index(reason.how) < _HOWS.index(why[doc].how):
                why[doc] = reason  # the most direct reason, not the best-scoring one
            scores[doc] = max(score, scores.get(doc, 0.0))
            spans.setdefault(doc, []).extend(
                (name, start, phrase) for name, starts in fields.items() for start in starts
            )
    weakest = min(scores.values(), default=0.0)
    typed_too = set(clause.typed)
    for parts in clause.separately:  # the words apart, ranked below the name they spell
        each = [_match(index, part, memo) for part in parts]
        for doc in set.intersection(*(set(f.scores) for f in each)) - scores.keys():
            scores[doc] = _APART * sum(f.scores[doc] for f in each)
            why[doc] = min((f.why[doc] for f in each), key=lambda m: _HOWS.index(m.how))._replace(word=clause.label)
            if apart := [span for f in each for span in f.spans.get(doc, ())]:
                spans[doc] = apart
        typed_too.update(phrase for f in each for phrase in f.typed)
    for number in clause.concepts:
        concept = index.concepts[number]
        for rank, (doc, _) in enumerate(concept.links):
            if doc in scores:
                continue
            share = (_CONCEPT_SHARE * weakest if weakest else _CONCEPT_SCORE) * (1 - 0.05 * min(rank, 10))
            scores[doc] = share
            why[doc] = Match(clause.label, "concepts", "concept", concept.id)
    return _Found(scores, why, spans, frozenset(dated), frozenset(typed_too))


def search(statement: "Statement | None", query: str, *, kinds: Sequence[str] = (), limit: int = 10) -> list[Hit]:
    """Return the records matching `query`, best first (see `find`)."""
    return find(statement, query, kinds=kinds, limit=limit).hits


def find(statement: "Statement | None", query: str, *, kinds: Sequence[str] = (), limit: int = 10) -> Result:
    """Return the records of `statement` (None: the bundled dataset) matching every word,
    phrase or date of `query`, best first; or, when none does, those matching most of
    them (`Result.partial`); or, when none matches any and one correction is clearly
    best, the results for it.

    Ties keep dataset order. Raises InvalidArgumentError for an empty, over-long or
    stop-words-only query, one with only exclusions, an unknown kind or a limit below 1.
    """
    _check(query, kinds, limit)
    result = _find(build_index(statement), query, kinds, limit)
    if language() != "es" or not result.hits:
        return result
    if statement is None or statement.bundled:  # the Spanish titles, found ahead of time
        from ._bundled_index import TITLES_ES

        titles = [TITLES_ES.get(hit.id, hit.title) for hit in result.hits]
    else:
        from ._overlay import spanish_of

        texts = spanish_of(statement)
        titles = [spanish_title(hit.kind, hit.id, hit.title, texts) for hit in result.hits]
    return result._replace(
        hits=[
            hit._replace(title=_paragraph_title(hit) or title) for hit, title in zip(result.hits, titles, strict=True)
        ]
    )


_TABLES = {"person": "people", "glossary": "glossary", "statement": "statement"}
"""The table of each kind whose name is not the kind's plural (`_overlay.Texts`)."""


def _paragraph_title(hit: Hit) -> str:
    """Return a paragraph's title in the interface's language (the model's 'Paragraph N'), or ''."""
    if hit.kind != "paragraph":
        return ""
    return _t("Paragraph {number}").format(number=hit.title.removeprefix("Paragraph "))


def spanish_title(kind: str, ident: str, title: str, texts: "Texts") -> str:
    """Return a record's title as the Spanish edition gives it (its English where it has
    none), from its kind, id and English title; for the generated index's TITLES_ES too."""
    fields = texts.get(_TABLES.get(kind, kind + "s"), {}).get(ident, {})
    if kind == "glossary" and "expansion" in fields:  # the term, as GlossaryEntry.title joins them
        term = title.split(": ", 1)[0]
        return term if term == fields["expansion"] else f"{term}: {fields['expansion']}"
    return str(fields.get("title", title))


def _find(index: Index, query: str, kinds: Sequence[str], limit: int, correct: bool = True) -> Result:
    parsed = _parse(query, index)
    if not parsed.clauses:
        if parsed.ignored:
            words = ", ".join(dict.fromkeys(w.casefold() for w in parsed.ignored))
            message = _t(
                "{query!r} has only common words ({words}), which search ignores;"
                " put them in quotes to search for them as a phrase, e.g. '\"of the\"'"
            )
            raise InvalidArgumentError(message.format(query=query.strip(), words=words))
        if parsed.excluded:
            raise InvalidArgumentError(_t("the search query only excludes words; give a word to search for too"))
        return Result([])
    memo: dict[str, _Occurrences] = {}
    found = [_match(index, clause, memo) for clause in parsed.clauses]
    barred: set[int] = set()
    for clause in parsed.excluded:
        for phrase in clause.alternatives:
            barred.update(_phrase_hits(index, phrase, memo))
    wanted = set(kinds)
    allowed = [d for d in range(len(index.docs)) if d not in barred and (not wanted or index.docs[d].kind in wanted)]
    # The later editorial layers (developments, corrections) are found only where they
    # match every word; they rank with the rest, by score (their kind boost is lower).
    own = [d for d in allowed if index.docs[d].kind not in _LATER]
    later = [d for d in allowed if index.docs[d].kind in _LATER and all(d in f.scores for f in found)]
    full = [d for d in own if all(d in f.scores for f in found)]
    unmatched = tuple(c.label for c, f in zip(parsed.clauses, found, strict=True) if not f.scores)
    partial = not full and len(found) > 1
    # Partial matches are shown when the best of them matches at least half of the words.
    some = {d: sum(d in f.scores for f in found) for d in own} if partial else {}
    best = max(some.values(), default=0)
    chosen = full or ([d for d, n in some.items() if n] if 2 * best >= len(found) else [])
    partial = partial and bool(chosen)
    if not chosen and not later:
        if correct and not any(f.scores for f in found):
            return _corrected(index, query, kinds, limit)
        return Result([], unmatched=unmatched)
    near = _adjacency(index, parsed.clauses, memo)
    # A partial match scores the share of the query's words it has (BM25's coordination).
    share = {d: sum(d in f.scores for f in found) / len(found) for d in chosen + later}
    scores = {
        d: sum(f.scores.get(d, 0.0) for f in found) * _KIND_BOOST.get(index.docs[d].kind, 1.0) * near.get(d, 1.0) * s
        for d, s in share.items()
    }
    if not partial:
        _rank_dated_first(scores, found)
    ranked = sorted(scores, key=lambda d: (-_shown(scores[d]), index.docs[d].order))
    hits = [_hit(index, d, scores[d], found, memo) for d in ranked[:limit]]
    return Result(hits, partial=partial, unmatched=unmatched if partial else ())


def _rank_dated_first(scores: dict[int, float], found: Sequence[_Found]) -> None:
    """Add to the score of each record dated in a year or on a date the query names the
    best score of the records that only mention it, so that it ranks above all of them
    (called for full matches only: in a partial one, the records a dated one would
    outrank need not mention the date at all)."""
    dated = {d for f in found for d in f.dated if d in scores}
    bonus = max((score for d, score in scores.items() if d not in dated), default=0.0)
    for d in dated:
        scores[d] += bonus


def _shown(score: float) -> float:
    """Return a score as a hit shows it (and as results are sorted by): 4 decimals."""
    return round(score, 4)


def _adjacency(index: Index, clauses: Sequence[_Clause], memo: dict[str, _Occurrences]) -> dict[int, float]:
    """Return, per doc, a bonus for each pair of consecutive query words that stand side
    by side in it as typed ('first country' in "the first country")."""
    bonus: dict[int, float] = {}
    for left, right in zip(clauses, clauses[1:], strict=False):  # each word with the next
        pairs = {a + b for a in left.typed for b in right.typed}
        docs = {doc for pair in pairs for doc in _phrase_hits(index, pair, memo)}
        for doc in docs:
            bonus[doc] = bonus.get(doc, 1.0) * _ADJACENT
    return bonus


def _corrected(index: Index, query: str, kinds: Sequence[str], limit: int) -> Result:
    """Search the clearly best correction of a query that matched nothing, or suggest."""
    known = set(index.postings)
    vocabulary = index.vocabulary.split()
    replacements: dict[str, str] = {}
    found: list[str] = []
    clear = True
    for word in _words(query):
        if word in STOP_WORDS or stems([word])[0] in known or stems_es([word])[0] in known:
            continue
        close = _close(word, vocabulary)
        for candidate, _ in close[:3]:
            if stems([candidate])[0] not in {stems([f])[0] for f in found}:  # not 'mineral, minerals'
                found.append(candidate)
        if close and (len(close) == 1 or close[0][1] - close[1][1] >= _CLEARLY_BEST):
            replacements[word] = close[0][0]
        else:
            clear = False
    suggestions = tuple(found[:3])
    if clear and replacements:
        fixed = _respelled(query, replacements)
        result = _find(index, fixed, kinds, limit, correct=False)
        if result.hits:
            return result._replace(corrected=fixed)
    return Result([], unmatched=(), suggestions=suggestions)


def _respelled(query: str, replacements: Mapping[str, str]) -> str:
    """Return the query with each misspelled word replaced where it stands: its operators
    (-exclusions, OR, "phrases", prefix*) and its other words stay as typed."""

    def part(match: "re.Match[str]") -> str:
        return replacements.get(fold(match.group()), match.group())

    return WORD.sub(lambda word: PART.sub(part, word.group()), query)


def _close(word: str, vocabulary: Sequence[str]) -> list[tuple[str, float]]:
    """Return the dataset's words close to `word`, closest first, with their likeness."""
    import difflib

    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in vocabulary:
        if candidate in STOP_WORDS:
            continue
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75 and matcher.ratio() >= 0.75:
            scored.append((candidate, matcher.ratio()))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    distinct: list[tuple[str, float]] = []
    for candidate, ratio in scored:  # 'mineral' and 'minerals' are one suggestion
        if stems([candidate])[0] not in {stems([c])[0] for c, _ in distinct}:
            distinct.append((candidate, ratio))
    return distinct


def _check(query: str, kinds: Sequence[str], limit: int) -> None:
    if not query.strip():
        raise InvalidArgumentError(_t("the search query is empty; give a word, an acronym or a quoted phrase"))
    if len(query) > MAX_QUERY:
        message = _t("the search query is {length} characters long; the limit is {limit}")
        raise InvalidArgumentError(message.format(length=len(query), limit=MAX_QUERY))
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        message = _t("{problem}; choose from: {choices}").format(
            problem=_unknown("kind", unknown[0]), choices=", ".join(KINDS)
        )
        raise InvalidArgumentError(message)
    if limit < 1:
        raise InvalidArgumentError(_t("--limit must be 1 or more, not {limit}").format(limit=limit))


# --- snippets -----------------------------------------------------------------------


def _hit(index: Index, doc_number: int, score: float, found: Sequence[_Found], memo: dict[str, _Occurrences]) -> Hit:
    doc = index.docs[doc_number]
    matched = tuple(f.why[doc_number] for f in found if doc_number in f.why)
    spans = [span for f in found for span in f.spans.get(doc_number, ())]
    if not spans:  # matched through concepts only: say which, and why the record belongs
        via = next(m.via for m in matched if m.how == "concept")
        concept = next(c for c in index.concepts if c.id == via)
        reason = next(r for d, r in concept.links if d == doc_number)
        text = f"{concept.title}: {reason}"
        snippet, highlights = _window(text, [(0, len(concept.title))])
        return Hit(doc.id, doc.kind, doc.title, _shown(score), snippet, highlights, matched)
    fields = {f.name: f for f in doc.fields}
    typed = {span[0] for f in found for span in f.spans.get(doc_number, ()) if span[2] in f.typed}
    name = min(typed or {s[0] for s in spans}, key=_snippet_order().index)  # a field with a word as typed first
    field = fields[name]
    ranges: dict[tuple[int, int], bool] = {}  # range -> whether its phrase is as typed
    for field_name, start, phrase in spans:
        if field_name != name:
            continue
        covered = [_unpack(index, term, memo)[(doc_number, name)][start + i] for i, term in enumerate(phrase)]
        span = (min(s for s, _ in covered), max(e for _, e in covered))
        ranges[span] = ranges.get(span, False) or any(phrase in f.typed for f in found)
    if name in typed:  # a synonym's words only where they hold words as typed ('Artemis Accords')
        kept = [r for r, as_typed in ranges.items() if as_typed]
        ranges = {r: t for r, t in ranges.items() if t or any(r[0] <= k[0] and k[1] <= r[1] for k in kept)}
    snippet, highlights = _window(field.text, sorted(ranges))
    return Hit(doc.id, doc.kind, doc.title, _shown(score), snippet, highlights, matched)


_ORDER_EN = ("text", "other", "title", "names", "notes", "id", "kind", "date")
_ORDER_ES = ("text_es", "other_es", "title_es", "notes_es")


def _snippet_order() -> tuple[str, ...]:
    """Return the fields a snippet is taken from, the first that matched first: the
    interface's language first (Spanish only where no English matched, in English)."""
    return _ORDER_ES + _ORDER_EN if language() == "es" else _ORDER_EN + _ORDER_ES


def _window(text: str, ranges: Sequence[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return about _SNIPPET characters of text around the first range, and the ranges in it."""
    first = ranges[0][0] if ranges else 0
    start = 0 if len(text) <= _SNIPPET else max(0, first - _SNIPPET // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + _SNIPPET)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    kept = _merge([(s + shift, e + shift) for s, e in ranges if s >= start and e <= end])
    return prefix + text[start:end] + suffix, tuple(kept)


def _merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- suggestions --------------------------------------------------------------------


def suggestions(statement: "Statement | None", query: str, limit: int = 3) -> tuple[str, ...]:
    """Return up to `limit` words of the dataset close to the query's unknown words."""
    index = build_index(statement)
    known = set(index.postings)
    vocabulary = index.vocabulary.split()
    found: list[str] = []
    for word in _words(query):
        if word in STOP_WORDS or stems([word])[0] in known or stems_es([word])[0] in known:
            continue
        for close, _ in _close(word, vocabulary)[:limit]:
            if stems([close])[0] not in {stems([f])[0] for f in found}:  # not 'mineral, minerals'
                found.append(close)
    return tuple(found[:limit])


def _words(query: str) -> Iterator[str]:
    for match in WORD.finditer(query):
        yield from (p for p in JOINERS.split(fold(match.group())) if p)
