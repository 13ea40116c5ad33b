"""The interface's gettext catalogs: the .po sources compile into the .mo that ships,
and what usperu._catalogs writes is what the stdlib's gettext reads."""

from __future__ import annotations

import gettext
import io
from pathlib import Path

import pytest

import usperu
from tests.conftest import ROOT
from usperu._catalogs import PoError, catalog_of, compile_catalog, compiled_catalogs, parse_po

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

# a comment
msgid "Show the version and exit."
msgstr "Muestra la versión y sale."

msgid ""
"two "
"lines"
msgstr "dos "
"líneas"

#, fuzzy
msgid "not yet"
msgstr "todavía no"

msgid "untranslated"
msgstr ""

msgid "{n} entry"
msgid_plural "{n} entries"
msgstr[0] "{n} entrada"
msgstr[1] "{n} entradas"
"""


SOURCES = ROOT / "src" / "usperu" / "locale"
"""The .po sources, in the repository (a wheel ships only the compiled .mo)."""
SHIPPED = Path(usperu.__file__).parent / "locale"
"""The catalogs of the usperu being tested: the repository's, or an installed wheel's."""


def test_the_shipped_catalogs_are_compiled_from_their_sources() -> None:
    catalogs = compiled_catalogs(str(SOURCES))
    assert sorted(Path(path).relative_to(SOURCES).as_posix() for path in catalogs) == ["es/LC_MESSAGES/usperu.mo"]
    for path, data in catalogs.items():
        shipped = SHIPPED / Path(path).relative_to(SOURCES)
        assert shipped.read_bytes() == data, f"{shipped} is out of date: run 'python -m usperu._catalogs'"


def test_gettext_reads_what_the_compiler_writes() -> None:
    catalog = gettext.GNUTranslations(io.BytesIO(compile_catalog(parse_po(PO))))
    assert catalog.gettext("Show the version and exit.") == "Muestra la versión y sale."
    assert catalog.gettext("two lines") == "dos líneas"
    assert catalog.gettext("not yet") == "not yet"  # fuzzy entries are not used
    assert catalog.gettext("untranslated") == "untranslated"
    assert catalog.ngettext("{n} entry", "{n} entries", 1) == "{n} entrada"
    assert catalog.ngettext("{n} entry", "{n} entries", 2) == "{n} entradas"
    assert catalog.gettext("absent") == "absent"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ('msgid "a"\nmsgstr "b"\nmsgid "a"\nmsgstr "c"\n', "appears twice"),
        ('"orphan"\n', "continues no field"),
        ('msgctxt "x"\nmsgid "a"\nmsgstr "b"\n', "unknown keyword"),
        ('msgid a\nmsgstr "b"\n', "quoted string"),
        ('msgid "a"\nmsgid_plural "b"\nmsgid_plural "c"\n', "twice in one entry"),
        # an entry that lost its msgstr is named as such, at its msgid's line, wherever it stands
        ('msgid "a"\nmsgstr "b"\n\nmsgid "lost"\n\nmsgid "c"\nmsgstr "d"\n', r"^x\.po:4: msgid 'lost' has no msgstr"),
        ('msgid "a"\nmsgstr "b"\n\nmsgid "lost"\nmsgid "c"\nmsgstr "d"\n', r"^x\.po:4: msgid 'lost' has no msgstr"),
        ('msgid "a"\nmsgstr "b"\n\n#: at the end\nmsgid "lost"\n', r"^x\.po:5: msgid 'lost' has no msgstr"),
        ('msgid "{n} day"\nmsgid_plural "{n} days"\n', r"^x\.po:1: msgid '\{n\} day' has no msgstr"),
    ],
)
def test_a_broken_po_file_is_named_with_its_line(text: str, wanted: str) -> None:
    with pytest.raises(PoError, match=wanted):
        parse_po(text, "x.po")


def test_two_po_files_may_not_translate_the_same_message(tmp_path: Path) -> None:
    (tmp_path / "a.po").write_text('msgid "same"\nmsgstr "uno"\n', encoding="utf-8")
    (tmp_path / "b.po").write_text('msgid "same"\nmsgstr "otro"\n', encoding="utf-8")
    with pytest.raises(PoError, match="also in another"):
        catalog_of([str(tmp_path / "a.po"), str(tmp_path / "b.po")])


def test_every_spanish_po_file_says_spanish_plurals_and_the_catalog_follows_them() -> None:
    """The merged catalog takes its header from one of the .po files: each must give
    Spanish's rule (singular for 1 only), and the compiled catalog must apply it."""
    sources = sorted((SOURCES / "es").glob("*.po"))
    assert len(sources) >= 5
    for po in sources:
        assert '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' in po.read_text(encoding="utf-8"), po.name
    with open(SHIPPED / "es" / "LC_MESSAGES" / "usperu.mo", "rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    forms = {n: catalog.ngettext("{count} day ago", "{count} days ago", n) for n in (0, 1, 2, 5)}
    assert forms == {0: "hace {count} días", 1: "hace {count} día", 2: "hace {count} días", 5: "hace {count} días"}


@pytest.mark.parametrize(("count", "form"), [(0, "días"), (1, "día"), (2, "días"), (21, "días"), (101, "días")])
def test_usperu_s_own_catalog_applies_spanish_plurals(count: int, form: str) -> None:
    """The catalog usperu opens (`_mo.Catalog`, its plural rule not compiled by gettext)."""
    from usperu import _i18n

    try:
        _i18n.set_language("es")
        assert _i18n.ngettext("{count} day ago", "{count} days ago", count) == f"hace {{count}} {form}"
    finally:
        _i18n.set_language("en")


def test_a_big_endian_catalog_reads_as_the_little_endian_one() -> None:
    """`_mo.Catalog` reads the machine's byte order through a view and the other decoded:
    the shipped catalog byte-swapped (header and tables; the strings stay) says the same."""
    import struct

    from usperu._mo import Catalog

    data = (SHIPPED / "es" / "LC_MESSAGES" / "usperu.mo").read_bytes()
    magic, version, count, ids, strs, hash_size, hash_at = struct.unpack("<7I", data[:28])
    swapped = bytearray(data)
    swapped[:28] = struct.pack(">7I", magic, version, count, ids, strs, hash_size, hash_at)
    for table in (ids, strs):
        pairs = struct.unpack(f"<{2 * count}I", data[table : table + 8 * count])
        swapped[table : table + 8 * count] = struct.pack(f">{2 * count}I", *pairs)
    little, big = Catalog(io.BytesIO(data)), Catalog(io.BytesIO(bytes(swapped)))
    assert big.info() == little.info()
    for message in ("Usage: ", "Options", "Search results", "no such message"):
        assert big.gettext(message) == little.gettext(message)
    assert big.gettext("Search results") != "Search results"
    for n in (0, 1, 2):
        assert big.ngettext("{count} day ago", "{count} days ago", n) == little.ngettext(
            "{count} day ago", "{count} days ago", n
        )
