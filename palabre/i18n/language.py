"""Which language Palabre speaks: the languages it knows and the one the environment asks for.

Palabre speaks English and French. A language is named by its two-letter code; longer forms such
as ``fr_FR.UTF-8`` or ``fr-BE`` are read by their first two letters, and anything else falls back
to English, so that a setting from another program never stops Palabre from starting.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

LANGS = ("en", "fr")
DEFAULT_LANG = "en"

# POSIX order of precedence for the language of messages: LC_ALL overrides LC_MESSAGES, which
# overrides LANG (an empty variable counts as unset).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def normalise_lang(lang: str | None) -> str:
    """The two-letter code Palabre uses for ``lang``; English for anything it does not speak.

    Examples
    --------
    >>> normalise_lang("fr"), normalise_lang("fr_FR.UTF-8"), normalise_lang("FR-be")
    ('fr', 'fr', 'fr')
    >>> normalise_lang("de"), normalise_lang(None), normalise_lang("C.UTF-8")
    ('en', 'en', 'en')
    """
    code = (lang or "").strip().lower()[:2]
    return code if code in LANGS else DEFAULT_LANG


def lang_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment's locale asks for: ``"fr"`` when it starts with ``fr``.

    The first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set and not empty decides. When
    none is set (usual on Windows), the process's locale decides (``French_France`` gives French).

    Examples
    --------
    >>> lang_from_environment({"LANG": "fr_FR.UTF-8"})
    'fr'
    >>> lang_from_environment({"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"})
    'en'
    >>> lang_from_environment({"LC_ALL": "", "LC_MESSAGES": "fr_SN", "LANG": "en_US"})
    'fr'
    """
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return normalise_lang(value)
    if environ is None:
        try:
            current = locale.getlocale(locale.LC_CTYPE)[0] or ""
        except ValueError:  # an unparsable locale name: speak the default
            current = ""
        return normalise_lang(current)
    return DEFAULT_LANG


def choose_lang(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: ``explicit`` when given (``--lang``), else the environment's.

    Examples
    --------
    >>> choose_lang("en", {"LANG": "fr_FR.UTF-8"}), choose_lang(None, {"LANG": "fr_FR.UTF-8"})
    ('en', 'fr')
    """
    if explicit:
        return normalise_lang(explicit)
    return lang_from_environment(environ)
