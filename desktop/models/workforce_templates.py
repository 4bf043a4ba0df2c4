"""Baselines to start from when a dialogue has none: four cadres (doctors, nurses, midwives,
community health workers) with zeros to fill in, for the whole country or split into rural and
urban areas like the example, with WHO's SDG threshold of 4.45 doctors, nurses and midwives per
1,000 population as the combined need (WHO 2016, Global Strategy on Human Resources for Health:
Workforce 2030).

The engine refuses a population of zero, so the templates hold a round placeholder
(:data:`PLACEHOLDER_POPULATION`) that the user replaces; the tab says so.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate

from mcda.workforce import CadreBaseline, Population, WorkforceBaseline, sdg_threshold

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

PLACEHOLDER_POPULATION = 1_000_000.0
TEMPLATE_YEARS = 9
"""The template's horizon is the start year + 9: ten years projected, as in the example."""


def _cadres() -> list[tuple[str, str]]:
    return [("doctors", translate("WorkforceTemplate", "Doctors")),
            ("nurses", translate("WorkforceTemplate", "Nurses")),
            ("midwives", translate("WorkforceTemplate", "Midwives")),
            ("chw", translate("WorkforceTemplate", "Community health workers"))]


def template_baseline(split: bool = False, start_year: int | None = None) -> WorkforceBaseline:
    """Four cadres with zero stock and flows, the SDG threshold, a placeholder population.

    Parameters
    ----------
    split:
        One row per cadre in a rural and an urban area (``True``), or one national row each.
    start_year:
        The year of the stocks (default: this year).
    """
    start = start_year or QDate.currentDate().year()
    areas = [translate("WorkforceTemplate", "rural"), translate("WorkforceTemplate", "urban")] if split else [""]
    rows = tuple(CadreBaseline(ident, 0.0, area=a, name=name) for ident, name in _cadres() for a in areas)
    population = tuple(Population(PLACEHOLDER_POPULATION, 0.0, a) for a in areas)
    sdg = replace(sdg_threshold(), name=translate("WorkforceTemplate", "Doctors, nurses and midwives (SDG threshold)"))
    return WorkforceBaseline(start, rows, population, (sdg,), horizon=start + TEMPLATE_YEARS)
