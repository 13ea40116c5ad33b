"""usperu: the Joint Statement on the U.S.-Peru High-Level Dialogue (9 May 2024), as data.

Load the bundled dataset and query it from Python::

    from usperu import load_statement, achievements
    statement = load_statement()
    [item.title for item in achievements(statement, actor="peru")]
"""

from __future__ import annotations

from ._errors import DataError, InvalidArgumentError, NoMatchesError, UnknownIdError, UsperuError
from ._loader import bundled_path, check_document, load_statement, read_document
from ._model import (
    Event,
    GlossaryEntry,
    Item,
    Metadata,
    Note,
    Paragraph,
    Person,
    Record,
    Session,
    Statement,
)
from ._queries import (
    achievements,
    achievements_by_session,
    find_record,
    glossary_for,
    mentioned_in,
    relative_time,
    resolve_session,
    timeline,
    topics,
)
from ._version import __version__

__all__ = [
    "DataError",
    "Event",
    "GlossaryEntry",
    "InvalidArgumentError",
    "Item",
    "Metadata",
    "NoMatchesError",
    "Note",
    "Paragraph",
    "Person",
    "Record",
    "Session",
    "Statement",
    "UnknownIdError",
    "UsperuError",
    "__version__",
    "achievements",
    "achievements_by_session",
    "bundled_path",
    "check_document",
    "find_record",
    "glossary_for",
    "load_statement",
    "mentioned_in",
    "read_document",
    "relative_time",
    "resolve_session",
    "timeline",
    "topics",
]
