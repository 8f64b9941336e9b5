"""The codebook: a campaign's recommendations, status scale, grades, countries and groups.

A codebook is plain JSON (format in README.md, "Codebook"), so a tracker for
another campaign needs a file, not code.  :func:`load_codebook` validates a
file completely before anything is written, and names the part that is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path
from typing import Any

from . import i18n, validate
from .errors import ValidationError
from .messages import composed, translate
from .records import record

#: Where a codebook text is kept, as in the ``translations`` table: (table, row key, field).
#: ``("statuses", "full", "label")``, ``("meta", "title", "value")``, ``("groups", "EU", "name")``.
TextKey = tuple[str, str, str]


@record(frozen=True)
class Status:
    code: str
    label: str
    score: float | None
    color: str
    description: str = ""


@record(frozen=True)
class Recommendation:
    code: str
    title: str
    text: str = ""
    guidance: str = ""
    weight: float = 1.0
    archived: bool = False  # kept for its history, out of the matrix and the scores


@record(frozen=True)
class Grade:
    grade: str
    min_score: float


#: Share of a country's recommendations that must be assessed before it gets a grade and a rank.
DEFAULT_MIN_COVERAGE = 0.5


def min_coverage(value: object, field: str = "min_coverage_for_grade") -> float:
    """A share from 0 to 1 (0.5: half the recommendations), given as a number or as text."""
    if isinstance(value, bool):
        raise ValidationError(field, translate(
            "DataCodebook", "'{field}' must be a number from 0 to 1, such as 0.5."
        ).format(field=field))
    try:
        number = float(str(value).strip()) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(field, translate(
            "DataCodebook", "'{field}' must be a number from 0 to 1, such as 0.5."
        ).format(field=field)) from None
    if not (0 <= number <= 1):
        raise ValidationError(field, translate(
            "DataCodebook", "'{field}' must be from 0 to 1 (a share of the recommendations); got {value!r}."
        ).format(field=field, value=value))
    return number


@record
class Codebook:
    title: str
    description: str = ""
    source: str = ""
    review_interval_days: int = 180
    min_coverage_for_grade: float = DEFAULT_MIN_COVERAGE
    statuses: list[Status] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    grades: list[Grade] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    groups: dict[str, list[str]] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    #: Countries tracked once and archived since (an exported codebook keeps them for their groups and history).
    archived_countries: list[str] = field(default_factory=list)
    #: The texts' translations, {language: text} by where each is kept.  English stays in the fields above
    #: (exports, scripts and search read it there); only grade names, which have no column, keep "en" here.
    translations: dict[TextKey, dict[str, str]] = field(default_factory=dict)
    #: The language the translations were made from ("en" for the default codebook: the article is in English),
    #: and a note for readers; a report says a quotation's translation is one.
    translated_from: str = ""
    translations_note: str = ""


DEFAULT_CODEBOOK_NAME = "default_codebook.json"
#: A codebook is a few hundred KB at most; a bigger file is refused before it is read into memory.
MAX_CODEBOOK_BYTES = 64 * 2**20


def default_codebook_text() -> str:
    """The JSON text of the default codebook built from the article."""
    from importlib import resources

    return resources.files("db").joinpath(DEFAULT_CODEBOOK_NAME).read_text(encoding="utf-8")


def default_codebook() -> Codebook:
    """The codebook built from the article, with its translations (db/default_codebook_i18n.json)."""
    return parse_codebook(i18n.merged_default_codebook(), source_name=DEFAULT_CODEBOOK_NAME)


def blank_codebook() -> Codebook:
    """The default status scale (translated) and grade bands with no recommendations or countries."""
    base = default_codebook()
    return Codebook(
        title="Untitled tracker",
        review_interval_days=base.review_interval_days,
        min_coverage_for_grade=base.min_coverage_for_grade,
        statuses=base.statuses,
        grades=base.grades,
        translations={key: dict(value) for key, value in base.translations.items() if key[0] in ("statuses", "grades")},
        translated_from=base.translated_from,
        translations_note=base.translations_note,
    )


def load_codebook(path: str | Path) -> Codebook:
    """Read and validate a codebook JSON file."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CODEBOOK_BYTES:
            raise ValidationError(
                "codebook", translate(
                    "DataCodebook", "{path} is too large to be a codebook (more than {megabytes} MB)."
                ).format(path=path, megabytes=MAX_CODEBOOK_BYTES // 2**20)
            )
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ValidationError("codebook", translate(
            "DataCodebook", "There is no codebook file at {path}."
        ).format(path=path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError("codebook", translate(
            "DataCodebook", "{path} is not a valid JSON codebook: {problem}."
        ).format(path=path, problem=exc)) from None
    except RecursionError:
        raise ValidationError(
            "codebook", translate(
                "DataCodebook", "{path} is not a valid codebook: its JSON is nested too deeply to read."
            ).format(path=path)
        ) from None
    except OSError as exc:
        raise ValidationError("codebook", translate(
            "DataCodebook", "{path} cannot be read: {problem}."
        ).format(path=path, problem=exc.strerror or exc)) from None
    try:
        return parse_codebook(raw, source_name=str(path))
    except RecursionError:
        raise ValidationError("codebook", translate(
            "DataCodebook", "{path} is not a valid codebook: it is nested too deeply."
        ).format(path=path)) from None


def _need(obj: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in obj:
        raise ValidationError(key, translate(
            "DataCodebook", "{where}: '{key}' is missing."
        ).format(where=where, key=key))
    value = obj[key]
    if not isinstance(value, kind):
        raise ValidationError(key, translate(
            "DataCodebook", "{where}: '{key}' must be a {kind}."
        ).format(where=where, key=key, kind=kind.__name__))
    return value


def parse_codebook(raw: Any, source_name: str = "codebook") -> Codebook:
    """Validate a decoded codebook and return it; raises ValidationError naming the part."""
    from .iso import iso_countries  # the ISO table loads with the first codebook read, not at start-up

    where = source_name
    if not isinstance(raw, dict):
        raise ValidationError("codebook", translate(
            "DataCodebook", "{where}: a codebook must be a JSON object."
        ).format(where=where))
    texts = _Translations(where)
    if "title" not in raw:
        raise ValidationError("title", translate("DataCodebook", "{where}: 'title' is missing.").format(where=where))
    title = texts.text(raw["title"], "title", ("meta", "title", "value"), label="title", required=True)
    statuses_raw = _need(raw, "statuses", list, where)
    statuses: list[Status] = []
    seen: set[str] = set()
    for i, s in enumerate(statuses_raw, 1):
        at = f"{where}: status {i}"
        if not isinstance(s, dict):
            raise ValidationError("statuses", translate("DataCodebook", "{at} must be an object.").format(at=at))
        code = validate.code(s.get("code"), "status code")
        if code in seen:
            raise ValidationError("statuses", translate(
                "DataCodebook", "{at}: the code '{code}' is used twice."
            ).format(at=at, code=code))
        seen.add(code)
        statuses.append(
            Status(
                code=code,
                label=texts.text(s.get("label"), f"statuses[{i}].label", ("statuses", code, "label"),
                                 label="status label", required=True) or code,
                score=validate.score(s.get("score"), "status score"),
                color=validate.color(s.get("color", "#808080"), "status color"),
                description=texts.text(s.get("description"), f"statuses[{i}].description",
                                       ("statuses", code, "description"), label="status description"),
            )
        )
    nulls = [s for s in statuses if s.score is None]
    if len(nulls) != 1:
        raise ValidationError(
            "statuses",
            translate(
                "DataCodebook",
                "{where}: exactly one status must have a null score (the 'not assessed' status); found {found}."
            ).format(where=where, found=len(nulls)),
        )
    labels = [s.label.casefold() for s in statuses]
    if len(set(labels)) != len(labels):
        raise ValidationError("statuses", translate(
            "DataCodebook", "{where}: two statuses have the same label."
        ).format(where=where))
    for lang in i18n.TRANSLATION_CODES:  # a matrix legend in any language must tell the statuses apart
        shown: set[str] = set()
        for s in statuses:
            label = texts.found.get(("statuses", s.code, "label"), {}).get(lang) or s.label
            if label.casefold() in shown:
                name = i18n.LANGUAGES[lang].english_name
                raise ValidationError("statuses", translate(
                    "DataCodebook", "{where}: two statuses have the same {name} label {label!r}."
                ).format(where=where, name=name, label=label))
            shown.add(label.casefold())
    recs: list[Recommendation] = []
    rec_codes: set[str] = set()
    for i, r in enumerate(raw.get("recommendations", []) or [], 1):
        at = f"{where}: recommendation {i}"
        if not isinstance(r, dict):
            raise ValidationError("recommendations", translate("DataCodebook", "{at} must be an object.").format(at=at))
        code = validate.recommendation_code(r.get("code"), "recommendation code")
        if code in rec_codes:
            raise ValidationError("recommendations", translate(
                "DataCodebook", "{at}: the code '{code}' is used twice."
            ).format(at=at, code=code))
        rec_codes.add(code)
        recs.append(
            Recommendation(
                code=code,
                title=texts.text(r.get("title"), f"recommendations[{i}].title", ("recommendations", code, "title"),
                                 label="recommendation title", required=True) or code,
                text=texts.text(r.get("text"), f"recommendations[{i}].text", ("recommendations", code, "text"),
                                label="recommendation text"),
                guidance=texts.text(r.get("guidance"), f"recommendations[{i}].guidance",
                                    ("recommendations", code, "guidance"), label="guidance"),
                weight=validate.weight(r.get("weight", 1)),
                archived=_flag(r.get("archived", False), f"{at}: 'archived'"),
            )
        )
    grades: list[Grade] = []
    grades_raw = raw.get("grades", []) or []
    if not isinstance(grades_raw, list):
        raise ValidationError("grades", translate(
            "DataCodebook", "{where}: 'grades' must be a list of objects."
        ).format(where=where))
    for i, g in enumerate(grades_raw, 1):
        if not isinstance(g, dict):
            raise ValidationError("grades", translate(
                "DataCodebook", "{where}: grade {i} must be an object."
            ).format(where=where, i=i))
        min_score = validate.score(g.get("min_score"), "grade min_score")
        grade = validate.text(g.get("grade"), "grade", required=True) or ""
        if any(other.grade == grade for other in grades):
            raise ValidationError("grades", translate(
                "DataCodebook", "{where}: grade {i}: the grade '{grade}' is listed twice."
            ).format(where=where, i=i, grade=grade))
        if g.get("name"):  # a grade's name ("Excellent") has no column: its English is kept with its translations
            english = texts.text(g["name"], f"grades[{i}].name", ("grades", grade, "name"), label="grade name")
            texts.found[("grades", grade, "name")] = {i18n.ENGLISH: english, **texts.found.get(
                ("grades", grade, "name"), {})}
        grades.append(Grade(grade, 0.0 if min_score is None else min_score))
    grades.sort(key=lambda g: -g.min_score)
    countries: list[str] = []
    archived_countries: list[str] = []
    for key, into in (("countries", countries), ("archived_countries", archived_countries)):
        listed = raw.get(key, []) or []
        if not isinstance(listed, list):
            raise ValidationError(key, translate(
                "DataCodebook", "{where}: '{key}' must be a list of country codes."
            ).format(where=where, key=key))
        for c in listed:
            code = str(c).strip().upper()
            if code not in iso_countries():
                raise ValidationError(key, translate(
                    "DataCodebook", "{where}: {c!r} is not an ISO 3166-1 alpha-2 country code."
                ).format(where=where, c=c))
            if key == "archived_countries" and code in countries:
                raise ValidationError(key, translate(
                    "DataCodebook", "{where}: {code} is listed both as a country and as an archived one."
                ).format(where=where, code=code))
            if code not in into:
                into.append(code)
    known = set(countries) | set(archived_countries)
    groups: dict[str, list[str]] = {}
    raw_groups = raw.get("groups", {}) or {}
    if not isinstance(raw_groups, dict):
        raise ValidationError("groups", translate(
            "DataCodebook", "{where}: 'groups' must be an object of name: [codes]."
        ).format(where=where))
    for name, members in raw_groups.items():
        gname = validate.text(name, "group name", required=True) or ""
        if not isinstance(members, list):
            raise ValidationError("groups", translate(
                "DataCodebook", "{where}: group {name!r} must list country codes."
            ).format(where=where, name=name))
        clean = []
        for m in members:
            code = str(m).strip().upper()
            if code not in known:
                raise ValidationError(
                    "groups", translate(
                        "DataCodebook",
                        "{where}: group {name!r} lists {m!r}, which is not among the codebook's countries."
                    ).format(where=where, name=name, m=m)
                )
            clean.append(code)
        groups[gname] = clean
    texts.group_names(raw.get("group_names", {}), groups)
    interval = raw.get("review_interval_days", 180)
    if not isinstance(interval, int) or isinstance(interval, bool) or interval < 1:
        raise ValidationError(
            "review_interval_days", translate(
                "DataCodebook", "{where}: 'review_interval_days' must be a whole number of days."
            ).format(where=where)
        )
    try:
        coverage = min_coverage(raw.get("min_coverage_for_grade", DEFAULT_MIN_COVERAGE))
    except ValidationError as exc:
        raise ValidationError(exc.field, composed("{where}: {message}", where=where, message=exc.message)) from None
    evidence = raw.get("evidence", []) or []
    if not isinstance(evidence, list) or not all(isinstance(e, dict) for e in evidence):
        raise ValidationError("evidence", translate(
            "DataCodebook", "{where}: 'evidence' must be a list of objects."
        ).format(where=where))
    return Codebook(
        title=title or "",
        description=texts.text(raw.get("description"), "description", ("meta", "description", "value"),
                               label="description"),
        source=validate.text(raw.get("source"), "source") or "",
        review_interval_days=interval,
        min_coverage_for_grade=coverage,
        statuses=statuses,
        recommendations=recs,
        grades=grades,
        countries=countries,
        groups=groups,
        evidence=evidence,
        archived_countries=archived_countries,
        translations=texts.found,
        translated_from=texts.source_language(raw.get("translations")),
        translations_note=texts.note(raw.get("translations")),
    )


def english_texts(book: Codebook) -> dict[TextKey, str]:
    """The English of every translatable place of ``book`` that has some, by place (grade names from translations)."""
    found: dict[TextKey, str] = {
        ("meta", "title", "value"): book.title, ("meta", "description", "value"): book.description,
    }
    for s in book.statuses:
        found.update({("statuses", s.code, "label"): s.label, ("statuses", s.code, "description"): s.description})
    for r in book.recommendations:
        found.update({("recommendations", r.code, f): getattr(r, f) for f in ("title", "text", "guidance")})
    found.update({("groups", name, "name"): name for name in book.groups})
    for key, by_language in book.translations.items():
        if key[0] == "grades" and by_language.get(i18n.ENGLISH):
            found[key] = by_language[i18n.ENGLISH]
    return {key: text for key, text in found.items() if text}


class _Translations:
    """Reads a codebook's :data:`db.i18n.Text` values: the English for the fields, the rest kept by place."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.found: dict[TextKey, dict[str, str]] = {}

    def checked(self, value: Mapping[str, Any], path: str) -> dict[str, str]:
        """An object of translations, validated; a bad one is named to the language ("statuses[2].label.be")."""
        for code, text in value.items():
            if code in i18n.LANGUAGES and (not isinstance(text, str) or not text.strip() or "\x00" in text):
                name = i18n.LANGUAGES[code].english_name
                raise ValidationError(
                    f"{path}.{code}", translate(
                        "DataCodebook", "{where}: '{path}.{code}' (the {name} text) must be non-empty text."
                    ).format(where=self.where, path=path, code=code, name=name)
                )
        try:
            checked = i18n.validate_text(value, path)
        except ValidationError as exc:
            said = composed("{where}: {message}", where=self.where, message=exc.message)
            raise ValidationError(exc.field, said) from None
        return {i18n.ENGLISH: checked} if isinstance(checked, str) else dict(checked)

    def text(self, value: object, path: str, key: TextKey, *, label: str, required: bool = False) -> str:
        """The English of ``value`` (plain text, or the "en" of an object) checked as before; keeps the rest."""
        if not isinstance(value, Mapping):
            return validate.text(value, label, required=required) or ""
        checked = self.checked(value, path)
        english = validate.text(checked[i18n.ENGLISH], label, required=required) or ""
        others = {code: text for code, text in checked.items() if code != i18n.ENGLISH}
        if others:
            self.found[key] = others
        return english

    def group_names(self, raw: object, groups: Mapping[str, list[str]]) -> None:
        """``group_names``: {group: {"en": group, "be": ...}}; the English is the group's name (its key)."""
        if not isinstance(raw, Mapping):
            raise ValidationError("group_names", translate(
                "DataCodebook", "{where}: 'group_names' must be an object of group: names."
            ).format(where=self.where))
        for group, given in raw.items():
            path = f"group_names[{group}]"
            if group not in groups:
                raise ValidationError("group_names", translate(
                    "DataCodebook", "{where}: '{path}' names no group of the codebook."
                ).format(where=self.where, path=path))
            value = given
            if isinstance(value, str):
                value = {i18n.ENGLISH: value}
            if isinstance(value, Mapping) and i18n.ENGLISH not in value:
                value = {i18n.ENGLISH: group, **value}
            if not isinstance(value, Mapping):
                raise ValidationError(path, translate(
                    "DataCodebook", "{where}: '{path}' must be an object of translations."
                ).format(where=self.where, path=path))
            checked = self.checked(value, path)
            if checked[i18n.ENGLISH] != group:
                raise ValidationError(
                    f"{path}.en", translate(
                        "DataCodebook", "{where}: '{path}.en' must be the group's own name {group!r} (or be left out)."
                    ).format(where=self.where, path=path, group=group)
                )
            others = {code: text for code, text in checked.items() if code != i18n.ENGLISH}
            if others:
                self.found[("groups", group, "name")] = others

    def source_language(self, raw: object) -> str:
        """``translations.translated_from``: the language the translations were made from ("" when not said)."""
        if raw is None:
            return ""
        if not isinstance(raw, Mapping):
            raise ValidationError("translations", translate(
                "DataCodebook", "{where}: 'translations' must be an object."
            ).format(where=self.where))
        code = raw.get("translated_from", "")
        if code and code not in i18n.LANGUAGES:
            known = ", ".join(i18n.LANGUAGE_CODES)
            raise ValidationError(
                "translations", translate(
                    "DataCodebook", "{where}: 'translations.translated_from' must be one of {known}; got {code!r}."
                ).format(where=self.where, known=known, code=code)
            )
        return str(code or "")

    def note(self, raw: object) -> str:
        if not isinstance(raw, Mapping):
            return ""
        return validate.text(raw.get("note"), "translations note", max_length=i18n.MAX_TEXT_LENGTH) or ""


def _flag(value: object, where: str) -> bool:
    """A JSON true/false; anything else is refused rather than guessed ("no" is truthy)."""
    if not isinstance(value, bool):
        raise ValidationError("archived", translate(
            "DataCodebook", "{where} must be true or false."
        ).format(where=where))
    return value
