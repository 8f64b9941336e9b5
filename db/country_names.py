"""Country names in each language of :mod:`db.i18n`, from the ISO 3166 translations pycountry ships.

pycountry's gettext catalogues (``locales/<lang>/LC_MESSAGES/iso3166-1.mo``)
translate the English names that :mod:`db.iso` lists, so a name is looked up
by its English form.  Only the catalogues are read (found without importing
pycountry, whose import costs ~45 ms of CPU for databases we do not use), each
once, on first use: importing this module costs nothing.  A name with no
translation, or a language pycountry lacks, falls back to English.

:func:`country_search_keys` gives every language's name folded as the
type-to-find boxes fold what people type, so "Літва", "Litwa" and "Lithuania"
all find LT whatever the interface language.
"""

from __future__ import annotations

import gettext
import importlib.util
import os
import unicodedata
from functools import lru_cache

from .fold import fold_text
from .i18n import ENGLISH, LANGUAGE_CODES, LANGUAGES
from .iso import iso_countries

#: gettext's domain for ISO 3166-1 country names in pycountry's catalogues.
DOMAIN = "iso3166-1"


def fold_key(text: str) -> str:
    """``text`` as matched: no accents, no case, ł/ø/ß spelled out (as the evidence search folds them).

    The same folding as the "Go to country" box's: :func:`db.fold.fold_text`, then combining marks
    dropped, so a query typed without them still matches: "и" finds "й", "е" finds "ё", "u" finds "ū".
    """
    decomposed = unicodedata.normalize("NFKD", fold_text(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=1)
def locales_dir() -> str | None:
    """pycountry's folder of gettext catalogues, or None when pycountry is not installed."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = os.path.join(next(iter(spec.submodule_search_locations)), "locales")
    return folder if os.path.isdir(folder) else None


@lru_cache(maxsize=len(LANGUAGES))
def _catalogue(lang: str) -> gettext.NullTranslations:
    folder = locales_dir()
    if lang == ENGLISH or folder is None:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, folder, languages=[lang], fallback=True)


@lru_cache(maxsize=len(LANGUAGES))
def country_names(lang: str) -> dict[str, str]:
    """Every ISO 3166-1 country's name in ``lang`` (English where there is no translation), by alpha-2 code."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGE_CODES)}")
    catalogue = _catalogue(lang)
    return {code: catalogue.gettext(country.name) for code, country in iso_countries().items()}


def country_name(code: str, lang: str) -> str:
    """The name of the country ``code`` (alpha-2, any case) in ``lang``, falling back to English.

    An unknown code is returned as given, so a report still shows something true.
    """
    names = country_names(lang if lang in LANGUAGES else ENGLISH)
    return names.get(code.upper(), code)


@lru_cache(maxsize=1)
def _all_keys() -> dict[str, tuple[str, ...]]:
    keys: dict[str, list[str]] = {code: [] for code in iso_countries()}
    for lang in LANGUAGE_CODES:
        for code, name in country_names(lang).items():
            folded = fold_key(name)
            if folded not in keys[code]:
                keys[code].append(folded)
    return {code: tuple(found) for code, found in keys.items()}


def country_search_keys(code: str) -> tuple[str, ...]:
    """The country's name in every language, folded with :func:`fold_key`, English first, no repeats.

    Empty for an unknown code.
    """
    return _all_keys().get(code.upper(), ())
