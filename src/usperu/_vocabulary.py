"""The closed vocabularies of the data: actors, statuses, precisions, confidences, kinds.

Names only, cheap to import: `usperu search` on the bundled dataset reads its index and
these, never the records (`_model`, whose fields take these values).
"""

from typing import Literal, get_args

__all__ = [
    "ACTORS",
    "ACTOR_NAMES",
    "BASES",
    "CONFIDENCES",
    "KINDS",
    "LATER_PRECISIONS",
    "PRECISIONS",
    "RATINGS",
    "RATINGS_WITHOUT_EVIDENCE",
    "RATING_MEANINGS",
    "STATUSES",
    "Actor",
    "Basis",
    "Confidence",
    "Country",
    "ItemKind",
    "LaterPrecision",
    "ParagraphKind",
    "Precision",
    "Rating",
    "Status",
]

Actor = Literal["us", "peru", "both"]
Basis = Literal["stated", "derived"]
Precision = Literal["day", "year", "century"]
LaterPrecision = Literal["day", "month", "year"]
Confidence = Literal["high", "medium-high", "medium", "medium-low", "low"]
Country = Literal["United States", "Peru"]
ItemKind = Literal["achievement", "commitment"]
ParagraphKind = Literal["heading", "paragraph", "bullet"]
Status = Literal[
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
    "advanced",
]

Rating = Literal[
    "done at the Dialogue",
    "kept",
    "in progress",
    "stalled",
    "superseded",
    "broken",
    "no public record",
]

ACTORS: tuple[Actor, ...] = get_args(Actor)
BASES: tuple[Basis, ...] = get_args(Basis)
PRECISIONS: tuple[Precision, ...] = get_args(Precision)
LATER_PRECISIONS: tuple[LaterPrecision, ...] = get_args(LaterPrecision)
CONFIDENCES: tuple[Confidence, ...] = get_args(Confidence)
STATUSES: tuple[Status, ...] = get_args(Status)
RATINGS: tuple[Rating, ...] = get_args(Rating)
RATING_MEANINGS: dict[Rating, str] = {
    "done at the Dialogue": "the act was the Dialogue's own (signed, joined, held, handed over)",
    "kept": "what was promised was carried out, or goes on, according to public records after the Dialogue",
    "in progress": "work towards it is on record but not finished",
    "stalled": "work began or was planned, then stopped or lost its means, with no reversal announced",
    "superseded": "overtaken by something else that takes its place (the MSP by FORGE)",
    "broken": "a public record shows a party undoing it (none so far)",
    "no public record": "nothing public found after the Dialogue, as of the checked date: not a sign that it failed",
}
"""What each rating means (README and the data file's header say the same)."""
RATINGS_WITHOUT_EVIDENCE: tuple[Rating, ...] = ("done at the Dialogue", "no public record")
"""The ratings that may cite no development: every other rating needs evidence."""
ACTOR_NAMES: dict[str, str] = {"us": "United States", "peru": "Peru", "both": "Both"}

KINDS: tuple[str, ...] = (
    "achievement",
    "commitment",
    "session",
    "person",
    "event",
    "development",
    "glossary",
    "correction",
    "statement",
    "paragraph",
)
"""Every kind of record, as `record.kind` names it."""
