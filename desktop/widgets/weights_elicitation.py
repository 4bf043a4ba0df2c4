"""What the weight elicitation dialogs share: which criteria they weigh, and how the result goes
into the active perspective as one undo step.

A dialog weighs the criteria of one group (their weights within the group) or every criterion at
once (then the group weights become the sums of their criteria's weights, so the global weights
are exactly the elicited ones; see :func:`dialogue.edits_decision.set_global_weights`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from dialogue import edits_decision
from mcda.criteria import Criterion, Group
from mcda.weights import global_weights
from palabre.errors import PalabreError

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


SCOPES = ("feasibility", "impact", "all")


def scope_label(scope: str) -> str:
    """How a scope reads in the dialogs."""
    return {"feasibility": translate("Elicitation", "Feasibility criteria (weights within the group)"),
            "impact": translate("Elicitation", "Impact criteria (weights within the group)"),
            "all": translate("Elicitation", "All criteria (sets the group weights too)")}[scope]


def scope_criteria(controller: DocumentController, scope: str) -> list[Criterion]:
    """The criteria a scope covers, in the document's order."""
    criteria = list(controller.dialogue.criteria.values())
    if scope == "all":
        return criteria
    return [c for c in criteria if c.group is Group(scope)]


def current_weights(controller: DocumentController, scope: str) -> dict[str, float]:
    """The active perspective's weights of a scope, summing to 1 (equal when all are zero)."""
    d = controller.dialogue
    criteria = scope_criteria(controller, scope)
    ws = d.active_weight_set
    if scope == "all":
        try:
            w = global_weights(d.criteria.values(), ws.weights, ws.group_weights)
        except PalabreError:
            w = {}
        raw = {c.id: w.get(c.id, 0.0) for c in criteria}
    else:
        raw = {c.id: float(ws.weights.get(c.id, 0.0)) for c in criteria}
    total = sum(raw.values())
    if total <= 0:
        return {c.id: 1.0 / len(criteria) for c in criteria} if criteria else {}
    return {k: v / total for k, v in raw.items()}


def apply_weights(controller: DocumentController, scope: str, weights: dict[str, float], label: str) -> bool:
    """Put elicited weights (summing to 1) into the active perspective as one undo step.

    They are stored as points out of 100. Returns False (and the window says why) if refused.
    """
    d = controller.dialogue
    wid = d.active_weight_set.id
    points = {cid: round(100.0 * w, 4) for cid, w in weights.items()}
    try:
        if scope == "all":
            edit = edits_decision.set_global_weights(d, wid, points, label)
        else:
            edit = edits_decision.set_weights(d, wid, points, None, label)
    except PalabreError as exc:
        controller.refused.emit(core_message(exc.message))
        return False
    return controller.push(edit)


def scope_combo(controller: DocumentController) -> QComboBox:
    """A combo box of the scopes that have at least two criteria (group scopes first)."""
    combo = QComboBox()
    for scope in SCOPES:
        if len(scope_criteria(controller, scope)) >= 2:
            combo.addItem(scope_label(scope), scope)
    return combo
