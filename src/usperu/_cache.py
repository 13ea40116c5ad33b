"""A content-addressed cache of validated data documents, so start-up skips TOML parsing.

Parsing the ~45 KB statement with tomllib costs more than everything else usperu does
at start-up (see README, 'Performance'). A validated document is stored with `marshal`
under a key made of the file's checksums and size, so any edit to the file misses the
cache. The cache lives in $USPERU_CACHE_DIR, else $XDG_CACHE_HOME/usperu, else
~/.cache/usperu; USPERU_NO_CACHE=1 turns it off. Any problem with the cache is ignored:
the file is parsed as if there were none.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import zlib
from typing import Any

__all__ = ["cache_dir", "load_cached", "store"]

_FORMAT = 1  # bump when the shape of what is stored changes


def cache_dir() -> str | None:
    """Return the cache directory, or None when caching is turned off."""
    if os.environ.get("USPERU_NO_CACHE"):
        return None
    explicit = os.environ.get("USPERU_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "usperu")


def _key(raw: bytes, version: str) -> str:
    return f"v{_FORMAT}-{version}-{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}-{len(raw)}.marshal"


def load_cached(raw: bytes, version: str) -> dict[str, Any] | None:
    """Return the validated document cached for these bytes, or None."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        with open(os.path.join(directory, _key(raw, version)), "rb") as handle:
            # loads(read()), not load(handle): load() reads the file object in tiny
            # pieces and cost ten times as much.
            document = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(document, dict):
        return None
    try:
        return _thaw(document)
    except (AttributeError, TypeError, ValueError):
        return None


def store(raw: bytes, version: str, document: dict[str, Any]) -> None:
    """Cache a validated document for these bytes; silently do nothing if that fails."""
    directory = cache_dir()
    if directory is None:
        return
    path = os.path.join(directory, _key(raw, version))
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(directory, exist_ok=True)
        with open(temporary, "wb") as handle:
            handle.write(marshal.dumps(_freeze(document)))
        os.replace(temporary, path)
    except (OSError, ValueError):
        try:
            os.unlink(temporary)
        except OSError:
            pass


# marshal knows no dates. A validated document has dates only as values of a record's
# own keys, and TOML never yields tuples, so a date is stored as the tuple ("date", iso).


def _records(document: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for value in document.values():
        if isinstance(value, dict):
            found.append(value)
        elif isinstance(value, list):
            found.extend(item for item in value if isinstance(item, dict))
    return found


def _freeze(document: dict[str, Any]) -> dict[str, Any]:
    frozen: dict[str, Any] = {}
    for name, value in document.items():
        if isinstance(value, dict):
            frozen[name] = _freeze_record(value)
        elif isinstance(value, list):
            frozen[name] = [_freeze_record(item) if isinstance(item, dict) else item for item in value]
        else:
            frozen[name] = value
    return frozen


def _freeze_record(record: dict[str, Any]) -> dict[str, Any]:
    return {k: ("date", v.isoformat()) if isinstance(v, dt.date) else v for k, v in record.items()}


def _thaw(document: dict[str, Any]) -> dict[str, Any]:
    for record in _records(document):
        for key, value in record.items():
            if type(value) is tuple:
                record[key] = dt.date.fromisoformat(value[1])
    return document
