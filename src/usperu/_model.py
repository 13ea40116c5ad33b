"""Typed, immutable records of the statement; built by the loader, read by everything else.

The records are `typing.NamedTuple`s rather than frozen dataclasses: creating the nine
dataclasses cost ~6 ms at every start-up (generated code is exec'd per class), the
NamedTuples ~1 ms, for the same immutability and typing (README, 'Performance').
"""

# No `from __future__ import annotations`: NamedTuple would compile every string
# annotation into a ForwardRef at import time (~75 compile() calls per start-up).
import datetime as dt
from typing import Literal, NamedTuple, TypeAlias

__all__ = [
    "ACTORS",
    "CONFIDENCES",
    "PRECISIONS",
    "STATUSES",
    "Actor",
    "Event",
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


class Note(NamedTuple):
    """An editorial note: what we add or correct, where it comes from, how sure it is."""

    text: str
    source: str
    confidence: str


class Metadata(NamedTuple):
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


class Person(NamedTuple):
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


class Session(NamedTuple):
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


class Item(NamedTuple):
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


class Event(NamedTuple):
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


class GlossaryEntry(NamedTuple):
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


class Paragraph(NamedTuple):
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


class Statement(NamedTuple):
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
