"""Layouts: repeatable, respectful of pinned stakeholders, and readable."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import pytest

from stakeholder_map.layout import circular_by_category, force_layout, shells_by_power
from stakeholder_map.model import Category, Stakeholder


def _two_cliques() -> nx.Graph:
    g = nx.Graph()
    left, right = [f"a{i}" for i in range(6)], [f"b{i}" for i in range(6)]
    g.add_edges_from(itertools.combinations(left, 2))
    g.add_edges_from(itertools.combinations(right, 2))
    g.add_edge("a0", "b0")
    return g


def _dist(p, q):
    return math.dist(p, q)


def test_force_layout_is_seeded():
    g = _two_cliques()
    assert force_layout(g, seed=3) == force_layout(g, seed=3)
    assert force_layout(g, seed=3) != force_layout(g, seed=4)


def test_force_layout_keeps_groups_together_and_fits_the_scale():
    g = _two_cliques()
    places = force_layout(g, scale=400)
    within = [_dist(places[u], places[v]) for u, v in itertools.combinations(
        [f"a{i}" for i in range(1, 6)], 2)]
    across = [_dist(places[f"a{i}"], places[f"b{j}"]) for i in range(1, 6) for j in range(1, 6)]
    assert max(within) < min(across)
    assert max(max(abs(x), abs(y)) for x, y in places.values()) == pytest.approx(400)


def test_fixed_stakeholders_do_not_move():
    """A stakeholder the user dragged keeps its exact place; the others are laid out around."""
    g = _two_cliques()
    initial = {"a0": (-120.5, 33.0), "b0": (250.0, -10.0)}
    places = force_layout(g, initial=initial, fixed=["a0", "b0"])
    assert places["a0"] == (-120.5, 33.0)
    assert places["b0"] == (250.0, -10.0)
    assert len(places) == 12


def test_force_layout_small_cases():
    assert force_layout(nx.Graph()) == {}
    assert force_layout(nx.Graph([("a", "b")]).subgraph(["a"])) == {"a": (0.0, 0.0)}
    places = force_layout(nx.empty_graph(["x", "y", "z"]))
    assert len({p for p in places.values()}) == 3


def test_circular_by_category_groups_each_category_together():
    people = [Stakeholder("u1", "U1", category="union"),
              Stakeholder("m1", "M1", category="ministry_of_health"),
              Stakeholder("u2", "U2", category="union"),
              Stakeholder("m2", "M2", category="ministry_of_health")]
    places = circular_by_category(people, scale=100)
    angles = {k: math.atan2(y, x) % (2 * math.pi) for k, (x, y) in places.items()}
    order = sorted(angles, key=angles.get)
    # Ministries first (Category order), then unions, each group contiguous.
    assert order == ["m1", "m2", "u1", "u2"]
    assert all(math.hypot(*p) == pytest.approx(100) for p in places.values())
    gap = angles["u1"] - angles["m2"]
    step = angles["m2"] - angles["m1"]
    assert gap == pytest.approx(2 * step)  # one empty slot between categories
    assert next(iter(Category)) is Category.MINISTRY_OF_HEALTH


def test_shells_by_power_put_the_powerful_inside():
    people = [Stakeholder(f"p{p}_{i}", "x", power=p) for p in range(1, 6) for i in range(2)]
    places = shells_by_power(people, scale=500)
    for s in people:
        assert math.hypot(*places[s.id]) == pytest.approx(500 * (6 - s.power) / 5)
    assert list(places) == [s.id for s in people]


def test_layouts_of_nothing():
    assert circular_by_category([]) == {}
    assert shells_by_power([]) == {}


def test_layout_positions_are_part_of_the_document_and_survive_saving(tmp_path):
    """A layout applied as an edit (as the window does) is saved and loaded back exactly."""
    from dialogue.edits import move_stakeholders
    from dialogue.example import example_dialogue
    from dialogue.native_file import load, save
    from stakeholder_map.network import build_graph

    d = example_dialogue()
    graph = build_graph(d.stakeholders.values(), d.ties.values())
    places = force_layout(graph, seed=11)
    d.apply(move_stakeholders(d, places))
    path = tmp_path / "moved.palabre"
    save(d, path)
    loaded = load(path)
    assert {s.id: (s.x, s.y) for s in loaded.stakeholders.values()} == places
