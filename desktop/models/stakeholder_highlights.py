"""Highlights of the map: a stakeholder's neighbourhood, its coalition, the shortest chain
between two stakeholders. Built on :mod:`stakeholder_map.structure`, on the tie types shown."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QObject

from desktop.models.stakeholder_session import Highlight
from dialogue.model import Dialogue
from stakeholder_map.model import TieType
from stakeholder_map.network import build_graph
from stakeholder_map.structure import coalitions, shortest_chain

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


class Highlights(QObject):
    """The translation context of the plural texts here: lupdate for Python gives plural forms to
    ``self.tr(text, "", n)`` only, never to ``QCoreApplication.translate(..., n)``."""

    def neighbourhood_text(self, name: str, tied: int) -> str:
        """The text of a neighbourhood: "Neighbourhood of A: 1 tied stakeholder"."""
        return self.tr("Neighbourhood of {0}: %n tied stakeholder(s)", "", tied).format(name)

    def chain_text(self, source: str, target: str, ties: int) -> str:
        """The text of a chain: "Shortest chain from A to B: 3 ties"."""
        return self.tr("Shortest chain from {0} to {1}: %n tie(s)", "", ties).format(source, target)


def _shown(hidden: Collection[TieType]) -> list[TieType] | None:
    return [t for t in TieType if t not in hidden] if hidden else None


def neighbourhood(d: Dialogue, sid: str, hidden: Collection[TieType] = ()) -> Highlight:
    """The stakeholder and everyone tied to it by a tie type shown."""
    shown = set(_shown(hidden) or TieType)
    ids = {sid}
    for t in d.ties_of(sid):
        if t.type in shown:
            ids |= {t.source, t.target}
    name = d.stakeholders[sid].name
    return Highlight("neighbourhood", frozenset(ids), Highlights().neighbourhood_text(name, len(ids) - 1), (sid,))


def coalition_of(d: Dialogue, sid: str) -> Highlight:
    """The coalition (community detection, :func:`~stakeholder_map.structure.coalitions`) of a
    stakeholder, on every tie type, numbered as in the table."""
    graph = build_graph(d.stakeholders.values(), d.ties.values())
    groups = coalitions(graph)
    number, members = next((i, g) for i, g in enumerate(groups, start=1) if sid in g)
    return Highlight("coalition", frozenset(members),
                     translate("Highlights", "Coalition {0}: {1} stakeholders").format(number, len(members)))


def coalition_number(d: Dialogue, number: int) -> Highlight | None:
    """Coalition ``number`` (1 = largest), or None if there is no such coalition."""
    graph = build_graph(d.stakeholders.values(), d.ties.values())
    groups = coalitions(graph)
    if not 1 <= number <= len(groups):
        return None
    members = groups[number - 1]
    return Highlight("coalition", frozenset(members),
                     translate("Highlights", "Coalition {0}: {1} stakeholders").format(number, len(members)))


def chain(d: Dialogue, source: str, target: str, hidden: Collection[TieType] = ()) -> Highlight | None:
    """The shortest chain of ties (shown types) from one stakeholder to another, or None."""
    graph = build_graph(d.stakeholders.values(), d.ties.values(), _shown(hidden))
    path = shortest_chain(graph, source, target)
    if path is None:
        return None
    a, b = d.stakeholders[source].name, d.stakeholders[target].name
    text = Highlights().chain_text(a, b, len(path) - 1)
    return Highlight("chain", frozenset(path), text, tuple(path))
