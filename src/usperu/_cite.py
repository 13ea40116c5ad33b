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

In Spanish (`_i18n.language()`), each style follows its Spanish edition where one is
established: APA 7 as its Spanish editions write it ("(2024, 9 de mayo)", "párr. 17";
like the English, no retrieval date, since the page is not designed to change). Chicago
and MLA have no Spanish edition whose conventions we could check (the Chicago-Deusto
adaptation exists; its rules were not checked), so they keep the style and translate
its words, with dates as Spanish writes them and the closing punctuation outside the
quotation marks, as Spanish places it. The work cited is the English page whatever the
interface's language: BibTeX's `langid`/`language` and CSL-JSON's `language` say
English, which lets a Spanish document hyphenate and case its title as English.
"""

import datetime as dt
from typing import NamedTuple

from ._dates import day_label, month_name
from ._errors import InvalidArgumentError, unknown
from ._i18n import _, language
from ._model import Correction, Development, Event, GlossaryEntry, Item, Metadata, Paragraph, Record, Statement
from ._render import to_json

__all__ = ["KEY", "STYLES", "Locator", "caution", "cite", "hint", "locator_for", "short_citation", "unchecked_url"]

STYLES = ("plain", "apa", "chicago", "mla", "bibtex", "csl-json")
AUTHOR = "U.S. Department of State"
PUBLISHER = "Office of the Spokesperson"
GENRE = "Media note"
KEY = "usdos2024usperu"
"""The one citation key of the statement, whichever record is cited."""
_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$"}
_BIBTEX_SPECIAL.update({"#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"})
_LABELS = {"commitment": "commitment", "session": "breakout session", "person": "participant", "event": "date"}
LANGID = "english"
"""The language of the work cited (our copy of the English page), as biblatex names it."""


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
            _("{id!r} happened after the statement and is not in it; cite its sources (usperu show {ident})").format(
                id=record.id, ident=record.id
            )
        )
    numbers = {p.id: p.number for p in statement.paragraphs}
    if isinstance(record, Paragraph):
        return Locator("", record.number)
    if isinstance(record, GlossaryEntry | Correction):
        return Locator(_description(record), _first_paragraph(statement, record, numbers))
    if isinstance(record, Item) and record.number is not None:
        return Locator(_("key achievement {number}").format(number=record.number), numbers[record.paragraph])
    label = _(_LABELS[record.kind])
    return Locator(_("{label}: {title}").format(label=label, title=record.title), numbers[record.paragraph])


def _description(record: GlossaryEntry | Correction) -> str:
    if isinstance(record, GlossaryEntry):
        return record.term
    return _("correction: {official}").format(official=record.official)


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
        raise InvalidArgumentError(
            _("{problem}; choose from: {choices}").format(
                problem=unknown("citation style", style), choices=", ".join(STYLES)
            )
        )
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
        latex = f"\\cite[{_('para.')}~{number}]{{{KEY}}}"
        return _("the entry is the same for every record; cite this one as {cite}").format(cite=latex)
    item = (
        to_json({"id": KEY, "locator": str(number), "label": "paragraph"}).strip().replace("\n", "").replace("  ", " ")
    )
    pandoc = f"[@{KEY}, {_('para.')} {number}]"
    return _("the item is the same for every record; in pandoc cite {pandoc}; as a CSL citation {item}").format(
        pandoc=pandoc, item=item
    )


def caution(statement: Statement, record: Record | None) -> str | None:
    """Return a one-line caution when the record's verbatim text holds garbled words that
    a correction records, or its date is derived rather than stated; else None."""
    from ._queries import corrections_for

    if record is None:
        return None
    from ._brackets import is_reading

    texts = [
        (
            _("our copy garbles “{quoted}”; our reading, not the official wording: “{official}”")
            if is_reading(c)
            else _("our copy says “{quoted}”, the official wording is “{official}”")
        ).format(quoted=c.quoted, official=c.official)
        for c in corrections_for(statement, record)
    ]
    if isinstance(record, Event) and record.basis == "derived":
        derived = _("the date {day} is derived, not stated: {derivation}")
        texts.append(derived.format(day=record.date.isoformat(), derivation=record.derivation))
    return _("caution: {warnings}").format(warnings="; ".join(texts)) if texts else None


def _day_month_year(day: dt.date) -> str:
    return day_label(day)


def _month_day_year(day: dt.date) -> str:
    """Return a day as Chicago writes it: 'May 9, 2024' ('9 de mayo de 2024' in Spanish)."""
    return day_label(day) if language() == "es" else f"{day:%B} {day.day}, {day.year}"


def _where(where: Locator | None) -> str:
    """Return the locator for a sentence: 'Key achievement 3, paragraph 8', 'Paragraph 9'."""
    if where is None:
        return ""
    parts = [where.description] if where.description else []
    if where.paragraph is not None:
        parts.append(_("paragraph {number}").format(number=where.paragraph))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def _quoted(title: str, after: str = "") -> str:
    """Return a title in quotation marks with the punctuation that follows it: inside the
    marks in English (“Title.”), outside in Spanish (“Title”.)."""
    return f"“{title}”{after}" if language() == "es" else f"“{title}{after}”"


def as_cite_does(
    statement: Statement, record: Record | None, style: str, accessed: str | None, url: str | None, ascii_only: bool
) -> tuple[str, str | None]:
    """Return the citation that `usperu cite` writes (an access date only from --accessed,
    a day not after today) and, for the text styles, the line saying the bundled URL is
    unchecked, if due; for `cite` and `quote --style`."""
    from ._queries import parse_day

    # (a control character is shown escaped, never obeyed: the renderers see to that)
    if url is not None and (not url or any(c.isspace() for c in url)):
        message = _("--url expects an address with no spaces, such as https://example.org/page, not {url!r}")
        raise InvalidArgumentError(message.format(url=url))
    day = None
    if accessed is not None:
        day = parse_day(accessed, "--accessed", latest=dt.date.today(), earliest=statement.metadata.date)
    text = cite(statement, record, style, day, url=url, ascii_only=ascii_only)
    unchecked = unchecked_url(statement, url, day) if style in ("plain", "apa", "chicago", "mla") else None
    return text, unchecked


def unchecked_url(statement: Statement, url: str | None = None, accessed: dt.date | None = None) -> str | None:
    """Return a line saying that the bundled URL was not checked, when the data rates the
    note on it (claim 'statement-url') below "high" and the user gave neither another `url`
    nor the day `accessed` (the day they opened it); else None."""
    if url is not None or accessed is not None:
        return None
    rated = [n.confidence for n in statement.metadata.notes if n.claim == "statement-url"]
    if not rated or rated[0] == "high":
        return None
    line = _(
        "The URL is inferred from the State Department's address pattern and was not checked"
        " (confidence {confidence}): open it, then cite with --url ADDRESS --accessed YYYY-MM-DD."
    )
    return line.format(confidence=_(rated[0]))


def _accessed(accessed: dt.date | None, written: str) -> str:
    return " " + _("Accessed {day}.").format(day=written) if accessed is not None else ""


def _plain(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    issuers = [_(issuer) for issuer in meta.issuers]  # the data's names, in Spanish where we have them
    located = f" {_where(where)}." if where else ""
    day = _day_month_year(accessed) if accessed else ""
    released = _("Released by the {issuers}.").format(issuers=_(" and the ").join(issuers))
    return (
        f"{_(AUTHOR)}. {_quoted(meta.title, '.')} {_(GENRE)}, {_(PUBLISHER)}, {_day_month_year(meta.date)}. {released}"
        f" {meta.url}.{located}{_accessed(accessed, day)}"
    )


def _apa(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    # APA 7 gives no retrieval date for a page whose content does not change (nor do
    # its Spanish editions: "Recuperado el ... de" only for pages designed to change).
    if language() == "es":
        issued = f"{meta.date.year}, {meta.date.day} de {month_name(meta.date)}"
    else:
        issued = f"{meta.date.year}, {meta.date:%B} {meta.date.day}"
    entry = f"{_(AUTHOR)}. ({issued}). {meta.title} [{_(GENRE)}]. {_(PUBLISHER)}. {meta.url}"
    if where and where.paragraph:
        cited = f"({_(AUTHOR)}, {meta.date.year}, {_('para.')} {where.paragraph})"
        entry += "\n" + _("In text: {citation}").format(citation=cited)
    return entry


def _chicago(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    # No Spanish edition checked: the style kept, its words translated (see the module's docstring).
    day = _month_day_year(accessed) if accessed else ""
    entry = f"{_(AUTHOR)}. {_quoted(meta.title, '.')} {_(GENRE)}, {_(PUBLISHER)}, {_month_day_year(meta.date)}."
    entry += f"{_accessed(accessed, day)} {meta.url}."
    if where:  # the comma goes inside the closing quotation mark, as Chicago's notes have it
        if where.paragraph:
            title = _quoted(meta.title, ",") + f" {_('para.')} {where.paragraph}"
        else:
            title = _quoted(meta.title)
        described = f" ({where.description})" if where.description else ""
        entry += "\n" + _("Note: {citation}").format(citation=f"{_(AUTHOR)}, {title}{described}.")
    return entry


def _mla(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    # No Spanish edition of the MLA Handbook: the style kept, its words translated.
    url = meta.url.removeprefix("https://").removeprefix("http://")
    day = _mla_day(accessed) if accessed else ""
    author = _("United States, Department of State")
    entry = (
        f"{author}. {_quoted(meta.title, '.')} {_(PUBLISHER)}, {_mla_day(meta.date)}, {url}.{_accessed(accessed, day)}"
    )
    if where and where.paragraph:  # MLA 9 abbreviates paragraph as "par." (Spanish: "párr.")
        entry += "\n" + _("In text: {citation}").format(citation=f"({author}, {_('par.')} {where.paragraph})")
    return entry


def _mla_day(day: dt.date) -> str:
    """Return a day as MLA writes it: '9 May 2024', '15 Jan. 2026' (Spanish: '9 de mayo de 2024')."""
    if language() == "es":
        return day_label(day)
    return f"{day.day} {_mla_month(day)} {day.year}"


def _mla_month(day: dt.date) -> str:
    name = f"{day:%B}"
    return name if len(name) <= 4 else ("Sept." if day.month == 9 else f"{name[:3]}.")


def _tex(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(character, character) for character in text)


def _bibtex(meta: Metadata, where: Locator | None, accessed: dt.date | None) -> str:
    fields = [
        ("author", f"{{{_tex(_(AUTHOR))}}}"),
        ("title", f"{{{_tex(meta.title)}}}"),
        ("howpublished", f"{_tex(_(GENRE))}, {_tex(_(PUBLISHER))}"),
        ("year", str(meta.date.year)),
        ("month", f"{meta.date:%b}".lower()),  # a bare macro: BibTeX and biber both know 'may'
        ("date", meta.date.isoformat()),
        ("url", _tex(meta.url).replace(r"\_", "_").replace(r"\%", "%").replace(r"\#", "#")),
    ]
    fields += [("langid", LANGID), ("language", LANGID)]  # the work's language, English
    if accessed is not None:
        fields.append(("urldate", accessed.isoformat()))
    body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields)
    return f"@misc{{{KEY},\n{body}\n}}"


def _csl_json(meta: Metadata, accessed: dt.date | None, *, ascii_only: bool) -> str:
    item: dict[str, object] = {
        "id": KEY,
        "type": "webpage",
        "title": meta.title,
        "author": [{"literal": _(AUTHOR)}],
        "publisher": _(PUBLISHER),
        "genre": _(GENRE),
        "issued": {"date-parts": [[meta.date.year, meta.date.month, meta.date.day]]},
        "URL": meta.url,
        "language": "en",  # the work's language (the English page), whatever the interface's
        "note": _("Archived copy (address inferred, not checked): {url}").format(url=meta.archive_url),
    }
    if accessed is not None:
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    return to_json([item], ascii_only=ascii_only)


def short_citation(meta: Metadata, paragraph: int | None) -> str:
    """Return the short citation after a quote: '— Title, 9 May 2024, para. 17'
    ('— Title, 9 de mayo de 2024, párr. 17')."""
    locator = f", {_('para.')} {paragraph}" if paragraph else ""
    return f"— {meta.title}, {day_label(meta.date)}{locator}"
