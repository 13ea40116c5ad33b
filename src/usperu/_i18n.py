"""The interface's language (English or Spanish) and its strings, from gettext catalogs.

The language is chosen once per run (`cli` calls `set_language`): `--lang`/`-L`, then
USPERU_LANG, then the environment as tldr's client specification reads it (the LANGUAGE
priority list, then LANG; C and POSIX ignored), else English. Interface strings are
written in English in the code and looked up with `_` in the catalog of the language
(`locale/<lang>/LC_MESSAGES/usperu.mo`, compiled by `python -m usperu._generate` from the
`.po` files beside it). The editorial layer's Spanish is data (data/statement.es.toml).
"""

import gettext
import os
from collections.abc import Mapping

__all__ = ["LANGUAGES", "_", "from_environment", "language", "ngettext", "set_language"]

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
        catalog = gettext.translation("usperu", _LOCALE_DIR, [code], fallback=True)
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
    """Return the language that the environment asks for: USPERU_LANG, then each entry
    of LANGUAGE (colon-separated), then LANG; 'C' and 'POSIX' are ignored; 'en' when
    nothing asks for a language usperu has. 'es', 'es_PE.UTF-8', 'es-ES' all mean 'es'."""
    wanted = [environ.get("USPERU_LANG", "")]
    wanted += environ.get("LANGUAGE", "").split(":")
    wanted.append(environ.get("LANG", ""))
    for value in wanted:
        code = value.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].casefold()
        if code in LANGUAGES:
            return code
    return LANGUAGES[0]
