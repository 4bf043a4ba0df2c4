"""The root of Palabre's exception tree.

Every error that Palabre raises on purpose (bad input, an invalid edit, a damaged file) is a
:class:`PalabreError`. The window and the command line catch only these and show their message;
anything else is a bug and must surface.
"""

from __future__ import annotations


class PalabreError(Exception):
    """An error the user can act on: the message says what is wrong and where.

    Parameters
    ----------
    message:
        A sentence naming the field, row, column or cell and what was expected.
    problems:
        Further problems found in the same check, one message each (for example every bad row
        of an imported table). ``message`` summarises them.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[str] = list(problems) if problems else [message]

    def __str__(self) -> str:
        return self.message


class ValidationError(PalabreError):
    """A value breaks a rule of the document (out of range, unknown id, missing field)."""


class FileFormatError(PalabreError):
    """A file cannot be read: damaged, hostile, of another kind, or of a newer format version."""
