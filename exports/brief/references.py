"""The method notes of Annex C (which figures need which note) and the references they cite.

References are printed as published, in their own language, in both versions of the brief.
"""

from __future__ import annotations

from exports.brief.facts import Facts

REFERENCES = (
    "Belton V, Stewart TJ (2002). Multiple Criteria Decision Analysis: An Integrated Approach. "
    "Kluwer.",
    "Freeman LC (1979). Centrality in social networks: conceptual clarification. Social Networks "
    "1:215–239.",
    "Kendall MG, Babington Smith B (1939). The problem of m rankings. Annals of Mathematical "
    "Statistics 10(3):275–287.",
    "Lahdelma R, Salminen P (2001). SMAA-2: Stochastic multicriteria acceptability analysis for "
    "group decision making. Operations Research 49(3):444–454.",
    "Lavis JN, Permanand G, Oxman AD, Lewin S, Fretheim A (2009). SUPPORT Tools for "
    "evidence-informed health Policymaking (STP) 13: Preparing and using policy briefs to "
    "support evidence-informed policymaking. Health Research Policy and Systems 7(Suppl 1):S13.",
    "Legendre P (2005). Species associations: the Kendall coefficient of concordance revisited. "
    "Journal of Agricultural, Biological and Environmental Statistics 10(2):226–245.",
    "Marsh K, IJzerman M, Thokala P, et al. (2016). Multiple criteria decision analysis for "
    "health care decision making: emerging good practices. ISPOR MCDA Task Force report 2. "
    "Value in Health 19(2):125–137.",
    "Mendelow A (1991). Stakeholder mapping. Proceedings of the 2nd International Conference on "
    "Information Systems, Cambridge, MA.",
    "Reich MR, Cooper DM (1996). PolicyMaker: computer-assisted political analysis. PoliMap, "
    "Brookline, MA.",
    "Schiffer E, Hauck J (2010). Net-Map: collecting social network data and facilitating "
    "network learning through participatory influence network mapping. Field Methods "
    "22(3):231–249.",
    "Schmeer K (1999). Guidelines for Conducting a Stakeholder Analysis. Partnerships for Health "
    "Reform, Abt Associates.",
    "Schmidt RC (1997). Managing Delphi surveys using nonparametric statistical techniques. "
    "Decision Sciences 28(3):763–774.",
    "Thokala P, Devlin N, Marsh K, et al. (2016). Multiple criteria decision analysis for health "
    "care decision making: an introduction. ISPOR MCDA Task Force report 1. Value in Health "
    "19(1):1–13.",
    "Varvasovszky Z, Brugha R (2000). How to do (or not to do) a stakeholder analysis. Health "
    "Policy and Planning 15(3):338–345.",
    "World Health Organization (2010). Increasing access to health workers in remote and rural "
    "areas through improved retention: global policy recommendations. Geneva: WHO.",
    "World Health Organization (2021). WHO guideline on health workforce development, attraction, "
    "recruitment and retention in rural and remote areas. Geneva: WHO.",
)


def references_of(f: Facts) -> list[str]:
    """The references to print, in alphabetical order (the workforce ones when the brief has
    the workforce section)."""
    from exports.brief.workforce_phrases import WORKFORCE_REFERENCES

    extra = WORKFORCE_REFERENCES if "note_workforce" in method_note_keys(f) else ()
    return sorted((*REFERENCES, *extra), key=str.casefold)


def method_note_keys(f: Facts) -> list[str]:
    """The phrase keys of the method notes that apply to this brief, in reading order."""
    keys = ["note_values", "note_weights", "note_matrix"]
    if f.extras.get("switch_points") is not None:
        keys.append("note_sensitivity")
    if f.extras.get("smaa") is not None:
        keys.append("note_smaa")
    if f.extras.get("perspectives") is not None:
        keys.append("note_perspectives")
    if f.dialogue.stakeholders:
        keys += ["note_grid", "note_support"]
        if f.dialogue.ties:
            keys.append("note_network")
    from exports.brief.workforce_data import EXTRAS_KEY, WorkforceFigures

    if isinstance(f.extras.get(EXTRAS_KEY), WorkforceFigures):  # the section shows its figures
        keys.append("note_workforce")
    if f.redactor.active:
        keys.append("note_redaction")
    return keys
