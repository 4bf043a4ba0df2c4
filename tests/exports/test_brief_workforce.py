"""The brief's workforce section (issue 11, "In the brief"): the baseline's gap, what the leading
options close, the chart and the table, in English and French; absent without a baseline.

The expected figures are computed here from the engine's own entry points
(:func:`dialogue.workforce.gaps_closed_of`, :func:`dialogue.workforce.projections_of`), not
from the brief's code, and compared with what a reader finds in the PDF.
"""

from __future__ import annotations

import dataclasses

import pytest
from brief_fixtures import pdf_text

from dialogue import edits_workforce
from dialogue.example import example_dialogue
from dialogue.model import Delete, Dialogue, Edit, Put
from dialogue.native_file import dumps, loads_dialogue
from dialogue.workforce import baseline_of, gaps_closed_of, link_of, projections_of
from exports.brief import draft_texts, render_brief
from exports.brief.facts import gather
from exports.brief.formatting import NBSP, NNBSP
from mcda.workforce import gap_closed

HEADING = {"en": "The workforce gap the options would close",
           "fr": "Le déficit de personnel que les options combleraient"}


def tens(x: float, lang: str = "en") -> str:
    """A figure rounded to the nearest ten, grouped the way the language groups thousands."""
    text = f"{round(x / 10) * 10:,.0f}"
    return text.replace(",", NNBSP) if lang == "fr" else text


def expected_figures(d: Dialogue) -> dict[str, object]:
    """The example's figures, from the engine: the target's stock and need at the horizon,
    the baseline's shortage, each option's gap closed and all options together's."""
    link = link_of(d)
    _, runs = projections_of(d)
    base = runs["baseline:baseline"]
    horizon = base.years[-1]
    rows = [base.at(cadre, horizon, link.area) for cadre in link.target]
    gaps = gaps_closed_of(d)
    together = gap_closed(base, runs["all:all"], target=link.engine_target, area=link.area)
    return {"horizon": horizon, "stock": sum(r.stock for r in rows),
            "need": sum(r.need for r in rows), "gaps": gaps, "together": together}


@pytest.fixture(scope="module")
def english() -> tuple[Dialogue, str]:
    d = example_dialogue()
    return d, pdf_text(render_brief(d, lang="en"))


@pytest.fixture(scope="module")
def french() -> tuple[Dialogue, str]:
    d = example_dialogue("fr")
    return d, pdf_text(render_brief(d, lang="fr"))


def test_example_matches_the_worked_figures() -> None:
    """The example counts the gap on rural nurses and midwives: about 11,900 short by 2035
    without change; the hardship allowance closes about 850 (370 to 1,200), all options
    together about 3,100 (figures of dialogue.example_workforce, checked so that the brief's
    wording below is read against the right numbers)."""
    fig = expected_figures(example_dialogue())
    assert fig["horizon"] == 2035
    shortage = fig["need"] - fig["stock"]
    assert abs(shortage - 11_900) < 100
    assert fig["gaps"]["hardship_allowance"].baseline_gap == pytest.approx(shortage)
    hardship = fig["gaps"]["hardship_allowance"]
    assert (tens(hardship.low), tens(hardship.central), tens(hardship.high)) == \
        ("370", "850", "1,200")
    assert abs(fig["together"].central - 3_100) < 100


def test_english_section_states_the_gap_and_what_the_leading_options_close(english) -> None:
    """The reader finds the baseline sentence with the engine's figures, the gap closed by each
    leading option (with its range), the option outside the top three that closes the most,
    and all options together with its share of the shortage."""
    d, text = english
    fig = expected_figures(d)
    assert HEADING["en"] in text
    stock, need = tens(fig["stock"]), tens(fig["need"])
    gap = f"{round(fig['need'] / 10) * 10 - round(fig['stock'] / 10) * 10:,}"
    assert (f"Without change, rural nurses and midwives would number {stock} in 2035 against a "
            f"need of {need}: a shortage of {gap}.") in text
    assert gap == "11,860"
    f = gather(d, "en", redact=False)
    lead = [r.option for r in f.leading]
    assert lead == ["rural_admission", "career_path", "task_sharing"]
    first = fig["gaps"]["rural_admission"]
    second = fig["gaps"]["career_path"]
    assert (f"Of the leading options, {d.options['rural_admission'].name} would close "
            f"{tens(first.central)} by 2035 ({tens(first.low)} to {tens(first.high)}) and "
            f"{d.options['career_path'].name} {tens(second.central)} ({tens(second.low)} to "
            f"{tens(second.high)}).") in text
    # Task sharing has effects, but on community health workers only.
    assert fig["gaps"]["task_sharing"].central == 0
    assert f"{d.options['task_sharing'].name} would close none of it by 2035." in text
    hardship = fig["gaps"]["hardship_allowance"]
    assert (f"The option that would close the most is {d.options['hardship_allowance'].name}, "
            f"ranked 7th: {tens(hardship.central)} ({tens(hardship.low)} to "
            f"{tens(hardship.high)}).") in text
    # The example's bundle (the recommended first package) is named with its figure.
    bundle = next(o.bundle for o in d.options.values() if o.bundle)
    _, runs = projections_of(d)
    link = link_of(d)
    package = gap_closed(runs["baseline:baseline"], runs[f"bundle:{bundle}"],
                         target=link.engine_target, area=link.area)
    assert (f"The bundle “{bundle}” would close {tens(package.central)} ({tens(package.low)} to "
            f"{tens(package.high)}).") in text
    together = fig["together"]
    share = round(100 * together.central / together.baseline_gap)
    assert (f"All options together would close {tens(together.central)} "
            f"({tens(together.low)} to {tens(together.high)}), {share}% of the shortage.") in text
    assert "stock-and-flow projection" in text and "they are illustrative" in text


def test_english_table_and_chart(english) -> None:
    """The table gives each leading option's gap closed, range and share, then all options
    together; the chart's panel titles, legend and caption are printed."""
    d, text = english
    fig = expected_figures(d)
    first = fig["gaps"]["rural_admission"]
    row = (f"1. {d.options['rural_admission'].name} {tens(first.central)} "
           f"{tens(first.low)}–{tens(first.high)} {round(100 * first.share)}%")
    assert row in text
    # The option the paragraph names for closing the most has its row too, with its rank.
    hardship = fig["gaps"]["hardship_allowance"]
    assert (f"7. {d.options['hardship_allowance'].name} {tens(hardship.central)} "
            f"{tens(hardship.low)}–{tens(hardship.high)} {round(100 * hardship.share)}%") in text
    together = fig["together"]
    assert (f"All options together {tens(together.central)} {tens(together.low)}–"
            f"{tens(together.high)} {round(100 * together.share)}%") in text
    for words in ("Workers in post and workers needed", "Gap closed against the baseline",
                  "Without change", "Need", "All options together", "Low to high range",
                  "Figures are rounded to the nearest ten."):
        assert words in text, words
    # The method note and its references (Annex C).
    assert "Workforce projection. Each cadre’s stock is projected year by year" in text
    assert "Dal Poz MR" in text


def test_french_section_with_french_numbers(french) -> None:
    """French wording and typography: 11 860 with a narrow no-break space, 26 % with a
    no-break space, « à » in ranges, the same figures as the English brief."""
    d, text = french
    fig = expected_figures(d)
    assert HEADING["fr"] in text
    drafted = draft_texts(d, "fr")["workforce"]
    gap = tens(fig["need"] - fig["stock"], "fr")
    assert gap == f"11{NNBSP}860"
    assert (f"Sans changement, les infirmiers et sages-femmes en milieu rural seraient "
            f"{tens(fig['stock'], 'fr')} en 2035 pour un besoin de {tens(fig['need'], 'fr')}"
            f"{NBSP}: un déficit de {gap}.") in drafted
    together = fig["together"]
    share = round(100 * together.central / together.baseline_gap)
    assert (f"Toutes les options ensemble combleraient {tens(together.central, 'fr')} "
            f"({tens(together.low, 'fr')}{NBSP}à{NBSP}{tens(together.high, 'fr')}), soit "
            f"{share}{NBSP}% "
            "du déficit.") in drafted
    # In the PDF (whitespace collapsed by the text extraction).
    assert " ".join(drafted.split("\n\n")[0].split()) in text
    for words in ("Effectifs en poste et besoin", "Déficit comblé par rapport au scénario de base",
                  "Sans changement", "Toutes les options ensemble", "Projection des personnels."):
        assert words in text, words
    for english_words in ("Without change", "Gap closed", "Workers", "would close"):
        assert english_words not in text, english_words


def test_draft_is_the_default_and_the_users_text_replaces_it() -> None:
    """draft_texts offers the paragraph (plain, no bold marks); the user's own text for the
    "workforce" section is printed instead, with the chart and table kept; it survives a save
    and a reload."""
    d = example_dialogue()
    draft = draft_texts(d)["workforce"]
    assert draft.startswith("Without change, rural nurses and midwives")
    assert "\ue000" not in draft
    d.apply(Edit("write", (Put("brief", "workforce", "Our own reading of the projection."),)))
    d = loads_dialogue(dumps(d))
    assert d.brief["workforce"] == "Our own reading of the projection."
    text = pdf_text(render_brief(d, sections=["workforce"]))
    assert "Our own reading of the projection." in text
    assert "Without change, rural nurses" not in text
    assert "Gap closed against the baseline" in text and "All options together" in text


def _without_baseline() -> Dialogue:
    d = example_dialogue()
    d.apply(edits_workforce.set_baseline(d, None))
    assert baseline_of(d) is None
    return d


def test_no_baseline_no_section_and_no_contents_entry() -> None:
    """Without a baseline the section is left out entirely: no heading, no line in the
    contents list, no method note, no draft; the sections after it keep their numbers in
    order."""
    d = _without_baseline()
    text = pdf_text(render_brief(d))
    assert "Contents" in text
    assert HEADING["en"] not in text
    assert "Workforce projection." not in text and "Dal Poz" not in text
    assert "7 Implementation considerations" in text
    assert "workforce" not in draft_texts(d)


def test_baseline_without_effects_says_so() -> None:
    """A baseline but no option with effects: the brief builds, states the baseline's gap and
    that no option has effects yet; no table of gaps closed."""
    d = example_dialogue()
    d.apply(Edit("no effects", tuple(Delete("effects", oid) for oid in list(d.keys("effects")))))
    text = pdf_text(render_brief(d, sections=["workforce"], lang="en"))
    assert "Without change, rural nurses and midwives would number" in text
    assert "No option has expected effects on the workforce yet" in text
    assert "stock-and-flow projection of the baseline" in text
    assert "each leading option" not in text  # the chart's caption speaks of the baseline only
    assert "Range (low–high)" not in text
    assert "Workers in post and workers needed" in text
    french = pdf_text(render_brief(d, sections=["workforce"], lang="fr"))
    assert "Aucune option n’a encore d’effet attendu" in french


def test_markup_in_cadre_and_option_names_prints_literally() -> None:
    """Cadre and option names with < and & print as typed in the paragraph, the table and the
    chart (reportlab's paragraph markup would otherwise fail on them or swallow them)."""
    d = example_dialogue()
    b = baseline_of(d)
    cadres = tuple(c.replace(name="Nurses & <RN>") if c.cadre == "nurses" else c
                   for c in b.cadres)
    d.apply(edits_workforce.set_baseline(d, dataclasses.replace(b, cadres=cadres)))
    option = d.options["rural_admission"]
    d.apply(Edit("rename", (Put("options", option.id, option.replace(name="A&B <Admit> a<b")),)))
    text = pdf_text(render_brief(d, sections=["workforce"]))
    assert "rural nurses & <RN> and midwives would number" in text
    assert "1. A&B <Admit> a<b" in text
    assert "A&B <Admit> a<b would close" in text


def test_public_version_keeps_the_section() -> None:
    """Nothing in the section is personal: the public version prints the same figures."""
    d = example_dialogue()
    public = pdf_text(render_brief(d, sections=["workforce"], redact=True))
    private = pdf_text(render_brief(d, sections=["workforce"]))
    assert HEADING["en"] in public
    start = private.index(HEADING["en"])
    end = private.index("Figures are rounded to the nearest ten.")  # paragraph and table
    assert private[start:end] in public


def test_linked_impact_criterion_is_named() -> None:
    """When the gap closed scores an Impact criterion, the paragraph says which."""
    d = example_dialogue()
    d.apply(edits_workforce.link_gap_closed(d, None, name="Projected gap closed"))
    text = draft_texts(d)["workforce"]
    assert "The gap closed is each option’s score on the Impact criterion “Projected gap " \
           "closed”, so it counts in the ranking." in text


def test_signed_gap_on_every_cadre() -> None:
    """Counting the signed gap (every worker added) on every cadre with a need: the paragraph
    says "a gap of", the table has no share column (a share of a signed gap means nothing)."""
    d = example_dialogue()
    d.apply(edits_workforce.set_gap_target(d, (), None, "gap"))
    gaps = gaps_closed_of(d)
    text = pdf_text(render_brief(d, sections=["workforce"]))
    gap = next(iter(gaps.values())).baseline_gap
    assert "Without change, health workers of every cadre with a need would number" in text
    assert f"a gap of {tens(gap)}." in text
    assert "Share closed" not in text
    first = gaps["rural_admission"]
    assert f"1. {d.options['rural_admission'].name} {tens(first.central)} " \
           f"{tens(first.low)}–{tens(first.high)} 2." in text


def test_section_can_be_left_out() -> None:
    """Unticking the section leaves it out even when there is a baseline."""
    d = example_dialogue()
    text = pdf_text(render_brief(d, sections=["context", "implementation"]))
    assert HEADING["en"] not in text
    assert "2 Implementation considerations" in text


def test_french_numbers_do_not_break_across_lines() -> None:
    """reportlab breaks lines at a narrow no-break space (it lists U+202F among breakable
    spaces), which printed "combleraient 3" at the end of a line and "080" on the next: the
    brief's paragraphs turn it into a no-break space, which reportlab keeps together."""
    from reportlab.platypus import Paragraph

    from exports.brief import styles as st
    from exports.brief.fonts import register_fonts
    from exports.brief.text import esc

    register_fonts()
    assert esc(f"3{NNBSP}080") == f"3{NBSP}080"
    para = Paragraph(esc("x " * 30 + f"3{NNBSP}080"), st.make_styles().body)
    words = [w for line in para.breakLines([60]).lines for w in line[1]]
    assert words[-1] == f"3{NBSP}080"  # one word: never split between two lines


def test_chart_shrinks_to_stay_on_its_page_or_moves_whole() -> None:
    """With a little less room than its full size the figure shrinks its plots to fit (rather
    than leave the rest of the page empty); with much less it keeps its size, does not split,
    and so moves to the next page with its caption."""
    from reportlab.platypus import Paragraph

    from exports.brief import styles as st
    from exports.brief.fonts import register_fonts
    from exports.brief.workforce_chart import (
        MIN_PLOT_HEIGHT,
        PLOT_HEIGHT,
        FittedChart,
        workforce_chart,
    )
    from exports.brief.workforce_data import workforce_figures

    register_fonts()
    f = gather(example_dialogue(), "en", redact=False)
    fig = workforce_figures(f)
    figure = FittedChart(lambda h: workforce_chart(f, fig, plot_height=h),
                         Paragraph("Caption.", st.make_styles().caption))
    _, full = figure.wrap(st.FRAME_WIDTH, 1000)
    _, fitted = figure.wrap(st.FRAME_WIDTH, full - 20)
    assert fitted <= full - 20
    assert figure._drawing.height < workforce_chart(f, fig).height
    squeezed = full - (PLOT_HEIGHT - MIN_PLOT_HEIGHT) - 10
    _, moved = figure.wrap(st.FRAME_WIDTH, squeezed)
    assert moved == full and figure.split(st.FRAME_WIDTH, squeezed) == []
