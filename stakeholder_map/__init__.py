"""Stakeholders and their ties, on networkx: attributes, positions on options, analyses.

Nothing here knows about the decision's criteria, files or windows.

- :mod:`~stakeholder_map.model`: Stakeholder, Tie, Position and their enums.
- :mod:`~stakeholder_map.grid`: power-interest quadrant and salience class.
- :mod:`~stakeholder_map.network`: the graph of the selected tie types and centrality measures.
- :mod:`~stakeholder_map.shortest_paths`: fast betweenness and closeness (batched Brandes).
- :mod:`~stakeholder_map.structure`: brokers, coalitions, shortest chains, stakeholders with no tie.
- :mod:`~stakeholder_map.measures`: one table of all of the above per stakeholder.
- :mod:`~stakeholder_map.layout`: force-directed, circular by category, shells by power.
- :mod:`~stakeholder_map.feasibility`: power-weighted position map and feasibility index.
"""
