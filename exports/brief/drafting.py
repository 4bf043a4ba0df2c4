"""Drafted text: the starting points for key messages, executive summary and implementation.

Every sentence is built from results the brief also shows (ranking, feasibility-impact quadrants,
perspectives, positions weighted by power, network brokers), so a reader can trace each claim to a
table or chart. The user's own text, when written, replaces the draft entirely.
"""

from __future__ import annotations

from exports.brief import formatting as fmt
from exports.brief.facts import Facts
from exports.brief.text import bullet_lines, clip, strong
from mcda.criteria import Group
from mcda.feasibility import Quadrant as MatrixQuadrant
from mcda.feasibility import quadrant as matrix_quadrant_of
from stakeholder_map.grid import Quadrant

MAX_NAMES = 3
MATRIX_SPLIT = 0.5  # the middle of the 0-1 value scale divides the feasibility-impact matrix
MAX_KEY_MESSAGES = 5
MAX_USER_KEY_MESSAGES = 8


def _o(f: Facts, option_id: str) -> str:
    """An option's name marked for bold in the PDF (marks removed in plain drafts)."""
    return strong(f.option_name(option_id))


def names_list(f: Facts, names: list[str], limit: int = MAX_NAMES) -> str:
    """``A, B and C`` or ``A, B, C and 4 more`` in the brief's language."""
    if len(names) <= limit + 1:  # "and 1 more" would take as much room as the name itself
        return fmt.join_list(names, f.lang)
    # "A, B, C and 4 more": the last word joins the count, not the names.
    return ", ".join(names[:limit]) + " " + f.p("and_more", n=len(names) - limit)


_QUADRANT_KEYS = {
    MatrixQuadrant.QUICK_WIN: "quick_wins",
    MatrixQuadrant.MAJOR_REFORM: "major_reforms",
    MatrixQuadrant.EASY_MINOR: "easy_but_minor",
    MatrixQuadrant.AVOID: "avoid",
}


def matrix_quadrant(feasibility: float, impact: float) -> str:
    """The phrase key of an option's feasibility-impact quadrant, as the decision engine
    classifies it (:func:`mcda.feasibility.quadrant`, split at the middle of the scale)."""
    return _QUADRANT_KEYS[matrix_quadrant_of(feasibility, impact, MATRIX_SPLIT)]


def broker_ids(f: Facts, limit: int = 3) -> list[str]:
    """The strongest brokers (stakeholder_map.structure.brokers: betweenness, then Burt's
    constraint)."""
    return [b.id for b in f.brokers[:limit]]


# ------------------------------------------------------------------ key messages
def _leading_message(f: Facts) -> str:
    first = [r for r in f.ranking if r.rank == 1]
    score = fmt.number(first[0].score, f.lang)
    if len(first) > 1:
        return f.p("km_leading_tie", names=names_list(f, [_o(f, r.option) for r in first]),
                   score=score)
    others = [f"{_o(f, r.option)} ({fmt.number(r.score, f.lang)})" for r in f.ranking[1:3]]
    if not others:
        return f.p("km_leading_alone", first=_o(f, first[0].option), score=score)
    return f.p("km_leading", first=_o(f, first[0].option), score=score,
               others=fmt.join_list(others, f.lang))


def _matrix_message(f: Facts) -> str:
    wins = [r for r in f.ranking if matrix_quadrant(r.feasibility, r.impact) == "quick_wins"]
    if len(wins) == 1:
        return f.p("km_quick_win_one", name=_o(f, wins[0].option))
    if wins:
        return f.p("km_quick_wins", count=len(wins), total=len(f.ranking),
                   names=names_list(f, [_o(f, r.option) for r in wins], 3))
    feas = max(f.ranking, key=lambda r: r.feasibility)
    imp = max(f.ranking, key=lambda r: r.impact)
    return f.p("km_no_quick_win", feasible=_o(f, feas.option),
               impact=_o(f, imp.option))


def _perspective_message(f: Facts) -> str:
    results = f.perspectives
    if len(results) < 2:
        return ""
    firsts: dict[str, list[str]] = {}
    for wid, res in results.items():
        name = f.text(f.dialogue.weight_sets[wid].name)
        firsts.setdefault(res.ranking[0].option, []).append(name)
    if len(firsts) == 1:
        return f.p("km_perspectives_agree", k=len(results), first=_o(f, next(iter(firsts))))
    items = []
    for oid, names in firsts.items():
        key = "km_prefers_one" if len(names) == 1 else "km_prefers"
        items.append(f.p(key, perspective=fmt.join_list(names, f.lang), option=_o(f, oid)))
    return f.p("km_perspectives_differ", items=f.p("item_sep").join(items))


def _opposition_clause(f: Facts, ids: list[str]) -> str:
    if not ids:
        return f.p("km_no_opposition")
    key = "km_opposed_by_one" if len(ids) == 1 else "km_opposed_by"
    return f.p(key, names=names_list(f, [f.short_name(i) for i in ids]))


def _support_messages(f: Facts) -> list[str]:
    if not f.dialogue.stakeholders:
        return []
    out = []
    first = f.ranking[0].option
    pf = f.political[first]
    n_known = len(pf.supporters) + len(pf.opponents) + len(pf.neutral)
    if n_known:
        out.append(f.p("km_support", option=_o(f, first), n_sup=len(pf.supporters),
                       n_known=n_known, index=fmt.signed(pf.index, f.lang),
                       opposition=_opposition_clause(f, [x.id for x in pf.opponents])))
    others = [f.political[r.option] for r in f.leading if r.option != first]
    others = [x for x in others if x.opponents]
    if others:
        worst = max(others, key=lambda x: x.opposition / x.total_power if x.total_power else 0)
        # Opposition below a tenth of all power is too thin to headline.
        if worst.total_power and worst.opposition / worst.total_power >= 0.1:
            out.append(f.p("km_main_opposition", option=_o(f, worst.option_id),
                           names=names_list(f, [f.short_name(x.id) for x in worst.opponents]),
                           index=fmt.signed(worst.index, f.lang)))
    return out


def _broker_message(f: Facts) -> str:
    ids = broker_ids(f, 2)
    if not ids:
        return ""
    key = "km_broker_one" if len(ids) == 1 else "km_brokers"
    return f.p(key, names=fmt.join_list([f.short_name(i) for i in ids], f.lang))


def robustness_message(f: Facts) -> str:
    """The closest switch point of the leader's weight, and how it fares under SMAA."""
    x = f.extras
    leader = f.ranking[0].option
    parts = []
    points = x.get("switch_points")
    if points:
        sp = points[0]
        shown = fmt.number(float(sp.shown), f.lang, len(sp.shown.split(".")[1]))
        change = f.p("rob_rises" if sp.direction == "up" else "rob_falls", x=shown)
        parts.append(f.p("km_rob_switch", leader=_o(f, leader),
                         criterion=f.quote(f.criterion(sp.criterion).name),
                         change=change, w=fmt.number(sp.weight, f.lang)))
    elif points is not None:
        parts.append(f.p("rob_all_robust", leader=_o(f, leader)))
    smaa = x.get("smaa")
    if smaa is not None and parts:
        b1 = smaa.rank_acceptability[:, 0]
        i_lead = list(smaa.options).index(leader)
        best = max(range(len(b1)), key=lambda i: (b1[i], -i))
        if best == i_lead or b1[best] <= b1[i_lead]:
            parts.append(f.p("km_rob_smaa_first", p=fmt.percent(float(b1[i_lead]), f.lang)))
        else:
            parts.append(f.p("km_rob_smaa_other", p=fmt.percent(float(b1[i_lead]), f.lang),
                             other=_o(f, smaa.options[best]),
                             q=fmt.percent(float(b1[best]), f.lang)))
    return " ".join(parts)


def drafted_key_messages(f: Facts) -> list[str]:
    """Three to five drafted key messages, most important first: the leading options, how
    robust the lead is, support and opposition, then the perspectives, the quick wins and the
    brokers as room allows (issue 7: "leading options, robustness, main support and
    opposition")."""
    messages = [_leading_message(f), robustness_message(f), *_support_messages(f),
                _perspective_message(f), _matrix_message(f), _broker_message(f)]
    return [m for m in messages if m][:MAX_KEY_MESSAGES]


def key_message_lines(f: Facts) -> list[str]:
    """The key messages to print: the user's (one per line) when written, else the drafts."""
    user = bullet_lines(f.dialogue.brief.get("key_messages", ""))
    if user:
        # The box cannot run over a page: at most eight messages of 600 characters.
        return [clip(f.text(line), 600) for line in user[:MAX_USER_KEY_MESSAGES]]
    return drafted_key_messages(f)


# ------------------------------------------------------------------ executive summary
def executive_summary_text(f: Facts) -> str:
    """A drafted executive summary: what was done, the results, the politics, what follows."""
    info = f.dialogue.info
    date = f.p("es_date", date=fmt.date(info.date, f.lang)) if info.date else ""
    crits = list(f.dialogue.criteria.values())
    n_feas = sum(1 for c in crits if c.group is Group.FEASIBILITY)
    intro = " ".join([
        f.p("es_intro", title=f.text(info.title), date=date),
        f.p("es_scope", n_st=len(f.dialogue.stakeholders), n_opt=len(f.dialogue.options),
            n_feas=n_feas, n_imp=len(crits) - n_feas, k=len(f.dialogue.weight_sets)),
        f.p("es_method", perspective=f.text(f.weight_set.name)),
    ])
    top = [f"{_o(f, r.option)} ({fmt.number(r.score, f.lang)})" for r in f.ranking[:5]]
    counts = {q: 0 for q in ("quick_wins", "major_reforms", "easy_but_minor", "avoid")}
    for r in f.ranking:
        counts[matrix_quadrant(r.feasibility, r.impact)] += 1
    results = [f.p("es_top", items=fmt.join_list(top, f.lang)),
               f.p("es_quadrants", n=len(f.ranking), qw=counts["quick_wins"],
                   mr=counts["major_reforms"], em=counts["easy_but_minor"], av=counts["avoid"]),
               robustness_message(f), _perspective_message(f)]
    politics: list[str] = _support_messages(f)[:1]
    lead = [f.political[r.option] for r in f.leading if r.option in f.political]
    if f.dialogue.stakeholders and len(lead) >= 2:
        best = max(lead, key=lambda x: x.index)
        worst = min(lead, key=lambda x: x.index)
        if best.option_id != worst.option_id:
            politics.append(f.p("es_support", best=_o(f, best.option_id),
                                bi=fmt.signed(best.index, f.lang),
                                worst=_o(f, worst.option_id),
                                wi=fmt.signed(worst.index, f.lang)))
    politics.append(_broker_message(f))
    parts = [intro, " ".join(m for m in results if m), " ".join(m for m in politics if m),
             f.p("es_next")]
    return "\n\n".join(p for p in parts if p.strip())


# ------------------------------------------------------------------ implementation
def implementation_lines(f: Facts) -> list[str]:
    """Drafted points of attention for implementation, from the stakeholder analysis."""
    d = f.dialogue
    lines: list[str] = []
    if not d.stakeholders:
        return [f.p("no_stakeholders")]

    def names(ids: list[str], limit: int = MAX_NAMES) -> str:
        return names_list(f, [f.short_name(i) for i in ids], limit)

    for r in f.leading:
        pf = f.political[r.option]
        name = _o(f, r.option)
        strong_opp = [x.id for x in pf.opponents if x.power >= 4]
        if strong_opp:
            lines.append(f.p("impl_negotiate", option=name, names=names(strong_opp)))
        undecided = [x.id for x in (*pf.neutral, *pf.unknown) if x.power >= 4]
        if undecided:
            lines.append(f.p("impl_win_over", option=name, names=names(undecided)))
        champions = [x.id for x in pf.supporters if x.stance == 2 and x.power >= 3]
        if champions and not strong_opp:
            lines.append(f.p("impl_champions", option=name, names=names(champions)))
    manage = [sid for sid, q in f.quadrants.items() if q is Quadrant.MANAGE_CLOSELY]
    if manage:
        lines.append(f.p("impl_manage", names=names(manage, 4)))
    bro = broker_ids(f, 3)
    if bro:
        lines.append(f.p("impl_brokers", names=fmt.join_list([f.short_name(i) for i in bro],
                                                                 f.lang)))
    conflicts = [t for t in d.ties.values() if t.type.value == "conflict" and
                 max(d.stakeholders[t.source].power, d.stakeholders[t.target].power) >= 4]
    if conflicts:
        pairs = [f"{f.short_name(t.source)} – {f.short_name(t.target)}" for t in conflicts]
        lines.append(f.p("impl_conflict", pairs=names_list(f, pairs, 3)))
    tied = {e for t in d.ties.values() for e in (t.source, t.target)}
    isolated = [sid for sid in d.stakeholders if sid not in tied]
    if isolated and d.ties:
        lines.append(f.p("impl_isolated", names=names(isolated, 4)))
    return lines or [f.p("impl_none")]


def implementation_text(f: Facts) -> str:
    """The drafted implementation section as bullet lines (``- ...``)."""
    return "\n".join(f"- {line}" for line in implementation_lines(f))
