"""Decision analysis, pure numbers: criteria, weights, aggregation methods, sensitivity.

Nothing here knows about stakeholders, files or windows. ``skcriteria`` is imported lazily by the
methods that need it, never at import time (it costs over a second).
"""
