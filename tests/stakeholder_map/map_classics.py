"""Krackhardt's kite (Krackhardt 1990), shared by the map tests."""

from __future__ import annotations

from stakeholder_map.model import Stakeholder, Tie

# Krackhardt (1990), Administrative Science Quarterly 35: 342-369, the "kite". Raw betweenness
# and distance sums below are the textbook values, checkable by hand from the figure:
# Diane has the most ties (6), Heather the highest betweenness (14 of 36 pairs of others),
# Fernando and Garth the shortest distances (sum 14).
KITE_EDGES = [
    ("Andre", "Beverly"), ("Andre", "Carol"), ("Andre", "Diane"), ("Andre", "Fernando"),
    ("Beverly", "Diane"), ("Beverly", "Ed"), ("Beverly", "Garth"), ("Carol", "Diane"),
    ("Carol", "Fernando"), ("Diane", "Ed"), ("Diane", "Fernando"), ("Diane", "Garth"),
    ("Ed", "Garth"), ("Fernando", "Garth"), ("Fernando", "Heather"), ("Garth", "Heather"),
    ("Heather", "Ike"), ("Ike", "Jane"),
]
KITE_DEGREE = {"Andre": 4, "Beverly": 4, "Carol": 3, "Diane": 6, "Ed": 3, "Fernando": 5,
               "Garth": 5, "Heather": 3, "Ike": 2, "Jane": 1}
KITE_BETWEENNESS_RAW = {"Andre": 5 / 6, "Beverly": 5 / 6, "Carol": 0, "Diane": 11 / 3, "Ed": 0,
                        "Fernando": 25 / 3, "Garth": 25 / 3, "Heather": 14, "Ike": 8, "Jane": 0}
KITE_DISTANCE_SUM = {"Andre": 17, "Beverly": 17, "Carol": 18, "Diane": 15, "Ed": 18,
                     "Fernando": 14, "Garth": 14, "Heather": 15, "Ike": 21, "Jane": 29}


def kite_map() -> tuple[list[Stakeholder], list[Tie]]:
    people = sorted(KITE_DEGREE)
    stakeholders = [Stakeholder(p, p) for p in people]
    ties = [Tie(f"t{i}", u, v) for i, (u, v) in enumerate(KITE_EDGES, start=1)]
    return stakeholders, ties
