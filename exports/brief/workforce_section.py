"""The brief's workforce section: the gap without change and what the leading options close.

Present only when the dialogue has a workforce baseline (issue 11, "In the brief"): a drafted
paragraph (or the user's own text for the ``workforce`` section), the chart of stock against
need with the gap closed (:mod:`exports.brief.workforce_chart`), and the table of the gap each
leading option, each bundle and all options together close by the horizon. Every figure is the
engine's (:mod:`exports.brief.workforce_data`); nothing here is personal, so the public version
prints it as it is.
"""

from __future__ import annotations

import logging

from reportlab.platypus import Flowable, Paragraph

from dialogue.workforce import area_label
from exports.brief import formatting as fmt
from exports.brief import styles as st
from exports.brief.facts import Facts
from exports.brief.tables import Column, data_table
from exports.brief.text import esc, paragraphs, strong
from exports.brief.workforce_data import Series, WorkforceFigures, workforce_figures
from palabre.errors import PalabreError

log = logging.getLogger(__name__)

Story = list[Flowable]
MAX_BUNDLES_NAMED = 2
# Area ids read as an adjective ("rural nurses", "infirmiers en milieu rural"), labelled by
# dialogue.workforce.area_label as the window labels them; other areas are names the user typed
# and are shown as typed, in brackets.
ADJECTIVE_AREAS = ("rural", "urban", "urbain", "peri-urban", "periurban", "périurbain", "remote")


def figures_or_none(f: Facts) -> WorkforceFigures | PalabreError | None:
    """The figures, None without a baseline, or the error that kept them from being computed."""
    try:
        return workforce_figures(f)
    except PalabreError as exc:
        log.warning("workforce projection for the brief failed: %s", exc)
        return exc


def _lower_first(name: str) -> str:
    """A cadre name inside a sentence: "Nurses" becomes "nurses", "CHW" stays (an acronym)."""
    if len(name) >= 2 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def target_label(f: Facts, fig: WorkforceFigures) -> str:
    """Who the gap is counted on, in a sentence: "rural nurses and midwives"."""
    if not fig.target:
        return f.p("wf_all_cadres")
    names = [_lower_first(f.text(fig.baseline.cadre_name(t))) for t in fig.target]
    cadres = fmt.join_list(names, f.lang)
    if not fig.area:
        return cadres
    if fig.area.strip().lower() in ADJECTIVE_AREAS:
        return f.p("wf_area_adjective", cadres=cadres, area=area_label(fig.area, f.lang))
    return f.p("wf_area_other", cadres=cadres, area=f.text(fig.area))


def workers(f: Facts, fig: WorkforceFigures, value: float) -> str:
    """A number of workers as printed: rounded (see ``WorkforceFigures.step``), grouped."""
    return fmt.number(fig.rounded(value), f.lang, 0)


def _range(f: Facts, fig: WorkforceFigures, low: float, high: float) -> str:
    lo, hi = workers(f, fig, low), workers(f, fig, high)
    if lo == hi:  # no uncertainty stated (or none left after rounding): one figure
        return lo
    if lo.startswith("−"):  # "−40–120" would read as a subtraction
        return f"{lo} {'à' if f.lang == 'fr' else 'to'} {hi}"
    return f"{lo}–{hi}"


def _share(f: Facts, fig: WorkforceFigures, s: Series) -> str:
    if s.gap is None or s.gap.share is None or fig.link.measure != "shortage":
        return "–"
    return fmt.percent(s.gap.share, f.lang)


# ------------------------------------------------------------------ the drafted paragraph
def _baseline_sentence(f: Facts, fig: WorkforceFigures, target: str) -> str:
    t = -1
    stock = float(fig.base.stock[1, t])
    need = float(fig.need[t])
    gap = fig.baseline_gap
    fields = {"target": target, "year": fig.horizon, "stock": workers(f, fig, stock),
              "need": workers(f, fig, need)}
    if fig.link.measure == "gap":
        if gap < 0:
            return f.p("wf_baseline_surplus", **fields, gap=workers(f, fig, -gap))
        return f.p("wf_baseline_gap", **fields, gap=workers(f, fig, gap))
    if fig.rounded(gap) <= 0:
        return f.p("wf_baseline_no_shortage", **fields)
    if abs(gap - (need - stock)) < 0.5:
        # No row in surplus: print the shortage as the difference of the printed figures, so
        # that "17,080 against 5,220: a shortage of 11,860" adds up on the page.
        shown = fig.rounded(need) - fig.rounded(stock)
        return f.p("wf_baseline_shortage", **fields, gap=fmt.number(shown, f.lang, 0))
    return f.p("wf_baseline_shortage_split", **fields, gap=workers(f, fig, gap))


def _closes(f: Facts, fig: WorkforceFigures, s: Series, first: bool) -> str:
    g = s.gap
    assert g is not None
    exact = fig.rounded(g.low) == fig.rounded(g.high)
    # The first item says what the figures are ("would close ... by 2035"); the others follow
    # it in short ("and B 210 (100 to 320)").
    key = "wf_lead_item" + ("_exact" if exact else "") + ("" if first else "_short")
    return f.p(key, option=strong(s.name), closed=workers(f, fig, g.central),
               low=workers(f, fig, g.low), high=workers(f, fig, g.high), year=fig.horizon)


def _options_sentences(f: Facts, fig: WorkforceFigures) -> list[str]:
    if not fig.with_effects:
        return [f.p("wf_no_effects")]
    out = []
    moving = [x for x in fig.leading if x.series is not None and x.series.moves_target]
    items = [_closes(f, fig, x.series, i == 0) for i, x in enumerate(moving)]
    if items:
        out.append(f.p("wf_lead_intro", items=fmt.join_list(items, f.lang)))
    still = [x for x in fig.leading if x.series is not None and not x.series.moves_target]
    if still:
        key = "wf_lead_none_of_target" if len(still) == 1 else "wf_lead_none_of_target_many"
        out.append(f.p(key, options=fmt.join_list([strong(x.series.name) for x in still],
                                                  f.lang), year=fig.horizon))
    bare = [x for x in fig.leading if x.series is None]
    if bare:
        out.append(f.p("wf_lead_no_effects",
                       options=fmt.join_list([strong(f.option_name(x.option)) for x in bare],
                                             f.lang)))
    if fig.best_other is not None:
        rank, s = fig.best_other
        assert s.gap is not None
        out.append(f.p("wf_best_other", option=strong(s.name), rank=fmt.ordinal(rank, f.lang),
                       closed=workers(f, fig, s.gap.central), low=workers(f, fig, s.gap.low),
                       high=workers(f, fig, s.gap.high)))
    for b in fig.bundles[:MAX_BUNDLES_NAMED]:  # the rest are in the table
        assert b.gap is not None
        exact = fig.rounded(b.gap.low) == fig.rounded(b.gap.high)
        out.append(f.p("wf_bundle_exact" if exact else "wf_bundle", name=f.quote(b.id),
                       closed=workers(f, fig, b.gap.central), low=workers(f, fig, b.gap.low),
                       high=workers(f, fig, b.gap.high)))
    together = fig.together
    if together is not None and together.gap is not None:
        g = together.gap
        with_share = fig.link.measure == "shortage" and g.share is not None
        out.append(f.p("wf_together" if with_share else "wf_together_gap",
                       closed=workers(f, fig, g.central), low=workers(f, fig, g.low),
                       high=workers(f, fig, g.high),
                       share=fmt.percent(g.share, f.lang) if with_share else ""))
    return out


def workforce_text(f: Facts) -> str | None:
    """The drafted paragraphs of the section (names marked bold), or None without a baseline.

    First the baseline's gap for the target by the horizon, then what the leading options,
    the option closing the most and all options together close, then where the figures come
    from (and the Impact criterion they feed, if any).
    """
    fig = figures_or_none(f)
    if fig is None:
        return None
    if isinstance(fig, PalabreError):
        return f.p("wf_failed")
    target = target_label(f, fig)
    first = " ".join([_baseline_sentence(f, fig, target), *_options_sentences(f, fig)])
    source = "wf_source" if fig.with_effects else "wf_source_baseline"
    second = [f.p(f"{source}_illustrative" if f.dialogue.info.illustrative else source)]
    if fig.criterion:
        second.append(f.p("wf_criterion", criterion=f.quote(fig.criterion)))
    return first + "\n\n" + " ".join(second)


# ------------------------------------------------------------------ the table
def gap_table(f: Facts, fig: WorkforceFigures, s: st.Styles) -> Flowable:
    """The gap closed by the horizon: leading options, then bundles, then all options."""
    columns = [Column(f.p("wf_col_option"), 0.46),
               Column(f.p("wf_col_closed", year=fig.horizon), 0.22, True),
               Column(f.p("wf_col_range"), 0.17, True), Column(f.p("wf_col_share"), 0.15, True)]
    # A share of the shortage means nothing for a signed gap, or when there is no shortage.
    shares = fig.link.measure == "shortage" and fig.baseline_gap > 0
    if not shares:
        columns = columns[:3]
    rows: list[list[object]] = []
    groups: list[int] = []
    for lead in fig.leading:
        name = f"{lead.rank}. {f.option_name(lead.option)}"
        if lead.series is None or lead.series.gap is None:
            rows.append([name, "–", f.p("wf_no_effects_cell"), "–"])
            continue
        g = lead.series.gap
        rows.append([name, workers(f, fig, g.central), _range(f, fig, g.low, g.high),
                     _share(f, fig, lead.series)])
    if fig.best_other is not None:  # the option the paragraph names for closing the most
        rank, other = fig.best_other
        assert other.gap is not None
        rows.append([f"{rank}. {other.name}", workers(f, fig, other.gap.central),
                     _range(f, fig, other.gap.low, other.gap.high), _share(f, fig, other)])
    if fig.bundles:
        groups.append(len(rows))
        rows.append([f.p("wf_row_bundles")])
        for b in fig.bundles:
            assert b.gap is not None
            rows.append([b.name, workers(f, fig, b.gap.central),
                         _range(f, fig, b.gap.low, b.gap.high), _share(f, fig, b)])
    highlight = []
    if fig.together is not None and fig.together.gap is not None:
        g = fig.together.gap
        highlight.append(len(rows))
        rows.append([[Paragraph(esc(f.p("wf_row_together")), s.cell_bold)],
                     [Paragraph(esc(workers(f, fig, g.central)), s.cell_bold_right)],
                     _range(f, fig, g.low, g.high), _share(f, fig, fig.together)])
    if not shares:
        rows = [row[:3] if i not in groups else row for i, row in enumerate(rows)]
    return data_table(columns, rows, s, group_rows=groups, highlight_rows=highlight)


def _table_caption(f: Facts, fig: WorkforceFigures, target: str) -> str:
    key = "wf_table_caption_gap" if fig.link.measure == "gap" else "wf_table_caption"
    return f.p(key, target=target, year=fig.horizon, gap=workers(f, fig, fig.baseline_gap),
               rounding=f.p("wf_rounding") if fig.step > 1 else "")


def _chart_caption(f: Facts, fig: WorkforceFigures, target: str, split: bool) -> str:
    together = f.p("wf_caption_together") if fig.together is not None else ""
    fields = {"start": fig.years[0], "end": fig.horizon, "together": together}
    if not fig.with_effects:
        return f.p("wf_chart_caption_baseline", target=target[:1].upper() + target[1:], **fields)
    if split:
        text = f.p("wf_chart_caption", target=target, **fields)
    else:
        text = f.p("wf_chart_caption_one", target=target[:1].upper() + target[1:], **fields)
    if any(x.series is None or not x.series.moves_target for x in fig.leading):
        text += f.p("wf_caption_not_drawn")
    return text


# ------------------------------------------------------------------ the section
def workforce(f: Facts, s: st.Styles, n: object) -> Story:
    """The section's flowables, or none at all when the dialogue has no baseline."""
    from exports.brief.sections import h1, keep
    from exports.brief.workforce_chart import FittedChart, has_right_panel, workforce_chart

    fig = figures_or_none(f)
    if fig is None:
        return []
    heading = h1(f, s, n, "workforce")  # type: ignore[arg-type]
    if isinstance(fig, PalabreError):
        return [heading, Paragraph(esc(f.p("wf_failed")), s.small)]
    text = f.dialogue.brief.get("workforce", "")
    if text.strip():
        body = paragraphs(f.text(text), s.body, s.bullet)
    else:
        body = paragraphs(workforce_text(f), s.body, s.bullet, rich=True)
    target = target_label(f, fig)
    caption = Paragraph(esc(_chart_caption(f, fig, target, has_right_panel(fig))), s.caption)
    # The table first: it holds the figures the paragraph quotes, and is short enough to stay
    # on the paragraph's page; the chart, taller, may move on with its caption.
    story: Story = [heading, *body]
    if fig.with_effects:
        story.append(keep(gap_table(f, fig, s),
                          Paragraph(esc(_table_caption(f, fig, target)), s.caption)))
    story.append(FittedChart(lambda height: workforce_chart(f, fig, plot_height=height), caption))
    return story
