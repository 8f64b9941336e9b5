"""Codes and names of the codebook, resolved through dicts built once per import."""

from __future__ import annotations

from typing import Any, NamedTuple

from db import Tracker, import_queries
from db.import_queries import StatusRow
from db.iso import IsoCountry, iso_countries

from .values import split_list

#: A recognised item of a list cell: ("group", (name, members)), ("country", (code, archived)),
#: ("iso", IsoCountry) or ("rec", (code, archived)).
Token = tuple[str, Any]


class CountryCell(NamedTuple):
    """What a countries cell names."""

    codes: tuple[str, ...]  # in order, groups expanded
    archived: tuple[str, ...]  # of codes, those archived
    new: tuple[IsoCountry, ...]  # ISO countries the tracker does not track
    unknown: tuple[str, ...]  # items that name nothing


class RecommendationCell(NamedTuple):
    """What a recommendations cell names."""

    codes: tuple[str, ...]
    archived: tuple[str, ...]
    unknown: tuple[str, ...]


class Lookups:
    """Codes and names resolved through dicts built once per import (cells repeat: small bounded caches)."""

    CACHE_LIMIT = 2_048

    def __init__(self, t: Tracker) -> None:
        self.countries: dict[str, tuple[str, bool]] = {}
        for c in import_queries.countries(t):
            entry = (c.code, c.archived)
            for key in (c.code, c.alpha3, c.name):
                self.countries[key.casefold()] = entry
        self.groups: dict[str, tuple[str, tuple[str, ...]]] = {
            g.name.casefold(): (g.name, g.members) for g in import_queries.groups(t)
        }
        recs = import_queries.recommendations(t)
        self.recs: dict[str, tuple[str, bool]] = {}
        for r in reversed(recs):  # titles: the first in the codebook's order wins
            self.recs[r.title.casefold()] = (r.code, r.archived)
        for r in recs:
            self.recs[r.code.casefold()] = (r.code, r.archived)
        self.statuses: dict[str, StatusRow] = {}
        self.status_codes: list[str] = []
        for s in import_queries.statuses(t):
            self.statuses[s.label.casefold()] = s
            self.statuses[s.code.casefold()] = s
            self.status_codes.append(s.code)
        self.iso: dict[str, IsoCountry] = {}
        for iso in iso_countries().values():
            self.iso[iso.name.casefold()] = iso
            self.iso[iso.alpha3.casefold()] = iso
            self.iso[iso.alpha2.casefold()] = iso
        self._country_cache: dict[str, CountryCell] = {}
        self._rec_cache: dict[str, RecommendationCell] = {}

    def track(self, iso: IsoCountry) -> None:
        """``iso`` is now tracked (the import added it)."""
        entry = (iso.alpha2, False)
        for key in (iso.alpha2, iso.alpha3, iso.name):
            self.countries[key.casefold()] = entry
        self._country_cache.clear()

    # -- single items --------------------------------------------------------
    def country_token(self, item: str) -> Token | None:
        """The country or group one item names, or None."""
        key = item.strip().casefold()
        if not key:
            return None
        if key.startswith("group:"):
            group = self.groups.get(key[6:].strip())
            return ("group", group) if group else None
        hit = self.countries.get(key)
        if hit:
            return ("country", hit)
        iso = self.iso.get(key)
        if iso is not None:
            hit = self.countries.get(iso.alpha2.casefold())
            return ("country", hit) if hit else ("iso", iso)
        return None

    def rec_token(self, item: str) -> Token | None:
        """The recommendation one item names (code or title), or None."""
        hit = self.recs.get(item.strip().casefold())
        return ("rec", hit) if hit else None

    # -- cells ---------------------------------------------------------------
    def countries_in(self, text: str) -> CountryCell:
        """The countries a cell names (groups expanded to their members)."""
        cached = self._country_cache.get(text)
        if cached is not None:
            return cached
        tokens, unknown = split_list(text, self.country_token)
        codes: list[str] = []
        archived: list[str] = []
        new: list[IsoCountry] = []
        for kind, value in tokens:
            if kind == "group":
                for code in value[1]:
                    if code not in codes:
                        codes.append(code)
            elif kind == "country":
                code, is_archived = value
                if code not in codes:
                    codes.append(code)
                    if is_archived:
                        archived.append(code)
            else:
                if value.alpha2 not in codes:
                    codes.append(value.alpha2)
                    new.append(value)
        result = CountryCell(tuple(codes), tuple(archived), tuple(new), tuple(unknown))
        if len(self._country_cache) >= self.CACHE_LIMIT:
            self._country_cache.clear()
        self._country_cache[text] = result
        return result

    def recs_in(self, text: str) -> RecommendationCell:
        """The recommendations a cell names."""
        cached = self._rec_cache.get(text)
        if cached is not None:
            return cached
        tokens, unknown = split_list(text, self.rec_token)
        codes: list[str] = []
        archived: list[str] = []
        for _kind, (code, is_archived) in tokens:
            if code not in codes:
                codes.append(code)
                if is_archived:
                    archived.append(code)
        result = RecommendationCell(tuple(codes), tuple(archived), tuple(unknown))
        if len(self._rec_cache) >= self.CACHE_LIMIT:
            self._rec_cache.clear()
        self._rec_cache[text] = result
        return result
