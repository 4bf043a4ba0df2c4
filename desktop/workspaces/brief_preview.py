"""The pages of the brief as pictures in a scrolling grid, fitted to the pane's width: one page a
row to read them, two or four a row to see how the brief flows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

GAP = 14
SIDE_MARGIN = 18
BACKGROUND = "#E4E7EB"


class PreviewPane(QScrollArea):
    """Page pictures with their page numbers, ``columns`` a row, and a message above them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Pages always fit the width; the vertical bar is always there, so that its arrival
        # never leaves the pages a little too wide.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.images: list[QImage] = []
        self.columns = 1
        self._pixmaps: list[QPixmap] = []
        self._cells: list[tuple[QWidget, QLabel, QLabel]] = []
        body = QWidget()
        body.setObjectName("previewBody")
        body.setStyleSheet(f"#previewBody {{ background: {BACKGROUND}; }}")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(SIDE_MARGIN, SIDE_MARGIN, SIDE_MARGIN, SIDE_MARGIN)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.message)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(GAP)
        self._grid.setVerticalSpacing(GAP)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        self.setWidget(body)

    def show_message(self, text: str, error: bool = False) -> None:
        """A message above the pages (they stay, so that a failed refresh keeps the last ones)."""
        colour = "#c0392b" if error else "#5d6d7e"
        self.message.setStyleSheet(f"color: {colour}; padding: {12 if self.images else 40}px;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_columns(self, columns: int) -> None:
        """Show ``columns`` pages a row."""
        self.columns = max(1, columns)
        self._place()

    def show_pages(self, images: list[QImage]) -> None:
        """Show new pages, reusing the page widgets so that the scroll position stays."""
        self.images = list(images)
        self._pixmaps = [QPixmap.fromImage(im) for im in self.images]
        while len(self._cells) > len(self.images):
            cell = self._cells.pop()[0]
            self._grid.removeWidget(cell)
            cell.deleteLater()
        while len(self._cells) < len(self.images):
            cell = QWidget()
            page = QLabel()
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setStyleSheet("background: white; border: 1px solid #B8C0C8;")
            caption = QLabel()
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setStyleSheet("color: #5d6d7e;")
            layout = QVBoxLayout(cell)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(3)
            layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(caption)
            self._cells.append((cell, page, caption))
        total = len(self.images)
        for i, (_cell, _page, caption) in enumerate(self._cells):
            caption.setText(self.tr("Page {page} of {total}").format(page=i + 1, total=total))
        self._place()

    def _place(self) -> None:
        for cell, _page, _caption in self._cells:
            self._grid.removeWidget(cell)
        for i, (cell, _page, _caption) in enumerate(self._cells):
            self._grid.addWidget(cell, i // self.columns, i % self.columns,
                                 Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._fit()

    def page_width(self) -> int:
        """The width a page is shown at, in pixels (never wider than drawn)."""
        room = self.viewport().width() - 2 * SIDE_MARGIN - (self.columns - 1) * GAP - 4
        drawn = max((p.width() for p in self._pixmaps), default=room)
        return max(60, min(drawn, room // self.columns))

    def _fit(self) -> None:
        width = self.page_width()
        for (_cell, label, _caption), pixmap in zip(self._cells, self._pixmaps, strict=True):
            shown = pixmap if pixmap.width() <= width else pixmap.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(shown)
            label.setFixedSize(shown.width() + 2, shown.height() + 2)

    def resizeEvent(self, e: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Fit the pages to the new width."""
        super().resizeEvent(e)
        if self._pixmaps:
            self._fit()
