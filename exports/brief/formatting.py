"""Numbers, percentages and dates written the way each language writes them.

Formatted by hand rather than through the system locale, which may be missing (minimal Docker
images have only C.UTF-8) and is process-wide. French follows the Imprimerie nationale's rules
(*Lexique des règles typographiques*, 2002): decimal comma, a narrow no-break space between
thousands, a no-break space before % and day-month-year dates with lower-case month names.
"""

from __future__ import annotations

import datetime as _dt
import math

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space (French thousands separator)

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}


def number(value: float | int | None, lang: str, decimals: int = 2) -> str:
    """A number with a fixed count of decimals: ``0.81`` in English, ``0,81`` in French.

    Thousands are grouped (``1,250.5`` / ``1 250,5``). None or NaN gives an en dash.

    Examples
    --------
    >>> number(0.8123, "fr"), number(1250.5, "en", 1), number(-3, "fr", 0)
    ('0,81', '1,250.5', '−3')
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{abs(value):,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    rounded_zero = float(f"{abs(value):.{decimals}f}") == 0.0
    sign = "−" if value < 0 and not rounded_zero else ""  # a true minus sign, not a hyphen
    return sign + text


def signed(value: float | None, lang: str, decimals: int = 2) -> str:
    """A number with its sign always shown: ``+0.45``, ``−0.12``, ``0.00``."""
    text = number(value, lang, decimals)
    if value is not None and text not in ("–",) and not text.startswith("−") and \
            float(f"{value:.{decimals}f}") != 0.0:
        return "+" + text
    return text


def percent(share: float | None, lang: str, decimals: int = 0) -> str:
    """A share from 0 to 1 as a percentage: ``81%`` in English, ``81 %`` in French."""
    if share is None or not math.isfinite(share):
        return "–"
    text = number(share * 100.0, lang, decimals)
    return f"{text}{NBSP}%" if lang == "fr" else f"{text}%"


def date(iso: str, lang: str) -> str:
    """An ISO date in words: ``12 November 2026`` / ``12 novembre 2026`` (``1er`` in French).

    An empty or unreadable date is returned as it was.
    """
    try:
        d = _dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    months = _MONTHS.get(lang, _MONTHS["en"])
    day = "1er" if lang == "fr" and d.day == 1 else str(d.day)
    return f"{day} {months[d.month - 1]} {d.year}"


def ordinal(n: int, lang: str) -> str:
    """``1st``, ``2nd``... in English; ``1er``, ``2e``... in French."""
    if lang == "fr":
        return "1er" if n == 1 else f"{n}e"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def join_list(items: list[str], lang: str) -> str:
    """``a, b and c`` / ``a, b et c``."""
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    word = " et " if lang == "fr" else " and "
    return ", ".join(items[:-1]) + word + items[-1]
