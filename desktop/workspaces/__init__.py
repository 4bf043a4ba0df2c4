"""The window's workspaces, one tab each, in the order the tabs appear.

Each workspace family lists its classes in its own module (``STAKEHOLDER_WORKSPACES``,
``DECISION_WORKSPACES``, ...), so that the families can grow without touching each other.
A workspace class is a QWidget with a ``title``, built as ``cls(controller)``: the class attribute
is marked ``QT_TRANSLATE_NOOP("ClassName", "Title")`` and ``__init__`` sets ``self.title =
self.tr("Title")``, the tab's text in the window's language.
It may also define ``install_menus(self, window) -> None`` to add menus or actions to the main
window, and ``on_activated(self) -> None``, called when its tab is shown, and
``screenshot_states(self) -> list[tuple[str, Callable[[], Callable[[], None]]]]``: extra states
for ``palabre --screenshot`` (a slug, and a function that sets the state up and returns a function
that puts it back), for example presentation mode or a dialog open.
"""

from __future__ import annotations


def workspace_classes() -> list[type]:
    """Every workspace class, in tab order."""
    from desktop.workspaces.brief_tabs import BRIEF_WORKSPACES
    from desktop.workspaces.decision_tabs import DECISION_WORKSPACES
    from desktop.workspaces.participant_tabs import PARTICIPANT_WORKSPACES
    from desktop.workspaces.stakeholder_tabs import STAKEHOLDER_WORKSPACES
    from desktop.workspaces.workforce_tabs import WORKFORCE_WORKSPACES

    return [*STAKEHOLDER_WORKSPACES, *DECISION_WORKSPACES, *WORKFORCE_WORKSPACES, *PARTICIPANT_WORKSPACES,
            *BRIEF_WORKSPACES]
