"""Citations of the statement, or of one record in it, in common styles.

`cite` is pure: it takes the statement, an optional record and the access date, and
returns text. Author is the U.S. Department of State (which published the media
note) for the academic styles; the plain style names the issuing governments.
"""

import datetime as dt
from typing import NamedTuple

from ._errors import InvalidArgumentError
from ._model import Event, GlossaryEntry, Item, Metadata, Paragraph, Person, Record, Session, Statement
from ._render import to_json

__all__ = ["STYLES", "Locator", "cite", "locator_for"]

STYLES = ("plain", "apa", "chicago", "mla", "bibtex", "csl-json")
AUTHOR = "U.S. Department of State"
GENRE = "Media note"
_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$"}
_BIBTEX_SPECIAL.update({"#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"})


class Locator(NamedTuple):
    """Where a record stands in the statement: a description and a paragraph number."""

    description: str
    paragraph: int | None


def locator_for(statement: Statement, record: Record | None) -> Locator | None:
    """Return the locator of a record (None for the statement as a whole)."""
    if record is None or isinstance(record, Metadata):
        return None
    numbers = {p.id: p.number for p in statement.paragraphs}
    if isinstance(record, Paragraph):
        return Locator(f"paragraph {record.number}", record.number)
    if isinstance(record, GlossaryEntry):
        placed = [statement.by_id[m] for m in record.mentions]
        located = [r.paragraph for r in placed if isinstance(r, Person | Session | Item | Event)]
        paragraph = min((numbers[p] for p in located), default=None)
        return Locator(f"{record.term}", paragraph)
    paragraph = numbers[record.paragraph]
    if isinstance(record, Item) and record.number is not None:
        return Locator(f"key achievement {record.number}", paragraph)
    label = {Item: "commitment", Session: "breakout session", Person: "participant", Event: "date"}[type(record)]
    return Locator(f"{label}: {record.title}", paragraph)


def cite(
    statement: Statement, record: Record | None, style: str, accessed: dt.date, *, ascii_only: bool = False
) -> str:
    """Return the citation in `style` (one of STYLES), ending in a newline.

    `ascii_only` makes CSL-JSON escape non-ASCII characters (for a stdout that cannot
    encode them). Raises InvalidArgumentError for an unknown style.
    """
    if style not in STYLES:
        raise InvalidArgumentError(f"unknown citation style {style!r}; choose from: {', '.join(STYLES)}")
    where = locator_for(statement, record)
    if style == "csl-json":
        return _csl_json(statement, record, where, accessed, ascii_only=ascii_only)
    writer = {"plain": _plain, "apa": _apa, "chicago": _chicago, "mla": _mla, "bibtex": _bibtex}[style]
    return writer(statement, record, where, accessed).rstrip("\n") + "\n"


def _day_month_year(day: dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def _month_day_year(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _where(where: Locator | None) -> str:
    if where is None:
        return ""
    if where.paragraph is None:
        return where.description
    return f"{where.description}, paragraph {where.paragraph}"


def _plain(statement: Statement, record: Record | None, where: Locator | None, accessed: dt.date) -> str:
    meta = statement.metadata
    issuers = " and ".join(meta.issuers)
    located = f" {_where(where)[:1].upper()}{_where(where)[1:]}." if where else ""
    return (
        f"{issuers}. “{meta.title}.” {meta.publisher}, {_day_month_year(meta.date)}. {meta.url}.{located}"
        f" Accessed {_day_month_year(accessed)}."
    )


def _apa(statement: Statement, record: Record | None, where: Locator | None, accessed: dt.date) -> str:
    meta = statement.metadata
    entry = (
        f"{AUTHOR}. ({meta.date.year}, {meta.date:%B} {meta.date.day}). {meta.title} [{GENRE}]. "
        f"Office of the Spokesperson. Retrieved {_month_day_year(accessed)}, from {meta.url}"
    )
    if where and where.paragraph:
        entry += f"\nIn text: ({AUTHOR}, {meta.date.year}, para. {where.paragraph})"
    return entry


def _chicago(statement: Statement, record: Record | None, where: Locator | None, accessed: dt.date) -> str:
    meta = statement.metadata
    entry = (
        f"{AUTHOR}. “{meta.title}.” {GENRE}, Office of the Spokesperson, {_month_day_year(meta.date)}. "
        f"Accessed {_month_day_year(accessed)}. {meta.url}."
    )
    if where:
        paragraph = f" para. {where.paragraph}" if where.paragraph else ""
        entry += f"\nNote: {AUTHOR}, “{meta.title},”{paragraph} ({where.description})."
    return entry


def _mla(statement: Statement, record: Record | None, where: Locator | None, accessed: dt.date) -> str:
    meta = statement.metadata
    url = meta.url.removeprefix("https://").removeprefix("http://")
    entry = (
        f"United States, Department of State. “{meta.title}.” Office of the Spokesperson, "
        f"{meta.date.day} {_mla_month(meta.date)} {meta.date.year}, {url}. "
        f"Accessed {accessed.day} {_mla_month(accessed)} {accessed.year}."
    )
    if where and where.paragraph:
        entry += f"\nIn text: (United States, Department of State, par. {where.paragraph})"
    return entry


def _mla_month(day: dt.date) -> str:
    name = f"{day:%B}"
    return name if len(name) <= 4 else ("Sept." if day.month == 9 else f"{name[:3]}.")


def _key(record: Record | None, meta: Metadata) -> str:
    base = f"usdos{meta.date.year}usperu"
    return base if record is None or isinstance(record, Metadata) else f"{base}-{record.id}"


def _tex(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(character, character) for character in text)


def _bibtex(statement: Statement, record: Record | None, where: Locator | None, accessed: dt.date) -> str:
    meta = statement.metadata
    fields = [
        ("author", f"{{{_tex(AUTHOR)}}}"),
        ("title", f"{{{_tex(meta.title)}}}"),
        ("howpublished", f"{_tex(GENRE)}, Office of the Spokesperson"),
        ("year", str(meta.date.year)),
        ("month", f"{meta.date:%b}".lower()),  # a bare macro: BibTeX and biber both know 'may'
        ("date", meta.date.isoformat()),
        ("url", _tex(meta.url).replace(r"\_", "_").replace(r"\%", "%").replace(r"\#", "#")),
        ("urldate", accessed.isoformat()),
    ]
    if where:
        fields.append(("note", _tex(_where(where)[:1].upper() + _where(where)[1:])))
    body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields)
    return f"@misc{{{_key(record, meta)},\n{body}\n}}"


def _csl_json(
    statement: Statement, record: Record | None, where: Locator | None, accessed: dt.date, *, ascii_only: bool
) -> str:
    meta = statement.metadata
    item: dict[str, object] = {
        "id": _key(record, meta),
        "type": "webpage",
        "title": meta.title,
        "author": [{"literal": AUTHOR}],
        "publisher": f"{AUTHOR}, Office of the Spokesperson",
        "genre": GENRE,
        "issued": {"date-parts": [[meta.date.year, meta.date.month, meta.date.day]]},
        "accessed": {"date-parts": [[accessed.year, accessed.month, accessed.day]]},
        "URL": meta.url,
    }
    if where:
        item["note"] = _where(where)[:1].upper() + _where(where)[1:]
    return to_json([item], ascii_only=ascii_only)
