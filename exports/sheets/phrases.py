"""Every fixed phrase of the scoring sheets (workbook and printable PDF), in English and French.

The dialogue's own text (options, criteria, anchors, names) is never translated. French follows
the usage of francophone West African ministries of health and French typography (no-break space
before ``:`` ``;`` ``?`` ``!``), as in the brief's phrases (:mod:`exports.brief.phrases`).
"""

from __future__ import annotations

from exports.phrasebook import PhraseBook

# key: (English, French)
_TABLE: dict[str, tuple[str, str]] = {
    # --- sheet names (at most 31 characters, none of []:*?/\)
    "sheet_instructions": ("Instructions", "Consignes"),
    "sheet_options": ("Options", "Options"),
    "sheet_criteria": ("Criteria", "Critères"),
    "sheet_scores": ("Scores", "Notes"),
    "sheet_weights": ("Weights", "Pondérations"),
    # --- identity block
    "title": ("Scoring sheet", "Fiche de notation"),
    "dialogue": ("Dialogue", "Dialogue"),
    "participant": ("Participant", "Participant"),
    "speaks_for": ("Speaking for", "Au nom de"),
    "role": ("Role", "Fonction"),
    "facilitator": ("Facilitator", "Animateur"),
    "made_on": ("Sheet made on", "Fiche établie le"),
    "version": ("Version of the dialogue", "Version du dialogue"),
    "asked_scores": ("You are asked to score the options.", "Il vous est demandé de noter les options."),
    "asked_weights": ("You are asked to weigh the criteria.",
                      "Il vous est demandé de pondérer les critères."),
    "asked_both": ("You are asked to score the options and to weigh the criteria.",
                   "Il vous est demandé de noter les options et de pondérer les critères."),
    # --- instructions
    "how_to": ("How to fill in this sheet", "Comment remplir cette fiche"),
    "step_read": (
        "Read the options (sheet “{options}”) and the criteria, with what each score means "
        "(sheet “{criteria}”).",
        "Lisez les options (feuille « {options} ») et les critères, avec la signification de "
        "chaque note (feuille « {criteria} »).",
    ),
    "step_scores": (
        "On the sheet “{scores}”, give each option a score on each criterion: pick 1 to 5 from "
        "the list, or type a number within the range shown under the criterion's name. Leave a "
        "cell empty if you cannot judge it.",
        "Sur la feuille « {scores} », donnez à chaque option une note pour chaque critère : "
        "choisissez de 1 à 5 dans la liste, ou saisissez un nombre dans l’intervalle indiqué sous "
        "le nom du critère. Laissez la case vide si vous ne pouvez pas en juger.",
    ),
    "step_points": (
        "On the sheet “{weights}”, share 100 points between feasibility and impact, then 100 "
        "points among the feasibility criteria and 100 among the impact criteria: the more "
        "points, the more a criterion matters to you.",
        "Sur la feuille « {weights} », répartissez 100 points entre la faisabilité et l’impact, "
        "puis 100 points entre les critères de faisabilité et 100 entre les critères d’impact : "
        "plus un critère compte pour vous, plus il reçoit de points.",
    ),
    "step_ahp": (
        "On the sheet “{weights}”, compare the criteria two by two: for each pair, pick how much "
        "more important the criterion on the left is than the one on the right, on the scale "
        "below.",
        "Sur la feuille « {weights} », comparez les critères deux à deux : pour chaque paire, "
        "choisissez combien le critère de gauche est plus important que celui de droite, sur "
        "l’échelle ci-dessous.",
    ),
    "step_return": (
        "Save the file and send it back to {facilitator}. Do not add, delete or move rows, "
        "columns or sheets: the answers are read back automatically.",
        "Enregistrez le fichier et renvoyez-le à {facilitator}. N’ajoutez, ne supprimez et ne "
        "déplacez ni lignes, ni colonnes, ni feuilles : les réponses sont relues automatiquement.",
    ),
    "the_facilitator": ("the facilitator", "l’animateur"),
    "step_paper": (
        "Write your answers in the boxes (for each pair of criteria, circle one number) and hand "
        "the sheet back; the facilitator types it into your workbook.",
        "Inscrivez vos réponses dans les cases (pour chaque paire de critères, entourez un "
        "nombre) et remettez la fiche ; l’animateur la saisira dans votre classeur.",
    ),
    "saaty_title": ("Saaty's scale", "Échelle de Saaty"),
    "saaty_1": ("1: both equally important", "1 : les deux sont aussi importants"),
    "saaty_3": ("3: left moderately more important", "3 : gauche modérément plus important"),
    "saaty_5": ("5: left strongly more important", "5 : gauche nettement plus important"),
    "saaty_7": ("7: left very strongly more important", "7 : gauche très nettement plus important"),
    "saaty_9": ("9: left extremely more important", "9 : gauche extrêmement plus important"),
    "saaty_between": ("2, 4, 6, 8: in between", "2, 4, 6, 8 : valeurs intermédiaires"),
    "saaty_inverse": (
        "1/3, 1/5, 1/7, 1/9 (and 1/2 … 1/8): the same, when the criterion on the right is the "
        "more important",
        "1/3, 1/5, 1/7, 1/9 (et 1/2 … 1/8) : de même, lorsque le critère de droite est le plus "
        "important",
    ),
    # --- options and criteria sheets
    "code": ("Code", "Code"),
    "option": ("Option", "Option"),
    "what_it_involves": ("What it involves", "En quoi elle consiste"),
    "expected_cost": ("Expected cost", "Coût attendu"),
    "criterion": ("Criterion", "Critère"),
    "group": ("Group", "Groupe"),
    "feasibility": ("Feasibility", "Faisabilité"),
    "impact": ("Impact", "Impact"),
    "better_when": ("Better when", "Meilleur si"),
    "more_is_better": ("more is better", "plus est mieux"),
    "less_is_better": ("less is better", "moins est mieux"),
    "scale": ("Scale", "Échelle"),
    "level": ("Score {n}", "Note {n}"),
    "meaning": ("What it means", "Ce qu’il mesure"),
    "scale_anchored": ("1 (worst) to 5 (best)", "1 (le pire) à 5 (le meilleur)"),
    "scale_natural": ("{low} to {high} {unit}", "{low} à {high} {unit}"),
    # --- scores sheet
    "scores_title": ("Score of each option on each criterion", "Note de chaque option pour chaque critère"),
    "scores_hint": (
        "Yellow cells are yours to fill in. The sheet “{criteria}” says what each score means.",
        "Les cases jaunes sont à remplir. La feuille « {criteria} » dit ce que signifie chaque "
        "note.",
    ),
    # --- weights sheet
    "weights_title": ("How much each criterion matters to you", "L’importance de chaque critère pour vous"),
    "points": ("Points", "Points"),
    "points_groups": ("Feasibility against impact (share 100 points)",
                      "Faisabilité contre impact (répartir 100 points)"),
    "criteria_feasibility": ("Feasibility criteria", "Critères de faisabilité"),
    "criteria_impact": ("Impact criteria", "Critères d’impact"),
    "points_within": ("{criteria} (share 100 points)", "{criteria} (répartir 100 points)"),
    "pairs_groups": ("Feasibility against impact", "Faisabilité contre impact"),
    "pairs_within": ("{criteria}, two by two", "{criteria}, deux à deux"),
    "left": ("Left", "Gauche"),
    "how_much_more": ("How much more important is the left one?",
                      "Combien le critère de gauche est-il plus important ?"),
    "right": ("Right", "Droite"),
    "ahp_hint": ("9: left extremely more important … 1: equal … 1/9: right extremely more important",
                 "9 : gauche extrêmement plus important … 1 : égal … 1/9 : droite extrêmement plus "
                 "important"),
    "paper_ahp_hint": (
        "For each pair, circle one number: on the left half if the left criterion is the more "
        "important, on the right half if the right one is, 1 if they matter equally; the further "
        "from the middle, the stronger the preference (9: extremely more important).",
        "Pour chaque paire, entourez un nombre : dans la moitié gauche si le critère de gauche est "
        "le plus important, dans la moitié droite si c’est celui de droite, 1 s’ils comptent "
        "autant ; plus le nombre est loin du milieu, plus la préférence est forte (9 : "
        "extrêmement plus important).",
    ),
    # --- data validation messages
    "error_title": ("Not accepted", "Valeur refusée"),
    "error_anchored": ("Pick a score from 1 to 5 in the list.", "Choisissez une note de 1 à 5 dans la liste."),
    "error_natural": ("Type a number from {low} to {high}.", "Saisissez un nombre de {low} à {high}."),
    "error_points": ("Type a number of points from 0 to 100.", "Saisissez un nombre de points de 0 à 100."),
    "error_saaty": ("Pick a value from the list (9 … 1 … 1/9).",
                    "Choisissez une valeur dans la liste (9 … 1 … 1/9)."),
    "prompt_title": ("Your answer", "Votre réponse"),
    # --- printable version
    "paper_title": ("Scoring sheet (paper)", "Fiche de notation (papier)"),
    "footer": ("Participant {participant} · version {version} · page {page}",
               "Participant {participant} · version {version} · page {page}"),
}


class Phrases(PhraseBook):
    """The sheets' phrases in one language.

    Examples
    --------
    >>> Phrases("fr")("sheet_weights"), Phrases("en")("level", n=3)
    ('Pondérations', 'Score 3')
    """

    TABLE = _TABLE
    DOCUMENT = "sheet"

    def number(self, value: float) -> str:
        """A bound or a point count as people write it: ``6.5`` / ``6,5``, no trailing zeros."""
        text = f"{value:g}"
        return text.replace(".", ",") if self.lang == "fr" else text


def phrase_keys() -> list[str]:
    """Every phrase key (for tests that check both languages are complete)."""
    return list(_TABLE)


def table_pairs() -> dict[str, tuple[str, str]]:
    """A copy of the phrase table (key: (English, French))."""
    return dict(_TABLE)
