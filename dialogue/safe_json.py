"""JSON parsing that refuses what a hostile or damaged file can hide.

The standard parser accepts NaN and Infinity, keeps the last of duplicate keys silently, turns a
number with thousands of digits into a huge integer, and raises RecursionError on deep nesting.
Each of these becomes a clear :class:`FileFormatError` here.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from palabre.errors import FileFormatError

MAX_DEPTH = 64
MAX_NUMBER_DIGITS = 40
# Up to this recursion limit the JSON parser's own recursion guard fires long before the C
# stack runs out, so deep nesting is caught as RecursionError.
_TRUSTED_RECURSION_LIMIT = 10_000


def _no_constants(name: str) -> Any:
    raise FileFormatError(f"the file contains {name}, which is not a number Palabre accepts")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise FileFormatError(f"the file contains a number with {len(text)} digits")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS * 2:
        raise FileFormatError(f"the file contains a number written with {len(text)} characters")
    value = float(text)
    if not math.isfinite(value):
        # 1e400 overflows to infinity, which would slip past the refusal of Infinity.
        raise FileFormatError(f"the file contains the number {text}, too large to be used")
    return value


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            shown = key if len(key) <= 60 else key[:57] + "..."
            raise FileFormatError(f"the key {shown!r} appears twice in the same object")
        out[key] = value
    return out


def _depth(text: str) -> int:
    """The deepest nesting of brackets outside strings (a slow scan, used only as a fallback)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether parsed JSON nests more than ``limit`` containers deep (an iterative walk).

    Checked after parsing, which is far cheaper than scanning the text in Python; nesting too
    deep for the parser itself raises RecursionError there (the C parser guards its recursion).
    """
    stack = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        for child in node.values() if isinstance(node, dict) else node:
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
    return False


def loads(text: str, source: str = "the file") -> Any:
    """Parse JSON text strictly; every refusal is a FileFormatError naming ``source``."""
    too_deep = FileFormatError(f"{source}: nested more than {MAX_DEPTH} levels deep")
    if sys.getrecursionlimit() > _TRUSTED_RECURSION_LIMIT and _depth(text) > MAX_DEPTH:
        # Someone raised the recursion limit: the parser's guard may then come after the C
        # stack is exhausted, so scan the text first (slow, but safe).
        raise too_deep
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_no_constants,
            parse_int=_int,
            parse_float=_float,
        )
    except FileFormatError as exc:
        raise FileFormatError(f"{source}: {exc.message}") from None
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise too_deep from None
    if _deeper_than(value, MAX_DEPTH):
        raise too_deep
    return value
