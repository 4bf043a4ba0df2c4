"""Stakeholders and ties as tables: two CSV files, or one Excel workbook with two sheets.

The columns are documented for users in docs/user-guide/stakeholder-files.md. Import is
all-or-nothing: every row is checked, every problem is listed with its row and column, and
nothing is returned (so nothing can change) unless the whole table is sound. The result,
an :class:`ImportedMap`, changes nothing either until the caller applies :func:`import_edit`.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from dialogue import limits
from dialogue.atomic import write_atomic
from dialogue.model import Delete, Dialogue, Edit, Put, Step
from exports.safe_csv import csv_bytes, read_csv_rows
from exports.safe_xlsx import original_cell_text, read_sheet_rows, tables_workbook_bytes
from palabre.errors import FileFormatError, PalabreError, ValidationError
from stakeholder_map.model import (
    CATEGORY_LABELS,
    Category,
    Kind,
    Level,
    Position,
    Stakeholder,
    Tie,
    TieType,
    category_label,
    kind_label,
    level_label,
    tie_type_label,
)

STAKEHOLDER_COLUMNS = (
    "id", "name", "category", "level", "kind", "power", "interest", "resources", "leadership",
    "knowledge", "legitimacy", "urgency", "notes", "x", "y",
)
"""Columns of the stakeholders table, in the order Palabre writes them."""
POSITION_PREFIX = "position:"
"""``position:<option id>``: the stance -2..2 on that option; blank for unknown."""
CONFIDENCE_PREFIX = "confidence:"
"""``confidence:<option id>``: how sure the stance is, 0 to 1; blank when not stated."""
TIE_COLUMNS = ("id", "source", "target", "type", "strength", "directed", "notes")
"""Columns of the ties table, in the order Palabre writes them."""
STAKEHOLDERS_SHEET = "stakeholders"
TIES_SHEET = "ties"

ATTRIBUTES = ("category", "level", "kind", "power", "interest", "resources", "leadership",
              "knowledge", "legitimacy", "urgency", "notes", "x", "y")
"""Stakeholder attributes a file may leave out (the defaults of Stakeholder are used then)."""

_TRUE = {"true", "yes", "y", "1", "oui", "vrai", "x"}
_FALSE = {"false", "no", "n", "0", "non", "faux", ""}
MAX_PROBLEMS_SHOWN = 3


class _CellError(Exception):
    """One bad cell; collected, never raised to the caller."""


# ---------------------------------------------------------------- the result
@dataclass(frozen=True)
class ImportedMap:
    """Stakeholders and ties read from a file and fully validated, not yet applied.

    Attributes
    ----------
    stakeholders, ties:
        The validated values, in the file's order.
    missing:
        Per stakeholder id, the attributes the file did not give (defaults stand in for them;
        a ties table gives none). A quadrant needs power and interest, a salience class
        power, legitimacy and urgency: check with :meth:`has`.
    position_options:
        Option ids that had a position column (None: the file cannot hold positions).
    source:
        The file name, for messages and the undo label.
    """

    stakeholders: tuple[Stakeholder, ...]
    ties: tuple[Tie, ...]
    missing: Mapping[str, frozenset[str]] = field(default_factory=dict)
    position_options: frozenset[str] | None = None
    source: str = ""

    def has(self, stakeholder_id: str, *attributes: str) -> bool:
        """Whether the file gave all these attributes for this stakeholder."""
        gone = self.missing.get(stakeholder_id, frozenset())
        return not (set(attributes) & gone)

    def edit(self, d: Dialogue, *, replace: bool = False) -> Edit:
        """The edit that brings this map into a dialogue; see :func:`import_edit`."""
        return import_edit(d, self, replace=replace)


def import_edit(d: Dialogue, imported: ImportedMap, *, replace: bool = False) -> Edit:
    """One undoable edit that brings an imported map into a dialogue (the dialogue is untouched).

    Parameters
    ----------
    d:
        The dialogue.
    imported:
        A validated import.
    replace:
        True: the file's stakeholders and ties replace all of the dialogue's. False (merge): a
        stakeholder or tie whose id exists is updated, others are added; for an updated
        stakeholder, attributes and positions the file did not give are kept.

    Raises
    ------
    ValidationError
        If a position names an option the dialogue does not have, or (merge) a tie joins a
        stakeholder that is in neither the file nor the dialogue. Every problem is listed.
    """
    problems: list[str] = []
    ids = {s.id for s in imported.stakeholders}
    kept = set() if replace else set(d.stakeholders)
    for s in imported.stakeholders:
        for oid in s.positions:
            if oid not in d.options:
                problems.append(f"stakeholder {s.id!r}: the dialogue has no option {oid!r}")
    for t in imported.ties:
        for end in (t.source, t.target):
            if end not in ids and end not in kept:
                problems.append(f"tie {t.id!r}: unknown stakeholder {end!r}")
    if problems:
        raise ValidationError(_summary(imported.source or "the import", problems), problems)
    steps: list[Step] = []
    if replace:
        steps += [Delete("ties", tid) for tid in d.ties]
        steps += [Delete("stakeholders", sid) for sid in d.stakeholders]
    for s in imported.stakeholders:
        old = None if replace else d.stakeholders.get(s.id)
        steps.append(Put("stakeholders", s.id, _merged(old, s, imported)))
    for t in imported.ties:
        steps.append(Put("ties", t.id, t))
    what = imported.source or "a table"
    return Edit(f"Import stakeholders from {what}", tuple(steps))


def _merged(old: Stakeholder | None, new: Stakeholder, imported: ImportedMap) -> Stakeholder:
    if old is None:
        return new
    gone = imported.missing.get(new.id, frozenset())
    changes: dict[str, Any] = {a: getattr(old, a) for a in ATTRIBUTES if a in gone}
    covered = imported.position_options
    positions = dict(new.positions)
    for oid, pos in old.positions.items():
        if covered is None or oid not in covered:
            positions.setdefault(oid, pos)
    changes["positions"] = positions
    return new.replace(**changes)


# ---------------------------------------------------------------- reading cells
def _norm(text: str) -> str:
    return re.sub(r"[\s\-_/]+", "_", text.strip().lower()).strip("_")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return original_cell_text(str(value))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _integer(value: Any, low: int, high: int) -> int:
    expected = f"a whole number from {low} to {high}"
    if isinstance(value, bool):
        raise _CellError(f"expected {expected}, got {value!r}")
    if isinstance(value, int):
        n = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise _CellError(f"expected {expected}, got {value:g}")
        n = int(value)
    else:
        text = _text(value).strip()
        if not re.fullmatch(r"[+-]?\d{1,6}([.,]0+)?", text):
            raise _CellError(f"expected {expected}, got {text!r}")
        n = int(re.split(r"[.,]", text)[0])
    if not low <= n <= high:
        raise _CellError(f"expected {expected}, got {n}")
    return n


def _number(value: Any, low: float | None = None, high: float | None = None) -> float:
    if isinstance(value, bool):
        raise _CellError(f"expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        x = float(value)
    else:
        text = _text(value).strip()
        if re.fullmatch(r"[+-]?\d+,\d+", text):  # a decimal comma, as in French spreadsheets
            text = text.replace(",", ".")
        if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?", text):
            raise _CellError(f"expected a number, got {text!r}")
        x = float(text)
    if not math.isfinite(x):
        raise _CellError(f"expected a finite number, got {x}")
    if (low is not None and x < low) or (high is not None and x > high):
        raise _CellError(f"expected a number from {low:g} to {high:g}, got {x:g}")
    return x


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = _text(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _CellError(f"expected true or false (or yes/no), got {_text(value)!r}")


# The words a ministry's table may use for a value, in English or French ("Syndicat",
# "Régional", "Financement"), besides the value itself.
_LABELS: Mapping[type, Any] = {Category: category_label, Level: level_label, Kind: kind_label,
                               TieType: tie_type_label}


@functools.cache
def _names(enum: type[StrEnum], with_labels: bool) -> Mapping[str, StrEnum]:
    names: dict[str, StrEnum] = {}
    labels: Mapping[Any, str] = CATEGORY_LABELS if with_labels else {}
    label_of = _LABELS.get(enum)
    for member in enum:
        names[_norm(member.value)] = member
        if member in labels:
            names[_norm(labels[member])] = member
        if label_of is not None:
            for lang in ("en", "fr"):
                names.setdefault(_norm(label_of(member, lang)), member)
    return names


def _choice(value: Any, enum: type[StrEnum], with_labels: bool = False) -> StrEnum:
    text = _text(value).strip()
    norm = _norm(text)
    names = _names(enum, with_labels)
    if norm in names:
        return names[norm]
    allowed = ", ".join(m.value for m in enum)
    close = difflib.get_close_matches(norm, list(names), n=1, cutoff=0.6)
    if close:
        raise _CellError(f"unknown value {text!r}: did you mean {names[close[0]].value!r}?")
    raise _CellError(f"unknown value {text!r} (expected one of {allowed})")


def _id(value: Any) -> str:
    text = _text(value).strip()
    if not text:
        raise _CellError("the id is empty")
    if len(text) > limits.MAX_NAME_CHARS:
        raise _CellError(f"the id is {len(text)} characters long (at most {limits.MAX_NAME_CHARS})")
    return text


def _limited(value: Any, max_chars: int) -> str:
    text = _text(value)
    if len(text) > max_chars:
        raise _CellError(f"the text is {len(text):,} characters long (at most {max_chars:,})")
    return text


def _suggest(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


# ---------------------------------------------------------------- building values
def stakeholder_from_fields(
    fields: Mapping[str, Any],
    where: str,
    problems: list[str],
    known_options: Collection[str] | None = None,
) -> tuple[Stakeholder | None, frozenset[str]]:
    """A stakeholder from raw cell values keyed by column name, or None with problems noted.

    Shared by the table and graph-file importers. ``fields`` holds the columns of
    :data:`STAKEHOLDER_COLUMNS` that the source has (absent keys and blank cells mean "not
    given") and ``position:<option>`` / ``confidence:<option>`` entries. ``where`` prefixes each
    problem (``"stakeholders.csv row 4"``); problems are appended as ``"<where>, column
    <name>: <what>"``.

    Returns
    -------
    (Stakeholder or None, missing attributes)
    """
    before = len(problems)
    values: dict[str, Any] = {}
    missing: set[str] = set()

    def cell(column: str, convert: Any) -> None:
        raw = fields.get(column)
        if _blank(raw):
            missing.add(column)
            return
        try:
            values[column] = convert(raw)
        except _CellError as exc:
            problems.append(f"{where}, column {column!r}: {exc}")

    cell("id", _id)
    cell("name", lambda v: _limited(v, limits.MAX_NAME_CHARS).strip())
    if "name" in missing and "id" in values:
        values["name"] = values["id"]  # graph files from other tools often have no names
    cell("category", lambda v: _choice(v, Category, with_labels=True))
    cell("level", lambda v: _choice(v, Level))
    cell("kind", lambda v: _choice(v, Kind))
    for column in ("power", "interest", "resources", "leadership", "knowledge"):
        cell(column, lambda v: _integer(v, 1, 5))
    for column in ("legitimacy", "urgency"):
        cell(column, _flag)
    cell("notes", lambda v: _limited(v, limits.MAX_TEXT_CHARS))
    for column in ("x", "y"):
        cell(column, lambda v: _number(v, -1e9, 1e9))
    positions: dict[str, Position] = {}
    option_ids = [k[len(POSITION_PREFIX):] for k in fields if k.startswith(POSITION_PREFIX)]
    for oid in option_ids:
        if known_options is not None and oid not in known_options:
            continue  # reported once per column by the caller
        stance_raw = fields.get(POSITION_PREFIX + oid)
        conf_raw = fields.get(CONFIDENCE_PREFIX + oid)
        stance = conf = None
        try:
            stance = None if _blank(stance_raw) else _integer(stance_raw, -2, 2)
        except _CellError as exc:
            problems.append(f"{where}, column {POSITION_PREFIX + oid!r}: {exc}")
        try:
            if not _blank(conf_raw):
                if _blank(stance_raw):
                    raise _CellError("a confidence is given but the position is blank (unknown)")
                conf = _number(conf_raw, 0.0, 1.0)
        except _CellError as exc:
            problems.append(f"{where}, column {CONFIDENCE_PREFIX + oid!r}: {exc}")
        if stance is not None:
            positions[oid] = Position(stance, conf)
    if len(problems) > before or "id" not in values:
        if "id" in missing and len(problems) == before:
            problems.append(f"{where}, column 'id': the id is empty")
        return None, frozenset()
    try:
        s = Stakeholder(positions=positions, **values)
    except PalabreError as exc:
        problems.append(f"{where}: {exc}")
        return None, frozenset()
    missing.discard("name")
    missing.discard("id")
    return s, frozenset(missing & set(ATTRIBUTES))


def tie_from_fields(
    fields: Mapping[str, Any], where: str, problems: list[str], default_id: str
) -> Tie | None:
    """A tie from raw cell values keyed by column name (see :data:`TIE_COLUMNS`), or None.

    Blank cells take the defaults: a generated id, type collaboration, strength 2, undirected.
    """
    before = len(problems)
    values: dict[str, Any] = {}

    def cell(column: str, convert: Any, default: Any = None, required: bool = False) -> None:
        raw = fields.get(column)
        if _blank(raw):
            if required:
                problems.append(f"{where}, column {column!r}: empty, expected a stakeholder id")
            elif default is not None:
                values[column] = default
            return
        try:
            values[column] = convert(raw)
        except _CellError as exc:
            problems.append(f"{where}, column {column!r}: {exc}")

    cell("id", _id, default_id)
    cell("source", _id, required=True)
    cell("target", _id, required=True)
    cell("type", lambda v: _choice(v, TieType), TieType.COLLABORATION)
    cell("strength", lambda v: _integer(v, 1, 3), 2)
    cell("directed", _flag, False)
    cell("notes", lambda v: _limited(v, limits.MAX_TEXT_CHARS), "")
    if values.get("source") is not None and values.get("source") == values.get("target"):
        problems.append(f"{where}: a stakeholder cannot be tied to itself ({values['source']!r})")
    if len(problems) > before:
        return None
    try:
        return Tie(**values)
    except PalabreError as exc:
        problems.append(f"{where}: {exc}")
        return None


def check_ties(
    ties: Sequence[tuple[str, Tie]],
    known: Collection[str],
    problems: list[str],
    generated_ids: Collection[str] = (),
) -> None:
    """Refuse ties to unknown stakeholders, duplicate tie ids and repeated rows.

    ``ties`` pairs each tie with where it came from (``"ties.csv row 5"``). A tie that joins the
    same two stakeholders with the same type and direction as an earlier one is refused only
    when its id was generated (the table had none): then it is almost surely a row typed
    twice. Ties with ids of their own are kept, as the document allows them.
    """
    seen_ids: dict[str, str] = {}
    seen_links: dict[tuple[Any, ...], str] = {}
    for where, t in ties:
        for column, end in (("source", t.source), ("target", t.target)):
            if end not in known:
                problems.append(
                    f"{where}, column {column!r}: unknown stakeholder {end!r}{_suggest(end, known)}"
                )
        if t.id in seen_ids:
            problems.append(f"{where}, column 'id': tie id {t.id!r} is already used by "
                            f"{seen_ids[t.id]}")
        else:
            seen_ids[t.id] = where
        ends = (t.source, t.target) if t.directed else tuple(sorted((t.source, t.target)))
        link = (*ends, t.type.value, t.directed)
        if link in seen_links and t.id in generated_ids:
            problems.append(f"{where}: repeats the {t.type.value} tie of {seen_links[link]}")
        else:
            seen_links[link] = where


def _summary(source: str, problems: list[str]) -> str:
    shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    tail = f"; and {more} more" if more > 0 else ""
    noun = "problem" if len(problems) == 1 else "problems"
    return f"{source}: {len(problems)} {noun}, nothing was imported: {shown}{tail}"


def _refuse(source: str, problems: list[str]) -> FileFormatError:
    return FileFormatError(_summary(source, problems), problems)


# ---------------------------------------------------------------- tables
def _header(row: Sequence[Any], table: str, allowed: Collection[str], problems: list[str],
            allow_positions: bool) -> list[str]:
    names = [_text(c).strip() for c in row]
    seen: set[str] = set()
    out = []
    for i, raw in enumerate(names, start=1):
        # Column names are case-insensitive; the option id after "position:" is kept as written.
        head, colon, rest = raw.partition(":")
        name = head.strip().lower() + (colon + rest.strip() if colon else "")
        if not name:
            out.append("")
            continue
        is_position = allow_positions and name.startswith((POSITION_PREFIX, CONFIDENCE_PREFIX))
        if is_position and not name.split(":", 1)[1]:
            problems.append(f"{table} row 1, column {i}: {raw!r} names no option")
        elif not is_position and name not in allowed:
            problems.append(f"{table} row 1, column {i}: unknown column {raw!r}"
                            f"{_suggest(name, allowed)}")
        if name in seen:
            problems.append(f"{table} row 1, column {i}: column {raw!r} appears twice")
        seen.add(name)
        out.append(name)
    return out


def _records(
    rows: Sequence[Sequence[Any]], header: list[str]
) -> Iterable[tuple[int, dict[str, Any]]]:
    for number, row in enumerate(rows[1:], start=2):
        if not row or all(_blank(v) for v in row):
            continue
        fields = {name: (row[i] if i < len(row) else None)
                  for i, name in enumerate(header) if name}
        yield number, fields


def _first_row(rows: Sequence[Sequence[Any]], table: str) -> int:
    for i, row in enumerate(rows):
        if row and not all(_blank(v) for v in row):
            return i
    raise FileFormatError(f"{table} is empty: expected a header row and at least one row")


def parse_tables(
    stakeholder_rows: Sequence[Sequence[Any]] | None,
    tie_rows: Sequence[Sequence[Any]] | None,
    *,
    stakeholders_name: str = "stakeholders",
    ties_name: str = "ties",
    known_options: Collection[str] | None = None,
    known_stakeholders: Collection[str] = (),
    source: str = "",
) -> ImportedMap:
    """Validate table rows (header first) into an :class:`ImportedMap`, all or nothing.

    Parameters
    ----------
    stakeholder_rows:
        The stakeholders table; None for a ties table alone, whose stakeholders are then the
        ids it names (or ``known_stakeholders`` when given) with every attribute missing.
    tie_rows:
        The ties table, or None.
    stakeholders_name, ties_name:
        How messages name the two tables (a file or sheet name).
    known_options:
        Option ids of the dialogue the table is for; a position column for another option is a
        problem. None accepts any option id.
    known_stakeholders:
        Stakeholders already in the dialogue, which ties may also name.

    Raises
    ------
    FileFormatError
        Listing every problem (``problems``), each with its table, row and column.
    """
    problems: list[str] = []
    stakeholders: list[Stakeholder] = []
    missing: dict[str, frozenset[str]] = {}
    position_options: frozenset[str] | None = None
    named_ids: set[str] = set()  # every id in the stakeholders table, valid row or not
    if stakeholder_rows is not None:
        start = _first_row(stakeholder_rows, stakeholders_name)
        rows = stakeholder_rows[start:]
        header = _header(rows[0], stakeholders_name, STAKEHOLDER_COLUMNS, problems, True)
        for required in ("id", "name"):
            if required not in header:
                problems.append(f"{stakeholders_name}: the column {required!r} is missing")
        options = [h[len(POSITION_PREFIX):] for h in header if h.startswith(POSITION_PREFIX)]
        for h in header:
            partner = POSITION_PREFIX + h.partition(":")[2]
            if h.startswith(CONFIDENCE_PREFIX) and partner not in header:
                problems.append(f"{stakeholders_name} row 1: column {h!r} has no matching "
                                f"{partner!r} column")
        if known_options is not None:
            for oid in options:
                if oid not in known_options:
                    problems.append(f"{stakeholders_name} row 1, column "
                                    f"{POSITION_PREFIX + oid!r}: the dialogue has no option "
                                    f"{oid!r}{_suggest(oid, known_options)}")
        position_options = frozenset(options)
        # Rows are checked even when the header has problems, so that every problem is listed;
        # unknown columns are simply not read.
        usable = [h if h in STAKEHOLDER_COLUMNS or h.startswith(
            (POSITION_PREFIX, CONFIDENCE_PREFIX)) else "" for h in header]
        seen: dict[str, int] = {}
        count = 0
        for number, fields in _records(rows, usable):
            count += 1
            if count > limits.MAX_STAKEHOLDERS:
                problems.append(f"{stakeholders_name}: more than "
                                f"{limits.MAX_STAKEHOLDERS:,} stakeholders")
                break
            where = f"{stakeholders_name} row {number + start}"
            raw_id = "" if _blank(fields.get("id")) else _text(fields["id"]).strip()
            if raw_id in seen:
                problems.append(f"{where}, column 'id': duplicate id {raw_id!r} "
                                f"(also on row {seen[raw_id]})")
                continue
            if raw_id:
                seen[raw_id] = number + start
            item, gone = stakeholder_from_fields(fields, where, problems, known_options)
            if item is not None:
                stakeholders.append(item)
                missing[item.id] = gone
        named_ids.update(seen)
        if count == 0:
            problems.append(f"{stakeholders_name} has a header but no stakeholder")
    ties: list[tuple[str, Tie]] = []
    generated_ids: set[str] = set()
    if tie_rows is not None:
        start = _first_row(tie_rows, ties_name)
        rows = tie_rows[start:]
        header_problems: list[str] = []
        header = _header(rows[0], ties_name, TIE_COLUMNS, header_problems, False)
        for required in ("source", "target"):
            if required not in header:
                header_problems.append(f"{ties_name}: the column {required!r} is missing")
        problems += header_problems
        if not header_problems:
            records = list(_records(rows, header))
            taken = {_text(f["id"]).strip() for _, f in records if not _blank(f.get("id"))}
            generated = 0
            for number, fields in records:
                if len(ties) >= limits.MAX_TIES:
                    problems.append(f"{ties_name}: more than {limits.MAX_TIES:,} ties")
                    break
                default = ""
                if _blank(fields.get("id")):
                    generated += 1
                    default = f"t{generated}"
                    while default in taken:
                        generated += 1
                        default = f"t{generated}"
                    taken.add(default)
                    generated_ids.add(default)
                where = f"{ties_name} row {number + start}"
                t = tie_from_fields(fields, where, problems, default or "t")
                if t is not None:
                    ties.append((where, t))
    if stakeholder_rows is None and tie_rows is not None and not known_stakeholders:
        # A ties table alone: its stakeholders are the ids it names.
        for _, t in ties:
            for end in (t.source, t.target):
                if end not in missing:
                    stakeholders.append(Stakeholder(end, end))
                    missing[end] = frozenset(ATTRIBUTES)
    known_ids = {s.id for s in stakeholders} | named_ids | set(known_stakeholders)
    check_ties(ties, known_ids, problems, generated_ids if tie_rows is not None else ())
    if problems:
        raise _refuse(source or stakeholders_name, problems)
    return ImportedMap(
        stakeholders=tuple(stakeholders),
        ties=tuple(t for _, t in ties),
        missing=MappingProxyType(missing),
        position_options=position_options,
        source=source,
    )


# ---------------------------------------------------------------- files
def read_map_csv(
    stakeholders_path: str | Path | None,
    ties_path: str | Path | None = None,
    *,
    encoding: str | None = None,
    known_options: Collection[str] | None = None,
    known_stakeholders: Collection[str] = (),
) -> ImportedMap:
    """Read a stakeholders CSV and/or a ties CSV (see :func:`parse_tables`).

    Raises
    ------
    FileFormatError
        For an unreadable file (:class:`~exports.safe_csv.NotUtf8Error` when it is not UTF-8 and
        no encoding is confirmed) or any problem in the tables, all listed.
    """
    if stakeholders_path is None and ties_path is None:
        raise FileFormatError("no table to read")
    s_rows = None if stakeholders_path is None else read_csv_rows(
        stakeholders_path, encoding, keep_blank_rows=True)
    t_rows = None if ties_path is None else read_csv_rows(ties_path, encoding, keep_blank_rows=True)
    names = [Path(p).name for p in (stakeholders_path, ties_path) if p is not None]
    return parse_tables(
        s_rows, t_rows,
        stakeholders_name=Path(stakeholders_path).name if stakeholders_path else "stakeholders",
        ties_name=Path(ties_path).name if ties_path else "ties",
        known_options=known_options, known_stakeholders=known_stakeholders,
        source=" and ".join(names),
    )


def read_ties_csv(path: str | Path, *, encoding: str | None = None,
                  known_stakeholders: Collection[str] = ()) -> ImportedMap:
    """Read a ties table alone (``source,target[,type,strength,directed,...]``).

    Without ``known_stakeholders`` the stakeholders are the ids the table names, with every
    attribute missing (so no quadrant or salience can be computed for them).
    """
    return read_map_csv(None, path, encoding=encoding, known_stakeholders=known_stakeholders)


def read_map_xlsx(
    path: str | Path,
    *,
    known_options: Collection[str] | None = None,
    known_stakeholders: Collection[str] = (),
) -> ImportedMap:
    """Read a workbook with the sheets ``stakeholders`` and ``ties`` (the ties sheet is optional).

    The workbook passes :func:`~exports.safe_xlsx.check_xlsx` first (zip bomb, XML entities);
    a formula anywhere in the two sheets is refused.
    """
    p = Path(path)
    s_rows = read_sheet_rows(p, STAKEHOLDERS_SHEET)
    try:
        t_rows: list[list[Any]] | None = read_sheet_rows(p, TIES_SHEET)
    except FileFormatError as exc:
        if "has no sheet" not in exc.message:
            raise
        t_rows = None
    return parse_tables(
        s_rows, t_rows,
        stakeholders_name=f"{p.name} sheet {STAKEHOLDERS_SHEET!r}",
        ties_name=f"{p.name} sheet {TIES_SHEET!r}",
        known_options=known_options, known_stakeholders=known_stakeholders, source=p.name,
    )


def _options_of(stakeholders: Sequence[Stakeholder], option_ids: Sequence[str] | None) -> list[str]:
    if option_ids is not None:
        return list(option_ids)
    return list(dict.fromkeys(oid for s in stakeholders for oid in s.positions))


def stakeholder_table(
    stakeholders: Iterable[Stakeholder], option_ids: Sequence[str] | None = None
) -> list[list[Any]]:
    """The stakeholders table, header first; values as Python numbers, booleans and text.

    ``option_ids`` orders the position columns (default: every option with a position, in the
    order first met).
    """
    items = list(stakeholders)
    options = _options_of(items, option_ids)
    header: list[Any] = list(STAKEHOLDER_COLUMNS)
    for oid in options:
        header += [POSITION_PREFIX + oid, CONFIDENCE_PREFIX + oid]
    rows = [header]
    for s in items:
        row: list[Any] = [s.id, s.name, s.category.value, s.level.value, s.kind.value, s.power,
                          s.interest, s.resources, s.leadership, s.knowledge, s.legitimacy,
                          s.urgency, s.notes, s.x, s.y]
        for oid in options:
            pos = s.positions.get(oid)
            row += [None, None] if pos is None else [pos.stance, pos.confidence]
        rows.append(row)
    return rows


def tie_table(ties: Iterable[Tie]) -> list[list[Any]]:
    """The ties table, header first."""
    rows: list[list[Any]] = [list(TIE_COLUMNS)]
    for t in ties:
        rows.append([t.id, t.source, t.target, t.type.value, t.strength, t.directed, t.notes])
    return rows


def write_map_csv(
    stakeholders: Iterable[Stakeholder],
    ties: Iterable[Tie],
    stakeholders_path: str | Path,
    ties_path: str | Path,
    *,
    option_ids: Sequence[str] | None = None,
    separator: str = ",",
) -> None:
    """Write the two CSV files (UTF-8 with BOM, formula-like text neutralised, atomically)."""
    write_atomic(stakeholders_path, csv_bytes(stakeholder_table(stakeholders, option_ids),
                                              separator=separator), keep_backup=False)
    write_atomic(ties_path, csv_bytes(tie_table(ties), separator=separator), keep_backup=False)


def map_workbook_bytes(
    stakeholders: Iterable[Stakeholder],
    ties: Iterable[Tie],
    *,
    option_ids: Sequence[str] | None = None,
) -> bytes:
    """The workbook (sheets ``stakeholders`` and ``ties``) as bytes.

    Text goes through :func:`~exports.safe_xlsx.write_text_cell`: stored as a string, never a
    formula, exactly as written.
    """
    return tables_workbook_bytes([(STAKEHOLDERS_SHEET, stakeholder_table(stakeholders, option_ids)),
                                  (TIES_SHEET, tie_table(ties))])


def write_map_xlsx(
    stakeholders: Iterable[Stakeholder],
    ties: Iterable[Tie],
    path: str | Path,
    *,
    option_ids: Sequence[str] | None = None,
) -> None:
    """Write the workbook atomically (see :func:`map_workbook_bytes`)."""
    write_atomic(path, map_workbook_bytes(stakeholders, ties, option_ids=option_ids),
                 keep_backup=False)
