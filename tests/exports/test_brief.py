"""The policy brief PDF (issue 7): content, escaping, languages, redaction, fonts, pages.

Each check reads the exported PDF the way a reader would: its extracted text (pypdf), its font
resources, and its pages rendered to pictures (pdftoppm from poppler-utils).
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from brief_fixtures import (
    HOSTILE_NAME,
    PERSON_NAME,
    hostile_dialogue,
    page_images,
    pdf_text,
)
from pypdf import PdfReader

from dialogue.example import example_dialogue
from dialogue.model import Edit, Put
from exports.brief import SECTION_IDS, build_brief, render_brief
from exports.brief.phrases import Phrases
from palabre.errors import PalabreError

ENGLISH_HEADINGS = [
    "Key messages", "Executive summary", "Contents", "The problem and its context",
    "The options compared", "How the options were compared", "Criteria and weights", "Method",
    "Who took part", "Results", "Ranking", "Feasibility and impact", "What drives the scores",
    "How robust are the results?", "Weight switch points",
    "Acceptability under uncertain weights and scores", "Perspectives and their agreement",
    "The stakeholder landscape", "Who is connected to whom", "Power and interest",
    "Support and opposition", "Brokers to engage", "Coalitions",
    "Implementation considerations", "Recommendations", "Annexes",
    "Annex A. Full score table", "Annex B. Weights per perspective",
    "Annex C. Method notes and references", "Annex D. Participants and stakeholders",
]
FRENCH_HEADINGS = [
    "Messages clés", "Résumé", "Sommaire", "Le problème et son contexte", "Les options comparées",
    "Comment les options ont été comparées", "Critères et pondérations", "Résultats",
    "Classement", "Faisabilité et impact", "Les résultats sont-ils robustes",
    "Seuils de basculement des pondérations", "Points de vue et leur concordance",
    "Le paysage des parties prenantes", "Qui est lié à qui", "Pouvoir et intérêt",
    "Soutiens et oppositions", "Intermédiaires à mobiliser",
    "Considérations pour la mise en œuvre", "Recommandations", "Annexes",
    "Annexe A. Tableau complet des scores", "Annexe D. Participants et parties prenantes",
]


@pytest.fixture(scope="module")
def english() -> bytes:
    return render_brief(hostile_dialogue(), lang="en")


@pytest.fixture(scope="module")
def french() -> bytes:
    return render_brief(hostile_dialogue(), lang="fr")


@pytest.fixture(scope="module")
def redacted() -> bytes:
    return render_brief(hostile_dialogue(), lang="en", redact=True)


def test_every_section_heading_and_option_name_is_printed(english: bytes) -> None:
    """A reader finds every heading of the graded-entry structure and every option by name."""
    text = pdf_text(english)
    for heading in ENGLISH_HEADINGS:
        assert heading in text, heading
    for option in example_dialogue().options.values():
        assert option.name in text, option.name


def test_markup_in_user_text_prints_literally(english: bytes) -> None:
    """`A&B <Union>` and an <img> tag in the context print as typed and embed nothing."""
    text = pdf_text(english)
    assert HOSTILE_NAME in text
    assert '<img src="/etc/passwd"/>' in text
    assert "<b>not bold</b> a<b" in text
    reader = PdfReader(io.BytesIO(english))
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for obj in xobjects.values():
            assert obj.get_object().get("/Subtype") != "/Image", "an image was embedded"


def test_french_brief_has_french_headings_and_numbers(french: bytes) -> None:
    """The French brief uses French headings, a decimal comma and a French date."""
    text = pdf_text(french)
    for heading in FRENCH_HEADINGS:
        assert heading in text, heading
    assert "Key messages" not in text and "Executive summary" not in text
    assert "12 novembre 2026" in text
    assert "0,68" in text and "0.68" not in text


def test_user_text_is_not_translated(french: bytes) -> None:
    """Option names and the recommendations are printed as the user wrote them, in English here."""
    text = pdf_text(french)
    assert "Admit students from rural backgrounds" in text
    assert "Adopt a first bundle of low-cost measures" in text


def test_redacted_brief_hides_persons_and_notes(redacted: bytes, english: bytes) -> None:
    """No person's name and no stakeholder note in the public version; both in the full one."""
    full, public = pdf_text(english), pdf_text(redacted)
    persons = [s.name for s in hostile_dialogue().stakeholders.values() if s.kind == "person"]
    assert PERSON_NAME in persons and len(persons) == 2
    for name in persons:
        assert name in full
        assert name not in public
        # Nor any distinctive piece of it (surname) that survived in a table cell.
    assert "Mensah" not in public and "Diallo" not in public
    assert "Secret note" in full and "Secret note" not in public
    assert "Development partner or donor (individual 1)" in public
    assert "Public version" in public


def test_fonts_are_embedded_and_no_standard_font_is_referenced(english: bytes) -> None:
    """Every font the pages use is an embedded DejaVu subset (accents, ș ț, Cyrillic)."""
    reader = PdfReader(io.BytesIO(english))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            holder = descendants[0].get_object() if descendants else font
            descriptor = holder.get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            d = descriptor.get_object()
            assert any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
    assert seen and all("DejaVuSans" in name for name in seen), seen


def test_cyrillic_and_romanian_names_survive(tmp_path: Path) -> None:
    """Text outside Latin-1 (ș ț, Cyrillic) is printed, not dropped or boxed."""
    from dialogue.model import Edit, Put
    from stakeholder_map.model import Stakeholder

    d = example_dialogue()
    ro = Stakeholder("ro", "Asociația Țării Moldovei")
    ru = Stakeholder("ru", "Министерство здравоохранения")
    d.apply(Edit("x", (Put("stakeholders", "ro", ro), Put("stakeholders", "ru", ru))))
    text = pdf_text(render_brief(d, sections=["annexes"]))
    assert "Asociația Țării Moldovei" in text
    assert "Министерство здравоохранения" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_page_is_blank(tmp_path: Path, lang: str) -> None:
    """Every page of the example brief carries visible content beyond header and footer."""
    from PIL import Image

    path = build_brief(example_dialogue(), tmp_path / "brief.pdf", lang=lang)
    images = page_images(path, tmp_path)
    assert len(images) >= 5
    for image in images:
        with Image.open(image) as im:
            grey = im.convert("L")
            w, h = grey.size
            # Leave out the running header and the footer: the body must not be empty.
            body = grey.crop((0, int(h * 0.08), w, int(h * 0.9)))
            dark = sum(body.histogram()[:200])
            assert dark > 0.01 * body.width * body.height, f"{image.name} is nearly blank"


def test_build_brief_writes_atomically_and_keeps_old_file_on_failure(tmp_path: Path) -> None:
    """A failed export leaves the previous PDF as it was; no temporary file is left behind."""
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"previous")
    with pytest.raises(PalabreError, match="unknown brief section 'nope'"):
        build_brief(example_dialogue(), out, sections=["nope"])
    assert out.read_bytes() == b"previous"
    build_brief(example_dialogue(), out, sections=["context"])
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


def test_sections_can_be_left_out() -> None:
    """Only the chosen sections appear; the title block is always there."""
    text = pdf_text(render_brief(example_dialogue(), sections=["options"]))
    assert "The options compared" in text
    assert "Key messages" not in text and "Recommendations" not in text
    assert "Retaining nurses and midwives in rural districts" in text


def test_a_dialogue_without_options_gives_a_clear_error() -> None:
    """Nothing to rank: a one-line reason, not a traceback."""
    from dialogue.model import Dialogue

    with pytest.raises(PalabreError, match="no options"):
        render_brief(Dialogue())


def test_every_phrase_exists_in_both_languages() -> None:
    """No fixed phrase is missing or left in English in the French table."""
    from exports.brief.phrases import table_pairs

    for key, (en, fr) in table_pairs().items():
        assert en.strip() or key == "facilitator_withheld", key
        if en.strip():
            assert fr.strip(), key
    assert Phrases("fr")("results") == "Résultats"
    assert set(SECTION_IDS) >= {"key_messages", "executive_summary", "annexes"}


def _page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_contents_page_numbers_point_at_the_headings(english: bytes) -> None:
    """Each section listed in the contents starts on the page the contents gives."""
    import re

    pages = _page_texts(english)
    contents_page = next(i for i, t in enumerate(pages) if "Contents" in t)
    text = pages[contents_page]
    checked = 0
    for heading in ("The problem and its context", "The stakeholder landscape", "Annexes",
                    "Recommendations", "Annex D. Participants and stakeholders"):
        m = re.search(re.escape(heading) + r" (\d+)", text)
        assert m, heading
        page = int(m.group(1))
        assert heading in pages[page - 1], (heading, page)
        checked += 1
    assert checked == 5


def test_short_brief_has_no_contents_list() -> None:
    """Four pages or fewer: no contents list."""
    pdf = render_brief(example_dialogue(), sections=["key_messages", "context", "options"])
    pages = _page_texts(pdf)
    assert len(pages) <= 4
    assert not any("Contents" in t for t in pages)


def test_users_text_replaces_the_drafts() -> None:
    """Key messages (one per line), summary and implementation as the user wrote them."""
    d = example_dialogue()
    d.apply(Edit("brief", (
        Put("brief", "key_messages", "- First message of mine\nSecond message of mine"),
        Put("brief", "executive_summary", "My own summary & <notes>."),
        Put("brief", "implementation", "Start with the northern districts."),
    )))
    text = pdf_text(render_brief(d, sections=["key_messages", "executive_summary",
                                              "implementation"]))
    assert "First message of mine" in text and "Second message of mine" in text
    assert "ranks first (overall score" not in text
    assert "My own summary & <notes>." in text
    assert "This brief reports on the policy dialogue" not in text
    assert "Start with the northern districts." in text
    assert "negotiate with" not in text


def test_robustness_and_stakeholder_figures_from_the_engines(english: bytes,
                                                             french: bytes) -> None:
    """Switch points, SMAA shares, Kendall's W and the feasibility index are printed."""
    text = pdf_text(english)
    assert "rises above 0.09" in text  # the closest switch point (time to effect)
    assert "Kendall’s W = 0.66" in text
    assert "10,000 times" in text
    from dialogue.analysis import rank
    from dialogue.political import political_feasibility

    d = hostile_dialogue()
    leader = rank(d).ranking[0].option
    index = political_feasibility(d)[leader].index
    assert f"+{index:.2f}" in text  # the stakeholder engine's index of the leading option
    assert "QUICK WINS" in text and "MAJOR REFORMS" in text  # matrix quadrant labels
    fr = pdf_text(french)
    assert "dépasse 0,09" in fr and "W de Kendall = 0,66" in fr and "GAINS RAPIDES" in fr


def test_long_tables_split_with_repeated_headers() -> None:
    """A score table of 45 options runs over pages with its header on each page."""
    from brief_many_options import many_options

    pdf = render_brief(many_options(45), sections=["annexes"])
    pages = [t for t in _page_texts(pdf) if "Recurrent cost" in t and "Sustainability" in t]
    assert len(pages) >= 2  # the feasibility score table, header repeated
    assert "Option · Feasibility" in pages[1]


def test_progress_is_reported_from_zero_to_one() -> None:
    """The window's export dialog receives increasing fractions ending at 1."""
    seen: list[float] = []
    render_brief(example_dialogue(), sections=["options", "results"],
                 progress=lambda fraction, stage: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_annex_d_lists_the_people_who_filled_in_sheets() -> None:
    """Annex D names each participant, whom they spoke for and whether they answered; the public
    version shows "Participant n" instead of a name, and no role."""
    d = example_dialogue()
    full = pdf_text(render_brief(d, lang="en", sections=["annexes"]))
    public = pdf_text(render_brief(d, lang="en", redact=True, sections=["annexes"]))
    french = pdf_text(render_brief(d, lang="fr", sections=["annexes"]))
    for person in d.participants.values():
        assert person.name in full
        if not person.anonymous:
            assert person.name not in public
    assert "Budget officer" in full and "Budget officer" not in public
    assert "Participant 1" in public and "RN-03" in public
    assert "not yet" in full and "pas encore" in french
