"""The interface's language (English or Spanish) and its strings, from gettext catalogs.

The language is chosen once per run (`cli` calls `set_language`): `--lang`/`-L`, then
USPERU_LANG, then the environment as tldr's client specification reads it (when LANG is
set and not C or POSIX: the LANGUAGE priority list, then LANG), else English. Interface strings are
written in English in the code and looked up with `_` in the catalog of the language
(`locale/<lang>/LC_MESSAGES/usperu.mo`, compiled by `python -m usperu._catalogs` from the
`.po` files beside it). The editorial layer's Spanish is data (data/statement.es.toml).
"""

import gettext
import os
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["LANGUAGES", "_", "code_of", "from_environment", "language", "ngettext", "set_language"]

LANGUAGES = ("en", "es")
"""The languages of the interface and the editorial layer; the first is the default."""

_LOCALE_DIR = os.path.join(os.path.dirname(__file__), "locale")
_state: dict[str, object] = {"language": "en", "catalog": gettext.NullTranslations()}


def language() -> str:
    """Return the interface's language: 'en' or 'es'."""
    return str(_state["language"])


def set_language(code: str) -> None:
    """Use CODE ('en' or 'es') for the rest of the run; raise ValueError for another."""
    if code not in LANGUAGES:
        raise ValueError(code)
    catalog: gettext.NullTranslations = gettext.NullTranslations()
    if code != "en":
        catalog = gettext.translation("usperu", _LOCALE_DIR, [code], class_=_Catalog, fallback=True)
    _state.update(language=code, catalog=catalog)


def _(message: str) -> str:
    """Return MESSAGE (English, as written in the code) in the interface's language."""
    catalog = _state["catalog"]
    assert isinstance(catalog, gettext.NullTranslations)
    return catalog.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Return the singular or plural form for COUNT, in the interface's language."""
    catalog = _state["catalog"]
    assert isinstance(catalog, gettext.NullTranslations)
    return catalog.ngettext(singular, plural, count)


def from_environment(environ: Mapping[str, str]) -> str:
    """Return the language that the environment asks for: USPERU_LANG if it names one of
    LANGUAGES, else tldr's client specification: when LANG is set (and not C or POSIX),
    the first entry of the LANGUAGE priority list (colon-separated), then LANG itself,
    that usperu has; 'en' otherwise, LANGUAGE alone included. 'es', 'es_PE.UTF-8' and
    'es-ES' all mean 'es'; an unknown language is passed over silently."""
    chosen = code_of(environ.get("USPERU_LANG", ""))
    if chosen in LANGUAGES:
        return chosen
    lang = environ.get("LANG", "")
    if code_of(lang) in ("", "c", "posix"):  # the spec's step 1: no LANG, no LANGUAGE either
        return LANGUAGES[0]
    for value in [*environ.get("LANGUAGE", "").split(":"), lang]:
        if code_of(value) in LANGUAGES:
            return code_of(value)
    return LANGUAGES[0]


def code_of(value: str) -> str:
    """Return the language code of a locale name: 'es_PE.UTF-8' -> 'es', 'C' -> 'c'."""
    return value.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].casefold()


class _Messages(Mapping[Any, str]):
    """The messages of a .mo file, found when asked for: the keys GNUTranslations' own
    catalog has (a msgid; (msgid, form) for a plural entry), each looked up by binary
    search in the file's table of msgids, which the .mo format keeps sorted, and
    decoded once. Decoding all of them as `GNUTranslations._parse` does cost ~7M
    instructions, about a third of a Spanish run's own start-up work (README,
    'Performance'); a run looks up a few dozen."""

    def __init__(self, buf: bytes, count: int, ids: int, strs: int, order: str) -> None:
        from struct import Struct

        self._buf, self._count, self._ids, self._strs = buf, count, ids, strs
        self._pair = Struct(order + "II").unpack_from
        self._charset = "ascii"
        self._found: dict[Any, str | None] = {}

    def _msgid(self, number: int) -> bytes:
        length, offset = self._pair(self._buf, self._ids + 8 * number)
        return self._buf[offset : offset + length]

    def _msgstr(self, number: int) -> bytes:
        length, offset = self._pair(self._buf, self._strs + 8 * number)
        return self._buf[offset : offset + length]

    def _first_at_least(self, key: bytes) -> int:
        low, high = 0, self._count
        while low < high:
            middle = (low + high) // 2
            if self._msgid(middle) < key:
                low = middle + 1
            else:
                high = middle
        return low

    def _lookup(self, key: Any) -> str | None:
        if isinstance(key, tuple):  # a plural form: the entry 'msgid\0msgid_plural'
            singular, form = key
            if not isinstance(singular, str) or not isinstance(form, int):
                return None
            prefix = singular.encode(self._charset) + b"\0"
            number = self._first_at_least(prefix)
            if number < self._count and self._msgid(number).startswith(prefix):
                forms = self._msgstr(number).split(b"\0")
                if 0 <= form < len(forms):
                    return str(forms[form], self._charset)
            return None
        if not isinstance(key, str):
            return None
        wanted = key.encode(self._charset)
        number = self._first_at_least(wanted)
        if number < self._count and self._msgid(number) == wanted:
            return str(self._msgstr(number), self._charset)
        return None

    def __getitem__(self, key: Any) -> str:
        if key not in self._found:
            try:
                self._found[key] = self._lookup(key)
            except (UnicodeError, TypeError):
                self._found[key] = None
        found = self._found[key]
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[Any]:
        for number in range(self._count):
            msgid = self._msgid(number)
            if b"\0" in msgid:
                singular = str(msgid.split(b"\0")[0], self._charset)
                yield from ((singular, form) for form in range(len(self._msgstr(number).split(b"\0"))))
            else:
                yield str(msgid, self._charset)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _Catalog(gettext.GNUTranslations):
    """GNUTranslations that reads a message of its .mo file when it is first asked for
    (`_Messages`), not all of them when the file is opened. The header is read as
    GNUTranslations reads it: the charset, the plural forms and `info()`."""

    def _parse(self, fp: Any) -> None:  # the documented hook for another way to read the file
        from struct import unpack

        filename = getattr(fp, "name", "")
        buf = fp.read()
        magic = unpack("<I", buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = "<"
        elif magic == self.BE_MAGIC:
            order = ">"
        else:
            raise OSError(0, "Bad magic number", filename)
        version, count, ids, strs = unpack(order + "4I", buf[4:20])
        if version >> 16 not in self.VERSIONS:  # the major version, as GNUTranslations checks it
            raise OSError(0, "Bad version number " + str(version >> 16), filename)
        messages = _Messages(buf, count, ids, strs, order)
        self._catalog = messages
        self.plural = lambda n: int(n != 1)  # germanic plural by default, as GNUTranslations
        if count and messages._msgid(0) == b"":  # the header: sorted first
            self._header(messages._msgstr(0))
        messages._charset = self._charset or "ascii"

    def _header(self, tmsg: bytes) -> None:
        info = self.info()  # the header's fields, as GNUTranslations fills them
        lastk = None
        for b_item in tmsg.split(b"\n"):
            item = b_item.decode().strip()
            if not item:
                continue
            if item.startswith("#-#-#-#-#") and item.endswith("#-#-#-#-#"):
                continue
            k = v = None
            if ":" in item:
                k, v = item.split(":", 1)
                k = k.strip().lower()
                v = v.strip()
                info[k] = v
                lastk = k
            elif lastk:
                info[lastk] += "\n" + item
            if k == "content-type" and v is not None:
                self._charset = v.split("charset=")[1]
            elif k == "plural-forms" and v is not None:
                plural = v.split(";")[1].split("plural=")[1]
                self.plural = gettext.c2py(plural)
