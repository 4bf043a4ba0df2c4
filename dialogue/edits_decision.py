"""Edit builders for the decision workspaces that :mod:`dialogue.edits` does not offer.

Several options at once (from the library), removals of several options with their cascade,
bundles, reordering criteria, presets of criteria, copying and renaming weight sets, weights from
an elicitation method, uncertainty ranges, and a block of scores pasted from a spreadsheet. Like
:mod:`dialogue.edits`, each builder validates against the dialogue, never touches it, and returns
one :class:`~dialogue.model.Edit` (one undo step) with its cascade included; bad input raises a
:class:`~palabre.errors.ValidationError` whose message names the option, criterion or cell.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence

from dialogue import edits
from dialogue.criteria_presets import preset
from dialogue.edits_workforce import workforce_cascade
from dialogue.model import Delete, Dialogue, Edit, Put, Step
from dialogue.values import Option, Score, WeightSet
from mcda.criteria import Criterion, Group
from palabre.errors import ValidationError

PRESET_MODES = ("replace", "add")


def _need(d: Dialogue, collection: str, key: str, what: str) -> None:
    if d.get(collection, key) is None:
        raise ValidationError(f"there is no {what} with id {key!r}")


def _slug(text: str, fallback: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40]
    return slug or fallback


def _fresh_id(taken: Iterable[str], base: str) -> str:
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


# ---------------------------------------------------------------- options
def add_options(d: Dialogue, options: Sequence[Option], index: int | None = None) -> Edit:
    """Add several options in one step (for example from the library), at ``index`` or the end."""
    if not options:
        raise ValidationError("choose at least one option to add")
    seen: set[str] = set()
    for o in options:
        if o.id in d.options or o.id in seen:
            raise ValidationError(f"an option with id {o.id!r} already exists")
        seen.add(o.id)
    steps = tuple(Put("options", o.id, o, None if index is None else index + k)
                  for k, o in enumerate(options))
    label = f"Add {options[0].name}" if len(options) == 1 else f"Add {len(options)} options"
    return Edit(label, steps)


def remove_options(d: Dialogue, option_ids: Iterable[str]) -> Edit:
    """Remove options with their scores and every stakeholder's position on them (one step)."""
    ids = list(dict.fromkeys(option_ids))
    if not ids:
        raise ValidationError("choose at least one option to remove")
    for oid in ids:
        _need(d, "options", oid, "option")
    gone = set(ids)
    steps: list[Step] = [Delete("scores", k) for k in d.scores if k[0] in gone]
    for s in d.stakeholders.values():
        touched = gone & set(s.positions)
        if touched:
            kept = s
            for oid in touched:
                kept = kept.with_position(oid, None)
            steps.append(Put("stakeholders", s.id, kept))
    steps += workforce_cascade(d, option_ids=ids)
    steps += [Delete("options", oid) for oid in ids]
    label = f"Remove {d.options[ids[0]].name}" if len(ids) == 1 else f"Remove {len(ids)} options"
    return Edit(label, tuple(steps))


def set_bundle(d: Dialogue, option_ids: Iterable[str], bundle: str) -> Edit:
    """Put options into a bundle (``""`` takes them out of any bundle)."""
    ids = list(dict.fromkeys(option_ids))
    if not ids:
        raise ValidationError("choose the options to bundle")
    for oid in ids:
        _need(d, "options", oid, "option")
    name = " ".join(bundle.split())
    steps = tuple(Put("options", oid, d.options[oid].replace(bundle=name))
                  for oid in ids if d.options[oid].bundle != name)
    what = d.options[ids[0]].name if len(ids) == 1 else f"{len(ids)} options"
    label = f"Bundle {what} as {name}" if name else f"Take {what} out of their bundle"
    return Edit(label, steps)


def rename_bundle(d: Dialogue, old: str, new: str) -> Edit:
    """Rename a bundle on every option in it."""
    members = [o for o in d.options.values() if o.bundle == old]
    if not old or not members:
        raise ValidationError(f"there is no bundle named {old!r}")
    name = " ".join(new.split())
    if not name:
        raise ValidationError("a bundle needs a name")
    return Edit(f"Rename bundle {old} to {name}",
                tuple(Put("options", o.id, o.replace(bundle=name)) for o in members))


def bundles(d: Dialogue) -> dict[str, list[str]]:
    """Bundle name -> ids of its options, in the order the bundles first appear."""
    out: dict[str, list[str]] = {}
    for o in d.options.values():
        if o.bundle:
            out.setdefault(o.bundle, []).append(o.id)
    return out


def new_option_id(d: Dialogue, name: str) -> str:
    """A fresh option id derived from a name."""
    return _fresh_id(d.options, _slug(name, "option"))


# ---------------------------------------------------------------- criteria
def move_criterion(d: Dialogue, criterion_id: str, index: int) -> Edit:
    """Move a criterion to another place in the list (its group does not change)."""
    _need(d, "criteria", criterion_id, "criterion")
    n = len(d.criteria)
    if not 0 <= index < n:
        raise ValidationError(f"a criterion can move to places 0 to {n - 1}, not {index}")
    c = d.criteria[criterion_id]
    return Edit(f"Move {c.name}", (Delete("criteria", criterion_id), Put("criteria", criterion_id, c, index)))


def step_criterion(d: Dialogue, criterion_id: str, delta: int) -> Edit:
    """Move a criterion up (``delta`` -1) or down (+1) among the criteria of its group."""
    _need(d, "criteria", criterion_id, "criterion")
    c = d.criteria[criterion_id]
    keys = list(d.criteria)
    same = [k for k in keys if d.criteria[k].group is c.group]
    pos = same.index(criterion_id)
    target = pos + delta
    if not 0 <= target < len(same):
        return Edit(f"Move {c.name}", ())
    return move_criterion(d, criterion_id, keys.index(same[target]))


def new_criterion_id(d: Dialogue, name: str) -> str:
    """A fresh criterion id derived from a name."""
    return _fresh_id(d.criteria, _slug(name, "criterion"))


def apply_preset(d: Dialogue, preset_id: str, lang: str | None = None, mode: str = "replace") -> Edit:
    """Start from a preset of criteria (:mod:`dialogue.criteria_presets`) in one step.

    ``replace`` removes the current criteria, with their scores, and puts the preset's in their
    place; ``add`` adds the preset's criteria after the current ones (ids made unique). Either way
    every weight set weighs each new criterion 1.
    """
    if mode not in PRESET_MODES:
        raise ValidationError(f"unknown preset mode {mode!r} (expected {' or '.join(PRESET_MODES)})")
    chosen = preset(preset_id)
    new = chosen.criteria(lang or d.info.language)
    steps: list[Step] = []
    if mode == "replace":
        steps += [Delete("scores", k) for k in d.scores]
        steps += workforce_cascade(d, criterion_ids=list(d.criteria))
        steps += [Delete("criteria", cid) for cid in d.criteria]
        kept: set[str] = set()
    else:
        kept = set(d.criteria)
        renamed = []
        for c in new:
            cid = _fresh_id(kept, c.id)
            kept.add(cid)
            renamed.append(c.replace(id=cid))
        new = renamed
    steps += [Put("criteria", c.id, c) for c in new]
    for ws in d.weight_sets.values():
        weights = {k: v for k, v in ws.weights.items() if k in kept} if mode == "replace" else dict(ws.weights)
        weights.update({c.id: 1.0 for c in new})
        steps.append(Put("weight_sets", ws.id, ws.replace(weights=weights)))
    verb = "Start from" if mode == "replace" else "Add criteria of"
    return Edit(f"{verb} {chosen.name(lang or d.info.language)}", tuple(steps))


def update_criterion_clearing(d: Dialogue, criterion: Criterion) -> Edit:
    """Replace a criterion and clear the scores that fall outside its new scale (one step)."""
    _need(d, "criteria", criterion.id, "criterion")
    steps: list[Step] = [
        Delete("scores", key) for key, s in d.scores.items()
        if key[1] == criterion.id and not all(
            criterion.scale.contains(v) for v in (s.value, s.low, s.high) if v is not None)
    ]
    steps.append(Put("criteria", criterion.id, criterion))
    return Edit(f"Edit {criterion.name}", tuple(steps))


def scores_outside(d: Dialogue, criterion: Criterion) -> int:
    """How many scores of a criterion would fall outside its scale if it became ``criterion``."""
    return sum(
        1 for key, s in d.scores.items()
        if key[1] == criterion.id and not all(
            criterion.scale.contains(v) for v in (s.value, s.low, s.high) if v is not None)
    )


# ---------------------------------------------------------------- weight sets
def new_weight_set(d: Dialogue, name: str, activate: bool = True) -> Edit:
    """A new perspective weighing every criterion equally, feasibility and impact half each."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("a perspective needs a name")
    wid = _fresh_id(d.weight_sets, _slug(name, "perspective"))
    ws = WeightSet(wid, name, dict.fromkeys(d.criteria, 1.0))
    return edits.add_weight_set(d, ws, activate)


def copy_weight_set(d: Dialogue, source_id: str, name: str, activate: bool = True) -> Edit:
    """A copy of a weight set under a new name (and id), made active by default."""
    _need(d, "weight_sets", source_id, "weight set")
    name = " ".join(name.split())
    if not name:
        raise ValidationError("a perspective needs a name")
    source = d.weight_sets[source_id]
    wid = _fresh_id(d.weight_sets, _slug(name, "perspective"))
    copy = WeightSet(wid, name, dict(source.weights), dict(source.group_weights), source.description)
    edit = edits.add_weight_set(d, copy, activate)
    return Edit(f"Copy {source.name} as {name}", edit.steps)


def rename_weight_set(d: Dialogue, weight_set_id: str, name: str) -> Edit:
    """Rename a weight set (its id, and so the file's references, stay)."""
    _need(d, "weight_sets", weight_set_id, "weight set")
    name = " ".join(name.split())
    if not name:
        raise ValidationError("a perspective needs a name")
    ws = d.weight_sets[weight_set_id]
    return Edit(f"Rename {ws.name} to {name}", (Put("weight_sets", ws.id, ws.replace(name=name)),))


def set_weights(
    d: Dialogue,
    weight_set_id: str,
    weights: Mapping[str, float],
    group_weights: Mapping[str, float] | None = None,
    label: str = "Set weights",
    merge_key: str = "",
) -> Edit:
    """Set several local weights (and optionally the group weights) of a weight set at once.

    Weights not named keep their value. The weights are points on any positive scale; they are
    rounded to 6 significant digits so that the file stays readable.
    """
    _need(d, "weight_sets", weight_set_id, "weight set")
    ws = d.weight_sets[weight_set_id]
    new = dict(ws.weights)
    for cid, w in weights.items():
        _need(d, "criteria", cid, "criterion")
        new[cid] = _points(w, f"weight of {d.criteria[cid].name!r}")
    groups = dict(ws.group_weights)
    if group_weights is not None:
        for g, w in group_weights.items():
            if g not in (Group.FEASIBILITY.value, Group.IMPACT.value):
                raise ValidationError(f"unknown group {g!r} (expected feasibility or impact)")
            groups[g] = _points(w, f"{g} weight")
    return Edit(label, (Put("weight_sets", ws.id, ws.replace(weights=new, group_weights=groups)),),
                merge_key)


def set_global_weights(d: Dialogue, weight_set_id: str, global_weights: Mapping[str, float],
                       label: str = "Set weights") -> Edit:
    """Set weights given over all criteria at once (for example from AHP on every criterion).

    Each group's weight becomes the sum of its criteria's weights and each criterion's local
    weight its own, so that the global weights (group x local, each level normalised) equal the
    given ones normalised. Every criterion must be named.
    """
    _need(d, "weight_sets", weight_set_id, "weight set")
    missing = [c.name for c in d.criteria.values() if c.id not in global_weights]
    if missing:
        raise ValidationError(f"no weight given for {', '.join(repr(m) for m in missing)}")
    totals = {g.value: 0.0 for g in Group}
    for cid, w in global_weights.items():
        _need(d, "criteria", cid, "criterion")
        totals[d.criteria[cid].group.value] += _points(w, f"weight of {d.criteria[cid].name!r}")
    if sum(totals.values()) <= 0:
        raise ValidationError("all weights are zero: give at least one criterion a positive weight")
    return set_weights(d, weight_set_id, global_weights, totals, label)


def _points(w: object, what: str) -> float:
    if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w):
        raise ValidationError(f"{what} must be a number, got {w!r}")
    if w < 0:
        raise ValidationError(f"{what} must not be negative, got {w:g}")
    return float(f"{w:.6g}")


# ---------------------------------------------------------------- scores
def set_uncertainty(d: Dialogue, option_id: str, criterion_id: str,
                    low: float | None, high: float | None) -> Edit:
    """Set (or clear, with None and None) the low-high range of a score, used by SMAA."""
    _need(d, "options", option_id, "option")
    _need(d, "criteria", criterion_id, "criterion")
    o, c = d.options[option_id], d.criteria[criterion_id]
    where = f"{o.name!r} on {c.name!r}"
    score = d.score(option_id, criterion_id)
    if score is None:
        raise ValidationError(f"{where} has no score yet: score it before giving a range")
    lo = score.value if low is None else low
    hi = score.value if high is None else high
    for label, v in (("low", lo), ("high", hi)):
        if not math.isfinite(v) or not c.scale.contains(v):
            raise ValidationError(f"{where}: the {label} end {v:g} is outside the scale "
                                  f"({c.scale.low:g} to {c.scale.high:g})")
    if not lo <= score.value <= hi:
        raise ValidationError(f"{where}: the range {lo:g} to {hi:g} must include the score "
                              f"{score.value:g}")
    # A range of a single point is no range: store the plain score.
    new = Score(score.value) if lo == hi == score.value else Score(score.value, lo, hi)
    return Edit(f"Uncertainty of {o.name} on {c.name}",
                (Put("scores", (option_id, criterion_id), new),))


_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_cell(text: str) -> float | None:
    """A pasted cell: a number (decimal point or comma), or None when blank.

    Raises
    ------
    ValueError
        When the text is not a number.
    """
    s = text.strip().replace("\u00a0", "").replace("\u202f", "")
    if not s:
        return None
    if not _NUMBER.match(s):
        raise ValueError(s)
    return float(s.replace(",", "."))


def paste_scores(d: Dialogue, row: int, column: int, block: Sequence[Sequence[str]]) -> Edit:
    """Scores pasted from a spreadsheet: ``block`` of text cells placed with its top-left cell at
    option ``row`` and criterion ``column`` (positions in the dialogue's order), as one step.

    Blank cells leave the score unchanged. A score's uncertainty range is kept while it still
    surrounds the new score. Nothing is set if any cell is wrong: the message names the first
    wrong cell by its row and column in the block and by option and criterion.
    """
    options, criteria = list(d.options), list(d.criteria)
    if not block or not any(block):
        raise ValidationError("there is nothing to paste")
    height, width = len(block), max(len(r) for r in block)
    if row < 0 or column < 0 or row + height > len(options) or column + width > len(criteria):
        raise ValidationError(
            f"the pasted block has {height} row{'s' * (height != 1)} and {width} "
            f"column{'s' * (width != 1)}, but from this cell the table has "
            f"{max(0, len(options) - row)} option{'s' * (len(options) - row != 1)} and "
            f"{max(0, len(criteria) - column)} "
            f"criteri{'a' if len(criteria) - column != 1 else 'on'} left"
        )
    steps: list[Step] = []
    for i, cells in enumerate(block):
        oid = options[row + i]
        for j, text in enumerate(cells):
            cid = criteria[column + j]
            o, c = d.options[oid], d.criteria[cid]
            where = f"row {i + 1}, column {j + 1} ({o.name!r} on {c.name!r})"
            try:
                value = parse_cell(text)
            except ValueError:
                raise ValidationError(f"{where}: {text.strip()!r} is not a number") from None
            if value is None:
                continue
            if not c.scale.contains(value):
                raise ValidationError(f"{where}: {value:g} is outside the scale "
                                      f"({c.scale.low:g} to {c.scale.high:g})")
            old = d.score(oid, cid)
            low = old.low if old is not None else None
            high = old.high if old is not None else None
            if (low is not None and low > value) or (high is not None and high < value):
                low = high = None
            new = Score(value, low, high)
            if old != new:
                steps.append(Put("scores", (oid, cid), new))
    n = height * width
    return Edit(f"Paste {n} score{'s' * (n != 1)}", tuple(steps))


def clear_scores(d: Dialogue, cells: Iterable[tuple[str, str]]) -> Edit:
    """Clear several scores at once (they become missing)."""
    keys = list(dict.fromkeys(cells))
    for oid, cid in keys:
        _need(d, "options", oid, "option")
        _need(d, "criteria", cid, "criterion")
    steps = tuple(Delete("scores", k) for k in keys if k in d.scores)
    n = len(steps)
    return Edit(f"Clear {n} score{'s' * (n != 1)}", steps)


__all__ = [
    "PRESET_MODES",
    "add_options",
    "apply_preset",
    "bundles",
    "clear_scores",
    "copy_weight_set",
    "move_criterion",
    "new_criterion_id",
    "new_option_id",
    "new_weight_set",
    "parse_cell",
    "paste_scores",
    "remove_options",
    "rename_bundle",
    "rename_weight_set",
    "scores_outside",
    "set_bundle",
    "set_global_weights",
    "set_uncertainty",
    "set_weights",
    "step_criterion",
    "update_criterion_clearing",
]
