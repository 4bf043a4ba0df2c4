"""The document: one policy dialogue, its reversible edits, its native file and the example.

Typical use::

    from dialogue import Dialogue, load, save
    from dialogue.example import example_dialogue
"""

from dialogue.model import Dialogue, DialogueInfo, Option, Score, WeightSet
from dialogue.native_file import load, save

__all__ = ["Dialogue", "DialogueInfo", "Option", "Score", "WeightSet", "load", "save"]
