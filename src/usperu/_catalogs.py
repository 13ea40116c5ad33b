"""Compile the interface's gettext catalogs: `locale/<lang>/*.po` into one `usperu.mo`.

    python -m usperu._catalogs           # write locale/<lang>/LC_MESSAGES/usperu.mo
    python -m usperu._catalogs --check   # exit 1, naming it, if a .mo is out of date

The `.po` files are the sources, one per area of the interface, in the format that
gettext's tools and translation services read and write (msgctxt is not used; plural
entries are msgid_plural with msgstr[N]). They are merged into one catalog per
language, so that a run opens one file. This is GNU msgfmt's job, written out here
(~60 lines) so that building usperu needs no tool outside Python; the stdlib's
`gettext.GNUTranslations` reads what it writes (tests/test_catalogs.py).
"""

import ast
import os
import struct
import sys
from collections.abc import Iterable

__all__ = ["PoError", "compile_catalog", "parse_po"]

LOCALE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")


class PoError(ValueError):
    """A .po file that cannot be read: its path, line and what is wrong."""


def parse_po(text: str, path: str = "<po>") -> dict[str, str]:
    """Return {msgid: msgstr} of a .po file's translated entries (a plural entry's key is
    'singular\\0plural' and its value the forms joined by NUL, as .mo files hold them);
    entries with an empty msgstr or marked fuzzy are left out; raise PoError (an entry with
    no msgstr at all is refused, as msgfmt does)."""
    entries: dict[str, str] = {}
    fields: dict[str, str] = {}
    current: str | None = None
    fuzzy = False
    started = 0  # the line of the entry's msgid

    def flush() -> None:
        nonlocal fuzzy
        if "msgid" in fields and not any(k.startswith("msgstr") for k in fields):
            raise PoError(
                f'{path}:{started}: msgid {fields["msgid"]!r} has no msgstr (give msgstr "" to leave it untranslated)'
            )
        if "msgid" in fields:
            key, forms = _entry(fields)
            if key in entries:
                raise PoError(f"{path}: msgid {key!r} appears twice")
            if not fuzzy and all(forms):
                entries[key] = "\0".join(forms)
        fields.clear()
        fuzzy = False

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):  # an entry ends at a blank line or a comment
            if any(k.startswith("msgstr") for k in fields):
                flush()
            fuzzy = fuzzy or (line.startswith("#,") and "fuzzy" in line)
            current = None
            continue
        if line.startswith('"'):
            if current is None:
                raise PoError(f"{path}:{number}: a string continues no field")
            fields[current] += _string(line, path, number)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword not in ("msgid", "msgid_plural", "msgstr") and not keyword.startswith("msgstr["):
            raise PoError(f"{path}:{number}: unknown keyword {keyword!r}")
        if keyword == "msgid" and "msgid" in fields:
            flush()
        if keyword == "msgid":
            started = number
        if keyword in fields:
            raise PoError(f"{path}:{number}: {keyword} given twice in one entry")
        current = keyword
        fields[keyword] = _string(rest.strip(), path, number)
    flush()
    return entries


def _entry(fields: dict[str, str]) -> tuple[str, list[str]]:
    if "msgid_plural" in fields:
        forms = [fields[name] for name in sorted(k for k in fields if k.startswith("msgstr["))]
        return f"{fields['msgid']}\0{fields['msgid_plural']}", forms or [""]
    return fields["msgid"], [fields.get("msgstr", "")]


def _string(token: str, path: str, number: int) -> str:
    if len(token) < 2 or not (token.startswith('"') and token.endswith('"')):
        raise PoError(f"{path}:{number}: expected a quoted string")
    try:
        value = ast.literal_eval(token)
    except (ValueError, SyntaxError):
        raise PoError(f"{path}:{number}: a string that is not valid") from None
    assert isinstance(value, str)
    return value


def compile_catalog(entries: dict[str, str]) -> bytes:
    """Return the GNU .mo file (little-endian, no hash table) holding ENTRIES."""
    keys = sorted(entries)
    ids = [key.encode("utf-8") for key in keys]
    strs = [entries[key].encode("utf-8") for key in keys]
    count = len(keys)
    start = 7 * 4 + 16 * count
    offsets: list[tuple[int, int]] = []
    blob = b""
    for data in (*ids, *strs):
        offsets.append((len(data), start + len(blob)))
        blob += data + b"\0"
    table = b"".join(struct.pack("<II", *pair) for pair in offsets)
    header = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    return header + table + blob


def catalog_of(po_files: Iterable[str]) -> bytes:
    """Return one .mo merging the .po files; raise PoError if two give the same msgid."""
    merged: dict[str, str] = {}
    for path in sorted(po_files):
        with open(path, encoding="utf-8") as handle:
            entries = parse_po(handle.read(), path)
        for key in entries.keys() & merged.keys():
            if key:  # the header ("") may repeat
                raise PoError(f"{path}: msgid {key!r} is also in another .po file")
        merged.update(entries)
    return compile_catalog(merged)


def compiled_catalogs(root: str = LOCALE_DIR) -> dict[str, bytes]:
    """Return {path of usperu.mo: its bytes} for each language folder under ROOT."""
    out: dict[str, bytes] = {}
    for lang in sorted(os.listdir(root)) if os.path.isdir(root) else ():
        folder = os.path.join(root, lang)
        sources = [os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".po")]
        if sources:
            out[os.path.join(folder, "LC_MESSAGES", "usperu.mo")] = catalog_of(sources)
    return out


def main(argv: list[str]) -> int:
    """Write (or with --check, compare) each language's usperu.mo; return an exit code."""
    try:
        catalogs = compiled_catalogs()
    except PoError as error:
        sys.stderr.write(f"usperu._catalogs: {error}; nothing written\n")
        return 2
    stale = []
    for path, data in catalogs.items():
        try:
            with open(path, "rb") as handle:
                current: bytes | None = handle.read()
        except FileNotFoundError:
            current = None
        if current != data:
            stale.append(path)
            if "--check" not in argv:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as handle:
                    handle.write(data)
    for path in stale:
        sys.stderr.write(f"usperu._catalogs: {path}: {'out of date' if '--check' in argv else 'written'}\n")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
