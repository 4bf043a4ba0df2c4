"""The window's language: which one, and installing it (Qt translators and the default locale).

The language is chosen in this order: ``--lang`` on the command line, then the choice saved from
the Language menu (QSettings key ``language``), then the system locale (French if the system is
French, English otherwise). Installing a language loads Palabre's compiled translation
(``desktop/translations/palabre_<lang>.qm``), Qt's own translation of its standard dialogs
(``qtbase_fr.qm``: "Annuler", "Enregistrer"), and sets the default QLocale so that numbers and
dates follow the language (0,81 and 29 novembre 2026 in French).

The ``.qm`` files are compiled from the ``.ts`` sources by the set-up (``make run``, ``make test``,
``scripts/build_translations.py``) and are not in the repository. When one is missing or older
than its source (Palabre installed with a bare ``pip install``, or a ``.ts`` just edited), it is
compiled on the fly into the application's data folder; if that fails too, the window stays in
English with a warning in the log, never a crash.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

#: Languages of the window, each named in its own language (these names are never translated).
LANGUAGES = {"en": "English", "fr": "Français"}
DEFAULT_LANGUAGE = "en"
SETTINGS_KEY = "language"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "fr": (QLocale.Language.French, QLocale.Country.France),
}

# Translators installed by install_language, kept referenced so that Python does not free them.
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def available_languages() -> list[str]:
    """Codes of the languages the window can show, English first."""
    return list(LANGUAGES)


def language_name(lang: str) -> str:
    """The name of a language in that language ("Français" for ``"fr"``)."""
    return LANGUAGES[lang]


def current_language() -> str:
    """The language installed last by :func:`install_language` (English before any)."""
    return _current


def system_language() -> str:
    """``"fr"`` when the system locale is French, else ``"en"``."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else DEFAULT_LANGUAGE


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language chosen from the Language menu earlier, or None."""
    value = str((settings or QSettings()).value(SETTINGS_KEY, "") or "")
    return value if value in LANGUAGES else None


def save_language(lang: str, settings: QSettings | None = None) -> None:
    """Remember the language for the next start."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    (settings or QSettings()).setValue(SETTINGS_KEY, lang)


def chosen_language(cli_lang: str | None = None, settings: QSettings | None = None) -> str:
    """The language to start in: ``--lang``, else the saved choice, else the system's.

    Parameters
    ----------
    cli_lang
        The ``--lang`` argument, or None when it was not given.
    settings
        Where the Language menu saved its choice (the application's QSettings by default).
    """
    if cli_lang in LANGUAGES:
        return cli_lang  # type: ignore[return-value]
    return saved_language(settings) or system_language()


def locale_for(lang: str) -> QLocale:
    """The QLocale used for numbers and dates in a language (France for French)."""
    language, territory = _LOCALES.get(lang, _LOCALES[DEFAULT_LANGUAGE])
    return QLocale(language, territory)


def qt_tool(name: str) -> Path | None:
    """Path of a Qt tool shipped with PySide6 (``lrelease``, ``lupdate``), or None."""
    import PySide6

    exe = name + (".exe" if sys.platform == "win32" else "")
    bundled = Path(PySide6.__file__).resolve().parent / exe
    if bundled.is_file():
        return bundled
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def compile_translation(ts: Path, qm: Path) -> bool:
    """Compile a ``.ts`` source into a ``.qm`` file with lrelease; False (logged) on failure."""
    lrelease = qt_tool("lrelease")
    if lrelease is None:
        log.warning("cannot compile %s: Qt's lrelease was not found", ts)
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                              capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s: %s", ts, exc)
        return False
    if done.returncode != 0 or not qm.is_file():
        log.warning("cannot compile %s: %s", ts, (done.stderr or done.stdout).strip())
        return False
    return True


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def compiled_translation(lang: str) -> Path | None:
    """The ``.qm`` file of Palabre's translation into ``lang``, compiling it if needed.

    The one built by the set-up next to its source is used when it is at least as new as the
    source; otherwise a copy compiled into the data folder; a stale file is better than none.
    """
    from desktop.data_dir import data_dir

    ts = TRANSLATIONS_DIR / f"palabre_{lang}.ts"
    built = ts.with_suffix(".qm")
    if _fresh(built, ts):
        return built
    cached = data_dir() / "translations" / built.name
    if _fresh(cached, ts):
        return cached
    if ts.is_file():
        log.info("compiling %s into %s (not built by the set-up, or out of date)", ts.name, cached)
        if compile_translation(ts, cached):
            return cached
    if built.is_file():
        log.warning("using %s although %s is newer", built, ts.name)
        return built
    return None


def uninstall_language(app: QCoreApplication) -> None:
    """Remove the translators installed by :func:`install_language` (the source texts show).

    The default QLocale is left as it is; tests put back the one they found.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = DEFAULT_LANGUAGE


def install_language(app: QCoreApplication, lang: str) -> str:
    """Install the translators and the default locale of a language; returns the one installed.

    Previous translators are removed first, so calling it again switches language. Widgets that
    exist already keep their text: the main window rebuilds its contents (see
    ``MainWindow.switch_language``). When the French translation cannot be loaded the window
    stays in English and the reason is logged.
    """
    global _current
    if lang not in LANGUAGES:
        log.warning("unknown language %r; using English", lang)
        lang = DEFAULT_LANGUAGE
    uninstall_language(app)
    ours = QTranslator(app)
    qm = compiled_translation(lang)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif lang != DEFAULT_LANGUAGE:
        log.warning("no usable translation into %s (%s); the window stays in English",
                    LANGUAGES[lang], qm or f"palabre_{lang}.qm not found")
        lang = DEFAULT_LANGUAGE
    else:
        # English needs its file only for plural forms ("1 stakeholder", not "1 stakeholder(s)").
        log.info("English plural forms not loaded (%s)", qm or "palabre_en.qm not found")
    if lang != DEFAULT_LANGUAGE:
        qtbase = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qtbase.load(f"qtbase_{lang}", folder):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
        else:
            log.info("Qt's own %s translation not found in %s", LANGUAGES[lang], folder)
    QLocale.setDefault(locale_for(lang))
    _current = lang
    return lang
