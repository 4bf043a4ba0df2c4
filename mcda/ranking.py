"""Rank a decision problem with any method; every result says which method and settings made it.

Methods (``method=``): ``wsm`` the additive value model (default), ``wpm`` the weighted product,
``topsis``, ``vikor``, ``electre1``, ``electre2`` and ``promethee2``. scikit-criteria runs TOPSIS,
VIKOR, the weighted product and ELECTRE II; the additive model, ELECTRE I (Hwang & Yoon's
version, see :mod:`mcda.electre`) and PROMETHEE II are computed here. Each option's feasibility
and impact scores come from the additive model within each group, whatever the method.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mcda import electre, skc, topsis
from mcda.additive import shared_ranks
from mcda.criteria import Group
from mcda.errors import MCDAError
from mcda.feasibility import group_scores, quadrant
from mcda.normalisation import NORMALISATIONS, normalise_table
from mcda.problem import DecisionProblem, constant_criteria
from mcda.promethee import promethee2
from mcda.scoring import wsm_values
from palabre.i18n.labels import Labels

METHODS = ("wsm", "wpm", "topsis", "vikor", "electre1", "electre2", "promethee2")
_METHOD_WORDS: Labels[str] = Labels("method", {
    "en": {
        "wsm": "additive value model (weighted sum)",
        "wpm": "weighted product model",
        "topsis": "TOPSIS",
        "vikor": "VIKOR",
        "electre1": "ELECTRE I",
        "electre2": "ELECTRE II",
        "promethee2": "PROMETHEE II",
    },
    "fr": {
        "wsm": "modèle additif de valeur (somme pondérée)",
        "wpm": "modèle du produit pondéré",
        "topsis": "TOPSIS",
        "vikor": "VIKOR",
        "electre1": "ELECTRE I",
        "electre2": "ELECTRE II",
        "promethee2": "PROMETHEE II",
    },
})
METHOD_NAMES = dict(_METHOD_WORDS.table("en"))
"""The methods' names in English (use :func:`method_label` for another language)."""


def method_label(method: str, lang: str = "en") -> str:
    """The name of an aggregation method in words (``"modèle du produit pondéré"``).

    Examples
    --------
    >>> method_label("wpm"), method_label("wpm", "fr")
    ('weighted product model', 'modèle du produit pondéré')
    """
    return _METHOD_WORDS(method, lang)
# The normalisation each method uses when none is asked for; None: it does not use one.
DEFAULT_NORMALIZATION = {
    "wsm": "minmax",
    "wpm": None,
    "topsis": "vector",
    "vikor": None,
    "electre1": "vector",
    "electre2": "minmax",
    "promethee2": None,
}
_NO_NORMALIZATION = {
    "wpm": "the weighted product is unchanged by rescaling a criterion, so no normalisation "
    "is applied",
    "vikor": "VIKOR scales each criterion between its best and worst scores itself, so the "
    "normalisation option is not used",
    "promethee2": "PROMETHEE compares scores in each criterion's own units through its "
    "preference functions, so the normalisation option is not used",
}


@dataclass(frozen=True, eq=False)
class MethodResult:
    """A ranking by one method.

    Attributes
    ----------
    method, settings:
        What made the ranking (``settings`` is JSON-ready).
    options, option_names:
        In the problem's order; every array below follows it.
    scores:
        The figure the ranking follows (``better`` says whether higher or lower is better).
    ranks:
        1 for the best; equal scores share a rank.
    figures:
        The method's own figures, each an array over options (TOPSIS ``closeness``; VIKOR
        ``S``, ``R``, ``Q``; PROMETHEE ``phi_plus``, ``phi_minus``, ``phi``).
    sets:
        Boolean arrays over options (VIKOR ``compromise``, ELECTRE I ``kernel``).
    feasibility, impact:
        Additive scores within each group (None when the criteria have no groups).
    contributions:
        For the additive model, weight x value per option and criterion.
    notes:
        Plain sentences worth showing with the result (for example an unused option).
    """

    method: str
    settings: Mapping[str, Any]
    options: tuple[str, ...]
    option_names: tuple[str, ...]
    scores: np.ndarray
    ranks: np.ndarray
    better: str = "higher"
    figures: Mapping[str, np.ndarray] = field(default_factory=dict)
    sets: Mapping[str, np.ndarray] = field(default_factory=dict)
    feasibility: np.ndarray | None = None
    impact: np.ndarray | None = None
    incomplete: np.ndarray | None = None
    contributions: np.ndarray | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def order(self) -> list[int]:
        """Row indices in rank order (ties in input order)."""
        return [int(i) for i in np.lexsort((np.arange(len(self.ranks)), self.ranks))]

    def leader(self) -> str:
        """Id of the first option (the first listed when several share rank 1)."""
        return self.options[self.order()[0]]

    def rank_of(self, option_id: str) -> int:
        """The rank of an option."""
        return int(self.ranks[self.options.index(option_id)])

    def to_json(self) -> dict[str, Any]:
        """``{"method", "settings", "ranking": [...], <figures>}`` keyed by option name.

        Each ranking entry has ``option`` (name), ``id``, ``rank``, ``score``, and when the
        criteria have groups ``feasibility``, ``impact`` and ``quadrant``; each figure and set
        is a mapping from option name to value; the additive model adds ``contributions``
        (option name -> criterion name -> weight x value).
        """
        names = _unique_names(self.option_names, self.options)
        ranking = []
        for i in self.order():
            row: dict[str, Any] = {"option": names[i], "id": self.options[i],
                                   "rank": int(self.ranks[i]), "score": _num(self.scores[i])}
            if self.feasibility is not None and self.impact is not None:
                row["feasibility"] = _num(self.feasibility[i])
                row["impact"] = _num(self.impact[i])
                row["quadrant"] = quadrant(float(self.feasibility[i]),
                                           float(self.impact[i])).value
            if self.incomplete is not None and self.incomplete[i]:
                row["incomplete"] = True
            ranking.append(row)
        out: dict[str, Any] = {"method": self.method, "settings": dict(self.settings),
                               "ranking": ranking}
        for key, arr in self.figures.items():
            out[key] = {names[i]: _num(arr[i]) for i in self.order()}
        for key, arr in self.sets.items():
            out[key] = {names[i]: bool(arr[i]) for i in self.order()}
        if self.contributions is not None:
            criteria = list(self.settings.get("weights", {}))
            if len(criteria) == self.contributions.shape[1]:
                out["contributions"] = {
                    names[i]: {c: _num(v) for c, v in zip(criteria, self.contributions[i],
                                                          strict=True)}
                    for i in self.order()
                }
        if self.notes:
            out["notes"] = list(self.notes)
        return out


def _num(x: float) -> float | None:
    x = float(x)
    return round(x, 6) if np.isfinite(x) else None


def _unique_names(names: tuple[str, ...], ids: tuple[str, ...]) -> list[str]:
    """Display names, with the id added where two options share a name (JSON keys must differ)."""
    seen: dict[str, int] = {}
    for n in names:
        seen[n] = seen.get(n, 0) + 1
    return [f"{n} ({i})" if seen[n] > 1 else n for n, i in zip(names, ids, strict=True)]


def resolve_normalization(method: str, normalization: str | None) -> tuple[str | None, list[str]]:
    """The normalisation a method will use, and a note when the asked one does not apply."""
    if method not in METHODS:
        raise MCDAError(f"unknown method {method!r} (expected {'|'.join(METHODS)})")
    if normalization is not None and normalization not in NORMALISATIONS:
        raise MCDAError(
            f"unknown normalisation {normalization!r} (expected {'|'.join(NORMALISATIONS)})"
        )
    default = DEFAULT_NORMALIZATION[method]
    if default is None:
        return None, ([_NO_NORMALIZATION[method]] if normalization is not None else [])
    return normalization or default, []


def rank(
    problem: DecisionProblem,
    method: str = "wsm",
    normalization: str | None = None,
    *,
    v: float = 0.5,
    c_threshold: float | None = None,
    d_threshold: float | None = None,
) -> MethodResult:
    """Rank the options of a problem with one method.

    Parameters
    ----------
    problem:
        The decision problem (scores, directions, weights).
    method:
        One of :data:`METHODS`.
    normalization:
        ``vector``, ``minmax`` or ``sum``, for the methods that normalise (wsm, topsis,
        electre1, electre2); default as in :data:`DEFAULT_NORMALIZATION`.
    v:
        VIKOR's weight of group utility (Opricovic & Tzeng 2004), 0 to 1.
    c_threshold, d_threshold:
        ELECTRE I concordance and discordance thresholds (default: the averages, as in Hwang &
        Yoon 1981).

    Raises
    ------
    MCDAError
        For an unknown method or normalisation, or data the method cannot handle (the weighted
        product needs positive scores).
    """
    how, notes = resolve_normalization(method, normalization)
    if not 0.0 <= v <= 1.0:
        raise MCDAError(f"VIKOR's v must lie between 0 and 1, got {v:g}")
    w = problem.weights
    settings: dict[str, Any] = {"method_name": METHOD_NAMES[method]}
    if how is not None:
        settings["normalization"] = how
    settings["weights"] = {c.name: round(float(x), 6) for c, x in zip(problem.criteria, w,
                                                                        strict=True)}
    settings["directions"] = {c.name: ("max" if s > 0 else "min")
                              for c, s in zip(problem.criteria, problem.signs, strict=True)}
    values = problem.values()
    figures: dict[str, np.ndarray] = {}
    sets: dict[str, np.ndarray] = {}
    extra: dict[str, Any] = {}
    contributions = None
    better = "higher"
    x, signs = problem.table, problem.signs

    if method == "wsm":
        vals = wsm_values(problem, None, how or "minmax")
        contributions = vals * w
        scores = contributions.sum(axis=1)
        if how == "minmax":
            settings["value_functions"] = "linear between each criterion's bounds, or the "\
                "points set by the user"
    elif method == "wpm":
        if np.any(x <= 0):
            i, j = np.argwhere(x <= 0)[0]
            raise MCDAError(
                f"the weighted product needs scores greater than 0, but "
                f"{problem.option_names[i]!r} scores {x[i, j]:g} on {problem.criteria[j].name!r}"
            )
        oriented = np.where(signs > 0, x, 1.0 / x)
        scores = 10.0 ** skc.weighted_product(oriented, w)
    elif method == "topsis":
        r, s = topsis.prepared(x, signs, how)
        scores = skc.topsis(r, s, w)
        figures["closeness"] = scores
    elif method == "vikor":
        out = skc.vikor(x, signs, w, v)
        settings["v"] = v
        scores, better = out["Q"], "lower"
        figures.update(S=out["S"], R=out["R"], Q=out["Q"])
        compromise = np.zeros(problem.n_options, dtype=bool)
        compromise[out["compromise"]] = True
        sets["compromise"] = compromise
        extra.update(acceptable_advantage=out["acceptable_advantage"],
                     acceptable_stability=out["acceptable_stability"])
    elif method == "electre1":
        e = electre.electre1(x, signs, w, how, c_threshold, d_threshold)
        settings["concordance_threshold"] = round(e.c_threshold, 6)
        settings["discordance_threshold"] = round(e.d_threshold, 6)
        scores = e.kernel.astype(float)
        sets["kernel"] = e.kernel
        extra.update(concordance=e.concordance, discordance=e.discordance, outranks=e.outranks)
        notes = [*notes, "ELECTRE I finds the kernel (the options no other outranks), not a "
                 "full ranking: kernel options share rank 1 and the others share the rank after them"]
    elif method == "electre2":
        r, _ = normalise_table(x, signs, how)
        _, scores = electre.electre2(r, w)
        better = "lower"
        settings.update(electre.ELECTRE2_THRESHOLDS)
    else:  # promethee2
        flows = promethee2(x, signs, w, problem.preferences)
        scores = flows.phi
        figures.update(phi_plus=flows.phi_plus, phi_minus=flows.phi_minus, phi=flows.phi)
        settings["preference_functions"] = {
            c.name: pf.settings() for c, pf in zip(problem.criteria, problem.preferences,
                                                   strict=True)}
        extra["preference_index"] = flows.preference_index
        settings["flows"] = "normalised by n - 1 (Brans & Mareschal 2005)"

    for j in constant_criteria(problem):
        notes = [*notes, f"every option has the same score on {problem.criteria[j].name!r}: it "
                 f"cannot separate the options"]
    scores = np.asarray(scores, dtype=float)
    if method == "electre2":
        ranks = shared_ranks(-scores)
    else:
        ranks = shared_ranks(scores if better == "higher" else -scores)
    feas = imp = None
    if problem.has_groups:
        gs = group_scores(problem, values)
        feas, imp = gs[Group.FEASIBILITY], gs[Group.IMPACT]
    settings["better"] = better
    return MethodResult(
        method=method,
        settings=settings,
        options=problem.options,
        option_names=problem.option_names,
        scores=scores,
        ranks=ranks,
        better=better,
        figures=figures,
        sets=sets,
        feasibility=feas,
        impact=imp,
        incomplete=problem.incomplete,
        contributions=contributions,
        extra=extra,
        notes=tuple(notes),
    )


__all__ = ["DEFAULT_NORMALIZATION", "METHODS", "METHOD_NAMES", "MethodResult", "method_label", "rank",
           "resolve_normalization"]
