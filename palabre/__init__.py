"""Palabre: shared foundations for every package (version and the root of the error tree).

This package sits below all the others so that ``mcda`` and ``stakeholder_map``, which must not
import each other, can still raise errors that share one root, :class:`PalabreError`.
"""

__version__ = "0.1.0"
