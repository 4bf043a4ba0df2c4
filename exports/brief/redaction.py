"""What the public (redacted) brief hides, and how.

Rules, kept deliberately simple so that a facilitator can predict them:

- A stakeholder whose ``kind`` is ``person`` is shown by its category label and a number within
  that category ("Other government and local authorities (individual 1)") in every table, chart
  and drafted sentence. Its name is also replaced wherever it appears verbatim in the user's own
  text (context, summary, recommendations, option and weight-set texts); a shortened or
  misspelt form of the name cannot be caught, so the brief's author should still read it.
- Free-text notes about stakeholders and ties are left out.
- The facilitator is printed only if it names an organisation: it is the name of a stakeholder
  of kind ``organisation``, or it contains a word that names a body (ministry, observatory,
  institute, university, office, council, association, network...). Otherwise it is left out;
  the facilitating ``organisation`` field is always printed.

Without redaction every name is shown as written and nothing is replaced.
"""

from __future__ import annotations

import re

from dialogue.model import Dialogue
from exports.brief.phrases import Phrases
from stakeholder_map.model import Kind

_BODY_WORDS = re.compile(
    r"\b(ministry|minist[eè]re|observatory|observatoire|institute|institut|university|universit[ée]"
    r"|office|bureau|council|conseil|association|network|r[ée]seau|directorate|direction"
    r"|department|d[ée]partement|agency|agence|centre|center|school|[ée]cole|union|syndicat"
    r"|programme|program|unit|unit[ée]|foundation|fondation|who|oms|unicef|ngo|ong|group|groupe"
    r"|commission|committee|comit[ée]|team|[ée]quipe|secretariat|secr[ée]tariat|service)\b",
    re.IGNORECASE,
)


class Redactor:
    """Names and texts as the brief prints them, redacted or not."""

    def __init__(self, dialogue: Dialogue, phrases: Phrases, active: bool) -> None:
        self.active = active
        self._names: dict[str, str] = {}
        self._replace: list[tuple[str, str]] = []
        counters: dict[str, int] = {}
        for sid, s in dialogue.stakeholders.items():
            if active and s.kind is Kind.PERSON:
                n = counters[s.category.value] = counters.get(s.category.value, 0) + 1
                shown = phrases("person_of", category=phrases.label("category", s.category), n=n)
                self._names[sid] = shown
                if s.name.strip():
                    self._replace.append((s.name.strip(), shown))
            else:
                self._names[sid] = s.name
        # Longest names first, so that "Dr A. Diallo, Chair" is replaced before "Dr A. Diallo".
        self._replace.sort(key=lambda pair: len(pair[0]), reverse=True)
        self._org_names = {s.name.strip().casefold() for s in dialogue.stakeholders.values()
                           if s.kind is Kind.ORGANISATION}
        self._facilitator = dialogue.info.facilitator

    def name(self, stakeholder_id: str) -> str:
        """The name to print for a stakeholder."""
        return self._names[stakeholder_id]

    def text(self, text: str) -> str:
        """User text with persons' names replaced (unchanged when not redacting)."""
        if not self.active or not text:
            return text
        for name, shown in self._replace:
            text = text.replace(name, shown)
        return text

    def notes(self, text: str) -> str:
        """Notes about a stakeholder or tie: left out when redacting."""
        return "" if self.active else text

    def facilitator(self) -> str:
        """The facilitator as printed (empty when redacting a facilitator who is a person)."""
        f = self._facilitator.strip()
        if not self.active or not f:
            return f
        if f.casefold() in self._org_names or _BODY_WORDS.search(f):
            return self.text(f)
        return ""
