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
import sys
from collections.abc import Mapping
from typing import Any

__all__ = ["LANGUAGES", "_", "code_of", "from_environment", "language", "localized", "ngettext", "set_language"]

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
        from ._mo import Catalog  # only in Spanish: its classes cost English runs ~0.4M to define

        # The catalog's one place, opened as gettext.translation(..., fallback=True) would
        # find it, without trying every variant of the locale's name (~0.3M instructions).
        try:
            with open(os.path.join(_LOCALE_DIR, code, "LC_MESSAGES", "usperu.mo"), "rb") as file:
                catalog = Catalog(file)
        except OSError:  # pragma: no cover - a package without its catalogs: English words
            pass
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


def localized(command: Any, ctx: Any = None) -> Any:
    """Return COMMAND (a click command or group) with its help, its parameters' help and
    their metavars in the interface's language (`_localize.localize`): called just
    before they are shown (help, completion), so that a Spanish run that shows neither
    never imports `_localize` (~2.4M CPU instructions with the localizing, counted). Once
    `_localize` has put a command in Spanish, English puts it back. Given CTX, the help
    option that click adds (`get_help_option`, not one of `params`) is put in it too, as
    completion describes it by its help."""
    if language() != "en" or "usperu._localize" in sys.modules:
        from ._localize import localize

        localize(command, ctx)
    return command


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
