"""Dates for people, in the interface's language: '9 May 2024' or '9 de mayo de 2024',
'17th century' or 'siglo XVII', '2 years ago' or 'hace 2 años'.

The one place for the forms of a date that people read (`_views`, `_cite`, `_queries`'s
`relative_time`). ISO dates (JSON, CSV) are `_views.iso_date`'s and never change with
the language. Month names come from here, not from the C library's locale, so that
Spanish needs no installed locale and English stays what `%B` writes in the C locale.
"""

import datetime as dt

from ._i18n import _, language, ngettext

__all__ = ["century_label", "day_label", "month_label", "month_name", "relative_time", "roman"]

_MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
"""Spanish month names, lower case as Spanish writes them ('setiembre' is also used in
Peru; the RAE and Peru's official texts write 'septiembre')."""


def month_name(day: dt.date) -> str:
    """Return the month's name: 'May' in English, 'mayo' in Spanish."""
    return _MONTHS_ES[day.month - 1] if language() == "es" else f"{day:%B}"


def day_label(day: dt.date) -> str:
    """Return a day for people: '9 May 2024', '9 de mayo de 2024'."""
    if language() == "es":
        return f"{day.day} de {month_name(day)} de {day.year}"
    return f"{day.day} {day:%B} {day.year}"


def month_label(day: dt.date) -> str:
    """Return a month for people: 'November 2024', 'noviembre de 2024'."""
    if language() == "es":
        return f"{month_name(day)} de {day.year}"
    return f"{day:%B} {day.year}"


def century_label(year: int) -> str:
    """Return the century of a year ending in 00 (the data's convention: 1600 stands
    for 1600-1699): '17th century', 'siglo XVII'."""
    century = year // 100 + 1
    if language() == "es":
        return f"siglo {roman(century)}"
    suffix = "th" if 10 <= century % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(century % 10, "th")
    return f"{century}{suffix} century"


def roman(number: int) -> str:
    """Return a positive number in Roman numerals: 17 is 'XVII' (as Spanish writes centuries)."""
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L")):
        out.append(letters * (number // value))
        number %= value
    for value, letters in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        out.append(letters * (number // value))
        number %= value
    return "".join(out)


def relative_time(when: dt.date, today: dt.date, precision: str = "day") -> str:
    """Return how far `when` is from `today` in words: 'today', '2 years ago', 'in 3 months'
    ('hoy', 'hace 2 años', 'dentro de 3 meses'), in the entry's own unit."""
    if precision == "month":
        months = (today.year - when.year) * 12 + today.month - when.month
        return _("this month") if months == 0 else _relative_units(months)
    if precision != "day":
        years = today.year - when.year
        if precision == "century":
            centuries = round(years / 100)
            return _("this century") if centuries == 0 else _phrase(centuries, "century")
        return _("this year") if years == 0 else _phrase(years, "year")
    days = (when - today).days
    if days == 0:
        return _("today")
    months = (when.year - today.year) * 12 + when.month - today.month
    if when.day < today.day and months > 0:
        months -= 1
    elif when.day > today.day and months < 0:
        months += 1
    if months:
        return _relative_units(-months)
    return _phrase(-days, "day")


def _relative_units(months: int) -> str:
    """Return a number of months ago (negative: ahead) in years when a year or more."""
    if abs(months) >= 12:
        return _phrase(int(months / 12), "year")
    return _phrase(months, "month")


def _phrase(amount_ago: int, unit: str) -> str:
    """Return AMOUNT_AGO units ago (negative: ahead) in words, singular or plural."""
    count = abs(amount_ago)
    ago = amount_ago > 0
    # Each phrase written out whole, so that a translation orders its words freely.
    if unit == "day":
        text = (
            ngettext("{count} day ago", "{count} days ago", count)
            if ago
            else ngettext("in {count} day", "in {count} days", count)
        )
    elif unit == "month":
        text = (
            ngettext("{count} month ago", "{count} months ago", count)
            if ago
            else ngettext("in {count} month", "in {count} months", count)
        )
    elif unit == "year":
        text = (
            ngettext("{count} year ago", "{count} years ago", count)
            if ago
            else ngettext("in {count} year", "in {count} years", count)
        )
    else:
        text = (
            ngettext("{count} century ago", "{count} centuries ago", count)
            if ago
            else ngettext("in {count} century", "in {count} centuries", count)
        )
    return text.format(count=count)
