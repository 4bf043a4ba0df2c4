"""Numbers and words of the Workforce tab: counts, rates and years in the user's locale, typed
numbers read back, and the names of flows, areas and effects in the window's language.

The engine (:mod:`mcda.workforce`) stores rates as shares (0.05) and its messages are in English;
the window shows rates as percentages ("5.0%", "5,0 %" in French, through
:mod:`desktop.locale_format`) and names things with
:func:`QCoreApplication.translate`, so that French shows "1 234" and "attrition".
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QLocale

from desktop import locale_format
from dialogue.workforce import area_label as core_area_label
from mcda.workforce import Change, Effect, Flow

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

_SPACES = re.compile(r"[\s\u00a0\u202f']")


def _locale() -> QLocale:
    return QLocale()


def fixed(x: float, decimals: int, grouped: bool = True) -> str:
    """``x`` with exactly ``decimals`` decimals and the locale's separators (``1,234.5``; without
    thousands separators when not ``grouped``, as a cell editor shows it)."""
    if grouped:
        return locale_format.number(x, decimals)
    locale = _locale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(x), "f", decimals)


def plain(x: float, max_decimals: int = 2) -> str:
    """A number as a cell editor shows it: the locale's decimal sign, no thousands separators
    (``5200``, ``0,9`` in French), as few decimals as it needs."""
    for decimals in range(max_decimals + 1):
        if abs(round(x, decimals) - x) < 1e-9:
            return fixed(x, decimals, grouped=False)
    return fixed(x, max_decimals, grouped=False)


def count_text(x: float | None) -> str:
    """A head count: whole workers with thousands separators (``5,200``; ``""`` for None)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    return fixed(round(x), 0)


def number_text(x: float | None, max_decimals: int = 2) -> str:
    """A number with as few decimals as it needs, at most ``max_decimals`` (``450``, ``0.9``)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    for decimals in range(max_decimals + 1):
        if abs(round(x, decimals) - x) < 1e-9:
            return fixed(x, decimals)
    return fixed(x, max_decimals)


def percent_number(share: float, min_decimals: int = 1) -> str:
    """A share as a percentage number without the sign (0.025 -> ``2.5``, 0.0125 -> ``1.25``)."""
    pct = share * 100.0
    decimals = min_decimals
    while decimals < 3 and abs(round(pct, decimals) - pct) > 1e-9:
        decimals += 1
    return fixed(pct, decimals, grouped=False)


def percent_text(share: float | None, min_decimals: int = 1, signed: bool = False,
                 exact: bool = True) -> str:
    """A share as a percentage: ``5.0%`` (French ``5,0 %``); ``signed`` adds ``+`` when positive;
    ``exact`` shows up to three decimals when the share needs them (a rate typed as 2.25 %),
    else exactly ``min_decimals`` (a result such as 7.2 %)."""
    if share is None:
        return ""
    decimals = min_decimals
    while exact and decimals < 3 and abs(round(share * 100.0, decimals) - share * 100.0) > 1e-9:
        decimals += 1
    text = locale_format.percent(share, decimals)
    return _locale().positiveSign() + text if signed and share > 0 else text


def signed_count(x: float) -> str:
    """A change in workers a year, with its sign (``+40``, ``−100``)."""
    text = number_text(abs(x), 1)
    if x > 0:
        return translate("WorkforceFormat", "+{0}").format(text)
    if x < 0:
        return translate("WorkforceFormat", "−{0}").format(text)
    return text


def parse_number(text: object) -> float:
    """A number typed by the user, in the locale's way or the C way (``1 234,5``, ``1234.5``,
    ``5 %``, ``−30``); the percent sign is dropped (the column says what the number means).

    Raises
    ------
    ValueError
        When the text is not a number (the message is translated and quotes the text).
    """
    if isinstance(text, bool):
        raise ValueError(translate("WorkforceFormat", "expected a number, got {0}").format(text))
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        raw = str(text)
        cleaned = _SPACES.sub("", raw).replace("%", "").replace("−", "-").replace("+", "")
        value, ok = _locale().toDouble(cleaned)
        if not ok:
            value, ok = QLocale.c().toDouble(cleaned)
        if not ok and re.fullmatch(r"-?\d*,\d+", cleaned):
            value, ok = QLocale.c().toDouble(cleaned.replace(",", "."))
        if not ok:
            raise ValueError(translate("WorkforceFormat", "“{0}” is not a number").format(raw.strip()))
    if not math.isfinite(value):
        raise ValueError(translate("WorkforceFormat", "expected a finite number, got {0}").format(value))
    return value


def parse_optional(text: object) -> float | None:
    """Like :func:`parse_number`, but a blank cell is None."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return parse_number(text)


def parse_year(text: object) -> int | None:
    """A year typed in a cell, or None when blank."""
    value = parse_optional(text)
    if value is None:
        return None
    if not float(value).is_integer():
        raise ValueError(translate("WorkforceFormat", "expected a whole year, got {0}").format(str(text).strip()))
    return int(value)


# ---------------------------------------------------------------------- words
def flow_label(flow: Flow | str) -> str:
    """A flow's name as the window shows it."""
    return {
        Flow.GRADUATES: translate("WorkforceFormat", "graduates"),
        Flow.IMMIGRATION: translate("WorkforceFormat", "immigration"),
        Flow.ATTRITION: translate("WorkforceFormat", "attrition"),
        Flow.RETIREMENT: translate("WorkforceFormat", "retirement"),
        Flow.EMIGRATION: translate("WorkforceFormat", "emigration"),
        Flow.TRANSFER: translate("WorkforceFormat", "transfers to another area"),
    }[Flow(flow)]


def change_label(change: Change | str) -> str:
    """Relative or absolute, as the effects table says it."""
    return {
        Change.RELATIVE: translate("WorkforceFormat", "relative (%)"),
        Change.ABSOLUTE: translate("WorkforceFormat", "workers a year"),
    }[Change(change)]


def area_label(area: str) -> str:
    """An area's name in the window's language (common ids such as ``urban`` are translated,
    names the user typed are shown as typed); the whole country for ``""``."""
    if not area:
        return translate("WorkforceFormat", "national")
    return core_area_label(area, locale_format.language())


def every_cadre() -> str:
    """What an effect on every cadre reads as."""
    return translate("WorkforceFormat", "every cadre")


def every_area() -> str:
    """What an effect (or a gap) on every area reads as."""
    return translate("WorkforceFormat", "every area")


def row_label(name: str, area: str) -> str:
    """``Nurses (rural)``, or the name alone for a national line."""
    if not area:
        return name
    return translate("WorkforceFormat", "{name} ({area})").format(name=name, area=area_label(area))


def effect_value(effect: Effect, value: float | None) -> str:
    """One of an effect's values as the table shows it: ``−30%`` or ``+40``."""
    if value is None:
        return ""
    if effect.change is Change.RELATIVE:
        return percent_text(value, 0, signed=True).replace("-", "−")
    return signed_count(value)


def describe_effect(effect: Effect, cadre_name: str) -> str:
    """The effect in one translated sentence, as tooltips show it:
    ``attrition of Midwives (rural): −30%, from 2028 (range −40% to −15%)``."""
    target = cadre_name or every_cadre()
    if effect.area:
        target = row_label(target, effect.area)
    text = translate("WorkforceFormat", "{flow} of {target}: {change}").format(
        flow=flow_label(effect.flow), target=target, change=effect_value(effect, effect.central))
    if effect.change is Change.ABSOLUTE:
        text = translate("WorkforceFormat", "{0} a year").format(text)
    if effect.start is not None and effect.end is not None:
        text = translate("WorkforceFormat", "{0}, from {1} to {2}").format(text, effect.start, effect.end)
    elif effect.start is not None:
        text = translate("WorkforceFormat", "{0}, from {1}").format(text, effect.start)
    elif effect.end is not None:
        text = translate("WorkforceFormat", "{0}, until {1}").format(text, effect.end)
    if effect.low != effect.central or effect.high != effect.central:
        text = translate("WorkforceFormat", "{0} (range {1} to {2})").format(
            text, effect_value(effect, effect.low), effect_value(effect, effect.high))
    return text
