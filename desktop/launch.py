"""Starting Palabre from the command line: the window, screenshots, or the headless fallback.

Without a display the window cannot open; rather than fail, Palabre writes the dialogue's brief
and prints its ranking, so the main job is visible on any machine (a server, CI, a remote shell).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dialogue.model import Dialogue


def has_display() -> bool:
    """True when a window can be shown (a display, or a Qt platform other than offscreen)."""
    platform = os.environ.get("QT_QPA_PLATFORM")
    if platform:
        return platform != "offscreen"
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def initial_dialogue(args: argparse.Namespace, last_file: str | None = None) -> tuple[Dialogue, Path | None]:
    """The dialogue to open: FILE, else the example with --example, else the last file, else the example."""
    from desktop.i18n import current_language
    from dialogue.example import example_dialogue
    from dialogue.native_file import load

    if getattr(args, "file", None):
        path = Path(args.file)
        return load(path), path
    if not getattr(args, "example", False) and last_file and Path(last_file).is_file():
        try:
            return load(Path(last_file)), Path(last_file)
        except Exception:
            pass
    # The example in the window's language (its ids are the same in both).
    return example_dialogue(current_language()), None


def headless(args: argparse.Namespace) -> int:
    """No display: write the brief and print the ranking instead of opening the window, in the
    window's language (``--lang``, else the Language menu's last choice, else the system's)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from desktop.app import APP_NAME, ORGANISATION
    from desktop.cli_commands.common import print_table
    from desktop.i18n import chosen_language, current_language, install_language
    from dialogue.analysis import rank
    from exports.brief import build_brief

    # A QCoreApplication needs no display; it carries the translators and the settings' names.
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    install_language(app, chosen_language(getattr(args, "lang", None), QSettings()))
    translate = QCoreApplication.translate

    dialogue, path = initial_dialogue(args)
    out = Path("example-brief.pdf") if path is None else path.with_name(path.stem + "-brief.pdf")
    print(translate("Headless", "No display available, so the window cannot open: writing the brief to "
                                "{path} instead.").format(path=out))
    build_brief(dialogue, out, lang=dialogue.info.language)
    result = rank(dialogue)
    names = dialogue.options
    print()
    print(translate("Headless", "Ranking of “{title}” ({weights} weights, additive value model):").format(
        title=dialogue.info.title, weights=dialogue.active_weight_set.name))
    print_table((translate("Headless", "rank"), translate("Headless", "option"), translate("Headless", "score"),
                 translate("Headless", "feasibility"), translate("Headless", "impact")),
                [(r.rank, names[r.option].name, r.score, r.feasibility, r.impact) for r in result.ranking],
                current_language())
    print()
    print(translate("Headless", "Brief: {path}").format(path=out.resolve()))
    return 0


def launch(args: argparse.Namespace) -> int:
    """Open the window (or take screenshots, or fall back to the headless brief), in the language
    of ``--lang``, else the one chosen last from the Language menu, else the system's."""
    if args.screenshot:
        from desktop.screenshots import take_screenshots

        written = take_screenshots(Path(args.screenshot), args)
        for p in written:
            print(p)
        return 0
    if not has_display():
        return headless(args)

    from PySide6.QtCore import QSettings

    from desktop.app import application
    from desktop.crash import install_excepthook, setup_logging
    from desktop.data_dir import recovery_dir
    from desktop.i18n import chosen_language, install_language
    from desktop.main_window import MainWindow, main_windows
    from desktop.recovery_prompt import offer_recovery
    from dialogue.native_file import save
    from dialogue.recovery import RecoveryStore

    app = application()
    log_file = setup_logging()
    settings = QSettings()
    # Before any window or question: --lang, else the Language menu's last choice, else the system.
    install_language(app, chosen_language(getattr(args, "lang", None), settings))
    store = RecoveryStore(recovery_dir())
    windows = []
    for dialogue, entry in offer_recovery(store):
        window = MainWindow(dialogue, entry.source, settings, store)
        window.mark_recovered()
        store.discard(entry)
        windows.append(window)
    if not windows:
        dialogue, path = initial_dialogue(args, settings.value("last_file", None, str))
        windows.append(MainWindow(dialogue, path, settings, store))
    install_excepthook(lambda p: save((main_windows() or windows)[-1].controller.dialogue, p), log_file)
    for window in windows:
        window.show()
    return app.exec()
