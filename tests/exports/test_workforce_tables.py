"""Workforce baselines from CSV and Excel (all or nothing, every problem named by row and column),
and projection tables out to CSV and Excel."""

from __future__ import annotations

import openpyxl
import pytest

from exports.safe_csv import read_csv_rows
from exports.workforce_tables import (
    GAP_COLUMNS,
    PROJECTION_COLUMNS,
    baseline_workbook_bytes,
    parse_baseline,
    projection_table,
    read_baseline_csv,
    read_baseline_xlsx,
    write_baseline_csv,
    write_baseline_xlsx,
    write_projection_csv,
    write_projection_xlsx,
)
from mcda.workforce import (
    CadreBaseline,
    CombinedNeed,
    Effect,
    Population,
    WorkforceBaseline,
    dialogue_scenarios,
    gaps_closed,
    project_scenarios,
)
from palabre.errors import FileFormatError

HEADER = "cadre,name,area,year,stock,graduates,attrition,retirement,emigration,immigration"
POPULATION = "area,year,population,growth\nrural,2026,11000000,2.4%\nurban,2026,7000000,3%\n"


def _baseline() -> WorkforceBaseline:
    return WorkforceBaseline(2026, (
        CadreBaseline("nurses", 4200, 310, 0.06, 0.02, 0.01, 0, area="rural", name="Nurses",
                      transfer=0.08, transfer_to="urban", need_density=0.6),
        CadreBaseline("nurses", 5100, 290, 0.04, 0.02, 0.02, 10, area="urban", name="Nurses", need_density=0.6),
        CadreBaseline("chw", 9000, 1200, 0.12, area="rural", name="=Community health workers", need_number=15000),
        CadreBaseline("chw", 1000, 100, 0.12, area="urban", name="=Community health workers"),
    ), (Population(11_000_000, 0.024, "rural", {2027: 11_250_000}), Population(7_000_000, 0.03, "urban")),
        combined=(CombinedNeed("sdg", 4.45, ("nurses",), "SDG", "WHO 2016"),), horizon=2035)


def _files(tmp_path, cadres, population=POPULATION, combined=None):
    c = tmp_path / "cadres.csv"
    c.write_text(cadres, encoding="utf-8")
    p = tmp_path / "population.csv"
    p.write_text(population, encoding="utf-8")
    paths = [c, p]
    if combined is not None:
        k = tmp_path / "combined.csv"
        k.write_text(combined, encoding="utf-8")
        paths.append(k)
    return paths


def _problems(tmp_path, cadres, population=POPULATION, combined=None):
    with pytest.raises(FileFormatError) as err:
        read_baseline_csv(*_files(tmp_path, cadres, population, combined))
    assert "nothing was imported" in err.value.message
    return err.value.problems


def test_csv_round_trip_keeps_the_baseline(tmp_path):
    """Areas, transfers, both kinds of need, a population figure, a combined need and a name that
    looks like a formula all come back as written."""
    b = _baseline()
    paths = [tmp_path / n for n in ("c.csv", "p.csv", "k.csv")]
    write_baseline_csv(b, *paths)
    assert read_csv_rows(paths[0])[3][1] == "'=Community health workers"  # neutralised in the file
    back = read_baseline_csv(*paths, horizon=2035)
    assert back.baseline == b
    assert back.assumptions == ()


def test_xlsx_round_trip_keeps_the_baseline(tmp_path):
    b = _baseline()
    path = tmp_path / "baseline.xlsx"
    write_baseline_xlsx(b, path)
    ws = openpyxl.load_workbook(path)["cadres"]
    assert ws["B4"].value == "=Community health workers" and ws["B4"].data_type == "s"
    assert read_baseline_xlsx(path, horizon=2035).baseline == b


def test_rates_as_fractions_or_percentages(tmp_path):
    """5% and 0.05 are the same rate; 5,5% and 0,055 use a decimal comma; spaces group thousands."""
    rows = (f"{HEADER}\nnurses,Nurses,rural,2026,12 500,300,5%,0.05,\"5,5%\",0\n"
            "nurses,Nurses,urban,2026,1000,\"12,5\",0.05,5 %,\"0,055\",1,234,567\n")
    rows = rows.replace(",1,234,567", ",\"1,234,567\"")
    b = read_baseline_csv(*_files(tmp_path, rows)).baseline
    rural, urban = b.cadres
    assert (rural.stock, rural.attrition, rural.retirement, rural.emigration) == pytest.approx(
        (12500, 0.05, 0.05, 0.055))
    assert (urban.graduates, urban.retirement, urban.emigration, urban.immigration) == pytest.approx(
        (12.5, 0.05, 0.055, 1234567))


def test_excel_percent_cells_hold_fractions(tmp_path):
    """An Excel cell showing 6% stores 0.06, and reads as 6%; a bare 6 is refused with a hint."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "cadres"
    ws.append(HEADER.split(","))
    ws.append(["nurses", "Nurses", None, 2026, 1000, 50, 0.06, 0.02, 0.01, 0])
    ws["G2"].number_format = "0%"
    pop = wb.create_sheet("population")
    pop.append(["area", "year", "population", "growth"])
    pop.append([None, 2026, 18_000_000, 0.026])
    path = tmp_path / "b.xlsx"
    wb.save(path)
    assert read_baseline_xlsx(path).baseline.cadres[0].attrition == 0.06
    ws["G2"] = 6
    wb.save(path)
    with pytest.raises(FileFormatError) as err:
        read_baseline_xlsx(path)
    assert err.value.problems == ["b.xlsx sheet 'cadres' row 2, column 'attrition': 6 is not a share: "
                                  "write 6% for a percentage, or 0.06 as a fraction"]


def test_every_bad_cell_is_named(tmp_path):
    """Negative stock, a rate above 100%, a missing year, a year other than the others', text in
    a number column, an ambiguous thousands separator, an unknown column close to a known one:
    all listed at once, each with its row and column."""
    rows = (
        "cadre,name,area,year,stock,graduates,atrition,retirement,emigration,immigration\n"
        "nurses,Nurses,rural,2026,-5,310,6%,2%,1%,0\n"
        "nurses,Nurses,urban,,5100,290,0.04,2,0.02,10\n"
        "midwives,Midwives,rural,2026,12,50,0.04,150%,abc,10\n"
        "doctors,Doctors,rural,2025,\"12,500\",50,0.04,0.02,0.02,ten\n"
    )
    assert _problems(tmp_path, rows) == [
        "cadres.csv row 1, column 7: unknown column 'atrition' (did you mean 'attrition'?)",
        "cadres.csv row 2, column 'stock': must not be negative, got -5",
        "cadres.csv row 3, column 'year': the year is missing (expected the year the stock was counted, "
        "such as 2026)",
        "cadres.csv row 3, column 'retirement': 2 is not a share: write 2% for a percentage, or 0.02 as a fraction",
        "cadres.csv row 4, column 'retirement': expected a rate from 0% to 100%, got 150%",
        "cadres.csv row 4, column 'emigration': expected a number, got 'abc'",
        "cadres.csv row 5, column 'stock': '12,500' is ambiguous (12,500 or 12.5?): write 12500 or 12.5",
        "cadres.csv row 5, column 'immigration': expected a number, got 'ten'",
        "cadres.csv row 5, column 'year': 2025, but the other rows count the stock in 2026; a baseline "
        "has one start year",
    ]


def test_summary_message_shows_the_first_problems(tmp_path):
    rows = f"{HEADER}\na,A,,2026,-1,0,0,0,0,0\nb,B,,2026,-2,0,0,0,0,0\nc,C,,2026,-3,0,0,0,0,0\nd,D,,2026,-4,0,0,0,0,0\n"
    with pytest.raises(FileFormatError) as err:
        read_baseline_csv(*_files(tmp_path, rows, "area,year,population\n,2026,1000\n"))
    assert err.value.message.startswith("cadres.csv and population.csv: 4 problems, nothing was imported: "
                                        "cadres.csv row 2, column 'stock'")
    assert err.value.message.endswith("; and 1 more")


@pytest.mark.parametrize(("cadres", "expected"), [
    ("cadre,year\nnurses,2026\n", ["cadres.csv: the column 'stock' is missing"]),
    ("cadre,stock,stock\nnurses,1,2\n",
     ["cadres.csv row 1, column 3: column 'stock' appears twice", "cadres.csv: the column 'year' is missing"]),
    ("cadre,year,stock\n", ["cadres.csv has a header but no rows"]),
    ("cadre,year,stock\n,2026,5\n", ["cadres.csv row 2, column 'cadre': the cadre is missing"]),
    ("cadre,area,year,stock\nn,rural,2026,1\nn,rural,2026,2\n",
     ["cadres.csv row 3: n in area 'rural' is already on row 2"]),
    ("cadre,area,year,stock\nn,rurl,2026,1\n",
     ["cadres.csv row 2, column 'area': no population for area 'rurl' in population.csv (did you mean 'rural'?)"]),
    ("cadre,area,year,stock\nn,,2026,1\nn,rural,2026,1\n",
     ["cadres.csv row 2, column 'area': n has a national row (area blank) and area rows (3); give one or the other"]),
    ("cadre,area,year,stock,transfer,transfer_to\nn,rural,2026,1,10%,town\nn,urban,2026,1,,\n",
     ["cadres.csv row 2, column 'transfer_to': n has no row for area 'town'"]),
    ("cadre,area,year,stock,transfer\nn,rural,2026,1,10%\n",
     ["cadres.csv row 2, column 'transfer_to': a transfer rate is given but not the area the workers move to"]),
    ("cadre,year,stock,need_density,need_number\nn,2026,1,2,40\n",
     ["cadres.csv row 2, column 'need_number': the need is also given as need_density; give one of the two"]),
    ("cadre,year,stock,attrition,retirement\nn,2026,1,60%,50%\n",
     ["cadres.csv row 2: cadre n: the exit rates add up to more than 1 (attrition 0.6 + retirement 0.5 = 1.1); "
      "no more than the whole stock can leave in a year"]),
    ("cadre,name,area,year,stock\nn,Nurses,rural,2026,1\nn,RNs,urban,2026,1\n",
     ["cadres.csv row 3, column 'name': n is named 'RNs' here but 'Nurses' on row 2"]),
    ("cadre,year,stock\nn,twenty,1\n", ["cadres.csv row 2, column 'year': expected a year from 1900 to 2200, "
                                       "got 'twenty'"]),
])
def test_bad_cadre_tables(tmp_path, cadres, expected):
    assert _problems(tmp_path, cadres) == expected


@pytest.mark.parametrize(("population", "expected"), [
    ("area,year,population\nrural,2026,100\nrural,2027,110\nrural,2029,120\nurban,2026,50\n",
     ["population.csv row 4, column 'year': 2029 follows 2027 for area 'rural'; missing 2028"]),
    ("area,year,population\nrural,2027,100\nurban,2026,50\n",
     ["population.csv: area 'rural' has no row for 2026, the year of the stock counts (its first year is "
      "2027, row 2)"]),
    ("area,year,population\nrural,2026,100\nrural,2026,110\nurban,2026,50\n",
     ["population.csv row 3, column 'year': 2026 is given twice for area 'rural' (also on row 2)"]),
    ("area,year,population,growth\nrural,2026,100,26\nurban,2026,0,\n",
     ["population.csv row 2, column 'growth': 26 is not a share: write 26% for a percentage, or 0.26 as a fraction",
      "population.csv row 3, column 'population': must be above 0, got 0"]),
    ("area,year,population\n,2026,100\nrural,2026,50\nurban,2026,50\n",
     ["population.csv: give the population either for the whole country (area blank) or per area, not both"]),
    ("area,yaer,population\nrural,2026,100\nurban,2026,100\n",
     ["population.csv row 1, column 2: unknown column 'yaer' (did you mean 'year'?)",
      "population.csv: the column 'year' is missing"]),
])
def test_bad_population_tables(tmp_path, population, expected):
    cadres = "cadre,area,year,stock\nn,rural,2026,1\nn,urban,2026,1\n"
    assert _problems(tmp_path, cadres, population) == expected


def test_bad_combined_needs(tmp_path):
    cadres = "cadre,year,stock\nnurses,2026,1\n"
    combined = "id,cadres,density\nsdg,nurses+doctor,4.45\nx,,1\n"
    assert _problems(tmp_path, cadres, "area,year,population\n,2026,100\n", combined) == [
        "combined.csv row 3, column 'cadres': list the cadres it counts, such as doctors+nurses+midwives",
        "combined.csv row 2, column 'cadres': unknown cadre 'doctor'",
    ]


def test_assumptions_are_reported(tmp_path):
    """Blank flows are taken as 0, missing flow columns too, and a population series without a
    growth rate continues at the growth of its last two years; each assumption is listed."""
    cadres = "cadre,year,stock,graduates,attrition\nn,2026,100,,5%\nm,2026,50,10,\n"
    population = "area,year,population\n,2025,95\n,2026,100\n,2027,110\n"
    imported = read_baseline_csv(*_files(tmp_path, cadres, population))
    assert imported.assumptions == (
        "cadres.csv column 'graduates': blank on row 2, taken as 0",
        "cadres.csv column 'attrition': blank on row 3, taken as 0",
        "cadres.csv: no column 'retirement', taken as 0 for every cadre",
        "cadres.csv: no column 'emigration', taken as 0 for every cadre",
        "cadres.csv: no column 'immigration', taken as 0 for every cadre",
        "population.csv: row 2 before the start year 2026 not used",
        "population.csv row 4: no growth for the whole country; the growth of its last two years (10.00%) continues",
    )
    p = imported.baseline.population[0]
    assert (p.size, p.growth, dict(p.figures)) == (100, pytest.approx(0.1), {2027: 110})
    assert imported.source == "cadres.csv and population.csv"


def test_semicolon_csv_from_a_french_spreadsheet(tmp_path):
    cadres = "cadre;année;stock\n"  # a translated header is an unknown column
    assert _problems(tmp_path, cadres + "n;2026;1\n") == [
        "cadres.csv row 1, column 2: unknown column 'année'", "cadres.csv: the column 'year' is missing"]
    ok = "cadre;year;stock;attrition\nn;2026;1 200;5,5%\n"
    b = read_baseline_csv(*_files(tmp_path, ok, "area;year;population;growth\n;2026;18000000;2,6%\n")).baseline
    assert (b.cadres[0].stock, b.cadres[0].attrition, b.population[0].growth) == pytest.approx((1200, 0.055, 0.026))


def test_workbook_needs_its_sheets_and_refuses_formulas(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "cadres"
    wb.active.append(["cadre", "year", "stock"])
    wb.active.append(["n", 2026, 500])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    with pytest.raises(FileFormatError, match=r"f\.xlsx has no sheet 'population' \(its sheets: 'cadres'\)"):
        read_baseline_xlsx(path)
    wb.create_sheet("population").append(["year", "population"])
    wb["population"].append([2026, 1000])
    wb["cadres"]["C2"] = "=2*500"
    wb.save(path)
    with pytest.raises(FileFormatError, match="holds 1 formula cell\\(s\\) \\(cadres!C2\\)"):
        read_baseline_xlsx(path)


def test_template_workbook_is_readable():
    assert baseline_workbook_bytes(_baseline())[:2] == b"PK"


def test_parse_rows_directly_with_leading_blank_rows():
    """A title and a blank row above the header are skipped; rows are numbered as in the sheet."""
    rows = [["Baseline 2026"], [], ["cadre", "year", "stock"], ["n", 2026, -1]]
    with pytest.raises(FileFormatError) as err:
        parse_baseline(rows, [["year", "population"], [2026, 100]])
    assert err.value.problems == ["cadres row 4, column 'stock': must not be negative, got -1"]


# ---------------------------------------------------------------- projections out
def _runs():
    b = _baseline()
    scenarios = dialogue_scenarios(
        {"allowance": [Effect("nurses", "attrition", -0.3, area="rural", low=-0.4, high=-0.1)],
         "school": [Effect("nurses", "graduates", 60, "absolute", area="rural", start=2029)]},
        {"package": ["allowance", "school"]}, {"allowance": "=Rural allowance"})
    projections = project_scenarios(b, scenarios)
    return scenarios, projections, gaps_closed(projections, "baseline:baseline")


def test_projection_csv_has_one_row_per_scenario_line_and_year(tmp_path):
    scenarios, projections, gaps = _runs()
    path, gpath = tmp_path / "projection.csv", tmp_path / "gaps.csv"
    write_projection_csv(path, scenarios, projections, gaps=gaps, gaps_path=gpath)
    rows = read_csv_rows(path)
    assert rows[0] == list(PROJECTION_COLUMNS)
    n_lines = len(projections["baseline:baseline"].layout.rows)
    assert len(rows) - 1 == len(scenarios) * n_lines * 10  # 2026 to 2035
    allowance = [r for r in rows if r[1] == "allowance"]
    assert allowance[0][2] == "'=Rural allowance"
    first = dict(zip(rows[0], rows[1], strict=True))
    assert (first["scenario_kind"], first["cadre"], first["area"], first["year"], first["stock"]) == (
        "baseline", "nurses", "rural", "2026", "4200.0")
    grows = read_csv_rows(gpath)
    assert grows[0] == list(GAP_COLUMNS)
    assert [r[1] for r in grows[1:]] == ["allowance", "school", "package", "all"]
    central, low, high = (float(grows[1][i]) for i in (6, 7, 8))
    assert low <= central <= high and central > 0


def test_projection_workbook_has_the_tables_and_the_baseline(tmp_path):
    scenarios, projections, gaps = _runs()
    path = tmp_path / "projection.xlsx"
    write_projection_xlsx(path, scenarios, projections, gaps)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["projection", "gap_closed", "cadres", "population", "combined_needs"]
    cell = next(c for c in wb["projection"]["C"] if c.value == "=Rural allowance")
    assert cell.data_type == "s"
    assert read_baseline_xlsx(path, horizon=2035).baseline == _baseline()  # re-importable


def test_projection_table_values_match_the_projection():
    scenarios, projections, _ = _runs()
    table = projection_table(scenarios[:1], projections)
    row = dict(zip(table[0], next(r for r in table if r[3] == "sdg" and r[5] == "" and r[7] == 2035), strict=True))
    expected = projections["baseline:baseline"].at("sdg", 2035)
    assert row["stock"] == round(expected.stock, 2)
    assert row["need"] == round(expected.need, 2)
    assert row["gap"] == round(expected.gap, 2)
    assert row["density_per_1000"] == round(expected.density, 4)


def test_every_table_row_matches_the_projection_rows():
    """The table is built from arrays; each of its rows equals the projection's row, rounded."""
    scenarios, projections, _ = _runs()
    table = projection_table(scenarios, projections)
    expected = []
    for s in scenarios:
        for r in projections[s.key].rows():
            values = [r.population, r.stock, r.stock_low, r.stock_high, r.need, r.gap, r.gap_low,
                      r.gap_high, r.shortage, r.density]
            digits = [0, 2, 2, 2, 2, 2, 2, 2, 2, 4]
            expected.append([s.id, r.cadre, r.area, r.year,
                             *(None if v is None else round(v, d) for v, d in zip(values, digits, strict=True))])
    got = [[row[1], row[3], row[5], row[7], *row[8:]] for row in table[1:]]
    assert len(got) == len(expected)
    for a, b in zip(got, expected, strict=True):
        assert a[:4] == b[:4]
        assert a[4:] == pytest.approx(b[4:], abs=0.011)
