"""Typed, immutable records of the statement; built by the loader, read by everything else.

Records derive from `Frozen`, a small slotted, immutable record base that type
checkers treat as a frozen dataclass (PEP 681). Both frozen dataclasses and
NamedTuples generate and exec code for every class at import time: measured with
callgrind, defining the nine records cost ~6 ms as dataclasses and ~7 million
instructions as NamedTuples, against ~2 million with `Frozen` (README, 'Performance').
"""

import datetime as dt
import sys
from typing import Any, ClassVar, Literal, TypeAlias, TypeVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10: type checkers run on 3.11+

    def dataclass_transform(**_: Any) -> Any:
        return lambda cls: cls


__all__ = [
    "ACTORS",
    "CONFIDENCES",
    "PRECISIONS",
    "STATUSES",
    "Actor",
    "Event",
    "Frozen",
    "GlossaryEntry",
    "Item",
    "Metadata",
    "Note",
    "Paragraph",
    "Person",
    "Record",
    "Session",
    "Statement",
]

Actor = Literal["us", "peru", "both"]
Basis = Literal["stated", "derived"]
Precision = Literal["day", "year", "century"]
ItemKind = Literal["achievement", "commitment"]
ParagraphKind = Literal["heading", "paragraph", "bullet"]

ACTORS: tuple[Actor, ...] = ("us", "peru", "both")
PRECISIONS: tuple[Precision, ...] = ("day", "year", "century")
CONFIDENCES: tuple[str, ...] = ("high", "medium-high", "medium", "medium-low", "low")
STATUSES: tuple[str, ...] = (
    "in force",
    "signed",
    "joined",
    "applied",
    "decided",
    "under discussion",
    "announced",
    "committed",
    "reiterated",
    "reaffirmed",
    "held",
    "created",
    "repatriated",
    "celebrated",
    "recognized",
)
ACTOR_NAMES: dict[str, str] = {"us": "United States", "peru": "Peru", "both": "Both"}

_F = TypeVar("_F", bound="Frozen")


@dataclass_transform(frozen_default=True)
class _FrozenMeta(type):
    """Turn a class's annotated names into slots, remembering their order and defaults."""

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> "_FrozenMeta":
        own = tuple(k for k in namespace.get("__annotations__", {}) if not k.startswith("_"))
        defaults = {k: namespace.pop(k) for k in own if k in namespace}
        namespace["__slots__"] = own
        cls = super().__new__(mcs, name, bases, namespace)
        parent: Any = next((b for b in bases if isinstance(b, _FrozenMeta)), None)
        cls._fields = (parent._fields if parent else ()) + own  # type: ignore[attr-defined]
        cls._defaults = {**(parent._defaults if parent else {}), **defaults}  # type: ignore[attr-defined]
        return cls


class Frozen(metaclass=_FrozenMeta):
    """An immutable record: fields are set once, by position or keyword, at creation."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]]
    _defaults: ClassVar[dict[str, Any]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} fields, not {len(args)}")
        setter = object.__setattr__
        for name, value in zip(fields, args, strict=False):
            setter(self, name, value)
        for name in fields[len(args) :]:
            if name in kwargs:
                setter(self, name, kwargs.pop(name))
            elif name in self._defaults:
                setter(self, name, self._defaults[name])
            else:
                raise TypeError(f"{type(self).__name__} needs the field {name!r}")
        if kwargs:
            raise TypeError(f"{type(self).__name__} has no field {sorted(kwargs)[0]!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Frozen) and type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def _replace(self: _F, **changes: Any) -> _F:
        """Return a copy with some fields changed."""
        values = {name: getattr(self, name) for name in self._fields}
        return type(self)(**{**values, **changes})


class Note(Frozen):
    """An editorial note: what we add or correct, where it comes from, how sure it is."""

    text: str
    source: str
    confidence: str


class Metadata(Frozen):
    """The statement as a document: title, date, place, issuers, publisher, URL."""

    @property
    def kind(self) -> str:
        """The kind of record: 'statement'."""
        return "statement"

    id: str
    title: str
    date: dt.date
    place: str
    issuers: tuple[str, ...]
    publisher: str
    url: str
    summary: str
    aliases: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()


class Person(Frozen):
    """A participant; `name` is the correct spelling, `quoted_name` the copy's."""

    @property
    def kind(self) -> str:
        """The kind of record: 'person'."""
        return "person"

    id: str
    name: str
    quoted_name: str
    role: str
    country: str
    quote: str
    paragraph: str
    aliases: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def title(self) -> str:
        """The person's correct name, for listings that show titles."""
        return self.name


class Session(Frozen):
    """One of the five breakout sessions, numbered in statement order."""

    @property
    def kind(self) -> str:
        """The kind of record: 'session'."""
        return "session"

    id: str
    number: int
    title: str
    quote: str
    paragraph: str
    aliases: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()


class Item(Frozen):
    """A key achievement (numbered 1-14) or a further commitment (no number)."""

    kind: ItemKind
    id: str
    number: int | None
    title: str
    quote: str
    paragraph: str
    actors: Actor
    status: str
    sessions: tuple[str, ...]
    topics: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()


class Event(Frozen):
    """A dated event; `date` is the first day of a period of `precision`."""

    @property
    def kind(self) -> str:
        """The kind of record: 'event'."""
        return "event"

    id: str
    date: dt.date
    precision: Precision
    title: str
    basis: Basis
    derivation: str
    quote: str
    paragraph: str
    refs: tuple[str, ...]
    notes: tuple[Note, ...] = ()


class GlossaryEntry(Frozen):
    """An acronym, initiative, agreement or organisation, and the records naming it."""

    @property
    def kind(self) -> str:
        """The kind of record: 'glossary'."""
        return "glossary"

    id: str
    term: str
    expansion: str
    description: str
    mentions: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def title(self) -> str:
        """The term with its expansion, for listings that show titles."""
        return self.term if self.term == self.expansion else f"{self.term}: {self.expansion}"


class Paragraph(Frozen):
    """One block of the full text, verbatim, in order."""

    @property
    def kind(self) -> str:
        """The kind of record: 'paragraph'."""
        return "paragraph"

    id: str
    number: int
    block: ParagraphKind
    text: str
    notes: tuple[Note, ...] = ()

    @property
    def title(self) -> str:
        """A short label for listings: 'Paragraph N'."""
        return f"Paragraph {self.number}"


Record: TypeAlias = Metadata | Person | Session | Item | Event | GlossaryEntry | Paragraph


class Statement(Frozen):
    """The whole dataset, loaded and cross-checked; `by_id` indexes every record."""

    path: str
    metadata: Metadata
    people: tuple[Person, ...]
    sessions: tuple[Session, ...]
    achievements: tuple[Item, ...]
    commitments: tuple[Item, ...]
    events: tuple[Event, ...]
    glossary: tuple[GlossaryEntry, ...]
    paragraphs: tuple[Paragraph, ...]
    by_id: dict[str, Record]
    fingerprint: str = ""
    """A key for the content of the data file, for caches derived from it."""

    def records(self) -> tuple[Record, ...]:
        """Return every record, in a fixed order: statement, people, ..., paragraphs."""
        return (
            (self.metadata,)
            + self.people
            + self.sessions
            + self.achievements
            + self.commitments
            + self.events
            + self.glossary
            + self.paragraphs
        )
