"""French for the messages about imported tables: stakeholder and tie tables (CSV, Excel, graph
files), decision tables, and returned scoring sheets (refusals and notes).

Sources of the English: exports/stakeholder_tables.py, exports/graph_files.py,
exports/decision_table.py, exports/sheets/checking.py, exports/workforce_tables.py (summary).
Column names in quotes (``'power'``) are the file's own and stay as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

from palabre.i18n.rules import Rule, plural, rule


def _refused(g: Mapping[str, str]) -> str:
    n = g["n"]
    return f"{n} {plural(n, 'problème', 'problèmes')}, rien n’a été importé: {g['msg']}"


def _and_more(g: Mapping[str, str]) -> str:
    n = g["n"]
    return f"et {n} {plural(n, 'autre', 'autres')}"


RULES: list[Rule] = [
    # ------------------------------------------------------------ summaries
    rule(r"(?P<n>\d+) problems?, nothing was imported: (?P<msg>.+)", _refused),
    rule(r"and (?P<n>[\d,]+) more", _and_more),
    rule(r"and (?P<n>[\d,]+) more like these", lambda g: f"et {g['n']} {plural(g['n'], 'autre', 'autres')} "
         "du même genre"),
    # ------------------------------------------------------------ cells
    rule(r"expected a whole number from (?P<lo>{N}) to (?P<hi>{N}), got (?P<v>.+)",
         "un nombre entier de {lo} à {hi} est attendu, pas {v}"),
    rule(r"expected a number from (?P<lo>{N}) to (?P<hi>{N}), got (?P<v>.+)",
         "un nombre de {lo} à {hi} est attendu, pas {v}"),
    rule(r"unknown value (?P<v>{Q}): did you mean (?P<s>{Q})\?", "valeur inconnue {v}: vouliez-vous dire {s}?"),
    rule(r"the id is empty", "l’identifiant est vide"),
    rule(r"the id is (?P<n>[\d,]+) characters long \(at most (?P<max>[\d,]+)\)",
         "l’identifiant fait {n} caractères (au plus {max})"),
    rule(r"the text is (?P<n>[\d,]+) characters long \(at most (?P<max>[\d,]+)\)",
         "le texte fait {n} caractères (au plus {max})"),
    rule(r"empty, expected a stakeholder id", "vide, un identifiant de partie prenante est attendu"),
    rule(r"a confidence is given but the position is blank \(unknown\)",
         "une confiance est donnée mais la position est vide (inconnue)"),
    rule(r"tie id (?P<id>{Q}) is already used by (?P<loc>.+)", "l’identifiant de lien {id} est déjà pris par {loc}"),
    rule(r"repeats the (?P<t>\w+) tie of (?P<loc>.+)", "répète le lien {t} de {loc}"),
    rule(r"duplicate id (?P<id>{Q}) \(also on row (?P<r>\d+)\)", "identifiant {id} en double (aussi à la ligne {r})"),
    rule(r"unknown stakeholder (?P<s>{Q})", "partie prenante inconnue {s}"),
    rule(r"the dialogue has no option (?P<o>{Q})", "le dialogue n’a pas d’option {o}"),
    rule(r"(?P<c>{Q}) names no option", "{c} ne désigne aucune option"),
    rule(r"column (?P<c>{Q}) appears twice", "la colonne {c} apparaît deux fois"),
    rule(r"unknown column (?P<c>{Q})", "colonne inconnue {c}"),
    rule(r"the column (?P<c>{Q}) is missing", "la colonne {c} manque"),
    rule(r"column (?P<c>{Q}) has no matching (?P<p>{Q}) column",
         "la colonne {c} n’a pas de colonne {p} correspondante"),
    rule(r"more than (?P<n>[\d,]+) (?P<w>stakeholders|ties)", "plus de {n} {w}"),
    rule(r"(?P<f>.+) has a header but no stakeholder", "{f} a un en-tête mais aucune partie prenante"),
    rule(r"(?P<f>.+) is empty: expected a header row and at least one row",
         "{f} est vide: une ligne d’en-tête et au moins une ligne sont attendues"),
    rule(r"no table to read", "aucun tableau à lire"),
    # ------------------------------------------------------------ decision tables
    rule(r"(?P<f>.+) is empty: expected a header row 'option,<criterion>,\.\.\.'",
         "{f} est vide: une ligne d’en-tête 'option,<critère>,...' est attendue"),
    rule(r"expected 'option' \(the first row names the criteria: option,<criterion>,<criterion>,\.\.\.\), "
         r"got (?P<v>.+)", "'option' est attendu (la première ligne nomme les critères: "
         "option,<critère>,<critère>,...), pas {v}"),
    rule(r"the header names no criterion", "l’en-tête ne nomme aucun critère"),
    rule(r"missing criterion name", "nom de critère manquant"),
    rule(r"criterion (?P<c>{Q}) appears twice in the header", "le critère {c} apparaît deux fois dans l’en-tête"),
    rule(r"a value beyond the last criterion \(the header names (?P<m>\d+)\)",
         "une valeur au-delà du dernier critère (l’en-tête en nomme {m})"),
    rule(r"a second (?P<k>{Q}) row \(the first is row (?P<r>\d+)\)",
         "une deuxième ligne {k} (la première est la ligne {r})"),
    rule(r"missing option name", "nom d’option manquant"),
    rule(r"option (?P<o>{Q}) appears twice \(also row (?P<r>\d+)\)",
         "l’option {o} apparaît deux fois (aussi à la ligne {r})"),
    rule(r"no 'direction' row: add 'direction,max\|min,\.\.\.' after the header \(row (?P<r>\d+)\), giving max "
         r"or min for each criterion", "pas de ligne 'direction': ajoutez 'direction,max|min,...' après "
         "l’en-tête (ligne {r}), avec max ou min pour chaque critère"),
    rule(r"missing direction \(expected max or min\)", "sens manquant (max ou min attendu)"),
    rule(r"unknown direction (?P<v>{Q}) \(expected max or min\)", "sens inconnu {v} (max ou min attendu)"),
    rule(r"missing weight \(expected a number of 0 or more\)", "poids manquant (un nombre positif ou nul est attendu)"),
    rule(r"negative weight (?P<v>\S+) \(weights must be 0 or more\)",
         "poids négatif {v} (les poids doivent être positifs ou nuls)"),
    rule(r"every weight in the weight row is zero; give at least one criterion a positive weight",
         "tous les poids de la ligne des poids sont nuls; donnez un poids positif à au moins un critère"),
    rule(r"missing group \(expected feasibility or impact\)", "groupe manquant (feasibility ou impact attendu)"),
    rule(r"unknown group (?P<v>{Q}) \(expected feasibility or impact\)",
         "groupe inconnu {v} (feasibility ou impact attendu)"),
    rule(r"unknown preference function (?P<v>{Q}) \(expected (?P<allowed>.+)\)",
         "fonction de préférence inconnue {v} (valeurs possibles: {allowed})"),
    rule(r"threshold (?P<k>\w+) is (?P<v>\S+); thresholds must be 0 or more",
         "le seuil {k} vaut {v}; les seuils doivent être positifs ou nuls"),
    rule(r"threshold p \((?P<p>\S+)\) is below q \((?P<q>\S+)\); the preference threshold must be at least the "
         r"indifference threshold", "le seuil p ({p}) est inférieur à q ({q}); le seuil de préférence doit "
         "être au moins égal au seuil d’indifférence"),
    rule(r"the table needs at least two option rows below the settings rows, found (?P<n>\d+)",
         "le tableau doit avoir au moins deux lignes d’options sous les lignes de réglages; {n} trouvée(s)"),
    rule(r"missing score for option (?P<o>{Q})", "note manquante pour l’option {o}"),
    rule(r"every option scores (?P<v>\S+) \(rows (?P<a>\d+) to (?P<b>\d+)\), so (?P<msg>.+); remove the column "
         r"or correct the scores", "toutes les options ont la note {v} (lignes {a} à {b}), donc {msg}; "
         "retirez la colonne ou corrigez les notes"),
    rule(r"it cannot be scaled between a worst and a best score and would add the same value to every option",
         "il ne peut pas être ramené entre une pire et une meilleure note et ajouterait la même valeur à "
         "chaque option"),
    rule(r"it multiplies every option's score by the same factor, so it cannot change the ranking",
         "il multiplie la note de chaque option par le même facteur, donc il ne peut pas changer le "
         "classement"),
    rule(r"every option is as far from the ideal as from the anti-ideal on it \(with min-max normalisation it "
         r"even divides by zero\), so it only dilutes the other criteria",
         "chaque option y est aussi loin de l’idéal que de l’anti-idéal (avec la normalisation min-max, "
         "il divise même par zéro), donc il ne fait que diluer les autres critères"),
    rule(r"VIKOR divides by the gap between its best and worst scores, which is zero",
         "VIKOR divise par l’écart entre ses meilleure et pire notes, qui est nul"),
    rule(r"every option is at least as good as every other on it, so it adds the same concordance to every "
         r"comparison and only dilutes the other criteria",
         "chaque option y est au moins aussi bonne que toutes les autres, donc il ajoute la même "
         "concordance à chaque comparaison et ne fait que diluer les autres critères"),
    rule(r"no option is preferred to another on it, so its weight is lost from every preference index",
         "aucune option n’y est préférée à une autre, donc son poids est perdu pour chaque indice de "
         "préférence"),
    rule(r"the (?P<k>\w+) preference function needs a value for (?P<p>\w+) \(add a (?P<r>{Q}) row\)",
         "la fonction de préférence {k} demande une valeur pour {p} (ajoutez une ligne {r})"),
    rule(r"a formula, expected a value", "une formule, une valeur est attendue"),
    rule(r"unexpected end of data", "fin de données inattendue"),
    rule(r"(?P<f>.+): expected a \.csv or \.xlsx decision table \(or a \.palabre dialogue\)",
         "{f}: un tableau de décision .csv ou .xlsx (ou un dialogue .palabre) est attendu"),
    # ------------------------------------------------------------ returned scoring sheets
    rule(r"made for participant (?P<p>{Q}) of (?P<msg>.+), who is not a participant of this dialogue",
         "faite pour le participant {p} de {msg}, qui n’est pas un participant de ce dialogue"),
    rule(r"made for (?P<msg>.+), not this one \(the participant's key does not match; a sheet from another "
         r"dialogue is never merged\)", "faite pour {msg}, pas pour celui-ci (la clé du participant ne "
         "correspond pas; une grille d’un autre dialogue n’est jamais fusionnée)"),
    rule(r"the dialogue (?P<t>{Q})", "le dialogue {t}"),
    rule(r"another dialogue", "un autre dialogue"),
    rule(r"sheet (?P<s>{Q}) is missing: it was deleted or renamed",
         "la feuille {s} manque: elle a été supprimée ou renommée"),
    rule(r"expected (?P<a>{Q}), found (?P<b>{Q}|nothing): rows or columns were moved, inserted or deleted",
         lambda g: f"{g['a']} est attendu, {'rien' if g['b'] == 'nothing' else g['b']} trouvé: des "
         "lignes ou des colonnes ont été déplacées, insérées ou supprimées"),
    rule(r"(?P<v>\S+) is out of range; expected (?P<msg>.+)", "{v} est hors limites; attendu: {msg}"),
    rule(r"a number from (?P<lo>\S+) to (?P<hi>\S+?)(?P<unit> .+)?", "un nombre de {lo} à {hi}{unit}"),
    rule(r"a number of points \(0 or more\)", "un nombre de points (positif ou nul)"),
    rule(r"a judgement from 1/9 to 9, such as 3 or 1/3", "un jugement de 1/9 à 9, comme 3 ou 1/3"),
    rule(r"a formula \((?P<f>.*)\); type (?P<msg>.+) instead", "une formule ({f}); tapez plutôt {msg}"),
    rule(r"(?P<b>TRUE|FALSE), where (?P<msg>.+) belongs", "{b}, là où il faut {msg}"),
    rule(r"a date or time, where (?P<msg>.+) belongs \(was a fraction typed as a date\?\)",
         "une date ou une heure, là où il faut {msg} (une fraction tapée comme une date?)"),
    rule(r"(?P<v>{Q}) is not (?P<msg>.+)", "{v} n’est pas {msg}"),
    rule(r"(?P<v>{Q}) is text, where (?P<msg>.+) belongs", "{v} est du texte, là où il faut {msg}"),
    rule(r"nothing is filled in: there is nothing to merge", "rien n’est rempli: il n’y a rien à fusionner"),
    rule(r"replaces the answers merged earlier(?: \(from (?P<f>.+)\))?",
         lambda g: "remplace les réponses fusionnées auparavant" + (f" (depuis {g['f']})" if g["f"] else "")),
    rule(r"(?P<n>\d+) answer\(s\) on options or criteria no longer in the dialogue are left out",
         "{n} réponse(s) sur des options ou des critères qui ne sont plus dans le dialogue sont ignorées"),
    rule(r"made for an earlier version of the dialogue \(version (?P<v>\S+?)(?: of (?P<made>[^;]+))?; now "
         r"(?P<now>\S+)\): answers are matched by ids",
         lambda g: f"faite pour une version antérieure du dialogue (version {g['v']}"
         + (f" du {g['made']}" if g["made"] else "") + f"; maintenant {g['now']}): les réponses sont "
         "rapprochées par identifiant"),
    rule(r"(?P<w>option|criterion) (?P<n>{Q}) has been removed since: its answers are left out",
         lambda g: f"{'l’option' if g['w'] == 'option' else 'le critère'} {g['n']} a été retiré"
         f"{'e' if g['w'] == 'option' else ''} depuis: ses réponses sont ignorées"),
    rule(r"(?P<w>option|criterion) (?P<n>{Q}) is now called (?P<m>{Q})",
         lambda g: f"{'l’option' if g['w'] == 'option' else 'le critère'} {g['n']} s’appelle maintenant {g['m']}"),
    rule(r"option (?P<n>{Q}) was added since: this sheet has no scores for it",
         "l’option {n} a été ajoutée depuis: cette grille n’a pas de notes pour elle"),
    rule(r"criterion (?P<n>{Q}) was added since: this sheet has no answers on it",
         "le critère {n} a été ajouté depuis: cette grille n’a pas de réponses sur lui"),
    rule(r"the scale of (?P<c>{Q}) was (?P<a>\S+) to (?P<b>\S+)", "l’échelle de {c} allait de {a} à {b}"),
    rule(r"it is now (?P<a>\S+) to (?P<b>\S+)", "elle va maintenant de {a} à {b}"),
    rule(r"feasibility and impact points add up to (?P<v>\S+), not 100: they are scaled",
         "les points de faisabilité et d’impact totalisent {v}, pas 100: ils sont mis à l’échelle"),
    rule(r"(?P<g>feasibility|impact) points add up to (?P<v>\S+), not 100: they are scaled",
         lambda g: f"les points {_of(g['g'])} totalisent {g['v']}, pas 100: ils sont mis à l’échelle"),
    rule(r"no points given to the (?P<g>feasibility|impact) criteria: their weights are left out",
         lambda g: f"aucun point donné aux critères {_of(g['g'])}: leurs poids sont ignorés"),
    rule(r"(?P<a>\d+) of (?P<b>\d+) (?P<g>feasibility|impact) judgements are blank: (?P=g) weights cannot be "
         r"derived", lambda g: f"{g['a']} des {g['b']} jugements {_of(g['g'])} sont vides: les poids "
         f"{_of(g['g'])} ne peuvent pas être calculés"),
    rule(r"the (?P<g>feasibility|impact) judgements are inconsistent: consistency ratio (?P<cr>\S+), above "
         r"0\.10 \(Saaty\)", lambda g: f"les jugements {_of(g['g'])} sont incohérents: ratio de cohérence "
         f"{g['cr']}, au-dessus de 0,10 (Saaty)"),
    rule(r"the judgement furthest from the others is (?P<a>{Q}) against (?P<b>{Q}) \((?P<v>\S+), where about "
         r"(?P<c>\S+) would agree with the rest\)", "le jugement le plus éloigné des autres est {a} par "
         "rapport à {b} ({v}, là où environ {c} s’accorderait avec le reste)"),
]


def _of(group: str) -> str:
    return "de faisabilité" if group == "feasibility" else "d’impact"


LOCATIONS: list[Rule] = [
    rule(r"(?P<loc>.+), row (?P<r>\d+), column (?P<c>\d+)(?: \((?P<x>.+)\))?",
         lambda g: f"{g['loc']}, ligne {g['r']}, colonne {g['c']}" + (f" ({g['x']})" if g["x"] else "")),
    rule(r"(?P<loc>.+?),? row (?P<r>\d+), column (?P<c>{Q})", "{loc}, ligne {r}, colonne {c}"),
    rule(r"(?P<loc>.+?),? row (?P<r>\d+), column (?P<c>\d+)", "{loc}, ligne {r}, colonne {c}"),
    rule(r"(?P<loc>.+?),? row (?P<r>\d+)", "{loc}, ligne {r}"),
    rule(r"(?P<loc>.+), line (?P<r>\d+)", "{loc}, ligne {r}"),
    rule(r"(?P<loc>.+), column (?P<c>{Q})", "{loc}, colonne {c}"),
    rule(r"(?P<loc>.+), column (?P<c>\d+) \((?P<x>.+)\)", "{loc}, colonne {c} ({x})"),
    rule(r"(?P<f>.+) node (?P<n>{Q})", "{f}, nœud {n}"),
    rule(r"(?P<loc>.+?) and (?P<loc2>.+)", "{loc} et {loc2}"),
    rule(r"(?P<f>.+) sheet (?P<s>{Q})", "{f}, feuille {s}"),
    rule(r"(?P<f>.+) edge (?P<a>{Q}) to (?P<b>{Q})", "{f}, arête de {a} à {b}"),
    rule(r"(?P<f>.+) edge (?P<a>{Q})", "{f}, arête {a}"),
    rule(r"(?P<cell>[^\s!]+![A-Z]{1,3}\d+) \((?P<o>.+) on (?P<c>.+)\)", "{cell} ({o} sur {c})"),
    rule(r"(?P<cell>[^\s!]+![A-Z]{1,3}\d+) \(points of (?P<g>feasibility|impact)\)",
         lambda g: f"{g['cell']} (points {_of(g['g'])})"),
    rule(r"(?P<cell>[^\s!]+![A-Z]{1,3}\d+) \(points of (?P<c>.+)\)", "{cell} (points de {c})"),
    rule(r"(?P<cell>[^\s!]+![A-Z]{1,3}\d+) \(feasibility against impact\)",
         "{cell} (faisabilité par rapport à l’impact)"),
    rule(r"(?P<cell>[^\s!]+![A-Z]{1,3}\d+) \((?P<a>.+) against (?P<b>.+)\)", "{cell} ({a} par rapport à {b})"),
    rule(r"(?P<f>.+?\.(?:csv|xlsx|xlsm|graphml|gexf|palabre))", "{f}"),
]
