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
    "STATUSES",
    "Actor",
    "Basis",
    "Confidence",
    "Country",
    "ItemKind",
    "LaterPrecision",
    "ParagraphKind",
    "Precision",
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

ACTORS: tuple[Actor, ...] = get_args(Actor)
BASES: tuple[Basis, ...] = get_args(Basis)
PRECISIONS: tuple[Precision, ...] = get_args(Precision)
LATER_PRECISIONS: tuple[LaterPrecision, ...] = get_args(LaterPrecision)
CONFIDENCES: tuple[Confidence, ...] = get_args(Confidence)
STATUSES: tuple[Status, ...] = get_args(Status)
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
