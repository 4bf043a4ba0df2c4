"""The built-in library of rural-retention interventions: WHO's sixteen, in English and French.

WHO's global policy recommendations on increasing access to health workers in remote and rural
areas through improved retention (WHO 2010) group sixteen interventions in four families:
education (A1-A5), regulation (B1-B4), financial incentives (C1) and personal and professional
support (D1-D6); WHO's 2021 guideline on the rural and remote health workforce keeps the same
families and asks countries to choose a context-specific bundle (DOMAIN.md section 2).

The names are shortened and the descriptions are Palabre's own summaries of each recommendation's
intent, not WHO's wording. Users add an intervention to a dialogue as an ordinary option
(:func:`library_option`) and then edit it freely.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dialogue.model import Dialogue
from dialogue.values import LANGUAGES, Family, Option
from palabre.errors import ValidationError

SOURCE = {
    "en": "WHO (2010). Increasing access to health workers in remote and rural areas through "
    "improved retention: global policy recommendations. Geneva: World Health Organization.",
    "fr": "OMS (2010). Accroître l'accès aux personnels de santé dans les zones rurales ou "
    "reculées grâce à une meilleure fidélisation : recommandations pour une politique mondiale. "
    "Genève : Organisation mondiale de la Santé.",
}

FAMILY_NAMES: Mapping[str, Mapping[Family, str]] = MappingProxyType({
    "en": MappingProxyType({
        Family.EDUCATION: "A. Education",
        Family.REGULATION: "B. Regulation",
        Family.FINANCIAL: "C. Financial incentives",
        Family.SUPPORT: "D. Personal and professional support",
        Family.OTHER: "Other",
    }),
    "fr": MappingProxyType({
        Family.EDUCATION: "A. Éducation",
        Family.REGULATION: "B. Réglementation",
        Family.FINANCIAL: "C. Incitations financières",
        Family.SUPPORT: "D. Soutien personnel et professionnel",
        Family.OTHER: "Autre",
    }),
})

_FAMILY_OF_LETTER = {
    "A": Family.EDUCATION,
    "B": Family.REGULATION,
    "C": Family.FINANCIAL,
    "D": Family.SUPPORT,
}

# code -> (name, description), one dict per language. Descriptions say what the intervention is
# for in one or two sentences; they are written for Palabre, after the intent of WHO (2010).
_TEXTS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "en": {
        "A1": ("Admit students from rural backgrounds",
               "Reserve places or adapt admission rules so that young people who grew up in rural "
               "areas enter health training; they are the most likely to return and stay."),
        "A2": ("Health schools outside major cities",
               "Open training institutions, campuses or residency programmes in rural regions, so "
               "that students train, and build their lives, close to where they are needed."),
        "A3": ("Clinical rotations in rural areas",
               "Give every student supervised practice in rural facilities and communities during "
               "their studies, so that rural work becomes familiar rather than feared."),
        "A4": ("Curricula that reflect rural health needs",
               "Teach the conditions, skills and ways of working that rural practice demands, so "
               "that graduates feel competent in a rural post."),
        "A5": ("Continuing professional development for rural workers",
               "Offer further training that fits rural health workers' needs and can be followed "
               "where they live and work, for example by distance learning."),
        "B1": ("Enhanced scope of practice",
               "Allow and regulate a wider range of tasks for health workers in rural posts, which "
               "makes the work more satisfying and the services more complete."),
        "B2": ("New types of health workers",
               "Create cadres trained and regulated for rural practice (for example community "
               "midwives or clinical officers), with a clear career path."),
        "B3": ("Compulsory service with support",
               "Require a period of rural service after training, and accompany it with housing, "
               "supervision, incentives and a fair way back to other posts."),
        "B4": ("Subsidised education in return for service",
               "Pay for studies through scholarships or bursaries in exchange for an enforceable "
               "commitment to work a set time in an underserved area."),
        "C1": ("Fiscally sustainable financial incentives",
               "A combination of incentives the budget can keep paying, such as hardship "
               "allowances, housing grants, free transport and paid leave."),
        "D1": ("Better living conditions",
               "Improve housing, water, electricity, telecommunications and schooling for health "
               "workers and their families in rural areas."),
        "D2": ("Safe and supportive working environment",
               "Make rural workplaces safe and well equipped, with the supplies, supportive "
               "supervision and mentoring that good work requires."),
        "D3": ("Outreach support and telehealth",
               "Link rural workers with colleagues in better-served areas through outreach visits "
               "and, where feasible, telehealth, so that nobody works alone."),
        "D4": ("Career development",
               "Make rural service a step up, not a dead end: clear career paths, senior posts in "
               "rural areas and priority access to further training."),
        "D5": ("Professional networks",
               "Support rural health associations, networks and journals that give rural workers "
               "a voice and a sense of belonging."),
        "D6": ("Public recognition",
               "Honour rural service publicly, for example with rural health days, awards and "
               "titles at local, national and international level."),
    },
    "fr": {
        "A1": ("Admettre des étudiants d'origine rurale",
               "Réserver des places ou adapter les règles d'admission pour que des jeunes ayant "
               "grandi en milieu rural entrent en formation ; ce sont eux qui reviennent et "
               "restent le plus souvent."),
        "A2": ("Écoles de santé hors des grandes villes",
               "Ouvrir des établissements, des campus ou des programmes de résidence dans les "
               "régions rurales, pour que les étudiants se forment, et s'installent, près des "
               "besoins."),
        "A3": ("Stages cliniques en milieu rural",
               "Offrir à chaque étudiant une pratique encadrée dans des structures et des "
               "communautés rurales pendant ses études, pour que le travail rural devienne "
               "familier plutôt que redouté."),
        "A4": ("Programmes d'études adaptés aux besoins ruraux",
               "Enseigner les pathologies, les compétences et les façons de travailler qu'exige la "
               "pratique rurale, pour que les diplômés se sentent compétents en poste rural."),
        "A5": ("Formation continue des agents ruraux",
               "Proposer une formation continue adaptée aux besoins des agents de santé ruraux et "
               "accessible là où ils vivent et travaillent, par exemple à distance."),
        "B1": ("Élargissement du champ de pratique",
               "Autoriser et encadrer un éventail plus large d'actes pour les agents en poste "
               "rural, ce qui rend le travail plus gratifiant et les services plus complets."),
        "B2": ("Nouvelles catégories de personnels de santé",
               "Créer des cadres formés et réglementés pour la pratique rurale (par exemple des "
               "sages-femmes communautaires ou des techniciens cliniques), avec un parcours "
               "professionnel clair."),
        "B3": ("Service obligatoire accompagné",
               "Exiger une période de service rural après la formation, avec logement, "
               "supervision, incitations et un retour équitable vers d'autres postes."),
        "B4": ("Études subventionnées contre engagement de service",
               "Financer les études par des bourses en échange d'un engagement, opposable, à "
               "travailler une durée fixée dans une zone mal desservie."),
        "C1": ("Incitations financières soutenables",
               "Une combinaison d'incitations que le budget peut continuer à payer : primes de "
               "pénibilité, aides au logement, transport gratuit, congés payés."),
        "D1": ("Meilleures conditions de vie",
               "Améliorer le logement, l'eau, l'électricité, les télécommunications et la "
               "scolarité pour les agents de santé et leur famille en milieu rural."),
        "D2": ("Environnement de travail sûr et favorable",
               "Rendre les lieux de travail ruraux sûrs et bien équipés, avec les fournitures, la "
               "supervision formative et le tutorat qu'exige un travail de qualité."),
        "D3": ("Soutien par des visites et la télésanté",
               "Relier les agents ruraux à des collègues des zones mieux desservies par des "
               "visites de soutien et, si possible, la télésanté, pour que personne ne travaille "
               "seul."),
        "D4": ("Développement de carrière",
               "Faire du service rural un tremplin et non une impasse : parcours de carrière "
               "clairs, postes de responsabilité en milieu rural, accès prioritaire aux "
               "formations."),
        "D5": ("Réseaux professionnels",
               "Soutenir les associations, réseaux et revues de santé rurale qui donnent une voix "
               "et un sentiment d'appartenance aux agents ruraux."),
        "D6": ("Reconnaissance publique",
               "Honorer publiquement le service rural, par exemple par des journées de la santé "
               "rurale, des prix et des distinctions aux niveaux local, national et "
               "international."),
    },
}

CODES: tuple[str, ...] = tuple(_TEXTS["en"])


@dataclass(frozen=True)
class Intervention:
    """One intervention of the library: its WHO code, family, and text in each language."""

    code: str
    family: Family
    names: Mapping[str, str]
    descriptions: Mapping[str, str]

    def name(self, lang: str = "en") -> str:
        """The short name in ``lang`` (English when the language is unknown)."""
        return self.names.get(lang, self.names["en"])

    def description(self, lang: str = "en") -> str:
        """The one- or two-sentence description in ``lang`` (English when unknown)."""
        return self.descriptions.get(lang, self.descriptions["en"])


def _build() -> tuple[Intervention, ...]:
    out = []
    for code in CODES:
        out.append(Intervention(
            code=code,
            family=_FAMILY_OF_LETTER[code[0]],
            names=MappingProxyType({lang: _TEXTS[lang][code][0] for lang in _TEXTS}),
            descriptions=MappingProxyType({lang: _TEXTS[lang][code][1] for lang in _TEXTS}),
        ))
    return tuple(out)


INTERVENTIONS: tuple[Intervention, ...] = _build()
_BY_CODE = {i.code: i for i in INTERVENTIONS}


def intervention(code: str) -> Intervention:
    """The library intervention with a WHO code such as ``"C1"`` (case does not matter).

    Raises
    ------
    ValidationError
        If there is no such code; the message lists the known ones.

    Examples
    --------
    >>> intervention("c1").name()
    'Fiscally sustainable financial incentives'
    """
    found = _BY_CODE.get(str(code).strip().upper())
    if found is None:
        raise ValidationError(
            f"there is no WHO intervention with code {code!r} (expected one of {', '.join(CODES)})"
        )
    return found


def by_family() -> dict[Family, list[Intervention]]:
    """The library grouped by family, in WHO's order (A, B, C, D)."""
    out: dict[Family, list[Intervention]] = {}
    for item in INTERVENTIONS:
        out.setdefault(item.family, []).append(item)
    return out


def library_option(d: Dialogue, code: str, lang: str | None = None, taken: set[str] | None = None) -> Option:
    """A new option for the dialogue from a library intervention, in the dialogue's language.

    The id is derived from the code (``who_c1``), with a number added when it is taken in the
    dialogue or in ``taken`` (ids already chosen for options added in the same edit).

    Raises
    ------
    ValidationError
        For an unknown code or language.
    """
    item = intervention(code)
    lang = lang or d.info.language
    if lang not in LANGUAGES:
        raise ValidationError(f"language must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    taken = set(taken or ()) | set(d.options)
    base = "who_" + re.sub(r"[^a-z0-9]", "", item.code.lower())
    oid, n = base, 2
    while oid in taken:
        oid, n = f"{base}_{n}", n + 1
    return Option(oid, item.name(lang), item.family, item.code, item.description(lang))


def codes_in(d: Dialogue) -> set[str]:
    """The WHO codes of the options already in a dialogue."""
    return {o.code.strip().upper() for o in d.options.values() if o.code.strip()}


__all__ = ["CODES", "FAMILY_NAMES", "INTERVENTIONS", "SOURCE", "Intervention", "by_family",
           "codes_in", "intervention", "library_option"]
