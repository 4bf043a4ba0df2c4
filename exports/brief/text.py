"""Putting the user's text into paragraphs safely.

reportlab's Paragraph parses a small XML markup: unescaped text is silently altered
(``<Ministry>`` disappears), raises on ``a<b``, and ``<img src=...>`` would embed a local file.
Every piece of user text therefore goes through :func:`esc` before it reaches a Paragraph. Long
texts are split into paragraphs and chunks, because laying out one Paragraph costs time growing
with the square of its length.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# C0 controls other than tab and newline, and DEL: not printable, and some break the PDF text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
CHUNK_CHARS = 1500
# Marks around a name that drafted text wants in bold. Private-use characters, so that they
# never collide with real text; they are removed from the user's text.
STRONG_OPEN, STRONG_CLOSE = "\ue000", "\ue001"
_MARKS = re.compile("[\ue000\ue001]")
NNBSP = "\u202f"


MAX_CELL_CHARS = 1200  # a table row cannot split across pages: longer cell text is clipped


def clip(text: str, limit: int = MAX_CELL_CHARS) -> str:
    """The text cut at a word boundary with an ellipsis when longer than ``limit`` characters."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + " […]"


def strong(text: str) -> str:
    """Text marked to be set in bold by :func:`esc` with ``rich=True``."""
    return f"{STRONG_OPEN}{text}{STRONG_CLOSE}"


def plain(text: str) -> str:
    """Drafted text without its bold marks (what the window shows and the user edits)."""
    return _MARKS.sub("", text)


def clean(text: str | None, *, rich: bool = False) -> str:
    """The text without control characters, with normalised line ends; bold marks are kept
    only in ``rich`` (drafted) text."""
    if not text:
        return ""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text if rich else _MARKS.sub("", text)


def esc(text: str | None, *, rich: bool = False) -> str:
    """Text as Paragraph markup that prints literally; line breaks become ``<br/>``.

    With ``rich``, names marked by :func:`strong` are set in bold (the only markup drafted text
    may carry: every character of the text itself is still escaped).
    """
    out = escape(clean(text, rich=rich)).replace("\t", " ").replace("\n", "<br/>")
    # reportlab breaks lines at a narrow no-break space (U+202F is in its list of breakable
    # spaces, reportlab.platypus.paragraph._wsc), which split French numbers ("3 | 080") and
    # left ":" at the start of a line; the no-break space (U+00A0) it does respect instead.
    out = out.replace(NNBSP, "\u00a0")
    if rich:
        out = _balanced_bold(out)
    return out


def _balanced_bold(markup: str) -> str:
    """Turn bold marks into <b> tags, dropping any that would leave a tag unbalanced."""
    out, inside = [], False
    for ch in markup:
        if ch == STRONG_OPEN and not inside:
            out.append("<b>")
            inside = True
        elif ch == STRONG_CLOSE and inside:
            out.append("</b>")
            inside = False
        elif ch not in (STRONG_OPEN, STRONG_CLOSE):
            out.append(ch)
    if inside:
        out.append("</b>")
    return "".join(out)


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """One Paragraph of user text, escaped (for table cells and short texts)."""
    return Paragraph(esc(text), style)


_TIGHT: dict[str, ParagraphStyle] = {}


def _tight(style: ParagraphStyle) -> ParagraphStyle:
    """The style without space after, for all but the last chunk of a split paragraph."""
    key = f"{style.name}-{id(style)}"
    if key not in _TIGHT:
        _TIGHT[key] = ParagraphStyle(f"{style.name}-tight", parent=style, spaceAfter=0)
    return _TIGHT[key]


def _pieces(text: str, style: ParagraphStyle, rich: bool, **kw: str) -> list[Paragraph]:
    chunks = _chunks(text)
    return [Paragraph(esc(c, rich=rich), style if i == len(chunks) - 1 else _tight(style), **kw)
            for i, c in enumerate(chunks)]


def _chunks(text: str) -> list[str]:
    """Split a long paragraph at sentence ends into pieces of about CHUNK_CHARS."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    pieces, current = [], ""
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > CHUNK_CHARS:  # a "sentence" with no full stop at all
            cut = sentence.rfind(" ", 0, CHUNK_CHARS)
            cut = cut if cut > CHUNK_CHARS // 2 else CHUNK_CHARS
            if current:
                pieces.append(current)
                current = ""
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if current and len(current) + len(sentence) + 1 > CHUNK_CHARS:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


def paragraphs(text: str | None, style: ParagraphStyle,
               bullet_style: ParagraphStyle | None = None, *,
               rich: bool = False) -> list[Paragraph]:
    """User text as a list of escaped Paragraphs.

    Blank lines separate paragraphs; lines starting with ``-``, ``•``, ``*`` or ``1.`` become
    bullets (with ``bullet_style``); other single line breaks are kept. Paragraphs longer than
    about 1,500 characters are split at sentence ends; the break is invisible on the page
    except as a new line. ``rich`` is for drafted text whose names are marked bold.
    """
    out: list[Paragraph] = []
    for block in re.split(r"\n\s*\n", clean(text, rich=rich).strip()):
        if not block.strip():
            continue
        lines = block.split("\n")
        if bullet_style is not None and any(_BULLET.match(line) for line in lines):
            current: list[str] = []
            items: list[str] = []
            for line in lines:
                if _BULLET.match(line):
                    if current:
                        items.append(" ".join(current))
                    current = [_BULLET.sub("", line, count=1)]
                else:
                    current.append(line.strip())
            if current:
                items.append(" ".join(current))
            for item in items:
                out.extend(_pieces(item.strip(), bullet_style, rich, bulletText="•"))
            continue
        out.extend(_pieces(block.strip(), style, rich))
    return out


def bullet_lines(text: str | None) -> list[str]:
    """Non-empty lines of a text, without leading bullet marks (one key message a line)."""
    return [_BULLET.sub("", line, count=1).strip() for line in clean(text).split("\n")
            if line.strip()]
