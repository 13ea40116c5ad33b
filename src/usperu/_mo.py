"""A gettext catalog read a message at a time: `Catalog`, the class `_i18n` opens the
interface's .mo file with (imported only for a language other than English)."""

import gettext
import sys
from collections.abc import Iterator
from typing import Any, Literal

__all__ = ["Catalog"]


class _Messages:
    """The messages of a .mo file, found when asked for: the keys GNUTranslations' own
    catalog has (a msgid; (msgid, form) for a plural entry), each looked up by binary
    search in the file's table of msgids, which the .mo format keeps sorted, and
    decoded once. Decoding all of them as `GNUTranslations._parse` does cost ~7M
    instructions, about a third of a Spanish run's own start-up work (README,
    'Performance'); a run looks up a few dozen.

    What GNUTranslations asks of its catalog (`get`, `[key]`), and `in`, `keys`,
    iteration and `len`; not a `collections.abc.Mapping`, whose class cost ~0.4M instructions to make,
    nor `struct`, whose import cost ~0.3M (cachegrind)."""

    def __init__(self, buf: bytes, count: int, ids: int, strs: int, order: Literal["little", "big"]) -> None:
        self._buf, self._count, self._charset = buf, count, "ascii"
        self._ids = self._table(ids, order)
        self._strs = self._table(strs, order)
        self._found: dict[Any, str | None] = {}

    def _table(self, at: int, order: Literal["little", "big"]) -> Any:
        """Return the file's table of (length, offset) pairs at `at`, as a sequence of
        integers: a view of the bytes where the file's byte order is the machine's (a
        binary search then reads each pair in a few instructions), else decoded."""
        size = 8 * self._count
        if order == sys.byteorder:
            return memoryview(self._buf)[at : at + size].cast("I")
        return [int.from_bytes(self._buf[i : i + 4], order) for i in range(at, at + size, 4)]

    def _msgid(self, number: int) -> bytes:
        length, offset = self._ids[2 * number], self._ids[2 * number + 1]
        return self._buf[offset : offset + length]

    def _msgstr(self, number: int) -> bytes:
        length, offset = self._strs[2 * number], self._strs[2 * number + 1]
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

    def get(self, key: Any, default: Any = None) -> Any:
        if key not in self._found:
            try:
                self._found[key] = self._lookup(key)
            except (UnicodeError, TypeError):
                self._found[key] = None
        found = self._found[key]
        return default if found is None else found

    def __getitem__(self, key: Any) -> str:
        found: str | None = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: Any) -> bool:
        return self.get(key) is not None

    def keys(self) -> Iterator[Any]:
        """The keys, in the file's order (so that `dict(messages)` reads every message)."""
        return iter(self)

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


class Catalog(gettext.GNUTranslations):
    """GNUTranslations that reads a message of its .mo file when it is first asked for
    (`_Messages`), not all of them when the file is opened. The header is read as
    GNUTranslations reads it: the charset, the plural forms and `info()`."""

    def _parse(self, fp: Any) -> None:  # the documented hook for another way to read the file
        filename = getattr(fp, "name", "")
        buf = fp.read()
        magic = int.from_bytes(buf[:4], "little")
        order: Literal["little", "big"]
        if magic == self.LE_MAGIC:
            order = "little"
        elif magic == self.BE_MAGIC:
            order = "big"
        else:
            raise OSError(0, "Bad magic number", filename)
        version, count, ids, strs = (int.from_bytes(buf[at : at + 4], order) for at in range(4, 20, 4))
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
                # Spanish's (and English's) rule, without compiling it: gettext.c2py
                # tokenizes and evals the expression, ~0.5M instructions a Spanish run.
                self.plural = _one_or_more if plural.replace(" ", "") in ("n!=1", "(n!=1)") else gettext.c2py(plural)


def _one_or_more(n: int) -> int:
    """The plural rule 'n != 1': form 0 for one, form 1 for any other number."""
    return int(n != 1)
