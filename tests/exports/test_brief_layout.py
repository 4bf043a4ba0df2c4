"""How the brief's pages are filled: no page left mostly empty by a figure or a table that moved
on, the contents list under the executive summary, large maps drawn so that they can be read,
short names that never name two stakeholders alike."""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import pytest
from brief_fixtures import page_images
from brief_many_options import many_options
from pypdf import PdfReader
from reportlab.graphics.shapes import Line, String

from dialogue.example import example_dialogue
from dialogue.model import Dialogue, Edit, Put
from exports.brief import build_brief, render_brief
from exports.brief import styles as st
from exports.brief.facts import gather
from exports.brief.fonts import register_fonts
from exports.brief.network_drawing import (
    FULL_HEIGHT,
    LABEL_SIZE,
    LARGE_MAP_LABELS,
    NetworkMap,
    legend_height,
    network_map,
)
from stakeholder_map.model import Category, Stakeholder, Tie, TieType


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def _page_of(pages: list[str], text: str) -> int:
    return next(i for i, page in enumerate(pages, start=1) if text in page)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_contents_list_follows_the_executive_summary(lang: str) -> None:
    """The contents list sits under the end of the executive summary on page 2 in both
    languages (the French list once moved to a page of its own, leaving page 2 two-thirds
    empty): tighter lines are used when the full list would not fit."""
    pages = _pages(render_brief(example_dialogue(), lang=lang))
    contents = "Sommaire" if lang == "fr" else "Contents"
    summary_end = "Le rapport complet" if lang == "fr" else "The full report sets out"
    assert _page_of(pages, contents) == _page_of(pages, summary_end) == 2
    # The subsections are still listed.
    assert ("6.2 Qui est lié à qui" if lang == "fr" else "6.2 Who is connected to whom") in pages[1]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_page_of_the_report_is_mostly_empty(tmp_path: Path, lang: str) -> None:
    """Every page but the last, and the one before the annexes (which start on a new page), is
    at least half filled. (The stakeholder section used to leave a page three-quarters empty
    because its heading was kept with the full-size network map.)"""
    from PIL import Image

    path = build_brief(example_dialogue(), tmp_path / "brief.pdf", lang=lang)
    pages = _pages(path.read_bytes())
    annexes = _page_of(pages, "Annexe A." if lang == "fr" else "Annex A.")
    images = page_images(path, tmp_path, dpi=30)
    for number, image in enumerate(images, start=1):
        if number in (annexes - 1, len(images)):
            continue
        with Image.open(image) as im:
            grey = im.convert("L")
            w, h = grey.size
            top, bottom = int(h * st.MARGIN_TOP / st.PAGE_HEIGHT), int(h * (1 - st.MARGIN_BOTTOM / st.PAGE_HEIGHT))
            inked = [y for y in range(top, bottom)
                     if min(grey.getpixel((x, y)) for x in range(0, w, 2)) < 200]
            filled = (max(inked) - top) / (bottom - top) if inked else 0.0
        assert filled > 0.5, f"page {number} is {filled:.0%} filled"


def test_a_heading_over_a_long_table_starts_where_it_stands() -> None:
    """A table longer than a page starts under its heading on the current page (with its
    header repeated overleaf) instead of moving the heading to a new page."""
    pages = _pages(render_brief(many_options(40), sections=["context", "options"]))
    first = _page_of(pages, "1 The problem and its context")
    assert _page_of(pages, "2 The options compared") == first
    assert _page_of(pages, "Extra option number 40") > first


def test_network_map_takes_the_room_left_on_the_page() -> None:
    """The map is drawn at full height when there is room, shorter when the page has less room
    (down to a minimum), and asks for its full height (moving on) when there is too little."""
    register_fonts()
    f = gather(example_dialogue(), "en", False)
    legend = legend_height(f)
    graph = NetworkMap(f, reserve=20)
    assert graph.wrap(st.FRAME_WIDTH, 2000)[1] == pytest.approx(FULL_HEIGHT + legend)
    assert graph.wrap(st.FRAME_WIDTH, 400 + legend + 20)[1] == pytest.approx(400 + legend)
    assert graph.wrap(st.FRAME_WIDTH, 200)[1] == pytest.approx(FULL_HEIGHT + legend)


def _crowded(n: int, ties: int, seed: int = 5) -> Dialogue:
    """The example with ``n`` more stakeholders, named alike but for their place, and random
    ties among them."""
    rng = random.Random(seed)
    d = example_dialogue()
    steps = []
    ids = []
    for i in range(n):
        sid = f"council{i}"
        ids.append(sid)
        steps.append(Put("stakeholders", sid, Stakeholder(
            sid, f"Local Council – District {i + 1}", Category.OTHER_GOVERNMENT,
            power=rng.randint(1, 5), interest=rng.randint(1, 5),
            x=rng.uniform(-300, 300), y=rng.uniform(-300, 300))))
    seen = set()
    while len(seen) < ties:
        a, b = sorted(rng.sample(ids, 2))
        if (a, b) not in seen:
            seen.add((a, b))
            steps.append(Put("ties", f"x{len(seen)}", Tie(f"x{len(seen)}", a, b,
                                                        rng.choice(list(TieType)), 2)))
    d.apply(Edit("crowd", tuple(steps)))
    return d


def test_a_large_map_draws_ties_faint_and_names_few() -> None:
    """With more than sixty stakeholders the ties are thin, faint and solid (no dash patterns,
    no arrows), only a few stakeholders are named, and the caption says so."""
    register_fonts()
    d = _crowded(90, 300)
    f = gather(d, "en", False)
    drawing = network_map(f)
    lines = [x for x in drawing.contents if isinstance(x, Line)]
    ties = [x for x in lines if x.strokeOpacity is not None and x.strokeOpacity < 1]
    assert len(ties) == len(d.ties)
    assert all(not x.strokeDashArray for x in ties)
    names = [x for x in drawing.contents if isinstance(x, String) and x.fontSize == LABEL_SIZE]
    assert 0 < len(names) <= LARGE_MAP_LABELS
    text = " ".join(_pages(render_brief(d, sections=["stakeholders"])))
    assert "ties are drawn faint" in text


def test_short_names_never_name_two_stakeholders_alike() -> None:
    """Lists shorten "Ministry of Finance – Budget Directorate" to "Ministry of Finance", but
    keep "Local Council – District 1" whole when other councils would shorten the same way."""
    register_fonts()
    f = gather(_crowded(3, 2), "en", False)
    assert f.short_name("mof") == "Ministry of Finance"
    assert f.short_name("council0") == "Local Council – District 1"
    assert len({f.short_name(f"council{i}") for i in range(3)}) == 3


def test_long_option_names_take_two_lines_in_bar_charts() -> None:
    """A French option name too long for the name column wraps at a space instead of being
    cut; only a name too long for two lines ends with an ellipsis."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from exports.brief.charts import name_lines
    from exports.brief.fonts import REGULAR

    name = "12. Assainissement du fichier de la solde pour dégager une marge budgétaire"
    lines = name_lines(name, 185.0)
    assert len(lines) == 2 and " ".join(lines) == name
    assert all(stringWidth(line, REGULAR, 7) <= 185.0 for line in lines)
    assert name_lines("1. Court", 185.0) == ["1. Court"]
    very_long = " ".join(["Réforme"] * 40)
    assert name_lines(very_long, 185.0)[1].endswith("…")


def test_a_group_heading_never_ends_a_page_alone() -> None:
    """When a table breaks just after a group's heading row ("Other"), the heading goes over to
    the next page with its first option instead of staying alone at the foot of the page."""
    from exports.brief.styles import make_styles
    from exports.brief.tables import Column, data_table

    s = make_styles()
    rows = [["Education"], ["A1", "Admit rural students"], ["A2", "Northern school"],
            ["Other"], ["", "Task sharing"], ["", "Payroll clean-up"]]
    table = data_table([Column("Code", 0.2), Column("Option", 0.8)], rows, s, group_rows=(0, 3))
    table.wrap(400, 1000)
    heights = table._rowHeights
    # Room for the header and rows up to and including "Other", but not for the row after it.
    avail = sum(heights[:5]) + heights[5] / 2
    first, _rest = table.split(400, avail)
    first.wrap(400, avail)
    assert len(first._cellvalues) == 4  # header, Education, A1, A2: "Other" went over
