"""`usperu quote`."""

from typing import TYPE_CHECKING, Annotated

import typer

from usperu._cite import STYLES
from usperu._commands._options import Choice, Command, choices, command_app, complete_ids, metavar_of, statement_of
from usperu._i18n import _
from usperu._output import EXIT_NO_MATCH, emit, emit_json, fit, note

if TYPE_CHECKING:
    from usperu._model import Correction

app = command_app()

if TYPE_CHECKING:
    QuoteFormat = Choice
    QuoteStyle = Choice
else:
    QuoteFormat = choices("QuoteFormat", ("text", "json"))
    QuoteStyle = choices("QuoteStyle", STYLES)


@app.command(cls=Command)
def quote(
    ctx: typer.Context,
    ident: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]",
            help="The record to quote: an id, a unique prefix or alias, or a key achievement's number.",
            show_default=False,
            autocompletion=complete_ids,
        ),
    ] = None,
    check: Annotated[
        str | None,
        typer.Option(
            "--check",
            "-c",
            metavar="TEXT",
            help="Find where the statement says TEXT instead: the closest passages, best first.",
            show_default=False,
        ),
    ] = None,
    style: Annotated[
        QuoteStyle | None,
        typer.Option(
            "--style",
            "-s",
            metavar=metavar_of(QuoteStyle),
            help="Cite in this style (as 'usperu cite') instead of the short citation.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    accessed: Annotated[
        str | None,
        typer.Option(
            "--accessed",
            metavar="YYYY-MM-DD",
            help="The day you opened the URL, not after today (no access date without it).",
            show_default=False,
        ),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(
            "--url", metavar="URL", help="Cite this address instead of the statement's URL.", show_default=False
        ),
    ] = None,
    verbatim: Annotated[
        bool,
        typer.Option(
            "--verbatim",
            help="Our copy's words exactly, without the official wording in brackets (the output says so).",
        ),
    ] = False,
    fmt: Annotated[
        QuoteFormat,
        typer.Option("--format", "-f", metavar=metavar_of(QuoteFormat), help="Output format.", case_sensitive=False),
    ] = "text",
) -> None:
    """Quote a record verbatim with its locator, or check that words are in the statement.

    'usperu quote ID' prints the record's words in curly quotes, then a short citation
    with the paragraph, then a line saying whose words they are: our copy is a machine
    translation, so where a correction records the official wording it stands in
    [brackets] in place of our copy's ("Peter [Camino]"), and words our copy garbles
    whose official wording could not be checked are marked [garbled in our copy]. --verbatim gives our
    copy's words exactly, and says so (-f json: "text", "marked" and "corrections").
    --style cites as 'usperu cite' does: an access date only with --accessed, and a
    line after the citation when the bundled URL was not checked.

    'usperu quote --check TEXT' lists the closest passages, each with a similarity from
    0 to 1. Case, punctuation, curly quotes, hyphens and small words (the, a, of) may
    differ; every other word must be the statement's, in order. Exit code 0 when a
    passage scores 0.9 or more so, 1 when none does (the closest is shown).

    Examples:

      usperu quote 12

      usperu quote peter-camino -f json

      usperu quote peter-camino --verbatim

      usperu quote 12 --style mla --accessed 2026-01-15

      usperu quote --check "Peru's decision to join the Artemis Accords"
    """
    from usperu._errors import InvalidArgumentError

    if (ident is None) == (check is None):
        raise InvalidArgumentError(
            _("give either an ID to quote or --check TEXT to look for (see 'usperu quote --help')")
        )
    if check is not None and (style is not None or accessed is not None or url is not None):
        raise InvalidArgumentError(
            _("--style, --accessed and --url go with an ID, not with --check (see 'usperu quote --help')")
        )
    statement = statement_of(ctx)
    if check is not None:
        _check(statement, check, fmt)
        return
    assert ident is not None
    if style is None and (accessed is not None or url is not None):
        raise InvalidArgumentError(
            _("--accessed and --url go with --style: the short citation has no URL (see 'usperu quote --help')")
        )
    from usperu._brackets import is_reading, marked, wording_line
    from usperu._cite import as_cite_does, caution, hint, locator_for
    from usperu._queries import corrections_for, find_record
    from usperu._quote import quotable
    from usperu._render import clean, stdout_is_unicode

    record = find_record(statement, ident)
    text = quotable(statement, record)
    where = locator_for(statement, record)
    paragraph = where.paragraph if where else None
    unchecked = None
    if style is None:
        from usperu._cite import short_citation

        citation = short_citation(statement.metadata, paragraph)
    else:  # as `usperu cite`: no access date but the day the user gives
        written, unchecked = as_cite_does(statement, record, style, accessed, url, not stdout_is_unicode())
        citation = written.rstrip("\n")
    fixes = corrections_for(statement, record)
    pasted = marked(text, fixes)
    wording = wording_line(None if verbatim else pasted)
    if fmt == "json":
        found = [{**_correction(c), "reading": is_reading(c)} for c in fixes]
        data = {"text": text, "marked": pasted.text, "verbatim": verbatim, "wording": wording}
        data |= {"id": record.id, "paragraph": paragraph, "citation": citation, "corrections": found}
        emit_json(data)
        return
    shown = text if verbatim else pasted.text
    cited = citation if style and style == "csl-json" else clean(citation)
    emit(fit(f"“{clean(shown)}”\n{cited}\n" + (f"{unchecked}\n" if unchecked else "") + f"{wording}\n"))
    locate = hint(statement, record, style) if style is not None else None  # BibTeX, CSL-JSON: no locator
    for message in (locate, caution(statement, record)):
        if message:
            note(message)


def _check(statement: object, text: str, fmt: str) -> None:
    from usperu._model import Statement
    from usperu._quote import THRESHOLD, check
    from usperu._render import clean

    assert isinstance(statement, Statement)
    matches = check(statement, text)
    if fmt == "json":
        emit_json([{**m._asdict(), "corrections": [_correction(c) for c in m.corrections]} for m in matches])
    else:
        lines = []
        for n, m in enumerate(matches):
            if m.score >= THRESHOLD:
                verdict = _("found") if m.found else _("near")
            else:  # not near anything the statement says: at best the closest passage there is
                verdict = _("no match; the closest passage:") if n == 0 else _("no match")
            where = _("{id}, para. {paragraph}").format(id=m.id, paragraph=m.paragraph)
            lines.append(f"{m.score:.2f}  {verdict}  {where}")
            lines.append(f"      “{clean(m.passage)}”")
            for c in m.corrections:
                said = _("our copy says “{quoted}”, officially “{official}” ({source})").format(
                    quoted=c.quoted, official=c.official, source=c.source
                )
                lines.append("      " + _("official wording, not our copy's: {said}").format(said=clean(said)))
        emit(fit("\n".join(lines) + "\n"))
    if not matches:
        note(_("no match in the statement: no passage has any of these words"))
        raise typer.Exit(EXIT_NO_MATCH)
    if not any(m.found for m in matches):
        best = matches[0].score
        if best < THRESHOLD:
            message = _(
                "no match in the statement: the closest passage scores {score} (found means {threshold} or more)"
            )
        else:
            message = _(
                "not found in the statement: the closest passage scores {score} (found means {threshold} or more)"
            )
        note(message.format(score=f"{best:.2f}", threshold=THRESHOLD))
        raise typer.Exit(EXIT_NO_MATCH)


def _correction(correction: "Correction") -> dict[str, str]:
    """Return a correction as `quote -f json` gives it under "corrections"."""
    return {
        "id": correction.id,
        "quoted": correction.quoted,
        "official": correction.official,
        "source": correction.source,
        "confidence": correction.confidence,
    }
