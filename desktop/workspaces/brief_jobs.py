"""Work the Brief workspace does away from the window's thread: drafting, laying out, drawing.

Laying out the brief takes from half a second (the example) to several seconds (hundreds of
stakeholders), so it runs in a worker thread and the window keeps answering. Each job works on
its own copy of the dialogue (taken in the window's thread before it starts), so that typing
while a preview is made never changes the document under the layout. Results come back through
Qt signals, which Qt queues to the window's thread.

reportlab keeps module-level state (registered fonts, style caches), so jobs run one at a time:
a second job waits for the first.

Pages are drawn by ``pdftoppm`` (Debian's poppler-utils) in a subprocess: PySide6-Essentials has
no QtPdf module. PPM output is used because PNG compression costs pdftoppm about five times as
long as the drawing itself, and the pictures are only read back once.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QImage

from desktop.locale_format import core_message
from dialogue.model import Dialogue
from dialogue.native_file import dumps, loads_dialogue
from palabre.errors import PalabreError

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
_ONE_AT_A_TIME = threading.Lock()
PREVIEW_DPI = 80  # an A4 page 661 pixels wide: the width of the preview pane at 1440 x 900
DRAW_TIMEOUT_S = 300
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page\b(?!s)")

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def copy_of(dialogue: Dialogue) -> Dialogue:
    """An independent copy of the dialogue for a worker thread (through the native format,
    which knows every part of the document)."""
    return loads_dialogue(dumps(dialogue), translate("BriefJobs", "the open dialogue"))


def pdftoppm_path() -> str | None:
    """Where ``pdftoppm`` is, or None when poppler-utils is not installed."""
    return shutil.which("pdftoppm")


class Job(QObject):
    """One piece of work in a worker thread, reporting through signals.

    Signals
    -------
    progress(float, str)
        A fraction from 0 to 1 and a stage name, while the work runs.
    done(object)
        The work's result.
    failed(str)
        A one-line reason when the work raised a PalabreError (or, for a bug, what went wrong;
        the traceback is logged).
    """

    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Progress], object], name: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.name = name
        self.running = False
        self.done.connect(self._finished)
        self.failed.connect(self._finished)

    def start(self) -> None:
        """Start the work in a new daemon thread (returns at once)."""
        self.running = True
        threading.Thread(target=self._run, name=f"palabre-{self.name}", daemon=True).start()

    @Slot()
    def _finished(self, *_args: object) -> None:
        self.running = False

    def _run(self) -> None:
        try:
            with _ONE_AT_A_TIME:
                result = self._work(self._report)
        except PalabreError as exc:
            log.info("%s failed: %s", self.name, exc.message)
            self._emit(self.failed, core_message(exc.message))
        except Exception as exc:  # a bug: logged with its traceback, and shown, never lost
            log.exception("%s failed", self.name)
            self._emit(self.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.done, result)

    def _report(self, fraction: float, stage: str) -> None:
        self._emit(self.progress, float(fraction), stage)

    @staticmethod
    def _emit(signal: object, *args: object) -> None:
        try:
            signal.emit(*args)  # type: ignore[attr-defined]
        except RuntimeError:  # the workspace was closed while the work ran
            log.debug("result of a closed workspace dropped")


@dataclass(frozen=True)
class Choices:
    """What goes into one brief: language, redaction and sections (per export, not saved in
    the document)."""

    lang: str
    redact: bool
    sections: tuple[str, ...]


@dataclass(frozen=True)
class Preview:
    """The pictures of a brief's pages and the choices they were made with."""

    pages: list[QImage]
    choices: Choices


def count_pages(pdf: bytes) -> int:
    """The number of page objects in a PDF written by reportlab (for progress only)."""
    return len(_PAGE_OBJECT.findall(pdf))


def draw_pages(pdf: bytes, progress: Progress | None = None, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of a PDF as a picture, drawn by ``pdftoppm``.

    Raises
    ------
    PalabreError
        If pdftoppm is missing, fails or takes more than five minutes.
    """
    exe = pdftoppm_path()
    if exe is None:
        raise PalabreError(translate("BriefJobs", "the preview needs pdftoppm (install poppler-utils); "
                                                  "exporting the PDF works without it"))
    expected = max(1, count_pages(pdf))
    with tempfile.TemporaryDirectory(prefix="palabre-preview-") as tmp:
        folder = Path(tmp)
        source = folder / "brief.pdf"
        source.write_bytes(pdf)
        errors = (folder / "errors.txt").open("w+b")
        with errors:
            proc = subprocess.Popen([exe, "-r", str(dpi), str(source), str(folder / "page")],
                                    stdout=subprocess.DEVNULL, stderr=errors)
            started = time.monotonic()
            while proc.poll() is None:
                if time.monotonic() - started > DRAW_TIMEOUT_S:
                    proc.kill()
                    proc.wait()
                    raise PalabreError(translate("BriefJobs", "drawing the pages took too long"))
                if progress:
                    done = len(list(folder.glob("page-*.ppm")))
                    progress(min(1.0, done / expected), "draw")
                time.sleep(0.05)
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip().splitlines()
        if proc.returncode != 0:
            reason = message[0] if message else translate("BriefJobs", "exit status {0}").format(proc.returncode)
            raise PalabreError(translate("BriefJobs", "pdftoppm could not draw the pages ({reason})").format(
                reason=reason))
        files = sorted(folder.glob("page-*.ppm"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        images = []
        for f in files:
            image = QImage(str(f))
            if image.isNull():
                raise PalabreError(translate("BriefJobs", "page picture {name} could not be read").format(name=f.name))
            images.append(image)
    return images


def _stage(progress: Progress | None, start: float, span: float) -> Progress | None:
    """A progress callback that maps 0..1 onto start..start+span."""
    if progress is None:
        return None
    return lambda fraction, stage: progress(start + span * fraction, stage)


def preview_work(dialogue: Dialogue, choices: Choices) -> Callable[[Progress], Preview]:
    """The work of a preview: lay the brief out in memory, then draw its pages."""
    from exports.brief import render_brief

    def work(progress: Progress) -> Preview:
        pdf = render_brief(dialogue, lang=choices.lang, redact=choices.redact,
                           sections=choices.sections, progress=_stage(progress, 0.0, 0.7))
        pages = draw_pages(pdf, _stage(progress, 0.7, 0.3))
        return Preview(pages, choices)

    return work


def export_work(dialogue: Dialogue, path: Path, choices: Choices) -> Callable[[Progress], Path]:
    """The work of an export: write the PDF atomically (exports.brief.build_brief)."""
    from exports.brief import build_brief

    def work(progress: Progress) -> Path:
        return build_brief(dialogue, path, lang=choices.lang, redact=choices.redact,
                           sections=choices.sections, progress=progress)

    return work


def drafts_work(dialogue: Dialogue, lang: str) -> Callable[[Progress], dict[str, str]]:
    """The work of drafting: the drafted starting points (exports.brief.draft_texts)."""
    from exports.brief import draft_texts

    def work(_progress: Progress) -> dict[str, str]:
        return draft_texts(dialogue, lang)

    return work


def ordered(sections: Iterable[str], order: Iterable[str]) -> tuple[str, ...]:
    """The chosen sections in the brief's order."""
    chosen = set(sections)
    return tuple(s for s in order if s in chosen)
