"""Fixed phrases of a document in English and French, shared by the brief and the scoring sheets.

Each document keeps its own table of ``key: (English, French)``; this module gives them one way
to look a phrase up, fill its fields, and apply French typography (a no-break space before
``: ; ? ! »`` and after ``«``) to Palabre's own phrases, never to the user's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from palabre.errors import PalabreError

LANGS = ("en", "fr")
_NB = "\u00a0"
_HIGH_PUNCT = re.compile(r" ([:;?!»])")


def french_spacing(text: str) -> str:
    """No-break spaces where French typography wants them: before ``: ; ? ! »`` and after ``«``."""
    return _HIGH_PUNCT.sub(_NB + r"\1", text).replace("« ", "«" + _NB)


class PhraseBook:
    """One document's phrases in one language; subclasses set ``TABLE`` and ``DOCUMENT``."""

    TABLE: Mapping[str, tuple[str, str]] = {}
    DOCUMENT = "document"

    def __init__(self, lang: str) -> None:
        if lang not in LANGS:
            raise PalabreError(f"{self.DOCUMENT} language must be one of {', '.join(LANGS)}, got {lang!r}")
        self.lang = lang
        self._i = LANGS.index(lang)

    def __call__(self, key: str, **fields: object) -> str:
        """The phrase ``key`` with its ``{fields}`` filled in."""
        text = self.TABLE[key][self._i]
        if self.lang == "fr":
            text = french_spacing(text)
        return text.format(**fields) if fields else text
