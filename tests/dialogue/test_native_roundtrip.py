"""Saving then opening a dialogue gives back an equal dialogue, whatever text it holds."""

from __future__ import annotations

import json
from pathlib import Path

from dialogue import edits as ed
from dialogue import limits
from dialogue.model import Dialogue
from dialogue.native_file import FORMAT_VERSION, dumps, load, loads_dialogue, save
from dialogue.values import Option, Score, WeightSet
from mcda.criteria import Criterion, Group, Scale, ScaleKind
from stakeholder_map.model import Category, Kind, Level, Position, Stakeholder, Tie, TieType

# Text a facilitator may well type or paste, and text that breaks naive writers and readers.
EDGE_TEXTS = [
    "<Ministry of Finance> & \"partners\" 'quoted' </script>",
    "Ministère de la Santé – Direction des ressources humaines",
    "Ministerul Sănătății: școli și țări (ș ț Ș Ț, and the cedilla forms ş ţ)",
    "Министерство здравоохранения",
    "وزارة الصحة",  # right to left
    "משרד הבריאות \u200f(RTL mark)\u200e",
    "Nurses 👩🏾‍⚕️ and midwives 🤱🏽, 🇸🇳 flag, family 👨‍👩‍👧",
    "Combining: e\u0301 vs é, Å vs A\u030a",
    "Control characters: tab\there, newline\nhere, return\rhere, \x01\x1f\x7f\x85",
    "Line separator \u2028 and paragraph separator \u2029 (break JavaScript, not JSON)",
    "\ufeffA byte order mark inside the text",
    "Backslashes \\ and a JSON lookalike {\"format\": \"palabre\"}",
    "=SUM(A1:A9) +cmd -2 @import",
    "Zero width\u200bspace and no-break\u00a0space",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 beyond the basic plane 𠜎",
]


def _unicode_dialogue() -> Dialogue:
    """A small dialogue whose every text field holds one of the edge-case texts."""
    d = Dialogue()
    texts = iter(EDGE_TEXTS * 10)
    d.apply(ed.set_info(d, title=next(texts), country=next(texts), topic=next(texts),
                        facilitator=next(texts), organisation=next(texts), currency="₣ CFA",
                        date="2027-02-28", language="fr", draft=True))
    crit_ids = ["coût ș", "Доступ", "الجودة"]
    d.apply(ed.add_criterion(d, Criterion(crit_ids[0], next(texts), Group.FEASIBILITY,
                                          "cost", Scale(ScaleKind.NATURAL, -5.5, 1e9, next(texts)),
                                          next(texts))))
    d.apply(ed.add_criterion(d, Criterion(crit_ids[1], next(texts), scale=Scale(
        anchors=tuple(EDGE_TEXTS[:5]), points=((1, 0), (2.5, 0.75), (5, 1))))))
    d.apply(ed.add_criterion(d, Criterion(crit_ids[2], next(texts), Group.IMPACT)))
    option_ids = ["<o1>", "o&2", "o\"3\"", "👩🏾‍⚕️"]
    for oid in option_ids:
        d.apply(ed.add_option(d, Option(oid, next(texts), "support", "D1", next(texts),
                                        next(texts), next(texts), next(texts))))
    for i, oid in enumerate(option_ids):
        d.apply(ed.set_score(d, oid, crit_ids[0], Score(1e8 + i, -5.5, 1e9)))
        d.apply(ed.set_score(d, oid, crit_ids[1], 1 + i / 3))
    d.apply(ed.add_weight_set(d, WeightSet("ws «1»", next(texts), {crit_ids[0]: 0.1,
                                                                    crit_ids[1]: 1e-300},
                                           {"feasibility": 0, "impact": 3}, next(texts))))
    d.apply(ed.add_weight_set(d, WeightSet("ws 2", next(texts), {}, {})))
    for i, text in enumerate(EDGE_TEXTS):
        d.apply(ed.add_stakeholder(d, Stakeholder(
            f"s{i} {text[:20]}", text, list(Category)[i % len(Category)], Level.DISTRICT,
            Kind.PERSON, 1 + i % 5, 5 - i % 5, None, 3, None, True, i % 2 == 0, text,
            {option_ids[i % 4]: Position(i % 5 - 2, i / 20)}, -0.0 if i else 1e-7, 1e15)))
    ids = list(d.stakeholders)
    for i in range(len(ids) - 1):
        d.apply(ed.add_tie(d, Tie(f"tie {EDGE_TEXTS[i][:10]}", ids[i], ids[i + 1],
                                  list(TieType)[i % 5], 1 + i % 3, i % 2 == 1, EDGE_TEXTS[i])))
    d.apply(ed.set_brief_text(d, "key_messages", "\n".join(EDGE_TEXTS)))
    d.apply(ed.set_brief_text(d, "context", "Long context. " * (limits.MAX_TEXT_CHARS // 14)))
    return d


def _longest_dialogue() -> Dialogue:
    """Every kind of text at exactly its limit (the longest a dialogue may hold)."""
    d = Dialogue()
    d.apply(ed.set_info(d, title="T" * limits.MAX_NAME_CHARS))
    d.apply(ed.add_option(d, Option("o" * limits.MAX_ID_CHARS, "N" * limits.MAX_NAME_CHARS,
                                    code="C" * limits.MAX_CODE_CHARS,
                                    notes="ș" * limits.MAX_TEXT_CHARS)))
    d.apply(ed.add_stakeholder(d, Stakeholder("s", "🤱" * limits.MAX_NAME_CHARS,
                                              notes="\u0645" * limits.MAX_TEXT_CHARS)))
    d.apply(ed.set_brief_text(d, "context", "é" * limits.MAX_TEXT_CHARS))
    return d


def test_example_round_trip(example: Dialogue, tmp_path: Path) -> None:
    """The bundled example saved and opened again is equal to the original, in every value and
    every order (stakeholders, options, scores, weights, brief)."""
    path = save(example, tmp_path / "example.palabre")
    loaded = load(path)
    assert loaded == example
    assert loaded.revision == 0
    assert loaded.active_weight_set.id == example.active_weight_set.id


def test_unicode_round_trip(tmp_path: Path) -> None:
    """Names and notes with markup characters, quotes, emoji, right-to-left scripts, Romanian
    ș ț, Cyrillic, control characters and very long text survive save and load unchanged."""
    d = _unicode_dialogue()
    loaded = load(save(d, tmp_path / "unicode.palabre"))
    assert loaded == d
    assert [s.name for s in loaded.stakeholders.values()] == EDGE_TEXTS


def test_longest_texts_round_trip(tmp_path: Path) -> None:
    """Texts at exactly their limit are saved and opened again (the loader and the document
    agree on the limits)."""
    d = _longest_dialogue()
    assert load(save(d, tmp_path / "long.palabre")) == d


def test_file_is_readable_utf8_json(tmp_path: Path) -> None:
    """The file is UTF-8 JSON that shows non-English text as written (not as \\u escapes), so a
    facilitator can read it in any editor, and starts with its format and version."""
    d = _unicode_dialogue()
    path = save(d, tmp_path / "unicode.palabre")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "Министерство здравоохранения" in text
    assert "ș ț" in text
    data = json.loads(text)
    assert (data["format"], data["format_version"]) == ("palabre", FORMAT_VERSION)


def test_empty_dialogue_round_trip() -> None:
    """A brand-new dialogue with nothing in it (no weight set, no brief) survives a round trip."""
    d = Dialogue()
    loaded = loads_dialogue(dumps(d))
    assert loaded == d
    assert loaded.info.title == "Untitled dialogue"


def test_round_trip_without_a_chosen_weight_set() -> None:
    """A dialogue whose perspectives were added without choosing the active one comes back the
    same (the first perspective stays active by default, nothing is invented)."""
    d = Dialogue()
    d.apply(ed.add_weight_set(d, WeightSet("a", "A")))
    d.apply(ed.add_weight_set(d, WeightSet("b", "B")))
    loaded = loads_dialogue(dumps(d))
    assert loaded == d
    assert loaded.active_weight_set.id == "a"


def test_file_written_with_a_bom_is_opened(tmp_path: Path, example: Dialogue) -> None:
    """Windows editors may add a byte order mark when a file is edited by hand: it is accepted."""
    path = tmp_path / "bom.palabre"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(example).encode("utf-8"))
    assert load(path) == example
