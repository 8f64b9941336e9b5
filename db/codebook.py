"""The codebook: a campaign's recommendations, status scale, grades, countries and groups.

A codebook is plain JSON (format in README.md, "Codebook"), so a tracker for
another campaign needs a file, not code.  :func:`load_codebook` validates a
file completely before anything is written, and names the part that is wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import validate
from .errors import ValidationError


@dataclass(frozen=True)
class Status:
    code: str
    label: str
    score: float | None
    color: str
    description: str = ""


@dataclass(frozen=True)
class Recommendation:
    code: str
    title: str
    text: str = ""
    guidance: str = ""
    weight: float = 1.0
    archived: bool = False  # kept for its history, out of the matrix and the scores


@dataclass(frozen=True)
class Grade:
    grade: str
    min_score: float


#: Share of a country's recommendations that must be assessed before it gets a grade and a rank.
DEFAULT_MIN_COVERAGE = 0.5


def min_coverage(value: object, field: str = "min_coverage_for_grade") -> float:
    """A share from 0 to 1 (0.5: half the recommendations), given as a number or as text."""
    if isinstance(value, bool):
        raise ValidationError(field, f"'{field}' must be a number from 0 to 1, such as 0.5.")
    try:
        number = float(str(value).strip()) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(field, f"'{field}' must be a number from 0 to 1, such as 0.5.") from None
    if not (0 <= number <= 1):
        raise ValidationError(field, f"'{field}' must be from 0 to 1 (a share of the recommendations); got {value!r}.")
    return number


@dataclass
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


DEFAULT_CODEBOOK_NAME = "default_codebook.json"
#: A codebook is a few hundred KB at most; a bigger file is refused before it is read into memory.
MAX_CODEBOOK_BYTES = 64 * 2**20


def default_codebook_text() -> str:
    """The JSON text of the default codebook built from the article."""
    from importlib import resources

    return resources.files("db").joinpath(DEFAULT_CODEBOOK_NAME).read_text(encoding="utf-8")


def default_codebook() -> Codebook:
    return parse_codebook(json.loads(default_codebook_text()), source_name=DEFAULT_CODEBOOK_NAME)


def blank_codebook() -> Codebook:
    """The default status scale and grade bands with no recommendations or countries."""
    base = default_codebook()
    return Codebook(
        title="Untitled tracker",
        review_interval_days=base.review_interval_days,
        min_coverage_for_grade=base.min_coverage_for_grade,
        statuses=base.statuses,
        grades=base.grades,
    )


def load_codebook(path: str | Path) -> Codebook:
    """Read and validate a codebook JSON file."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CODEBOOK_BYTES:
            raise ValidationError(
                "codebook", f"{path} is too large to be a codebook (more than {MAX_CODEBOOK_BYTES // 2**20} MB)."
            )
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ValidationError("codebook", f"There is no codebook file at {path}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError("codebook", f"{path} is not a valid JSON codebook: {exc}.") from None
    except RecursionError:
        raise ValidationError(
            "codebook", f"{path} is not a valid codebook: its JSON is nested too deeply to read."
        ) from None
    except OSError as exc:
        raise ValidationError("codebook", f"{path} cannot be read: {exc.strerror or exc}.") from None
    try:
        return parse_codebook(raw, source_name=str(path))
    except RecursionError:
        raise ValidationError("codebook", f"{path} is not a valid codebook: it is nested too deeply.") from None


def _need(obj: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in obj:
        raise ValidationError(key, f"{where}: '{key}' is missing.")
    value = obj[key]
    if not isinstance(value, kind):
        raise ValidationError(key, f"{where}: '{key}' must be a {kind.__name__}.")
    return value


def parse_codebook(raw: Any, source_name: str = "codebook") -> Codebook:
    """Validate a decoded codebook and return it; raises ValidationError naming the part."""
    from .iso import iso_countries  # the ISO table loads with the first codebook read, not at start-up

    where = source_name
    if not isinstance(raw, dict):
        raise ValidationError("codebook", f"{where}: a codebook must be a JSON object.")
    title = validate.text(_need(raw, "title", str, where), "title", required=True)
    statuses_raw = _need(raw, "statuses", list, where)
    statuses: list[Status] = []
    seen: set[str] = set()
    for i, s in enumerate(statuses_raw, 1):
        at = f"{where}: status {i}"
        if not isinstance(s, dict):
            raise ValidationError("statuses", f"{at} must be an object.")
        code = validate.code(s.get("code"), "status code")
        if code in seen:
            raise ValidationError("statuses", f"{at}: the code '{code}' is used twice.")
        seen.add(code)
        statuses.append(
            Status(
                code=code,
                label=validate.text(s.get("label"), "status label", required=True) or code,
                score=validate.score(s.get("score"), "status score"),
                color=validate.color(s.get("color", "#808080"), "status color"),
                description=validate.text(s.get("description"), "status description") or "",
            )
        )
    nulls = [s for s in statuses if s.score is None]
    if len(nulls) != 1:
        raise ValidationError(
            "statuses",
            f"{where}: exactly one status must have a null score (the 'not assessed' status); found {len(nulls)}.",
        )
    labels = [s.label.casefold() for s in statuses]
    if len(set(labels)) != len(labels):
        raise ValidationError("statuses", f"{where}: two statuses have the same label.")
    recs: list[Recommendation] = []
    rec_codes: set[str] = set()
    for i, r in enumerate(raw.get("recommendations", []) or [], 1):
        at = f"{where}: recommendation {i}"
        if not isinstance(r, dict):
            raise ValidationError("recommendations", f"{at} must be an object.")
        code = validate.recommendation_code(r.get("code"), "recommendation code")
        if code in rec_codes:
            raise ValidationError("recommendations", f"{at}: the code '{code}' is used twice.")
        rec_codes.add(code)
        recs.append(
            Recommendation(
                code=code,
                title=validate.text(r.get("title"), "recommendation title", required=True) or code,
                text=validate.text(r.get("text"), "recommendation text") or "",
                guidance=validate.text(r.get("guidance"), "guidance") or "",
                weight=validate.weight(r.get("weight", 1)),
                archived=_flag(r.get("archived", False), f"{at}: 'archived'"),
            )
        )
    grades: list[Grade] = []
    grades_raw = raw.get("grades", []) or []
    if not isinstance(grades_raw, list):
        raise ValidationError("grades", f"{where}: 'grades' must be a list of objects.")
    for i, g in enumerate(grades_raw, 1):
        if not isinstance(g, dict):
            raise ValidationError("grades", f"{where}: grade {i} must be an object.")
        min_score = validate.score(g.get("min_score"), "grade min_score")
        grade = validate.text(g.get("grade"), "grade", required=True) or ""
        if any(other.grade == grade for other in grades):
            raise ValidationError("grades", f"{where}: grade {i}: the grade '{grade}' is listed twice.")
        grades.append(Grade(grade, 0.0 if min_score is None else min_score))
    grades.sort(key=lambda g: -g.min_score)
    countries: list[str] = []
    archived_countries: list[str] = []
    for key, into in (("countries", countries), ("archived_countries", archived_countries)):
        listed = raw.get(key, []) or []
        if not isinstance(listed, list):
            raise ValidationError(key, f"{where}: '{key}' must be a list of country codes.")
        for c in listed:
            code = str(c).strip().upper()
            if code not in iso_countries():
                raise ValidationError(key, f"{where}: {c!r} is not an ISO 3166-1 alpha-2 country code.")
            if key == "archived_countries" and code in countries:
                raise ValidationError(key, f"{where}: {code} is listed both as a country and as an archived one.")
            if code not in into:
                into.append(code)
    known = set(countries) | set(archived_countries)
    groups: dict[str, list[str]] = {}
    raw_groups = raw.get("groups", {}) or {}
    if not isinstance(raw_groups, dict):
        raise ValidationError("groups", f"{where}: 'groups' must be an object of name: [codes].")
    for name, members in raw_groups.items():
        gname = validate.text(name, "group name", required=True) or ""
        if not isinstance(members, list):
            raise ValidationError("groups", f"{where}: group {name!r} must list country codes.")
        clean = []
        for m in members:
            code = str(m).strip().upper()
            if code not in known:
                raise ValidationError(
                    "groups", f"{where}: group {name!r} lists {m!r}, which is not among the codebook's countries."
                )
            clean.append(code)
        groups[gname] = clean
    interval = raw.get("review_interval_days", 180)
    if not isinstance(interval, int) or isinstance(interval, bool) or interval < 1:
        raise ValidationError(
            "review_interval_days", f"{where}: 'review_interval_days' must be a whole number of days."
        )
    try:
        coverage = min_coverage(raw.get("min_coverage_for_grade", DEFAULT_MIN_COVERAGE))
    except ValidationError as exc:
        raise ValidationError(exc.field, f"{where}: {exc.message}") from None
    evidence = raw.get("evidence", []) or []
    if not isinstance(evidence, list) or not all(isinstance(e, dict) for e in evidence):
        raise ValidationError("evidence", f"{where}: 'evidence' must be a list of objects.")
    return Codebook(
        title=title or "",
        description=validate.text(raw.get("description"), "description") or "",
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
    )


def _flag(value: object, where: str) -> bool:
    """A JSON true/false; anything else is refused rather than guessed ("no" is truthy)."""
    if not isinstance(value, bool):
        raise ValidationError("archived", f"{where} must be true or false.")
    return value
