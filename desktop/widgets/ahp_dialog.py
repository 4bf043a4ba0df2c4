"""AHP pairwise comparison: judge the criteria two by two on Saaty's scale and see the weights,
the consistency ratio and the most inconsistent judgement, with the value that would agree with
the others, as you go (Saaty 1980; Saaty 2003; the numbers come from :func:`mcda.ahp.ahp`)."""

from __future__ import annotations

from html import escape

import numpy as np
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message, general, number, percent
from desktop.models.ahp_matrix import SAATY, AHPMatrixModel, judgement_text, judgement_words, nearest_saaty
from desktop.widgets.results_style import GOOD, MUTED, WARN
from desktop.widgets.weights_elicitation import apply_weights, current_weights, scope_combo, scope_criteria
from mcda.ahp import CR_THRESHOLD, AHPResult, ahp
from mcda.errors import MCDAError


def saaty_combo() -> QComboBox:
    """A combo box of Saaty's 17 values with their words."""
    combo = QComboBox()
    for v in SAATY:
        combo.addItem(f"{judgement_text(v)}  —  {judgement_words(v)}", v)
    return combo


class _SaatyDelegate(QStyledItemDelegate):
    """Edits a cell with the Saaty combo box; choosing a value commits it at once."""

    def createEditor(self, parent: QWidget, option: object, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = saaty_combo()
        combo.setParent(parent)
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        v = float(index.data(Qt.ItemDataRole.UserRole))
        editor.setCurrentIndex(SAATY.index(nearest_saaty(v)))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class AHPDialog(QDialog):
    """Matrix of judgements on the left; weights and consistency on the right, live."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Pairwise comparison (AHP) — {0}").format(
            controller.dialogue.active_weight_set.name))
        self.resize(1180, 680)
        self.result: AHPResult | None = None
        self.ids: list[str] = []
        self.scope = scope_combo(controller)
        self.scope.currentIndexChanged.connect(lambda _i: self._fill())
        intro = QLabel(self.tr(
            "For each pair: how much more important is the criterion of the <b>row</b> than that of "
            "the <b>column</b>? 1 equally, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; "
            "fractions (1/3, 1/5…) when it is less important. Select a cell and choose below, or "
            "double-click it. The mirror cell follows."))
        intro.setWordWrap(True)

        self.model = AHPMatrixModel([])
        self.model.judgements_changed.connect(self._update)
        self.model.refused.connect(self._refused)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(_SaatyDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_question(cur))

        self.question = QLabel()
        self.question.setWordWrap(True)
        self.choice = saaty_combo()
        self.choice.activated.connect(self._chosen)
        ask = QGroupBox(self.tr("Judgement"))
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(self.question)
        ask_layout.addWidget(self.choice)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(ask)

        self.weights_table = QTableWidget(0, 2)
        self.weights_table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight")])
        self.weights_table.verticalHeader().setVisible(False)
        self.weights_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weights_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.weights_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.consistency = QLabel()
        self.consistency.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setStyleSheet(f"color: {MUTED};")
        self.figures.setWordWrap(True)
        self.worst = QLabel()
        self.worst.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Use the suggested value"))
        self.fix_button.clicked.connect(self.apply_suggestion)
        self.suggestion: tuple[int, int, float] | None = None
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Weights</b> (principal eigenvector)")))
        right_layout.addWidget(self.weights_table, 1)
        right_layout.addWidget(self.consistency)
        right_layout.addWidget(self.figures)
        right_layout.addWidget(self.worst)
        right_layout.addWidget(self.fix_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])

        start = QPushButton(self.tr("Start from the current weights"))
        start.setToolTip(self.tr("Fill every cell with the ratio of the current weights, rounded to Saaty's scale"))
        start.clicked.connect(self.start_from_current)
        reset = QPushButton(self.tr("All equal"))
        reset.clicked.connect(lambda: self.model.reset(self.model.names))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these weights"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(start)
        bottom.addWidget(reset)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Compare:")), 0, 0)
        top.addWidget(self.scope, 0, 1)
        top.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._fill()

    @property
    def scope_key(self) -> str:
        """The chosen scope (feasibility, impact or all)."""
        return self.scope.currentData() or "all"

    def _fill(self) -> None:
        criteria = scope_criteria(self.controller, self.scope_key)
        self.ids = [c.id for c in criteria]
        self.model.reset([c.name for c in criteria])
        if len(self.ids) > 1:
            self.select(0, 1)

    # ------------------------------------------------------------------ judgements
    def select(self, row: int, column: int) -> None:
        """Select a cell (and show its question)."""
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_question(index)

    def set_judgement(self, row_id: str, column_id: str, value: float | str) -> bool:
        """How much more important ``row_id`` is than ``column_id`` (what choosing in a cell does)."""
        return self.model.setData(self.model.index(self.ids.index(row_id), self.ids.index(column_id)), value)

    def _show_question(self, index: QModelIndex) -> None:
        i, j = index.row(), index.column()
        if not index.isValid() or i == j:
            self.question.setText(self.tr("Select a cell off the diagonal."))
            self.choice.setEnabled(False)
            return
        names = self.model.names
        self.question.setText(self.tr("How much more important is <b>{0}</b> than <b>{1}</b>?").format(
            escape(names[i]), escape(names[j])))
        self.choice.setEnabled(True)
        self.choice.setCurrentIndex(SAATY.index(nearest_saaty(float(self.model.matrix[i, j]))))

    def _chosen(self, _index: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and current.row() != current.column():
            self.model.setData(current, self.choice.currentData())

    def start_from_current(self) -> None:
        """Fill the matrix with the ratios of the current weights, rounded to Saaty's scale."""
        w = current_weights(self.controller, self.scope_key)
        vec = np.array([max(w.get(cid, 0.0), 1e-9) for cid in self.ids])
        ratios = vec[:, None] / vec[None, :]
        snapped = np.vectorize(nearest_saaty)(np.clip(ratios, 1 / 9, 9))
        upper = np.triu(snapped, 1)
        self.model.reset(self.model.names, upper + np.triu(1.0 / snapped, 1).T + np.eye(len(self.ids)))

    # ------------------------------------------------------------------ results
    def _update(self) -> None:
        self._show_question(self.table.currentIndex())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        names = self.model.names
        try:
            self.result = ahp(self.model.matrix, self.ids) if len(names) >= 2 else None
        except MCDAError as exc:
            self.result = None
            self.consistency.setText(f"<span style='color:{WARN}'>{escape(core_message(exc.message))}</span>")
        r = self.result
        ok.setEnabled(r is not None)
        self.weights_table.setRowCount(len(names))
        for k, (cid, name) in enumerate(zip(self.ids, names, strict=True)):
            w = r.weights[cid] if r is not None else float("nan")
            for col, text in enumerate((name, percent(w, 1) if r is not None else "–")):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.weights_table.setItem(k, col, item)
        self.suggestion = None
        self.fix_button.setEnabled(False)
        if r is None:
            self.figures.setText("")
            self.worst.setText("")
            self.model.set_highlight(None)
            return
        if r.consistent:
            verdict = self.tr("Consistency ratio CR = {0}: acceptable (at most {1})").format(
                number(r.consistency_ratio, 3), number(CR_THRESHOLD))
            colour = GOOD
        else:
            verdict = self.tr("Consistency ratio CR = {0}: too inconsistent (above {1}); "
                              "revisit the highlighted judgement").format(number(r.consistency_ratio, 3),
                                                                          number(CR_THRESHOLD))
            colour = WARN
        self.consistency.setText(f"<b style='color:{colour}'>{escape(verdict)}</b>")
        self.figures.setText(self.tr("λmax = {0}, CI = (λmax − n)/(n − 1) = {1}, random index "
                                     "RI({2}) = {3} (Saaty 1980)").format(
            number(r.lambda_max, 3), number(r.consistency_index, 3), len(names), number(r.random_index)))
        j = r.most_inconsistent
        if j is None:
            self.worst.setText(self.tr("Every judgement agrees with the weights."))
            self.model.set_highlight(None)
            return
        i, k = self.ids.index(j.row), self.ids.index(j.column)
        better = nearest_saaty(j.consistent_value)
        if better == nearest_saaty(j.value):
            # Already the nearest scale value: suggest one step towards the consistent value.
            step = SAATY.index(better) + (-1 if j.consistent_value > j.value else 1)
            better = SAATY[min(max(step, 0), len(SAATY) - 1)]
        self.suggestion = (i, k, better)
        self.model.set_highlight((i, k))
        self.worst.setText(self.tr(
            "Most inconsistent judgement (highlighted): <b>{0}</b> against <b>{1}</b>. You said "
            "{2}; the other judgements imply about {3}. Try <b>{4}</b>.").format(
            escape(names[i]), escape(names[k]), judgement_text(j.value), general(j.consistent_value, 2),
            judgement_text(better)))
        self.fix_button.setEnabled(better != j.value)

    def apply_suggestion(self) -> None:
        """Put the suggested value into the most inconsistent cell."""
        if self.suggestion is not None:
            i, k, v = self.suggestion
            self.model.setData(self.model.index(i, k), v)
            self.select(i, k)

    def _refused(self, message: str) -> None:
        self.consistency.setText(f"<span style='color:{WARN}'>{escape(message)}</span>")

    def accept(self) -> None:
        """Put the weights into the active perspective (one undo step) and close."""
        r = self.result
        if r is None:
            return
        weights = dict(r.weights)
        label = self.tr("AHP weights (CR {0})").format(number(r.consistency_ratio))
        if apply_weights(self.controller, self.scope_key, weights, label):
            super().accept()
