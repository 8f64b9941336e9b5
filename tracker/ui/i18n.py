"""The interface's language: Qt's own translation system (``.ts`` sources, compiled ``.qm``, ``QTranslator``).

The language follows the system (``QLocale``) unless Preferences names one; it is applied once, at
start-up, before the window is built (a change in Preferences takes effect at the next start).  English
loads nothing: the source strings are English, so an English start costs no translator and no file.

Run ``python -m tracker.ui.i18n update`` after changing a wrapped string (it refreshes the ``.ts``
files with ``pyside6-lupdate``), translate them in Qt Linguist, then ``python -m tracker.ui.i18n build``
(``pyside6-lrelease``) to compile the ``.qm`` files the app loads.  docs/translations.md has the steps.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from db.i18n import ENGLISH, LANGUAGES, TRANSLATION_CODES, language_for

from .language import LANGUAGE_PROPERTY

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
CATALOGUE = "policy_tracker"
#: The files whose strings are translated (lupdate reads them): every module of the app and of the data layer.
#: The interface marks its texts with ``tr()``; the headless modules (reports, exports, the importer, sync, and
#: db/, whose sentences are :func:`db.messages.translate` Messages) with ``translate(context, text)`` or a
#: ``Texts.tr``: one list for all, so a newly marked text is never missed.
SOURCES: tuple[str, ...] = tuple(sorted(
    str(p.relative_to(ROOT)) for folder in ("db", "tracker") for p in (ROOT / folder).rglob("*.py")
    if p.name != "__init__.py" and "__pycache__" not in p.parts
))

#: Kept alive while installed (a QTranslator collected by Python would leave Qt a dangling pointer).
_installed: list[QTranslator] = []
#: The default locale before a language was installed (what :func:`remove_translators` puts back).
_saved_default: list[QLocale] = []


def ts_path(code: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def qm_path(code: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{code}.qm"


def system_language() -> str:
    """The first supported language of the system's preferred UI languages, else English."""
    return next(filter(None, map(language_for, QLocale.system().uiLanguages())), ENGLISH)


def chosen_language(preference: str) -> str:
    """The language to use: the preference when it names a supported language ("" follows the system)."""
    return preference if preference in LANGUAGES else system_language()


def install_translators(language: str) -> list[QTranslator]:
    """Load Policy Tracker's and Qt's own translations of ``language`` into the application.

    Also makes the language's locale the default, so dates and numbers follow it.  English installs
    nothing.  Qt ships ``qtbase_<code>.qm`` for Polish, Russian and Ukrainian, only the older ``qt_lt.qm``
    for Lithuanian, and nothing for Belarusian (its standard buttons stay English).
    """
    remove_translators()
    if language == ENGLISH or language not in LANGUAGES:
        return []
    if not _saved_default:
        _saved_default.append(QLocale())
    QLocale.setDefault(QLocale(language))
    app = QCoreApplication.instance()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if app is not None:
        app.setProperty(LANGUAGE_PROPERTY, language)
    own = QTranslator(app)
    if own.load(str(qm_path(language))):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    for name in (f"qtbase_{language}", f"qt_{language}"):  # Qt's own dialogs and buttons
        qt = QTranslator(app)
        if qt.load(name, qt_folder):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
            break
    return list(_installed)


def remove_translators() -> None:
    """Back to English (tests switch languages), with the default locale as it was."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(LANGUAGE_PROPERTY, None)
    while _installed:
        translator = _installed.pop()
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    if _saved_default:
        QLocale.setDefault(_saved_default.pop())


def _tool(name: str) -> str:
    """A PySide6 tool: next to this Python (the venv's bin folder), else on PATH."""
    import shutil

    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python ({sys.executable})")
    return found


def update(codes: tuple[str, ...] = TRANSLATION_CODES, folder: Path = TRANSLATIONS_DIR) -> None:
    """Collect the wrapped strings into each language's .ts (new ones unfinished, removed ones dropped)."""
    import subprocess  # the tools are for translators and tests, never the app's start-up

    folder.mkdir(parents=True, exist_ok=True)
    for code in codes:
        subprocess.run([_tool("pyside6-lupdate"), *SOURCES, "-no-obsolete", "-locations", "none",
                        "-ts", str(ts_path(code, folder))], cwd=ROOT, check=True, capture_output=True)


def build(codes: tuple[str, ...] = TRANSLATION_CODES, source: Path = TRANSLATIONS_DIR,
          target: Path = TRANSLATIONS_DIR) -> None:
    """Compile each language's .ts into the .qm the app loads."""
    import subprocess

    target.mkdir(parents=True, exist_ok=True)
    for code in codes:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_path(code, source)),
                        "-qm", str(qm_path(code, target))], check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in (["update"], ["build"]):
        print("usage: python -m tracker.ui.i18n update|build", file=sys.stderr)
        return 2
    (update if args == ["update"] else build)()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
