"""French for the labels of edits, shown in the window's Undo and Redo menu items.

Every change to a dialogue is one :class:`~dialogue.model.Edit` whose English ``label`` names
it ("Add Ministry of Health", "Remove 3 ties"); the window can show
``translate_message(edit.label, lang)``. Names the user typed stay as they are. Sources:
dialogue/edits.py, edits_map.py, edits_decision.py, edits_participants.py, edits_workforce.py.
"""

from __future__ import annotations

from collections.abc import Mapping

from palabre.i18n.rules import Rule, plural, rule

_SECTIONS = {
    "key messages": "les messages clés", "executive summary": "le résumé", "context": "le contexte",
    "implementation": "la mise en œuvre", "recommendations": "les recommandations",
}
_HOW = {"median": "médianes", "mean": "moyennes"}
_TIES = {"authority": "d’autorité", "funding": "de financement", "information": "d’information",
         "collaboration": "de collaboration", "conflict": "de conflit"}


def _count(g: Mapping[str, str], one: str, many: str) -> str:
    return f"{g['n']} {plural(g['n'], one, many)}"


RULES: list[Rule] = [
    rule(r"(?P<msg>.+) \(and (?P<n>\d+) effects? on what it lacks\)",
         lambda g: f"{g['msg']} (et {_count(g, 'effet', 'effets')} sur ce qu’elle n’a pas)"),
    rule(r"Score (?P<x>.+) by the projected gap closed", "Noter {x} par l’écart comblé projeté"),
    rule(r"Score (?P<x>.+) on (?P<y>.+)", "Noter {x} sur {y}"),
    rule(r"Weight of (?P<g>feasibility|impact)",
         lambda g: "Poids de la faisabilité" if g["g"] == "feasibility" else "Poids de l’impact"),
    rule(r"Weight of (?P<x>.+)", "Poids de {x}"),
    rule(r"Take (?P<x>.+) out of their bundle", "Sortir {x} de leur paquet"),
    rule(r"Bundle (?P<x>.+) as (?P<y>.+)", "Regrouper {x} dans le paquet {y}"),
    rule(r"Edit dialogue information", "Modifier les informations du dialogue"),
    rule(r"Edit tie", "Modifier le lien"),
    rule(r"Remove tie", "Retirer le lien"),
    rule(r"Remove (?P<n>\d+) ties", lambda g: "Retirer " + _count(g, "lien", "liens")),
    rule(r"Remove (?P<n>\d+) (?P<w>stakeholders|options|participants)",
         lambda g: "Retirer " + {"stakeholders": _count(g, "partie prenante", "parties prenantes"),
                                 "options": _count(g, "option", "options"),
                                 "participants": _count(g, "participant", "participants")}[g["w"]]),
    rule(r"Move (?P<n>\d+) stakeholders", lambda g: "Déplacer " + _count(g, "partie prenante", "parties prenantes")),
    rule(r"Add (?P<t>authority|funding|information|collaboration|conflict) tie (?P<a>.+) – (?P<b>.+)",
         lambda g: f"Ajouter un lien {_TIES[g['t']]} {g['a']} – {g['b']}"),
    rule(r"Add participant (?P<x>.+)", "Ajouter le participant {x}"),
    rule(r"Add perspective (?P<x>.+)", "Ajouter le point de vue {x}"),
    rule(r"Add (?P<x>.+)", "Ajouter {x}"),
    rule(r"Edit participant (?P<x>.+)", "Modifier le participant {x}"),
    rule(r"Edit perspective (?P<x>.+)", "Modifier le point de vue {x}"),
    rule(r"Edit workforce effects of (?P<x>.+)", "Modifier les effets sur les personnels de {x}"),
    rule(r"Edit (?P<s>key messages|executive summary|context|implementation|recommendations)",
         lambda g: "Modifier " + _SECTIONS[g["s"]]),
    rule(r"Edit (?P<x>.+)", "Modifier {x}"),
    rule(r"Remove perspective (?P<x>.+)", "Retirer le point de vue {x}"),
    rule(r"Remove (?P<x>.+)", "Retirer {x}"),
    rule(r"Move (?P<x>.+) on the grid", "Déplacer {x} sur la grille"),
    rule(r"Move (?P<x>.+)", "Déplacer {x}"),
    rule(r"Layout: (?P<x>.+)", "Disposition: {x}"),
    rule(r"Clear answers of (?P<x>.+)", "Effacer les réponses de {x}"),
    rule(r"Clear (?P<n>\d+) scores?", lambda g: "Effacer " + _count(g, "note", "notes")),
    rule(r"Paste (?P<n>\d+) scores?", lambda g: "Coller " + _count(g, "note", "notes")),
    rule(r"Copy (?P<x>.+) as (?P<y>.+)", "Copier {x} sous le nom {y}"),
    rule(r"Rename bundle (?P<x>.+) to (?P<y>.+)", "Renommer le groupe d’options {x} en {y}"),
    rule(r"Rename (?P<x>.+) to (?P<y>.+)", "Renommer {x} en {y}"),
    rule(r"Switch to (?P<x>.+)", "Passer à {x}"),
    rule(r"Uncertainty of (?P<x>.+) on (?P<y>.+)", "Incertitude de {x} sur {y}"),
    rule(r"Use the participants' (?P<h>median|mean) scores", lambda g: f"Utiliser les notes {_HOW[g['h']]} "
         "des participants"),
    rule(r"Use the participants' (?P<h>.+) scores", "Utiliser les notes des participants ({h})"),
    rule(r"Weight of (?P<g>feasibility|impact)",
         lambda g: "Poids de la faisabilité" if g["g"] == "feasibility" else "Poids de l’impact"),
    rule(r"Set weights", "Fixer les poids"),
    rule(r"Start from (?P<x>.+)", "Partir de {x}"),
    rule(r"Add criteria of (?P<x>.+)", "Ajouter les critères de {x}"),
    rule(r"Make perspective from 1 group", "Faire un point de vue d’un groupe"),
    rule(r"Make perspectives from (?P<n>\d+) groups", "Faire des points de vue de {n} groupes"),
    rule(r"Score (?P<x>.+) by the projected gap closed", "Noter {x} par l’écart comblé projeté"),
    rule(r"Stop scoring by the projected gap closed", "Ne plus noter par l’écart comblé projeté"),
    rule(r"Choose what the gap closed counts", "Choisir ce que compte l’écart comblé"),
    rule(r"Remove workforce baseline", "Retirer la situation de référence des personnels"),
    rule(r"Edit workforce baseline", "Modifier la situation de référence des personnels"),
]
