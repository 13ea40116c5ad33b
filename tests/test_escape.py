"""`_escape.clean`: every character that could steer a terminal is shown, never obeyed,
whether the text takes the fast path (nothing to escape) or not."""

from hypothesis import given
from hypothesis import strategies as st

from usperu._escape import STEERING, clean

_VISIBLE = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in STEERING}


def test_every_steering_character_is_shown_as_an_escape() -> None:
    for code in STEERING:
        shown = clean(f"a{chr(code)}b")
        assert shown == "a" + _VISIBLE[code] + "b", hex(code)


def test_printable_text_and_newlines_and_tabs_are_kept() -> None:
    for text in ("Perú – EE. UU.", "line one\nline two", "a\tb", "", "   "):
        assert clean(text) == text


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from([chr(c) for c in STEERING])))
def test_clean_shows_the_same_escapes_as_translating_every_character(text: str) -> None:
    shown = clean(text)
    assert shown == text.translate(_VISIBLE)
    assert not any(chr(code) in shown for code in STEERING)
