"""The order of the brief (graded entry, after Lavis et al. 2009, SUPPORT tools 13): title,
key messages, executive summary, then the full report and its annexes."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from exports.brief import sections as sec
from exports.brief import styles as st
from exports.brief.facts import Facts
from exports.brief.headings import Heading
from exports.brief.workforce_section import workforce

SECTION_IDS = (
    "key_messages",
    "executive_summary",
    "context",
    "options",
    "method",
    "results",
    "robustness",
    "stakeholders",
    "workforce",
    "implementation",
    "recommendations",
    "annexes",
)


class ContentsMarker(Spacer):
    """Where the contents list goes when the brief needs one (invisible otherwise)."""

    contents_here = True

    def __init__(self) -> None:
        super().__init__(0, 0)


def build_story(facts: Facts, s: st.Styles, sections: Iterable[str]) -> list[Flowable]:
    """The flowables of the brief, for the chosen sections, in the brief's order."""
    chosen = set(sections)
    story: list[Flowable] = [*sec.title_block(facts, s)]
    front = False
    if "key_messages" in chosen:
        story += sec.key_messages(facts, s)
        front = True
    if "executive_summary" in chosen:
        story += sec.executive_summary(facts, s)
        front = True
    report = [x for x in SECTION_IDS[2:-1] if x in chosen]
    # The contents list, when needed, follows the executive summary on the same page if it fits;
    # the full report starts on a new page either way.
    story.append(ContentsMarker())
    if front and (report or "annexes" in chosen):
        story.append(PageBreak())
    n = sec.Numberer()
    builders = {
        "context": sec.context,
        "options": sec.options,
        "method": sec.method,
        "results": sec.results,
        "robustness": sec.robustness,
        "stakeholders": sec.stakeholders,
        "workforce": workforce,  # absent, heading and all, when there is no baseline
        "implementation": sec.implementation,
        "recommendations": sec.recommendations,
    }
    for key in report:
        part = builders[key](facts, s, n)
        if part:
            story.append(CondPageBreak(45 * 2.8346))  # no section starts in the last 45 mm
            story += part
    if "annexes" in chosen:
        story.append(PageBreak())
        story.append(Heading(facts.p("annexes"), s.h1, 0))
        story += sec.annexes(facts, s)
    return story
