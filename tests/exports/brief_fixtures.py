"""Shared builders for the brief tests: the example dialogue with hostile text added."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from dialogue.example import example_dialogue
from dialogue.model import Dialogue, Edit, Put
from stakeholder_map.model import Category, Kind, Position, Stakeholder

HOSTILE_NAME = "A&B <Union>"
HOSTILE_CONTEXT = 'Before <img src="/etc/passwd"/> after & <b>not bold</b> a<b'
PERSON_NAME = "Dr Awa Diallo-Keïta"


def hostile_dialogue() -> Dialogue:
    """The example plus a stakeholder named with markup, markup in the context, and a person."""
    d = example_dialogue()
    first_option = next(iter(d.options))
    steps = [
        Put("stakeholders", "hostile", Stakeholder(
            "hostile", HOSTILE_NAME, Category.UNION, power=4, interest=4,
            notes="Secret note <script> about the union",
            positions={first_option: Position(-2)}, x=10.0, y=20.0)),
        Put("stakeholders", "person2", Stakeholder(
            "person2", PERSON_NAME, Category.DEVELOPMENT_PARTNER, kind=Kind.PERSON, power=3,
            interest=4, notes="Private remark about Dr Diallo", x=-50.0, y=60.0)),
        Put("brief", "context", HOSTILE_CONTEXT + "\n\nMet with " + PERSON_NAME + " in May."),
    ]
    d.apply(Edit("hostile", tuple(steps)))
    return d


def pdf_text(pdf: bytes) -> str:
    """The text of every page, joined; whitespace collapsed so wrapped lines still match."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split())


def page_images(pdf_path: Path, out_dir: Path, dpi: int = 50) -> list[Path]:
    """Render every page with pdftoppm (poppler-utils) and return the PNG paths."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf_path), str(out_dir / "p")],
                   check=True, capture_output=True, timeout=120)
    return sorted(out_dir.glob("p-*.png"))
