"""What the decision workspaces share that is not in the document: the chosen ranking method.

The method is a way of looking at the dialogue, not part of it (switching it is not an edit and
is not undone); every decision workspace of one window follows the same choice. One state object
lives per document controller, as its child, so that it goes when the window goes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.controller import DocumentController
from mcda.ranking import METHODS
from mcda.scoring import BATCH_METHODS
from palabre.errors import ValidationError

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


class DecisionViewState(QObject):
    """The chosen method, with a signal when it changes.

    Signals
    -------
    method_changed(str)
        The new method's code (``wsm``, ``topsis``, ...).
    """

    method_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision_view_state")
        self._method = "wsm"

    @property
    def method(self) -> str:
        """The method every decision workspace ranks with."""
        return self._method

    def set_method(self, method: str) -> None:
        """Choose a method (one of :data:`mcda.ranking.METHODS`)."""
        if method not in METHODS:
            raise ValidationError(translate("Method", "unknown method {0} (expected {1})").format(
                repr(method), "|".join(METHODS)))
        if method != self._method:
            self._method = method
            self.method_changed.emit(method)

    @property
    def batch_method(self) -> str:
        """The method for sensitivity and SMAA: the chosen one, or the additive model for the
        ELECTRE methods, which give no score per option to vary or sample."""
        return self._method if self._method in BATCH_METHODS else "wsm"


def view_state(controller: DocumentController) -> DecisionViewState:
    """The one view state of a controller (created on first use)."""
    found = controller.findChild(DecisionViewState, "decision_view_state")
    if found is None:
        found = DecisionViewState(controller)
    return found


def method_label(method: str) -> str:
    """The method's name as the window shows it."""
    return {
        "wsm": translate("Method", "Additive value model (weighted sum)"),
        "wpm": translate("Method", "Weighted product model"),
        "topsis": translate("Method", "TOPSIS (closeness to the ideal)"),
        "vikor": translate("Method", "VIKOR (compromise)"),
        "electre1": translate("Method", "ELECTRE I (outranking kernel)"),
        "electre2": translate("Method", "ELECTRE II (outranking ranking)"),
        "promethee2": translate("Method", "PROMETHEE II (net flows)"),
    }[method]


def method_explanation(method: str) -> str:
    """One plain sentence on what the method does, for a manager."""
    return {
        "wsm": translate("Method", "Adds up each criterion's value (0 to 1) times its weight, so strengths "
                                   "on some criteria can make up for weaknesses on others."),
        "wpm": translate("Method", "Multiplies the scores raised to the power of their weights, so one very "
                                   "poor score pulls an option down more than in the additive model."),
        "topsis": translate("Method", "Ranks options by how close they come to an imaginary option that is "
                                      "best on every criterion, and how far they stay from one that is worst on all."),
        "vikor": translate("Method", "Seeks a compromise between the best overall score and the smallest "
                                     "worst-case regret on any single criterion; a lower Q is better."),
        "electre1": translate("Method", "Keeps the options that no other option clearly outranks (the "
                                        "kernel): it sorts the options into a short list rather than ranking them."),
        "electre2": translate("Method", "Ranks options by how often one beats another on enough weighted "
                                        "criteria without a severe loss on any of them."),
        "promethee2": translate("Method", "Compares options two by two on every criterion and ranks them "
                                          "by net flow: how much each is preferred to the others, minus the reverse."),
    }[method]


def score_label(method: str) -> str:
    """The heading of the figure a method ranks by."""
    return {
        "wsm": translate("Method", "Overall value"),
        "wpm": translate("Method", "Product score"),
        "topsis": translate("Method", "Closeness"),
        "vikor": translate("Method", "Q (lower is better)"),
        "electre1": translate("Method", "In the kernel"),
        "electre2": translate("Method", "Outranking level (1 is best)"),
        "promethee2": translate("Method", "Net flow"),
    }[method]
