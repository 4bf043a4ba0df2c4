"""What a scoring sheet holds and where: the map from cells to answers, kept inside the sheet.

The workbook writer records, for every answer cell, what it answers (a score of option o on
criterion c, the points of a criterion, a pairwise judgement...) and, for every row and column
label, the text it must still show. This :class:`SheetLayout` is written into a very hidden sheet
of the workbook, with the participant's id and key and the version (fingerprint) of the dialogue.
Reading a returned sheet starts from that record, not from the dialogue as it is now: so a sheet
made for an older version of the dialogue is still understood, and matched by ids.

The hidden sheet, row by row (column A names the row's kind)::

    palabre-scoring-sheet | 1                       (marker and layout version)
    meta   | participant | p3                        (one row per metadata field)
    option | <id> | <name>                           (options as they were when the sheet was made)
    criterion | <id> | <name> | <group> | <low> | <high> | <unit>
    label  | <sheet> | <cell> | <text>               (a label that must be unchanged)
    answer | <kind> | <sheet> | <cell> | <a> | <b> | <low> | <high>
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from palabre.errors import FileFormatError

if TYPE_CHECKING:
    from dialogue.model import Dialogue

MARKER = "palabre-scoring-sheet"
LAYOUT_VERSION = 1
HIDDEN_SHEET = "_palabre"
META_FIELDS = ("participant", "key", "fingerprint", "dialogue", "language", "made", "parts",
               "weighting")
KINDS = ("score", "points", "group_points", "judgement", "group_judgement")
MAX_LAYOUT_ROWS = 250_000
_CELL = re.compile(r"^[A-Z]{1,3}[1-9][0-9]{0,6}$")
_HEX = re.compile(r"^[0-9a-f]{1,64}$")


@dataclass(frozen=True)
class AnswerCell:
    """One cell a participant fills in.

    ``kind`` is ``score`` (``a`` option id, ``b`` criterion id), ``points`` (``a`` criterion),
    ``group_points`` (``a`` feasibility or impact), ``judgement`` (``a`` over ``b``, criterion
    ids) or ``group_judgement`` (feasibility over impact). ``low`` and ``high`` bound the answer
    as the sheet was made.
    """

    kind: str
    sheet: str
    cell: str
    a: str
    b: str = ""
    low: float = 0.0
    high: float = 0.0


@dataclass(frozen=True)
class LabelCell:
    """A label that must still read ``text`` (an option's name at the start of its row...)."""

    sheet: str
    cell: str
    text: str


@dataclass(frozen=True)
class CriterionInfo:
    """A criterion as it was when the sheet was made."""

    id: str
    name: str
    group: str
    low: float
    high: float
    unit: str = ""


@dataclass(frozen=True)
class SheetLayout:
    """Everything needed to read a returned sheet back (see the module's docstring)."""

    meta: dict[str, str]
    options: dict[str, str] = field(default_factory=dict)
    criteria: dict[str, CriterionInfo] = field(default_factory=dict)
    labels: tuple[LabelCell, ...] = ()
    answers: tuple[AnswerCell, ...] = ()

    @property
    def participant(self) -> str:
        """The participant's id."""
        return self.meta.get("participant", "")

    @property
    def sheets(self) -> list[str]:
        """The sheets that hold labels or answers, in order."""
        return list(dict.fromkeys([x.sheet for x in self.labels] + [x.sheet for x in self.answers]))

    def rows(self) -> list[list[Any]]:
        """The hidden sheet's rows."""
        out: list[list[Any]] = [[MARKER, LAYOUT_VERSION]]
        out += [["meta", k, self.meta.get(k, "")] for k in META_FIELDS]
        out += [["option", oid, name] for oid, name in self.options.items()]
        out += [["criterion", c.id, c.name, c.group, c.low, c.high, c.unit]
                for c in self.criteria.values()]
        out += [["label", x.sheet, x.cell, x.text] for x in self.labels]
        out += [["answer", x.kind, x.sheet, x.cell, x.a, x.b, x.low, x.high] for x in self.answers]
        return out


def structure_fingerprint(d: Dialogue) -> str:
    """The version of a dialogue's decision structure, as 12 hexadecimal digits.

    A hash of the options (ids and names) and criteria (ids, names, groups, directions and
    scales) in order: it changes when anything a scoring sheet shows changes, and only then.
    """
    structure = {
        "options": [[o.id, o.name] for o in d.options.values()],
        "criteria": [[c.id, c.name, c.group.value, c.direction.value, c.scale.kind.value,
                      c.scale.low, c.scale.high, c.scale.unit, list(c.scale.anchors)]
                     for c in d.criteria.values()],
    }
    text = json.dumps(structure, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def parse_layout(rows: list[list[Any]], where: str) -> SheetLayout:
    """Read the hidden sheet's rows back into a layout, checking every row.

    Raises
    ------
    FileFormatError
        Naming ``where`` (the file) and the hidden sheet's row when the record is damaged.
    """
    if not rows or not rows[0] or rows[0][0] != MARKER:
        raise FileFormatError(f"{where}: not a Palabre scoring sheet (no hidden record of the "
                              f"participant and the dialogue, sheet {HIDDEN_SHEET!r})")
    version = rows[0][1] if len(rows[0]) > 1 else None
    if version != LAYOUT_VERSION:
        raise FileFormatError(f"{where}: scoring sheet layout version {version!r}; this Palabre "
                              f"reads version {LAYOUT_VERSION}. Please update Palabre.")
    if len(rows) > MAX_LAYOUT_ROWS:
        raise FileFormatError(f"{where}: the hidden record has {len(rows):,} rows; at most "
                              f"{MAX_LAYOUT_ROWS:,} are allowed")
    meta: dict[str, str] = {}
    options: dict[str, str] = {}
    criteria: dict[str, CriterionInfo] = {}
    labels: list[LabelCell] = []
    answers: list[AnswerCell] = []
    for r, row in enumerate(rows[1:], start=2):
        here = f"{where}: {HIDDEN_SHEET}!A{r}"
        kind = row[0] if row else None
        try:
            if kind == "meta":
                meta[_text(row, 1)] = _text(row, 2, empty=True)
            elif kind == "option":
                options[_text(row, 1)] = _text(row, 2)
            elif kind == "criterion":
                criteria[_text(row, 1)] = CriterionInfo(_text(row, 1), _text(row, 2), _text(row, 3),
                                                        _number(row, 4), _number(row, 5),
                                                        _text(row, 6, empty=True))
            elif kind == "label":
                labels.append(LabelCell(_sheet(row, 1), _cell(row, 2), _text(row, 3, empty=True)))
            elif kind == "answer":
                answer_kind = _text(row, 1)
                if answer_kind not in KINDS:
                    raise ValueError(f"unknown answer kind {answer_kind!r}")
                answers.append(AnswerCell(answer_kind, _sheet(row, 2), _cell(row, 3), _text(row, 4),
                                          _text(row, 5, empty=True), _number(row, 6), _number(row, 7)))
            elif kind is not None:
                raise ValueError(f"unknown row {kind!r}")
        except ValueError as exc:
            raise FileFormatError(f"{here}: the hidden record is damaged ({exc})") from None
    for name in ("participant", "key", "fingerprint"):
        if not meta.get(name):
            raise FileFormatError(f"{where}: the hidden record has no {name}")
    if not _HEX.match(meta["fingerprint"]) or not _HEX.match(meta["key"]) or len(meta["participant"]) > 100:
        raise FileFormatError(f"{where}: the hidden record is damaged (participant, key or version)")
    return SheetLayout(meta, options, criteria, tuple(labels), tuple(answers))


def _text(row: list[Any], i: int, *, empty: bool = False) -> str:
    value = row[i] if i < len(row) else None
    if value is None and empty:
        return ""
    if not isinstance(value, str) or (not value and not empty):
        raise ValueError(f"column {chr(65 + i)}: expected text, got {value!r}")
    return value


def _number(row: list[Any], i: int) -> float:
    value = row[i] if i < len(row) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"column {chr(65 + i)}: expected a number, got {value!r}")
    return float(value)


def _cell(row: list[Any], i: int) -> str:
    value = _text(row, i)
    if not _CELL.match(value):
        raise ValueError(f"column {chr(65 + i)}: {value!r} is not a cell reference")
    return value


def _sheet(row: list[Any], i: int) -> str:
    value = _text(row, i)
    if len(value) > 31:
        raise ValueError(f"column {chr(65 + i)}: sheet name longer than 31 characters")
    return value


__all__ = [
    "HIDDEN_SHEET",
    "MARKER",
    "AnswerCell",
    "CriterionInfo",
    "LabelCell",
    "SheetLayout",
    "parse_layout",
    "structure_fingerprint",
]
