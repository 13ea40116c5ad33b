"""usperu: the Joint Statement on the U.S.-Peru High-Level Dialogue (9 May 2024), as data.

Load the bundled dataset and query it from Python::

    from usperu import load_statement, achievements
    statement = load_statement()
    [item.title for item in achievements(statement, actor="peru")]
"""

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
"""The version of usperu, in one place (pyproject.toml reads it from here)."""

if TYPE_CHECKING:
    from ._errors import DataError, InvalidArgumentError, NoMatchesError, UnknownIdError, UsperuError
    from ._loader import bundled_path, check_document, load_statement, read_document
    from ._model import (
        Correction,
        Development,
        Event,
        GlossaryEntry,
        Item,
        Metadata,
        Note,
        Paragraph,
        Person,
        Record,
        Session,
        Source,
        Statement,
    )
    from ._queries import (
        achievements,
        achievements_by_session,
        developments,
        find_record,
        glossary_for,
        mentioned_in,
        relative_time,
        resolve_session,
        timeline,
        topics,
    )
    from ._search import search, suggestions

# The public names are imported on first use (PEP 562), so that `import usperu`
# (which the command line does first) costs nothing it does not need.
_LAZY = {
    "Correction": "._model",
    "DataError": "._errors",
    "Development": "._model",
    "Event": "._model",
    "GlossaryEntry": "._model",
    "InvalidArgumentError": "._errors",
    "Item": "._model",
    "Metadata": "._model",
    "NoMatchesError": "._errors",
    "Note": "._model",
    "Paragraph": "._model",
    "Person": "._model",
    "Record": "._model",
    "Session": "._model",
    "Source": "._model",
    "Statement": "._model",
    "UnknownIdError": "._errors",
    "UsperuError": "._errors",
    "search": "._search",
    "suggestions": "._search",
    "achievements": "._queries",
    "achievements_by_session": "._queries",
    "developments": "._queries",
    "bundled_path": "._loader",
    "check_document": "._loader",
    "find_record": "._queries",
    "glossary_for": "._queries",
    "load_statement": "._loader",
    "mentioned_in": "._queries",
    "read_document": "._loader",
    "relative_time": "._queries",
    "resolve_session": "._queries",
    "timeline": "._queries",
    "topics": "._queries",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'usperu' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Correction",
    "DataError",
    "Development",
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
    "Source",
    "Statement",
    "UnknownIdError",
    "UsperuError",
    "__version__",
    "achievements",
    "achievements_by_session",
    "bundled_path",
    "developments",
    "check_document",
    "find_record",
    "glossary_for",
    "load_statement",
    "mentioned_in",
    "read_document",
    "relative_time",
    "resolve_session",
    "search",
    "suggestions",
    "timeline",
    "topics",
]
