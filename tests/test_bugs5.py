"""Bugs found on 2026-12-02 (third session of the day), each pinned by a test that failed
before its fix."""

from __future__ import annotations

import pytest

from .conftest import Invoke


@pytest.mark.parametrize("command", [["cite", "12"], ["quote", "12", "--style", "mla"]])
@pytest.mark.parametrize("url", ["", " ", "https://example.org/a b", "https://example.org/\tpage", "https://x\n"])
def test_a_url_that_is_no_address_is_refused(invoke: Invoke, command: list[str], url: str) -> None:
    """`--url ''` wrote '. .' where the address goes; an address with a space, a tab or a
    newline would be pasted broken. (A control character is shown escaped instead:
    tests/test_mutants_cmds.py.)"""
    result = invoke(*command, "--url", url)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    expected = f"--url expects an address with no spaces, such as https://example.org/page, not {url!r}"
    assert result.stderr == f"usperu: {expected}\n"


@pytest.mark.parametrize("command", [["cite", "12"], ["quote", "12", "--style", "mla"]])
def test_an_access_date_before_the_statement_is_refused(invoke: Invoke, command: list[str]) -> None:
    result = invoke(*command, "--accessed", "2024-05-08")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "usperu: --accessed 2024-05-08 is before the statement was published; give a day from 2024-05-09\n"
    )
    published = invoke(*command, "--accessed", "2024-05-09", "--url", "https://example.org/statement")
    assert published.exit_code == 0, published.output
    assert "example.org/statement" in published.stdout and "Accessed 9 May 2024." in published.stdout


def test_the_refusals_of_url_and_access_date_are_spanish(invoke: Invoke) -> None:
    result = invoke("-L", "es", "cite", "12", "--accessed", "2020-01-01")
    assert result.exit_code == 2
    assert result.stderr == (
        "usperu: --accessed 2020-01-01 es anterior a la publicación de la declaración;"
        " indique un día desde el 2024-05-09\n"
    )
    result = invoke("-L", "es", "cite", "12", "--url", "")
    assert result.exit_code == 2
    assert result.stderr == "usperu: --url espera una dirección sin espacios, como https://example.org/pagina, no ''\n"
