"""The interface's language as running code sees it: which language is installed, and how that language
orders names.  Tiny and imported at start-up (the matrix orders its rows with it); the translators themselves
are :mod:`.i18n`'s, loaded only when the interface is not English."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

#: The application property :func:`.i18n.install_translators` sets to the installed language's code.
LANGUAGE_PROPERTY = "policyTrackerLanguage"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for translation in ``context`` where it is defined (a constant made at import time);
    it is translated where it is shown, with ``QCoreApplication.translate(context, text)``.  The one definition
    (not QtCore's, whose stubs say it returns ``object``)."""
    return text


def interface_language() -> str:
    """The language the interface speaks ("en", "be", ...), for any code, with or without an AppContext.

    Read from the application property the translators' installation sets, so an English start imports
    nothing to learn that it is English.
    """
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else "en"


def sorted_by_name(countries: Sequence[tuple[str, str]], language: str) -> list[tuple[str, str]]:
    """(code, name) pairs in the order of their names in ``language``: Belarusian і and ў, Polish ł and
    Lithuanian ė in their alphabets' places, by the same rule as the codebook's and the reports' lists
    (:func:`db.catalogue.sort_key`); English by case-folded name as before."""
    if language == "en":
        return sorted(countries, key=lambda country: country[1].casefold())
    from db.catalogue import sort_key  # loaded with the first list in another language, never at an English start

    return sorted(countries, key=lambda country: sort_key(country[1], language))


def untranslated(text: str, source: str, n: int) -> bool:
    """Whether ``text`` (``tr(source, "", n)``) is the source itself: no translator knew it (English loads none),
    so the caller writes its English, with the English plural, instead."""
    return text == source.replace("%Ln", QLocale().toString(n))


def english_unless_translated(translated: str, source: str, n: int, english: str) -> str:
    """``translated`` (``self.tr(source, "", n)``, written where it is called: lupdate needs the literal there)
    when a translator knew it, else ``english``, the caller's English singular or plural: English loads no
    translator, and Qt's untranslated count would say "1 countries match"."""
    return english if untranslated(translated, source, n) else translated
