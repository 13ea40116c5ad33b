"""Typed, frozen records of the statement; built by the loader, read by everything else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar, Literal, TypeAlias

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


@dataclass(frozen=True, slots=True)
class Note:
    """An editorial note: what we add or correct, where it comes from, how sure it is."""

    text: str
    source: str
    confidence: str


@dataclass(frozen=True, slots=True)
class Metadata:
    """The statement as a document: title, date, place, issuers, publisher, URL."""

    kind: ClassVar[str] = "statement"
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


@dataclass(frozen=True, slots=True)
class Person:
    """A participant; `name` is the correct spelling, `quoted_name` the copy's."""

    kind: ClassVar[str] = "person"
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


@dataclass(frozen=True, slots=True)
class Session:
    """One of the five breakout sessions, numbered in statement order."""

    kind: ClassVar[str] = "session"
    id: str
    number: int
    title: str
    quote: str
    paragraph: str
    aliases: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True, slots=True)
class Item:
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


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event; `date` is the first day of a period of `precision`."""

    kind: ClassVar[str] = "event"
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


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """An acronym, initiative, agreement or organisation, and the records naming it."""

    kind: ClassVar[str] = "glossary"
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


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of the full text, verbatim, in order."""

    kind: ClassVar[str] = "paragraph"
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


@dataclass(frozen=True, slots=True)
class Statement:
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
    by_id: dict[str, Record] = field(default_factory=dict, compare=False, repr=False)

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
