"""Full-text search over every record: tokenizer, index, BM25F ranking, snippets.

A pure function of (statement, query): `search` returns ranked `Hit`s and never
prints. Words are case- and accent-folded and stemmed with the Snowball English
stemmer (PyStemmer); hyphenated and dotted forms are indexed as their parts and as
one joined word. Glossary entries and record aliases make official names, acronyms
and expansions find each other. Imported only by `usperu search`.
"""

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from ._errors import InvalidArgumentError
from ._model import FIELDS, KINDS, Item, Note, Record, Statement
from ._tokens import JOINERS, PART, WORD, Token, fold, is_joined, stems, tokenize

__all__ = ["MAX_QUERY", "Hit", "Index", "build_index", "search", "suggestions"]

MAX_QUERY = 500
"""Queries longer than this many characters are refused."""

_QUOTED = re.compile(r'"([^"]*)"?')

# Field weights (BM25F): a hit in a title or name counts more than one in a quote,
# which counts more than one in an editorial note.
_WEIGHTS = {"title": 3.0, "names": 2.5, "id": 2.5, "text": 1.0, "other": 0.8, "kind": 0.8, "notes": 0.4}
# A key achievement outranks the paragraph that merely contains it.
_KIND_BOOST = {
    "achievement": 1.5,
    "commitment": 1.35,
    "glossary": 1.3,
    "person": 1.3,
    "session": 1.25,
    "event": 1.1,
    "development": 0.8,
    "correction": 0.9,
    "statement": 1.0,
    "paragraph": 0.6,
}
# Words that name a kind of record, so that "session education" finds the session.
_KIND_WORDS = {
    "achievement": "key achievement accomplishment",
    "commitment": "further commitment",
    "session": "breakout session",
    "person": "participant leader delegation",
    "event": "date event timeline",
    "development": "later development since",
    "correction": "correction official wording",
    "glossary": "glossary acronym initiative",
    "paragraph": "paragraph text",
    "statement": "joint statement",
}
_FIELDS = tuple(_WEIGHTS)
_K1, _B = 1.2, 0.75
_GAP = 50  # position gap between the separate strings of one field (no phrase spans two)
_SNIPPET = 160


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


class Hit(NamedTuple):
    """A search result: the record, its score, and a snippet with the matched spans."""

    id: str
    kind: str
    title: str
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]


class Index(NamedTuple):
    """The records, the postings and the statistics BM25F needs.

    `postings` maps a term to its occurrences, five integers each: doc, field (an
    index into _FIELDS), position, start, end. Flat tuples of integers are what the
    generated module of the bundled index holds (`usperu._bundled_index`): Python
    stores them as constants in its bytecode cache, and only the query's terms are
    unpacked.
    """

    docs: tuple[Doc, ...]
    postings: dict[str, tuple[int, ...]]
    average_length: dict[str, float]
    synonyms: tuple[tuple[tuple[str, ...], ...], ...]


# (doc, field) -> {position: (start, end)}: the unpacked occurrences of one term.
_Occurrences = dict[tuple[int, str], dict[int, tuple[int, int]]]


# --- index --------------------------------------------------------------------------


def _field(name: str, texts: Iterable[str]) -> tuple[Field, list[Token]] | None:
    """Return a field made of several strings, and its tokens (offsets in the joined text)."""
    kept = [t for t in texts if t]
    if not kept:
        return None
    tokens: list[Token] = []
    offset = 0
    position = 0
    for text in kept:
        for term, at, start, end in tokenize(text, position):
            tokens.append(Token(term, at, start + offset, end + offset))
        position = (tokens[-1].position if tokens else position) + _GAP
        offset += len(text) + 3
    return Field(name, " · ".join(kept), len({t.position for t in tokens})), tokens


def _texts(record: Record) -> dict[str, list[str]]:
    """Return the searchable strings of a record, by search field (see `_model`)."""
    texts: dict[str, list[str]] = {}
    values: tuple[Any, ...] = tuple(record)
    for name, value in zip(record._fields, values, strict=True):
        field = FIELDS[name].search
        if not field:
            continue
        strings = value if isinstance(value, tuple) else (value,)
        texts.setdefault(field, []).extend(s.text if isinstance(s, Note) else s for s in strings)
    if isinstance(record, Item):  # topics are slugs: "critical-minerals" reads as two words
        texts["other"] = [t.replace("-", " ") for t in texts.get("other", ())]
    return texts


def _doc(record: Record, order: int) -> tuple[Doc, list[tuple[Field, list[Token]]]]:
    texts = _texts(record)
    if record.kind != "paragraph":  # ids are names too: "bicentennial", "artemis accords"
        texts["id"] = [record.id]
    texts["kind"] = [_KIND_WORDS.get(record.kind, record.kind)]
    fields = [f for f in (_field(name, strings) for name, strings in texts.items()) if f is not None]
    return Doc(record.id, record.kind, record.title, order, tuple(f for f, _ in fields)), fields


def build_index(statement: Statement) -> Index:
    """Return the search index of every record of the statement.

    The bundled dataset's index is generated ahead of time (`usperu._bundled_index`,
    kept in step with the data and this code by a test); any other is built here.
    """
    if statement.bundled:
        from . import _bundled_index as bundled

        return Index(bundled.DOCS, bundled.POSTINGS, bundled.AVERAGE_LENGTH, bundled.SYNONYMS)
    return _build_index(statement)


def _build_index(statement: Statement) -> Index:
    built = [_doc(record, order) for order, record in enumerate(statement.records())]
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
    postings = {term: tuple(values) for term, values in collecting.items()}
    average = {name: totals[name] / counts[name] if counts[name] else 1.0 for name in _WEIGHTS}
    return Index(tuple(doc for doc, _ in built), postings, average, _synonyms(statement))


def _unpack(index: Index, term: str, memo: dict[str, _Occurrences]) -> _Occurrences:
    """Return a term's occurrences, unpacked once per search."""
    if term not in memo:
        values = index.postings.get(term, ())
        found: _Occurrences = {}
        for at in range(0, len(values), 5):
            doc, code, position, start, end = values[at : at + 5]
            found.setdefault((doc, _FIELDS[code]), {})[position] = (start, end)
        memo[term] = found
    return memo[term]


def _synonyms(statement: Statement) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Return groups of equivalent names (as stem sequences): a glossary term, its
    expansion and aliases; and each record's correct and quoted names."""
    groups: list[list[str]] = [[g.term, g.expansion, *g.aliases] for g in statement.glossary]
    groups += [[p.name, p.quoted_name] for p in statement.people]
    result = []
    for names in groups:
        phrases = {tuple(t.term for t in tokenize(name) if not is_joined(t, name)) for name in names}
        result.append(tuple(sorted(p for p in phrases if p)))
    return tuple(tuple(group) for group in result)


def _vocabulary(docs: Sequence[Doc]) -> list[str]:
    """Return the dataset's words (folded, not stemmed), for 'did you mean'."""
    words = {
        fold(part.group())
        for doc in docs
        for field in doc.fields
        for word in WORD.finditer(field.text)
        for part in PART.finditer(word.group())
    }
    return sorted(w for w in words if len(w) >= 3 and w.isalpha())


# --- queries ------------------------------------------------------------------------


class _Clause(NamedTuple):
    """Something every result must contain: any one of its alternative phrases."""

    alternatives: tuple[tuple[str, ...], ...]


def _clauses(query: str, index: Index) -> list[_Clause]:
    clauses: list[_Clause] = []
    rest = _QUOTED.sub(" ", query)
    for phrase in _QUOTED.findall(query):
        terms = tuple(t.term for t in tokenize(phrase) if not is_joined(t, phrase))
        if terms:
            clauses.append(_Clause((terms,)))
    words = [match.group() for match in WORD.finditer(rest)]
    clauses += _word_clauses(words, index)
    return clauses


def _word_clauses(words: Sequence[str], index: Index) -> list[_Clause]:
    """Turn words into clauses, joining runs that spell a known name into one clause
    whose alternatives are all of that name's synonyms."""
    stems = [tuple(t.term for t in tokenize(w) if not is_joined(t, w)) for w in words]
    joined = [tuple(t.term for t in tokenize(w) if is_joined(t, w)) for w in words]
    clauses: list[_Clause] = []
    at = 0
    while at < len(words):
        group, length = _longest_synonym(stems, at, index)
        if group:
            clauses.append(_Clause(group))
            at += length
            continue
        alternatives = [stems[at], *((j,) for j in joined[at])]
        if stems[at]:
            clauses.append(_Clause(tuple(alternatives)))
        at += 1
    return clauses


def _longest_synonym(
    stems: Sequence[tuple[str, ...]], at: int, index: Index
) -> tuple[tuple[tuple[str, ...], ...], int]:
    for length in range(min(len(stems) - at, 8), 0, -1):
        phrase = tuple(term for word in stems[at : at + length] for term in word)
        for group in index.synonyms:
            if phrase in group:
                return group, length
    return (), 0


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


def search(statement: Statement, query: str, *, kinds: Sequence[str] = (), limit: int = 10) -> list[Hit]:
    """Return the records matching every word or quoted phrase of `query`, best first.

    Ties keep dataset order. Raises InvalidArgumentError for an empty or over-long
    query, an unknown kind or a limit below 1.
    """
    _check(query, kinds, limit)
    index = build_index(statement)
    clauses = _clauses(query, index)
    if not clauses:
        return []
    scores: dict[int, float] = {}
    matched: dict[int, list[tuple[str, int, tuple[str, ...]]]] = {}
    memo: dict[str, _Occurrences] = {}
    for number, clause in enumerate(clauses):
        best: dict[int, float] = {}
        for phrase in clause.alternatives:
            hits = _phrase_hits(index, phrase, memo)
            for doc, fields in hits.items():
                best[doc] = max(best.get(doc, 0.0), _score(index, doc, fields, len(hits)))
                spans = matched.setdefault(doc, [])
                spans += [(name, start, phrase) for name, starts in fields.items() for start in starts]
        scores = best if number == 0 else {d: s + best[d] for d, s in scores.items() if d in best}
    wanted = set(kinds)
    ranked = sorted(
        (d for d in scores if not wanted or index.docs[d].kind in wanted),
        key=lambda d: (-scores[d] * _KIND_BOOST[index.docs[d].kind], index.docs[d].order),
    )
    return [_hit(index, d, scores[d] * _KIND_BOOST[index.docs[d].kind], matched[d], memo) for d in ranked[:limit]]


def _check(query: str, kinds: Sequence[str], limit: int) -> None:
    if not query.strip():
        raise InvalidArgumentError("the search query is empty; give a word, an acronym or a quoted phrase")
    if len(query) > MAX_QUERY:
        raise InvalidArgumentError(f"the search query is {len(query)} characters long; the limit is {MAX_QUERY}")
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise InvalidArgumentError(f"unknown kind {unknown[0]!r}; choose from: {', '.join(KINDS)}")
    if limit < 1:
        raise InvalidArgumentError(f"--limit must be 1 or more, not {limit}")


# --- snippets -----------------------------------------------------------------------


def _hit(
    index: Index,
    doc_number: int,
    score: float,
    spans: list[tuple[str, int, tuple[str, ...]]],
    memo: dict[str, _Occurrences],
) -> Hit:
    doc = index.docs[doc_number]
    fields = {f.name: f for f in doc.fields}
    order = ["text", "other", "title", "names", "notes", "id", "kind"]
    name = min((s[0] for s in spans), key=order.index)
    field = fields[name]
    ranges = []
    for field_name, start, phrase in spans:
        if field_name != name:
            continue
        covered = [_unpack(index, term, memo)[(doc_number, name)][start + i] for i, term in enumerate(phrase)]
        ranges.append((min(s for s, _ in covered), max(e for _, e in covered)))
    snippet, highlights = _window(field.text, sorted(set(ranges)))
    return Hit(doc.id, doc.kind, doc.title, round(score, 4), snippet, highlights)


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


def suggestions(statement: Statement, query: str, limit: int = 3) -> tuple[str, ...]:
    """Return up to `limit` words of the dataset close to the query's unknown words."""
    import difflib

    index = build_index(statement)
    known = set(index.postings)
    vocabulary = _vocabulary(index.docs)
    found: list[str] = []
    for word in _words(query):
        if stems([word])[0] in known:
            continue
        for close in difflib.get_close_matches(word, vocabulary, n=limit, cutoff=0.75):
            if stems([close])[0] not in {stems([f])[0] for f in found}:  # not 'mineral, minerals'
                found.append(close)
    return tuple(found[:limit])


def _words(query: str) -> Iterator[str]:
    for match in WORD.finditer(query):
        yield from (p for p in JOINERS.split(fold(match.group())) if p)
