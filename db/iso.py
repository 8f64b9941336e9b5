"""ISO 3166-1 country codes, shipped as data so no network or extra package is needed.

``iso3166.json`` lists every officially assigned code as
``[alpha-2, alpha-3, English short name]`` (taken from the ISO 3166 data
that the pycountry project publishes).
"""

from __future__ import annotations

import json
from functools import lru_cache

from .records import record


@record(frozen=True)
class IsoCountry:
    alpha2: str
    alpha3: str
    name: str


@lru_cache(maxsize=1)
def iso_countries() -> dict[str, IsoCountry]:
    """Every ISO 3166-1 country keyed by alpha-2 code."""
    from importlib import resources

    raw = json.loads(resources.files("db").joinpath("iso3166.json").read_text(encoding="utf-8"))
    return {a2: IsoCountry(a2, a3, name) for a2, a3, name in raw}


@lru_cache(maxsize=1)
def _by_alpha3() -> dict[str, IsoCountry]:
    return {c.alpha3: c for c in iso_countries().values()}


def lookup(code_or_name: str) -> IsoCountry | None:
    """Find a country by alpha-2, alpha-3 or English name (case-insensitive)."""
    key = code_or_name.strip()
    upper = key.upper()
    if len(upper) == 2 and upper in iso_countries():
        return iso_countries()[upper]
    if len(upper) == 3 and upper in _by_alpha3():
        return _by_alpha3()[upper]
    folded = key.casefold()
    for country in iso_countries().values():
        if country.name.casefold() == folded:
            return country
    return None
