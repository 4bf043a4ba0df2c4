"""A pyqtgraph axis whose tick labels follow the window's language (``0,25`` in French)."""

from __future__ import annotations

from math import ceil, log10

import pyqtgraph as pg

from desktop.locale_format import general, number


class LocaleAxisItem(pg.AxisItem):
    """pyqtgraph's axis with the same ticks, written by :mod:`desktop.locale_format`.

    pyqtgraph writes tick labels with ``%g`` / ``%0.Nf``, a decimal point in every language; this
    keeps its choice of decimals (enough to tell neighbouring ticks apart) and only changes how
    the numbers are written. Ticks set with ``setTicks`` (names, ranks) are shown as given.
    """

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        """The tick labels, in the language of the default QLocale."""
        if self.logMode or spacing * scale <= 0:
            return super().tickStrings(values, scale, spacing)
        places = max(0, ceil(-log10(spacing * scale)))
        out = []
        for v in values:
            vs = v * scale
            out.append(general(vs, group=False) if abs(vs) < 0.001 or abs(vs) >= 10000 else number(vs, places))
        return out


def locale_axes(*sides: str) -> dict[str, LocaleAxisItem]:
    """Axis items for ``pg.PlotWidget(axisItems=...)``: ``locale_axes("left", "bottom")``."""
    return {side: LocaleAxisItem(orientation=side) for side in sides}
