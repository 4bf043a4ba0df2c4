"""Presets of criteria to start a decision from (DOMAIN.md section 3), in English and French.

Each preset is a list of criteria in the Feasibility and Impact groups, every one scored on an
anchored 1 to 5 scale whose five levels are described in words (1 worst, 5 best, so all are
"more is better"). Users then edit them freely in the window (rename, change a scale to natural
units, add or remove criteria).

- ``palabre``: Palabre's default set. Feasibility: affordability and fiscal space, political
  acceptability, implementation capacity, time to effect, sustainability. Impact after the AAAQ
  framework (availability, accessibility, acceptability, quality; UN CESCR General Comment 14,
  2000; Campbell et al. 2013, Bull WHO 91:853-863), plus equity and the expected effect on
  retention.
- ``who2010``: the questions WHO (2010, section 4) asks before choosing retention interventions:
  relevance, acceptability, affordability, complementarities, effectiveness.
- ``isat``: scalability after the Intervention Scalability Assessment Tool (Milat et al. 2020,
  Health Research Policy and Systems 18:1): the problem, the intervention, strategic and
  political context, evidence of effectiveness, costs and benefits; fidelity and adaptation,
  reach and acceptability, delivery setting and workforce, implementation infrastructure,
  sustainability. ISAT does not split its domains into feasibility and impact; Palabre puts the
  case for the intervention (problem, intervention, evidence, reach) under Impact and the
  practicalities under Feasibility.

The level descriptions are Palabre's own wording.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dialogue.values import LANGUAGES
from mcda.criteria import Criterion, Direction, Group, Scale
from palabre.errors import ValidationError

F, I = Group.FEASIBILITY, Group.IMPACT  # noqa: E741 - I for Impact reads well in the tables

# A criterion: (id, group, {lang: (name, description, (level 1, ..., level 5))}).
_Texts = Mapping[str, tuple[str, str, tuple[str, str, str, str, str]]]

_PALABRE: list[tuple[str, Group, _Texts]] = [
    ("affordability", F, {
        "en": ("Affordability and fiscal space",
               "Whether the budget can pay for it now and in the years ahead.",
               ("Unaffordable: needs money the budget does not have",
                "Needs a large increase in the budget", "Needs a moderate reallocation",
                "Mostly within current budgets", "Within current budgets, or saves money")),
        "fr": ("Coût abordable et marge budgétaire",
               "Si le budget peut le financer, maintenant et dans les années à venir.",
               ("Inabordable : exige des fonds dont le budget ne dispose pas",
                "Exige une forte hausse du budget", "Exige une réallocation modérée",
                "Pour l'essentiel dans les budgets actuels",
                "Dans les budgets actuels, ou source d'économies")),
    }),
    ("political", F, {
        "en": ("Political acceptability",
               "Support among the actors whose agreement is needed (the stakeholder map can "
               "inform this score).",
               ("Strong opposition from key actors", "Opposed by some key actors",
                "Mixed or unclear support", "Broad support, minor opposition",
                "Consensus among key actors")),
        "fr": ("Acceptabilité politique",
               "Le soutien des acteurs dont l'accord est nécessaire (la carte des acteurs peut "
               "éclairer cette note).",
               ("Forte opposition d'acteurs clés", "Opposition de certains acteurs clés",
                "Soutien partagé ou incertain", "Large soutien, opposition mineure",
                "Consensus des acteurs clés")),
    }),
    ("capacity", F, {
        "en": ("Implementation capacity",
               "Staff, systems and institutions needed to carry it out.",
               ("No capacity; needs new institutions", "Major gaps in staff and systems",
                "Some gaps, can be filled within a year", "Mostly in place", "Fully in place")),
        "fr": ("Capacité de mise en œuvre",
               "Le personnel, les systèmes et les institutions nécessaires.",
               ("Aucune capacité ; exige de nouvelles institutions",
                "Lacunes majeures en personnel et en systèmes",
                "Quelques lacunes, comblables en un an", "Pour l'essentiel en place",
                "Entièrement en place")),
    }),
    ("time", F, {
        "en": ("Time to effect",
               "How soon health workers are measurably more present where they are needed.",
               ("More than five years", "Three to five years", "Two to three years",
                "One to two years", "Within a year")),
        "fr": ("Délai d'effet",
               "Dans combien de temps les agents de santé sont plus présents là où on en a "
               "besoin, de façon mesurable.",
               ("Plus de cinq ans", "Trois à cinq ans", "Deux à trois ans", "Un à deux ans",
                "Moins d'un an")),
    }),
    ("sustainability", F, {
        "en": ("Sustainability", "Whether it lasts beyond the first budget cycle.",
               ("Ends when external funding ends", "Depends on yearly negotiation",
                "Partly built into budgets", "Mostly institutionalised",
                "Self-sustaining once in place")),
        "fr": ("Pérennité", "S'il dure au-delà du premier cycle budgétaire.",
               ("S'arrête avec le financement extérieur", "Dépend d'une négociation annuelle",
                "En partie inscrit aux budgets", "Largement institutionnalisé",
                "Autonome une fois en place")),
    }),
    ("availability", I, {
        "en": ("Availability", "More health workers of the right skill mix (AAAQ).",
               ("No change in numbers", "Small increase", "Moderate increase",
                "Large increase", "Very large increase in the right skill mix")),
        "fr": ("Disponibilité", "Davantage d'agents de santé, avec les bonnes compétences (AAAQ).",
               ("Aucun changement des effectifs", "Légère hausse", "Hausse modérée",
                "Forte hausse", "Très forte hausse, avec les bonnes compétences")),
    }),
    ("accessibility", I, {
        "en": ("Accessibility", "Distribution of health workers to rural and poor areas (AAAQ).",
               ("No change in distribution", "Slight shift to rural areas",
                "Noticeable shift to rural areas", "Large shift to rural and poor areas",
                "Closes most of the rural gap")),
        "fr": ("Accessibilité",
               "La répartition des agents de santé vers les zones rurales et pauvres (AAAQ).",
               ("Aucun changement de répartition", "Léger déplacement vers le milieu rural",
                "Déplacement net vers le milieu rural",
                "Fort déplacement vers les zones rurales et pauvres",
                "Comble l'essentiel de l'écart rural")),
    }),
    ("acceptability", I, {
        "en": ("Acceptability to users",
               "Whether patients and communities accept and use the care (AAAQ).",
               ("Users likely to reject it", "Some user concerns", "Neutral for users",
                "Welcomed by users", "Strongly demanded by users")),
        "fr": ("Acceptabilité pour les usagers",
               "Si les patients et les communautés acceptent et utilisent les soins (AAAQ).",
               ("Probablement rejeté par les usagers", "Quelques réserves des usagers",
                "Neutre pour les usagers", "Bien accueilli par les usagers",
                "Fortement demandé par les usagers")),
    }),
    ("quality", I, {
        "en": ("Quality and competence", "Competence of the care provided (AAAQ).",
               ("Lowers competence", "Risks to competence", "No change in competence",
                "Improves competence", "Large gain in competence")),
        "fr": ("Qualité et compétence", "La compétence des soins fournis (AAAQ).",
               ("Réduit la compétence", "Risques pour la compétence",
                "Aucun changement de compétence", "Améliore la compétence",
                "Gain important de compétence")),
    }),
    ("equity", I, {
        "en": ("Equity", "Whether the poorest and most remote gain the most.",
               ("Widens gaps between groups", "No effect on gaps", "Narrows gaps a little",
                "Clearly narrows gaps for the poorest", "Reaches the most disadvantaged first")),
        "fr": ("Équité", "Si les plus pauvres et les plus isolés en bénéficient le plus.",
               ("Creuse les écarts entre groupes", "Sans effet sur les écarts",
                "Réduit un peu les écarts", "Réduit nettement les écarts pour les plus pauvres",
                "Atteint d'abord les plus défavorisés")),
    }),
    ("retention", I, {
        "en": ("Effect on retention", "Expected effect on how long workers stay in rural posts.",
               ("Worsens retention", "No effect on retention", "Small effect on retention",
                "Clear effect on retention", "Strong, lasting effect on retention")),
        "fr": ("Effet sur la fidélisation",
               "L'effet attendu sur la durée de maintien des agents en poste rural.",
               ("Aggrave la fidélisation", "Sans effet sur la fidélisation",
                "Faible effet sur la fidélisation", "Effet net sur la fidélisation",
                "Effet fort et durable sur la fidélisation")),
    }),
]

_WHO2010: list[tuple[str, Group, _Texts]] = [
    ("relevance", I, {
        "en": ("Relevance", "Does it address the workforce problem the country has identified?",
               ("Does not address the problems identified", "Addresses a minor problem",
                "Addresses part of a main problem", "Addresses a main problem",
                "Addresses the root cause of the main problem")),
        "fr": ("Pertinence",
               "Répond-elle au problème de personnels que le pays a identifié ?",
               ("Ne répond pas aux problèmes identifiés", "Répond à un problème mineur",
                "Répond en partie à un problème majeur", "Répond à un problème majeur",
                "S'attaque à la cause du problème majeur")),
    }),
    ("acceptability", F, {
        "en": ("Acceptability", "Will stakeholders, health workers included, accept and support it?",
               ("Rejected by key stakeholders", "Contested by several stakeholders",
                "Accepted by some, contested by others", "Accepted by most stakeholders",
                "Supported by all key stakeholders")),
        "fr": ("Acceptabilité",
               "Les parties prenantes, agents de santé compris, l'accepteront-elles et la "
               "soutiendront-elles ?",
               ("Rejetée par des acteurs clés", "Contestée par plusieurs acteurs",
                "Acceptée par certains, contestée par d'autres",
                "Acceptée par la plupart des acteurs", "Soutenue par tous les acteurs clés")),
    }),
    ("affordability", F, {
        "en": ("Affordability", "Can it be paid for, for as long as it is needed?",
               ("Cannot be financed", "Financed for a year or two only",
                "Financed if other spending is cut", "Financed within planned budgets",
                "Financed from existing resources for as long as needed")),
        "fr": ("Coût abordable", "Peut-elle être financée aussi longtemps que nécessaire ?",
               ("Ne peut pas être financée", "Financée un an ou deux seulement",
                "Financée si d'autres dépenses baissent",
                "Financée dans les budgets prévus",
                "Financée sur les ressources existantes, aussi longtemps que nécessaire")),
    }),
    ("complementarities", I, {
        "en": ("Complementarities", "Does it work together with the other measures of the bundle?",
               ("Conflicts with other measures", "Stands alone, no links",
                "Some links with other measures", "Reinforces other measures",
                "Needed for the rest of the bundle to work")),
        "fr": ("Complémentarités",
               "Fonctionne-t-elle avec les autres mesures de l'ensemble retenu ?",
               ("En conflit avec d'autres mesures", "Isolée, sans lien",
                "Quelques liens avec d'autres mesures", "Renforce d'autres mesures",
                "Indispensable au reste de l'ensemble")),
    }),
    ("effectiveness", I, {
        "en": ("Effectiveness", "What does the evidence say about its effect on retention?",
               ("Evidence of no effect, or of harm", "No evidence either way",
                "Weak or indirect evidence of effect", "Good evidence from similar settings",
                "Strong evidence, including from this country")),
        "fr": ("Efficacité", "Que disent les données sur son effet sur la fidélisation ?",
               ("Données d'absence d'effet, ou d'effet néfaste", "Aucune donnée dans un sens ou "
                "dans l'autre", "Données faibles ou indirectes d'un effet",
                "Bonnes données dans des contextes semblables",
                "Données solides, y compris dans ce pays")),
    }),
]

_ISAT: list[tuple[str, Group, _Texts]] = [
    ("problem", I, {
        "en": ("The problem", "How serious and how widely recognised the problem it tackles is.",
               ("Minor, or not recognised as a problem", "Recognised by a few",
                "Recognised, of moderate size", "Serious and widely recognised",
                "A national priority with strong data")),
        "fr": ("Le problème", "La gravité du problème visé et la reconnaissance dont il fait l'objet.",
               ("Mineur, ou non reconnu comme un problème", "Reconnu par quelques-uns",
                "Reconnu, d'ampleur moyenne", "Grave et largement reconnu",
                "Une priorité nationale étayée par des données solides")),
    }),
    ("intervention", I, {
        "en": ("The intervention", "How clearly it is described and how well it fits the problem.",
               ("Vague; unclear how it would work", "Described, with a weak link to the problem",
                "Described; plausible link to the problem", "Well described, clear logic",
                "Fully specified, tested logic of change")),
        "fr": ("L'intervention",
               "La clarté de sa description et son adéquation au problème.",
               ("Floue ; on ne voit pas comment elle agirait",
                "Décrite, lien faible avec le problème",
                "Décrite ; lien plausible avec le problème", "Bien décrite, logique claire",
                "Entièrement spécifiée, logique de changement éprouvée")),
    }),
    ("context", F, {
        "en": ("Strategic and political context",
               "Fit with national strategies, and political will to scale it up.",
               ("Runs against current policy", "No place in current strategies",
                "Mentioned in strategies, little political will",
                "In national strategies, with some political will",
                "A declared priority with strong political will")),
        "fr": ("Contexte stratégique et politique",
               "La cohérence avec les stratégies nationales et la volonté politique de passer à "
               "l'échelle.",
               ("Contraire à la politique actuelle", "Absente des stratégies actuelles",
                "Mentionnée dans les stratégies, peu de volonté politique",
                "Inscrite dans les stratégies nationales, avec une certaine volonté politique",
                "Une priorité déclarée, avec une forte volonté politique")),
    }),
    ("evidence", I, {
        "en": ("Evidence of effectiveness", "Strength of the evidence that it works.",
               ("No evidence", "Anecdotes or expert opinion only",
                "Some studies with mixed results", "Consistent studies in similar settings",
                "Strong evidence, including at scale")),
        "fr": ("Preuves d'efficacité", "La solidité des preuves qu'elle fonctionne.",
               ("Aucune preuve", "Anecdotes ou avis d'experts seulement",
                "Quelques études aux résultats partagés",
                "Études concordantes dans des contextes semblables",
                "Preuves solides, y compris à grande échelle")),
    }),
    ("costs", F, {
        "en": ("Costs and benefits", "Whether the benefits justify the cost at scale.",
               ("Costs far exceed the benefits", "Costs exceed the benefits",
                "Costs and benefits roughly balanced", "Benefits exceed the costs",
                "Benefits far exceed the costs")),
        "fr": ("Coûts et bénéfices",
               "Si les bénéfices justifient le coût à grande échelle.",
               ("Coûts très supérieurs aux bénéfices", "Coûts supérieurs aux bénéfices",
                "Coûts et bénéfices à peu près équilibrés",
                "Bénéfices supérieurs aux coûts", "Bénéfices très supérieurs aux coûts")),
    }),
    ("fidelity", F, {
        "en": ("Fidelity and adaptation",
               "Whether it can keep what makes it work while adapting to each district.",
               ("Would lose its core at scale", "Hard to deliver as intended",
                "Core parts known, some risk of drift", "Core parts clear, easy to adapt",
                "Proven to keep its effect when adapted")),
        "fr": ("Fidélité et adaptation",
               "Si elle peut garder ce qui la fait fonctionner tout en s'adaptant à chaque "
               "district.",
               ("Perdrait l'essentiel à grande échelle", "Difficile à appliquer comme prévu",
                "Éléments essentiels connus, risque de dérive",
                "Éléments essentiels clairs, facile à adapter",
                "Efficacité maintenue une fois adaptée, démontrée")),
    }),
    ("reach", I, {
        "en": ("Reach and acceptability",
               "How many of the intended people it would reach, and whether they take it up.",
               ("Would reach very few", "Reaches some, low uptake", "Reaches about half",
                "Reaches most, good uptake", "Reaches nearly all, high uptake")),
        "fr": ("Portée et acceptabilité",
               "La part du public visé qu'elle atteindrait, et s'il y adhère.",
               ("N'atteindrait que très peu de personnes", "En atteint certains, faible adhésion",
                "En atteint environ la moitié", "En atteint la plupart, bonne adhésion",
                "Les atteint presque tous, forte adhésion")),
    }),
    ("setting", F, {
        "en": ("Delivery setting and workforce",
               "Whether the places and people to deliver it exist at scale.",
               ("Neither the settings nor the staff exist", "Major gaps in settings or staff",
                "Some gaps in settings or staff", "Settings and staff mostly available",
                "Settings and staff fully available")),
        "fr": ("Lieux de mise en œuvre et personnel",
               "Si les lieux et les personnes pour la mettre en œuvre existent à grande échelle.",
               ("Ni les lieux ni le personnel n'existent",
                "Lacunes majeures de lieux ou de personnel",
                "Quelques lacunes de lieux ou de personnel",
                "Lieux et personnel pour l'essentiel disponibles",
                "Lieux et personnel entièrement disponibles")),
    }),
    ("infrastructure", F, {
        "en": ("Implementation infrastructure",
               "Management, monitoring, supplies and information systems to run it at scale.",
               ("None in place", "Major gaps", "Some gaps", "Mostly in place", "Fully in place")),
        "fr": ("Infrastructure de mise en œuvre",
               "La gestion, le suivi, les approvisionnements et les systèmes d'information pour "
               "la conduire à grande échelle.",
               ("Rien n'est en place", "Lacunes majeures", "Quelques lacunes",
                "Pour l'essentiel en place", "Entièrement en place")),
    }),
    ("sustainability", F, {
        "en": ("Sustainability", "Whether it would last once scaled up.",
               ("Ends with the project", "Depends on yearly negotiation",
                "Partly built into budgets and routines", "Mostly institutionalised",
                "Fully part of the system")),
        "fr": ("Pérennité", "Si elle durerait une fois passée à l'échelle.",
               ("S'arrête avec le projet", "Dépend d'une négociation annuelle",
                "En partie inscrite aux budgets et aux routines", "Largement institutionnalisée",
                "Entièrement intégrée au système")),
    }),
]

_PRESET_TEXTS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "palabre": {
        "en": ("Palabre default: feasibility and AAAQ impact",
               "Five feasibility criteria and six impact criteria after the AAAQ framework "
               "(availability, accessibility, acceptability, quality), with equity and retention."),
        "fr": ("Palabre par défaut : faisabilité et impact AAAQ",
               "Cinq critères de faisabilité et six critères d'impact selon le cadre AAAQ "
               "(disponibilité, accessibilité, acceptabilité, qualité), avec l'équité et la "
               "fidélisation."),
    },
    "who2010": {
        "en": ("WHO 2010 selection questions",
               "The five questions WHO asks before choosing retention interventions: relevance, "
               "acceptability, affordability, complementarities and effectiveness."),
        "fr": ("Questions de sélection de l'OMS (2010)",
               "Les cinq questions que pose l'OMS avant de choisir des interventions de "
               "fidélisation : pertinence, acceptabilité, coût abordable, complémentarités et "
               "efficacité."),
    },
    "isat": {
        "en": ("Scalability (after ISAT)",
               "The ten domains of the Intervention Scalability Assessment Tool: the case for "
               "scaling up and the practicalities of doing it."),
        "fr": ("Passage à l'échelle (d'après ISAT)",
               "Les dix domaines de l'outil d'évaluation du passage à l'échelle (ISAT) : les "
               "raisons de passer à l'échelle et les conditions pratiques pour le faire."),
    },
}

_SOURCES = {
    "palabre": "DOMAIN.md section 3; AAAQ: UN CESCR General Comment 14 (2000), Campbell et al. "
    "(2013) Bull World Health Organ 91:853-863.",
    "who2010": "WHO (2010). Increasing access to health workers in remote and rural areas "
    "through improved retention, section 4.",
    "isat": "Milat A, Lee K, Conte K, et al. (2020). Intervention Scalability Assessment Tool. "
    "Health Research Policy and Systems 18:1.",
}


@dataclass(frozen=True)
class Preset:
    """A named set of criteria to start from.

    ``names`` and ``descriptions`` are keyed by language; :meth:`criteria` builds the criteria
    in one language.
    """

    id: str
    names: Mapping[str, str]
    descriptions: Mapping[str, str]
    source: str
    specs: tuple[tuple[str, Group, _Texts], ...]

    def name(self, lang: str = "en") -> str:
        """The preset's name in ``lang``."""
        return self.names.get(lang, self.names["en"])

    def description(self, lang: str = "en") -> str:
        """What the preset holds, in ``lang``."""
        return self.descriptions.get(lang, self.descriptions["en"])

    def criteria(self, lang: str = "en") -> list[Criterion]:
        """The preset's criteria, feasibility first, each on an anchored 1-5 scale.

        Raises
        ------
        ValidationError
            For a language Palabre does not have.
        """
        if lang not in LANGUAGES:
            raise ValidationError(f"language must be one of {', '.join(LANGUAGES)}, got {lang!r}")
        out = []
        for cid, group, texts in sorted(self.specs, key=lambda s: s[1] is not F):
            name, description, anchors = texts[lang]
            out.append(Criterion(cid, name, group, Direction.BENEFIT, Scale(anchors=anchors),
                                 description))
        return out


PRESETS: Mapping[str, Preset] = MappingProxyType({
    pid: Preset(
        id=pid,
        names=MappingProxyType({lang: _PRESET_TEXTS[pid][lang][0] for lang in LANGUAGES}),
        descriptions=MappingProxyType({lang: _PRESET_TEXTS[pid][lang][1] for lang in LANGUAGES}),
        source=_SOURCES[pid],
        specs=tuple(specs),
    )
    for pid, specs in (("palabre", _PALABRE), ("who2010", _WHO2010), ("isat", _ISAT))
})


def preset(preset_id: str) -> Preset:
    """A preset by id (``palabre``, ``who2010`` or ``isat``).

    Raises
    ------
    ValidationError
        For an unknown id; the message lists the known ones.

    Examples
    --------
    >>> [c.name for c in preset("who2010").criteria("en")][:2]
    ['Acceptability', 'Affordability']
    """
    found = PRESETS.get(preset_id)
    if found is None:
        raise ValidationError(
            f"there is no preset {preset_id!r} (expected one of {', '.join(PRESETS)})"
        )
    return found


__all__ = ["PRESETS", "Preset", "preset"]
