"""Plain-language robustness statements in English and French."""

from __future__ import annotations

import numpy as np

from mcda.perspectives import PerspectivesResult
from mcda.robustness import (
    format_number,
    format_percent,
    perspectives_sentences,
    threshold_sentence,
    threshold_statements,
)
from mcda.sensitivity import Change, Threshold

NAMES = {"rural": "Admit students from rural backgrounds", "allowance": "Rural hardship allowance",
         "career": "Accelerated career path"}


def threshold(increase=None, decrease=None, weight=0.2, leaders=("rural",), name="Recurrent cost"):
    return Threshold("cost", name, weight, leaders[0], leaders, increase, decrease)


def test_english_sentence_as_in_the_issue():
    t = threshold(Change(0.3149, "allowance"))
    assert threshold_sentence(t, NAMES) == (
        "Admit students from rural backgrounds stays first unless the weight on Recurrent cost "
        "exceeds 0.31 (Rural hardship allowance would then lead).")


def test_french_sentence_uses_decimal_commas():
    t = threshold(Change(0.3149, "allowance"), Change(0.051, "career"))
    s = threshold_sentence(t, NAMES, "fr")
    assert s.startswith("Admit students from rural backgrounds reste en tête sauf si le poids "
                        "du critère «\u00a0Recurrent cost\u00a0» dépasse 0,31")
    assert "ou descend sous 0,06" in s  # rounded up: the leader is still first at 0.055
    assert "0.3" not in s


def test_never_changes():
    assert threshold_sentence(threshold(), NAMES) == (
        "Admit students from rural backgrounds stays first whatever the weight on Recurrent cost.")
    assert "quel que soit le poids" in threshold_sentence(threshold(), NAMES, "fr")


def test_rounding_never_crosses_the_current_weight():
    """A threshold of 0.3149 with the weight now at 0.312: '0.31' would already be passed, so
    three decimals are used."""
    s = threshold_sentence(threshold(Change(0.3149, "allowance"), weight=0.312), NAMES)
    assert "exceeds 0.314 " in s


def test_statements_put_the_most_critical_first_and_gather_robust_criteria():
    ts = [threshold(Change(0.9, "allowance"), name="A"),
          threshold(Change(0.25, "career"), name="B"),
          threshold(name="C"), threshold(name="D")]
    out = threshold_statements(ts, NAMES)
    assert "weight on B exceeds 0.25" in out[0]
    assert "weight on A exceeds 0.90" in out[1]
    assert out[2].endswith("stays first whatever the weight on C and D.")
    fr = threshold_statements(ts, NAMES, "fr")
    assert fr[2].endswith("quel que soit le poids des critères «\u00a0C\u00a0» et «\u00a0D\u00a0».")


def test_tie_for_first_is_said():
    out = threshold_statements([threshold(leaders=("rural", "career"))], NAMES)
    assert out[0] == ("Admit students from rural backgrounds and Accelerated career path share "
                      "first place at the current weights.")


def test_formats():
    assert format_number(0.5, "fr", 1) == "0,5"
    assert format_percent(0.473) == "47%"
    assert format_percent(0.473, "fr") == "47\u202f%"


def test_perspective_sentences():
    r = PerspectivesResult(("a", "b"), ("Alpha", "Beta"), ("x", "y"), ("Finance", "Union"),
                           "wsm", np.array([[1, 2], [2, 1]]), np.zeros((2, 2)), 0.0,
                           np.array([1.0, 1.0]), np.array([1, 1]), (("y",), ("x",)))
    en = perspectives_sentences(r)
    assert en[0] == ("Agreement between the 2 perspectives on the ranking is very weak "
                     "(Kendall's W = 0.00).")
    assert en[2] == "Its lowest place is rank 2 of 2, with the weights of Union."
    fr = perspectives_sentences(r, "fr")
    assert fr[0].endswith("(W de Kendall = 0,00).")
