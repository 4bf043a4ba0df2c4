"""French for the messages about the content of a dialogue: each field of the native file, the
value objects' own checks, and the rules that tie the parts of a dialogue together.

Sources of the English: dialogue/native_file.py (``_Fields``, ``_kind``), stakeholder_map/model.py,
mcda/criteria.py, dialogue/values.py, dialogue/participants.py, dialogue/model.py (integrity),
dialogue/workforce.py, dialogue/workforce_file.py, dialogue/edits*.py, dialogue/decision.py,
dialogue/analysis.py, dialogue/political.py. Field names and paths (``power``,
``stakeholders[0].power``) are ids of the file format and stay as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

from palabre.i18n.fr_words import WORDS
from palabre.i18n.rules import Rule, rule

# English "expected ..." and the French "... est attendu(e)".
EXPECTED = {
    "text": "du texte est attendu",
    "a number": "un nombre est attendu",
    "a whole number": "un nombre entier est attendu",
    "true or false": "true ou false est attendu",
    "a list": "une liste est attendue",
    "an object": "un objet est attendu",
    "an id": "un identifiant est attendu",
    "an option id": "un identifiant d’option est attendu",
    "a year": "une année est attendue",
    "a list of cadre ids": "une liste d’identifiants de cadres est attendue",
    "a list of 5 texts": "une liste de 5 textes est attendue",
    "a list of [score, value] pairs": "une liste de paires [note, valeur] est attendue",
    "an object of year: population": "un objet année: population est attendu",
    "a pair of ids": "une paire d’identifiants est attendue",
    "a finite number": "un nombre fini est attendu",
    "true or false (or yes/no)": "true ou false (ou oui/non) est attendu",
}

_UNKNOWN = {
    "category": "catégorie inconnue", "level": "niveau inconnu", "kind": "nature inconnue",
    "type": "type inconnu", "family": "famille inconnue", "group": "groupe inconnu",
    "setting": "réglage inconnu", "brief section": "section de la note d’orientation inconnue",
    "stakeholder group": "groupe de parties prenantes inconnu", "measure": "mesure inconnue",
    "tie type": "type de lien inconnu", "preset mode": "mode de préréglage inconnu",
    "information field": "champ d’information inconnu", "value": "valeur inconnue",
    "column": "colonne inconnue", "direction": "sens inconnu",
    "preference function": "fonction de préférence inconnue", "method": "méthode inconnue",
    "normalisation": "normalisation inconnue", "weight sampling": "tirage des poids inconnu",
    "way to combine answers": "façon de combiner les réponses inconnue",
    "option": "option inconnue", "criterion": "critère inconnu", "stakeholder": "partie prenante inconnue",
    "participant": "participant inconnu", "cadre": "cadre inconnu", "area": "zone inconnue",
    "flow": "flux inconnu", "change": "type de changement inconnu",
}


def _expected(g: Mapping[str, str]) -> str:
    return f"{EXPECTED[g['exp']]}, pas {g['kind']}"


def _unknown(g: Mapping[str, str]) -> str:
    text = f"{_UNKNOWN[g['what']]} {g['v']}"
    if g.get("s"):
        text += f" (vouliez-vous dire {g['s']}?)"
    if g.get("allowed"):
        text += f" (valeurs possibles: {g['allowed'].replace(' or ', ' ou ')})"
    return text


def _alternatives(words: Mapping[str, str]) -> str:
    return "|".join(sorted((k.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")
                            .replace("]", r"\]").replace(".", r"\.") for k in words),
                           key=len, reverse=True))


RULES: list[Rule] = [
    # ------------------------------------------------------------ a value as _kind() describes it
    rule(r"nothing \(null\)", "rien (null)"),
    rule(r"true/false", "true/false"),
    rule(r"the number (?P<v>\S+)", "le nombre {v}"),
    rule(r"the text (?P<t>{Q})", "le texte {t}"),
    rule(r"a list", "une liste"),
    rule(r"an object", "un objet"),
    # A bare value ("got 6", "got 'high'", "got None") is user content: kept as it is.
    rule(r"(?P<v>{Q}|{N}|True|False|None|-?inf|nan|\(.*\))", "{v}"),
    # ------------------------------------------------------------ fields of the native file
    rule(r"expected (?P<exp>" + _alternatives(EXPECTED) + r"), got (?P<kind>.+)", _expected),
    rule(r"expected (?P<exp>" + _alternatives(EXPECTED) + r")", lambda g: EXPECTED[g["exp"]]),
    rule(r"unknown field", "champ inconnu"),
    rule(r"(?P<n>[\d,]+) more unknown fields", "{n} autres champs inconnus"),
    rule(r"missing", "manquant"),
    rule(r"text of (?P<n>[\d,]+) characters is longer than the (?P<max>[\d,]+) allowed",
         "texte de {n} caractères, plus long que les {max} permis"),
    rule(r"holds an invalid character \(a lone surrogate(?P<u> U\+[0-9A-F]{4})?\)",
         "contient un caractère invalide (un demi-codet de substitution isolé{u})"),
    rule(r"(?P<n>[\d,]+) entries is more than the (?P<max>[\d,]+) Palabre accepts",
         "{n} entrées, plus que les {max} que Palabre accepte"),
    rule(r"(?P<field>the text|\w+) is (?P<n>[\d,]+) characters long",
         lambda g: f"{'le texte' if g['field'] == 'the text' else g['field']} fait {g['n']} caractères"),
    rule(r"at most (?P<n>[\d,]+) are allowed", "{n} au plus sont permis"),
    rule(r"(?P<field>the text|\w+) holds an invalid character \(a lone surrogate (?P<u>U\+[0-9A-F]{4})\) at "
         r"position (?P<i>\d+)",
         lambda g: f"{'le texte' if g['field'] == 'the text' else g['field']} contient un caractère invalide "
         f"(un demi-codet de substitution isolé {g['u']}) à la position {g['i']}"),
    rule(r"(?P<loc>.+?) has more than (?P<n>\d+) digits", "{loc} a plus de {n} chiffres"),
    rule(r"stored under a key that differs from its (?P<w>id|option) (?P<v>{Q})",
         lambda g: f"rangé sous une clé différente de son {'identifiant' if g['w'] == 'id' else 'option'} {g['v']}"),
    rule(r"(?P<n>[\d,]+) entries; at most (?P<max>[\d,]+) are allowed",
         "{n} entrées; {max} au plus sont permises"),
    rule(r"(?P<id>{Q}) is used twice", "{id} est utilisé deux fois"),
    rule(r"a second score for (?P<o>{Q}) on (?P<c>{Q})", "une deuxième note pour {o} sur {c}"),
    rule(r"a second value for (?P<a>{Q}) and (?P<b>{Q})", "une deuxième valeur pour {a} et {b}"),
    rule(r"unknown section", "section inconnue"),
    rule(r"text longer than (?P<n>[\d,]+) characters", "texte de plus de {n} caractères"),
    rule(r"at most (?P<n>\d+) years after the start year", "au plus {n} ans après l’année de départ"),
    # ------------------------------------------------------------ value objects
    rule(r"(?P<name>\w+) must be a whole number from (?P<lo>{N}) to (?P<hi>{N}), got (?P<v>.+)",
         "{name} doit être un nombre entier de {lo} à {hi}, pas {v}"),
    rule(r"confidence must be between 0 and 1, got (?P<v>.+)", "confidence doit être entre 0 et 1, pas {v}"),
    rule(r"(?P<loc>.+?) must be a finite number, got (?P<v>.+)", "{loc} doit être un nombre fini, pas {v}"),
    rule(r"(?P<name>\w+) must be a finite number", "{name} doit être un nombre fini"),
    rule(r"unknown (?P<what>" + _alternatives(_UNKNOWN) + r") (?P<v>{Q})(?: \(did you mean (?P<s>{Q})\?\))?"
         r"(?: \(expected (?:one of |one or more of )?(?P<allowed>.+?)(?:, separated by commas)?\))?",
         _unknown),
    rule(r"(?P<v>{Q}) is not a valid (?P<w>\w+)", "{v} n’est pas une valeur valide de {w}"),
    rule(r"a stakeholder needs an id", "une partie prenante doit avoir un identifiant"),
    rule(r"stakeholder (?P<id>{Q}) needs a name", "la partie prenante {id} doit avoir un nom"),
    rule(r"a new stakeholder needs a name", "une nouvelle partie prenante doit avoir un nom"),
    rule(r"position on (?P<o>{Q}) is invalid", "la position sur {o} est invalide"),
    rule(r"a tie needs an id", "un lien doit avoir un identifiant"),
    rule(r"a stakeholder cannot be tied to itself(?: \((?P<s>{Q})\))?",
         lambda g: "une partie prenante ne peut pas être liée à elle-même"
         + (f" ({g['s']})" if g["s"] else "")),
    rule(r"scale bounds must be finite numbers", "les bornes de l’échelle doivent être des nombres finis"),
    rule(r"low \((?P<lo>{N})\) must be below high \((?P<hi>{N})\)",
         "low ({lo}) doit être inférieur à high ({hi})"),
    rule(r"value function points must have strictly increasing scores",
         "les points de la fonction de valeur doivent avoir des notes strictement croissantes"),
    rule(r"value function points must have values between 0 and 1",
         "les points de la fonction de valeur doivent avoir des valeurs entre 0 et 1"),
    rule(r"an anchored scale runs from 1 to 5", "une échelle décrite va de 1 à 5"),
    rule(r"an anchored scale describes 5 levels, got (?P<n>\d+) descriptions",
         "une échelle décrite a 5 niveaux, pas {n} descriptions"),
    rule(r"a criterion needs an id", "un critère doit avoir un identifiant"),
    rule(r"criterion (?P<id>{Q}) needs a name", "le critère {id} doit avoir un nom"),
    rule(r"the dialogue needs a title", "le dialogue doit avoir un titre"),
    rule(r"language must be one of (?P<allowed>.+), got (?P<v>.+)",
         "language doit être l’une de ces valeurs: {allowed}, pas {v}"),
    rule(r"(?P<doc>\w+) language must be one of (?P<allowed>.+), got (?P<v>.+)",
         "la langue doit être l’une de ces valeurs: {allowed}, pas {v}"),
    rule(r"date must be written YYYY-MM-DD, got (?P<v>.+)", "date doit s’écrire AAAA-MM-JJ, pas {v}"),
    rule(r"date (?P<v>{Q}) is not a day of the calendar", "la date {v} n’existe pas dans le calendrier"),
    rule(r"an option needs an id", "une option doit avoir un identifiant"),
    rule(r"option (?P<id>{Q}) needs a name", "l’option {id} doit avoir un nom"),
    rule(r"score uncertainty must surround the score: (?P<rest>.+)",
         "la plage d’incertitude doit encadrer la note: {rest}"),
    rule(r"a weight set needs an id", "un jeu de poids doit avoir un identifiant"),
    rule(r"weight set (?P<id>{Q}) needs a name", "le jeu de poids {id} doit avoir un nom"),
    rule(r"weight of (?P<c>{Q}) in (?P<ws>{Q}) must not be negative",
         "le poids de {c} dans {ws} ne doit pas être négatif"),
    rule(r"(?P<g>\w+) weight in (?P<ws>{Q}) must not be negative",
         "le poids du groupe {g} dans {ws} ne doit pas être négatif"),
    rule(r"a participant needs an id", "un participant doit avoir un identifiant"),
    rule(r"participant (?P<id>{Q}) needs a name or a code", "le participant {id} doit avoir un nom ou un code"),
    rule(r"anonymous must be true or false", "anonymous doit valoir true ou false"),
    rule(r"key must be 16 to 64 lower-case hexadecimal digits",
         "key doit compter de 16 à 64 chiffres hexadécimaux en minuscules"),
    rule(r"(?P<attr>\w+) must be one of (?P<allowed>.+), got (?P<v>.+)",
         "{attr} doit être l’une de ces valeurs: {allowed}, pas {v}"),
    rule(r"answers need the id of their participant", "les réponses doivent donner l’identifiant de leur participant"),
    rule(r"(?P<loc>.+?) is (?P<v>{N}); judgements run from 1/9 to 9 \(Saaty's scale\)",
         "{loc} vaut {v}; les jugements vont de 1/9 à 9 (échelle de Saaty)"),
    rule(r"(?P<loc>points of .+?) must not be negative, got (?P<v>.+)",
         "{loc} ne doivent pas être négatifs, pas {v}"),
    rule(r"a criterion \((?P<c>{Q})\) is compared with itself", "un critère ({c}) est comparé à lui-même"),
    rule(r"the pair (?P<a>{Q}), (?P<b>{Q}) is judged twice", "la paire {a}, {b} est jugée deux fois"),
    # ------------------------------------------------------------ the dialogue as a whole
    rule(r"the dialogue has no weight set", "le dialogue n’a aucun jeu de poids"),
    rule(r"the dialogue has no options to rank", "le dialogue n’a aucune option à classer"),
    rule(r"the dialogue has no criteria", "le dialogue n’a aucun critère"),
    rule(r"the decision has no options to rank", "la décision n’a aucune option à classer"),
    rule(r"the decision has no criteria", "la décision n’a aucun critère"),
    rule(r"the dialogue's information is missing", "les informations du dialogue manquent"),
    rule(r"unknown part of the dialogue: (?P<v>{Q})", "partie du dialogue inconnue: {v}"),
    rule(r"expected (?P<t>\w+), got (?P<u>\w+)", "{t} attendu, pas {u}"),
    rule(r"nothing to remove under (?P<k>.+)", "rien à retirer sous {k}"),
    rule(r"a dialogue holds at most (?P<n>[\d,]+) (?P<w>[a-z ]+); this one would hold (?P<m>[\d,]+)",
         "un dialogue contient au plus {n} {w}; celui-ci en contiendrait {m}"),
    rule(r"the active weight set (?P<id>{Q}) does not exist", "le jeu de poids actif {id} n’existe pas"),
    rule(r"answers refer to unknown participant (?P<id>{Q})", "des réponses renvoient au participant inconnu {id}"),
    rule(r"a score refers to unknown option (?P<id>{Q})", "une note renvoie à l’option inconnue {id}"),
    rule(r"a score refers to unknown criterion (?P<id>{Q})", "une note renvoie au critère inconnu {id}"),
    rule(r"(?P<p>{Q}) scored option (?P<o>{Q}) (?P<v>\S+) on (?P<c>{Q})",
         "{p} a donné à l’option {o} la note {v} sur {c}"),
    rule(r"the scale runs from (?P<lo>\S+) to (?P<hi>\S+)", "l’échelle va de {lo} à {hi}"),
    rule(r"(?P<what>score|low|high) of (?P<o>{Q}) on (?P<c>{Q}) is (?P<v>\S+)",
         lambda g: {"score": "la note", "low": "la borne basse", "high": "la borne haute"}[g["what"]]
         + f" de {g['o']} sur {g['c']} vaut {g['v']}"),
    rule(r"tie (?P<t>{Q}) refers to unknown stakeholder (?P<s>{Q})",
         "le lien {t} renvoie à la partie prenante inconnue {s}"),
    rule(r"stakeholder (?P<s>{Q}) has a position on unknown option (?P<o>{Q})",
         "la partie prenante {s} a une position sur l’option inconnue {o}"),
    rule(r"weight set (?P<ws>{Q}) weighs unknown criterion (?P<c>{Q})",
         "le jeu de poids {ws} pondère le critère inconnu {c}"),
    rule(r"effects refer to unknown option (?P<o>{Q})", "des effets renvoient à l’option inconnue {o}"),
    rule(r"option (?P<o>{Q}) has workforce effects but there is no baseline",
         "l’option {o} a des effets sur les personnels mais il n’y a pas de situation de référence"),
    rule(r"the projected gap closed feeds unknown criterion (?P<c>{Q})",
         "l’écart comblé projeté alimente le critère inconnu {c}"),
    rule(r"the projected gap closed feeds a criterion but there is no baseline",
         "l’écart comblé projeté alimente un critère mais il n’y a pas de situation de référence"),
    rule(r"the projected gap closed counts unknown area (?P<a>{Q})",
         "l’écart comblé projeté compte la zone inconnue {a}"),
    rule(r"the projected gap closed counts unknown cadre (?P<a>{Q})",
         "l’écart comblé projeté compte le cadre inconnu {a}"),
    rule(r"the dialogue has no workforce baseline \(import one, or add cadres in the Workforce tab\)",
         "le dialogue n’a pas de situation de référence des personnels (importez-en une, ou "
         "ajoutez des cadres dans l’onglet Personnels)"),
    rule(r"the dialogue has no workforce baseline",
         "le dialogue n’a pas de situation de référence des personnels"),
    rule(r"effects must name their option", "les effets doivent nommer leur option"),
    rule(r"option (?P<o>{Q}) has (?P<n>\d+) effects; at most (?P<max>\d+)",
         "l’option {o} a {n} effets; {max} au plus"),
    rule(r"the workforce link must name a criterion", "le lien avec les personnels doit nommer un critère"),
    rule(r"the workforce link's target must be cadre ids",
         "la cible du lien avec les personnels doit être des identifiants de cadres"),
    # ------------------------------------------------------------ edits and lookups
    rule(r"there is no (?P<what>stakeholder|tie|option|criterion|weight set|participant) with id (?P<id>{Q})"
         r"(?: (?P<rest>in the map))?(?: \(known: (?P<known>.*)\))?",
         lambda g: f"il n’y a pas de {WORDS[g['what']]} d’identifiant {g['id']}"
         + (" dans la carte" if g["rest"] else "")
         + (f" (connus: {g['known']})" if g["known"] else "")),
    rule(r"there is no (?P<w>\w+) (?P<id>{Q}) \(expected one of (?P<allowed>.+)\)",
         "il n’y a pas de {w} {id} (valeurs possibles: {allowed})"),
    rule(r"there is no WHO intervention with code (?P<id>{Q}) \(expected one of (?P<allowed>.+)\)",
         "il n’y a pas d’intervention de l’OMS de code {id} (valeurs possibles: {allowed})"),
    rule(r"there is no criterion (?P<id>{Q})", "il n’y a pas de critère {id}"),
    rule(r"an? (?P<what>stakeholder|tie|option|criterion|weight set|participant) with id (?P<id>{Q}) "
         r"already exists",
         lambda g: f"un{'e' if g['what'] in ('stakeholder', 'option') else ''} {WORDS[g['what']]} "
         f"d’identifiant {g['id']} existe déjà"),
    rule(r"a dialogue keeps at least one weight set", "un dialogue garde au moins un jeu de poids"),
    rule(r"(?P<v>\S+) is outside the scale of (?P<c>{Q}) \((?P<lo>\S+) to (?P<hi>\S+)\)",
         "{v} est en dehors de l’échelle de {c} ({lo} à {hi})"),
    rule(r"(?P<v>\S+) is outside the scale \((?P<lo>\S+) to (?P<hi>\S+)\)",
         "{v} est en dehors de l’échelle ({lo} à {hi})"),
    rule(r"the (?P<w>low|high) end (?P<v>\S+) is outside the scale \((?P<lo>\S+) to (?P<hi>\S+)\)",
         lambda g: f"la borne {'basse' if g['w'] == 'low' else 'haute'} {g['v']} est en dehors de "
         f"l’échelle ({g['lo']} à {g['hi']})"),
    rule(r"the range (?P<lo>\S+) to (?P<hi>\S+) must include the score (?P<v>\S+)",
         "la plage {lo} à {hi} doit inclure la note {v}"),
    rule(r"(?P<loc>.+) has no score yet: score it before giving a range",
         "{loc} n’a pas encore de note: notez-la avant de donner une plage"),
    rule(r"(?P<v>{Q}) is not a number", "{v} n’est pas un nombre"),
    rule(r"(?P<v>{Q}) is not a finite number", "{v} n’est pas un nombre fini"),
    rule(r"the place of stakeholder (?P<s>{Q}) must be two numbers \(x, y\), got (?P<v>.+)",
         "la place de la partie prenante {s} doit être deux nombres (x, y), pas {v}"),
    rule(r"choose at least one option to add", "choisissez au moins une option à ajouter"),
    rule(r"choose at least one option to remove", "choisissez au moins une option à retirer"),
    rule(r"choose the options to bundle", "choisissez les options à regrouper"),
    rule(r"there is no bundle named (?P<b>{Q})", "il n’y a pas de groupe d’options nommé {b}"),
    rule(r"a bundle needs a name", "un groupe d’options doit avoir un nom"),
    rule(r"a perspective needs a name", "un point de vue doit avoir un nom"),
    rule(r"a criterion can move to places 0 to (?P<n>\d+), not (?P<i>-?\d+)",
         "un critère peut aller aux places 0 à {n}, pas {i}"),
    rule(r"no weight given for (?P<c>.+)", "aucun poids donné pour {c}"),
    rule(r"all weights are zero: give at least one criterion a positive weight",
         "tous les poids sont nuls: donnez un poids positif à au moins un critère"),
    rule(r"(?P<loc>.+?) must be a number, got (?P<v>.+)", "{loc} doit être un nombre, pas {v}"),
    rule(r"(?P<loc>.+?) must not be negative, got (?P<v>.+)", "{loc} ne doit pas être négatif, pas {v}"),
    rule(r"there is nothing to paste", "il n’y a rien à coller"),
    rule(r"participant (?P<p>{Q}) speaks for unknown stakeholder (?P<s>{Q})",
         "le participant {p} parle au nom d’une partie prenante inconnue {s}"),
    rule(r"their sheet key is already used", "la clé de leur grille est déjà utilisée"),
    rule(r"the key of their sheets cannot be changed", "la clé de leurs grilles ne peut pas être changée"),
    rule(r"no participant to remove", "aucun participant à retirer"),
    rule(r"no answers to merge", "aucune réponse à fusionner"),
    rule(r"participant (?P<p>{Q}) has not answered", "le participant {p} n’a pas répondu"),
    rule(r"two sets of answers for participant (?P<p>{Q})", "deux séries de réponses pour le participant {p}"),
    rule(r"no participant has given weights yet: there is nothing to make perspectives from",
         "aucun participant n’a encore donné de poids: il n’y a rien pour construire des points de vue"),
    rule(r"no participant has returned scores yet", "aucun participant n’a encore rendu de notes"),
    rule(r"a feasibility index lies between -1 and 1, got (?P<v>.+)",
         "un indice de faisabilité est compris entre -1 et 1, pas {v}"),
]

LOCATIONS: list[Rule] = [
    rule(r"the file", "le fichier"),
    rule(r"the dialogue's information", "informations du dialogue"),
    rule(r"brief section (?P<q>{Q})", "section de la note d’orientation {q}"),
    rule(r"bundle (?P<q>{Q})", "groupe d’options {q}"),
    rule(r"scale (?P<w>low|high)", lambda g: f"la borne {'basse' if g['w'] == 'low' else 'haute'} de l’échelle"),
    rule(r"value function point (?P<k>\d+)", "le point {k} de la fonction de valeur"),
    rule(r"(?P<field>x|y|power|interest|value|low|high|strength|stance|confidence)", "{field}"),
    rule(r"stakeholder (?P<q>{Q})", "partie prenante {q}"),
    rule(r"tie (?P<q>{Q})", "lien {q}"),
    rule(r"option (?P<q>{Q})", "option {q}"),
    rule(r"criterion (?P<q>{Q})", "critère {q}"),
    rule(r"weight set (?P<q>{Q})", "jeu de poids {q}"),
    rule(r"participant (?P<q>{Q})", "participant {q}"),
    rule(r"answers of (?P<q>{Q})", "réponses de {q}"),
    rule(r"scale", "échelle"),
    rule(r"what-if", "simulation"),
    rule(r"new stakeholder", "nouvelle partie prenante"),
    rule(r"position of (?P<q>{Q})", "position de {q}"),
    rule(r"score", "la note"),
    rule(r"score (?P<w>low|high)", lambda g: f"la borne {'basse' if g['w'] == 'low' else 'haute'} de la note"),
    rule(r"weight of (?P<c>{Q}) in (?P<ws>{Q})", "le poids de {c} dans {ws}"),
    rule(r"weight of (?P<c>{Q})", "le poids de {c}"),
    rule(r"points of (?P<c>.+)", "les points de {c}"),
    rule(r"score of (?P<k>.+)", "la note de {k}"),
    rule(r"judgement of (?P<a>{Q}) against (?P<b>{Q})", "le jugement de {a} par rapport à {b}"),
    rule(r"judgement", "jugement"),
    rule(r"feasibility against impact", "faisabilité par rapport à l’impact"),
    rule(r"swing rating of (?P<c>{Q})", "la note d’écart de {c}"),
]
