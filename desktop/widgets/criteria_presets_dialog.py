"""Start from a preset of criteria: Palabre's default set, WHO 2010's questions or ISAT's
scalability domains (DOMAIN.md section 3), replacing the current criteria or added to them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from desktop.widgets.results_style import MUTED, WARN
from dialogue import edits_decision
from dialogue.criteria_presets import PRESETS
from mcda.criteria import Group
from palabre.errors import PalabreError


class PresetDialog(QDialog):
    """Presets on the left; their criteria (levels as tooltips) on the right; replace or add."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = controller.dialogue.info.language
        self.setWindowTitle(self.tr("Start from a preset of criteria"))
        self.resize(1120, 620)
        self.list = QListWidget()
        for p in PRESETS.values():
            item = QListWidgetItem(p.name(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setToolTip(p.description(self.lang))
            self.list.addItem(item)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.preview = QTreeWidget()
        self.preview.setHeaderLabels([self.tr("Criterion"), self.tr("Level 1 (worst)"), self.tr("Level 5 (best)")])
        self.preview.setColumnWidth(0, 200)
        self.preview.setColumnWidth(1, 300)
        self.preview.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget::item { padding: 6px; }")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.about)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 820])
        d = controller.dialogue
        self.replace = QRadioButton(self.tr("Replace the current criteria ({0}); their scores are cleared "
                                            "(Ctrl+Z brings them back)").format(len(d.criteria)))
        self.add = QRadioButton(self.tr("Add the preset's criteria to the current ones"))
        self.replace.setChecked(True)
        self.warning = QLabel()
        self.warning.setStyleSheet(f"color: {WARN};")
        n_scores = len(d.scores)
        if n_scores:
            self.warning.setText(self.tr("Scores cleared by replacing: {0}.").format(n_scores))
        self.replace.toggled.connect(lambda on: self.warning.setVisible(on and n_scores > 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this preset"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.replace)
        layout.addWidget(self.add)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda cur, _prev: self._show(cur))
        self.list.setCurrentRow(0)

    @property
    def preset_id(self) -> str:
        """The chosen preset."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "palabre"

    def choose(self, preset_id: str, mode: str = "replace") -> None:
        """Choose a preset and a mode (what clicking does)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == preset_id:
                self.list.setCurrentRow(row)
        (self.replace if mode == "replace" else self.add).setChecked(True)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        p = PRESETS[item.data(Qt.ItemDataRole.UserRole)]
        self.about.setText(f"<p><b>{escape(p.name(self.lang))}</b></p><p>{escape(p.description(self.lang))}</p>"
                           f"<p style='color:{MUTED}'>{escape(p.source)}</p>")
        self.preview.clear()
        bold = QFont()
        bold.setBold(True)
        tops = {}
        for g, label in ((Group.FEASIBILITY, self.tr("Feasibility")), (Group.IMPACT, self.tr("Impact"))):
            top = QTreeWidgetItem([label, "", ""])
            top.setFont(0, bold)
            self.preview.addTopLevelItem(top)
            tops[g] = top
        for c in p.criteria(self.lang):
            child = QTreeWidgetItem([c.name, c.scale.anchors[0], c.scale.anchors[-1]])
            child.setToolTip(0, c.description)
            levels = "\n".join(f"{k}: {a}" for k, a in enumerate(c.scale.anchors, start=1))
            child.setToolTip(1, levels)
            child.setToolTip(2, levels)
            tops[c.group].addChild(child)
        for top in tops.values():
            top.setExpanded(True)

    def accept(self) -> None:
        """Apply the preset (one undo step) and close."""
        d = self.controller.dialogue
        mode = "replace" if self.replace.isChecked() else "add"
        try:
            edit = edits_decision.apply_preset(d, self.preset_id, self.lang, mode)
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return
        if self.controller.push(edit):
            super().accept()
