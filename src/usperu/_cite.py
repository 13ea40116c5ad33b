"""Citations of the statement, or of one record in it with its locator, in common styles.

Every record is cited as the same work, the statement (one BibTeX key, one CSL id),
with the record's locator where each style puts it: "para. 17" in the text styles,
a `[@key, para. 17]` or `\\cite[para.~17]{key}` hint for pandoc and LaTeX users. The
functions are pure: they take the statement, an optional record and the access date,
and return text. Every style names one author, the U.S. Department of State, which
published the statement as a media note of its Office of the Spokesperson (the page says
the text was released by the two governments; `plain` says so after the author).

An access date is given only when the caller passes one: it says that someone opened the
URL that day, and usperu, offline, opens nothing. `unchecked_url` says when the URL is
the bundled one and the data rates it below "high".
"""

import datetime as dt
from typing import NamedTuple

from ._errors import InvalidArgumentError
from ._model import Correction, Development, Event, GlossaryEntry, Item, Metadata, Paragraph, Record, Statement
from ._render import to_json

__all__ = ["KEY", "STYLES", "Locator", "caution", "cite", "hint", "locator_for", "unchecked_url"]

STYLES = ("plain", "apa", "chicago", "mla", "bibtex", "csl-json")
AUTHOR = "U.S. Department of State"
PUBLISHER = "Office of the Spokesperson"
GENRE = "Media note"
KEY = "usdos2024usperu"
"""The one citation key of the statement, whichever record is cited."""
_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$"}
_BIBTEX_SPECIAL.update({"#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"})
_LABELS = {"commitment": "commitment", "session": "breakout session", "person": "participant", "event": "date"}


class Locator(NamedTuple):
    """Where a record stands in the statement: what it is, and its paragraph number."""

    description: str
    paragraph: int | None


def locator_for(statement: Statement, record: Record | None) -> Locator | None:
    """Return the locator of a record (None for the statement as a whole).

    Raises InvalidArgumentError for a development, which is not in the statement.
    """
    if record is None or isinstance(record, Metadata):
        return None
    if isinstance(record, Development):
        raise InvalidArgumentError(
            f"{record.id!r} happened after the statement and is not in it; cite its sources (usperu show {record.id})"
        )
    numbers = {p.id: p.number for p in statement.paragraphs}
    if isinstance(record, Paragraph):
        return Locator("", record.number)
    if isinstance(record, GlossaryEntry | Correction):
        return Locator(_description(record), _first_paragraph(statement, record, numbers))
    if isinstance(record, Item) and record.number is not None:
        return Locator(f"key achievement {record.number}", numbers[record.paragraph])
    return Locator(f"{_LABELS[record.kind]}: {record.title}", numbers[record.paragraph])


def _description(record: GlossaryEntry | Correction) -> str:
    return record.term if isinstance(record, GlossaryEntry) else f"correction: {record.official}"


def _first_paragraph(statement: Statement, record: GlossaryEntry | Correction, numbers: dict[str, int]) -> int | None:
    """Return the first paragraph that a glossary entry's records, or a correction's words, stand in."""
    if isinstance(record, Correction):
        return next((p.number for p in statement.paragraphs if record.quoted in p.text), None)
    placed = [getattr(statement.by_id[m], "paragraph", None) for m in record.mentions]
    return min((numbers[p] for p in placed if p), default=None)


def cite(
    statement: Statement,
    record: Record | None,
    style: str,
    accessed: dt.date | None = None,
    *,
    url: str | None = None,
    ascii_only: bool = False,
) -> str:
    """Return the citation in `style` (one of STYLES), ending in a newline.

    `accessed` is the day the URL was opened (no access date without it). `url` replaces
    the statement's URL. `ascii_only` makes CSL-JSON escape non-ASCII
    characters (for a stdout that cannot encode them). Raises InvalidArgumentError for
    an unknown style or a record that is not in the statement.
    """
    if style not in STYLES:
        raise InvalidArgumentError(f"unknown citation style {style!r}; choose from: {', '.join(STYLES)}")
    where = locator_for(statement, record)
    meta = statement.metadata
    if url is not None:
        meta = meta._replace(url=url)
    if style == "csl-json":
        return _csl_json(meta, accessed, ascii_only=ascii_only)
    writer = {"plain": _plain, "apa": _apa, "chicago": _chicago, "mla": _mla, "bibtex": _bibtex}[style]
    return writer(meta, where, accessed).rstrip("\n") + "\n"


def hint(statement: Statement, record: Record | None, style: str) -> str | None:
    """Return how to cite the record's locator with the shared entry, for BibTeX and
    CSL-JSON (whose entry is the same for every record); None when there is nothing to add."""
    where = locator_for(statement, record)
    if style not in ("bibtex", "csl-json") or where is None or where.paragraph is None:
        return None
    number = where.paragraph
    if style == "bibtex":
        return f"the entry is the same for every record; cite this one as \\cite[para.~{number}]{{{KEY}}}"
    item = (
        to_json({"id": KEY, "locator": str(number), "label": "paragraph"}).strip().replace("\n", "").replace("  ", " ")
    )
    return f"the item is the same for every record; in pandoc cite [@{KEY}, para. {number}]; as a CSL citation {item}"


def caution(statement: Statement, record: Record | None) -> str | None:
    """Return a one-line caution when the record's verbatim text holds garbled words that
    a correction records, or its date is derived rather than stated; else None."""
    from ._queries import corrections_for

    if record is None:
        return None
    from ._brackets import is_reading

    warnings = [
        f"our copy garbles “{c.quoted}”; our reading, not the official wording: “{c.official}”"
        if is_reading(c)
        else f"our copy says “{c.quoted}”, the official wording is “{c.official}”"
        for c in corrections_for(statement, record)
    ]
    if isinstance(record, Event) and record.basis == "derived":
        warnings.append(f"the date {record.date.isoformat()} is derived, not stated: {record.derivation}")
    return "caution: " + "; ".join(warnings) if warnings else None


def _day_month_year(day: dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def _month_day_year(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _where(where: Locator | None) -> str:
    """Return the locator for a sentence: 'Key achievement 3, paragraph 8', 'Paragraph 9'."""
    if where is None:
        return ""
    parts = [where.description] if where.description else []
    if where.paragraph is not None:
        parts.append(f"paragraph {where.paragraph}")
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def unchecked_url(statement: Statement, url: str | None = None, accessed: dt.date | None = None) -> str | None:
    """Return a line saying that the bundled URL was not checked, when the data rates the
    note on it (claim 'statement-url') below "high" and the user gave neither another `url`
    nor the day `accessed` (the day they opened it); else None."""
    if url is not None or accessed is not None:
        return None
    rated = [n.confidence for n in statement.metadata.notes if n.claim == "statement-url"]
    if not rated or rated[0] == "high":
        return None
    return (
        f"The URL is inferred from the State Department's address pattern and was not checked"
        f" (confidence {rated[0]}): open it, then cite with --url ADDRESS --accessed YYYY-MM-DD."
    )


def _accessed(accessed: dt.date | None, written: str) -> str:
    return f" Accessed {written}." if accessed is not None else ""


def _plain(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    issuers = " and the ".join(meta.issuers)
    located = f" {_where(where)}." if where else ""
    day = _day_month_year(accessed) if accessed else ""
    return (
        f"{AUTHOR}. “{meta.title}.” {GENRE}, {PUBLISHER}, {_day_month_year(meta.date)}. Released by the {issuers}."
        f" {meta.url}.{located}{_accessed(accessed, day)}"
    )


def _apa(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    # APA 7 gives no retrieval date for a page whose content does not change.
    entry = (
        f"{AUTHOR}. ({meta.date.year}, {meta.date:%B} {meta.date.day}). {meta.title} [{GENRE}]. {PUBLISHER}. {meta.url}"
    )
    if where and where.paragraph:
        entry += f"\nIn text: ({AUTHOR}, {meta.date.year}, para. {where.paragraph})"
    return entry


def _chicago(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    day = _month_day_year(accessed) if accessed else ""
    entry = f"{AUTHOR}. “{meta.title}.” {GENRE}, {PUBLISHER}, {_month_day_year(meta.date)}."
    entry += f"{_accessed(accessed, day)} {meta.url}."
    if where:  # the comma goes inside the closing quotation mark, as Chicago's notes have it
        paragraph = f",” para. {where.paragraph}" if where.paragraph else "”"
        described = f" ({where.description})" if where.description else ""
        entry += f"\nNote: {AUTHOR}, “{meta.title}{paragraph}{described}."
    return entry


def _mla(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    url = meta.url.removeprefix("https://").removeprefix("http://")
    day = f"{accessed.day} {_mla_month(accessed)} {accessed.year}" if accessed else ""
    entry = (
        f"United States, Department of State. “{meta.title}.” {PUBLISHER}, "
        f"{meta.date.day} {_mla_month(meta.date)} {meta.date.year}, {url}.{_accessed(accessed, day)}"
    )
    if where and where.paragraph:  # MLA 9 abbreviates paragraph as "par."
        entry += f"\nIn text: (United States, Department of State, par. {where.paragraph})"
    return entry


def _mla_month(day: dt.date) -> str:
    name = f"{day:%B}"
    return name if len(name) <= 4 else ("Sept." if day.month == 9 else f"{name[:3]}.")


def _tex(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(character, character) for character in text)


def _bibtex(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    fields = [
        ("author", f"{{{_tex(AUTHOR)}}}"),
        ("title", f"{{{_tex(meta.title)}}}"),
        ("howpublished", f"{_tex(GENRE)}, {PUBLISHER}"),
        ("year", str(meta.date.year)),
        ("month", f"{meta.date:%b}".lower()),  # a bare macro: BibTeX and biber both know 'may'
        ("date", meta.date.isoformat()),
        ("url", _tex(meta.url).replace(r"\_", "_").replace(r"\%", "%").replace(r"\#", "#")),
    ]
    if accessed is not None:
        fields.append(("urldate", accessed.isoformat()))
    body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields)
    return f"@misc{{{KEY},\n{body}\n}}"


def _csl_json(meta: Metadata, accessed: dt.date | None, *, ascii_only: bool) -> str:
    item: dict[str, object] = {
        "id": KEY,
        "type": "webpage",
        "title": meta.title,
        "author": [{"literal": AUTHOR}],
        "publisher": PUBLISHER,
        "genre": GENRE,
        "issued": {"date-parts": [[meta.date.year, meta.date.month, meta.date.day]]},
        "URL": meta.url,
        "note": f"Archived copy (address inferred, not checked): {meta.archive_url}",
    }
    if accessed is not None:
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    return to_json([item], ascii_only=ascii_only)
