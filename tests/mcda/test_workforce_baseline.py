"""Workforce baseline values: what they accept, and the message for every bad value."""

from __future__ import annotations

import pytest

from mcda.errors import MCDAError
from mcda.workforce import (
    SDG_DENSITY,
    CadreBaseline,
    CombinedNeed,
    Population,
    WorkforceBaseline,
    sdg_threshold,
)


def _baseline(*cadres, population=None, **kw):
    population = population or (Population(1_000_000),)
    return WorkforceBaseline(2026, tuple(cadres), tuple(population), **kw)


def test_a_minimal_baseline_has_defaults():
    """A cadre with only a stock has no flows and no need; the horizon is ten years on."""
    b = _baseline(CadreBaseline("nurses", 1000))
    c = b.cadres[0]
    assert (c.graduates, c.attrition, c.immigration, c.name, c.area) == (0, 0, 0, "nurses", "")
    assert not c.has_need
    assert b.horizon == 2036
    assert b.cadre_ids == ("nurses",)


def test_sdg_preset_is_who_threshold():
    """WHO 2016 (Global Strategy on HRH: Workforce 2030): 4.45 doctors, nurses and midwives per
    1,000 population, as a combined need over the three cadres."""
    need = sdg_threshold()
    assert SDG_DENSITY == 4.45
    assert need.density == 4.45 and need.cadres == ("doctors", "nurses", "midwives")
    assert "Workforce 2030" in need.source


def test_population_grows_and_figures_override():
    """Growth compounds from the start year, and from the last official figure after it."""
    p = Population(1_000_000, 0.026)
    assert p.at(2026, 2026) == 1_000_000
    assert p.at(2026, 2027) == pytest.approx(1_026_000)
    assert p.at(2026, 2028) == pytest.approx(1_052_676)
    q = Population(1_000_000, 0.01, figures={2027: 1_030_000, 2028: 1_050_000})
    assert q.at(2026, 2028) == 1_050_000
    assert q.at(2026, 2030) == pytest.approx(1_050_000 * 1.01**2)


def test_national_population_is_the_sum_of_areas():
    """With populations per area, the national figure is their sum."""
    b = _baseline(CadreBaseline("nurses", 10, area="rural"), CadreBaseline("nurses", 20, area="urban"),
                  population=(Population(600, area="rural"), Population(400, 0.1, area="urban")))
    assert b.population_at("", 2027) == pytest.approx(600 + 440)
    assert b.population_at("north", 2027) is None


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"stock": -5}, "cadre nurses (rural): stock must not be negative, got -5"),
    ({"attrition": 1.5}, "cadre nurses (rural): attrition must be a share per year between 0 and 1, got 1.5"),
    ({"retirement": 5}, "retirement must be a share per year between 0 and 1, got 5 (for 5% write 0.05)"),
    ({"emigration": -0.1}, "emigration must be a share per year between 0 and 1, got -0.1"),
    ({"graduates": "ten"}, "cadre nurses (rural): graduates must be a number, got 'ten'"),
    ({"immigration": float("nan")}, "immigration must be a finite number"),
    ({"attrition": 0.5, "retirement": 0.4, "emigration": 0.2},
     "the exit rates add up to more than 1 (attrition 0.5 + retirement 0.4 + emigration 0.2 = 1.1)"),
    ({"transfer": 0.1}, "a transfer rate needs transfer_to"),
    ({"transfer_to": "rural"}, "transfer_to must be another area than 'rural'"),
    ({"need_density": 1.0, "need_number": 50}, "give the need either as need_density"),
    ({"need_density": -1}, "need_density must be from 0 to 1000, got -1"),
    ({"area": "all"}, "area 'all' is reserved for totals"),
    ({"area": " rural"}, "has spaces at its start or end"),
])
def test_bad_cadre_values_are_named(kwargs, message):
    """Each bad field gives a message naming the cadre, the area and the field."""
    values = {"cadre": "nurses", "stock": 100, "area": "rural"} | kwargs
    with pytest.raises(MCDAError, match=message.replace("(", r"\(").replace(")", r"\)").replace("+", r"\+")):
        CadreBaseline(**values)


def test_empty_cadre_id_is_refused():
    with pytest.raises(MCDAError, match="a cadre: the cadre id is empty"):
        CadreBaseline("", 10)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"size": 0}, "population: size must be above 0, got 0"),
    ({"growth": 2.6}, "population: growth must be from -0.5 to 0.5, got 2.6"),
    ({"figures": {2027: 10, 2029: 12}}, "figures jump from 2027 to 2029; missing 2028"),
    ({"figures": {2027: -10}}, "the figure for 2027 must not be negative"),
])
def test_bad_population_is_named(kwargs, message):
    with pytest.raises(MCDAError, match=message):
        Population(**({"size": 1000} | kwargs))


def test_population_figures_must_follow_the_start_year():
    """A missing year between the start year and the first figure is named."""
    with pytest.raises(MCDAError, match="figures start in 2029; missing 2027, 2028"):
        _baseline(CadreBaseline("n", 1), population=(Population(1000, figures={2029: 1100}),))
    with pytest.raises(MCDAError, match="figures must be for years after the start year 2026"):
        _baseline(CadreBaseline("n", 1), population=(Population(1000, figures={2026: 1100}),))


@pytest.mark.parametrize(("cadres", "population", "extra", "message"), [
    ((CadreBaseline("n", 1), CadreBaseline("n", 2)), None, {}, "cadre n: given twice"),
    ((CadreBaseline("n", 1), CadreBaseline("n", 2, area="rural")), None, {},
     "cadre n: give either one national row"),
    ((CadreBaseline("n", 1, area="rural", name="Nurses"), CadreBaseline("n", 2, area="urban", name="RNs")),
     None, {}, "named 'RNs' here but 'Nurses' in another area"),
    ((CadreBaseline("n", 1, area="rural", transfer=0.1, transfer_to="urbn"),
      CadreBaseline("n", 1, area="urban")), None, {},
     "transfer_to 'urbn' is not an area of n \\(did you mean 'urban'\\?\\)"),
    ((CadreBaseline("n", 1, area="rural", need_density=2.0),), None, {},
     "a density need in area 'rural' needs that area's population"),
    ((CadreBaseline("n", 1, area="rurl"),), (Population(5, area="rural"),), {},
     "no population for area 'rurl' \\(did you mean 'rural'\\?\\)"),
    ((CadreBaseline("n", 1),), (Population(5), Population(5, area="rural")), {},
     "either for the whole country or per area"),
    ((CadreBaseline("n", 1),), (Population(5, area="r"), Population(6, area="r")), {},
     "population of 'r' is given twice"),
    ((CadreBaseline("nurses", 1),), None, {"combined": (CombinedNeed("sdg", 4.45, ("nurses", "doctor")),)},
     "combined need 'sdg': unknown cadre 'doctor'"),
    ((CadreBaseline("nurses", 1),), None, {"combined": (CombinedNeed("nurses", 4.45, ("nurses",)),)},
     "the id is already a cadre's"),
    ((CadreBaseline("n", 1),), None, {"horizon": 2026}, "the horizon \\(2026\\) must be after the start year"),
    ((CadreBaseline("n", 1),), None, {"horizon": 2200}, "more than 100 years after"),
    ((), None, {}, "the baseline has no cadre"),
])
def test_bad_baselines_are_named(cadres, population, extra, message):
    with pytest.raises(MCDAError, match=message):
        _baseline(*cadres, population=population, **extra)


def test_no_population_and_bad_start_year():
    with pytest.raises(MCDAError, match="the baseline has no population"):
        WorkforceBaseline(2026, (CadreBaseline("n", 1),), ())
    with pytest.raises(MCDAError, match="start_year must be a whole year, got '2026'"):
        WorkforceBaseline("2026", (CadreBaseline("n", 1),), (Population(5),))  # type: ignore[arg-type]


def test_replace_validates_again():
    c = CadreBaseline("nurses", 100)
    assert c.replace(stock=120).stock == 120
    with pytest.raises(MCDAError, match="stock must not be negative"):
        c.replace(stock=-1)
