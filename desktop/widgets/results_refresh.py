"""Refresh a view now if it is on screen, or when it is next shown.

The decision workspaces all follow the document. A slider drag sends dozens of changes a second;
redrawing the charts of tabs nobody is looking at would make the visible one stutter. A view
therefore asks :class:`RefreshOnShow` to refresh it: at once when it is visible, otherwise once,
the next time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshOnShow(QObject):
    """Calls ``refresh`` when asked if ``widget`` is visible, else when it is next shown."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = True
        widget.installEventFilter(self)

    def request(self) -> None:
        """Something the view shows has changed."""
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def now(self) -> None:
        """Refresh at once, visible or not (for tests and screenshots)."""
        self.stale = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Catch the widget's Show event and refresh if something changed while it was hidden."""
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
