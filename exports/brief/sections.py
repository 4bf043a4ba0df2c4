"""The brief's sections as lists of flowables, one function per section.

Each function takes the gathered :class:`~exports.brief.facts.Facts` and the styles and returns
the flowables of its section; a section with nothing to show says so in one line rather than
leaving an empty heading.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from exports.brief import formatting as fmt
from exports.brief import styles as st
from exports.brief.facts import Facts
from exports.brief.headings import Heading
from exports.brief.tables import Column, cell_with_note, data_table
from exports.brief.text import clip, esc, paragraphs

Story = list[Flowable]
CHART_LIMIT = 15  # options shown in the contribution chart when there are many
GRID_NAMES_UP_TO = 40  # beyond, the power-interest lists give counts and refer to Annex D
COALITION_ROW = 30  # members per table row, so that no row outgrows a page


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
        t = Table(rows, colWidths=[38 * mm, st.FRAME_WIDTH - 38 * mm], hAlign="LEFT")
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
        t = Table(rows, colWidths=[38 * mm, st.FRAME_WIDTH - 38 * mm], hAlign="LEFT")
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
            rows.append([o.code, [Paragraph(esc(clip(f.text(o.name))), s.cell_bold)],
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


def results(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """Ranking table, feasibility-impact matrix, contribution chart."""
    from exports.brief import charts

    story: Story = [h1(f, s, n, "results"), h2(f, s, n, "ranking"), ranking_table(f, s),
                    Paragraph(esc(f.p("ranking_caption", perspective=f.text(f.weight_set.name))),
                              s.caption)]
    story.append(keep(h2(f, s, n, "matrix"), charts.feasibility_impact_matrix(f),
                      Paragraph(esc(f.p("matrix_caption")), s.caption)))
    limit = CHART_LIMIT if len(f.ranking) > CHART_LIMIT + 3 else len(f.ranking)
    caption = f.p("contrib_caption", n=limit)
    if limit < len(f.ranking):
        caption += " " + f.p("chart_top_note", shown=limit, total=len(f.ranking))
    story.append(keep(h2(f, s, n, "contributions"), charts.contribution_bars(f, limit),
                      Paragraph(esc(caption), s.caption)))
    return story


# ------------------------------------------------------------------ stakeholders
def stakeholder_table(f: Facts, s: st.Styles) -> Flowable:
    """Number, name (with notes unless redacted), category, level, power, interest, strategy."""
    # Most of the width to the name and its notes (the rows grow with their lines); the
    # one-digit power and interest need little.
    columns = [Column(f.p("col_number"), 0.05, True), Column(f.p("col_name"), 0.39),
               Column(f.p("col_category"), 0.19), Column(f.p("col_level"), 0.09),
               Column(f.p("col_power"), 0.07, True), Column(f.p("col_interest"), 0.07, True),
               Column(f.p("col_quadrant"), 0.14)]
    rows = []
    for sid, sh in f.dialogue.stakeholders.items():
        notes = f.text(f.redactor.notes(sh.notes))
        rows.append([str(f.stakeholder_no[sid]), cell_with_note(f.name(sid), notes, s),
                     f.p.label("category", sh.category), f.p.label("level", sh.level),
                     str(sh.power), str(sh.interest), f.p.label("quadrant", f.quadrants[sid])])
    return data_table(columns, rows, s)


def people_table(f: Facts, s: st.Styles) -> Flowable:
    """The people who filled in scoring sheets: name (or code), whom they spoke for, role,
    whether they answered. In the public version every person is "Participant n" with no role."""
    columns = [Column(f.p("col_number"), 0.05, True), Column(f.p("col_participant"), 0.26),
               Column(f.p("col_speaks_for"), 0.33), Column(f.p("col_role"), 0.24),
               Column(f.p("col_answered"), 0.12)]
    rows = []
    for n, person in enumerate(f.dialogue.participants.values(), start=1):
        if f.redactor.active and not person.anonymous:
            name, role = f.p("participant_n", n=n), ""
        else:
            name, role = person.name, "" if f.redactor.active else person.role
        if person.stakeholder in f.dialogue.stakeholders:
            speaks_for = f.name(person.stakeholder)
        else:
            speaks_for = f.p.label("category", person.category) if person.category else "–"
        answered = f.p("answered_yes" if person.id in f.dialogue.answers else "answered_no")
        rows.append([str(n), f.text(name), speaks_for, f.text(role), answered])
    return data_table(columns, rows, s)


def participants(f: Facts, s: st.Styles, heading: Heading) -> Story:
    """The annex of participants: the people who filled in sheets, then the stakeholder table."""
    story: Story = [heading]
    if f.dialogue.participants:
        story += [Paragraph(esc(f.p("participants_people")), s.caption), people_table(f, s),
                  Spacer(1, 4 * mm)]
    if not f.dialogue.stakeholders:
        return [*story, Paragraph(esc(f.p("no_stakeholders")), s.small)]
    return [*story, stakeholder_table(f, s)]


def _height(flowable: Flowable) -> float:
    """The height a flowable takes in the frame's width, with its space before and after."""
    _, h = flowable.wrap(st.FRAME_WIDTH, st.PAGE_HEIGHT)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def keep(*flowables: Flowable) -> KeepTogether:
    """Keep a chart with its caption on one page."""
    return KeepTogether(list(flowables))


# ------------------------------------------------------------------ front matter
def key_messages(f: Facts, s: st.Styles) -> Story:
    """The key messages in a tinted box: the user's lines, else the drafted ones."""
    from exports.brief.drafting import key_message_lines

    lines = key_message_lines(f)
    inner: list[Flowable] = [Paragraph(esc(f.p("key_messages")), s.box_heading)]
    # The user's lines carry no bold marks (they are removed on the way in): rich is for drafts.
    inner += [Paragraph(esc(line, rich=True), s.key_message, bulletText="■") for line in lines]
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
        executive_summary_text(f), s.body, s.bullet, rich=True)
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
    """Each perspective's first three options."""
    if not f.perspectives:
        return None
    columns = [Column(f.p("col_perspective"), 0.3), Column(f.p("col_first_choice"), 0.26),
               Column(f.p("col_second"), 0.22), Column(f.p("col_third"), 0.22)]
    rows = []
    first = f.ranking[0].option
    for wid, res in f.perspectives.items():
        ws = f.dialogue.weight_sets[wid]
        row: list[object] = [cell_with_note(f.text(ws.name), f.text(ws.description), s,
                                            bold=wid == f.weight_set.id)]
        for r in res.ranking[:3]:
            row.append(cell_with_note(f.option_name(r.option), fmt.number(r.score, f.lang), s,
                                      bold=r.option == first))
        row += [""] * (4 - len(row))
        rows.append(row)
    return data_table(columns, rows, s)


def switch_table(f: Facts, s: st.Styles) -> Flowable | None:
    """Each criterion's switch point(s), closest first."""
    points = f.extras.get("switch_points")
    if not points:
        return None
    columns = [Column(f.p("col_criterion"), 0.34), Column(f.p("col_current"), 0.12, True),
               Column(f.p("col_switch"), 0.22), Column(f.p("col_new_leader"), 0.32)]
    rows = []
    for sp in points:
        shown = fmt.number(float(sp.shown), f.lang, len(sp.shown.split(".")[1]))
        change = f.p("rob_rises" if sp.direction == "up" else "rob_falls", x=shown)
        rows.append([f.text(f.criterion(sp.criterion).name), fmt.number(sp.weight, f.lang),
                     change, f.option_name(sp.new_leader)])
    return data_table(columns, rows, s)


def smaa_table(f: Facts, s: st.Styles, limit: int = 6) -> tuple[Flowable, int] | None:
    """First-rank and top-three acceptability and confidence of the options most often first."""
    import math as _math

    res = f.extras.get("smaa")
    if res is None:
        return None
    ra = res.rank_acceptability
    top3 = ra[:, :3].sum(axis=1)
    order = sorted(range(len(res.options)), key=lambda i: (-ra[i, 0], -top3[i], i))[:limit]
    columns = [Column(f.p("col_option"), 0.52), Column(f.p("col_first_rank"), 0.16, True),
               Column(f.p("col_top3"), 0.16, True), Column(f.p("col_confidence"), 0.16, True)]
    rows = []
    for i in order:
        conf = float(res.confidence[i])
        rows.append([f.option_name(res.options[i]), fmt.percent(float(ra[i, 0]), f.lang),
                     fmt.percent(float(top3[i]), f.lang),
                     "–" if _math.isnan(conf) else fmt.percent(conf, f.lang)])
    return data_table(columns, rows, s), len(order)


def robustness(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """Switch points with a one-way plot, SMAA acceptability, perspectives and agreement."""
    from exports.brief import charts
    from exports.brief.drafting import names_list

    x = f.extras
    story: Story = [h1(f, s, n, "robustness")]
    leaders = [r for r in f.ranking if r.rank == 1]
    leader = f.option_name(leaders[0].option)
    table = switch_table(f, s)
    if x.get("thresholds") is not None:
        story.append(h2(f, s, n, "switch_points"))
        if len(leaders) > 1:
            story.append(Paragraph(esc(f.p("rob_tied", names=names_list(
                f, [f.option_name(r.option) for r in leaders]))), s.body))
        story.append(Paragraph(esc(f.p("rob_intro", perspective=f.text(f.weight_set.name),
                                       leader=leader)), s.body))
        robust = x.get("robust_criteria") or []
        if robust and table is not None:
            names = [f.quote(f.criterion(c).name) for c in robust]
            story.append(Paragraph(esc(f.p("rob_robust", leader=leader,
                                           criteria=names_list(f, names, 6))), s.body))
        if table is not None:
            story += [table, Spacer(1, 3 * mm)]
        else:
            story.append(Paragraph(esc(f.p("rob_all_robust", leader=leader)), s.body))
        if x.get("one_way") is not None and x.get("switch_points"):
            ow = x["one_way"]
            story.append(keep(charts.one_way_chart(f, ow, x["switch_points"][0]),
                              Paragraph(esc(f.p("oneway_caption",
                                                criterion=f.text(ow.criterion_name))),
                                        s.caption)))
    smaa = smaa_table(f, s)
    if smaa is not None:
        table_, k = smaa
        samples = fmt.number(x["smaa"].samples, f.lang, 0)
        story += [h2(f, s, n, "smaa"), Paragraph(esc(f.p("smaa_intro", n=samples)), s.body),
                  table_, Paragraph(esc(f.p("smaa_caption", n=samples, k=k)), s.caption)]
    persp = perspectives_table(f, s)
    if persp is not None and len(f.perspectives) >= 2:
        # Heading, sentence and table together: the sentence reads the table.
        part: list[Flowable] = [h2(f, s, n, "perspectives")]
        result = x.get("perspectives")
        if result is not None:
            part.append(Paragraph(esc(perspectives_sentence(f, result)), s.body))
        story.append(keep(*part, persp, Paragraph(esc(f.p("persp_caption")), s.caption)))
    if len(story) == 1:
        story.append(Paragraph(esc(f.p("pending")), s.small))
    return story


def perspectives_sentence(f: Facts, result: object) -> str:
    """Kendall's W in words and the Borda consensus leader."""
    from mcda.perspectives import agreement_words

    parts = []
    if result.kendall_w is not None:
        parts.append(f.p("persp_agreement", k=len(result.perspectives),
                         words=agreement_words(result.kendall_w, f.lang),
                         w=fmt.number(result.kendall_w, f.lang)))
    lead = min(range(len(result.options)), key=lambda i: (result.consensus_ranks[i], i))
    parts.append(f.p("persp_consensus", option=f.option_name(result.options[lead])))
    return " ".join(parts)


# ------------------------------------------------------------------ stakeholders
def support_table(f: Facts, s: st.Styles) -> Flowable:
    """Main supporters and opponents of each leading option, with its feasibility index."""
    from exports.brief.drafting import names_list

    columns = [Column(f.p("col_option"), 0.25), Column(f.p("col_index"), 0.09, True),
               Column(f.p("col_supporters"), 0.36), Column(f.p("col_opponents"), 0.30)]
    rows = []
    for r in f.leading:
        pf = f.political[r.option]

        def listing(stands: tuple, limit: int) -> str:
            names = [f"{f.short_name(x.id)} ({x.power})" for x in stands]
            return names_list(f, names, limit) if names else "–"

        rows.append([[Paragraph(esc(f.option_name(r.option)), s.cell_bold)],
                     fmt.signed(pf.index, f.lang), listing(pf.supporters, 5),
                     listing(pf.opponents, 5)])
    return data_table(columns, rows, s)


def quadrant_lists(f: Facts, s: st.Styles) -> list[Flowable]:
    """The stakeholders of each power-interest quadrant, by number and name."""
    from exports import palette
    from stakeholder_map.grid import Quadrant

    out: list[Flowable] = []
    many = len(f.dialogue.stakeholders) > GRID_NAMES_UP_TO
    for q in (Quadrant.MANAGE_CLOSELY, Quadrant.KEEP_SATISFIED, Quadrant.KEEP_INFORMED,
              Quadrant.MONITOR):
        ids = [sid for sid, qq in f.quadrants.items() if qq is q]
        swatch = palette.POWER_INTEREST_COLOURS[q.value]
        head = Table([[Paragraph(esc(f"{f.p.label('quadrant', q)} ({len(ids)})"), s.cell_bold)]],
                     colWidths=[None])
        head.setStyle(st.table_style([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(swatch)),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
        out.append(head)
        if many:  # names would not fit beside the grid: Annex D gives each one's strategy
            continue
        names = [f"{f.stakeholder_no[i]}\u00a0{f.short_name(i)}" for i in ids]
        out.append(Paragraph(esc(f.p("item_sep").join(names)) if names else "–", s.cell_note))
        out.append(Spacer(1, 3))
    if many:
        out.append(Paragraph(esc(f.p("grid_names_in_annex")), s.cell_note))
    return out


def brokers_table(f: Facts, s: st.Styles) -> Flowable | None:
    """The brokers (stakeholder_map.structure.brokers) and the coalitions they link."""
    if not f.brokers:
        return None
    d = f.dialogue
    coalition = {sid: i for i, group in enumerate(f.coalitions, start=1) for sid in group}
    columns = [Column(f.p("col_number"), 0.06, True), Column(f.p("col_stakeholder"), 0.36),
               Column(f.p("col_betweenness"), 0.16, True), Column(f.p("col_why"), 0.42)]
    rows = []
    for b in f.brokers:
        neighbours = {t.target if t.source == b.id else t.source for t in d.ties_of(b.id)}
        linked = sorted({coalition[x] for x in neighbours if x in coalition}
                        - {coalition.get(b.id)})
        cats = sorted({d.stakeholders[x].category.value for x in neighbours})
        why = f.p("links_categories", n=len(neighbours), k=len(cats))
        if linked:
            key = "links_coalition" if len(linked) == 1 else "links_coalitions"
            why += " " + f.p(key, which=fmt.join_list([str(c) for c in linked], f.lang))
        rows.append([str(f.stakeholder_no[b.id]), f.name(b.id),
                     fmt.number(b.betweenness, f.lang), why])
    return data_table(columns, rows, s)


def coalition_table(f: Facts, s: st.Styles) -> Flowable | None:
    """The coalitions found in the network (two members or more)."""
    groups = [(i, g) for i, g in enumerate(f.coalitions, start=1) if len(g) >= 2]
    if len(groups) < 2:
        return None
    columns = [Column(f.p("col_coalition"), 0.12, True), Column(f.p("col_members"), 0.88)]
    sep = f.p("item_sep")
    rows = []
    for i, g in groups:
        for start in range(0, len(g), COALITION_ROW):
            part = g[start:start + COALITION_ROW]
            rows.append([str(i) if start == 0 else "",
                         sep.join(f"{f.stakeholder_no[x]}\u00a0{f.short_name(x)}" for x in part)])
    return data_table(columns, rows, s)


def stakeholders(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """Power-interest grid, network map, support and opposition, brokers, coalitions.

    The grid comes first: it says who matters, in a figure small enough to start the section
    under the previous one; the map follows, taking the room left on its page (see
    :class:`~exports.brief.network_drawing.NetworkMap`).
    """
    from exports.brief import charts
    from exports.brief.network_drawing import NetworkMap, is_large

    heading = h1(f, s, n, "stakeholders")
    if not f.dialogue.stakeholders:
        return [heading, Paragraph(esc(f.p("no_stakeholders")), s.small)]
    grid = charts.power_interest_grid(f)
    side = Table([[grid, quadrant_lists(f, s)]],
                 colWidths=[grid.width + 8, st.FRAME_WIDTH - grid.width - 8])
    side.setStyle(st.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    # The section heading stays with the grid: a heading alone at the foot of a page is an
    # orphan.
    story: Story = [keep(heading, h2(f, s, n, "power_interest"), side,
                         Paragraph(esc(f.p("grid_caption")), s.caption))]
    caption = f.p("network_caption")
    if not f.dialogue.ties:
        caption += " " + f.p("no_ties")
    elif is_large(f):
        caption += " " + f.p("network_large_note", n=len(f.dialogue.stakeholders),
                             m=len(f.dialogue.ties))
    sub = h2(f, s, n, "network_map")
    note = Paragraph(esc(caption), s.caption)
    graph = NetworkMap(f, reserve=_height(note) + 2)
    sub.keepWithNext = 0  # kept with the map by the page break below, not by a KeepTogether
    story += [CondPageBreak(_height(sub) + graph.least_height + graph.reserve + 4), sub, graph,
              note]
    from exports.brief import charts as ch

    shown = [r.option for r in f.ranking[:CHART_LIMIT]]
    caption = f.p("position_caption")
    if len(shown) < len(f.ranking):
        caption += " " + f.p("chart_top_note", shown=len(shown), total=len(f.ranking))
    story.append(keep(h2(f, s, n, "support_opposition"), ch.position_bars(f, shown),
                      Paragraph(esc(caption), s.caption)))
    story += [support_table(f, s), Paragraph(esc(f.p("support_caption")), s.caption)]
    table = brokers_table(f, s)
    if table is not None:
        story += [h2(f, s, n, "brokers"), table,
                  Paragraph(esc(f.p("brokers_caption")), s.caption)]
    table = coalition_table(f, s)
    if table is not None:
        story += [h2(f, s, n, "coalitions"), table,
                  Paragraph(esc(f.p("coalitions_caption")), s.caption)]
    return story


# ------------------------------------------------------------------ closing sections
def implementation(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """The user's implementation text, else the draft from the stakeholder analysis."""
    from exports.brief.drafting import implementation_text

    text = f.dialogue.brief.get("implementation", "")
    if text.strip():
        body = paragraphs(f.text(text), s.body, s.bullet)
    else:
        body = paragraphs(implementation_text(f), s.body, s.bullet, rich=True)
    return [h1(f, s, n, "implementation"), *body]


def recommendations(f: Facts, s: st.Styles, n: Numberer) -> Story:
    """The user's recommendations."""
    return [h1(f, s, n, "recommendations"), *user_text(f, s, "recommendations")]


def score_tables(f: Facts, s: st.Styles) -> list[Flowable]:
    """Every option's score on every criterion, in the criterion's own units, one table per
    criteria group (six criteria at most a table, so that headers stay readable); uncertainty
    ranges under the scores."""
    from mcda.criteria import Group

    crits = list(f.dialogue.criteria.values())
    note = f.p("scores_note")
    units = [f"{f.text(c.name)}: {f.text(c.scale.unit)}" for c in crits if c.scale.unit]
    if units:
        note += " " + f.p("units_note", units=f.p("item_sep").join(units))
    out: list[Flowable] = [Paragraph(esc(note), s.small)]
    per_table = 6
    for group in Group:
        members = f.criteria_of(group)
        for start in range(0, len(members), per_table):
            chunk = members[start:start + per_table]
            name_share = 0.34
            columns = [Column(f"{f.p('col_option')} · {f.p.label('group', group)}", name_share)]
            columns += [Column(f.text(c.name), (1 - name_share) / max(len(chunk), 4), True)
                        for c in chunk]
            rows = []
            for r in f.ranking:
                row: list[object] = [f"{r.rank}. {f.option_name(r.option)}"]
                for c in chunk:
                    row.append(_score_cell(f, s, r.option, c.id))
                rows.append(row)
            width = st.FRAME_WIDTH * (name_share + (1 - name_share) * len(chunk)
                                      / max(len(chunk), 4))
            out += [data_table(columns, rows, s, width=width), Spacer(1, 4 * mm)]
    return out


def _score_cell(f: Facts, s: st.Styles, option_id: str, criterion_id: str) -> object:
    sc = f.dialogue.score(option_id, criterion_id)
    if sc is None:
        return "–"

    def num(v: float) -> str:
        return fmt.number(v, f.lang, 0 if float(v).is_integer() else 1)

    cell = [Paragraph(esc(num(sc.value)), s.cell_right)]
    if sc.low is not None or sc.high is not None:
        lo = sc.value if sc.low is None else sc.low
        hi = sc.value if sc.high is None else sc.high
        cell.append(Paragraph(esc(f"{num(lo)}–{num(hi)}"), s.cell_note_right))
    return cell


def weights_tables(f: Facts, s: st.Styles) -> list[Flowable]:
    """Global weights of every criterion in every perspective (five perspectives a table)."""
    from mcda.weights import global_weights

    sets = list(f.dialogue.weight_sets.values())
    crits = list(f.dialogue.criteria.values())
    out: list[Flowable] = [Paragraph(esc(f.p("weights_note")), s.small)]
    per_table = 5
    for start in range(0, len(sets), per_table):
        chunk = sets[start:start + per_table]
        columns = [Column(f.p("col_criterion"), 0.35)] + [
            Column(f.text(w.name), 0.65 / len(chunk), True) for w in chunk]
        gws = [global_weights(crits, w.weights, w.group_weights) for w in chunk]
        rows: list[list[object]] = []
        groups = []
        from mcda.criteria import Group

        for group in Group:
            members = [c for c in crits if c.group is group]
            if not members:
                continue
            groups_row = [f"{f.p.label('group', group)}"] + [
                fmt.percent(sum(g.get(c.id, 0.0) for c in members), f.lang) for g in gws]
            rows.append([[Paragraph(esc(str(groups_row[0])), s.cell_bold)],
                         *[[Paragraph(esc(x), s.cell_bold_right)] for x in groups_row[1:]]])
            groups.append(len(rows) - 1)
            for c in members:
                rows.append([f.text(c.name)] + [fmt.percent(g.get(c.id, 0.0), f.lang) for g in gws])
        out += [data_table(columns, rows, s, highlight_rows=groups), Spacer(1, 3 * mm)]
    return out


def method_notes(f: Facts, s: st.Styles) -> list[Flowable]:
    """How each figure was computed, then the references."""
    from exports.brief.references import method_note_keys, references_of

    out: list[Flowable] = []
    for key in method_note_keys(f):
        # Fixed text: its first sentence is the note's title, set in bold.
        head, _, rest = f.p(key).partition(". ")
        out.append(Paragraph(f"<b>{esc(head)}.</b> {esc(rest)}", s.body))
    out.append(Heading(f.p("references"), s.h3, 2, in_contents=False))
    for ref in references_of(f):
        out.append(Paragraph(esc(ref), s.small, bulletText="–"))
    return out


def annexes(f: Facts, s: st.Styles) -> Story:
    """Annexes: full scores, weights per perspective, method notes, participants."""
    story: Story = [Heading(f.p("annex_scores"), s.h2, 1), *score_tables(f, s)]
    if f.dialogue.weight_sets:
        story += [CondPageBreak(60 * mm), Heading(f.p("annex_weights"), s.h2, 1),
                  *weights_tables(f, s)]
    story += [CondPageBreak(60 * mm), Heading(f.p("annex_method"), s.h2, 1), *method_notes(f, s)]
    # The participants' table splits with its header repeated, so it may start low on a page
    # (room for its heading, header and a row or two) rather than leave that room empty.
    story += [CondPageBreak(32 * mm),
              *participants(f, s, Heading(f.p("annex_participants"), s.h2, 1))]
    return story
