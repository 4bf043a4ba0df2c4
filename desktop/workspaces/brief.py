"""The Brief workspace: write the brief's narrative sections, choose what goes in, preview the
pages and export the PDF (issue 7, "In the window").

The text of the sections is part of the document (undoable edits through the controller). The
language, the redaction and the choice of sections are settings of one export: they live in the
workspace and are remembered between sessions (QSettings), not saved in the dialogue. Drafting,
the preview and the export run in a worker thread (:mod:`desktop.workspaces.brief_jobs`), so the
window keeps answering while reportlab lays the pages out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.controller import DocumentController
from desktop.workspaces.brief_choices import ExportChoices
from desktop.workspaces.brief_editors import SectionPage, is_brief_change
from desktop.workspaces.brief_jobs import (
    Choices,
    Job,
    Preview,
    copy_of,
    drafts_work,
    export_work,
    pdftoppm_path,
    preview_work,
)
from desktop.workspaces.brief_preview import PreviewPane
from dialogue.values import BRIEF_SECTIONS

log = logging.getLogger(__name__)

DRAFTED = ("key_messages", "executive_summary", "implementation", "workforce")  # what draft_texts writes
PREVIEW_AFTER_SETTING_MS = 300
PREVIEW_AFTER_EDIT_MS = 1500  # typing pauses this long before the preview follows
SETTINGS_COLUMNS = "brief/preview_columns"


class BriefWorkspace(QWidget):
    """Narrative sections on the left; export choices, export and the page preview on the right.

    Signals
    -------
    preview_ready()
        A new preview is shown (or failed: see ``preview.message``).
    exported(str)
        The path of a brief written, or '' when writing failed (see ``export_status``).
    """

    title = QT_TRANSLATE_NOOP("BriefWorkspace", "Brief")  # self.title, translated, in __init__
    preview_ready = Signal()
    exported = Signal(str)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Brief")
        self.controller = controller
        self.settings: QSettings | None = None
        self.drafts: dict[str, str] = {}
        self._jobs: dict[str, Job] = {}
        self._again: set[str] = set()  # asked for while a job of the same kind was running
        self._stale = {"preview", "drafts"}
        self._drafts_lang = ""
        self._export_path: Path | None = None

        self.pages = {s: SectionPage(controller, s, s in DRAFTED) for s in BRIEF_SECTIONS}
        self.section_tabs = QTabWidget()
        for section, page in self.pages.items():
            self.section_tabs.addTab(page, self._tab_label(section))
        self.section_tabs.currentChanged.connect(self._seal_all)

        self.export_choices = ExportChoices()
        self.language = self.export_choices.language
        self.redact = self.export_choices.redact
        self.section_boxes = self.export_choices.section_boxes
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.export_progress = QProgressBar()
        self.export_progress.setRange(0, 100)
        self.export_progress.setVisible(False)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setOpenExternalLinks(True)

        self.preview = PreviewPane()
        self.preview_button = QPushButton(self.tr("Refresh preview"))
        self.preview_button.clicked.connect(self.refresh_preview)
        self.preview_progress = QProgressBar()
        self.preview_progress.setRange(0, 100)
        self.preview_progress.setMaximumWidth(220)
        self.preview_progress.setVisible(False)
        self.preview_status = QLabel()
        self.preview_status.setStyleSheet("color: #5d6d7e;")
        self.preview_columns = QComboBox()
        for n, text in ((1, self.tr("One page a row")), (2, self.tr("Two pages a row")),
                        (3, self.tr("Three pages a row"))):
            self.preview_columns.addItem(text, n)
        self.preview_columns.currentIndexChanged.connect(self._columns_changed)

        self._build_layout()
        self._load_choices(QSettings())
        self.export_choices.changed.connect(self._choice_changed)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self._preview_if_shown)
        controller.changed.connect(self._document_changed)
        controller.replaced.connect(self._document_replaced)
        self.preview.show_message(self.tr("The preview appears here."))
        if pdftoppm_path() is None:
            self.preview.show_message(self.tr(
                "The preview needs pdftoppm, from poppler-utils (sudo apt-get install "
                "poppler-utils). Exporting the PDF works without it."), error=True)

    # ------------------------------------------------------------------ layout
    def _tab_label(self, section: str) -> str:
        labels = {
            "key_messages": self.tr("Key messages"),
            "executive_summary": self.tr("Summary"),
            "context": self.tr("Context"),
            "implementation": self.tr("Implementation"),
            "recommendations": self.tr("Recommendations"),
            "workforce": self.tr("Workforce"),
        }
        return labels.get(section, section)

    def _build_layout(self) -> None:
        write = QLabel(self.tr("<b>Your text</b>"))
        write_note = QLabel(self.tr("Part of the dialogue: saved with it, and Ctrl+Z undoes. "
                                    "Leave a section empty to print the draft."))
        write_note.setWordWrap(True)
        write_note.setStyleSheet("color: #5d6d7e;")

        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.export_progress, 1)
        export_row.addStretch(0)
        self.export_choices.add_row(export_row)
        self.export_choices.add_row(self.export_status)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(write)
        left_layout.addWidget(write_note)
        left_layout.addWidget(self.section_tabs, 1)
        left_layout.addWidget(self.export_choices)

        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("<b>Preview</b>")))
        header.addWidget(self.preview_status, 1)
        header.addWidget(self.preview_progress)
        header.addWidget(self.preview_columns)
        header.addWidget(self.preview_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(header)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([620, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ------------------------------------------------------------------ export choices
    def install_menus(self, window: QWidget) -> None:
        """Take the window's settings, where the export choices are remembered (no menus: File
        > Export brief comes here)."""
        settings = getattr(window, "settings", None)
        if isinstance(settings, QSettings):
            self._load_choices(settings)

    def _load_choices(self, settings: QSettings) -> None:
        self.settings = settings
        self.export_choices.load(settings, self.controller.dialogue.info.language)
        columns = str(settings.value(SETTINGS_COLUMNS, "1"))
        self.preview_columns.blockSignals(True)
        self.preview_columns.setCurrentIndex(max(0, self.preview_columns.findData(
            int(columns) if columns.isdigit() else 1)))
        self.preview_columns.blockSignals(False)
        self.preview.set_columns(int(self.preview_columns.currentData()))

    def _columns_changed(self, _index: int) -> None:
        columns = int(self.preview_columns.currentData())
        self.preview.set_columns(columns)
        if self.settings is not None:
            self.settings.setValue(SETTINGS_COLUMNS, str(columns))

    def choices(self) -> Choices:
        """The language, redaction and sections chosen for the next export."""
        return self.export_choices.choices()

    def _choice_changed(self) -> None:
        c = self.choices()
        if c.lang != self._drafts_lang:
            self._stale.add("drafts")
            self._when_shown("drafts", 0)
        self._stale.add("preview")
        self._when_shown("preview", PREVIEW_AFTER_SETTING_MS)

    # ------------------------------------------------------------------ following the document
    def _document_changed(self, change: object) -> None:
        if not is_brief_change(change.collections):  # type: ignore[attr-defined]
            self._stale.add("drafts")
            self._when_shown("drafts", PREVIEW_AFTER_EDIT_MS)
        self._stale.add("preview")
        self._when_shown("preview", PREVIEW_AFTER_EDIT_MS)

    def _document_replaced(self) -> None:
        self._stale.update({"drafts", "preview"})
        self._when_shown("drafts", 0)
        self._when_shown("preview", 0)

    def _when_shown(self, kind: str, delay_ms: int) -> None:
        """Refresh now or soon when the workspace is on screen; else when it is next shown."""
        if not self.isVisible():
            return
        if kind == "drafts":
            self.refresh_drafts()
        else:
            self._preview_timer.start(delay_ms)

    def _preview_if_shown(self) -> None:
        if self.isVisible() and "preview" in self._stale:
            self.refresh_preview()

    def on_activated(self) -> None:
        """Bring the drafts and the preview up to date when the tab is shown."""
        if "drafts" in self._stale:
            self.refresh_drafts()
        if "preview" in self._stale:
            self.refresh_preview()

    def _seal_all(self, *_args: object) -> None:
        for page in self.pages.values():
            page.seal()

    # ------------------------------------------------------------------ jobs
    def busy(self, kind: str | None = None) -> bool:
        """True while a job ("drafts", "preview" or "export"; any when None) runs."""
        kinds = [kind] if kind else list(self._jobs)
        return any(k in self._jobs and self._jobs[k].running for k in kinds)

    def _start(self, kind: str, work: Callable, done: Callable, failed: Callable,
               progress: Callable | None = None) -> bool:
        """Start a job, or remember to start another once the running one is over."""
        if self.busy(kind):
            self._again.add(kind)
            return False
        old = self._jobs.get(kind)
        if old is not None:
            old.deleteLater()
        job = Job(work, kind, self)
        job.done.connect(done)
        job.failed.connect(failed)
        if progress is not None:
            job.progress.connect(progress)
        self._jobs[kind] = job
        self._stale.discard(kind)
        job.start()
        return True

    def _after(self, kind: str) -> None:
        """Start the job asked for while this one ran."""
        if kind in self._again:
            self._again.discard(kind)
            {"drafts": self.refresh_drafts, "preview": self.refresh_preview}[kind]()

    def refresh_drafts(self) -> None:
        """Draft the sections again, in the chosen language (in the worker thread)."""
        lang = self.choices().lang
        if self._start("drafts", drafts_work(copy_of(self.controller.dialogue), lang),
                       self._drafts_done, self._drafts_failed):
            self._drafts_lang = lang

    def _drafts_done(self, drafts: object) -> None:
        self.drafts = dict(drafts)  # type: ignore[call-overload]
        # Key messages are one a line; a dash makes each one visible in the editor (the brief
        # drops it, as it drops any bullet mark).
        if self.drafts.get("key_messages"):
            self.drafts["key_messages"] = "\n".join(
                f"- {line}" for line in self.drafts["key_messages"].splitlines() if line.strip())
        for section, page in self.pages.items():
            page.set_draft(self.drafts.get(section))
        self._after("drafts")

    def _drafts_failed(self, message: str) -> None:
        self.drafts = {}
        for page in self.pages.values():
            page.set_draft(None, message)
        self._after("drafts")

    def refresh_preview(self) -> None:
        """Lay the brief out and draw its pages (in the worker thread; returns at once)."""
        self._preview_timer.stop()
        if pdftoppm_path() is None:
            self._stale.discard("preview")
            return
        started = self._start("preview", preview_work(copy_of(self.controller.dialogue),
                                                      self.choices()),
                              self._preview_done, self._preview_failed, self._preview_progress)
        if started:
            self.preview_progress.setValue(0)
            self.preview_progress.setVisible(True)
            self.preview_status.setText(self.tr("Laying out the pages…"))

    def _preview_progress(self, fraction: float, stage: str) -> None:
        self.preview_progress.setValue(round(100 * fraction))
        self.preview_status.setText(self.tr("Drawing the pages…") if stage == "draw"
                                    else self.tr("Laying out the pages…"))

    def _preview_done(self, result: object) -> None:
        assert isinstance(result, Preview)
        self.preview_progress.setVisible(False)
        self.preview.show_message("")
        self.preview.show_pages(result.pages)
        n = len(result.pages)
        self.preview_status.setText(self.tr("%n pages", "", n))
        self.preview_ready.emit()
        self._after("preview")

    def _preview_failed(self, message: str) -> None:
        self.preview_progress.setVisible(False)
        self.preview_status.setText("")
        self.preview.show_message(self.tr("No preview: {reason}").format(reason=message),
                                  error=True)
        self.preview_ready.emit()
        self._after("preview")

    # ------------------------------------------------------------------ export
    def default_path(self) -> Path:
        """Where the export dialog starts: beside the dialogue's file, named after the choices."""
        c = self.choices()
        suffix = "-brief" + ("" if c.lang == "en" else f"-{c.lang}") + ("-public" if c.redact else "")
        path = self.controller.path
        if path is not None:
            return path.with_name(path.stem + suffix + ".pdf")
        title = self.controller.dialogue.info.title
        keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
        stem = "-".join(keep.lower().split())[:60] or "dialogue"
        return Path.home() / f"{stem}{suffix}.pdf"

    def export(self) -> None:
        """Ask where to write the brief, then write it with the chosen settings."""
        self._seal_all()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the brief"),
                                              str(self.default_path()), self.tr("PDF (*.pdf)"))
        if name:
            path = Path(name)
            self.export_to(path if path.suffix.lower() == ".pdf" else path.with_name(
                path.name + ".pdf"))

    def export_to(self, path: Path) -> bool:
        """Write the brief to ``path`` in the worker thread (returns at once; ``exported`` tells
        when it is written). False when an export is already running."""
        if self.busy("export"):
            self._show_export(self.tr("An export is already running."), error=True)
            return False
        self._export_path = path
        self._start("export", export_work(copy_of(self.controller.dialogue), path,
                                          self.choices()),
                    self._export_done, self._export_failed, self._export_progress)
        self.export_button.setEnabled(False)
        self.export_progress.setValue(0)
        self.export_progress.setVisible(True)
        self._show_export(self.tr("Writing {name}…").format(name=path.name))
        return True

    def _export_progress(self, fraction: float, _stage: str) -> None:
        self.export_progress.setValue(round(100 * fraction))

    def _export_done(self, path: object) -> None:
        self.export_button.setEnabled(True)
        self.export_progress.setVisible(False)
        written = Path(str(path))
        link = written.resolve().as_uri()
        self._show_export(self.tr("Written: <a href=\"{link}\">{path}</a>").format(
            link=link, path=_html(str(written))), rich=True)
        self.exported.emit(str(written))

    def _export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.export_progress.setVisible(False)
        self._show_export(self.tr("Not written: {reason}").format(reason=message), error=True)
        self.exported.emit("")

    def _show_export(self, text: str, error: bool = False, rich: bool = False) -> None:
        self.export_status.setStyleSheet("color: #c0392b;" if error else "")
        self.export_status.setText(text if rich else _html(text))

    # ------------------------------------------------------------------ waiting and pictures
    def wait_until_idle(self, timeout_ms: int = 60000) -> bool:
        """Run the event loop until no job runs (for screenshots; tests use qtbot)."""
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(30)
        waited = [0]

        def check() -> None:
            waited[0] += 30
            if not self.busy() or waited[0] > timeout_ms:
                loop.quit()

        timer.timeout.connect(check)
        timer.start()
        if self.busy():
            loop.exec()
        timer.stop()
        return not self.busy()

    def screenshot_states(self) -> list[tuple[str, Callable[[], Callable[[], None]]]]:
        """The preview with its pages drawn (the tab's own picture may catch it half made)."""

        def with_preview() -> Callable[[], None]:
            self.wait_until_idle()
            if "preview" in self._stale or not self.preview.images:
                self.refresh_preview()
                self.wait_until_idle()
            return lambda: None

        return [("preview", with_preview)]


def _html(text: str) -> str:
    from html import escape

    return escape(text)
