"""French for the command line's own messages, argparse's errors, and the decision engine's
messages a command can reach (weights, AHP tables, methods, SMAA).

Sources of the English: desktop/cli_commands/*.py, Python's argparse (3.11 to 3.13 wording),
mcda/ahp.py, mcda/weights.py, mcda/problem.py, mcda/ranking.py, mcda/scoring.py, mcda/smaa.py,
mcda/normalisation.py, mcda/perspectives.py, mcda/group.py, stakeholder_map/measures.py,
stakeholder_map/structure.py.
"""

from __future__ import annotations

from collections.abc import Mapping

from palabre.i18n.rules import Rule, plural, rule

_TYPES = {"int": "entière", "float": "décimale"}


def _invalid_value(g: Mapping[str, str]) -> str:
    kind = _TYPES.get(g["type"], g["type"])
    return f"valeur {kind} invalide: {g['v']}"


RULES: list[Rule] = [
    # ------------------------------------------------------------ argparse
    rule(r"the following arguments are required: (?P<a>.+)", "les arguments suivants sont obligatoires: {a}"),
    rule(r"invalid choice: (?P<v>.+?) \(choose from (?P<c>.+)\)", "choix invalide: {v} (valeurs possibles: {c})"),
    rule(r"unrecognized arguments: (?P<a>.+)", "arguments non reconnus: {a}"),
    rule(r"expected one argument", "un argument est attendu"),
    rule(r"expected at most one argument", "au plus un argument est attendu"),
    rule(r"expected at least one argument", "au moins un argument est attendu"),
    rule(r"expected (?P<n>\d+) arguments?",
         lambda g: f"{g['n']} {plural(g['n'], 'argument est attendu', 'arguments sont attendus')}"),
    rule(r"not allowed with argument (?P<a>.+)", "incompatible avec l’argument {a}"),
    rule(r"one of the arguments (?P<a>.+) is required", "l’un des arguments {a} est obligatoire"),
    rule(r"invalid (?P<type>\w+) value: (?P<v>.+)", _invalid_value),
    rule(r"ambiguous option: (?P<o>\S+) could match (?P<m>.+)", "option ambiguë: {o} peut correspondre à {m}"),
    rule(r"ignored explicit argument (?P<v>.+)", "argument explicite ignoré {v}"),
    rule(r"unexpected option string: (?P<o>.+)", "option inattendue: {o}"),
    rule(r"can't open '(?P<f>.+)': (?P<why>.+)", "impossible d’ouvrir '{f}': {why}"),
    # ------------------------------------------------------------ the commands
    rule(r"(?P<f>.+): expected a \.palabre dialogue file", "{f}: un fichier de dialogue .palabre est attendu"),
    rule(r"(?P<f>.+): expected a \.palabre, \.graphml, \.gexf, \.csv \(ties\) or \.xlsx file",
         "{f}: un fichier .palabre, .graphml, .gexf, .csv (liens) ou .xlsx est attendu"),
    rule(r"(?P<f>.+): expected a \.palabre dialogue or a \.csv or \.xlsx decision table",
         "{f}: un dialogue .palabre ou un tableau de décision .csv ou .xlsx est attendu"),
    rule(r"--perspective applies to \.palabre dialogues, not to decision tables",
         "--perspective s’applique aux dialogues .palabre, pas aux tableaux de décision"),
    rule(r"the redacted copy must not replace the original: choose another -o",
         "la copie anonymisée ne doit pas remplacer l’original: choisissez un autre -o"),
    rule(r"--samples must be at least 1, got (?P<v>.+)", "--samples doit valoir au moins 1, pas {v}"),
    rule(r"no scoring sheets \(\.xlsx\) in (?P<f>.+)", "aucune grille de notation (.xlsx) dans {f}"),
    rule(r"no sheet could be merged \((?P<n>\d+) refused\); nothing was saved",
         lambda g: f"aucune grille n’a pu être fusionnée ({g['n']} {plural(g['n'], 'refusée', 'refusées')}); "
         "rien n’a été enregistré"),
    rule(r"(?P<n>\d+) sheet\(s\) refused \(reasons listed in the output\); the others were merged",
         "{n} grille(s) refusée(s) (raisons indiquées dans la sortie); les autres ont été fusionnées"),
    rule(r"(?P<f>.+) is empty", "{f} est vide"),
    rule(r"the header must name at least two criteria \(a square table: names across and down\)",
         "l’en-tête doit nommer au moins deux critères (un tableau carré: les noms en ligne et en colonne)"),
    rule(r"the table is not square: (?P<n>\d+) criteria across but (?P<m>\d+) rows down",
         "le tableau n’est pas carré: {n} critères en ligne mais {m} lignes en colonne"),
    rule(r"(?P<v>{Q}) appears twice", "{v} apparaît deux fois"),
    rule(r"expected (?P<a>{Q}) \(rows must list the criteria in the header's order\), got (?P<b>.+)",
         "{a} est attendu (les lignes doivent lister les critères dans l’ordre de l’en-tête), pas {b}"),
    rule(r"a value beyond the last criterion: the table is not square",
         "une valeur au-delà du dernier critère: le tableau n’est pas carré"),
    rule(r"(?P<a>[^:]+) compared with itself must be 1, got (?P<v>.+)",
         "{a} comparé à lui-même doit valoir 1, pas {v}"),
    rule(r"a criterion compared with itself must be 1, got (?P<v>.+)",
         "un critère comparé à lui-même doit valoir 1, pas {v}"),
    rule(r"the table is not reciprocal: (?P<a>\S+) should be 1/(?P<b>\S+) \(row (?P<r>\d+), column (?P<c>\d+) says "
         r"(?P<x>.+) vs (?P<y>.+) is (?P<v>\S+)\)", "le tableau n’est pas réciproque: {a} devrait valoir 1/{b} "
         "(ligne {r}, colonne {c}: {x} par rapport à {y} vaut {v})"),
    rule(r"the table is not reciprocal: (?P<a>\S+) should be 1/(?P<b>\S+) = (?P<c>\S+)",
         "le tableau n’est pas réciproque: {a} devrait valoir 1/{b} = {c}"),
    rule(r"missing judgement of (?P<a>.+) against (?P<b>.+) \(and its mirror is blank too\)",
         "jugement de {a} par rapport à {b} manquant (et son symétrique est vide aussi)"),
    rule(r"its criteria differ from those of (?P<f>.+)", "ses critères diffèrent de ceux de {f}"),
    rule(r"expected NAME=NUMBER", "NOM=NOMBRE est attendu"),
    rule(r"missing criterion name", "nom de critère manquant"),
    rule(r"(?P<v>{Q}) is given twice", "{v} est donné deux fois"),
    rule(r"(?P<v>{Q}) is not a number \(expected a number or a fraction such as 1/3\)",
         "{v} n’est pas un nombre (un nombre ou une fraction comme 1/3 est attendu)"),
    rule(r"expected a number or a fraction such as 1/3, got (?P<v>.+)",
         "un nombre ou une fraction comme 1/3 est attendu, pas {v}"),
    rule(r"(?P<v>{Q}) divides by zero", "{v} divise par zéro"),
    rule(r"judgements must be positive numbers, got (?P<v>.+)",
         "les jugements doivent être des nombres positifs, pas {v}"),
    rule(r"did you mean (?P<s>{Q})\?", "vouliez-vous dire {s}?"),
    # ------------------------------------------------------------ the decision engine
    rule(r"the comparison table must be square, got (?P<r>\d+) rows and (?P<c>\d+) columns",
         "le tableau de comparaisons doit être carré, pas {r} lignes et {c} colonnes"),
    rule(r"the comparison table has (?P<r>\d+) rows but (?P<n>\d+) names",
         "le tableau de comparaisons a {r} lignes mais {n} noms"),
    rule(r"no comparison tables to combine", "aucun tableau de comparaisons à combiner"),
    rule(r"comparison table (?P<k>\d+) is (?P<a>\d+) x (?P<b>\d+), the first is (?P<c>\d+) x (?P<d>\d+)",
         "le tableau de comparaisons {k} fait {a} x {b}, le premier {c} x {d}"),
    rule(r"comparison table (?P<k>\d+) holds a zero, negative or missing judgement",
         "le tableau de comparaisons {k} contient un jugement nul, négatif ou manquant"),
    rule(r"weight of (?P<c>{Q}) is negative \((?P<v>\S+)\); weights must be 0 or more",
         "le poids de {c} est négatif ({v}); les poids doivent être positifs ou nuls"),
    rule(r"weight of (?P<c>{Q}) is negative \((?P<v>\S+)\)", "le poids de {c} est négatif ({v})"),
    rule(r"swing rating of (?P<c>{Q}) is (?P<v>\S+); ratings run from 0 to 100",
         "la note d’écart de {c} vaut {v}; les notes vont de 0 à 100"),
    rule(r"swing weighting: rate the most important swing 100 and the others against it",
         "pondération par écarts: notez 100 l’écart le plus important et les autres par rapport à lui"),
    rule(r"rank order centroid needs at least one criterion", "le centroïde des rangs demande au moins un critère"),
    rule(r"rank order centroid: criterion (?P<k>\d+) has no name",
         "centroïde des rangs: le critère {k} n’a pas de nom"),
    rule(r"rank order centroid: (?P<c>{Q}) appears twice in the order",
         "centroïde des rangs: {c} apparaît deux fois dans l’ordre"),
    rule(r"no scores for criterion (?P<c>{Q})", "aucune note pour le critère {c}"),
    rule(r"two options have the same id", "deux options ont le même identifiant"),
    rule(r"two criteria have the same id", "deux critères ont le même identifiant"),
    rule(r"the score of (?P<o>{Q}) on (?P<c>{Q}) is missing", "la note de {o} sur {c} manque"),
    rule(r"weights must be finite numbers of 0 or more", "les poids doivent être des nombres finis positifs ou nuls"),
    rule(r"the uncertainty range of (?P<o>{Q}) on (?P<c>{Q}) must surround its score",
         "la plage d’incertitude de {o} sur {c} doit encadrer sa note"),
    rule(r"the (?P<k>\w+) preference function needs a value for (?P<p>\w+)",
         "la fonction de préférence {k} demande une valeur pour {p}"),
    rule(r"the gaussian preference function needs s greater than 0",
         "la fonction de préférence gaussienne demande s supérieur à 0"),
    rule(r"the vshape preference function needs p greater than 0",
         "la fonction de préférence en V demande p supérieur à 0"),
    rule(r"threshold (?P<k>\w+) must be a number of 0 or more, got (?P<v>.+)",
         "le seuil {k} doit être un nombre positif ou nul, pas {v}"),
    rule(r"threshold p \((?P<p>\S+)\) must not be below q \((?P<q>\S+)\)",
         "le seuil p ({p}) ne doit pas être inférieur à q ({q})"),
    rule(r"VIKOR's v must lie between 0 and 1, got (?P<v>.+)", "le v de VIKOR doit être entre 0 et 1, pas {v}"),
    rule(r"the weighted product needs scores greater than 0, but (?P<o>{Q}) scores (?P<v>\S+) on (?P<c>{Q})",
         "le produit pondéré demande des notes supérieures à 0, mais {o} a la note {v} sur {c}"),
    rule(r"the weighted product needs scores greater than 0", "le produit pondéré demande des notes supérieures à 0"),
    rule(r"(?P<m>[A-Z0-9 ]+) gives an outranking relation, not a score per option, so it cannot be used for "
         r"sensitivity analysis or SMAA; use wsm, wpm, topsis, vikor or promethee2",
         "{m} donne une relation de surclassement, pas une note par option: il ne peut pas servir à "
         "l’analyse de sensibilité ni à SMAA; utilisez wsm, wpm, topsis, vikor ou promethee2"),
    rule(r"sum normalisation needs scores of 0 or more",
         "la normalisation par la somme demande des notes positives ou nulles"),
    rule(r"SMAA needs at least one sample, got (?P<v>.+)", "SMAA demande au moins un tirage, pas {v}"),
    rule(r"sampling around the elicited weights needs the weights",
         "le tirage autour des poids recueillis demande ces poids"),
    rule(r"the concentration must be positive, got (?P<v>.+)", "la concentration doit être positive, pas {v}"),
    rule(r"scikit-criteria refused the data: (?P<why>.+)", "scikit-criteria a refusé les données: {why}"),
    rule(r"there are no perspectives to compare", "il n’y a pas de points de vue à comparer"),
    rule(r"perspective (?P<p>{Q}) does not rank the same options",
         "le point de vue {p} ne classe pas les mêmes options"),
    rule(r"no answers to combine", "aucune réponse à combiner"),
    rule(r"no participants' weights to combine", "aucun poids de participant à combiner"),
    rule(r"the answer of (?P<p>{Q}) is not a finite number", "la réponse de {p} n’est pas un nombre fini"),
    rule(r"there is no stakeholder with id (?P<s>{Q}) in the map",
         "il n’y a pas de partie prenante d’identifiant {s} dans la carte"),
]

LOCATIONS: list[Rule] = [
    rule(r"argument (?P<a>\S+)", "argument {a}"),
    rule(r"(?P<w>--\w+) item (?P<k>\d+)(?: \((?P<x>.+)\))?",
         lambda g: f"{g['w']}, élément {g['k']}" + (f" ({g['x']})" if g["x"] else "")),
    rule(r"row (?P<r>{Q}|\d+), column (?P<c>{Q}|\d+)", "ligne {r}, colonne {c}"),
]
