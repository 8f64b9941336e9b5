"""The interface's translations read without Qt, for texts made outside the window (reports, exports, images).

Reports are written as HTML by headless code (:mod:`tracker.reports`, the command line) that must not
need Qt, yet they should speak the same words as the window.  So this module reads the very files Qt's
``.qm`` are compiled from, ``resources/translations/policy_tracker_<code>.ts`` (plain XML, installed with
the package), and answers as ``QTranslator`` would: one set of translations serves the app and the
reports, and a translator corrects a word in one place.

Use an object named exactly like its context, so ``pyside6-lupdate`` extracts each text under the context
it is looked up in at run time (lupdate takes the name before ``.tr`` as the context)::

    Report = texts_for(lang, "Report")  # noqa: N806
    Report.tr("Score")
    Report.tr("%Ln countries", "%Ln country", n)   # a count: Qt's numerus forms

For a count (``n`` given) the second argument is the English singular: English is the source language,
which has no catalogue, so its singular is chosen here (Qt shows it to translators as the message's
comment).  A text with no finished translation comes back in English.  ``%n`` becomes the number and
``%Ln`` the number written the language's way (``1 234``, ``12 345``); other placeholders (``%1``) are
left to the caller (:func:`arg`).

Files are parsed once per language, on first use: importing this module costs nothing.
"""

from __future__ import annotations

from functools import lru_cache

from .i18n import ENGLISH, LANGUAGE_CODES, LANGUAGES, PLURAL_CATEGORIES, plural_category
from .records import record

#: The package and folder the .ts files are installed in (see pyproject's package data).
PACKAGE = "resources"
FOLDER = "translations"
CATALOGUE = "policy_tracker"

#: (context, source text, disambiguation): how Qt finds a message.
MessageKey = tuple[str, str, str]


@record(frozen=True)
class Message:
    """A finished translation: one text, or a count's forms in Qt's order (:data:`db.i18n.PLURAL_CATEGORIES`)."""

    forms: tuple[str, ...]
    numerus: bool = False


def ts_file_name(lang: str) -> str:
    return f"{CATALOGUE}_{lang}.ts"


def read_ts_text(lang: str) -> str | None:
    """The text of ``lang``'s .ts file as installed with the package; None when there is none."""
    from importlib import resources  # loaded with the first report in a language, never at start-up

    try:
        return resources.files(PACKAGE).joinpath(FOLDER, ts_file_name(lang)).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None


def parse_ts(text: str) -> dict[MessageKey, Message]:
    """The finished messages of a .ts file's text (unfinished, obsolete and empty ones are left out:
    ``lrelease`` leaves them out of the .qm too, and Qt then shows the English)."""
    import xml.etree.ElementTree as ET  # loaded with the first report in a language

    found: dict[MessageKey, Message] = {}
    root = ET.fromstring(text)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    found[key] = Message(forms, numerus=True)
            elif translation.text:
                found[key] = Message((translation.text,))
    return found


@lru_cache(maxsize=len(LANGUAGES))
def messages(lang: str) -> dict[MessageKey, Message]:
    """Every finished message of ``lang`` (none for English, the source language), read once."""
    if lang == ENGLISH or lang not in LANGUAGES:
        return {}
    text = read_ts_text(lang)
    return parse_ts(text) if text else {}


def format_number(n: int, lang: str) -> str:
    """A whole number as the language writes it (what Qt's ``%Ln`` writes): "1,234" in English; a no-break
    space between thousands in the others; Belarusian and Polish group only from 10 000 (CLDR's minimum
    grouping digits, as Qt's ``QLocale`` does)."""
    if lang == ENGLISH or lang not in LANGUAGES:
        return f"{n:,}"
    if lang in ("be", "pl") and abs(n) < 10_000:
        return str(n)
    return f"{n:,}".replace(",", "\u00a0")


def format_decimal(value: float, lang: str, places: int = 1) -> str:
    """A decimal number with ``places`` decimals, with the language's decimal mark ("62.5", "62,5")."""
    text = f"{value:.{places}f}"
    return text if lang == ENGLISH or lang not in LANGUAGES else text.replace(".", ",")


def arg(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``... replaced by ``values`` (as Qt's ``QString.arg``, all at once, so a
    value that itself holds "%2" is left alone)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            j = i + 1
            while j < len(text) and text[j].isdigit():
                j += 1
            number = int(text[i + 1:j])
            if 1 <= number <= len(values):
                out.append(str(values[number - 1]))
                i = j
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def numerus_form(message: Message, n: int, lang: str) -> str:
    """The form of a count message that Qt's translator picks for ``n`` in ``lang``."""
    order = PLURAL_CATEGORIES[lang]
    index = order.index(plural_category(n, lang))
    return message.forms[min(index, len(message.forms) - 1)]


class Texts:
    """One context's texts in one language (see the module's docstring)."""

    __slots__ = ("context", "lang")

    def __init__(self, lang: str, context: str) -> None:
        self.lang = lang if lang in LANGUAGES else ENGLISH
        self.context = context

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        """``source`` in this language; with ``n`` (a count) the language's plural form, the number filled in."""
        found = messages(self.lang).get((self.context, source, disambiguation))
        if n < 0:
            return found.forms[0] if found is not None and not found.numerus else source
        if found is not None and found.numerus:
            text = numerus_form(found, n, self.lang)
            lang = self.lang
        else:  # English: the singular is the comment (the disambiguation), the plural the source
            text = disambiguation if disambiguation and plural_category(n, ENGLISH) == "one" else source
            lang = ENGLISH
        return text.replace("%Ln", format_number(n, lang)).replace("%n", str(n))


def texts_for(lang: str, context: str) -> Texts:
    """The texts of ``context`` in ``lang`` (English when ``lang`` is not one of :data:`db.i18n.LANGUAGES`)."""
    return Texts(lang, context)


#: Each language's alphabet in its own order, for sorting names as its readers expect (Python's code-point
#: order puts Belarusian and Ukrainian "і" after "я", and Polish "ł" after "z").
ALPHABETS: dict[str, str] = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "pl": "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż",
    "lt": "aąbcčdeęėfghiįyjklmnopqrsštuųūvwxzž",
}


def sort_key(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """A key that sorts ``text`` in ``lang``'s alphabetical order: spaces and punctuation first, then the
    language's letters in its order, then any other letter (another script) by code point; case ignored."""
    order = {ch: i for i, ch in enumerate(ALPHABETS.get(lang, ALPHABETS[ENGLISH]))}
    key = []
    for ch in text.casefold():
        if ch in order:
            key.append((1, order[ch]))
        elif ch.isalpha():
            key.append((2, ord(ch)))
        else:
            key.append((0, ord(ch)))
    return tuple(key)


def check_language(lang: str) -> str:
    """``lang`` when it is a supported language code; ValueError naming the choices otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"{lang!r} is not a language of Policy Tracker; use one of {', '.join(LANGUAGE_CODES)}.")
    return lang


__all__ = [
    "ALPHABETS", "Message", "Texts", "arg", "check_language", "format_decimal", "format_number", "messages",
    "numerus_form", "parse_ts", "read_ts_text", "sort_key", "texts_for",
]
