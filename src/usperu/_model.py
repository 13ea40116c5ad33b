"""Typed, immutable records of the statement; built by the loader, read by everything else.

Records are named tuples: immutable, slotted, typed, and cheap to define. They are
declared with `typing.NamedTuple`'s syntax on `_namedtuple.NamedTuple`, which type
checkers see as typing's and which defines a class for a quarter of typing's cost
(~0.2M CPU instructions against ~1M; this module defines 16). Frozen dataclasses were
measured too: defining the nine records cost ~4.6 ms against ~1.4 ms, which broke the
start-up goals of the JSON commands (README, 'Performance').

The closed vocabularies the fields take (statuses, actors, kinds...) are declared in
`_vocabulary`, which costs nothing to import: code that needs only them imports that.

A record's fields, with `FIELDS` below, are the one declaration of what the data holds:
the data file's schema (`_schema`), the JSON objects and CSV columns (`_views`), the
labels of `usperu show` and the searchable text (`_search`) are derived from them.
"""

import datetime as dt
from typing import TypeAlias

from ._namedtuple import NamedTuple
from ._vocabulary import (
    Actor,
    Basis,
    Confidence,
    Country,
    ItemKind,
    LaterPrecision,
    ParagraphKind,
    Precision,
    Rating,
    Status,
)

__all__ = [
    "TABLES",
    "Concept",
    "ConceptLink",
    "FIELDS",
    "Correction",
    "Development",
    "Event",
    "FieldInfo",
    "GlossaryEntry",
    "Item",
    "Metadata",
    "Note",
    "Paragraph",
    "Person",
    "Progress",
    "Record",
    "Session",
    "Source",
    "Statement",
]


class FieldInfo(NamedTuple):
    """What the code needs to know of a field beyond its name and type."""

    json: str = ""
    """Its key in JSON objects and CSV columns, when not its name."""
    label: str = ""
    """How `usperu show` names it; a field without a label is not listed there."""
    search: str = ""
    """The search field its text feeds: title, names, text, other or notes."""
    blank: bool = False
    """Whether an empty string is allowed (a text field must otherwise say something)."""


FIELDS: dict[str, FieldInfo] = {
    "kind": FieldInfo(),
    "id": FieldInfo(),
    "number": FieldInfo(label="Number"),
    "title": FieldInfo(search="title"),
    "name": FieldInfo(label="Name", search="title"),
    "quoted_name": FieldInfo(label="Name in our copy", search="names"),
    "role": FieldInfo(label="Role", search="other"),
    "country": FieldInfo(label="Country", search="other"),
    "term": FieldInfo(label="Term", search="title"),
    "expansion": FieldInfo(label="Expansion", search="title"),
    "description": FieldInfo(label="Description", search="other"),
    "quote": FieldInfo(json="text", search="text"),
    "text": FieldInfo(search="text"),
    "summary": FieldInfo(label="Summary", search="text"),
    "block": FieldInfo(),
    "actors": FieldInfo(label="Actors"),
    "status": FieldInfo(label="Status", search="other"),
    "sessions": FieldInfo(label="Sessions"),
    "topics": FieldInfo(label="Topics", search="other"),
    "date": FieldInfo(label="Date"),
    "precision": FieldInfo(),
    "basis": FieldInfo(label="Basis", search="other"),
    "derivation": FieldInfo(label="Derivation", search="other", blank=True),
    "refs": FieldInfo(label="Refers to"),
    "mentions": FieldInfo(label="Mentioned in"),
    "place": FieldInfo(label="Place", search="other"),
    "issuers": FieldInfo(label="Issuers", search="other"),
    "publisher": FieldInfo(label="Publisher", search="other"),
    "url": FieldInfo(label="URL"),
    "archive_url": FieldInfo(label="Archived at"),
    "confidence": FieldInfo(label="Confidence"),
    "sources": FieldInfo(),  # `usperu show` lists each source on a line of its own
    "quoted": FieldInfo(label="Our copy says", search="text"),
    "official": FieldInfo(label="Official wording", search="title"),
    "source": FieldInfo(label="Source"),
    "paragraph": FieldInfo(label="Paragraph"),
    "aliases": FieldInfo(label="Also known as", search="names"),
    "aliases_es": FieldInfo(label="En español", search="names"),
    "words_en": FieldInfo(label="Words (English)"),
    "words_es": FieldInfo(label="Words (Spanish)"),
    "links": FieldInfo(label="Links"),
    "record": FieldInfo(label="Record"),
    "promise": FieldInfo(label="Promised or done"),
    "rating": FieldInfo(label="Rating"),
    "evidence": FieldInfo(label="Evidence"),
    "checked": FieldInfo(label="Checked"),
    "reason": FieldInfo(label="Reason"),
    "notes": FieldInfo(search="notes"),
}
"""Every field of every record, by name: a name means the same in every record."""


class Note(NamedTuple):
    """An editorial note: what we add or correct, where it comes from, how sure it is.

    Notes that state the same claim in several records name it in `claim`, and must
    then agree on their confidence (`usperu validate` checks).
    """

    text: str
    source: str
    confidence: Confidence
    claim: str = ""


class Source(NamedTuple):
    """A public source of a later development: who published what, where and when."""

    publisher: str
    title: str
    url: str
    date: dt.date | None = None


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
    archive_url: str
    summary: str
    aliases: tuple[str, ...] = ()
    aliases_es: tuple[str, ...] = ()
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
    country: Country
    quote: str
    paragraph: str
    aliases: tuple[str, ...] = ()
    aliases_es: tuple[str, ...] = ()
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
    aliases_es: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()


class Item(NamedTuple):
    """A key achievement (numbered 1-14) or a further commitment (no number)."""

    kind: ItemKind
    id: str
    number: int | None
    title: str
    quote: str
    actors: Actor
    status: Status
    sessions: tuple[str, ...]
    topics: tuple[str, ...]
    paragraph: str
    aliases: tuple[str, ...] = ()
    aliases_es: tuple[str, ...] = ()
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
    refs: tuple[str, ...]
    paragraph: str
    notes: tuple[Note, ...] = ()
    aliases_es: tuple[str, ...] = ()


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
    aliases_es: tuple[str, ...] = ()
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


class Development(NamedTuple):
    """Something that happened after the Dialogue and follows up records of it: an
    editorial layer of its own, every entry with public sources (not in the statement)."""

    @property
    def kind(self) -> str:
        """The kind of record: 'development'."""
        return "development"

    id: str
    date: dt.date
    precision: LaterPrecision
    title: str
    summary: str
    refs: tuple[str, ...]
    confidence: Confidence
    sources: tuple[Source, ...]
    notes: tuple[Note, ...] = ()


class Correction(NamedTuple):
    """Where our copy's wording is garbled: its words (verbatim) and the official wording.

    Every record whose quote contains `quoted` is covered: `show`, `cite` and `quote`
    warn about it, and no editorial field may repeat it (tests check).
    """

    @property
    def kind(self) -> str:
        """The kind of record: 'correction'."""
        return "correction"

    id: str
    quoted: str
    official: str
    source: str
    confidence: Confidence
    notes: tuple[Note, ...] = ()

    @property
    def title(self) -> str:
        """The official wording, for listings that show titles."""
        return self.official


Record: TypeAlias = Metadata | Person | Session | Item | Event | GlossaryEntry | Paragraph | Development | Correction

TABLES: dict[str, type[Record]] = {
    "statement": Metadata,
    "people": Person,
    "sessions": Session,
    "achievements": Item,
    "commitments": Item,
    "events": Event,
    "glossary": GlossaryEntry,
    "paragraphs": Paragraph,
    "developments": Development,
    "corrections": Correction,
}
"""The data file's tables, in file order, and the record each holds ([statement] is one table)."""


class ConceptLink(NamedTuple):
    """A concept's link to a record, and why (one line)."""

    record: str
    reason: str


class Concept(NamedTuple):
    """An editorial thesaurus entry: words in English and Spanish, and the records it means.

    Concepts are not records: search widens a query that names one to its linked records,
    ranked below records that match by their own words.
    """

    id: str
    title: str
    words_en: tuple[str, ...]
    words_es: tuple[str, ...]
    links: tuple[ConceptLink, ...]


class Progress(NamedTuple):
    """What came of one achievement or commitment: our rating of it, an editorial claim
    with its confidence and evidence (developments), as of the day it was checked.

    Not a record: `usperu progress` lists them and `usperu show` prints a record's."""

    record: str
    """The achievement or commitment rated."""
    promise: str
    """What was promised or done, in one line of our own."""
    rating: Rating
    reason: str
    """Why this rating, in one line."""
    evidence: tuple[str, ...]
    """The developments it rests on (ids); none only for a rating that needs none."""
    confidence: Confidence
    source: str
    """What else it rests on: the statement, or public pages not made developments."""
    checked: dt.date


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
    developments: tuple[Development, ...]
    corrections: tuple[Correction, ...]
    by_id: dict[str, Record]
    bundled: bool = False
    """Whether this is the dataset that ships with usperu (its search index ships too)."""
    concepts: tuple[Concept, ...] = ()
    """The editorial thesaurus ([[concepts]]), which search uses; not records."""
    progress: tuple[Progress, ...] = ()
    """The ratings of what came of each achievement and commitment ([[progress]])."""
    developments_checked: dt.date | None = None
    """The day a maintainer last searched for developments: how current `since` is."""
    english: "Statement | None" = None
    """In Spanish: this statement as its data file has it, in English (search indexes both).
    None for the bundled statement, whose search index is built ahead of time."""

    def records(self) -> tuple[Record, ...]:
        """Return every record, in a fixed order: statement, people, ..., paragraphs,
        developments, corrections."""
        return (
            (self.metadata,)
            + self.people
            + self.sessions
            + self.achievements
            + self.commitments
            + self.events
            + self.glossary
            + self.paragraphs
            + self.developments
            + self.corrections
        )
