"""The brief's building blocks: numbers and dates per language, the phrase table, the shared
palette, escaping and chunking of user text, redaction rules, drafted text (issue 7)."""

from __future__ import annotations

import pytest

from dialogue.example import example_dialogue
from dialogue.model import Edit, Put
from exports import palette
from exports.brief import draft_texts
from exports.brief import formatting as fmt
from exports.brief.phrases import LABELS, Phrases, table_pairs
from exports.brief.redaction import Redactor
from exports.brief.text import STRONG_OPEN, clip, esc, paragraphs, plain, strong
from exports.phrasebook import french_spacing
from palabre.errors import PalabreError
from stakeholder_map.grid import Quadrant
from stakeholder_map.model import Category, Kind, Stakeholder, TieType


# ------------------------------------------------------------------ numbers and dates
@pytest.mark.parametrize(("value", "lang", "decimals", "expected"), [
    (0.8123, "en", 2, "0.81"), (0.8123, "fr", 2, "0,81"),
    (1250.5, "en", 1, "1,250.5"), (1250.5, "fr", 1, "1\u202f250,5"),
    (-3, "fr", 0, "−3"), (-0.001, "en", 2, "0.00"), (None, "en", 2, "–"),
])
def test_numbers_follow_the_language(value: float, lang: str, decimals: int,
                                     expected: str) -> None:
    """Decimal comma and narrow no-break thousands in French (Imprimerie nationale rules)."""
    assert fmt.number(value, lang, decimals) == expected


def test_percent_signed_and_dates_per_language() -> None:
    """81% / 81 %; signed index; "12 November 2026" / "12 novembre 2026", "1er" in French."""
    assert fmt.percent(0.81, "en") == "81%"
    assert fmt.percent(0.81, "fr") == "81\u00a0%"
    assert fmt.signed(0.45, "fr") == "+0,45" and fmt.signed(-0.12, "en") == "−0.12"
    assert fmt.signed(0.0, "en") == "0.00"
    assert fmt.date("2026-11-12", "en") == "12 November 2026"
    assert fmt.date("2026-11-12", "fr") == "12 novembre 2026"
    assert fmt.date("2027-02-01", "fr") == "1er février 2027"
    assert fmt.date("", "fr") == ""
    assert fmt.join_list(["a", "b", "c"], "fr") == "a, b et c"


def test_dates_do_not_depend_on_the_system_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """A C or German locale does not change the French brief's month names."""
    import locale

    previous = locale.setlocale(locale.LC_ALL)
    monkeypatch.setenv("LC_ALL", "C")
    try:
        locale.setlocale(locale.LC_ALL, "C")
        assert fmt.date("2026-08-03", "fr") == "3 août 2026"
        assert fmt.number(0.5, "fr") == "0,50"
    finally:
        locale.setlocale(locale.LC_ALL, previous)


# ------------------------------------------------------------------ phrases and palette
def test_every_phrase_and_label_exists_in_english_and_french() -> None:
    """No fixed phrase is missing in either language, and their fields match."""
    import string

    for key, (en, fr) in table_pairs().items():
        fields_en = {f for _, f, _, _ in string.Formatter().parse(en) if f}
        fields_fr = {f for _, f, _, _ in string.Formatter().parse(fr) if f}
        assert fields_en == fields_fr, key
    for kind, enum in (("category", Category), ("quadrant", Quadrant), ("tie", TieType)):
        for value in enum:
            en, fr = LABELS[kind][value.value]
            assert en and fr and en != "" and fr != "", (kind, value)


def test_french_phrases_get_french_spacing() -> None:
    """A no-break space before : ; ? and inside « », in Palabre's own phrases."""
    assert french_spacing("a : b ; c ? « d »") == "a\u00a0: b\u00a0; c\u00a0? «\u00a0d\u00a0»"
    assert Phrases("fr")("robustness") == "Les résultats sont-ils robustes\u00a0?"
    with pytest.raises(PalabreError, match="language must be one of en, fr"):
        Phrases("de")


def test_palette_covers_every_category_tie_type_and_quadrant() -> None:
    """The window and the brief can look up a colour for every value the engines define."""
    assert set(palette.CATEGORY_COLOURS) == {c.value for c in Category}
    assert set(palette.TIE_STYLES) == {t.value for t in TieType}
    assert set(palette.POWER_INTEREST_COLOURS) == {q.value for q in Quadrant}
    assert len(set(palette.CATEGORY_COLOURS.values())) == len(Category)
    assert palette.hex_to_rgb("#FF8000") == (1.0, 128 / 255, 0.0)
    assert set(palette.STANCE_COLOURS) == {-2, -1, 0, 1, 2}


# ------------------------------------------------------------------ user text
def test_escaping_keeps_markup_literal_and_drops_control_characters() -> None:
    """Markup becomes entities; control characters and bold marks in user text disappear."""
    assert esc('<img src="x"/> & a<b') == '&lt;img src="x"/&gt; &amp; a&lt;b'
    assert esc("one\ntwo\x00\x07") == "one<br/>two"
    assert esc(f"{STRONG_OPEN}not bold") == "not bold"
    assert esc(strong("A&B"), rich=True) == "<b>A&amp;B</b>"
    assert plain(strong("x") + " y") == "x y"


def test_long_text_is_split_into_paragraph_chunks_without_losing_words() -> None:
    """A 40,000-character paragraph becomes chunks of about 1,500 characters, every word kept."""
    from reportlab.lib.styles import ParagraphStyle

    words = [f"word{i}." for i in range(5000)]
    text = " ".join(words)
    paras = paragraphs(text, ParagraphStyle("x"))
    assert len(paras) >= 20
    rebuilt = " ".join(p.getPlainText() for p in paras)
    assert rebuilt.split() == words


def test_bullets_in_user_text_become_list_items() -> None:
    """Lines starting with "-" or "1." are list items; blank lines separate paragraphs."""
    from reportlab.lib.styles import ParagraphStyle

    body, bullet = ParagraphStyle("b"), ParagraphStyle("l")
    paras = paragraphs("Intro.\n\n- first\n- second\ncontinued\n\nEnd.", body, bullet)
    assert [p.style.name for p in paras] == ["b", "l", "l", "b"]
    assert paras[2].getPlainText() == "second continued"


def test_clip_cuts_at_a_word() -> None:
    """A cell longer than the limit ends with an ellipsis at a word boundary."""
    assert clip("alpha beta gamma", 12) == "alpha beta […]"
    assert clip("short", 12) == "short"


# ------------------------------------------------------------------ redaction
def _with(d, **info):
    d.apply(Edit("info", (Put("info", "info", d.info.replace(**info)),)))
    return d


def test_facilitator_is_kept_only_when_it_names_an_organisation() -> None:
    """The documented rule: a body's name is kept, a person's name is left out when redacting."""
    p = Phrases("en")
    d = example_dialogue()
    assert Redactor(d, p, True).facilitator() == "National Health Workforce Observatory"
    d = _with(example_dialogue(), facilitator="Aïssatou Ndiaye")
    assert Redactor(d, p, True).facilitator() == ""
    assert Redactor(d, p, False).facilitator() == "Aïssatou Ndiaye"


def test_persons_are_numbered_within_their_category_and_replaced_in_text() -> None:
    """Two persons of one category become "(individual 1)" and "(individual 2)"."""
    d = example_dialogue()
    d.apply(Edit("p", (Put("stakeholders", "p2", Stakeholder(
        "p2", "Mme Awa Sow", Category.OTHER_GOVERNMENT, kind=Kind.PERSON)),)))
    r = Redactor(d, Phrases("fr"), True)
    assert r.name("parliament") == "Autres ministères et collectivités locales (personne 1)"
    assert r.name("p2") == "Autres ministères et collectivités locales (personne 2)"
    assert r.name("moh") == d.stakeholders["moh"].name
    assert "Mme Awa Sow" not in r.text("Rencontré Mme Awa Sow hier.")
    assert r.notes("secret") == ""


# ------------------------------------------------------------------ drafted text
def test_draft_texts_give_plain_starting_points_in_both_languages() -> None:
    """Three to five key messages, a summary, implementation bullets and (the example has a
    workforce baseline) the workforce paragraph; no bold marks."""
    en, fr = draft_texts(example_dialogue(), "en"), draft_texts(example_dialogue(), "fr")
    assert set(en) == {"key_messages", "executive_summary", "implementation", "workforce"}
    lines = en["key_messages"].splitlines()
    assert 3 <= len(lines) <= 5
    assert lines[0].startswith("Admit students from rural backgrounds ranks first")
    assert "stays first unless the weight of" in en["key_messages"]
    assert "arrive en tête" in fr["key_messages"] and "0,68" in fr["key_messages"]
    for text in (*en.values(), *fr.values()):
        assert STRONG_OPEN not in text
    assert all(line.startswith("- ") for line in en["implementation"].splitlines())
    assert "Hon. K. Mensah" in en["implementation"]  # a powerful undecided actor to win over


def test_drafts_ignore_what_the_user_wrote() -> None:
    """The draft is the starting point to compare with, not the user's text."""
    d = example_dialogue()
    d.apply(Edit("km", (Put("brief", "key_messages", "Mine."),)))
    assert "Mine." not in draft_texts(d)["key_messages"]
