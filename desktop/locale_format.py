"""Numbers, percentages and dates as the window's language writes them, and typed numbers read back.

Everything follows the default ``QLocale()``, which :mod:`desktop.i18n` sets when the language
changes (France for French, the United Kingdom for English): ``0,81`` and ``29 novembre 2026`` in
French, ``0.81`` and ``29 November 2026`` in English. Use these helpers for what the user READS
(table cells in DisplayRole, labels, tool tips, chart axes); keep EditRole values and files numeric
and language-free.

Examples
--------
>>> from PySide6.QtCore import QLocale
>>> saved = QLocale()
>>> QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
>>> number(0.8149), percent(0.81), general(3.5), date_text("2026-11-29")
('0,81', '81\u202f%', '3,5', '29 novembre 2026')
>>> parse_number("0,81") == parse_number("0.81") == 0.81
True
>>> QLocale.setDefault(saved)
"""

from __future__ import annotations

import math
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

# French puts a narrow no-break space before the percent sign ("81 %"); English writes "81%".
_NARROW_NBSP = "\u202f"
_WEEKDAY = re.compile(r"d{4}[,\s]*|[,\s]*d{4}")


def core_message(message: str) -> str:
    """A message of the engines (a PalabreError's ``message`` or ``problems``, an edit's label for
    the Undo menu) in the window's language, by :func:`palabre.i18n.translate_message`: the
    engines speak English, and names the user typed are kept as they are."""
    from palabre.i18n import translate_message

    return translate_message(message, language())


def language() -> str:
    """``"fr"`` when the window shows French (the default locale is French), else ``"en"``.

    For labels the core modules offer in several languages (``category_label(c, language())``).
    """
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def number(x: float, decimals: int = 2) -> str:
    """A number with a fixed count of decimals: ``0,81`` in French, ``0.81`` in English.

    Thousands are grouped the language's way (``12 345,5``). Not a number shows as ``—``.
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    return QLocale().toString(float(x), "f", decimals)


def signed(x: float, decimals: int = 2) -> str:
    """A number with its sign, plus included (``+0,12``, ``-0,40``): for changes and indices."""
    text = number(x, decimals)
    return text if text.startswith(("-", "—")) or x < 0 else QLocale().positiveSign() + text


def general(x: float, digits: int = 6, group: bool = True) -> str:
    """A number as short as it can be written, up to ``digits`` significant digits, like Python's
    ``:g`` (``3,5``, ``5``, ``0,123457``): for scores and values the user typed.

    ``group=False`` leaves thousands ungrouped (``12000``), for the text of an editor.
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    locale = QLocale()
    if not group:
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    value = float(x)
    if value.is_integer() and abs(value) < 10**digits:
        return locale.toString(int(value))
    return locale.toString(value, "g", digits)


def percent(fraction: float, decimals: int = 0) -> str:
    """A share as a percentage: 0.81 gives ``81 %`` in French (narrow no-break space), ``81%`` in
    English."""
    if fraction is None or (isinstance(fraction, float) and math.isnan(fraction)):
        return "—"
    locale = QLocale()
    space = _NARROW_NBSP if locale.language() == QLocale.Language.French else ""
    return f"{locale.toString(100.0 * float(fraction), 'f', decimals)}{space}{locale.percent()}"


def range_text(low: float, high: float, unit: str = "") -> str:
    """A scale's bounds in words, with its unit when it has one: ``0 à 100 %``, ``1 to 5``."""
    text = QCoreApplication.translate("LocaleFormat", "{low} to {high} {unit}").format(
        low=general(low), high=general(high), unit=unit)
    return text.strip()


def date_text(value: str | date | QDate) -> str:
    """A date in words, without the weekday: ``29 novembre 2026``, ``29 November 2026``.

    ``value`` is an ISO date (``"2026-11-29"``), a ``datetime.date`` or a ``QDate``. Text that is
    not an ISO date (a date typed freely, "November 2026") is returned unchanged: it is the user's.
    """
    if isinstance(value, QDate):
        qdate = value
    elif isinstance(value, date):
        qdate = QDate(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        qdate = QDate.fromString(text[:10], "yyyy-MM-dd") if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]) else QDate()
        if not qdate.isValid():
            return str(value)
    locale = QLocale()
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return locale.toString(qdate, pattern)


def datetime_text(seconds: float) -> str:
    """A moment (seconds since the epoch) as a date in words and a local time:
    ``29 novembre 2026 14:05``, ``29 November 2026 14:05``."""
    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    time = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return f"{date_text(moment.date())} {time}"


def parse_number(text: str) -> float:
    """A number typed by the user: ``0,81`` or ``0.81`` in French, ``0.81`` or ``1,000.5`` in English
    (and ``6,5`` there too: a lone comma with no point reads as a decimal comma).

    Raises
    ------
    ValueError
        When the text is not a finite number (the caller words the message for the user).
    """
    raw = str(text).strip()
    locale = QLocale()
    value, ok = locale.toDouble(raw)
    if not ok:
        compact = re.sub(r"[\s\u00a0\u202f]", "", raw)
        if compact.count(",") == 1 and "." not in compact:
            compact = compact.replace(",", ".")  # a decimal comma, whatever the language
        value = float(compact)  # raises ValueError on anything else
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {text!r}")
    return float(value)
