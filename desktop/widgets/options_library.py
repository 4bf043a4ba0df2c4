"""Add options from the built-in library: WHO's sixteen rural-retention interventions, grouped by
family, each with its description; the ones already in the dialogue are marked."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message
from desktop.widgets.results_style import MUTED
from dialogue import edits_decision
from dialogue.library import FAMILY_NAMES, SOURCE, by_family, codes_in, library_option
from palabre.errors import PalabreError


class LibraryDialog(QDialog):
    """A checkable tree of the library; "Add" adds the checked ones in one undo step."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        d = controller.dialogue
        self.lang = d.info.language
        self.setWindowTitle(self.tr("Add options from the WHO library"))
        self.resize(1180, 720)
        intro = QLabel(self.tr(
            "WHO's global recommendations on rural retention (2010, confirmed in 2021) group sixteen "
            "interventions in four families; WHO advises choosing a bundle that fits the country. "
            "Tick the ones to put on the table: each becomes an option you can rename and edit."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Intervention"), self.tr("What it is")])
        self.tree.setColumnWidth(0, 420)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        present = codes_in(d)
        self.items: dict[str, QTreeWidgetItem] = {}
        bold = QFont()
        bold.setBold(True)
        for family, members in by_family().items():
            top = QTreeWidgetItem([FAMILY_NAMES[self.lang][family], ""])
            top.setFirstColumnSpanned(False)
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                         | Qt.ItemFlag.ItemIsAutoTristate)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(top)
            for item in members:
                name = f"{item.code}  {item.name(self.lang)}"
                if item.code in present:
                    name += "\n" + self.tr("already on the table")
                child = QTreeWidgetItem([name, item.description(self.lang)])
                child.setData(0, Qt.ItemDataRole.UserRole, item.code)
                child.setToolTip(0, item.description(self.lang))
                child.setToolTip(1, item.description(self.lang))
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                               | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                if item.code in present:
                    child.setForeground(0, Qt.GlobalColor.gray)
                top.addChild(child)
                self.items[item.code] = child
            top.setExpanded(True)
        self.tree.itemChanged.connect(lambda _item, _col: self._count())
        self.tree.header().sectionResized.connect(lambda *_a: self._fit_rows())
        source = QLabel(SOURCE.get(self.lang, SOURCE["en"]))
        source.setWordWrap(True)
        source.setStyleSheet(f"color: {MUTED}; font-size: 9pt;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(source)
        layout.addWidget(self.buttons)
        self._count()
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows tall enough for the wrapped description (tree views do not measure wrapped text)."""
        width = max(200, self.tree.columnWidth(1) or self.tree.viewport().width() - self.tree.columnWidth(0)) - 8
        metrics = self.tree.fontMetrics()
        for item in self.items.values():
            text = item.text(1)
            height = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
            lines = item.text(0).count("\n") + 1
            item.setSizeHint(1, QSize(width, max(height, lines * metrics.height()) + 6))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        """The description column's width changed: fit the rows again."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_rows()

    def checked(self) -> list[str]:
        """The codes ticked, in WHO's order."""
        return [code for code, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def check(self, codes: list[str]) -> None:
        """Tick these codes (what clicking their boxes does)."""
        for code in codes:
            self.items[code.upper()].setCheckState(0, Qt.CheckState.Checked)

    def _count(self) -> None:
        n = len(self.checked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add the ticked options ({0})").format(n) if n else self.tr("Add"))
        ok.setEnabled(n > 0)

    def accept(self) -> None:
        """Add the ticked interventions as options (one undo step) and close."""
        d = self.controller.dialogue
        taken: set[str] = set()
        options = []
        for code in self.checked():
            o = library_option(d, code, self.lang, taken)
            taken.add(o.id)
            options.append(o)
        try:
            edit = edits_decision.add_options(d, options)
        except PalabreError as exc:
            self.controller.refused.emit(core_message(exc.message))
            return
        if self.controller.push(edit):
            self.added = [o.id for o in options]
            super().accept()
