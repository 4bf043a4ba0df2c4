"""The example dialogue's workforce baseline and each option's expected effects (illustrative).

Mayanga is fictional; the figures are plausible for a low-income country of 18 million people
(two thirds rural) with about 1.1 doctors, nurses and midwives per 1,000 population, far below
WHO's SDG threshold of 4.45 (WHO 2016, Global Strategy on Human Resources for Health: Workforce
2030). The flows follow the orders of magnitude reported for the region (WHO 2010, Increasing
access to health workers in remote and rural areas through improved retention; annual attrition
of 5-10%, rural-to-urban transfers that empty rural posts). The effects are made-up judgements of
the kind a technical working group would give, with a low and a high value, not study results.
"""

from __future__ import annotations

from dialogue.model import Put, Step
from dialogue.workforce import BASELINE_KEY, LINK_KEY, OptionEffects, WorkforceLink
from mcda.workforce import CadreBaseline, Effect, Population, WorkforceBaseline, sdg_threshold

START_YEAR = 2026
HORIZON = 2035

# cadre, name, area, stock, graduates/yr, attrition, retirement, emigration, immigration/yr,
# transfer to the other area, need per 1,000 population of the area
_CADRES = [
    ("nurses", "Nurses", "rural", 5200, 450, 0.05, 0.020, 0.010, 0, 0.04, 0.90),
    ("nurses", "Nurses", "urban", 7800, 520, 0.04, 0.025, 0.025, 20, 0.0, 1.20),
    ("midwives", "Midwives", "rural", 1450, 120, 0.06, 0.020, 0.010, 0, 0.05, 0.30),
    ("midwives", "Midwives", "urban", 1650, 90, 0.04, 0.025, 0.020, 0, 0.0, 0.35),
    ("doctors", "Doctors", "rural", 420, 30, 0.05, 0.020, 0.030, 0, 0.08, 0.10),
    ("doctors", "Doctors", "urban", 1900, 140, 0.03, 0.020, 0.050, 15, 0.0, 0.40),
    ("chw", "Community health workers", "rural", 9000, 900, 0.10, 0.010, 0.0, 0, 0.0, 1.00),
    ("chw", "Community health workers", "urban", 1200, 100, 0.08, 0.010, 0.0, 0, 0.0, 0.20),
]
_POPULATION = [("rural", 11_700_000, 0.022), ("urban", 6_300_000, 0.034)]

_NM = ("nurses", "midwives")
EXAMPLE_TARGET = WorkforceLink("", _NM, "rural")
# option id -> effects: (cadres, flow, change, central, low, high, area, start, note)
_EFFECTS: dict[str, list[tuple]] = {
    "rural_admission": [
        (_NM, "attrition", "relative", -0.15, -0.05, -0.25, "rural", 2030,
         "Graduates from rural districts stay longer (WHO 2010, recommendation A1); first cohort 2030."),
        (_NM, "transfer", "relative", -0.20, -0.10, -0.30, "rural", 2030, ""),
    ],
    "north_school": [
        (("nurses",), "graduates", "absolute", 60, 40, 80, "rural", 2030,
         "120-place campus; about half of its graduates take rural posts."),
        (("midwives",), "graduates", "absolute", 25, 15, 30, "rural", 2030, ""),
    ],
    "rural_rotations": [
        (_NM, "attrition", "relative", -0.05, 0.0, -0.10, "rural", 2028,
         "Students who know rural practice leave it less (small, uncertain effect)."),
    ],
    "community_midwives": [
        (("midwives",), "graduates", "absolute", 80, 50, 100, "rural", 2029,
         "Two-year course; trainees recruited and posted in their own district."),
        (("midwives",), "attrition", "relative", -0.10, 0.0, -0.20, "rural", 2029, ""),
    ],
    "compulsory_service": [
        (("nurses",), "graduates", "absolute", 100, 60, 140, "rural", 2027,
         "Two years in a rural post: new graduates redirected from towns."),
        (("nurses",), "graduates", "absolute", -100, -140, -60, "urban", 2027, ""),
        (_NM, "attrition", "relative", 0.10, 0.20, 0.0, "rural", 2027,
         "Resentment of compulsion: more leave once their service ends."),
    ],
    "bonded_scholarships": [
        (("nurses",), "graduates", "absolute", 40, 30, 50, "rural", 2030,
         "Bonded students from underserved districts; first graduates 2030."),
        (("midwives",), "graduates", "absolute", 20, 15, 25, "rural", 2030, ""),
    ],
    "hardship_allowance": [
        (_NM, "attrition", "relative", -0.30, -0.15, -0.40, "rural", 2027,
         "Allowance of 25% of base salary; expert judgement of the working group."),
        (_NM, "transfer", "relative", -0.25, -0.10, -0.35, "rural", 2027, ""),
    ],
    "staff_housing": [
        (_NM, "attrition", "relative", -0.10, -0.05, -0.15, "rural", 2028,
         "Houses delivered from 2028 over five years."),
    ],
    "telehealth": [
        (_NM, "attrition", "relative", -0.05, 0.0, -0.10, "rural", 2027,
         "Less professional isolation."),
    ],
    "career_path": [
        (_NM, "transfer", "relative", -0.20, -0.10, -0.30, "rural", 2029,
         "Promotion after three years in post: fewer early transfers to towns."),
    ],
    "task_sharing": [
        (("chw",), "graduates", "absolute", 300, 200, 400, "rural", 2027,
         "Community health workers take on family planning and newborn care."),
    ],
}


def example_baseline() -> WorkforceBaseline:
    """The example's baseline: four cadres in rural and urban areas, 2026 to 2035."""
    rows = []
    for cadre, name, area, stock, grads, attr, ret, emig, immig, transfer, density in _CADRES:
        rows.append(CadreBaseline(
            cadre, float(stock), float(grads), attr, ret, emig, float(immig), area=area, name=name,
            transfer=transfer, transfer_to="urban" if transfer else "", need_density=density))
    population = tuple(Population(float(size), growth, area) for area, size, growth in _POPULATION)
    return WorkforceBaseline(START_YEAR, tuple(rows), population,
                             (sdg_threshold(),), horizon=HORIZON)


def example_effects() -> dict[str, tuple[Effect, ...]]:
    """Each example option's expected effects (options without effects are absent)."""
    out: dict[str, tuple[Effect, ...]] = {}
    for oid, items in _EFFECTS.items():
        effects = []
        for cadres, flow, change, central, a, b, area, start, note in items:
            low, high = sorted((a, b))
            for i, cadre in enumerate(cadres):
                effects.append(Effect(cadre, flow, float(central), change, low=float(low),
                                      high=float(high), area=area, start=start,
                                      note=note if i == 0 else ""))
        out[oid] = tuple(effects)
    return out


def workforce_steps() -> list[Step]:
    """The steps that put the baseline and the effects into the example dialogue."""
    steps: list[Step] = [Put("workforce", BASELINE_KEY, example_baseline()),
                         # The working group counts the gap closed on rural nurses and midwives,
                         # the cadres the dialogue is about; it feeds no criterion yet.
                         Put("workforce", LINK_KEY, EXAMPLE_TARGET)]
    steps += [Put("effects", oid, OptionEffects(oid, effects))
              for oid, effects in example_effects().items()]
    return steps
