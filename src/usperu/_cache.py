"""A content-addressed cache, so that start-up skips TOML parsing and index building.

Parsing the ~40 KB statement with tomllib, and tokenizing and stemming it for search,
each cost more than everything else usperu does at start-up (README, 'Performance').
Their results are stored with `marshal` under a key made of:

- the data file's checksums and size (its fingerprint), so any edit misses;
- the usperu version and the modification time of the module whose code shapes the
  value, so a changed parser or index never reads an old entry.

The cache lives in $USPERU_CACHE_DIR, else $XDG_CACHE_HOME/usperu, else
~/.cache/usperu; USPERU_NO_CACHE=1 turns it off. Any problem with the cache is
ignored: the value is computed as if there were none.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import zlib
from typing import Any

from . import __version__

__all__ = ["cache_dir", "fingerprint", "load", "load_document", "store", "store_document"]

_FORMAT = 2  # bump when the shape of what is stored changes


def cache_dir() -> str | None:
    """Return the cache directory, or None when caching is turned off."""
    if os.environ.get("USPERU_NO_CACHE"):
        return None
    explicit = os.environ.get("USPERU_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "usperu")


def fingerprint(raw: bytes) -> str:
    """Return a short key for the content of a data file."""
    return f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}-{len(raw)}"


def _path(kind: str, key: str, code: str | tuple[str, ...]) -> str | None:
    directory = cache_dir()
    if directory is None or not key:
        return None
    stamp = 0
    for path in (code,) if isinstance(code, str) else code:
        try:
            stamp = max(stamp, os.stat(path).st_mtime_ns)  # an edited module is the newest
        except OSError:
            pass
    return os.path.join(directory, f"v{_FORMAT}-{__version__}-{kind}-{key}-{stamp}.marshal")


def load(kind: str, key: str, code: str | tuple[str, ...]) -> Any:
    """Return the value cached for (kind, key) by the module file(s) `code`, or None."""
    path = _path(kind, key, code)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            # loads(read()), not load(handle): load() reads the file object in tiny
            # pieces and cost ten times as much.
            return marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def store(kind: str, key: str, code: str | tuple[str, ...], value: Any) -> None:
    """Cache a marshal-able value; silently do nothing if that fails."""
    path = _path(kind, key, code)
    if path is None:
        return
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as handle:
            handle.write(marshal.dumps(value))
        os.replace(temporary, path)
        _prune(os.path.dirname(path), kind)
    except (OSError, ValueError):
        try:
            os.unlink(temporary)
        except OSError:
            pass


KEEP = 4
"""Entries kept per kind: the newest (a few data files, or versions of one)."""


def _prune(directory: str, kind: str) -> None:
    """Delete all but the KEEP newest entries of a kind (old versions, edited files)."""
    entries = [e for e in os.scandir(directory) if f"-{kind}-" in e.name and e.name.endswith(".marshal")]
    entries.sort(key=lambda e: e.stat().st_mtime_ns, reverse=True)
    for entry in entries[KEEP:]:
        try:
            os.unlink(entry.path)
        except OSError:
            pass


# A validated document has dates only as values of a record's own keys, and TOML
# never yields tuples, so marshal stores a date as the tuple ("date", iso).


def load_document(key: str, code: str) -> dict[str, Any] | None:
    """Return the validated data document cached for this fingerprint, or None."""
    document = load("document", key, code)
    if not isinstance(document, dict):
        return None
    try:
        for record in _records(document):
            for name, value in record.items():
                if type(value) is tuple:
                    record[name] = dt.date.fromisoformat(value[1])
    except (AttributeError, TypeError, ValueError, IndexError):
        return None
    return document


def store_document(key: str, code: str, document: dict[str, Any]) -> None:
    """Cache a validated data document."""
    frozen: dict[str, Any] = {}
    for name, value in document.items():
        if isinstance(value, dict):
            frozen[name] = _freeze(value)
        elif isinstance(value, list):
            frozen[name] = [_freeze(item) if isinstance(item, dict) else item for item in value]
        else:
            frozen[name] = value
    store("document", key, code, frozen)


def _freeze(record: dict[str, Any]) -> dict[str, Any]:
    return {k: ("date", v.isoformat()) if isinstance(v, dt.date) else v for k, v in record.items()}


def _records(document: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for value in document.values():
        if isinstance(value, dict):
            found.append(value)
        elif isinstance(value, list):
            found.extend(item for item in value if isinstance(item, dict))
    return found
