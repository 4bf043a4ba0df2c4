"""The network map in the window at workshop-plus size: 300 stakeholders, 1,500 ties (issue 5).

Frames are rendered offscreen into an image the size of a large map pane (1,200 x 800 pixels),
through the view's own paint path (``viewport().render``), so a figure is what one frame costs
the machine. Each has a baseline measured in the same run: the same number of plain
``QGraphicsLineItem`` ties and ``QGraphicsEllipseItem`` nodes with ``QGraphicsSimpleTextItem``
labels, antialiased, in a bare ``QGraphicsScene``, moved or zoomed the same way.

- drag: one mouse move on a well-connected node (the edit pushed through the controller, merged
  into the drag's undo step, the node and its ties moved) and the frame drawn;
- zoom: one wheel step (ties drawn without antialiasing or dashes while zooming) and the frame;
- zoom settled: the full-quality frame drawn once zooming stops;
- rebuild: a structural change (a tie added) redrawn from the document.

The map is laid out by the engine's force-directed layout on a graph with communities, as real
maps are, rather than scattered at random (which would draw every tie across the whole pane).
"""

from __future__ import annotations

import os
import random
import statistics
import time

from benchmarks.common import Result

TOPIC = "network_view"
N_STAKEHOLDERS = 300
N_TIES = 1_500
SIZE = (1200, 800)
TARGET_MS = 16.0


def _dialogue(seed: int = 5):
    from dialogue.model import Dialogue, Edit, Put
    from dialogue.values import Option
    from stakeholder_map.layout import force_layout
    from stakeholder_map.model import Category, Position, Stakeholder, Tie, TieType
    from stakeholder_map.network import build_graph

    rng = random.Random(seed)
    options = [Option(f"o{i}", f"Option {i}") for i in range(6)]
    categories = list(Category)
    people = [Stakeholder(f"s{i}", f"Stakeholder number {i}", rng.choice(categories),
                          power=rng.randint(1, 5), interest=rng.randint(1, 5),
                          positions={o.id: Position(rng.randint(-2, 2)) for o in options if rng.random() < 0.8})
              for i in range(N_STAKEHOLDERS)]
    groups = 12
    ties, seen = [], set()
    types = list(TieType)
    while len(ties) < N_TIES:
        a = rng.randrange(N_STAKEHOLDERS)
        # Four ties in five stay inside a community, as in real stakeholder maps.
        b = (rng.randrange(N_STAKEHOLDERS // groups) * groups + a % groups if rng.random() < 0.8
             else rng.randrange(N_STAKEHOLDERS))
        t = rng.choice(types)
        if a == b or (a, b, t) in seen:
            continue
        seen.add((a, b, t))
        ties.append(Tie(f"t{len(ties)}", f"s{a}", f"s{b}", t, rng.randint(1, 3), t in (TieType.AUTHORITY,
                                                                                        TieType.FUNDING)))
    places = force_layout(build_graph(people, ties), weight="strength")
    people = [s.replace(x=places[s.id][0], y=places[s.id][1]) for s in people]
    d = Dialogue()
    steps = [Put("options", o.id, o) for o in options]
    steps += [Put("stakeholders", s.id, s) for s in people] + [Put("ties", t.id, t) for t in ties]
    d.apply(Edit("bench", tuple(steps)))
    return d


def _frames(fn, render, count: int) -> float:
    times = []
    for i in range(count):
        start = time.perf_counter()
        fn(i)
        render()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> list[Result]:
    """Frame times of the map against the bare-scene baseline."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QLineF, QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsEllipseItem,
        QGraphicsItem,
        QGraphicsLineItem,
        QGraphicsScene,
        QGraphicsView,
    )

    from desktop.app import application
    from desktop.controller import DocumentController
    from desktop.models.stakeholder_session import MapSession
    from desktop.widgets.network_view import NetworkView
    from dialogue import edits_map

    application(offscreen=True)
    d = _dialogue()
    controller = DocumentController(d)
    session = MapSession(controller)
    view = NetworkView(session)
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()
    view.fit()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)

    def render() -> None:
        view.viewport().render(image)

    render()
    # The best-connected stakeholder, dragged in a small circle with real mouse events.
    degree: dict[str, int] = {}
    for t in d.ties.values():
        for end in (t.source, t.target):
            degree[end] = degree.get(end, 0) + 1
    hub = max(degree, key=degree.__getitem__)
    vp = view.viewport()
    centre = view.mapFromScene(view.nodes[hub].pos())

    def mouse(kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
        button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        QApplication.sendEvent(vp, QMouseEvent(kind, pos, vp.mapToGlobal(pos), button, buttons,
                                               Qt.KeyboardModifier.NoModifier))

    mouse(QEvent.Type.MouseButtonPress, QPointF(centre), Qt.MouseButton.LeftButton)

    def drag(i: int) -> None:
        angle = i / 6.0
        import math

        p = QPointF(centre.x() + 40 * math.cos(angle) + 10, centre.y() + 40 * math.sin(angle))
        mouse(QEvent.Type.MouseMove, p, Qt.MouseButton.LeftButton)

    drag_s = _frames(drag, render, 60)
    mouse(QEvent.Type.MouseButtonRelease, QPointF(centre), Qt.MouseButton.NoButton)
    undo_steps = controller.undo_stack.count()

    def zoom(i: int) -> None:
        view.zoom(1.08 if i % 2 == 0 else 1 / 1.08, QPointF(600, 400))

    zoom_s = _frames(zoom, render, 40)

    def settled(i: int) -> None:
        zoom(i)
        view._settle()

    settled_s = _frames(settled, render, 20)

    def rebuild(i: int) -> None:
        controller.push(edits_map.new_tie(controller.dialogue, "s1", f"s{i + 2}", "information"))

    rebuild_s = _frames(rebuild, render, 8)

    # ---------------------------------------------------------------- baseline: a bare scene
    scene = QGraphicsScene()
    pos = {sid: QPointF(s.x, s.y) for sid, s in d.stakeholders.items()}
    lines: dict[str, list[tuple[QGraphicsLineItem, bool]]] = {}
    for t in d.ties.values():
        pen = QPen(QColor("#2E86C1"), 1.0 + 0.9 * t.strength)
        pen.setCosmetic(True)
        item = QGraphicsLineItem(QLineF(pos[t.source], pos[t.target]))
        item.setPen(pen)
        scene.addItem(item)
        lines.setdefault(t.source, []).append((item, True))
        lines.setdefault(t.target, []).append((item, False))
    dots = {}
    for sid, p in pos.items():
        dot = QGraphicsEllipseItem(-12, -12, 24, 24)
        dot.setPos(p)
        dot.setBrush(QColor("#0072B2"))
        dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        scene.addItem(dot)
        text = scene.addSimpleText(d.stakeholders[sid].name)
        text.setParentItem(dot)
        text.setPos(-40, 14)
        dots[sid] = dot
    bare = QGraphicsView(scene)
    bare.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    bare.resize(*SIZE)
    bare.show()
    QApplication.processEvents()
    bare.setTransform(view.transform())
    bare.centerOn(view.mapToScene(view.viewport().rect().center()))
    bare_image = QImage(bare.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)

    def bare_render() -> None:
        bare.viewport().render(bare_image)

    start_pos = QPointF(pos[hub])

    def bare_drag(i: int) -> None:
        import math

        p = start_pos + QPointF(40 * math.cos(i / 6.0) / view.transform().m11(), 0)
        dots[hub].setPos(p)
        for item, is_source in lines.get(hub, []):
            line = item.line()
            item.setLine(QLineF(p, line.p2()) if is_source else QLineF(line.p1(), p))

    bare_drag_s = _frames(bare_drag, bare_render, 60)

    def bare_zoom(i: int) -> None:
        factor = 1.08 if i % 2 == 0 else 1 / 1.08
        bare.scale(factor, factor)

    bare_zoom_s = _frames(bare_zoom, bare_render, 40)

    def bare_build(_i: int) -> None:
        s2 = QGraphicsScene()
        for t in d.ties.values():
            s2.addLine(QLineF(pos[t.source], pos[t.target]))
        for p in pos.values():
            s2.addEllipse(p.x() - 12, p.y() - 12, 24, 24)

    bare_build_s = _frames(bare_build, bare_render, 8)

    note = (f"{N_STAKEHOLDERS} stakeholders, {N_TIES} ties, {SIZE[0]} x {SIZE[1]} pixels, "
            f"force-directed layout; the drag was {undo_steps} undo step(s)")
    target = f"< {TARGET_MS:.0f} ms a frame"
    return [
        Result(TOPIC, "drag a node: one frame", drag_s, "bare scene, one node moved", bare_drag_s,
               target=target, met=drag_s * 1e3 < TARGET_MS, note=note),
        Result(TOPIC, "zoom: one wheel step", zoom_s, "bare scene, one zoom step", bare_zoom_s,
               target=target, met=zoom_s * 1e3 < TARGET_MS),
        Result(TOPIC, "zoom settled: full-quality frame", settled_s, "bare scene, one zoom step", bare_zoom_s,
               note="drawn once, 160 ms after the last wheel step"),
        Result(TOPIC, "structural change (tie added): rebuild and frame", rebuild_s,
               "bare scene built from scratch", bare_build_s),
    ]
