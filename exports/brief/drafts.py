"""The drafted starting points the window shows beside each editable section."""

from __future__ import annotations

from dialogue.model import Dialogue
from exports.brief.drafting import drafted_key_messages, executive_summary_text, implementation_text
from exports.brief.facts import gather
from exports.brief.text import plain
from exports.brief.workforce_section import workforce_text


def draft_texts(dialogue: Dialogue, lang: str = "en") -> dict[str, str]:
    """Drafts of the sections Palabre can write from the results.

    Returns
    -------
    dict
        ``{"key_messages": one message a line, "executive_summary": paragraphs separated by a
        blank line, "implementation": one ``- `` bullet a line}``. The drafts ignore what the
        user already wrote in those sections (they are the starting point to compare with) and
        are never redacted. ``context`` and ``recommendations`` are the user's alone and are not
        drafted.

    Raises
    ------
    PalabreError
        If the dialogue cannot be ranked.
    """
    facts = gather(dialogue, lang, redact=False)
    drafts = {
        "key_messages": plain("\n".join(drafted_key_messages(facts))),
        "executive_summary": plain(executive_summary_text(facts)),
        "implementation": plain(implementation_text(facts)),
    }
    workforce = workforce_text(facts)
    if workforce is not None:
        drafts["workforce"] = plain(workforce)
    return drafts
