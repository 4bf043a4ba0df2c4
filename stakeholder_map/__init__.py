"""Stakeholders and their ties, on networkx: attributes, positions on options, analyses.

Nothing here knows about the decision's criteria, files or windows.
"""
