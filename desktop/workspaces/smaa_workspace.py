"""The Uncertainty (SMAA) workspace: how often each option takes each rank when the weights are
unknown or disputed and the scores uncertain (SMAA-2, Lahdelma & Salminen 2001).

The simulation runs in a worker thread in chunks, with a progress bar and a Cancel button, so the
window never freezes; its result is shown here and never stored in the document. When the
document changes after a run, the heat map says it is out of date.
"""

from __future__ import annotations

from html import escape

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.locale_format import core_message, language
from desktop.models.method_state import method_label, view_state
from desktop.models.smaa_table import SMAATableModel
from desktop.models.smaa_worker import SMAARun
from desktop.widgets.method_picker import MethodPicker
from desktop.widgets.results_style import WARN, heading, note
from dialogue.decision import decision_problem
from mcda.robustness import smaa_sentences
from mcda.smaa import SMAAResult
from palabre.errors import PalabreError


class SMAAWorkspace(QWidget):
    """Settings and Run/Cancel on top, the heat map and sentences below."""

    title = QT_TRANSLATE_NOOP("SMAAWorkspace", "Uncertainty (SMAA)")  # self.title, translated, in __init__

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Uncertainty (SMAA)")
        self.controller = controller
        self.state = view_state(controller)
        self.run: SMAARun | None = None
        self.result: SMAAResult | None = None
        self._revision = -1
        self.picker = MethodPicker(controller, compact=True)
        self.samples = QSpinBox()
        self.samples.setRange(1_000, 2_000_000)
        self.samples.setSingleStep(10_000)
        self.samples.setValue(10_000)
        self.samples.setGroupSeparatorShown(True)
        self.samples.setToolTip(self.tr("Number of random weightings (and score tables) to draw"))
        self.weights = QComboBox()
        self.weights.addItem(self.tr("Any weights (no preference information)"), "uniform")
        self.weights.addItem(self.tr("Around this perspective's weights"), "around")
        self.weights.setToolTip(self.tr("Uniform on the simplex, or a Dirichlet spread centred on the "
                                        "active perspective's weights"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(1)
        self.seed.setToolTip(self.tr("The same seed gives the same result"))
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(lambda: self.start())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.status = note()
        self.stale = note("", WARN)
        controls = QHBoxLayout()
        controls.addWidget(self.picker)
        controls.addSpacing(16)
        controls.addWidget(QLabel(self.tr("Samples")))
        controls.addWidget(self.samples)
        controls.addWidget(QLabel(self.tr("Weights")))
        controls.addWidget(self.weights)
        controls.addWidget(QLabel(self.tr("Seed")))
        controls.addWidget(self.seed)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress, 1)

        self.model = SMAATableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setMinimumSectionSize(38)
        self.sentences = QTextBrowser()
        self.sentences.setOpenLinks(False)
        explain = note(self.tr(
            "Each row is an option, each column a rank: the number is the percentage of the random "
            "weightings in which the option takes that rank (darker is more often). Scores with an "
            "uncertainty range (Scores tab) are drawn within it. An option that is first in most "
            "samples is a robust choice; one spread over many ranks depends on the weights."))
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(heading(self.tr("Rank acceptability (%)")))
        table_layout.addWidget(explain)
        table_layout.addWidget(self.stale)
        self.placeholder = QLabel(self.tr(
            "No simulation yet.\n\nPress Run: Palabre draws random weightings (and scores within their "
            "uncertainty ranges) and counts how often each option takes each rank."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #7b8a97; font-size: 13pt; background: white; "
                                       "border: 1px solid #d5dbe1; padding: 40px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.table)
        table_layout.addWidget(self.pages, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(heading(self.tr("In plain words")))
        side_layout.addWidget(self.sentences, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table_box)
        splitter.addWidget(side)
        splitter.setSizes([1020, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        controller.changed.connect(lambda _c: self._check_stale())
        controller.replaced.connect(self._forget)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting waits for the thread pool: stop a long run at its next chunk instead.
            app.aboutToQuit.connect(self.cancel)
        self.state.method_changed.connect(lambda _m: self._check_stale())
        self._show_idle()

    def _forget(self) -> None:
        """Another dialogue was opened: its SMAA has not been run yet."""
        if self.run is not None:
            self.run.cancel()
            self._ended()
        self.result = None
        self.model.set_result(None)
        self.pages.setCurrentWidget(self.placeholder)
        self.progress.setValue(0)
        self._check_stale()
        self._show_idle()

    def _show_idle(self) -> None:
        self.status.setText(self.tr("Choose how many samples to draw and press Run. The simulation "
                                    "runs in the background: you can keep working, or cancel it."))
        paragraphs = (
            self.tr("Stochastic multicriteria acceptability analysis (SMAA-2, Lahdelma and Salminen 2001) asks "
                    "what the ranking would be under every plausible set of weights: useful when the weights are "
                    "disputed or unknown, and when some scores are uncertain."),
            self.tr("“Any weights” draws them evenly over all possible weightings; “around this perspective's "
                    "weights” draws them close to the active perspective's."),
        )
        self.sentences.setHtml("".join(f"<p>{escape(p)}</p>" for p in paragraphs))

    @property
    def method(self) -> str:
        """The method SMAA uses (the additive model stands in for ELECTRE)."""
        return self.state.batch_method

    # ------------------------------------------------------------------ running
    def start(self, samples: int | None = None, seed: int | None = None) -> SMAARun | None:
        """Start a run (in the background); returns it, or None if the dialogue cannot be ranked."""
        if self.run is not None:
            return None
        d = self.controller.dialogue
        try:
            problem = decision_problem(d)
        except PalabreError as exc:
            self.status.setText(escape(self.tr("Cannot run SMAA: {0}").format(core_message(exc.message))))
            return None
        n = samples or self.samples.value()
        self.samples.setValue(n)
        if seed is not None:
            self.seed.setValue(seed)
        run = SMAARun(problem, n, self.seed.value(), self.weights.currentData(), self.method)
        # Bound methods, so that Qt queues the worker's signals to this (the window's) thread; each
        # slot checks the sender, so that a run left behind by Open or New is ignored.
        run.progress.connect(self._progress)
        run.finished.connect(self._finished)
        run.cancelled.connect(self._cancelled)
        run.failed.connect(self._failed)
        self.run = run
        self._started_revision = d.revision
        self._started_method = self.method
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Drawing {0:,} weightings — {1}…").format(n, method_label(self.method)))
        run.start()
        return run

    def cancel(self) -> None:
        """Stop the running simulation after its current chunk."""
        if self.run is not None:
            self.run.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if self._current() and not self.run.cancelling:
            self.progress.setValue(round(100 * done / total))
            self.progress.setFormat(self.tr("{0:,} of {1:,}").format(done, total))

    def _ended(self) -> None:
        self.run = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _current(self) -> bool:
        """True when the signal being handled comes from the run this tab is waiting for."""
        return self.run is not None and self.sender() is self.run

    def _finished(self, result: SMAAResult) -> None:
        if not self._current():
            return  # a run of a dialogue that has since been replaced
        self._ended()
        self.result = result
        self._revision = self._started_revision
        self._result_method = self._started_method
        self.model.set_result(result)
        self.pages.setCurrentWidget(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(44)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        lang = language()  # the window's language, not the dialogue's
        b1 = result.rank_acceptability[:, 0]
        sentences = smaa_sentences(result, lang)
        never = [result.option_names[i] for i in np.flatnonzero(b1 == 0)]
        if never:
            sentences.append(self.tr("Never first in any sample: {0}.").format(", ".join(never)))
        self.sentences.setHtml("<ul style='margin-left:-20px'>" + "".join(
            f"<li style='margin-bottom:4px'>{escape(s)}</li>" for s in sentences) + "</ul>")
        self.progress.setValue(100)
        self.status.setText(self.tr("{0:,} samples, seed {1} — {2}; weights: {3}.").format(
            result.samples, result.seed, method_label(result.method), self.weights.currentText().lower()))
        self._check_stale()

    def _cancelled(self) -> None:
        if not self._current():
            return
        self._ended()
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.status.setText(self.tr("Cancelled; nothing changed."))

    def _failed(self, message: str) -> None:
        if not self._current():
            return
        self._ended()
        self.progress.setValue(0)
        self.status.setText(f"<span style='color:{WARN}'>{escape(message)}</span>")

    def _check_stale(self) -> None:
        out_of_date = self.result is not None and (
            self._revision != self.controller.dialogue.revision or self._result_method != self.method)
        self.stale.setText(self.tr("The dialogue or the method changed since this run: press Run again "
                                   "to bring it up to date.") if out_of_date else "")
        self.stale.setVisible(out_of_date)

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until the running simulation ends (for tests and screenshots)."""
        from PySide6.QtCore import QDeadlineTimer

        run = self.run
        if run is None:
            return True
        deadline = QDeadlineTimer(timeout_ms)
        while not run.done.is_set() and not deadline.hasExpired():
            run.done.wait(0.02)
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()
        return run.done.is_set()

    def screenshot_states(self) -> list:
        """A finished run on the example."""

        def ran():
            self.start(10_000, 1)
            self.wait()
            return lambda: None

        return [("run", ran)]
