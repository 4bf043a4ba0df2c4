"""The Workforce workspace (issue 11; DOMAIN.md section 6): an editable stock-and-flow baseline,
each option's expected effects, the projection of every scenario, and the gap each closes, which
can score an Impact criterion.

Four pages: Baseline, Effects of options, Projection, Gap closed. The tables follow the document
themselves (every cell edit is one undoable edit); the projection is recomputed from the document
when the tab is shown and after every change that touches the workforce, the effects, the options
or the criteria while it is shown (:class:`~desktop.widgets.results_refresh.RefreshOnShow`).
A dialogue without a baseline shows how to start: from a template, or from a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.models.workforce_base import FOLLOWED
from desktop.models.workforce_data import WorkforceView, workforce_view
from desktop.models.workforce_format import count_text
from desktop.models.workforce_templates import PLACEHOLDER_POPULATION, template_baseline
from desktop.widgets.results_refresh import RefreshOnShow
from desktop.widgets.workforce_baseline import BaselinePage
from desktop.widgets.workforce_effects import EffectsPage
from desktop.widgets.workforce_files import export_baseline, export_projection, import_baseline
from desktop.widgets.workforce_gap import GapPage
from desktop.widgets.workforce_projection import ProjectionPage
from dialogue.edits_workforce import set_baseline
from dialogue.model import Change
from exports.workforce_tables import ImportedBaseline
from palabre.errors import PalabreError


class WorkforceWorkspace(QWidget):
    """Baseline, effects, projection and gap closed; an empty state when there is no baseline."""

    title = QT_TRANSLATE_NOOP("WorkforceWorkspace", "Workforce")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Workforce")
        self.controller = controller
        self.window_: QMainWindow | None = None
        self.view: WorkforceView | None = None
        self.baseline_page = BaselinePage(controller)
        self.effects_page = EffectsPage(controller)
        self.projection_page = ProjectionPage()
        self.gap_page = GapPage(controller)
        self.pages = QTabWidget()
        self.pages.addTab(self.baseline_page, self.tr("Baseline"))
        self.pages.addTab(self.effects_page, self.tr("Effects of options"))
        self.pages.addTab(self.projection_page, self.tr("Projection"))
        self.pages.addTab(self.gap_page, self.tr("Gap closed"))
        self.empty = self._empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.stack)
        for model in (self.baseline_page.cadres, self.baseline_page.population, self.baseline_page.needs):
            model.notice.connect(self._notice)
        self.refresher = RefreshOnShow(self, self.refresh)
        controller.changed.connect(self._on_change)
        controller.replaced.connect(self._on_replaced)

    # ------------------------------------------------------------------ empty state
    def _empty_state(self) -> QWidget:
        box = QWidget()
        text = QLabel(self.tr(
            "<h3>No workforce baseline yet</h3>"
            "<p>A baseline is what a ministry's projection spreadsheet holds for the start year: for each "
            "cadre (and area), the workers in post, graduates and immigrants a year, the shares leaving "
            "each year, the population and the need. Palabre projects it year by year, then again with "
            "each option's expected effects, and counts the gap each option closes.</p>"
            "<p>Start from a template and type your figures over its zeros (and over its placeholder "
            "population of {population}), or import a baseline from an Excel or CSV table.</p>").format(
            population=count_text(PLACEHOLDER_POPULATION)))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setMaximumWidth(720)
        self.template_button = QPushButton(self.tr("Start from a template baseline"))
        self.template_button.setToolTip(self.tr("Doctors, nurses, midwives and community health workers "
                                                "for the whole country, with WHO's SDG threshold"))
        self.template_button.clicked.connect(lambda: self.start_from_template(split=False))
        self.split_button = QPushButton(self.tr("Template with rural and urban areas"))
        self.split_button.setToolTip(self.tr("The same four cadres, each in a rural and an urban area, as in "
                                             "the example"))
        self.split_button.clicked.connect(lambda: self.start_from_template(split=True))
        self.import_button = QPushButton(self.tr("Import baseline…"))
        self.import_button.clicked.connect(lambda: self.import_baseline())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.template_button, self.split_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return box

    def start_from_template(self, split: bool = False) -> bool:
        """Give the dialogue a template baseline (one undoable edit)."""
        try:
            edit = set_baseline(self.controller.dialogue, template_baseline(split),
                                self.tr("Start a workforce baseline from a template"))
        except PalabreError as exc:
            self.controller.refused.emit(exc.message)
            return False
        return self.controller.push(edit)

    # ------------------------------------------------------------------ following the document
    def _on_change(self, change: Change) -> None:
        if change.collections & FOLLOWED:
            self.refresher.request()

    def _on_replaced(self) -> None:
        self.projection_page.chosen = None  # another dialogue: its own default scenarios
        self.refresher.request()

    def on_activated(self) -> None:
        """The tab is shown: bring it up to date if the document changed while hidden."""
        if self.view is None or self.view.revision != self.controller.dialogue.revision:
            self.refresher.now()

    def refresh(self) -> None:
        """Project every scenario and show the results on every page."""
        view = workforce_view(self.controller.dialogue)
        self.view = view
        if view.baseline is None:
            self.stack.setCurrentWidget(self.empty)
            self.effects_page.view = view
            return
        self.stack.setCurrentWidget(self.pages)
        for page in (self.baseline_page, self.effects_page, self.projection_page, self.gap_page):
            page.show_view(view)

    def _notice(self, message: str) -> None:
        window = self.window_ or self.window()
        if hasattr(window, "show_info"):
            window.show_info(message)

    # ------------------------------------------------------------------ files and menus
    def install_menus(self, window: QMainWindow) -> None:
        """A Workforce menu: import and export the baseline, export the projection tables."""
        self.window_ = window
        menu = window.menuBar().addMenu(self.tr("W&orkforce"))
        items: list[tuple[str, Callable[[], object]]] = [
            (self.tr("&Import workforce baseline…"), lambda: self.import_baseline()),
            (self.tr("&Export workforce baseline…"), lambda: self.export_baseline()),
            (self.tr("Export &projection tables…"), lambda: self.export_projection()),
        ]
        for text, slot in items:
            action = QAction(text, window)
            action.triggered.connect(slot)
            menu.addAction(action)
        self.workforce_menu = menu

    def import_baseline(self, paths: list[Path] | None = None) -> ImportedBaseline | None:
        """Import a baseline from Excel or CSV (asks for the files unless given): one undoable edit."""
        imported = import_baseline(self, self.controller, paths)
        if imported is not None:
            message = self.tr("Workforce baseline imported from {source}.").format(source=imported.source)
            if imported.assumptions:
                message = self.tr("{message} Assumed: {assumptions}").format(
                    message=message, assumptions="; ".join(imported.assumptions))
            self._notice(message)
        return imported

    def export_baseline(self, path: Path | None = None) -> list[Path]:
        """Export the baseline as Excel or CSV."""
        written = export_baseline(self, self.controller, path)
        if written:
            self._notice(self.tr("Workforce baseline written to {path}").format(
                path=", ".join(str(p) for p in written)))
        return written

    def export_projection(self, path: Path | None = None) -> list[Path]:
        """Export every scenario's projection and the gaps closed as Excel or CSV."""
        view = self.view if self.view and self.view.revision == self.controller.dialogue.revision \
            else workforce_view(self.controller.dialogue)
        written = export_projection(self, self.controller, view, path)
        if written:
            self._notice(self.tr("Projection tables written to {path}").format(
                path=", ".join(str(p) for p in written)))
        return written

    # ------------------------------------------------------------------ screenshots
    def screenshot_states(self) -> list:
        """The effects of the hardship allowance, the projection, and the gap closed."""

        def page(index: int, set_up: Callable[[], None] | None = None) -> Callable[[], Callable[[], None]]:
            def show() -> Callable[[], None]:
                before = self.pages.currentIndex()
                self.refresher.now()
                self.pages.setCurrentIndex(index)
                if set_up is not None:
                    set_up()
                return lambda: self.pages.setCurrentIndex(before)
            return show

        def hardship() -> None:
            self.effects_page.select_option("hardship_allowance")

        return [("effects", page(1, hardship)), ("projection", page(2)), ("gap-closed", page(3))]
