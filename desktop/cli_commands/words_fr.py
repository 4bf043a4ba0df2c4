"""French wording of the subcommands' readable output (``palabre rank``, ``map``, ``weights``...).

Each command keeps its English wording in its own module and asks :func:`say` for the words in
the language of the messages (``args.message_lang``: ``--lang`` or the locale); this table holds
the French twin of each. JSON output never goes through it: its keys and values stay the same in
every language, for scripts. The engines' English notes shown with a result (a method that
ignores the normalisation, a criterion that cannot separate the options...) are put in French by
:func:`note`. Vocabulary as in the window (/work/notes/i18n_plan.md): critère, note (score),
poids, point de vue, classement, faisabilité, partie prenante, lien, intermédiaire (broker).
"""

from __future__ import annotations

import re
from types import MappingProxyType

# A normal space, not U+202F, before ":" and "%" in the terminal: every console shows it (STYLE of
# the command line: plain spacing is fine); the engines' own sentences keep their typography.
FR = MappingProxyType({
    # --- shared
    "option": "option",
    "criterion": "critère",
    "weight": "poids",
    "yes": "oui",
    "Note: {0}": "Remarque : {0}",
    # --- rank
    "rank": "rang",
    "score": "note",
    "feasibility": "faisabilité",
    "impact": "impact",
    "closeness": "proximité",
    "S": "S",
    "R": "R",
    "Q": "Q",
    "phi_plus": "flux+",
    "phi_minus": "flux-",
    "phi": "flux net",
    "compromise": "compromis",
    "kernel": "noyau",
    " (incomplete)": " (incomplète)",
    "(lower scores are better)": "(plus la note est basse, mieux c’est)",
    # --- sensitivity
    "Leading option: {leader} ({method})": "Option en tête : {leader} — {method}",
    "loses first above": "si relevé au-delà de",
    "loses first below": "si abaissé sous",
    "to": "nouvelle option en tête",
    "never": "jamais",
    "SMAA-2: {samples} samples, seed {seed}, weights {weights}, score uncertainty: {uncertainty}":
        "SMAA-2 : {samples} tirages, graine {seed}, poids {weights}, incertitude des notes : "
        "{uncertainty}",
    "rank {0}": "rang {0}",
    "confidence": "confiance",
    "uniform": "uniformes sur le simplexe",
    "around": "autour des poids donnés",
    "uniform within each cell's range": "uniforme dans la plage de chaque cellule",
    "none": "aucune",
    # --- map
    "id": "id",
    "name": "nom",
    "degree": "degré",
    "betweenness": "intermédiarité",
    "eigenvector": "vecteur propre",
    "coalition": "coalition",
    "quadrant": "quadrant",
    "salience": "saillance",
    "directed": "orientés",
    "undirected": "non orientés",
    "all types": "tous les types",
    "Brokers (highest betweenness): {0}": "Intermédiaires (plus forte intermédiarité) : {0}",
    "No ties: {0}": "Sans lien : {0}",
    # --- feasibility
    "support": "soutien",
    "opposition": "opposition",
    "index": "indice",
    "known": "connu",
    "Index from -1 (all power strongly opposed) to +1 (all strongly in favour); support and "
    "opposition in power points out of {total}. 'known': share of the power whose position is "
    "recorded.":
        "Indice de -1 (tout le pouvoir fortement opposé) à +1 (tout le pouvoir fortement "
        "favorable) ; soutien et opposition en points de pouvoir sur {total}. « connu » : part du "
        "pouvoir dont la position est renseignée.",
    # --- weights
    "Judgements of {0} participants combined by geometric mean.":
        "Jugements de {0} participants combinés par moyenne géométrique.",
    "lambda_max         {0}": "lambda max           {0}",
    "consistency index  {0}": "indice de cohérence  {0}",
    "consistency ratio  {0} ": "ratio de cohérence   {0} ",
    "(<= {0}: acceptable)": "(<= {0} : acceptable)",
    "(> {0}: revisit the judgements)": "(> {0} : revoyez les jugements)",
    "Most inconsistent judgement: {row} vs {column} = {value}; the other judgements suggest "
    "about {suggested}.":
        "Jugement le plus incohérent : {row} contre {column} = {value} ; les autres jugements "
        "suggèrent environ {suggested}.",
})
"""English wording of the readable output -> French."""


def say(text: str, lang: str) -> str:
    """``text`` (the English wording) in ``lang``: its French twin in French, else itself.

    Examples
    --------
    >>> say("rank", "fr"), say("rank", "en"), say("Note: {0}", "fr").format("x")
    ('rang', 'rank', 'Remarque : x')
    """
    if lang != "fr":
        return text
    return FR.get(text, text)


def number(x: float, lang: str, spec: str = ".3f") -> str:
    """A number formatted by ``spec``, with a decimal comma in French (``0,10``)."""
    text = format(x, spec)
    return text.replace(".", ",") if lang == "fr" else text


def count(n: int, lang: str) -> str:
    """An integer with thousands separated: ``10,000`` or, in French, ``10 000`` (narrow space,
    as in the robustness sentences printed with it)."""
    text = f"{n:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text


def plural(n: int, one: str, many: str) -> str:
    """A count and its noun; French takes the singular for 0 and 1 (``1 lien``, ``0 lien``)."""
    return f"{n} {one if n < 2 else many}"


# The engines' notes (mcda.ranking and exports.decision_table), exact or by pattern.
_NOTES_FR = MappingProxyType({
    "ELECTRE I finds the kernel (the options no other outranks), not a full ranking: kernel "
    "options share rank 1 and the others share the rank after them":
        "ELECTRE I trouve le noyau (les options qu’aucune autre ne surclasse), pas un classement "
        "complet : les options du noyau partagent le rang 1 et les autres le rang suivant",
    "the weighted product is unchanged by rescaling a criterion, so no normalisation is applied":
        "le produit pondéré ne change pas quand un critère change d’échelle : aucune "
        "normalisation n’est appliquée",
    "VIKOR scales each criterion between its best and worst scores itself, so the normalisation "
    "option is not used":
        "VIKOR ramène lui-même chaque critère entre sa meilleure et sa moins bonne note : l’option "
        "de normalisation n’est pas utilisée",
    "PROMETHEE compares scores in each criterion's own units through its preference functions, "
    "so the normalisation option is not used":
        "PROMETHEE compare les notes dans les unités propres à chaque critère par ses fonctions de "
        "préférence : l’option de normalisation n’est pas utilisée",
    "equal weights (the table has no weight row)":
        "poids égaux (le tableau n’a pas de ligne de poids)",
})
_NOTE_PATTERNS_FR = (
    (re.compile(r"every option has the same score on (?P<c>'.*'|\".*\"): it cannot separate the options"),
     "toutes les options ont la même note sur le critère {c} : il ne peut pas les départager"),
)


def note(text: str, lang: str) -> str:
    """An engine's English note in ``lang``; a note this table does not know goes through the
    catalogue of engine messages (:func:`palabre.i18n.translate_message`), else stays English.

    Examples
    --------
    >>> note("every option has the same score on 'Cost': it cannot separate the options", "fr")
    "toutes les options ont la même note sur le critère 'Cost' : il ne peut pas les départager"
    """
    if lang != "fr":
        return text
    if text in _NOTES_FR:
        return _NOTES_FR[text]
    for pattern, template in _NOTE_PATTERNS_FR:
        match = pattern.fullmatch(text)
        if match:
            return template.format(**match.groupdict())
    from palabre.i18n import translate_message

    return translate_message(text, lang)


__all__ = ["FR", "count", "note", "number", "plural", "say"]
