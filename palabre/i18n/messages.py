"""French for the English messages of Palabre's errors, at the boundary where a person reads them.

The engines raise :class:`~palabre.errors.PalabreError` with English messages built by f-strings
in hundreds of places. Rather than thread a language through all of them, the command line and
the window pass a message through :func:`translate_message` just before showing it. The message
is taken apart the way the engines put it together:

- a whole message matching a rule of the catalogue (:mod:`palabre.i18n.fr_files`,
  :mod:`~palabre.i18n.fr_document`, :mod:`~palabre.i18n.fr_tables`, :mod:`~palabre.i18n.fr_workforce`,
  :mod:`~palabre.i18n.fr_cli`)
  is rendered from the rule's French template, its nested parts translated in turn;
- ``LOCATION: rest`` (a file, a field path such as ``stakeholders[0].power``, ``stakeholder
  'X'``, ``FILE, row 3, column 2``) keeps or translates the location and translates the rest;
- ``part; part`` and ``Sentence. Sentence.`` are translated part by part.

User content (file names, names in quotes, values, ids and field paths) is never changed. A
part no rule knows is left in English, so a message is never lost, only partly translated;
:func:`untranslated_parts` finds such English, and the tests use it over every message the
command line can print for bad input.

The window can call the same function in its refusal and error dialogs, and on the labels of
edits in its Undo and Redo menu items (:mod:`palabre.i18n.fr_edits`)::

    from palabre.i18n import translate_message
    QMessageBox.warning(self, title, translate_message(exc.message, current_language))

The result uses plain ASCII spacing before ``:`` and ``;`` (right for a terminal); a dialog that
wants French typography can apply :func:`exports.phrasebook.french_spacing` to it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache

from palabre.i18n.fr_words import ENGLISH_WORDS, WORDS
from palabre.i18n.language import normalise_lang
from palabre.i18n.rules import Rule

log = logging.getLogger(__name__)

# Deeper nesting than this is not a message Palabre wrote: stop taking it apart.
_MAX_DEPTH = 12
# Longer messages are shown as they are (a hostile file could make one very long).
_MAX_CHARS = 4000

# A field path of the native file (stakeholders[0].positions.housing.stance, file.macro, info),
# a cell reference (Sheet!B7) or a bare id: kept as written.
_FIELD_PATH = re.compile(r"[A-Za-z_][\w-]*(?:\[\d+\])?(?:\.[^\s:;]+?)*(?:![A-Z]{1,3}\d+)?")


@lru_cache(maxsize=1)
def _catalogue() -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    """The message rules and the location rules (compiled once, on first use)."""
    from palabre.i18n import fr_cli, fr_document, fr_edits, fr_files, fr_tables, fr_workforce

    rules = (*fr_files.RULES, *fr_document.RULES, *fr_tables.RULES, *fr_workforce.RULES, *fr_cli.RULES,
             *fr_edits.RULES)
    locations = (*fr_document.LOCATIONS, *fr_tables.LOCATIONS, *fr_workforce.LOCATIONS, *fr_cli.LOCATIONS)
    return rules, locations


def translate_message(message: str, lang: str = "en") -> str:
    """The message in ``lang``: French when ``lang`` is French, else the message unchanged.

    Parameters
    ----------
    message:
        An English message of a PalabreError (``exc.message``, or one of ``exc.problems``).
    lang:
        ``"en"`` or ``"fr"`` (a locale name such as ``fr_FR.UTF-8`` counts as French).

    Returns
    -------
    str
        The French message; parts no rule knows stay in English, user content (file names,
        quoted names, values, ids, field paths) is kept exactly.

    Examples
    --------
    >>> translate_message("stakeholders[0].power: expected a whole number, got the text 'high'", "fr")
    "stakeholders[0].power: un nombre entier est attendu, pas le texte 'high'"
    >>> translate_message("minutes.palabre: no such file", "fr")
    'minutes.palabre: fichier introuvable'
    >>> translate_message("minutes.palabre: no such file", "en")
    'minutes.palabre: no such file'
    """
    if normalise_lang(lang) != "fr" or not message or len(message) > _MAX_CHARS:
        return message
    try:
        return _Translator().message(message, 0)[0]
    except Exception:  # a faulty rule must never hide the message it was meant to translate
        log.exception("could not translate %r", message[:200])
        return message


def is_translated(message: str) -> bool:
    """Whether every part of an English message is known to the French catalogue."""
    if not message or len(message) > _MAX_CHARS:
        return False
    try:
        return _Translator().message(message, 0)[1]
    except Exception:
        log.exception("could not translate %r", message[:200])
        return False


class _Translator:
    """One translation: remembers the parts already tried (a part may be reached many ways)."""

    def __init__(self) -> None:
        self.rules, self.locations = _catalogue()
        self._messages: dict[tuple[str, bool], tuple[str, bool]] = {}
        self._places: dict[str, tuple[str, bool]] = {}

    # ------------------------------------------------------------ messages
    def message(self, text: str, depth: int) -> tuple[str, bool]:
        """(French text, whether every part was known)."""
        key = (text, depth == 0)
        if key not in self._messages:
            self._messages[key] = (text, False)  # guards against a rule that loops
            self._messages[key] = self._message(text, depth)
        return self._messages[key]

    def _message(self, text: str, depth: int) -> tuple[str, bool]:
        if depth > _MAX_DEPTH or not text.strip():
            return text, not text.strip()
        partial: tuple[str, bool] | None = None
        for found in (self._by_rule(text, depth), self._by_location(text, depth),
                      self._by_parts(text, depth, "; "), self._by_parts(text, depth, ". ")):
            if found is None:
                continue
            if found[1]:
                return found
            partial = partial or found
        return partial or (text, False)

    def _by_rule(self, text: str, depth: int) -> tuple[str, bool] | None:
        return self._best(self.rules, text, depth)

    def _best(self, rules: tuple[Rule, ...], text: str, depth: int) -> tuple[str, bool] | None:
        """The most specific rule matching ``text``: of the rules whose every part translates,
        the one that matched the most of its own words (``the id is empty`` before ``{file} is
        empty``); else the most specific partial translation."""
        best: tuple[int, bool, str] | None = None
        for r in rules:
            m = r.pattern.fullmatch(text)
            if m is None:
                continue
            groups, complete = self._groups(m.groupdict(), depth)
            if complete and any(value and _verbatim(name) and (split_points(value, ": ")
                                                               or split_points(value, "; "))
                                for name, value in m.groupdict().items()):
                # A free group swallowed "LOCATION: ..." or "...; next problem": taking the
                # message apart first translates those parts too.
                complete = False
            own = len(text) - sum(len(v) for v in m.groupdict().values() if v)
            if best is None or (complete, own) > (best[1], best[0]):
                best = (own, complete, r.render(groups))
        return None if best is None else (best[2], best[1])

    def _groups(self, raw: dict[str, str | None], depth: int) -> tuple[dict[str, str], bool]:
        out: dict[str, str] = {}
        complete = True
        for name, value in raw.items():
            if value is None:
                out[name] = ""
                continue
            base = name.rstrip("0123456789")
            if base in ("msg", "kind"):
                out[name], ok = self.message(value, depth + 1)
                complete &= ok
            elif base == "loc":
                out[name], ok = self.place(value, depth + 1)
                complete &= ok
            elif base in ("n", "max"):
                out[name] = french_count(value)
            elif base == "w":
                out[name] = WORDS.get(value, value)
            else:
                out[name] = value
        return out, complete

    def _by_location(self, text: str, depth: int) -> tuple[str, bool] | None:
        partial = None
        for i in split_points(text, ": "):
            left, right = text[:i], text[i + 2:]
            rest, ok = self.message(right, depth + 1)
            if not ok:
                # "A: B: C" with an unknown B: try the next colon before settling for less.
                partial = partial or (f"{self.place(left, depth + 1)[0]}: {rest}", False)
                continue
            place, known = self.place(left, depth + 1)
            if known or not untranslated_parts(left):
                return f"{place}: {rest}", True
            partial = partial or (f"{place}: {rest}", False)
        return partial

    def _by_parts(self, text: str, depth: int, separator: str) -> tuple[str, bool] | None:
        points = split_points(text, separator)
        if not points:
            return None
        pieces, start = [], 0
        for i in points:
            pieces.append(text[start:i])
            start = i + len(separator)
        pieces.append(text[start:])
        done = [self.message(p, depth + 1) for p in pieces]
        return separator.join(t for t, _ in done), all(ok for _, ok in done)

    # ------------------------------------------------------------ locations
    def place(self, text: str, depth: int) -> tuple[str, bool]:
        """A location in French: (text, whether it was recognised)."""
        if text not in self._places:
            self._places[text] = (text, False)
            self._places[text] = self._place(text, depth)
        return self._places[text]

    def _place(self, text: str, depth: int) -> tuple[str, bool]:
        if depth > _MAX_DEPTH or split_points(text, ": ") or split_points(text, "; "):
            return text, False  # a location is one piece, never "a: b" or "a; b"
        found = self._best(self.locations, text, depth)
        if found is not None and found[1]:
            return found
        if _FIELD_PATH.fullmatch(text):
            return text, True
        return found or (text, False)


def _verbatim(group: str) -> bool:
    """Whether a group of a rule is copied as it is (user content), not translated."""
    return group.rstrip("0123456789") not in ("msg", "kind", "loc", "w", "n", "max")


def french_count(text: str) -> str:
    """A count written the French way: ``10,000`` becomes ``10 000`` (no-break space)."""
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+", text):
        return text.replace(",", "\u00a0")
    return text


def split_points(text: str, separator: str) -> list[int]:
    """Where ``separator`` occurs outside quoted values and brackets, left to right.

    A quote opens a value only after a space, a bracket or the start (so the apostrophe of
    ``the dialogue's`` does not), and closes before a space, punctuation or the end.
    """
    points: list[int] = []
    depth = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"" and (i == 0 or text[i - 1] in " ([{=,"):
            end = _closing_quote(text, i)
            if end is not None:
                i = end + 1
                continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}" and depth:
            depth -= 1
        elif depth == 0 and text.startswith(separator, i) and i > 0:
            points.append(i)
            i += len(separator)
            continue
        i += 1
    return points


def _closing_quote(text: str, start: int) -> int | None:
    quote = text[start]
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == quote and (i + 1 == len(text) or not text[i + 1].isalnum()):
            return i
        i += 1
    return None


# ---------------------------------------------------------------- finding English
# A token with a dot, slash or "!" between two letters or digits, or with an underscore or a
# bracket, is a file name, a path, an id or a cell reference (user content in every language).
_TECHNICAL = re.compile(r"\S*(?:\w[./\\!@]\w|_|\[|\])\S*")
_WORD = re.compile(r"(?<!\w)[A-Za-z]+(?:'[a-z]+)?(?!\w)")


def strip_quoted(text: str) -> str:
    """The text with every quoted value (as :func:`split_points` sees them) blanked out."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in "'\"" and (i == 0 or text[i - 1] in " ([{=,"):
            end = _closing_quote(text, i)
            if end is not None:
                out.append(" ")
                i = end + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def untranslated_parts(message: str, keep: Iterable[str] = ()) -> list[str]:
    """Fragments of a (French) message that still read as English.

    Quoted values, file names, field paths, ids and the texts in ``keep`` (names the user typed,
    which may be English) are set aside; what remains is cut at punctuation, and every fragment
    holding a word found only in English (``the``, ``expected``, ``missing``...) is returned.

    Examples
    --------
    >>> untranslated_parts("stakeholders[0].power: un nombre entier est attendu, pas le texte 'high'")
    []
    >>> untranslated_parts("a.palabre: the key 'x' appears twice")
    ['the key appears twice']
    """
    text = message
    for piece in sorted(keep, key=len, reverse=True):
        if piece:
            text = text.replace(piece, " ")
    text = strip_quoted(text)
    text = _TECHNICAL.sub(" ", text)
    found = []
    for fragment in re.split(r"[:;,()«»\[\]{}]|\. ", text):
        words = _WORD.findall(fragment)
        if any(w.lower() in ENGLISH_WORDS for w in words):
            found.append(" ".join(fragment.split()))
    return found
