"""The choices of one export of the brief: language, redaction, sections.

They are settings, not part of the dialogue: changing them is not an edit (nothing to undo, the
file is unchanged), and they are remembered between sessions in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QLayout, QWidget

from desktop.workspaces.brief_jobs import Choices, ordered
from dialogue.values import LANGUAGES
from exports.brief import SECTION_IDS

SETTINGS_LANG, SETTINGS_REDACT, SETTINGS_SECTIONS = "brief/language", "brief/redact", "brief/sections"
COLUMNS = 3  # section check boxes a row


class ExportChoices(QGroupBox):
    """Language, public version and the sections to include, with room for more rows below.

    Signals
    -------
    changed()
        The user changed a choice (already remembered in the settings).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This export"))
        self.settings: QSettings | None = None
        self.language = QComboBox()
        for code, name in (("en", self.tr("English")), ("fr", self.tr("French (français)"))):
            self.language.addItem(name, code)
        self.redact = QCheckBox(self.tr("Public version (redacted)"))
        self.redact.setToolTip(self.tr("Persons are shown by their category, and notes about "
                                       "stakeholders are left out. Read the brief before "
                                       "sending it: a shortened name in your own text is not "
                                       "caught."))
        self.section_boxes = {s: QCheckBox(self.section_label(s)) for s in SECTION_IDS}
        self._grid = QGridLayout(self)
        self._grid.addWidget(QLabel(self.tr("Language")), 0, 0)
        self._grid.addWidget(self.language, 0, 1)
        self._grid.addWidget(self.redact, 0, 2, 1, 2)
        self._grid.addWidget(QLabel(self.tr("Sections")), 1, 0, Qt.AlignmentFlag.AlignTop)
        for i, box in enumerate(self.section_boxes.values()):
            self._grid.addWidget(box, 1 + i // COLUMNS, 1 + i % COLUMNS)
        self._grid.setColumnStretch(COLUMNS, 1)
        self._rows = 1 + (len(self.section_boxes) + COLUMNS - 1) // COLUMNS
        for box in self.section_boxes.values():
            box.toggled.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.redact.toggled.connect(self._changed)

    def section_label(self, section: str) -> str:
        """A section's name as the check box shows it."""
        labels = {
            "key_messages": self.tr("Key messages"),
            "executive_summary": self.tr("Executive summary"),
            "context": self.tr("Problem and context"),
            "options": self.tr("Options compared"),
            "method": self.tr("How they were compared"),
            "results": self.tr("Results"),
            "robustness": self.tr("Robustness"),
            "stakeholders": self.tr("Stakeholder landscape"),
            "workforce": self.tr("Workforce gap"),
            "implementation": self.tr("Implementation"),
            "recommendations": self.tr("Recommendations"),
            "annexes": self.tr("Annexes"),
        }
        return labels.get(section, section)

    def add_row(self, item: QWidget | QLayout) -> None:
        """Put a widget or a layout on a new row across the box."""
        if isinstance(item, QLayout):
            self._grid.addLayout(item, self._rows, 0, 1, COLUMNS + 1)
        else:
            self._grid.addWidget(item, self._rows, 0, 1, COLUMNS + 1)
        self._rows += 1

    def load(self, settings: QSettings, default_lang: str) -> None:
        """Show the choices remembered in ``settings`` (the dialogue's language when none)."""
        self.settings = settings
        lang = str(settings.value(SETTINGS_LANG, "") or default_lang)
        chosen = settings.value(SETTINGS_SECTIONS, None)
        sections = set(SECTION_IDS) if chosen is None else set(str(chosen).split(","))
        widgets = [self.language, self.redact, *self.section_boxes.values()]
        for w in widgets:
            w.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(
            lang if lang in LANGUAGES else "en")))
        self.redact.setChecked(str(settings.value(SETTINGS_REDACT, "false")).lower() == "true")
        for section, box in self.section_boxes.items():
            box.setChecked(section in sections)
        for w in widgets:
            w.blockSignals(False)

    def choices(self) -> Choices:
        """The language, redaction and sections chosen, sections in the brief's order."""
        sections = [s for s, box in self.section_boxes.items() if box.isChecked()]
        return Choices(str(self.language.currentData()), self.redact.isChecked(),
                       ordered(sections, SECTION_IDS))

    def _changed(self, *_args: object) -> None:
        c = self.choices()
        if self.settings is not None:
            self.settings.setValue(SETTINGS_LANG, c.lang)
            self.settings.setValue(SETTINGS_REDACT, "true" if c.redact else "false")
            self.settings.setValue(SETTINGS_SECTIONS, ",".join(c.sections))
        self.changed.emit()
