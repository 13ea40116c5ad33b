"""`_namedtuple.NamedTuple` behaves as `typing.NamedTuple` does, on every supported Python.

Each test defines the same class twice, once on each base, and compares what they do;
the start-up cuts that came with it (`_tokens`' patterns, looked-up stems, `fit`)
are compared with what they replaced.
"""

import copy
import datetime as dt
import io
import pickle
import re
import typing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usperu import _namedtuple, _tokens
from usperu._output import fit


def _classes(base: Any) -> tuple[Any, Any]:
    """Return a record with defaults, a property and a method, and a small one, on `base`."""

    class Note(base):  # type: ignore[misc]
        """A note."""

        @property
        def kind(self) -> str:
            """Always 'note'."""
            return "note"

        text: str
        date: dt.date
        refs: tuple[str, ...]
        claim: str = ""
        """Its claim."""
        sources: tuple[str, ...] = ()

        def shout(self) -> str:
            return self.text.upper()

    class Pair(base):  # type: ignore[misc]
        left: int
        right: int

    return Note, Pair


OURS, THEIRS = _classes(_namedtuple.NamedTuple), _classes(typing.NamedTuple)
DAY = dt.date(2024, 5, 9)


@pytest.mark.parametrize("attribute", ["_fields", "_field_defaults", "__match_args__", "__doc__", "__name__"])
def test_the_class_says_what_typing_s_says(attribute: str) -> None:
    assert getattr(OURS[0], attribute) == getattr(THEIRS[0], attribute)
    assert getattr(OURS[1], attribute) == getattr(THEIRS[1], attribute)


def test_type_hints_are_the_fields_only() -> None:
    assert typing.get_type_hints(OURS[0]) == typing.get_type_hints(THEIRS[0])
    assert list(typing.get_type_hints(OURS[1])) == ["left", "right"]


CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    (("a", DAY, ("x",)), {}),
    (("a", DAY, ("x",), "c", ("s",)), {}),
    (("a",), {"refs": (), "date": DAY}),
    ((), {"text": "a", "date": DAY, "refs": (), "sources": ("s",)}),
    (("a", DAY), {"refs": (), "claim": "c"}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_an_instance_is_the_same_tuple_with_the_same_fields_and_repr(args: Any, kwargs: dict[str, Any]) -> None:
    ours: Any = OURS[0](*args, **kwargs)
    theirs: Any = THEIRS[0](*args, **kwargs)
    assert ours == theirs and tuple(ours) == tuple(theirs) and hash(ours) == hash(theirs)
    assert issubclass(type(ours), tuple)
    assert repr(ours) == repr(theirs)
    assert [getattr(ours, f) for f in ours._fields] == [getattr(theirs, f) for f in theirs._fields]
    assert ours.kind == "note" and ours.shout() == theirs.shout()
    assert ours._asdict() == theirs._asdict() and type(ours._asdict()) is dict
    assert ours._replace(claim="z", refs=("y",)) == theirs._replace(claim="z", refs=("y",))
    assert type(ours._replace(claim="z")) is OURS[0]
    assert OURS[0]._make(list(ours)) == ours and type(OURS[0]._make(ours)) is OURS[0]


def test_an_instance_is_immutable_and_has_no_dict() -> None:
    note = OURS[0]("a", DAY, ())
    with pytest.raises(AttributeError):
        note.text = "b"
    with pytest.raises(AttributeError):
        note.other = 1
    assert not hasattr(note, "__dict__")
    assert OURS[0].__slots__ == () and OURS[1].__slots__ == ()


def test_it_pickles_and_copies() -> None:
    from usperu._model import Note, Source

    for record in (Note("a", "b", "high"), Source("p", "t", "u", DAY)):
        for made in (pickle.loads(pickle.dumps(record)), copy.copy(record), copy.deepcopy(record)):
            assert made == record and type(made) is type(record)


def test_it_matches_by_position_and_by_keyword() -> None:
    pair = OURS[1]
    match pair(1, 2):
        case pair(1, right=r):
            assert r == 2
        case _:
            pytest.fail("no match")


BAD_CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((), {}),  # nothing
    (("a", DAY), {}),  # a required field missing
    (("a", DAY, (), "c", (), "extra"), {}),  # too many
    (("a", DAY, ()), {"nope": 1}),  # an unknown keyword
    (("a", DAY, ()), {"text": "b"}),  # a field given twice
    (("a",), {"date": DAY}),  # a required field missing after keywords
]


@pytest.mark.parametrize(("args", "kwargs"), BAD_CALLS)
def test_a_wrong_call_is_a_type_error_as_with_typing(args: Any, kwargs: dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        THEIRS[0](*args, **kwargs)
    with pytest.raises(TypeError):
        OURS[0](*args, **kwargs)


def test_wrong_make_and_replace_are_errors_as_with_typing() -> None:
    for note_class in (OURS[0], THEIRS[0]):
        with pytest.raises(TypeError):
            note_class._make(("a", DAY))
        with pytest.raises((TypeError, ValueError)):
            note_class("a", DAY, ())._replace(nope=1)


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError):

        class Broken(_namedtuple.NamedTuple):
            first: str = ""
            second: str  # type: ignore[misc]


def test_a_named_tuple_cannot_derive_from_another() -> None:
    with pytest.raises(TypeError):

        class Derived(OURS[1]):  # type: ignore[misc, valid-type]
            third: int


# --- the cuts in _tokens and _output, against what they replaced -------------------

ORIGINAL_WORD = re.compile(r"[^\W_]+(?:[-.'’‘][^\W_]+)*")
ORIGINAL_JOINERS = re.compile(r"[-.'’‘]")
ORIGINAL_PART = re.compile(r"[^-.'’‘]+")
TEXT = st.text(alphabet=st.sampled_from("aZé9_ -.'’‘\n\u201c\u2018x"), max_size=40)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@given(TEXT)
@settings(max_examples=400, deadline=None)
def test_the_word_patterns_match_what_one_class_of_joiners_matched(text: str) -> None:
    assert _spans(_tokens.WORD, text) == _spans(ORIGINAL_WORD, text)
    assert _spans(_tokens.PART, text) == _spans(ORIGINAL_PART, text)
    assert _spans(_tokens.JOINERS, text) == _spans(ORIGINAL_JOINERS, text)
    assert _tokens.JOINERS.split(text) == ORIGINAL_JOINERS.split(text)
    assert _tokens.JOINERS.sub("", text) == ORIGINAL_JOINERS.sub("", text)


def _fresh_stems(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget every stem, and make stemming a word fail: only remembered stems answer."""
    for name in ("_STEMS", "_STEMS_ES"):
        monkeypatch.setattr(_tokens, name, {})
    for name in ("_KNOWN", "_KNOWN_ES"):
        monkeypatch.setattr(_tokens, name, [])

    def no_stemmer() -> Any:
        raise AssertionError("a remembered word went to the stemmer")

    monkeypatch.setattr(_tokens, "_stemmer", no_stemmer)
    monkeypatch.setattr(_tokens, "_spanish_stemmer", no_stemmer)


def test_remembered_stems_are_found_for_words_and_never_for_stems(monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh_stems(monkeypatch)
    # "mine" and "dialogu" are only stems; "miner" is a stem and, later, a word
    english = "minerals miner mining mine miner miner dialogue dialogu"
    _tokens.remember(english, "minerales ~mineral peru ~peru")
    assert _tokens.stems(["minerals", "mining", "miner", "dialogue"]) == ["miner", "mine", "miner", "dialogu"]
    assert _tokens.stems_es(["peru", "minerales"]) == ["~peru", "~mineral"]
    found: dict[str, str] = {}
    assert not _tokens._recall("mine", _tokens._KNOWN, found)
    assert not _tokens._recall("dialogu", _tokens._KNOWN, found)
    assert not _tokens._recall("mineral", _tokens._KNOWN, found) and found == {}


def test_remembered_stems_answer_for_every_word_of_the_bundled_index(monkeypatch: pytest.MonkeyPatch) -> None:
    from usperu import _bundled_index

    _fresh_stems(monkeypatch)
    _tokens.remember(_bundled_index.STEMS, _bundled_index.STEMS_ES)
    for pairs, stem in ((_bundled_index.STEMS, _tokens.stems), (_bundled_index.STEMS_ES, _tokens.stems_es)):
        items = iter(pairs.split())
        known = dict(zip(items, items, strict=True))
        assert stem(list(known)) == list(known.values())


class _Stream(io.StringIO):
    def __init__(self, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "utf_16", "utf-8-sig"])
def test_fit_leaves_text_for_a_unicode_stream_as_it_is(encoding: str) -> None:
    text = "Peru’s “vision” – señor \ud800 ✓"
    assert fit(text, _Stream(encoding)) == text


def test_fit_still_replaces_what_a_narrow_stream_cannot_write() -> None:
    assert fit("Peru’s “vision” – señor", _Stream("ascii")) == 'Peru\'s "vision" - senor'
    assert fit("Peru’s “vision” – señor", _Stream("latin-1")) == 'Peru\'s "vision" - señor'
