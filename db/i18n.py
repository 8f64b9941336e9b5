"""The languages Policy Tracker speaks, multilingual codebook text, and plural categories.

No Qt here: the codebook, the command line and the reports need the same
answers as the window.  Qt's own translation system (``tr()``, ``.ts``/``.qm``)
covers the interface's strings; this module covers the *data* that can carry
translations (the codebook's titles, wording, guidance, status labels, group
names) and the plural rules that text built outside Qt needs.

A codebook field that can be translated is a :data:`Text`: either a plain
string (English, or whatever language the codebook's author wrote in) or an
object ``{"en": "...", "be": "...", ...}``.  English is required in the object
form, because the exports' column values, the history and every fallback need
one language every tracker has.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from .errors import ValidationError
from .messages import translate
from .records import record

#: A translatable codebook value: plain text, or text per language code.
Text = str | Mapping[str, str]

ENGLISH = "en"


@record(frozen=True)
class Language:
    """One interface and codebook language."""

    code: str  # ISO 639-1, as in the codebook's {"en": ...} objects and Qt's .qm file names
    native_name: str  # how the language's own speakers name it (shown in the language chooser)
    english_name: str
    script: str  # ISO 15924: "Latn" or "Cyrl" (fonts must cover it)


LANGUAGES: Mapping[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English", "Latn"),
        Language("be", "Беларуская", "Belarusian", "Cyrl"),
        Language("uk", "Українська", "Ukrainian", "Cyrl"),
        Language("ru", "Русский", "Russian", "Cyrl"),
        Language("pl", "Polski", "Polish", "Latn"),
        Language("lt", "Lietuvių", "Lithuanian", "Latn"),
    )
}
LANGUAGE_CODES: tuple[str, ...] = tuple(LANGUAGES)
#: The languages a translation is made into (every language but English).
TRANSLATION_CODES: tuple[str, ...] = tuple(c for c in LANGUAGE_CODES if c != ENGLISH)

#: Longest translation kept in a codebook text (the longest English guidance is under 600 characters).
MAX_TEXT_LENGTH = 10_000


def language_for(tag: str) -> str | None:
    """The supported language code a locale tag names ("be_BY.UTF-8", "ru-RU", "pl"), or None.

    Used to follow the system's language: anything unsupported leaves the caller to choose English.
    """
    base = tag.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].casefold()
    return base if base in LANGUAGES else None


# ---------------------------------------------------------------- Text values
def localized(value: Text, lang: str) -> str:
    """``value`` in ``lang``; else in English; else in any language it has; else ""."""
    if isinstance(value, str):
        return value
    for code in (lang, ENGLISH):
        text = value.get(code)
        if text:
            return text
    return next((text for text in value.values() if text), "")


def translations(value: Text) -> dict[str, str]:
    """``value`` as {language: text}; a plain string counts as English."""
    if isinstance(value, str):
        return {ENGLISH: value} if value else {}
    return {code: text for code, text in value.items() if text}


def missing(value: Text) -> tuple[str, ...]:
    """The supported languages ``value`` has no translation in, in :data:`LANGUAGE_CODES` order.

    What the codebook editor marks as still to translate.
    """
    have = translations(value)
    return tuple(code for code in LANGUAGE_CODES if code not in have)


def with_translation(value: Text, lang: str, text: str) -> Text:
    """``value`` with ``lang``'s text set to ``text`` (removed when empty); a plain string stays one
    while only English is given."""
    current = translations(value)
    if text:
        current[lang] = text
    else:
        current.pop(lang, None)
    if set(current) <= {ENGLISH}:
        return current.get(ENGLISH, "")
    return {code: current[code] for code in LANGUAGE_CODES if code in current}


#: Each language's English name, said in the interface's language inside a sentence (a Message each).
_LANGUAGE_WORDS = {
    "en": translate("DataLanguages", "English"), "be": translate("DataLanguages", "Belarusian"),
    "uk": translate("DataLanguages", "Ukrainian"), "ru": translate("DataLanguages", "Russian"),
    "pl": translate("DataLanguages", "Polish"), "lt": translate("DataLanguages", "Lithuanian"),
}


def validate_text(value: object, field: str, *, required: bool = True) -> Text:
    """``value`` checked as a codebook :data:`Text` for ``field``; raises ValidationError in one sentence.

    A string is stripped.  An object must use known language codes only, give non-empty strings, and
    include English; its keys come back in :data:`LANGUAGE_CODES` order.
    """
    if isinstance(value, str):
        text = value.strip()
        if required and not text:
            raise ValidationError(field, translate("DataCodebook", "'{field}' must not be empty.").format(field=field))
        if len(text) > MAX_TEXT_LENGTH:
            raise ValidationError(field, translate(
                "DataCodebook", "'{field}' is longer than {limit:,} characters."
            ).format(field=field, limit=MAX_TEXT_LENGTH))
        return text
    if not isinstance(value, Mapping):
        raise ValidationError(field, translate(
            "DataCodebook", "'{field}' must be text or an object of translations such as {example}."
        ).format(field=field, example='{"en": "...", "be": "..."}'))
    known = ", ".join(LANGUAGE_CODES)
    unknown = [str(code) for code in value if code not in LANGUAGES]
    if unknown:
        raise ValidationError(field, translate(
            "DataCodebook", "'{field}' has a translation in an unknown language {code!r}; the languages are {known}."
        ).format(field=field, code=unknown[0], known=known))
    checked: dict[str, str] = {}
    for code in LANGUAGE_CODES:
        if code not in value:
            continue
        text = value[code]
        if not isinstance(text, str) or not text.strip():
            raise ValidationError(field, translate(
                "DataCodebook", "'{field}': the {language} text must be non-empty text."
            ).format(field=field, language=_LANGUAGE_WORDS[code]))
        if len(text.strip()) > MAX_TEXT_LENGTH:
            raise ValidationError(field, translate(
                "DataCodebook", "'{field}': the {language} text is longer than {limit:,} characters."
            ).format(field=field, language=_LANGUAGE_WORDS[code], limit=MAX_TEXT_LENGTH))
        checked[code] = text.strip()
    if ENGLISH not in checked:
        raise ValidationError(field, translate(
            "DataCodebook", "'{field}' has translations but no English text ({code}), which is required."
        ).format(field=field, code='"en"'))
    return checked


# ---------------------------------------------------------------- plurals
#: The CLDR plural categories each language uses for whole numbers, in the order Qt's numerus
#: forms list them in a .ts file (Qt's own order for these languages).
PLURAL_CATEGORIES: Mapping[str, tuple[str, ...]] = {
    "en": ("one", "other"),
    "be": ("one", "few", "many"),
    "uk": ("one", "few", "many"),
    "ru": ("one", "few", "many"),
    "pl": ("one", "few", "many"),
    "lt": ("one", "few", "other"),
}


def plural_category(n: int, lang: str) -> str:
    """The CLDR plural category ("one", "few", "many" or "other") of the whole number ``n`` in ``lang``.

    CLDR's rules for integers (v = 0): the East Slavic languages by the last digit, except the teens;
    Polish like them except that only 1 itself is "one"; Lithuanian's teens and tens are "other".
    """
    if lang not in PLURAL_CATEGORIES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(PLURAL_CATEGORIES)}")
    i = abs(int(n))
    last, last2 = i % 10, i % 100
    teen = 11 <= last2 <= 19
    if lang == "en":
        return "one" if i == 1 else "other"
    if lang in ("be", "uk", "ru"):
        if last == 1 and last2 != 11:
            return "one"
        if 2 <= last <= 4 and not 12 <= last2 <= 14:
            return "few"
        return "many"
    if lang == "pl":
        if i == 1:
            return "one"
        if 2 <= last <= 4 and not 12 <= last2 <= 14:
            return "few"
        return "many"
    # lt
    if last == 1 and not teen:
        return "one"
    if 2 <= last <= 9 and not teen:
        return "few"
    return "other"


def plural(n: int, lang: str, forms: Mapping[str, str]) -> str:
    """The form of ``forms`` (keyed by plural category) for ``n`` in ``lang``, with ``{n}`` filled in.

    Falls back to "other", then "many", when the category's form is missing.
    """
    category = plural_category(n, lang)
    form = forms.get(category) or forms.get("other") or forms.get("many") or ""
    return form.replace("{n}", str(n))


# ---------------------------------------------------------------- the default codebook's translations
DEFAULT_I18N_NAME = "default_codebook_i18n.json"


@record(frozen=True)
class TranslatableText:
    """One translatable place in a codebook: where it is (for messages and the editor) and its value."""

    path: str  # "title", "statuses[none].label", "recommendations[visa].text", "group_names[EU]"
    value: Text
    quoted: bool = False  # the source's own words: reports show the original beside the translation


def translatable_texts(raw: Mapping[str, Any]) -> Iterator[TranslatableText]:
    """Every translatable text of a decoded codebook (plain or merged with translations), in file order."""
    for key in ("title", "description"):
        if raw.get(key):
            yield TranslatableText(key, raw[key])
    for status in raw.get("statuses", []):
        for key in ("label", "description"):
            if status.get(key):
                yield TranslatableText(f"statuses[{status['code']}].{key}", status[key])
    for rec in raw.get("recommendations", []):
        for key in ("title", "text", "guidance"):
            if rec.get(key):
                yield TranslatableText(f"recommendations[{rec['code']}].{key}", rec[key], quoted=key == "text")
    for grade in raw.get("grades", []):
        if grade.get("name"):
            yield TranslatableText(f"grades[{grade['grade']}].name", grade["name"])
    names: Mapping[str, Text] = raw.get("group_names", {})
    for group in raw.get("groups", {}):
        yield TranslatableText(f"group_names[{group}]", names.get(group, group))


@lru_cache(maxsize=1)
def default_translations_text() -> str:
    """The JSON text of the default codebook's translations (db/default_codebook_i18n.json)."""
    from importlib import resources

    return resources.files("db").joinpath(DEFAULT_I18N_NAME).read_text(encoding="utf-8")


def _merge(english: object, table: Mapping[str, Any], path: str) -> dict[str, str]:
    """{"en": english, **the translations of path in table}; raises when the file misses one."""
    if not isinstance(english, str):
        raise ValueError(f"{DEFAULT_I18N_NAME}: {path} is not plain English text in the default codebook")
    found = table.get(path)
    if not isinstance(found, Mapping):
        raise ValueError(f"{DEFAULT_I18N_NAME} has no translations of {path}")
    merged = validate_text({ENGLISH: english, **found}, path)
    return {ENGLISH: merged} if isinstance(merged, str) else dict(merged)


def merge_translations(raw: Mapping[str, Any], table: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the plain codebook ``raw`` with every translatable text as {"en": ..., "be": ...}.

    ``table`` maps each :func:`translatable_texts` path to {language: text}.  Group names stay the
    groups' keys (English, what exports and the command line use) and gain a ``group_names`` object.
    The ``translations`` object records that the texts were translated from English, the article's
    language: the source's own words are quoted in English, the rest are translations of them.
    """
    book = json.loads(json.dumps(raw))  # a deep copy, as plain JSON data
    entries = table["texts"]
    for key in ("title", "description"):
        book[key] = _merge(book[key], entries, key)
    for status in book["statuses"]:
        for key in ("label", "description"):
            status[key] = _merge(status[key], entries, f"statuses[{status['code']}].{key}")
    for rec in book["recommendations"]:
        for key in ("title", "text", "guidance"):
            rec[key] = _merge(rec[key], entries, f"recommendations[{rec['code']}].{key}")
    for grade in book["grades"]:
        if "name" in grade:
            grade["name"] = _merge(grade["name"], entries, f"grades[{grade['grade']}].name")
    book["group_names"] = {group: _merge(group, entries, f"group_names[{group}]") for group in book["groups"]}
    book["translations"] = {key: table[key] for key in ("translated_from", "note")}
    return book


def merged_default_codebook() -> dict[str, Any]:
    """The default codebook (db/default_codebook.json) with its translations into every language merged in."""
    from importlib import resources

    # Read here rather than through db.codebook, which will validate codebook texts with this module.
    plain = resources.files("db").joinpath("default_codebook.json").read_text(encoding="utf-8")
    return merge_translations(json.loads(plain), json.loads(default_translations_text()))
