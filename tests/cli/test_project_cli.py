"""`palabre project FILE [--horizon YEAR] [--json]` (issue 11): the workforce projection."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from dialogue import edits_workforce as ew
from dialogue.example import example_dialogue
from dialogue.model import Dialogue, Edit, Put
from dialogue.native_file import save
from dialogue.values import Option
from mcda.workforce import CadreBaseline, Effect, Population, WorkforceBaseline


def _one_cadre(tmp_path):
    """1,000 nurses, 100 graduates a year, 5% attrition, need 2,000 posts; option "a" adds
    40 graduates a year (20 to 60)."""
    d = Dialogue()
    d.apply(Edit("setup", (Put("options", "a", Option("a", "More graduates")),
                           Put("options", "b", Option("b", "Nothing for the workforce")))))
    base = WorkforceBaseline(2026, (CadreBaseline("nurses", 1000.0, 100.0, 0.05, need_number=2000.0),),
                             (Population(1_000_000.0),), horizon=2028)
    d.apply(ew.set_baseline(d, base))
    d.apply(ew.set_option_effects(d, "a", [Effect("nurses", "graduates", 40.0, "absolute",
                                                  low=20.0, high=60.0)]))
    path = tmp_path / "one.palabre"
    save(d, path)
    return path


def test_hand_computed_projection_in_json(tmp_path, capsys):
    """Baseline: 1,000 -> 1,050 -> 1,097.5; with +40 graduates: 1,000 -> 1,090 -> 1,175.5.
    Gap = need - stock: 1,000, 950, 902.5 and 1,000, 910, 824.5; gap closed by 2028: 78."""
    assert main(["project", str(_one_cadre(tmp_path)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["start_year"], data["horizon"]) == (2026, 2028)
    base, option = data["scenarios"]  # "b" has no effects, so no scenario of its own
    assert base["kind"] == "baseline" and option["id"] == "a"
    assert [(r["year"], r["stock"], r["need"], r["gap"]) for r in base["rows"]] == [
        (2026, 1000.0, 2000.0, 1000.0), (2027, 1050.0, 2000.0, 950.0), (2028, 1097.5, 2000.0, 902.5)]
    assert [r["stock"] for r in option["rows"]] == [1000.0, 1090.0, 1175.5]
    for row in option["rows"]:
        assert {"cadre", "year", "stock", "need", "gap"} <= set(row)
        assert row["gap"] == pytest.approx(row["need"] - row["stock"])
    assert option["gap_closed"]["central"] == 78.0
    assert (option["gap_closed"]["low"], option["gap_closed"]["high"]) == (39.0, 117.0)


def test_horizon_option_shortens_and_lengthens(tmp_path, capsys):
    path = _one_cadre(tmp_path)
    assert main(["project", str(path), "--json", "--horizon", "2031"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["horizon"] == 2031
    assert [r["year"] for r in data["scenarios"][0]["rows"]] == list(range(2026, 2032))


def test_example_projects_every_option_with_effects(tmp_path, capsys):
    path = tmp_path / "ex.palabre"
    save(example_dialogue(), path)
    assert main(["project", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = [s["id"] for s in data["scenarios"]]
    assert ids[0] == "baseline" and "hardship_allowance" in ids and ids[-1] == "all"
    assert "payroll_cleanup" not in ids
    hardship = next(s for s in data["scenarios"] if s["id"] == "hardship_allowance")
    rural = [r for r in hardship["rows"] if r["cadre"] == "nurses" and r["area"] == "rural"]
    assert [r["year"] for r in rural] == list(range(2026, 2036))
    assert hardship["gap_closed"]["low"] < hardship["gap_closed"]["central"] < hardship["gap_closed"]["high"]
    assert data["target"] == ["nurses", "midwives"] and data["area"] == "rural"


def test_readable_tables(tmp_path, capsys):
    assert main(["project", str(_one_cadre(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "stock" in out and "need" in out and "gap" in out
    assert "More graduates" in out and "1098" in out  # 1,097.5 rounded in the baseline table


def test_bad_input_is_a_one_line_message(tmp_path, capsys):
    path = _one_cadre(tmp_path)
    assert main(["project", str(path), "--horizon", "2020"]) == 1
    assert "2020" in capsys.readouterr().err
    empty = tmp_path / "empty.palabre"
    save(Dialogue(), empty)
    assert main(["project", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "no workforce baseline" in err and "Traceback" not in err


def test_french_tables_follow_lang(tmp_path, capsys):
    """`--lang fr`: headings, scenario names and effects in French; the names are the French
    example's; the numbers are the same as in English."""
    path = tmp_path / "fr.palabre"
    save(example_dialogue("fr"), path)
    assert main(["project", str(path), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Situation de référence (sans changement)" in out and "Baseline" not in out
    assert "Toutes les options ensemble" in out and "All options together" not in out
    assert "départs — Infirmiers (rural) −30\u202f% à partir de 2027" in out
    assert "Prime de pénibilité en zone rurale" in out and "urbain" in out
