"""Label placement on the map: labels never cover each other or a node, stay in view when they
can, and the selection's label is always shown."""

from __future__ import annotations

import random

from desktop.widgets.network_labels import LabelRequest, place_labels


def _rect(r: LabelRequest, spot: tuple[float, float]) -> tuple[float, float, float, float]:
    return (r.x + spot[0], r.y + spot[1], r.x + spot[0] + r.width, r.y + spot[1] + r.height)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_crowded_labels_never_overlap_each_other_or_nodes() -> None:
    """300 random nodes in a 1,000 x 700 view: every shown label is clear of the others and of
    every other node; the most powerful keep their labels first."""
    rng = random.Random(3)
    requests = [LabelRequest(f"s{i}", rng.uniform(0, 1000), rng.uniform(0, 700), rng.choice([8, 14, 20]),
                             rng.uniform(60, 150), 16, priority=rng.randint(1, 5)) for i in range(300)]
    out = place_labels(requests, bounds=(0, 0, 1000, 700))
    shown = [(r, _rect(r, out[r.key])) for r in requests if out[r.key] is not None]
    assert len(shown) > 60
    for i, (_, a) in enumerate(shown):
        for _, b in shown[i + 1:]:
            assert not _overlap(a, b)
    for r, rect in shown:
        for other in requests:
            if other.key != r.key:
                node = (other.x - other.radius, other.y - other.radius, other.x + other.radius,
                        other.y + other.radius)
                assert not _overlap(rect, node)
    top = [r for r in requests if r.priority == 5]
    bottom = [r for r in requests if r.priority == 1]
    assert (sum(out[r.key] is not None for r in top) / len(top)
            > sum(out[r.key] is not None for r in bottom) / len(bottom))


def test_a_label_at_the_right_edge_goes_to_the_left_of_its_node() -> None:
    """Below and above are taken by neighbours and the right is out of view: it goes left."""
    node = LabelRequest("a", 990, 300, 10, 120, 16, priority=1)
    above = LabelRequest("b", 990, 270, 10, 40, 16, priority=5)
    below = LabelRequest("c", 990, 330, 10, 40, 16, priority=5)
    out = place_labels([node, above, below], bounds=(0, 0, 1000, 700))
    dx, _ = out["a"]
    assert 990 + dx + 120 <= 1000


def test_the_selected_label_is_shown_even_when_crowded() -> None:
    """``always`` labels are placed first and never hidden."""
    crowd = [LabelRequest(f"n{i}", 100 + i, 100, 10, 80, 16, priority=5) for i in range(30)]
    chosen = LabelRequest("me", 115, 100, 10, 80, 16, priority=0, always=True)
    out = place_labels([*crowd, chosen])
    assert out["me"] is not None


def test_the_legend_is_kept_clear() -> None:
    """An obstacle (the legend) covers the spot below: the label goes elsewhere."""
    r = LabelRequest("a", 100, 100, 10, 80, 16)
    out = place_labels([r], obstacles=[(0, 105, 300, 200)])
    assert not _overlap(_rect(r, out["a"]), (0, 105, 300, 200))
