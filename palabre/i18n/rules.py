"""How a catalogue of message translations is written: :class:`Rule` and the group conventions.

A rule is a regular expression over one English message (matched whole) and a French template.
The named groups of the expression say what each captured piece is:

- ``msg``, ``msg2``...: a nested message, translated in turn (``{source}: {msg}``);
- ``kind``, ``kind2``...: a description of a value (``the number 3.5``, ``a list``), translated;
- ``loc``, ``loc2``...: a location (``stakeholder 'X'``, ``FILE, row 3``), translated as one;
- ``n``, ``n2``..., ``max``: a count written with thousands separators (``10,000``), written the
  French way (``10 000``, with a no-break space);
- ``w``, ``w2``...: a word of Palabre's own vocabulary (``feasibility``), looked up in
  :data:`palabre.i18n.fr_words.WORDS` and kept as it is when it is not there;
- any other name: user content or an id (a file name, a quoted name, a value, a field path),
  copied unchanged.

The template is a :meth:`str.format` string over the group names, or a function of the groups
(for plurals). Messages keep plain ASCII spacing around punctuation (``palabre: ...``): a
caller that wants French typography (a no-break space before ``:``) adds it itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

Template = str | Callable[[Mapping[str, str]], str]

# A quoted value as Python's repr() writes it: 'text' or "text" (repr picks double quotes when
# the text holds a single quote).
QUOTED = r"(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
NUMBER = r"-?[\d,]*\.?\d+(?:e[+-]?\d+)?"


@dataclass(frozen=True)
class Rule:
    """One English message pattern and its French template."""

    pattern: re.Pattern[str]
    template: Template

    def render(self, groups: Mapping[str, str]) -> str:
        """The French text with the (already translated) groups filled in."""
        if callable(self.template):
            return self.template(groups)
        return self.template.format(**groups)


def rule(pattern: str, template: Template) -> Rule:
    """A rule from an expression matched against the whole message.

    ``{Q}`` in the pattern stands for a quoted value and ``{N}`` for a number (see
    :data:`QUOTED` and :data:`NUMBER`), so that patterns stay readable.
    """
    expanded = pattern.replace("{Q}", QUOTED).replace("{N}", NUMBER)
    return Rule(re.compile(expanded, re.DOTALL), template)


def plural(n: str, one: str, many: str) -> str:
    """French number agreement: singular for 0 and 1 (``0 problème``, ``2 problèmes``)."""
    try:
        value = float(n.replace(",", "").replace("\u00a0", ""))
    except ValueError:
        return many
    return one if abs(value) < 2 else many
