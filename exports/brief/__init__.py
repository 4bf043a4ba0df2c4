"""The policy brief: a graded-entry PDF in English and French (issue 7; DOMAIN.md section 5).

Public API::

    build_brief(dialogue, path, *, lang="en", redact=False, sections=None, progress=None) -> Path
    render_brief(dialogue, *, lang="en", redact=False, sections=None, progress=None) -> bytes
    draft_texts(dialogue, lang="en") -> dict[str, str]
    SECTION_IDS
"""

from exports.brief.document import build_brief, render_brief
from exports.brief.drafts import draft_texts
from exports.brief.story import SECTION_IDS

__all__ = ["SECTION_IDS", "build_brief", "draft_texts", "render_brief"]
