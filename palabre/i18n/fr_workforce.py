"""French for the messages about the workforce baseline, option effects and the gap closed.

Sources of the English: mcda/workforce/ (baseline, effects, impact, projection, scenarios),
exports/workforce_tables.py, dialogue/workforce.py, dialogue/workforce_file.py,
dialogue/edits_workforce.py. Cadre, area and flow ids (``nurses``, ``rural``, ``attrition``)
and column names are the file's own and stay as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

from palabre.i18n.rules import Rule, rule


def _area(g: Mapping[str, str], key: str = "area") -> str:
    """``area 'rural'`` or ``the whole country`` (exports/workforce_tables.py ``_area_name``)."""
    text = g[key]
    return "tout le pays" if text == "the whole country" else "la zone " + text.removeprefix("area ")


_AREA = r"(?P<area>area {Q}|the whole country)"


def _on_rows(text: str) -> str:
    """``row 4`` as ``à la ligne 4``, ``rows 3, 5`` as ``aux lignes 3, 5``."""
    return "à la " + _rows(text) if text.startswith("row ") else "aux " + _rows(text)


def _rows(text: str) -> str:
    return text.replace("rows ", "lignes ").replace("row ", "ligne ")


RULES: list[Rule] = [
    # ------------------------------------------------------------ one value of the baseline
    rule(r"(?P<name>\w+) must be from (?P<lo>\S+) to (?P<hi>\S+), got (?P<v>.+)",
         "{name} doit être de {lo} à {hi}, pas {v}"),
    rule(r"(?P<name>\w+) must be a share per year between 0 and 1, got (?P<v>\S+)"
         r"(?: \(for (?P<pct>\S+) write (?P<frac>\S+)\))?",
         lambda g: f"{g['name']} doit être une part annuelle entre 0 et 1, pas {g['v']}"
         + (f" (pour {g['pct']}, écrivez {g['frac']})" if g["pct"] else "")),
    rule(r"must not be negative, got (?P<v>.+)", "la valeur ne doit pas être négative, pas {v}"),
    rule(r"(?P<name>\w+) must be at most (?P<n>[\d,]+), got (?P<v>.+)", "{name} doit valoir au plus {n}, pas {v}"),
    rule(r"must be at most (?P<n>[\d,]+), got (?P<v>.+)", "la valeur doit être au plus {n}, pas {v}"),
    rule(r"(?P<name>\w+) must be a year from (?P<lo>\d+) to (?P<hi>\d+), got (?P<v>.+)",
         "{name} doit être une année de {lo} à {hi}, pas {v}"),
    rule(r"(?P<name>\w+) must be a whole year, got (?P<v>.+)", "{name} doit être une année entière, pas {v}"),
    rule(r"(?P<name>\w+) must be text, got (?P<v>.+)", "{name} doit être du texte, pas {v}"),
    rule(r"(?P<name>\w+) (?P<v>{Q}) has spaces at its start or end", "{name} {v} a des espaces au début ou à la fin"),
    rule(r"the cadre id is empty", "l’identifiant du cadre est vide"),
    rule(r"(?P<name>\w+) is longer than (?P<n>\d+) characters", "{name} dépasse {n} caractères"),
    rule(r"(?P<name>\w+) (?P<v>{Q}) is reserved for totals; choose another",
         "{name} {v} est réservé aux totaux; choisissez-en un autre"),
    rule(r"(?P<name>\w+) must be above 0, got (?P<v>.+)", "{name} doit être supérieur à 0, pas {v}"),
    rule(r"must be above 0, got (?P<v>.+)", "la valeur doit être supérieure à 0, pas {v}"),
    rule(r"is (?P<n>[\d,]+) characters long \(at most (?P<max>[\d,]+)\)", "fait {n} caractères (au plus {max})"),
    # ------------------------------------------------------------ the baseline as a whole
    rule(r"the baseline has no cadre (?P<c>{Q})", "la situation de référence n’a pas de cadre {c}"),
    rule(r"the baseline has no cadre", "la situation de référence n’a aucun cadre"),
    rule(r"the baseline has (?P<n>[\d,]+) cadre rows \(at most (?P<max>[\d,]+)\)",
         "la situation de référence a {n} lignes de cadres (au plus {max})"),
    rule(r"the baseline has no population", "la situation de référence n’a pas de population"),
    rule(r"the baseline's (?P<k>\w+) must be (?P<c>\w+) values, got (?P<t>\w+)",
         "les {k} de la situation de référence doivent être des valeurs {c}, pas {t}"),
    rule(r"the horizon must be a year, got (?P<v>.+)", "l’horizon doit être une année, pas {v}"),
    rule(r"the horizon \((?P<h>\d+)\) must be after the start year \((?P<s>\d+)\)",
         "l’horizon ({h}) doit être après l’année de départ ({s})"),
    rule(r"the horizon \((?P<h>\d+)\) is more than (?P<n>\d+) years after the start year \((?P<s>\d+)\)",
         "l’horizon ({h}) est à plus de {n} ans de l’année de départ ({s})"),
    rule(r"the exit rates add up to more than 1 \((?P<parts>.+)\)",
         "les taux de sortie totalisent plus de 1 ({parts})"),
    rule(r"no more than the whole stock can leave in a year", "l’effectif entier au plus peut partir en un an"),
    rule(r"a transfer rate needs transfer_to \(the area they move to\)",
         "un taux de transfert demande transfer_to (la zone vers laquelle les personnels partent)"),
    rule(r"a national row cannot transfer to an area", "une ligne nationale ne peut pas transférer vers une zone"),
    rule(r"transfer_to must be another area than (?P<a>{Q})", "transfer_to doit être une autre zone que {a}"),
    rule(r"give the need either as need_density \(per 1,000 population\) or as need_number \(posts\), not both",
         "donnez le besoin soit en need_density (pour 1\u00a0000 habitants), soit en need_number (postes), "
         "pas les deux"),
    rule(r"list the cadres it counts(?P<eg>, such as .+)?",
         lambda g: "listez les cadres qu’il compte" + (g["eg"].replace(", such as ", ", par exemple ")
                                                     if g["eg"] else "")),
    rule(r"a cadre is listed twice", "un cadre est listé deux fois"),
    rule(r"the population of (?P<a>{Q}) is given twice", "la population de {a} est donnée deux fois"),
    rule(r"give the population either for the whole country(?P<blank> \(area blank\))? or per area, not both",
         lambda g: "donnez la population soit pour tout le pays" + (" (zone vide)" if g["blank"] else "")
         + ", soit par zone, pas les deux"),
    rule(r"figures jump from (?P<a>\d+) to (?P<b>\d+)", "les chiffres sautent de {a} à {b}"),
    rule(r"missing (?P<v>\d{4}(?:, \d{4})*)", "il manque {v}"),
    rule(r"figures must be for years after the start year (?P<s>\d+) \(the start year's is the size\), "
         r"got (?P<v>.+)", "les chiffres doivent porter sur des années après l’année de départ {s} (celle "
         "de l’année de départ est la taille), pas {v}"),
    rule(r"figures start in (?P<y>\d+)", "les chiffres commencent en {y}"),
    rule(r"given twice", "donné deux fois"),
    rule(r"named (?P<a>{Q}) here but (?P<b>{Q}) in another area", "nommé {a} ici mais {b} dans une autre zone"),
    rule(r"give either one national row \(no area\) or one row per area, not both",
         "donnez soit une ligne nationale (sans zone), soit une ligne par zone, pas les deux"),
    rule(r"transfer_to (?P<a>{Q}) is not an area of (?P<c>\S+)", "transfer_to {a} n’est pas une zone de {c}"),
    rule(r"a density need in area (?P<a>{Q}) needs that area's population \(the population is national only\)",
         "un besoin en densité dans la zone {a} demande la population de cette zone (la population n’est "
         "que nationale)"),
    rule(r"no population for area (?P<a>{Q})(?: in (?P<f>.+))?",
         lambda g: f"pas de population pour la zone {g['a']}" + (f" dans {g['f']}" if g["f"] else "")),
    rule(r"the id is already a cadre's", "l’identifiant est déjà celui d’un cadre"),
    # ------------------------------------------------------------ effects of options
    rule(r"(?P<n>\d+) problems with effects: (?P<msg>.+)", "{n} problèmes dans les effets: {msg}"),
    rule(r"the values must be low <= central <= high, got (?P<v>.+)",
         "les valeurs doivent vérifier low <= central <= high, pas {v}"),
    rule(r"end \((?P<e>\d+)\) is before start \((?P<s>\d+)\)", "la fin ({e}) est avant le début ({s})"),
    rule(r"expected Effect values, got (?P<t>\w+)", "des valeurs Effect sont attendues, pas {t}"),
    rule(r"(?P<a>{Q}) is not an area of (?P<c>\S+) \(areas: (?P<known>.*)\)",
         "{a} n’est pas une zone de {c} (zones: {known})"),
    rule(r"the (?P<name>\w+) value must be a finite number, got (?P<v>.+)",
         "la valeur {name} doit être un nombre fini, pas {v}"),
    rule(r"a relative (?P<name>\w+) value is a fraction from -1 \(the flow stops\) to (?P<max>\S+), got (?P<v>\S+)"
         r"(?: \(for (?P<pct>\S+) write (?P<frac>\S+)\))?",
         lambda g: f"une valeur {g['name']} relative est une fraction de -1 (le flux s’arrête) à {g['max']}, "
         f"pas {g['v']}" + (f" (pour {g['pct']}, écrivez {g['frac']})" if g["pct"] else "")),
    rule(r"the (?P<name>\w+) value must be at most (?P<n>[\d,]+) workers a year, got (?P<v>.+)",
         "la valeur {name} doit être au plus {n} personnels par an, pas {v}"),
    rule(r"no row of the target transfers workers to another area \(set transfer and transfer_to\)",
         "aucune ligne de la cible ne transfère de personnels vers une autre zone (renseignez transfer et "
         "transfer_to)"),
    rule(r"an effect must be an Effect, got (?P<v>.+)", "un effet doit être un Effect, pas {v}"),
    # ------------------------------------------------------------ gap closed and projection
    rule(r"a target is a cadre id or a list of cadre ids, got (?P<v>.+)",
         "une cible est un identifiant de cadre ou une liste d’identifiants de cadres, pas {v}"),
    rule(r"the target names a cadre twice: (?P<c>.+)", "la cible nomme deux fois un cadre: {c}"),
    rule(r"the baseline and the scenario were not projected together",
         "la situation de référence et le scénario n’ont pas été projetés ensemble"),
    rule(r"no gap closed to scale: no option has effects",
         "aucun écart comblé à mettre à l’échelle: aucune option n’a d’effets"),
    rule(r"choose a cadre or combined need to restrict the gap to one area",
         "choisissez un cadre ou un besoin combiné pour limiter l’écart à une zone"),
    rule(r"the baseline sets no need \(no density or number per cadre, no combined need such as the SDG "
         r"threshold\): there is no gap to close",
         "la situation de référence ne fixe aucun besoin (ni densité ni nombre par cadre, ni besoin combiné "
         "comme le seuil des ODD): il n’y a pas d’écart à combler"),
    rule(r"(?P<c>.+) has no need set \(a density or a number\), so it has no gap",
         "{c} n’a pas de besoin fixé (une densité ou un nombre), donc pas d’écart"),
    rule(r"(?P<c>\S+) has no row for area (?P<a>{Q})(?: \(its areas: (?P<known>.*)\))?",
         lambda g: f"{g['c']} n’a pas de ligne pour la zone {g['a']}"
         + (f" (ses zones: {'aucune' if g['known'] == 'none' else g['known']})" if g["known"] is not None
            and g["known"] != "" else "")),
    rule(r"the projection runs from (?P<a>\d+) to (?P<b>\d+)", "la projection va de {a} à {b}"),
    rule(r"no year (?P<y>\S+)", "pas d’année {y}"),
    rule(r"no cadre or combined need (?P<c>{Q})", "pas de cadre ni de besoin combiné {c}"),
    rule(r"two scenarios have the same kind and id", "deux scénarios ont le même type et le même identifiant"),
    # ------------------------------------------------------------ workforce tables
    rule(r"expected a rate from (?P<lo>\S+) to (?P<hi>\S+), got (?P<v>.+)",
         "un taux de {lo} à {hi} est attendu, pas {v}"),
    rule(r"expected a year from (?P<lo>\d+) to (?P<hi>\d+), got (?P<v>.+)",
         "une année de {lo} à {hi} est attendue, pas {v}"),
    rule(r"expected workers per 1,000 population, from 0 to 1000, got (?P<v>.+)",
         "un nombre de personnels pour 1\u00a0000 habitants, de 0 à 1000, est attendu, pas {v}"),
    rule(r"expected a percentage such as 5%, got (?P<v>.+)", "un pourcentage comme 5% est attendu, pas {v}"),
    rule(r"more than (?P<n>[\d,]+) rows", "plus de {n} lignes"),
    rule(r"blank on (?P<rows>rows? .+), taken as 0", lambda g: f"vide {_on_rows(g['rows'])}, pris comme 0"),
    rule(r"(?P<rows>rows? [\d, .]+) before the start year (?P<s>\d+) not used",
         lambda g: f"{_rows(g['rows'])} avant l’année de départ {g['s']}: non utilisée(s)"),
    rule(r"(?P<v>\S+) is not a share: write (?P<pct>\S+) for a percentage, or (?P<frac>\S+) as a fraction",
         "{v} n’est pas une part: écrivez {pct} pour un pourcentage, ou {frac} pour une fraction"),
    rule(r"a rate must not be negative, got (?P<v>.+)", "un taux ne doit pas être négatif, pas {v}"),
    rule(r"(?P<f>.+) has a header but no rows", "{f} a un en-tête mais aucune ligne"),
    rule(r"the need is also given as need_density", "le besoin est aussi donné en need_density"),
    rule(r"give one of the two", "donnez l’un des deux"),
    rule(r"a transfer rate is given but not the area the workers move to",
         "un taux de transfert est donné mais pas la zone vers laquelle les personnels partent"),
    rule(r"no column (?P<c>{Q}), taken as 0 for every cadre", "pas de colonne {c}, prise comme 0 pour chaque cadre"),
    rule(_AREA + r" has no row for (?P<s>\d+), the year of the stock counts \(its first year is (?P<y>\d+), "
         r"row (?P<r>\d+)\)", lambda g: f"{_area(g)} n’a pas de ligne pour {g['s']}, l’année du comptage de "
         f"l’effectif (sa première année est {g['y']}, ligne {g['r']})"),
    rule(r"growth (?P<g>\S+) is outside (?P<a>\S+) to (?P<b>\S+)", "la croissance {g} sort de l’intervalle {a} à {b}"),
    rule(r"(?P<c>\S+) in " + _AREA + r" is already on row (?P<r>\d+)",
         lambda g: f"{g['c']} dans {_area(g)} est déjà à la ligne {g['r']}"),
    rule(r"(?P<c>\S+) has a national row \(area blank\) and area rows \((?P<o>.*)\)",
         "{c} a une ligne nationale (zone vide) et des lignes par zone ({o})"),
    rule(r"give one or the other", "donnez l’une ou l’autre"),
    rule(r"(?P<c>\S+) is named (?P<a>{Q}) here but (?P<b>{Q}) on row (?P<r>\d+)",
         "{c} s’appelle {a} ici mais {b} à la ligne {r}"),
    rule(r"(?P<v>{Q}) is ambiguous \((?P<a>\S+) or (?P<b>\S+)\?\): write (?P<c>\S+) or (?P<d>\S+)",
         "{v} est ambigu ({a} ou {b}?): écrivez {c} ou {d}"),
    rule(r"(?P<y>\d+), but the other rows count the stock in (?P<s>\d+)",
         "{y}, mais les autres lignes comptent l’effectif en {s}"),
    rule(r"a baseline has one start year", "une situation de référence a une seule année de départ"),
    rule(r"(?P<y>\d+) is given twice for " + _AREA + r" \(also on row (?P<r>\d+)\)",
         lambda g: f"{g['y']} est donnée deux fois pour {_area(g)} (aussi à la ligne {g['r']})"),
    rule(r"(?P<b>\d+) follows (?P<a>\d+) for " + _AREA, lambda g: f"{g['b']} suit {g['a']} pour {_area(g)}"),
    rule(r"no growth for " + _AREA, lambda g: f"pas de croissance pour {_area(g)}"),
    rule(r"no growth for " + _AREA + r", taken as 0", lambda g: f"pas de croissance pour {_area(g)}, prise comme 0"),
    rule(r"the growth of its last two years \((?P<g>\S+)\) continues",
         "la croissance de ses deux dernières années ({g}) se poursuit"),
    rule(r"the year is missing \(expected the year the stock was counted, such as (?P<y>\d+)\)",
         "l’année manque (l’année du comptage de l’effectif est attendue, par exemple {y})"),
    rule(r"the cadre is missing", "le cadre manque"),
    # ------------------------------------------------------------ the workforce in the dialogue
    rule(r"add a workforce baseline before giving options effects",
         "ajoutez une situation de référence des personnels avant de donner des effets aux options"),
    rule(r"add a workforce baseline before linking the gap closed to a criterion",
         "ajoutez une situation de référence des personnels avant de lier l’écart comblé à un critère"),
    rule(r"add a workforce baseline before choosing what the gap closed counts",
         "ajoutez une situation de référence des personnels avant de choisir ce que compte l’écart comblé"),
    rule(r"no option has workforce effects yet: nothing would close a gap",
         "aucune option n’a encore d’effets sur les personnels: rien ne comblerait d’écart"),
    rule(r"the gap closed counts a cadre or area the baseline does not have",
         "l’écart comblé compte un cadre ou une zone que la situation de référence n’a pas"),
    rule(r"no criterion is fed by the projected gap closed", "aucun critère n’est alimenté par l’écart comblé projeté"),
    rule(r"(?P<c>{Q}) is a feasibility criterion", "{c} est un critère de faisabilité"),
    rule(r"the gap closed is an impact", "l’écart comblé est un impact"),
    rule(r"the workforce link's criterion must be an id",
         "le critère du lien avec les personnels doit être un identifiant"),
    rule(r"the workforce link's area must be text", "la zone du lien avec les personnels doit être du texte"),
    rule(r"the gap closed counts a cadre twice", "l’écart comblé compte deux fois un cadre"),
    rule(r"expected a workforce baseline, got (?P<t>\w+)",
         "une situation de référence des personnels est attendue, pas {t}"),
]

LOCATIONS: list[Rule] = [
    rule(r"cadre (?P<c>\S+(?: \([^)]*\))?)", "cadre {c}"),
    rule(r"a cadre", "un cadre"),
    rule(r"an effect", "un effet"),
    rule(r"combined need (?P<q>{Q})", "besoin combiné {q}"),
    rule(r"population", "population"),
    rule(r"the baseline", "la situation de référence"),
    rule(r"the figure for (?P<y>\d+)", "le chiffre de {y}"),
    rule(r"effect on (?P<flow>\w+) of (?P<c>\S+)(?P<a> \([^)]*\))?", "effet sur le flux {flow} de {c}{a}"),
    rule(r"effect on (?P<c>\S+)(?P<a> \([^)]*\))?", "effet sur {c}{a}"),
    rule(r"(?P<loc>.+) column (?P<c>{Q})", "{loc}, colonne {c}"),
]
