"""Words for search: case and accent folding, Snowball stemming, hyphenated forms.

`tokenize` turns text into `Token`s: each word's folded stem, its position (for
phrases) and its characters (for highlighting). "anti-satellite", "U.S." and
"Peru’s" give their parts and also the joined word, at the first part's position.
Spanish text (`spanish=True`) is stemmed with the Snowball Spanish stemmer and its
terms carry the prefix `SPANISH` ("~"), so that the two languages never collide:
"minerales" -> "~mineral", while English "minerals" -> "miner".
"""

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ._namedtuple import NamedTuple

if TYPE_CHECKING:
    import Stemmer

__all__ = [
    "JOINERS",
    "PART",
    "SPANISH",
    "WORD",
    "Token",
    "fold",
    "is_joined",
    "known_stems",
    "remember",
    "stems",
    "stems_es",
    "tokenize",
]

SPANISH = "~"
"""The prefix of terms stemmed as Spanish."""

# A word: letters and digits, possibly joined by hyphens, dots or apostrophes
# ("anti-satellite", "U.S", "Peru’s"). The curly apostrophes are matched apart from the
# ASCII joiners, each pattern meaning `[-.'’‘]` (JOINERS), `[^-.'’‘]` (PART): one class
# of more than two runs of characters, one beyond Latin-1, makes Python's regex compiler
# build and slice a 64K-character map, ~1.2M instructions a pattern at every start-up.
# (`[-.']|[’‘]` would not do: the parser merges it back into one class.)
WORD = re.compile(r"[^\W_]+(?:(?:[-.']|(?=[’‘]).)[^\W_]+)*")
JOINERS = re.compile(r"[-.']|(?=[’‘]).")
PART = re.compile(r"(?:(?![’‘])[^-.'])+")


class Token(NamedTuple):
    """One indexed word: its folded stem, where it stands in its field, its characters."""

    term: str
    position: int
    start: int
    end: int


@lru_cache(maxsize=1)
def _stemmer() -> "Stemmer.Stemmer":
    import Stemmer  # only for a word whose stem is not known yet (see `remember`)

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def _spanish_stemmer() -> "Stemmer.Stemmer":  # created on first use: ~2 µs, not at import
    import Stemmer

    return Stemmer.Stemmer("spanish")


def fold(word: str) -> str:
    """Return a word case-folded and without accents: 'Perú' -> 'peru'."""
    if word.isascii():
        return word.lower()
    import unicodedata  # only for words with accents or other non-ASCII letters

    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_STEMS: dict[str, str] = {}
_KNOWN: list[str] = []
"""Strings of English 'word stem' pairs given to `remember`, each between spaces."""


def stems(words: Sequence[str]) -> list[str]:
    """Return the stems of folded words (each distinct word is stemmed once per run)."""
    new = [w for w in dict.fromkeys(words) if w not in _STEMS and not _recall(w, _KNOWN, _STEMS)]
    if new:
        _STEMS.update(zip(new, _stemmer().stemWords(new), strict=True))
    return [_STEMS[w] for w in words]


_STEMS_ES: dict[str, str] = {}
_KNOWN_ES: list[str] = []
"""Strings of Spanish 'word term' pairs given to `remember`, each between spaces."""


def known_stems(words: Sequence[str]) -> tuple[str, str]:
    """Return the English and the Spanish stems of folded words as two strings of
    'word stem' pairs, for `remember` (the generated index stores the dataset's)."""
    english = stems(words)
    spanish = stems_es(words)
    pairs = zip(words, english, spanish, strict=True)
    rows = [(f"{w} {en}", f"{w} {es}") for w, en, es in pairs if " " not in w]
    return " ".join(en for en, _ in rows), " ".join(es for _, es in rows)


def remember(english: str, spanish: str) -> None:
    """Take stems computed ahead of time (see `known_stems`), so that a query made of
    the dataset's words needs no stemmer: importing PyStemmer cost ~0.6 ms a run.

    The pairs are kept as the strings they come in and a word is looked up in them when
    it is first stemmed (`_recall`): splitting them into a dict cost ~4.7M instructions
    a run, for the few words a query has."""
    _KNOWN.append(f" {english} ")
    _KNOWN_ES.append(f" {spanish} ")


def _recall(word: str, known: list[str], found: dict[str, str]) -> bool:
    """Look a word up in remembered pairs; if there, put its stem in `found`, return True."""
    if " " in word:  # never a word of the pairs (see `known_stems`), though folding can make one
        return False
    key = f" {word} "
    for pairs in known:
        at = pairs.find(key)
        while at >= 0:
            if pairs.count(" ", 0, at) % 2 == 0:  # an even number of words and stems before: a word
                start = at + len(key)
                found[word] = pairs[start : pairs.index(" ", start)]
                return True
            at = pairs.find(key, at + 1)
    return False


def stems_es(words: Sequence[str]) -> list[str]:
    """Return the Spanish terms of folded words: `SPANISH` + the Snowball Spanish stem."""
    new = [w for w in dict.fromkeys(words) if w not in _STEMS_ES and not _recall(w, _KNOWN_ES, _STEMS_ES)]
    if new:
        _STEMS_ES.update(zip(new, (SPANISH + s for s in _spanish_stemmer().stemWords(new)), strict=True))
    return [_STEMS_ES[w] for w in words]


def tokenize(text: str, first_position: int = 0, *, spanish: bool = False) -> list[Token]:
    """Return the tokens of a text: each word's parts, and hyphenated forms also joined."""
    spans: list[tuple[str, int, int, int]] = []  # (folded word, position, start, end)
    position = first_position
    for match in WORD.finditer(text):
        parts = [(match.start() + m.start(), match.start() + m.end()) for m in PART.finditer(match.group())]
        for index, (start, end) in enumerate(parts):
            spans.append((fold(text[start:end]), position + index, start, end))
        if len(parts) > 1:
            joined = "".join(text[start:end] for start, end in parts)
            spans.append((fold(joined), position, match.start(), match.end()))
        position += len(parts)
    spans = [span for span in spans if span[0]]
    terms = (stems_es if spanish else stems)([word for word, _, _, _ in spans])
    return [Token(term, pos, start, end) for term, (_, pos, start, end) in zip(terms, spans, strict=True)]


def is_joined(token: Token, text: str) -> bool:
    """Return whether a token is the joined form of a hyphenated or dotted word."""
    return bool(JOINERS.search(text[token.start : token.end]))
