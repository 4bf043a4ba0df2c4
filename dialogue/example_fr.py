"""The French texts of the bundled example dialogue, keyed by the example's ids.

The French example is the English one (:mod:`dialogue.example`) with every text replaced by its
French counterpart from the tables below (:func:`french_steps`): the ids, numbers, scores,
positions, ties, weights, participants' answers and map places are the English ones, untouched,
so the two languages cannot drift apart and a dialogue made in one opens in the other.

The wording follows the administrative French of francophone West African ministries of health
(*formations sanitaires*, *équipes cadres de district*, *partenaires techniques et financiers*,
*motivation* of community health workers). Where the example's criteria or options come from
Palabre's built-in content, the French text is taken from there (:mod:`dialogue.criteria_presets`,
:mod:`dialogue.library`), so that the example and the presets say the same thing. The fictional
names (Mayanga, Lowa, the participants) stay as they are; "Northern Region" is "Région du Nord".

Typography (Imprimerie nationale, *Lexique des règles typographiques*): a narrow no-break space
(U+202F) before ``; : ! ? %`` and between groups of thousands, and the typographic apostrophe,
applied by :func:`_typo` to every text here, so that the brief never breaks a line before a colon
and its own phrases and the example's texts look alike.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from dialogue.criteria_presets import preset
from dialogue.library import intervention
from dialogue.model import COLLECTIONS, Dialogue, Put
from palabre.errors import PalabreError

log = logging.getLogger(__name__)

NNBSP = "\u202f"
APOSTROPHE = "\u2019"
_BEFORE_HIGH = re.compile(r" ([;:!?%])")
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")


def _typo(text: str) -> str:
    """French typography: a narrow no-break space before ``; : ! ? %`` and in ``1 000``, and
    the typographic apostrophe (the brief's own French phrases use it too)."""
    text = _BEFORE_HIGH.sub(NNBSP + r"\1", text.replace("'", APOSTROPHE))
    return _THOUSANDS.sub(NNBSP, text)


def _frozen(table: Mapping[Hashable, Any]) -> Mapping[Hashable, Any]:
    """A read-only copy of a table with French typography applied to every text in it."""

    def deep(value: Any) -> Any:
        if isinstance(value, str):
            return _typo(value)
        if isinstance(value, tuple):
            return tuple(deep(v) for v in value)
        return value

    return MappingProxyType({k: deep(v) for k, v in table.items()})


# The example's criteria that come from the "palabre" preset reuse its French name, description
# and scale anchors (their English texts say the same thing as the example's).
_PRESET = {c.id: c for c in preset("palabre").criteria("fr")}


def _anchors(cid: str) -> tuple[str, ...]:
    return _PRESET[cid].scale.anchors


INFO: Mapping[str, str] = _frozen({
    # Short enough to fit the brief's running header beside "Version publique".
    "title": "Fidéliser les infirmiers et sages-femmes dans les districts ruraux",
    "country": "Mayanga (pays fictif)",
    "topic": "Fidélisation des infirmiers et des sages-femmes en milieu rural",
    "facilitator": "Observatoire national des ressources humaines en santé",
    "organisation": "Ministère de la Santé, Direction des ressources humaines en santé",
})

# id -> (name, notes)
STAKEHOLDERS: Mapping[str, tuple[str, str]] = _frozen({
    "moh": ("Ministère de la Santé – Direction des ressources humaines en santé",
            "Convoque le dialogue ; porte la stratégie nationale des ressources humaines en "
            "santé 2025–2030."),
    "mof": ("Ministère des Finances – Direction du budget",
            "Plafond de la masse salariale convenu dans le cadre du programme avec le FMI ; "
            "réservé sur les primes récurrentes."),
    "mcs": ("Ministère de la Fonction publique et du Travail",
            "Fixe les postes, les grades et les primes de toute la fonction publique ; toute "
            "prime rurale créerait un précédent."),
    "mhe": ("Ministère de l'Enseignement supérieur",
            "Accrédite les écoles de formation en soins infirmiers et obstétricaux."),
    "union": ("Syndicat national des infirmiers et sages-femmes (SYNIM)",
              "Préavis de grève en 2025 pour des arriérés de primes rurales ; opposé au service "
              "obligatoire."),
    "midwives": ("Ordre des sages-femmes",
                 "Craint qu'une catégorie de sages-femmes communautaires n'abaisse les normes de "
                 "la profession."),
    "nursing_council": ("Conseil national des infirmiers et des sages-femmes",
                        "Délivre l'autorisation d'exercer aux infirmiers et aux sages-femmes ; "
                        "fixe le champ de pratique."),
    "school": ("École nationale de santé publique et de soins infirmiers",
               "Forme 60 % des infirmiers du pays ; tous ses sites sont dans la capitale."),
    "north_rhd": ("Direction régionale de la santé du Nord",
                  "Taux de vacance de 41 % des postes de sage-femme dans ses districts."),
    "dhmt": ("Équipes cadres de district",
             "Gèrent au quotidien les centres et les postes de santé ruraux."),
    "faith": ("Association chrétienne de santé du Mayanga",
              "Gère 30 % des formations sanitaires rurales ; craint que des primes publiques "
              "n'attirent son personnel."),
    "councils": ("Association des collectivités locales",
                 "Peut fournir des terrains et des logements au personnel des postes ruraux."),
    "donors": ("Groupe des partenaires techniques et financiers (PTF) pour les personnels de santé",
               "Fonds commun pour la formation initiale ; financement limité dans le temps."),
    "who": ("Bureau de pays de l'OMS",
            "Appui technique ; promeut les lignes directrices de l'OMS de 2021 sur la "
            "fidélisation en milieu rural."),
    "rural_nurses": ("Infirmiers et sages-femmes en poste rural",
                     "Représentés ici par des délégués élus de trois régions."),
    "chw": ("Réseau des agents de santé communautaires",
            "Bénévoles percevant une motivation ; demandent à être reconnus comme catégorie de "
            "personnel."),
    "patients": ("Association des patients et usagers du milieu rural",
                 "Signale des maternités fermées la nuit."),
    "parliament": ("Honorable K. Mensah, président de la Commission de la santé de l'Assemblée "
                   "nationale",
                   "Vote le budget de la santé ; son intérêt grandit à l'approche des élections."),
})

# Tie id -> notes. The example's ties carry no notes; a note added to one needs its French here.
TIES: Mapping[str, str] = _frozen({})

# id -> (name, description, expected cost). Costs are written the French way: "0,4 million US$",
# "million" in the singular below two (Académie française).
OPTIONS: Mapping[str, tuple[str, str, str]] = _frozen({
    "rural_admission": (
        intervention("A1").name("fr"),
        "Réserver 40 % des places en formation infirmière et obstétricale aux étudiants issus "
        "des districts ruraux, avec des cours préparatoires.",
        "0,4 million US$ par an"),
    "north_school": (
        "École de santé dans la Région du Nord",
        "Ouvrir au chef-lieu de la Région du Nord une antenne de 120 places de l'école nationale, "
        "pour la formation des infirmiers et des sages-femmes.",
        "6,5 millions US$ par an (construction comprise)"),
    "rural_rotations": (
        "Stages cliniques en milieu rural pour tous les étudiants",
        "Huit semaines de stage encadré dans un centre de santé rural pour chaque étudiant.",
        "1,2 million US$ par an"),
    "community_midwives": (
        "Sages-femmes communautaires : une nouvelle catégorie",
        "Formation en deux ans de sages-femmes communautaires recrutées et affectées dans leur "
        "propre district.",
        "2,8 millions US$ par an"),
    "compulsory_service": (
        "Service rural obligatoire pour les nouveaux diplômés",
        "Deux ans dans un poste rural avant toute affectation définitive, avec logement et "
        "supervision.",
        "1,5 million US$ par an"),
    "bonded_scholarships": (
        "Bourses d'études contre engagement de service rural",
        "Frais de scolarité et allocation d'études pris en charge en échange de quatre années "
        "de service dans un district mal desservi.",
        "2,2 millions US$ par an"),
    "hardship_allowance": (
        "Prime de pénibilité en zone rurale",
        "Une prime de 25 % du salaire de base pour les agents en poste dans les zones classées "
        "éloignées.",
        "9,0 millions US$ par an"),
    "staff_housing": (
        "Logements de fonction et énergie solaire dans les postes ruraux",
        "Construire ou réhabiliter 400 logements de fonction équipés de l'énergie solaire, les "
        "collectivités locales fournissant les terrains.",
        "5,5 millions US$ par an pendant cinq ans"),
    "telehealth": (
        "Télésanté et visites de soutien",
        "Consultations par téléphone et par vidéo avec les spécialistes du district ; visites "
        "de soutien chaque trimestre.",
        "1,8 million US$ par an"),
    "career_path": (
        "Carrière accélérée pour le service rural",
        "Avancement plus rapide et accès prioritaire aux formations spécialisées après trois "
        "ans en poste rural.",
        "0,9 million US$ par an"),
    "task_sharing": (
        "Délégation de tâches aux agents de santé communautaires",
        "Former les agents de santé communautaires à la planification familiale, aux soins du "
        "nouveau-né et à la référence des malades.",
        "1,6 million US$ par an"),
    "payroll_cleanup": (
        "Assainissement du fichier de la solde pour dégager une marge budgétaire",
        "Auditer le fichier de la solde du secteur de la santé pour en retirer les agents "
        "fictifs et réinvestir les économies dans les postes ruraux.",
        "0,3 million US$, une seule fois"),
})
# Option id -> notes (the example has none yet), and English bundle name -> French.
OPTION_NOTES: Mapping[str, str] = _frozen({})
BUNDLES: Mapping[str, str] = _frozen({"First low-cost package": "Premier paquet à faible coût"})

# id -> (name, description, scale unit, five anchors or ())
CRITERIA: Mapping[str, tuple[str, str, str, tuple[str, ...]]] = _frozen({
    "cost": ("Coût récurrent",
             "Coût récurrent attendu pour le budget de l'État (capacité de financement et marge "
             "budgétaire).",
             "millions US$ par an", ()),
    "political": (_PRESET["political"].name,
                  "Le soutien des acteurs dont l'accord est nécessaire.", "",
                  _anchors("political")),
    "capacity": (_PRESET["capacity"].name, _PRESET["capacity"].description, "",
                 _anchors("capacity")),
    "time": (_PRESET["time"].name,
             "Nombre de mois avant que les agents de santé soient plus présents, de façon "
             "mesurable, dans les postes ruraux.",
             "mois", ()),
    "sustainability": (_PRESET["sustainability"].name, _PRESET["sustainability"].description,
                       "", _anchors("sustainability")),
    "availability": (_PRESET["availability"].name, _PRESET["availability"].description, "",
                     _anchors("availability")),
    "accessibility": ("Accessibilité et équité", _PRESET["accessibility"].description, "",
                      _anchors("accessibility")),
    "acceptability": (_PRESET["acceptability"].name,
                      "Si les patients et les communautés acceptent les soins (AAAQ).", "",
                      _anchors("acceptability")),
    "quality": (_PRESET["quality"].name, _PRESET["quality"].description, "",
                _anchors("quality")),
    "retention": (_PRESET["retention"].name, _PRESET["retention"].description, "",
                  _anchors("retention")),
})

# id -> (name, description)
WEIGHT_SETS: Mapping[str, tuple[str, str]] = _frozen({
    "moh": ("Ministère de la Santé", "Priorités de la Direction des ressources humaines en santé."),
    "mof": ("Ministère des Finances", "La marge budgétaire et la pérennité d'abord."),
    "union": ("Syndicat des infirmiers et sages-femmes",
              "Les conditions de travail et la fidélisation d'abord."),
    "partners": ("Partenaires techniques et financiers",
                 "L'efficience de la dépense et des changements durables."),
})

# Participant id -> role. Names are people's names (or a code) and stay as they are.
PARTICIPANT_ROLES: Mapping[str, str] = _frozen({
    "p1": "Chargée des prévisions budgétaires, Direction du budget",
    "p2": "Analyste de la masse salariale, Direction du budget",
    "p3": "Délégué syndical, Région du Nord",
    "p4": "Médecin-chef du district sanitaire de Lowa",
    "p5": "Infirmière-sage-femme dans un centre de santé rural",
    "p6": "Conseillère en ressources humaines pour la santé",
})

# Participant id -> the file name their answers came from.
ANSWER_SOURCES: Mapping[str, str] = _frozen({
    pid: f"{pid}-fiche-de-notation.xlsx" for pid in ("p1", "p2", "p3", "p4", "p5")
})

# Brief section -> the text the facilitator wrote (the other sections are drafted in the brief's
# language by exports.brief).
BRIEF: Mapping[str, str] = _frozen({
    "context": (
        "Le Mayanga compte 0,9 infirmier et sage-femme pour 1 000 habitants, et bien moins dans "
        "ses districts du Nord, où 41 % des postes de sage-femme sont vacants et où les "
        "maternités ferment la nuit. Les infirmiers nouvellement diplômés sont affectés dans "
        "les centres de santé ruraux, mais la plupart les quittent avant deux ans : les "
        "logements sont précaires, les primes sont versées en retard et rien ne leur ouvre "
        "l'accès à une formation complémentaire. La stratégie nationale des ressources humaines "
        "en santé 2025–2030 engage le Gouvernement sur un ensemble de mesures de fidélisation ; "
        "le présent dialogue, convoqué par le Ministère de la Santé avec les Ministères des "
        "Finances, de la Fonction publique et de l'Enseignement supérieur, les syndicats, les "
        "ordres professionnels, les employeurs et les partenaires, a comparé douze options "
        "selon leur faisabilité et leur impact attendu."
    ),
    "recommendations": (
        "Inscrire au budget 2027 un premier ensemble de mesures peu coûteuses et largement "
        "soutenues (carrière accélérée pour le service rural, admission d'étudiants d'origine "
        "rurale, stages cliniques en milieu rural). Préparer la prime de pénibilité en zone "
        "rurale avec les Ministères des Finances et de la Fonction publique, de façon "
        "progressive et ciblée sur les postes les plus isolés. Négocier la création de la "
        "catégorie des sages-femmes communautaires avec l'Ordre des sages-femmes et le Conseil "
        "national avant toute décision."
    ),
})

# The workforce baseline (dialogue.example_workforce). Cadre and area ids stay as they are (areas
# are ids: "rural", "urban"); the cadres' display names and the combined need's name and source
# are texts. Cadre id -> name; combined need id -> (name, source).
CADRE_NAMES: Mapping[str, str] = _frozen({
    "nurses": "Infirmiers",
    "midwives": "Sages-femmes",
    "doctors": "Médecins",
    "chw": "Agents de santé communautaires",
})
COMBINED_NEEDS: Mapping[str, tuple[str, str]] = _frozen({
    "sdg": ("Médecins, infirmiers et sages-femmes (seuil des ODD)",
            "OMS 2016, Stratégie mondiale sur les ressources humaines pour la santé : effectifs "
            "de personnel de santé 2030"),
})
# (option id, cadre id, flow, area) -> the note of that effect (effects without a note are absent).
EFFECT_NOTES: Mapping[tuple[str, str, str, str], str] = _frozen({
    ("rural_admission", "nurses", "attrition", "rural"):
        "Les diplômés issus des districts ruraux restent plus longtemps (OMS 2010, "
        "recommandation A1) ; première promotion en 2030.",
    ("north_school", "nurses", "graduates", "rural"):
        "Site de 120 places ; environ la moitié des diplômés prennent un poste rural.",
    ("rural_rotations", "nurses", "attrition", "rural"):
        "Les étudiants qui connaissent la pratique rurale la quittent moins (effet faible et "
        "incertain).",
    ("community_midwives", "midwives", "graduates", "rural"):
        "Formation en deux ans ; élèves recrutées et affectées dans leur propre district.",
    ("compulsory_service", "nurses", "graduates", "rural"):
        "Deux ans en poste rural : des nouveaux diplômés réorientés des villes vers le milieu "
        "rural.",
    ("compulsory_service", "nurses", "attrition", "rural"):
        "Rejet de la contrainte : davantage de départs à la fin du service.",
    ("bonded_scholarships", "nurses", "graduates", "rural"):
        "Boursiers engagés issus des districts mal desservis ; premiers diplômés en 2030.",
    ("hardship_allowance", "nurses", "attrition", "rural"):
        "Prime de 25 % du salaire de base ; avis d'experts du groupe de travail.",
    ("staff_housing", "nurses", "attrition", "rural"):
        "Logements livrés à partir de 2028, sur cinq ans.",
    ("telehealth", "nurses", "attrition", "rural"):
        "Moins d'isolement professionnel.",
    ("career_path", "nurses", "transfer", "rural"):
        "Promotion après trois ans en poste : moins de mutations précoces vers les villes.",
    ("task_sharing", "chw", "graduates", "rural"):
        "Les agents de santé communautaires prennent en charge la planification familiale et "
        "les soins du nouveau-né.",
})


# ---------------------------------------------------------------- translation
def _french(table: Mapping[Hashable, Any], key: Hashable, what: str) -> Any:
    try:
        return table[key]
    except KeyError:
        raise PalabreError(f"the French example has no text for {what} {key!r}") from None


def _note(table: Mapping[Hashable, str], key: Hashable, english: str, what: str) -> str:
    """The French of an optional text: empty stays empty, anything else must be in the table."""
    return _french(table, key, what) if english else english


def _info(key: Hashable, v: Any) -> Any:
    return v.replace(language="fr", **{f: INFO[f] for f in INFO})


def _stakeholder(key: Hashable, v: Any) -> Any:
    name, notes = _french(STAKEHOLDERS, key, "stakeholder")
    return v.replace(name=name, notes=notes if v.notes else "")


def _tie(key: Hashable, v: Any) -> Any:
    return v if not v.notes else v.replace(notes=_french(TIES, key, "the notes of tie"))


def _option(key: Hashable, v: Any) -> Any:
    name, description, cost = _french(OPTIONS, key, "option")
    return v.replace(name=name, description=description, expected_cost=cost,
                     notes=_note(OPTION_NOTES, key, v.notes, "the notes of option"),
                     bundle=_note(BUNDLES, v.bundle, v.bundle, "bundle"))


def _criterion(key: Hashable, v: Any) -> Any:
    name, description, unit, anchors = _french(CRITERIA, key, "criterion")
    if len(anchors) != len(v.scale.anchors):
        raise PalabreError(f"the French example describes {len(anchors)} levels of criterion "
                           f"{key!r}, the English {len(v.scale.anchors)}")
    return v.replace(name=name, description=description,
                     scale=replace(v.scale, unit=unit, anchors=anchors))


def _weight_set(key: Hashable, v: Any) -> Any:
    name, description = _french(WEIGHT_SETS, key, "weight set")
    return v.replace(name=name, description=description)


def _participant(key: Hashable, v: Any) -> Any:
    return replace(v, role=_note(PARTICIPANT_ROLES, key, v.role, "the role of participant"))


def _answers(key: Hashable, v: Any) -> Any:
    return replace(v, source=_note(ANSWER_SOURCES, key, v.source, "the sheet of participant"))


def _brief(key: Hashable, v: Any) -> Any:
    return _french(BRIEF, key, "brief section")


def _workforce(key: Hashable, v: Any) -> Any:
    if not hasattr(v, "cadres"):
        return v  # the Impact link: ids only
    cadres = tuple(c.replace(name=_french(CADRE_NAMES, c.cadre, "cadre")) for c in v.cadres)
    combined = []
    for n in v.combined:
        name, source = _french(COMBINED_NEEDS, n.id, "combined need")
        combined.append(n.replace(name=name, source=source if n.source else ""))
    return replace(v, cadres=cadres, combined=tuple(combined))


def _effects(key: Hashable, v: Any) -> Any:
    effects = tuple(
        e if not e.note else replace(e, note=_french(
            EFFECT_NOTES, (key, e.cadre, str(e.flow), e.area), "the note of the effect"))
        for e in v.effects)
    return replace(v, effects=effects)


_TRANSLATE: Mapping[str, Callable[[Hashable, Any], Any]] = MappingProxyType({
    "info": _info, "stakeholders": _stakeholder, "ties": _tie, "options": _option,
    "criteria": _criterion, "weight_sets": _weight_set, "participants": _participant,
    "answers": _answers, "brief": _brief, "workforce": _workforce, "effects": _effects,
})
# Collections that hold numbers and ids only.
_NO_TEXT = frozenset({"scores", "settings"})


def french_steps(d: Dialogue) -> tuple[Put, ...]:
    """Steps that put the French text in place of every English text of the example ``d``.

    Each step replaces a value under its own key, so order, ids and numbers stay as they are.

    Raises
    ------
    PalabreError
        If a text of the example has no French counterpart here (a bug caught by the tests).

    Examples
    --------
    >>> from dialogue.example import example_dialogue
    >>> from dialogue.model import Edit
    >>> d = example_dialogue()
    >>> _ = d.apply(Edit("French", french_steps(d)))
    >>> d.options["north_school"].name
    'École de santé dans la Région du Nord'
    """
    steps: list[Put] = []
    for collection in COLLECTIONS:
        translate = _TRANSLATE.get(collection)
        if translate is None:
            if collection not in _NO_TEXT and d.keys(collection):
                # A part of the document added after these tables; the tests walk every text of
                # the French example and fail on English left, so this is only a safety net.
                log.warning("the French example leaves %s untranslated", collection)
            continue
        for key in d.keys(collection):
            steps.append(Put(collection, key, translate(key, d.get(collection, key))))
    return tuple(steps)


def criteria_fr(english: list[Any]) -> list[Any]:
    """The example's criteria (``dialogue.example.default_criteria()``) with French texts."""
    return [_criterion(c.id, c) for c in english]


__all__ = ["ANSWER_SOURCES", "BRIEF", "BUNDLES", "CADRE_NAMES", "COMBINED_NEEDS", "CRITERIA",
           "EFFECT_NOTES", "INFO", "OPTIONS", "OPTION_NOTES",
           "PARTICIPANT_ROLES", "STAKEHOLDERS", "TIES", "WEIGHT_SETS", "criteria_fr",
           "french_steps"]
