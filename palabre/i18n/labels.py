"""Built-in labels in each language: one :class:`Labels` table per family of values.

The engines name their enumerations (stakeholder categories, quadrants, option families...) in
English and French with a ``Labels`` table; the value (the id stored in files) never depends on
the language, only the words shown for it.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from types import MappingProxyType
from typing import Generic, TypeVar

from palabre.i18n.language import DEFAULT_LANG, LANGS, normalise_lang

K = TypeVar("K", bound=Hashable)


class Labels(Generic[K]):
    """The words for each value of one family, in every language Palabre speaks.

    Parameters
    ----------
    family:
        What the values are, for error messages (``"stakeholder category"``).
    by_lang:
        ``{"en": {value: label}, "fr": {value: label}}``; every language must label exactly the
        same values.

    Examples
    --------
    >>> sizes = Labels("size", {"en": {"s": "Small"}, "fr": {"s": "Petit"}})
    >>> sizes("s"), sizes("s", "fr"), sizes("s", "fr_FR.UTF-8")
    ('Small', 'Petit', 'Petit')
    """

    def __init__(self, family: str, by_lang: Mapping[str, Mapping[K, str]]) -> None:
        if set(by_lang) != set(LANGS):
            raise ValueError(f"{family} labels: expected the languages {LANGS}, got {tuple(by_lang)}")
        keys = set(by_lang[DEFAULT_LANG])
        for lang, table in by_lang.items():
            if set(table) != keys:
                missing = sorted(map(str, keys ^ set(table)))
                raise ValueError(f"{family} labels in {lang!r}: not the same values ({', '.join(missing)})")
        self.family = family
        self._tables = {lang: MappingProxyType(dict(by_lang[lang])) for lang in LANGS}

    def __call__(self, value: K, lang: str = DEFAULT_LANG) -> str:
        """The label of ``value`` in ``lang`` (English for a language Palabre does not speak).

        Raises
        ------
        KeyError
            For a value this family does not have.
        """
        table = self._tables[normalise_lang(lang)]
        try:
            return table[value]
        except KeyError:
            raise KeyError(f"no {self.family} {value!r}") from None

    def table(self, lang: str = DEFAULT_LANG) -> Mapping[K, str]:
        """Every value and its label in ``lang``, in the order they were given (read-only)."""
        return self._tables[normalise_lang(lang)]

    def __contains__(self, value: object) -> bool:
        return value in self._tables[DEFAULT_LANG]
