"""Helpers shared by the subcommands: reading a dialogue, printing tables and JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from palabre.errors import PalabreError


def load_dialogue(path: str) -> Any:
    """Load a ``.palabre`` file (a FileFormatError names the field on failure)."""
    from dialogue.native_file import load

    return load(Path(path))


def print_json(data: Any) -> None:
    """Print JSON (UTF-8, indented, no NaN)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], lang: str = "en") -> None:
    """Print a plain aligned table; numbers right-aligned with 3 decimals (``0,676`` in French)."""

    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.3f}".replace(".", ",") if lang == "fr" else f"{v:.3f}"
        return "" if v is None else str(v)

    text = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in text]) for i, h in enumerate(headers)]
    numeric = [all(isinstance(row[i], (int, float)) for row in rows) and rows for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    print(line(list(headers)))
    print("  ".join("-" * w for w in widths))
    for row in text:
        print(line(row))


def fail(message: str) -> int:
    """Print a one-line error and return exit code 1."""
    print(f"palabre: {message}", file=sys.stderr)
    return 1


__all__ = ["PalabreError", "fail", "load_dialogue", "print_json", "print_table"]
