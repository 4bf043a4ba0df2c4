"""Edit builders for the workforce part of a dialogue (issue 11).

Each returns one undoable :class:`~dialogue.model.Edit`. When an Impact criterion is fed by the
projected gap closed (a :class:`~dialogue.workforce.WorkforceLink`), every edit that changes the
baseline or an option's effects also rewrites that criterion's scale and scores in the same
edit, so that the ranking never disagrees with the projection and one undo restores both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from dialogue.model import Delete, Dialogue, Edit, Put, Step
from dialogue.values import Score
from dialogue.workforce import (
    BASELINE_KEY,
    LINK_KEY,
    OptionEffects,
    WorkforceLink,
    baseline_of,
    effects_of,
    gaps_closed_of,
    link_of,
    target_text,
)
from mcda.criteria import Criterion, Group
from mcda.errors import MCDAError
from mcda.workforce import Effect, WorkforceBaseline, check_effects, impact_criterion, impact_scale
from palabre.errors import ValidationError

GAP_CRITERION_ID = "gap_closed"
# The new criterion's words in the dialogue's language (they become content the user may edit).
_CRITERION_TEXT = {
    "en": ("Projected gap closed", "workers ({target}, gap closed by {year})",
           "Workers of {target} added against the need by {year}, from the stock-and-flow "
           "projection of each option's expected effects (central value; the low and high runs "
           "give the uncertainty range)."),
    "fr": ("Écart comblé projeté", "agents ({target}, écart comblé d’ici {year})",
           "Agents ({target}) ajoutés face au besoin d’ici {year}, selon la projection stocks-flux "
           "des effets attendus de chaque option (valeur centrale ; les projections basse et "
           "haute donnent la plage d’incertitude)."),
}


def _words(d: Dialogue, link: WorkforceLink, baseline: WorkforceBaseline, year: int) -> tuple[str, str, str]:
    """The criterion's name, unit and description for this target and year."""
    name, unit, description = _CRITERION_TEXT.get(d.info.language, _CRITERION_TEXT["en"])
    target = target_text(baseline, link, d.info.language)
    return name, unit.format(target=target, year=year), description.format(target=target, year=year)


def _linked_steps(d: Dialogue, link: WorkforceLink | None, baseline: WorkforceBaseline | None,
                  overrides: Mapping[str, Sequence[Effect]] | None = None,
                  criterion: Criterion | None = None) -> list[Step]:
    """The linked criterion's new scale and every option's score, for the state after an edit."""
    if link is None or not link.criterion or baseline is None or not d.options:
        return []
    gaps = gaps_closed_of(d, link, baseline=baseline, overrides=overrides)
    criterion = criterion or d.criteria[link.criterion]
    year = next(iter(gaps.values())).year
    scale = impact_scale(gaps.values(), unit=_words(d, link, baseline, year)[1])
    new = dataclasses.replace(criterion, scale=dataclasses.replace(
        criterion.scale, kind=scale.kind, low=scale.low, high=scale.high, unit=scale.unit,
        anchors=(), points=()))
    steps: list[Step] = [Put("criteria", new.id, new)]
    for oid, gap in gaps.items():
        value, low, high = (round(x, 1) for x in gap.as_score())
        steps.append(Put("scores", (oid, new.id), Score(value, min(low, value), max(high, value))))
    return steps


def _fits(baseline: WorkforceBaseline, effects: Sequence[Effect]) -> bool:
    try:
        check_effects(baseline, effects)
    except MCDAError:
        return False
    return True


def set_baseline(d: Dialogue, baseline: WorkforceBaseline | None, description: str = "") -> Edit:
    """Set (or, with None, remove) the workforce baseline.

    Effects that no longer fit the new baseline (on a cadre or area it lacks) are removed in
    the same edit, and so is the link when its cadres are gone; the description says so, and
    undo brings them back.
    """
    if baseline is not None and not isinstance(baseline, WorkforceBaseline):
        raise ValidationError(f"expected a workforce baseline, got {type(baseline).__name__}")
    steps: list[Step] = []
    dropped: list[str] = []
    overrides: dict[str, tuple[Effect, ...]] = {}
    for oid in d.keys("effects"):
        stored: OptionEffects = d.get("effects", oid)
        if baseline is None or not _fits(baseline, stored.effects):
            kept = () if baseline is None else tuple(e for e in stored.effects if _fits(baseline, (e,)))
            dropped += [d.options[oid].name] * (len(stored.effects) - len(kept))
            overrides[oid] = kept
            steps.append(Put("effects", oid, OptionEffects(oid, kept)) if kept else Delete("effects", oid))
    link = link_of(d)
    if link is not None and (baseline is None or not _link_fits(link, baseline)):
        # The cadres it counted are gone: the criterion keeps its scores, now plain ones.
        steps.append(Delete("workforce", LINK_KEY))
        link = None
    if baseline is None:
        if baseline_of(d) is not None:
            steps.append(Delete("workforce", BASELINE_KEY))
    else:
        steps.append(Put("workforce", BASELINE_KEY, baseline))
    steps += _linked_steps(d, link, baseline, overrides)
    text = description or ("Remove workforce baseline" if baseline is None else "Edit workforce baseline")
    if dropped:
        text += f" (and {len(dropped)} effect{'s' if len(dropped) > 1 else ''} on what it lacks)"
    return Edit(text, tuple(steps))


def _link_fits(link: WorkforceLink, baseline: WorkforceBaseline) -> bool:
    known = set(baseline.cadre_ids) | {n.id for n in baseline.combined}
    areas = {c.area for c in baseline.cadres}
    return all(t in known for t in link.target) and (link.area is None or link.area in areas)


def set_option_effects(d: Dialogue, option_id: str, effects: Sequence[Effect]) -> Edit:
    """Replace an option's expected effects (an empty list removes them)."""
    option = d.options.get(option_id)
    if option is None:
        raise ValidationError(f"there is no option with id {option_id!r}")
    effects = tuple(effects)
    baseline = baseline_of(d)
    if effects and baseline is None:
        raise ValidationError("add a workforce baseline before giving options effects")
    if effects:
        check_effects(baseline, effects, f"option {option.name!r}")  # type: ignore[arg-type]
    step: Step
    if effects:
        step = Put("effects", option_id, OptionEffects(option_id, effects))
    elif d.get("effects", option_id) is not None:
        step = Delete("effects", option_id)
    else:
        return Edit(f"Edit workforce effects of {option.name}", ())
    steps = [step, *_linked_steps(d, link_of(d), baseline, {option_id: effects})]
    return Edit(f"Edit workforce effects of {option.name}", tuple(steps))


def link_gap_closed(d: Dialogue, criterion_id: str | None = None, *, target: Sequence[str] | None = None,
                    area: str | None = None, measure: str | None = None, name: str = "") -> Edit:
    """Let the projected gap closed by each option become its score on an Impact criterion.

    With ``criterion_id`` None a new benefit criterion (natural scale, workers) is added and
    weighted 1 in every weight set; otherwise the existing criterion's scale becomes the gap
    closed in workers. The central gap closed is the score, the low and high runs its range
    (the uncertainty SMAA samples). ``target``, ``area`` and ``measure`` default to what the
    dialogue already counts (:func:`set_gap_target`).
    """
    old = link_of(d) or WorkforceLink()
    if target is None:
        target, area = old.target, old.area if area is None else area
    measure = measure or old.measure
    baseline = baseline_of(d)
    if baseline is None:
        raise ValidationError("add a workforce baseline before linking the gap closed to a criterion")
    if not any(effects_of(d).values()):
        raise ValidationError("no option has workforce effects yet: nothing would close a gap")
    if criterion_id is not None and criterion_id not in d.criteria:
        raise ValidationError(f"there is no criterion with id {criterion_id!r}")
    probe = WorkforceLink(criterion_id or GAP_CRITERION_ID, tuple(target), area or None, measure)
    if not _link_fits(probe, baseline):
        raise ValidationError("the gap closed counts a cadre or area the baseline does not have")
    steps: list[Step] = []
    criterion = d.criteria.get(criterion_id) if criterion_id else None
    if criterion is None:
        new_id = GAP_CRITERION_ID if GAP_CRITERION_ID not in d.criteria else d.new_id("criteria", "gap_closed_")
        gaps = gaps_closed_of(d, probe)
        default_name, _, description = _words(d, probe, baseline, next(iter(gaps.values())).year)
        criterion = dataclasses.replace(impact_criterion(gaps.values(), id=new_id, name=name or default_name),
                                        description=description)
        steps.append(Put("criteria", new_id, criterion))
        for ws in d.weight_sets.values():
            steps.append(Put("weight_sets", ws.id, ws.replace(weights={**ws.weights, new_id: 1.0})))
    elif criterion.group is not Group.IMPACT:
        raise ValidationError(f"{criterion.name!r} is a feasibility criterion; the gap closed is an impact")
    link = dataclasses.replace(probe, criterion=criterion.id)
    steps.append(Put("workforce", LINK_KEY, link))
    steps += _linked_steps(d, link, baseline, criterion=criterion)
    return Edit(f"Score {criterion.name} by the projected gap closed", tuple(steps))


def unlink_gap_closed(d: Dialogue) -> Edit:
    """Stop feeding the criterion from the projection (its scores stay, now editable by hand)."""
    link = link_of(d)
    if link is None or not link.criterion:
        raise ValidationError("no criterion is fed by the projected gap closed")
    return Edit("Stop scoring by the projected gap closed",
                (Put("workforce", LINK_KEY, dataclasses.replace(link, criterion="")),))


def set_gap_target(d: Dialogue, target: Sequence[str] = (), area: str | None = None,
                   measure: str = "shortage") -> Edit:
    """Choose what the gap closed counts (cadres, area, shortage or signed gap); a criterion
    fed by it is rescored in the same edit."""
    baseline = baseline_of(d)
    if baseline is None:
        raise ValidationError("add a workforce baseline before choosing what the gap closed counts")
    old = link_of(d)
    link = WorkforceLink(old.criterion if old else "", tuple(target), area or None, measure)
    if not _link_fits(link, baseline):
        raise ValidationError("the gap closed counts a cadre or area the baseline does not have")
    gaps_closed_of(d, link)  # refuses a target without a need before anything changes
    steps: list[Step] = [Put("workforce", LINK_KEY, link), *_linked_steps(d, link, baseline)]
    return Edit("Choose what the gap closed counts", tuple(steps))


def rename_area(d: Dialogue, old: str, new: str, description: str = "") -> Edit:
    """Rename an area everywhere in one edit: the population, the cadre rows and the transfers
    into it, the effects that target it, and what the gap closed counts."""
    baseline = baseline_of(d)
    if baseline is None:
        raise ValidationError("the dialogue has no workforce baseline")
    new = " ".join(new.split())
    areas = {p.area for p in baseline.population} | {c.area for c in baseline.cadres}
    if not old or old not in areas:
        raise ValidationError(f"there is no area {old!r} in the baseline")
    if not new:
        raise ValidationError("an area needs a name")
    if new != old and new in areas:
        raise ValidationError(f"there is already an area {new!r}")
    renamed = dataclasses.replace(
        baseline,
        population=tuple(dataclasses.replace(p, area=new) if p.area == old else p for p in baseline.population),
        cadres=tuple(dataclasses.replace(c, area=new if c.area == old else c.area,
                                         transfer_to=new if c.transfer_to == old else c.transfer_to)
                     for c in baseline.cadres))
    steps: list[Step] = [Put("workforce", BASELINE_KEY, renamed)]
    overrides: dict[str, tuple[Effect, ...]] = {}
    for oid, items in effects_of(d).items():
        moved = tuple(e.replace(area=new) if e.area == old else e for e in items)
        if moved != items:
            overrides[oid] = moved
            steps.append(Put("effects", oid, OptionEffects(oid, moved)))
    link = link_of(d)
    if link is not None and link.area == old:
        link = dataclasses.replace(link, area=new)
        steps.append(Put("workforce", LINK_KEY, link))
    steps += _linked_steps(d, link, renamed, overrides)
    return Edit(description or f"Rename area {old} to {new}", tuple(steps))


def workforce_cascade(d: Dialogue, option_ids: Sequence[str] = (), criterion_ids: Sequence[str] = ()
                      ) -> list[Step]:
    """What removing options or criteria takes with it: their effects, the link to a removed
    criterion (and, when options go, the linked criterion's rescaled scores)."""
    steps: list[Step] = [Delete("effects", oid) for oid in option_ids if d.get("effects", oid) is not None]
    link = link_of(d)
    if link is not None and link.criterion and link.criterion in criterion_ids:
        steps.append(Put("workforce", LINK_KEY, dataclasses.replace(link, criterion="")))
    return steps
