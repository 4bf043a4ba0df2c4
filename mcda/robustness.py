"""Plain-language robustness statements, in English or French, for the brief and the window.

Built from the weight thresholds (:mod:`mcda.sensitivity`), SMAA (:mod:`mcda.smaa`) and the
comparison of perspectives (:mod:`mcda.perspectives`), for example "Admit students from rural
backgrounds stays first unless the weight on Recurrent cost exceeds 0.31." French uses decimal
commas ("dépasse 0,31") and French typography (« », narrow spaces before %).

Thresholds are rounded on the safe side so that the sentence stays true: a weight above which the
leader changes is rounded down, a weight below which it changes is rounded up, with more decimals
when two would land on the wrong side of the current weight.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from mcda.perspectives import PerspectivesResult, agreement_words
from mcda.sensitivity import Threshold
from mcda.smaa import SMAAResult

LANGS = ("en", "fr")
NBSP = "\u00a0"
NNBSP = "\u202f"


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


def format_number(x: float, lang: str = "en", digits: int = 2) -> str:
    """A number with a decimal point (English) or a decimal comma (French).

    Examples
    --------
    >>> format_number(0.3149, "fr"), format_number(0.3149)
    ('0,31', '0.31')
    """
    text = f"{x:.{digits}f}"
    return text.replace(".", ",") if _lang(lang) == "fr" else text


def format_percent(share: float, lang: str = "en") -> str:
    """A share as a whole percentage ('47%' or '47 %' with a narrow no-break space)."""
    pct = round(100 * share)
    return f"{pct}{NNBSP}%" if _lang(lang) == "fr" else f"{pct}%"


def format_count(n: int, lang: str = "en") -> str:
    """An integer with thousands separators ('10,000' or '10 000')."""
    text = f"{n:,}"
    return text.replace(",", NNBSP) if _lang(lang) == "fr" else text


def _safe_round(value: float, current: float, up: bool) -> tuple[float, int]:
    """Round a threshold towards the current weight, never past it (see module doc)."""
    for digits in (2, 3, 4):
        scale = 10**digits
        if up:
            r = math.floor(value * scale + 1e-9) / scale
        else:
            r = math.ceil(value * scale - 1e-9) / scale
        if (up and r > current) or (not up and r < current):
            return r, digits
    return value, 4


def threshold_sentence(t: Threshold, names: Mapping[str, str], lang: str = "en") -> str:
    """One sentence about one criterion's weight and the leading option.

    ``names`` maps option ids to display names.
    """
    lang = _lang(lang)
    leader, crit = names.get(t.leader, t.leader), t.criterion_name
    parts = []
    if t.increase is not None:
        x, d = _safe_round(t.increase.weight, t.weight, up=True)
        parts.append(("up", format_number(x, lang, d), names.get(t.increase.new_leader,
                                                                  t.increase.new_leader)))
    if t.decrease is not None:
        x, d = _safe_round(t.decrease.weight, t.weight, up=False)
        parts.append(("down", format_number(x, lang, d), names.get(t.decrease.new_leader,
                                                                    t.decrease.new_leader)))
    if lang == "fr":
        crit_fr = f"du critère «{NBSP}{crit}{NBSP}»"
        if not parts:
            return f"{leader} reste en tête quel que soit le poids {crit_fr}."
        verbs = {"up": "dépasse", "down": "descend sous"}
        clauses = [f"{verbs[k]} {x} ({who} passerait alors en tête)" for k, x, who in parts]
        return f"{leader} reste en tête sauf si le poids {crit_fr} " + " ou ".join(clauses) + "."
    if not parts:
        return f"{leader} stays first whatever the weight on {crit}."
    verbs = {"up": "exceeds", "down": "falls below"}
    clauses = [f"{verbs[k]} {x} ({who} would then lead)" for k, x, who in parts]
    return f"{leader} stays first unless the weight on {crit} " + " or ".join(clauses) + "."


def threshold_statements(
    thresholds: Sequence[Threshold],
    names: Mapping[str, str],
    lang: str = "en",
    include_robust: bool = True,
) -> list[str]:
    """Sentences for every criterion, the most critical (smallest change needed) first.

    Criteria whose weight alone cannot displace the leader are gathered into one sentence at the
    end (when ``include_robust``). A tie for first place is said first.
    """
    lang = _lang(lang)
    if not thresholds:
        return []
    out = []
    first = thresholds[0]
    if len(first.leaders) > 1:
        tied = [names.get(o, o) for o in first.leaders]
        joined = _join(tied, lang)
        out.append(f"{joined} sont à égalité en tête avec les poids actuels." if lang == "fr"
                   else f"{joined} share first place at the current weights.")
    sensitive = sorted((t for t in thresholds if not t.robust), key=lambda t: t.margin)
    out += [threshold_sentence(t, names, lang) for t in sensitive]
    robust = [t.criterion_name for t in thresholds if t.robust]
    if include_robust and robust:
        leader = names.get(first.leader, first.leader)
        if lang == "fr":
            crits = _join([f"«{NBSP}{c}{NBSP}»" for c in robust], lang)
            noun = "du critère" if len(robust) == 1 else "des critères"
            out.append(f"{leader} reste en tête quel que soit le poids {noun} {crits}.")
        else:
            out.append(f"{leader} stays first whatever the weight on {_join(robust, lang)}.")
    return out


def smaa_sentences(result: SMAAResult, lang: str = "en", top: int = 3) -> list[str]:
    """How often the leading options rank first under SMAA, and their confidence factors."""
    lang = _lang(lang)
    b1 = result.rank_acceptability[:, 0]
    order = [i for i in sorted(range(len(b1)), key=lambda i: -b1[i]) if b1[i] > 0][:top]
    n = format_count(result.samples, lang)
    out = []
    for i in order:
        name = result.option_names[i]
        pct = format_percent(b1[i], lang)
        conf = result.confidence[i]
        if lang == "fr":
            s = f"{name} arrive en tête dans {pct} des {n} pondérations tirées au hasard (SMAA)"
            if not math.isnan(conf) and result.settings.get("score_uncertainty") != "none":
                s += (f" ; avec ses poids centraux, cette option reste en tête dans "
                      f"{format_percent(conf, lang)} des tirages de scores")
        else:
            s = f"{name} ranks first in {pct} of {n} random weightings (SMAA)"
            if not math.isnan(conf) and result.settings.get("score_uncertainty") != "none":
                s += (f"; with its central weights it stays first in "
                      f"{format_percent(conf, lang)} of the score samples")
        out.append(s + ".")
    return out


def perspectives_sentences(result: PerspectivesResult, lang: str = "en") -> list[str]:
    """Agreement between perspectives, the consensus leader, and who ranks it lowest."""
    lang = _lang(lang)
    p, n = len(result.perspectives), len(result.options)
    out = []
    words = agreement_words(result.kendall_w, lang)
    if result.kendall_w is not None:
        w = format_number(result.kendall_w, lang, 2)
        out.append(f"L’accord entre les {p} points de vue sur le classement est {words} "
                   f"(W de Kendall = {w})." if lang == "fr" else
                   f"Agreement between the {p} perspectives on the ranking is {words} "
                   f"(Kendall's W = {w}).")
    lead = min(range(n), key=lambda i: (result.consensus_ranks[i], i))
    name = result.option_names[lead]
    out.append(f"Selon le compte de Borda sur tous les points de vue, {name} arrive en tête."
               if lang == "fr" else
               f"By the Borda count over all perspectives, {name} comes first.")
    pnames = dict(zip(result.perspectives, result.perspective_names, strict=True))
    k = result.perspectives.index(result.worst[lead][0])
    r = int(result.ranks[k, lead])
    if r > 1:
        if lang == "fr":
            who = _join([f"«{NBSP}{pnames[x]}{NBSP}»" for x in result.worst[lead]], lang)
            out.append(f"Son moins bon rang est {r} sur {n}, avec les poids {who}.")
        else:
            who = _join([pnames[x] for x in result.worst[lead]], lang)
            out.append(f"Its lowest place is rank {r} of {n}, with the weights of {who}.")
    return out


def _join(items: Sequence[str], lang: str) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    last = " et " if lang == "fr" else " and "
    return ", ".join(items[:-1]) + last + items[-1]


__all__ = [
    "format_count",
    "format_number",
    "format_percent",
    "perspectives_sentences",
    "smaa_sentences",
    "threshold_sentence",
    "threshold_statements",
]
