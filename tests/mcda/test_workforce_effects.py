"""Effects of interventions on the projection: relative and absolute changes, start and end years,
how they combine in bundles, the low/central/high runs, and every bad-effect message.

Expected figures are worked out by hand in each docstring, on the model
S(t+1) = S(t) + inflows - exit rates x S(t).
"""

from __future__ import annotations

import pytest

from mcda.errors import MCDAError
from mcda.workforce import (
    CadreBaseline,
    Change,
    Effect,
    Flow,
    Population,
    ScenarioKind,
    WorkforceBaseline,
    check_effects,
    combined,
    dialogue_scenarios,
    project,
    project_scenarios,
)

POP = (Population(1_000_000),)


def _one(**flows):
    return WorkforceBaseline(2026, (CadreBaseline("nurses", 1000, **flows),), POP, horizon=2029)


def _areas(**rural):
    return WorkforceBaseline(2026, (
        CadreBaseline("midwives", 1000, area="rural", **rural),
        CadreBaseline("midwives", 500, area="urban", graduates=10, attrition=0.05),
    ), (Population(600_000, area="rural"), Population(400_000, area="urban")), horizon=2029)


def test_relative_change_from_a_start_year():
    """Attrition 10%, cut by 30% from 2027: the flows of 2026 are unchanged (900 in 2027), then
    7% leave: 837 in 2028, 778.41 in 2029."""
    p = project(_one(attrition=0.1), [Effect("nurses", "attrition", -0.3, start=2027)])
    assert p.series("nurses").tolist() == pytest.approx([1000, 900, 837, 778.41])


def test_absolute_graduates_from_a_start_year():
    """+40 graduates a year from 2028 on top of 100: 1100, 1200, then 1340 (the flows of 2028
    make the stock of 2029)."""
    p = project(_one(graduates=100), [Effect("nurses", "graduates", 40, Change.ABSOLUTE, start=2028)])
    assert p.series("nurses").tolist() == pytest.approx([1000, 1100, 1200, 1340])


def test_absolute_change_on_a_rate_is_workers_per_year():
    """5% emigration, 30 fewer emigrants a year: 50 - 30 = 20 leave (980), then 49 - 30 = 19 (961)."""
    p = project(_one(emigration=0.05), [Effect("nurses", "emigration", -30, Change.ABSOLUTE)])
    assert p.series("nurses").tolist()[:3] == pytest.approx([1000, 980, 961])


def test_end_year_limits_an_effect():
    """+100 graduates in 2026 and 2027 only: 1100, 1200, then no more."""
    p = project(_one(), [Effect("nurses", "graduates", 100, "absolute", start=2026, end=2027)])
    assert p.series("nurses").tolist() == pytest.approx([1000, 1100, 1200, 1200])


def test_absolute_change_on_all_areas_is_split_by_the_flow():
    """+40 midwife graduates a year, no area given: rural trains 30 and urban 10, so rural gets
    +30 and urban +10 (not +40 each)."""
    b = WorkforceBaseline(2026, (
        CadreBaseline("midwives", 0, 30, area="rural"), CadreBaseline("midwives", 0, 10, area="urban"),
    ), (Population(6e5, area="rural"), Population(4e5, area="urban")), horizon=2027)
    p = project(b, [Effect("midwives", "graduates", 40, "absolute")])
    assert p.series("midwives", "rural")[-1] == pytest.approx(60)
    assert p.series("midwives", "urban")[-1] == pytest.approx(20)


def test_effect_on_one_area_leaves_the_other():
    """Rural attrition of midwives -30%: rural 10% -> 7% (930 in 2027); urban unchanged (485)."""
    p = project(_areas(attrition=0.1), [Effect("midwives", "attrition", -0.3, area="rural")])
    assert p.series("midwives", "rural")[1] == pytest.approx(930)
    assert p.series("midwives", "urban")[1] == pytest.approx(485)


def test_effect_on_every_cadre():
    """A cadre of "" reaches every cadre."""
    b = WorkforceBaseline(2026, (CadreBaseline("a", 100, attrition=0.1), CadreBaseline("b", 200, attrition=0.1)),
                          POP, horizon=2027)
    p = project(b, [Effect("", "attrition", -0.5)])
    assert (p.series("a")[1], p.series("b")[1]) == pytest.approx((95, 190))


def test_relative_changes_multiply_and_absolute_ones_add():
    """Two cuts of attrition by 30% and 20% make 0.7 x 0.8 = 0.56 of 10%: 944 in 2027.
    Graduates 100, +50% and +40 a year: 100 x 1.5 + 40 = 190 (relative first, then absolute)."""
    cuts = [Effect("nurses", "attrition", -0.3), Effect("nurses", "attrition", -0.2)]
    assert project(_one(attrition=0.1), cuts).series("nurses")[1] == pytest.approx(944)
    more = [Effect("nurses", "graduates", 40, "absolute"), Effect("nurses", "graduates", 0.5)]
    assert project(_one(graduates=100), more).series("nurses")[1] == pytest.approx(1190)


def test_flows_never_go_below_zero_and_no_more_than_the_stock_leaves():
    """-250 graduates a year on 100 gives 0 graduates, not -150. Attrition 50% raised by 150%
    (125%) with 20% retirement: exits are scaled down to the whole stock, so only the 100
    graduates remain."""
    p = project(_one(graduates=100), [Effect("nurses", "graduates", -250, "absolute")])
    assert p.series("nurses").tolist() == pytest.approx([1000] * 4)
    q = project(_one(graduates=100, attrition=0.5, retirement=0.2), [Effect("nurses", "attrition", 1.5)])
    assert q.series("nurses").tolist() == pytest.approx([1000, 100, 100, 100])


def test_transfer_effect_keeps_rural_workers():
    """10% of rural midwives move to town; halving it: rural 1000 - 50 = 950 in 2027, urban
    500 + 10 - 25 + 50 = 535."""
    b = _areas(transfer=0.1, transfer_to="urban")
    p = project(b, [Effect("midwives", "transfer", -0.5, area="rural")])
    assert p.series("midwives", "rural")[1] == pytest.approx(950)
    assert p.series("midwives", "urban")[1] == pytest.approx(535)


def test_low_and_high_runs_are_the_pessimistic_and_optimistic_ends():
    """Attrition 10% cut by 30% (20% to 40%): the low run keeps the weakest cut (8% leave: 920),
    the high run the strongest (6%: 940). With +40 graduates (20 to 60) as well, each run takes
    every effect's end in the same direction: 920 + 20 = 940, 930 + 40 = 970, 940 + 60 = 1000."""
    effect = Effect("nurses", "attrition", -0.3, low=-0.4, high=-0.2)
    p = project(_one(attrition=0.1), [effect])
    low, mid, high = p.stock[:, 0, 1]
    assert (low, mid, high) == pytest.approx((920, 930, 940))
    grads = Effect("nurses", "graduates", 40, "absolute", low=20, high=60)
    q = project(_one(attrition=0.1), [effect, grads])
    assert q.stock[:, 0, 1].tolist() == pytest.approx([940, 970, 1000])
    row = q.at("nurses", 2027)
    assert (row.stock_low, row.stock, row.stock_high) == pytest.approx((940, 970, 1000))


def test_the_baseline_has_no_range():
    p = project(_one(attrition=0.1))
    assert p.stock[0].tolist() == p.stock[1].tolist() == p.stock[2].tolist()


def test_scenarios_of_a_dialogue():
    """Baseline, one scenario per option with effects, each bundle, and all options together;
    a bundle's projection is its options' effects combined."""
    opts = {"allowance": [Effect("nurses", "attrition", -0.3)],
            "school": [Effect("nurses", "graduates", 40, "absolute", start=2028)],
            "talks": []}
    scenarios = dialogue_scenarios(opts, {"rural package": ["allowance", "school", "talks"]},
                                   {"allowance": "Rural allowance"})
    assert [(s.kind, s.id) for s in scenarios] == [
        (ScenarioKind.BASELINE, "baseline"), (ScenarioKind.OPTION, "allowance"), (ScenarioKind.OPTION, "school"),
        (ScenarioKind.BUNDLE, "rural package"), (ScenarioKind.ALL, "all")]
    assert scenarios[1].name == "Rural allowance" and scenarios[2].name == "school"
    assert scenarios[3].options == ("allowance", "school")
    b = _one(graduates=100, attrition=0.1)
    runs = project_scenarios(b, scenarios)
    bundle = runs["bundle:rural package"].series("nurses")
    alone = project(b, combined(opts["allowance"], opts["school"])).series("nurses")
    assert bundle.tolist() == pytest.approx(alone.tolist())
    assert runs["all:all"].series("nurses").tolist() == pytest.approx(alone.tolist())
    assert (runs["option:allowance"].series("nurses")[-1] > runs["baseline:baseline"].series("nurses")[-1])


def test_a_bundle_naming_an_unknown_option_is_refused():
    with pytest.raises(MCDAError, match="bundle 'pkg': unknown option 'x'"):
        dialogue_scenarios({"a": []}, {"pkg": ["a", "x"]})


def test_no_all_options_scenario_for_a_single_option():
    assert [s.kind for s in dialogue_scenarios({"a": [Effect("n", "graduates", 1.0)]})] == [
        ScenarioKind.BASELINE, ScenarioKind.OPTION]


def test_describe_reads_like_the_issue():
    e = Effect("midwives", "attrition", -0.3, area="rural", start=2028, low=-0.4, high=-0.15)
    assert e.describe() == "attrition of midwives (rural) -30% from 2028 (-40% to -15%)"
    g = Effect("nurses", Flow.GRADUATES, 40, "absolute", start=2029)
    assert g.describe() == "graduates of nurses +40 a year from 2029"


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"flow": "atrition"}, "unknown flow 'atrition' \\(did you mean 'attrition'\\?\\)"),
    ({"change": "percent"}, "unknown change 'percent'"),
    ({"central": -30}, "a relative central value is a fraction from -1 .* got -30 \\(for -30% write -0.3\\)"),
    ({"central": -0.3, "low": -0.2}, "the values must be low <= central <= high, got -0.2, -0.3, -0.3"),
    ({"central": float("inf")}, "the central value must be a finite number"),
    ({"start": 2030, "end": 2028}, "end \\(2028\\) is before start \\(2030\\)"),
    ({"start": 26}, "start must be a year from 1900 to 2200, got 26"),
    ({"change": "absolute", "central": 2e9}, "at most 1,000,000,000 workers a year"),
])
def test_bad_effects_are_named(kwargs, message):
    values = {"cadre": "midwives", "flow": "attrition", "central": -0.3, "area": "rural"} | kwargs
    with pytest.raises(MCDAError, match=message):
        Effect(**values)


def test_effects_must_target_what_the_baseline_has():
    """Each problem is named, with a suggestion, and all are listed."""
    b = _areas(attrition=0.1)
    bad = [Effect("midwive", "attrition", -0.3), Effect("midwives", "attrition", -0.3, area="rurl"),
           Effect("midwives", "transfer", -0.3)]
    with pytest.raises(MCDAError) as err:
        check_effects(b, bad, "option 'allowance'")
    assert err.value.problems == [
        "option 'allowance': effect on attrition of midwive: unknown cadre 'midwive' (did you mean 'midwives'?)",
        "option 'allowance': effect on attrition of midwives (rurl): 'rurl' is not an area of midwives "
        "(areas: rural, urban) (did you mean 'rural'?)",
        "option 'allowance': effect on transfer of midwives: no row of the target transfers workers to "
        "another area (set transfer and transfer_to)",
    ]
    with pytest.raises(MCDAError, match="option 'x': effect on attrition of midwive: unknown cadre"):
        project_scenarios(b, dialogue_scenarios({"x": [bad[0]]}))
