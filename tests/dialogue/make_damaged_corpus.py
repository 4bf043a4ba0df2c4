"""Write the corpus of damaged and hostile ``.palabre`` files used by test_damaged_files.py.

Run from the repository root to regenerate ``tests/dialogue/data/damaged/`` (the test checks that
the files on disk are exactly what this script writes)::

    .venv/bin/python tests/dialogue/make_damaged_corpus.py

Every file is one small, valid base document (:data:`BASE`, a literal so that the corpus does not
change when the example dialogue does) with one thing broken. Each case names the fragments the
loader's message must contain, so that the test checks the message points at the field or the
problem. Cases too large to keep in git (a ten-megabyte string) are built by the test in a temporary
folder from :data:`LARGE_CASES`.
"""

from __future__ import annotations

import copy
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "damaged"

BASE: dict[str, Any] = {
    "format": "palabre",
    "format_version": 1,
    "app_version": "0.1.0",
    "info": {
        "title": "Damaged-file corpus base",
        "country": "Mayanga (fictional)",
        "topic": "Rural retention",
        "date": "2026-11-29",
        "facilitator": "Test team",
        "organisation": "",
        "language": "en",
        "illustrative": True,
        "draft": False,
        "currency": "US$",
    },
    "stakeholders": [
        {
            "id": "moh",
            "name": "Ministry of Health",
            "category": "ministry_of_health",
            "level": "national",
            "kind": "organisation",
            "power": 5,
            "interest": 5,
            "resources": 4,
            "leadership": None,
            "knowledge": None,
            "legitimacy": True,
            "urgency": True,
            "notes": "Convenes the dialogue.",
            "x": 10.5,
            "y": -3.0,
            "positions": {"housing": {"stance": 2, "confidence": None}},
        },
        {
            "id": "union",
            "name": "Union of Nurses and Midwives",
            "category": "union",
            "level": "national",
            "kind": "organisation",
            "power": 4,
            "interest": 5,
            "resources": 3,
            "leadership": 4,
            "knowledge": 4,
            "legitimacy": True,
            "urgency": True,
            "notes": "",
            "x": None,
            "y": None,
            "positions": {
                "housing": {"stance": 1, "confidence": 0.5},
                "allowance": {"stance": 2, "confidence": None},
            },
        },
    ],
    "ties": [
        {
            "id": "t1",
            "source": "moh",
            "target": "union",
            "type": "information",
            "strength": 2,
            "directed": False,
            "notes": "",
        },
    ],
    "options": [
        {
            "id": "housing",
            "name": "Staff housing",
            "family": "support",
            "code": "D1",
            "description": "Houses at rural posts.",
            "expected_cost": "US$ 5 million",
            "notes": "",
            "bundle": "",
        },
        {
            "id": "allowance",
            "name": "Rural allowance",
            "family": "financial",
            "code": "C1",
            "description": "",
            "expected_cost": "",
            "notes": "",
            "bundle": "",
        },
    ],
    "criteria": [
        {
            "id": "cost",
            "name": "Recurrent cost",
            "group": "feasibility",
            "direction": "cost",
            "description": "",
            "scale": {
                "kind": "natural",
                "low": 0.0,
                "high": 10.0,
                "unit": "US$ million",
                "anchors": [],
                "points": [],
            },
        },
        {
            "id": "retention",
            "name": "Effect on retention",
            "group": "impact",
            "direction": "benefit",
            "description": "",
            "scale": {
                "kind": "anchored",
                "low": 1.0,
                "high": 5.0,
                "unit": "",
                "anchors": [],
                "points": [],
            },
        },
    ],
    "scores": [
        {"option": "housing", "criterion": "cost", "value": 5.5, "low": 4.0, "high": 7.5},
        {"option": "housing", "criterion": "retention", "value": 4.0, "low": None, "high": None},
        {"option": "allowance", "criterion": "cost", "value": 9.0, "low": None, "high": None},
        {"option": "allowance", "criterion": "retention", "value": 5.0, "low": None, "high": None},
    ],
    "weight_sets": [
        {
            "id": "moh",
            "name": "Ministry of Health",
            "description": "",
            "group_weights": {"feasibility": 40, "impact": 60},
            "weights": {"cost": 2, "retention": 5},
        },
    ],
    "active_weight_set": "moh",
    "brief": {"context": "Short context."},
}


def text_of(doc: Any) -> str:
    """The file text of a JSON document, written the way Palabre writes it."""
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


BASE_TEXT = text_of(BASE)


def changed(path: str, value: Any) -> bytes:
    """The base with the value at ``path`` (``"stakeholders.0.power"``) replaced."""
    doc = copy.deepcopy(BASE)
    *parents, last = path.split(".")
    node: Any = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return text_of(doc).encode("utf-8")


def appended(path: str, item: Any) -> bytes:
    """The base with ``item`` appended to the list at ``path``."""
    doc = copy.deepcopy(BASE)
    node: Any = doc
    for part in path.split("."):
        node = node[int(part)] if isinstance(node, list) else node[part]
    node.append(item)
    return text_of(doc).encode("utf-8")


def replaced(old: str, new: str) -> bytes:
    """The base text with one piece of text replaced (for what JSON itself cannot express)."""
    if BASE_TEXT.count(old) < 1:
        raise ValueError(f"{old!r} is not in the base text")
    return BASE_TEXT.replace(old, new, 1).encode("utf-8")


def _binary() -> bytes:
    rng = random.Random(20261129)
    return bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(
        rng.randrange(256) for _ in range(2048)
    )


def _nested(depth: int) -> bytes:
    return (
        '{"format": "palabre", "format_version": 1, "brief": ' + "[" * depth + "]" * depth + "}"
    ).encode("ascii")


S0 = "stakeholders.0"
# name -> (content, fragments the message must contain). "{FORMAT_VERSION}" in a fragment is
# replaced by the version this Palabre writes.
Case = tuple[bytes, tuple[str, ...]]
CASES: dict[str, Case] = {
    # ------------------------------------------------------------ not a dialogue at all
    "empty.palabre": (b"", ("is empty",)),
    "whitespace-only.palabre": (b"  \n\t\n", ("is empty",)),
    "binary.palabre": (_binary(), ("not UTF-8",)),
    "utf16-with-bom.palabre": (BASE_TEXT.encode("utf-16"), ("UTF-16",)),
    "utf16le-without-bom.palabre": (BASE_TEXT.encode("utf-16-le"), ("UTF-16",)),
    "latin1.palabre": (
        BASE_TEXT.replace("Short context.", "Ministère de la Santé").encode("latin-1"),
        ("not UTF-8",),
    ),
    "plain-text.palabre": (
        b"Minutes of the meeting of 12 November\n",
        ("not valid JSON", "line 1"),
    ),
    "truncated-half.palabre": (BASE_TEXT.encode()[: len(BASE_TEXT) // 2], ("not valid JSON",)),
    "truncated-last-brace.palabre": (BASE_TEXT.rstrip().rstrip("}").encode(), ("not valid JSON",)),
    "trailing-garbage.palabre": ((BASE_TEXT + "}\n").encode(), ("not valid JSON", "Extra data")),
    "json-list.palabre": (b"[1, 2, 3]\n", ("not a Palabre dialogue", "JSON object")),
    "json-string.palabre": (b'"palabre"\n', ("not a Palabre dialogue",)),
    # ------------------------------------------------------------ format and version
    "unknown-format.palabre": (changed("format", "gephi"), ("not a Palabre dialogue", "format")),
    "missing-format.palabre": (replaced('"format": "palabre",', ""), ("not a Palabre dialogue",)),
    "format-version-999.palabre": (
        changed("format_version", 999),
        ("format version 999", "versions up to {FORMAT_VERSION}", "update Palabre"),
    ),
    "format-version-text.palabre": (changed("format_version", "1"), ("format_version",)),
    "format-version-zero.palabre": (changed("format_version", 0), ("format_version",)),
    "format-version-fraction.palabre": (changed("format_version", 1.5), ("format_version",)),
    "format-version-missing.palabre": (replaced('"format_version": 1,', ""), ("format_version",)),
    # ------------------------------------------------------------ hostile JSON
    "nan.palabre": (replaced('"value": 5.5', '"value": NaN'), ("NaN",)),
    "infinity.palabre": (replaced('"x": 10.5', '"x": Infinity'), ("Infinity",)),
    "minus-infinity.palabre": (replaced('"cost": 2', '"cost": -Infinity'), ("-Infinity",)),
    "overflowing-float.palabre": (replaced('"value": 5.5', '"value": 1e400'), ("1e400",)),
    "duplicate-keys.palabre": (
        replaced('"title": "Damaged-file corpus base",', '"title": "Shown", "title": "Hidden",'),
        ("'title'", "twice"),
    ),
    "duplicate-top-keys.palabre": (
        replaced(
            '"active_weight_set": "moh",', '"active_weight_set": "moh", "active_weight_set": "x",'
        ),
        ("'active_weight_set'", "twice"),
    ),
    "huge-integer.palabre": (replaced('"power": 5', '"power": ' + "9" * 5000), ("5000 digits",)),
    "huge-float.palabre": (
        replaced('"value": 5.5', '"value": 1.' + "5" * 5000),
        ("5002 characters",),
    ),
    "nested-10000.palabre": (_nested(10_000), ("nested more than",)),
    "nested-100-in-field.palabre": (
        changed("info.title", json.loads("[" * 100 + "]" * 100)),
        ("nested more than",),
    ),
    # ------------------------------------------------------------ unknown fields
    "unknown-top-field.palabre": (changed("macro", "import os"), ("macro", "unknown field")),
    "unknown-stakeholder-field.palabre": (
        changed(f"{S0}.colour", "red"),
        ("stakeholders[0].colour", "unknown field"),
    ),
    "unknown-scale-field.palabre": (
        changed("criteria.0.scale.formula", "x*2"),
        ("criteria[0].scale.formula", "unknown field"),
    ),
    # ------------------------------------------------------------ wrong types, each kind of field
    "info-not-object.palabre": (changed("info", ["title"]), ("info", "expected an object")),
    "title-number.palabre": (changed("info.title", 42), ("info.title", "expected text")),
    "title-missing.palabre": (changed("info.title", None), ("info.title", "missing")),
    "date-not-iso.palabre": (changed("info.date", "29/11/2026"), ("info", "date", "29/11/2026")),
    "date-impossible.palabre": (changed("info.date", "2026-02-30"), ("info", "2026-02-30")),
    "language-unknown.palabre": (changed("info.language", "de"), ("info", "language", "'de'")),
    "flag-not-boolean.palabre": (
        changed("info.illustrative", "yes"),
        ("info.illustrative", "true or false"),
    ),
    "stakeholders-not-list.palabre": (
        changed("stakeholders", {"moh": {}}),
        ("stakeholders", "expected a list"),
    ),
    "stakeholder-is-text.palabre": (
        changed(S0, "Ministry of Health"),
        ("stakeholders[0]", "expected an object"),
    ),
    "power-text.palabre": (
        changed(f"{S0}.power", "high"),
        ("stakeholders[0].power", "whole number", "'high'"),
    ),
    "power-fraction.palabre": (changed(f"{S0}.power", 3.5), ("stakeholders[0].power", "3.5")),
    "power-zero.palabre": (changed(f"{S0}.power", 0), ("stakeholders[0]", "power", "1 to 5")),
    "power-six.palabre": (changed(f"{S0}.power", 6), ("stakeholders[0]", "power", "6")),
    "power-boolean.palabre": (changed(f"{S0}.power", True), ("stakeholders[0].power",)),
    "category-unknown.palabre": (
        changed(f"{S0}.category", "astrologers"),
        ("stakeholders[0]", "category", "astrologers"),
    ),
    "x-text.palabre": (changed(f"{S0}.x", "left"), ("stakeholders[0].x", "expected a number")),
    "positions-list.palabre": (
        changed(f"{S0}.positions", [2]),
        ("stakeholders[0].positions", "expected an object"),
    ),
    "stance-text.palabre": (
        changed(f"{S0}.positions.housing.stance", "+2"),
        ("stakeholders[0].positions.housing.stance", "whole number"),
    ),
    "stance-three.palabre": (
        changed(f"{S0}.positions.housing.stance", 3),
        ("stakeholders[0].positions.housing", "stance", "-2 to 2"),
    ),
    "confidence-two.palabre": (
        changed(f"{S0}.positions.housing.confidence", 2),
        ("stakeholders[0].positions.housing", "confidence"),
    ),
    "name-empty.palabre": (changed(f"{S0}.name", " "), ("stakeholders[0]", "name")),
    "name-too-long.palabre": (
        changed(f"{S0}.name", "N" * 501),
        ("stakeholders[0].name", "501", "500"),
    ),
    "lone-surrogate.palabre": (
        replaced('"Ministry of Health"', '"Ministry \\ud800 of Health"'),
        ("stakeholders[0].name", "surrogate"),
    ),
    "tie-strength-four.palabre": (changed("ties.0.strength", 4), ("ties[0]", "strength", "1 to 3")),
    "tie-type-unknown.palabre": (changed("ties.0.type", "friendship"), ("ties[0]", "friendship")),
    "tie-directed-number.palabre": (changed("ties.0.directed", 1), ("ties[0].directed",)),
    "tie-to-itself.palabre": (changed("ties.0.target", "moh"), ("ties[0]", "itself")),
    "option-family-unknown.palabre": (
        changed("options.0.family", "bribes"),
        ("options[0]", "family", "bribes"),
    ),
    "option-code-number.palabre": (
        changed("options.0.code", 1),
        ("options[0].code", "expected text"),
    ),
    "criterion-group-unknown.palabre": (
        changed("criteria.0.group", "politics"),
        ("criteria[0]", "politics"),
    ),
    "criterion-direction-unknown.palabre": (
        changed("criteria.0.direction", "up"),
        ("criteria[0]", "'up'"),
    ),
    "scale-not-object.palabre": (
        changed("criteria.0.scale", "1-5"),
        ("criteria[0].scale", "expected an object"),
    ),
    "scale-low-above-high.palabre": (
        changed("criteria.0.scale.low", 20),
        ("criteria[0].scale", "low", "below"),
    ),
    "scale-kind-unknown.palabre": (
        changed("criteria.0.scale.kind", "stars"),
        ("criteria[0].scale", "stars"),
    ),
    "scale-anchors-not-text.palabre": (
        changed("criteria.1.scale.anchors", [1, 2, 3, 4, 5]),
        ("criteria[1].scale.anchors", "texts"),
    ),
    "scale-anchors-three.palabre": (
        changed("criteria.1.scale.anchors", ["a", "b", "c"]),
        ("criteria[1].scale", "5 levels"),
    ),
    "scale-points-bad.palabre": (
        changed("criteria.0.scale.points", [[0, 1], [5]]),
        ("criteria[0].scale.points", "pairs"),
    ),
    "score-value-text.palabre": (
        changed("scores.0.value", "5.5"),
        ("scores[0].value", "expected a number"),
    ),
    "score-value-missing.palabre": (
        changed("scores.0.value", None),
        ("scores[0].value", "missing"),
    ),
    "score-range-inverted.palabre": (changed("scores.0.low", 6.0), ("scores[0]", "surround")),
    "weights-list.palabre": (
        changed("weight_sets.0.weights", [2, 5]),
        ("weight_sets[0].weights", "expected an object"),
    ),
    "weight-negative.palabre": (
        changed("weight_sets.0.weights.cost", -2),
        ("weight_sets[0]", "'cost'", "negative"),
    ),
    "weight-text.palabre": (
        changed("weight_sets.0.weights.cost", "2"),
        ("weight_sets[0]", "'cost'", "number"),
    ),
    "group-weight-unknown.palabre": (
        changed("weight_sets.0.group_weights.politics", 1),
        ("weight_sets[0]", "'politics'"),
    ),
    "active-weight-set-number.palabre": (
        changed("active_weight_set", 1),
        ("active_weight_set", "expected an id"),
    ),
    "brief-not-object.palabre": (changed("brief", "Context"), ("brief", "expected an object")),
    "brief-section-unknown.palabre": (
        changed("brief.conclusion", "Text"),
        ("brief.conclusion", "unknown section"),
    ),
    "brief-text-number.palabre": (changed("brief.context", 7), ("brief.context", "expected text")),
    # ------------------------------------------------------------ duplicate ids
    "duplicate-stakeholder-id.palabre": (
        changed("stakeholders.1.id", "moh"),
        ("stakeholders[1].id", "'moh'", "twice"),
    ),
    "duplicate-option-id.palabre": (
        changed("options.1.id", "housing"),
        ("options[1].id", "'housing'", "twice"),
    ),
    "duplicate-criterion-id.palabre": (
        changed("criteria.1.id", "cost"),
        ("criteria[1].id", "'cost'", "twice"),
    ),
    "duplicate-tie-id.palabre": (
        appended("ties", {"id": "t1", "source": "union", "target": "moh"}),
        ("ties[1].id", "'t1'", "twice"),
    ),
    "duplicate-weight-set-id.palabre": (
        appended("weight_sets", {"id": "moh", "name": "Again"}),
        ("weight_sets[1].id", "'moh'", "twice"),
    ),
    "duplicate-score.palabre": (
        appended("scores", {"option": "housing", "criterion": "cost", "value": 1.0}),
        ("scores[4]", "second score", "'housing'", "'cost'"),
    ),
    # ------------------------------------------------------------ dangling references
    "tie-to-missing-stakeholder.palabre": (
        changed("ties.0.target", "ghost"),
        ("tie 't1'", "unknown stakeholder 'ghost'"),
    ),
    "score-for-missing-option.palabre": (
        changed("scores.0.option", "ghost"),
        ("score", "unknown option 'ghost'"),
    ),
    "score-for-missing-criterion.palabre": (
        changed("scores.0.criterion", "ghost"),
        ("score", "unknown criterion 'ghost'"),
    ),
    "position-on-missing-option.palabre": (
        changed(f"{S0}.positions.ghost", {"stance": 1}),
        ("position", "unknown option 'ghost'"),
    ),
    "weight-for-missing-criterion.palabre": (
        changed("weight_sets.0.weights.ghost", 1),
        ("weight set", "unknown criterion 'ghost'"),
    ),
    "active-weight-set-missing.palabre": (
        changed("active_weight_set", "ghost"),
        ("active weight set", "'ghost'"),
    ),
    # ------------------------------------------------------------ out of scale
    "score-above-anchored-scale.palabre": (
        changed("scores.1.value", 7),
        ("Effect on retention", "7", "1 to 5"),
    ),
    "score-above-natural-scale.palabre": (
        changed("scores.2.value", 12.5),
        ("Recurrent cost", "12.5", "0 to 10"),
    ),
    "score-high-outside-scale.palabre": (
        changed("scores.0.high", 11),
        ("high", "Recurrent cost", "11"),
    ),
}


def _many_options(count: int) -> bytes:
    doc = copy.deepcopy(BASE)
    doc["options"] = [{"id": f"o{i}", "name": f"Option {i}"} for i in range(count)]
    return text_of(doc).encode()


# Built by the test in a temporary folder (too large for git).
LARGE_CASES: dict[str, tuple[Callable[[], bytes], tuple[str, ...]]] = {
    "string-10mb.palabre": (
        lambda: changed(f"{S0}.notes", "x" * 10_000_000),
        ("stakeholders[0].notes", "10,000,000 characters"),
    ),
    "key-10mb.palabre": (lambda: changed("k" * 10_000_000, 1), ("unknown field",)),
    "brief-10mb.palabre": (
        lambda: changed("brief.context", "y" * 10_000_000),
        ("brief.context", "longer than"),
    ),
    "too-many-options.palabre": (lambda: _many_options(501), ("options", "501", "500")),
    "brackets-1mb.palabre": (lambda: _nested(500_000), ("nested more than",)),
    "positions-100k.palabre": (
        lambda: changed(f"{S0}.positions", {f"o{i}": {"stance": 1} for i in range(100_000)}),
        ("stakeholders[0].positions", "100,000 entries", "500"),
    ),
    "weights-100k.palabre": (
        lambda: changed("weight_sets.0.weights", {f"c{i}": 1 for i in range(100_000)}),
        ("weight_sets[0].weights", "100,000 entries", "200"),
    ),
    "unknown-fields-100k.palabre": (
        lambda: changed("info", {**BASE["info"], **{f"f{i}": 0 for i in range(100_000)}}),
        ("info.f0", "unknown field"),
    ),
}


def write(folder: Path = CORPUS) -> list[Path]:
    """Write every case of :data:`CASES` into ``folder`` and return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (content, _) in CASES.items():
        path = folder / name
        path.write_bytes(content)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for old in CORPUS.glob("*.palabre"):
        old.unlink()
    written = write(CORPUS if len(sys.argv) < 2 else Path(sys.argv[1]))
    print(f"wrote {len(written)} files into {written[0].parent}")
