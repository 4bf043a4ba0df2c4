"""The brief's sections as lists of flowables, one function per section.

Each function takes the gathered :class:`~exports.brief.facts.Facts` and the styles and returns
the flowables of its section; a section with nothing to show says so in one line rather than
leaving an empty heading.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from exports.brief import formatting as fmt
from exports.brief import styles as st
from exports.brief.facts import Facts
from exports.brief.headings import Heading
from exports.brief.tables import Column, cell_with_note, data_table
from exports.brief.text import esc, paragraphs

Story = list[Flowable]


class Numberer:
    """Section numbers of the full report, in the order sections are laid out."""

    def __init__(self) -> None:
        self.section = 0
        self.sub = 0

    def next_section(self) -> str:
        self.section += 1
        self.sub = 0
        return str(self.section)

    def next_sub(self) -> str:
        self.sub += 1
        return f"{self.section}.{self.sub}"


def h1(f: Facts, s: st.Styles, n: Numberer | None, key: str, *, text: str | None = None) -> Heading:
    """A numbered section heading (unnumbered when ``n`` is None)."""
    return Heading(text or f.p(key), s.h1, 0, number=n.next_section() if n else "")


def h2(f: Facts, s: st.Styles, n: Numberer | None, key: str) -> Heading:
    """A numbered subsection heading."""
    return Heading(f.p(key), s.h2, 1, number=n.next_sub() if n else "")


# ------------------------------------------------------------------ title block
def _badge(text: str, background: colors.Color, s: st.Styles) -> Table:
    t = Table([[Paragraph(esc(text.upper()), s.mark)]], hAlign="LEFT")
    t.setStyle(st.table_style([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def title_block(f: Facts, s: st.Styles) -> Story:
    """Title, topic, country, date, who prepared and facilitated it, and the marks."""
    info = f.dialogue.info
    inner: list[Flowable] = [Paragraph(esc(f.p("kicker").upper()), s.kicker),
                             Paragraph(esc(f.text(info.title)), s.title)]
    if info.topic.strip() and info.topic.strip() != info.title.strip():
        inner.append(Paragraph(esc(f.text(info.topic)), s.subtitle))
    band = Table([[inner]], colWidths=[st.FRAME_WIDTH])
    band.setStyle(st.table_style([
        ("BACKGROUND", (0, 0), (-1, -1), st.PRIMARY),
        ("TOPPADDING", (0, 0), (-1, -1), 14), ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
        ("LEFTPADDING", (0, 0), (-1, -1), 14), ("RIGHTPADDING", (0, 0), (-1, -1), 14),
    ]))
    story: Story = [band, Spacer(1, 5 * mm)]

    meta: list[tuple[str, str]] = []
    if info.country.strip():
        meta.append((f.p("country_label"), f.text(info.country)))
    if info.date:
        meta.append((f.p("date_label"), fmt.date(info.date, f.lang)))
    if info.organisation.strip():
        meta.append((f.p("prepared_by"), f.text(info.organisation)))
    facilitator = f.redactor.facilitator()
    if facilitator and facilitator != info.organisation.strip():
        meta.append((f.p("facilitated_by"), facilitator))
    if meta:
        rows = [[Paragraph(esc(k), s.small), Paragraph(esc(v), s.meta)] for k, v in meta]
        t = Table(rows, colWidths=[32 * mm, st.FRAME_WIDTH - 32 * mm], hAlign="LEFT")
        t.setStyle(st.table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        story.append(t)

    marks: list[tuple[str, str, colors.Color]] = []
    if info.illustrative:
        marks.append((f.p("mark_illustrative"), f.p("illustrative_note"), st.ACCENT))
    if info.draft:
        marks.append((f.p("mark_draft"), f.p("draft_note"), colors.HexColor("#B9770E")))
    if f.redactor.active:
        marks.append((f.p("mark_redacted"), f.p("redacted_note"), st.MUTED))
    if marks:
        story.append(Spacer(1, 3 * mm))
        rows = [[_badge(label, colour, s), Paragraph(esc(note), s.small)]
                for label, note, colour in marks]
        t = Table(rows, colWidths=[32 * mm, st.FRAME_WIDTH - 32 * mm], hAlign="LEFT")
        t.setStyle(st.table_style([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        story.append(t)
    story.append(Spacer(1, 5 * mm))
    return story


# ------------------------------------------------------------------ user text sections
def user_text(f: Facts, s: st.Styles, section: str) -> Story:
    """The user's text of a narrative section, or a one-line note that it is not written."""
    text = f.dialogue.brief.get(section, "")
    if not text.strip():
        return [Paragraph(esc(f.p("no_text")), s.small)]
    return list(paragraphs(f.text(text), s.body, s.bullet))


def context(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """The problem and its context (user text)."""
    return [h1(f, s, n, "context"), *user_text(f, s, "context")]


# ------------------------------------------------------------------ options
def options_table(f: Facts, s: st.Styles) -> Flowable:
    """The options grouped by family: WHO code, name, what it involves, expected cost."""
    columns = [Column(f.p("col_code"), 0.07), Column(f.p("col_option"), 0.27),
               Column(f.p("col_involves"), 0.44), Column(f.p("col_cost"), 0.22)]
    rows: list[list[object]] = []
    groups: list[int] = []
    by_family: dict[str, list] = {}
    for o in f.dialogue.options.values():
        by_family.setdefault(o.family.value, []).append(o)
    for family, options in by_family.items():
        groups.append(len(rows))
        rows.append([f.p.label("family", family)])
        for o in options:
            rows.append([o.code, [Paragraph(esc(f.text(o.name)), s.cell_bold)],
                         f.text(o.description), f.text(o.expected_cost)])
    return data_table(columns, rows, s, group_rows=groups)


def options(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """The options compared."""
    return [h1(f, s, n, "options"), options_table(f, s)]


# ------------------------------------------------------------------ results
def ranking_table(f: Facts, s: st.Styles) -> Flowable:
    """Rank, option, overall, feasibility and impact scores."""
    columns = [Column(f.p("col_rank"), 0.08, True), Column(f.p("col_option"), 0.56),
               Column(f.p("col_overall"), 0.12, True), Column(f.p("col_feasibility"), 0.12, True),
               Column(f.p("col_impact"), 0.12, True)]
    rows = []
    lead = {r.option for r in f.leading}
    highlight = []
    for i, r in enumerate(f.ranking):
        name = f.option_name(r.option)
        note = f"({f.p('incomplete_mark')})" if r.incomplete else ""
        if r.option in lead:
            highlight.append(i)
        rows.append([str(r.rank), cell_with_note(name, note, s, bold=r.option in lead),
                     fmt.number(r.score, f.lang), fmt.number(r.feasibility, f.lang),
                     fmt.number(r.impact, f.lang)])
    return data_table(columns, rows, s, highlight_rows=highlight)


def results(f: Facts, s: st.Styles, n: Numberer, extra: Callable[[], Story] | None = None) -> Story:
    """Ranking table with its caption, then any charts."""
    story: Story = [h1(f, s, n, "results"), h2(f, s, n, "ranking"), ranking_table(f, s),
                    Paragraph(esc(f.p("ranking_caption", perspective=f.text(f.weight_set.name))),
                              s.caption)]
    if extra:
        story += extra()
    return story


# ------------------------------------------------------------------ stakeholders
def stakeholder_table(f: Facts, s: st.Styles) -> Flowable:
    """Number, name (with notes unless redacted), category, level, power, interest, strategy."""
    columns = [Column(f.p("col_number"), 0.05, True), Column(f.p("col_name"), 0.38),
               Column(f.p("col_category"), 0.2), Column(f.p("col_level"), 0.1),
               Column(f.p("col_power"), 0.08, True), Column(f.p("col_interest"), 0.08, True),
               Column(f.p("col_quadrant"), 0.11)]
    rows = []
    for sid, sh in f.dialogue.stakeholders.items():
        notes = f.text(f.redactor.notes(sh.notes))
        rows.append([str(f.stakeholder_no[sid]), cell_with_note(f.name(sid), notes, s),
                     f.p.label("category", sh.category), f.p.label("level", sh.level),
                     str(sh.power), str(sh.interest), f.p.label("quadrant", f.quadrants[sid])])
    return data_table(columns, rows, s)


def participants(f: Facts, s: st.Styles, heading: Heading) -> Story:
    """The stakeholder table under a heading (the annex of participants)."""
    if not f.dialogue.stakeholders:
        return [heading, Paragraph(esc(f.p("no_stakeholders")), s.small)]
    return [heading, stakeholder_table(f, s)]


def keep(*flowables: Flowable) -> KeepTogether:
    """Keep a chart with its caption on one page."""
    return KeepTogether(list(flowables))


# ------------------------------------------------------------------ front matter
def key_messages(f: Facts, s: st.Styles) -> Story:
    """The key messages in a tinted box: the user's lines, else the drafted ones."""
    from exports.brief.drafting import key_message_lines

    lines = key_message_lines(f)
    inner: list[Flowable] = [Paragraph(esc(f.p("key_messages")), s.box_heading)]
    inner += [Paragraph(esc(line), s.key_message, bulletText="■") for line in lines]
    box = Table([[inner]], colWidths=[st.FRAME_WIDTH])
    box.setStyle(st.table_style([
        ("BACKGROUND", (0, 0), (-1, -1), st.PRIMARY_LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, st.PRIMARY),
        ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
    ]))
    return [box, Spacer(1, 4 * mm)]


def executive_summary(f: Facts, s: st.Styles) -> Story:
    """The user's executive summary, else the drafted one."""
    from exports.brief.drafting import executive_summary_text

    text = f.dialogue.brief.get("executive_summary", "")
    body = paragraphs(f.text(text), s.body, s.bullet) if text.strip() else paragraphs(
        executive_summary_text(f), s.body, s.bullet)
    return [Heading(f.p("executive_summary"), s.h1, 0), *body]


# ------------------------------------------------------------------ method
def criteria_table(f: Facts, s: st.Styles) -> Flowable:
    """The criteria tree: group rows, then each criterion with direction, scale and weights."""
    columns = [Column(f.p("col_criterion"), 0.46), Column(f.p("col_direction"), 0.17),
               Column(f.p("col_scale"), 0.17), Column(f.p("col_weight"), 0.1, True),
               Column(f.p("col_global_weight"), 0.1, True)]
    rows: list[list[object]] = []
    groups: list[int] = []
    from mcda.criteria import Group, ScaleKind

    for group in Group:
        crits = f.criteria_of(group)
        if not crits:
            continue
        gw = sum(f.weights.get(c.id, 0.0) for c in crits)
        groups.append(len(rows))
        rows.append([f"{f.p.label('group', group)} ({fmt.percent(gw, f.lang)})"])
        for c in crits:
            local = f.weights.get(c.id, 0.0) / gw if gw > 0 else 0.0
            scale = f.p("anchored") if c.scale.kind is ScaleKind.ANCHORED else (
                f"{fmt.number(c.scale.low, f.lang, 0)}–{fmt.number(c.scale.high, f.lang, 0)} "
                f"{c.scale.unit}".strip())
            rows.append([cell_with_note(f.text(c.name), f.text(c.description), s),
                         f.p(c.direction.value), f.text(scale),
                         fmt.percent(local, f.lang), fmt.percent(f.weights.get(c.id, 0.0), f.lang)])
    return data_table(columns, rows, s, group_rows=groups)


def method(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """Criteria and weights, the method, who took part."""
    gw = {g: sum(f.weights.get(c.id, 0.0) for c in f.dialogue.criteria.values()
                 if c.group.value == g) for g in ("feasibility", "impact")}
    d = f.dialogue
    story: Story = [h1(f, s, n, "method"), h2(f, s, n, "criteria_weights"),
                    Paragraph(esc(f.p("weights_intro", perspective=f.text(f.weight_set.name),
                                      fw=fmt.percent(gw["feasibility"], f.lang),
                                      iw=fmt.percent(gw["impact"], f.lang))), s.body),
                    criteria_table(f, s), Spacer(1, 3 * mm),
                    h2(f, s, n, "method_used"), Paragraph(esc(f.p("method_wsm")), s.body)]
    categories = {sh.category for sh in d.stakeholders.values()}
    names = [f.text(w.name) for w in d.weight_sets.values()]
    from exports.brief.drafting import names_list

    story += [h2(f, s, n, "who_took_part"),
              Paragraph(esc(f.p("took_part", n=len(d.stakeholders), categories=len(categories),
                                k=len(names), names=names_list(f, names, 6))), s.body)]
    return story


# ------------------------------------------------------------------ robustness
def perspectives_table(f: Facts, s: st.Styles) -> Flowable | None:
    """Each perspective's first choice and its overall score."""
    from exports.brief.facts import perspective_rankings

    results = perspective_rankings(f.dialogue)
    if not results:
        return None
    columns = [Column(f.p("col_perspective"), 0.34), Column(f.p("col_first_choice"), 0.5),
               Column(f.p("col_overall"), 0.16, True)]
    rows = []
    for wid, res in results.items():
        top = res.ranking[0]
        rows.append([cell_with_note(f.text(f.dialogue.weight_sets[wid].name),
                                    f.text(f.dialogue.weight_sets[wid].description), s),
                     f.option_name(top.option), fmt.number(top.score, f.lang)])
    return data_table(columns, rows, s)


def robustness(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """Switch points, SMAA and perspectives (what the decision engine provides)."""
    story: Story = [h1(f, s, n, "robustness")]
    extra = f.extras.get("robustness_story")
    if extra:
        story += extra(f, s, n)
    table = perspectives_table(f, s)
    if table is not None and not f.extras.get("perspectives_done"):
        story += [h2(f, s, n, "perspectives"), table, Spacer(1, 3 * mm)]
    if len(story) == 1:
        story.append(Paragraph(esc(f.p("pending")), s.small))
    return story


# ------------------------------------------------------------------ stakeholders
def support_table(f: Facts, s: st.Styles) -> Flowable:
    """Supporters and opponents of each leading option, strongest first, with power shares."""
    from exports.brief.facts import support_of

    columns = [Column(f.p("col_option"), 0.22), Column(f.p("col_supporters"), 0.32),
               Column(f.p("col_opponents"), 0.26), Column(f.p("col_support_power"), 0.1, True),
               Column(f.p("col_opposition_power"), 0.1, True)]
    rows = []
    for r in f.leading:
        sup = support_of(f.dialogue, r.option)

        def listing(stands: tuple) -> str:
            return "; ".join(f"{f.name(x.stakeholder)} ({x.power})" for x in stands) or "–"

        rows.append([[Paragraph(esc(f.option_name(r.option)), s.cell_bold)],
                     listing(sup.supporters), listing(sup.opponents),
                     fmt.percent(sup.support_power, f.lang),
                     fmt.percent(sup.opposition_power, f.lang)])
    return data_table(columns, rows, s)


def stakeholders(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """Network map, power-interest grid, support and opposition, brokers."""
    story: Story = [h1(f, s, n, "stakeholders")]
    if not f.dialogue.stakeholders:
        return [*story, Paragraph(esc(f.p("no_stakeholders")), s.small)]
    charts = f.extras.get("stakeholder_charts")
    if charts:
        story += charts(f, s, n)
    story += [h2(f, s, n, "support_opposition"), support_table(f, s)]
    return story


# ------------------------------------------------------------------ closing sections
def implementation(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """The user's implementation text, else the draft from the stakeholder analysis."""
    from exports.brief.drafting import implementation_text

    text = f.dialogue.brief.get("implementation", "")
    body = paragraphs(f.text(text) if text.strip() else implementation_text(f), s.body, s.bullet)
    return [h1(f, s, n, "implementation"), *body]


def recommendations(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """The user's recommendations."""
    return [h1(f, s, n, "recommendations"), *user_text(f, s, "recommendations")]


def annexes(f: Facts, s: st.Styles) -> Story:
    """Annexes: full scores, weights per perspective, method notes, participants."""
    story: Story = []
    story += participants(f, s, Heading(f.p("annex_participants"), s.h2, 1))
    return story
