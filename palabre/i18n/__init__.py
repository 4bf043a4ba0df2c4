"""Palabre in English and French, below every other package (it imports only :mod:`palabre`).

- :mod:`palabre.i18n.language`: the languages Palabre speaks and the one the environment asks
  for (``choose_lang``, ``lang_from_environment``).
- :mod:`palabre.i18n.labels`: :class:`Labels`, the words for built-in values in each language
  (the engines' category, quadrant, family... labels are built with it).
- :mod:`palabre.i18n.messages`: :func:`translate_message`, French for the English messages of
  :class:`~palabre.errors.PalabreError` at the boundary (command line, window dialogs), and
  :func:`untranslated_parts`, which finds English left in a message.
"""

from __future__ import annotations

from collections.abc import Iterable

from palabre.i18n.labels import Labels
from palabre.i18n.language import DEFAULT_LANG, LANGS, choose_lang, lang_from_environment, normalise_lang


def translate_message(message: str, lang: str = DEFAULT_LANG) -> str:
    """The message of a PalabreError in ``lang``; see :func:`palabre.i18n.messages.translate_message`."""
    from palabre.i18n.messages import translate_message as translate

    return translate(message, lang)


def untranslated_parts(message: str, keep: Iterable[str] = ()) -> list[str]:
    """English left in a translated message; see :func:`palabre.i18n.messages.untranslated_parts`."""
    from palabre.i18n.messages import untranslated_parts as find

    return find(message, keep)


__all__ = [
    "DEFAULT_LANG",
    "LANGS",
    "Labels",
    "choose_lang",
    "lang_from_environment",
    "normalise_lang",
    "translate_message",
    "untranslated_parts",
]
