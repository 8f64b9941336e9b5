"""Which column of a file fills which field: names, aliases, the wizard's overrides, and the header's problems."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from db.messages import translate

from .errors import ImportIssue

#: Every field an import file can fill, in the order the README lists them.
FIELDS: tuple[str, ...] = (
    "uid",
    "date",
    "countries",
    "recommendations",
    "title",
    "url",
    "archive_url",
    "accessed_on",
    "publisher",
    "source_kind",
    "language",
    "notes",
    "status",
    "rationale",
    "confidence",
)
REQUIRED_FIELDS: tuple[str, ...] = ("date", "countries", "recommendations")
#: A row needs at least one of these (a missing title is taken from the notes).
CONTENT_FIELDS: tuple[str, ...] = ("title", "url", "notes")
#: Other names accepted for a field (after normalising: lower case, spaces and '-' as '_').
ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "event_date": "date",
        "country": "countries",
        "recommendation": "recommendations",
        "kind": "source_kind",
    }
)
#: Columns of our own evidence export that an import reads past (they are set by the tracker).
IGNORED_COLUMNS: tuple[str, ...] = ("recorded_by", "recorded_at", "updated_at")

#: What each field takes (the wizard's tooltips; translatable, see db.messages).
FIELD_HELP: Mapping[str, str] = MappingProxyType(
    {
        "uid": translate(
            "ImportFields",
            "Stable id of existing evidence: the row updates that record (a new uid creates a record with it).",
        ),
        "date": translate("ImportFields", "When it happened: YYYY-MM-DD or YYYYMMDD (alias: event_date)."),
        "countries": translate(
            "ImportFields", "Alpha-2, alpha-3, English name or group:NAME; several separated by |, ; or ,."
        ),
        "recommendations": translate("ImportFields", "Recommendation codes or titles; several separated by |, ; or ,."),
        "title": translate("ImportFields", "Short title (taken from the start of the notes when empty)."),
        "url": translate("ImportFields", "Web address of the source (http:// or https://)."),
        "archive_url": translate("ImportFields", "Archived copy of the source (http:// or https://)."),
        "accessed_on": translate("ImportFields", "When the source was read: YYYY-MM-DD or YYYYMMDD."),
        "publisher": translate("ImportFields", "Who published the source."),
        "source_kind": translate("ImportFields", "official, media, ngo, international or other (default other)."),
        "language": translate("ImportFields", "Language of the source."),
        "notes": translate("ImportFields", "Free text."),
        "status": translate(
            "ImportFields", "Status code or label: sets every linked cell's status effective on the date."
        ),
        "rationale": translate("ImportFields", "Why that status (required with a status)."),
        "confidence": translate(
            "ImportFields", "verified, reported or claimed (default reported; only with a status)."
        ),
    }
)

#: The wizard's overrides: one field (or None) per column, or a dict keyed by column index or header text.
ColumnMapping = Sequence[str | None] | Mapping[str | int, str | None]


def normalise_header(name: str) -> str:
    """'Event date' -> 'event_date': lower case, spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", name.strip().lstrip("\ufeff").strip().casefold())


def field_for_header(name: str) -> str | None:
    """The field a column name gives, "" for a column of our exports that is read past, None if unknown."""
    key = normalise_header(name)
    if key in FIELDS:
        return key
    if key in ALIASES:
        return ALIASES[key]
    if key in IGNORED_COLUMNS:
        return ""  # known, read past
    return None


def auto_mapping(headers: Sequence[str]) -> list[str | None]:
    """For each column, the field it fills, or None to read past it (our export's
    recorded_by/recorded_at/updated_at, or a column with no name).

    A column whose name matches nothing is mapped to None too, and
    :func:`check_mapping` reports it unless the mapping says to ignore it.
    """
    out: list[str | None] = []
    for h in headers:
        f = field_for_header(h)
        out.append(f or None)
    return out


def resolve_mapping(headers: Sequence[str], mapping: ColumnMapping | None) -> tuple[list[str | None], set[int]]:
    """The field of each column after the wizard's overrides, and the columns explicitly ignored.

    ``mapping`` is None (automatic), a list with one field (or None) per
    column, or a dict of overrides keyed by column index or header text.
    """
    fields = auto_mapping(headers)
    explicit: set[int] = set()
    if mapping is None:
        return fields, explicit
    if isinstance(mapping, Mapping):
        for key, value in mapping.items():
            if isinstance(key, int):
                indexes = [key] if 0 <= key < len(headers) else []
            else:
                indexes = [i for i, h in enumerate(headers) if h == key] or [
                    i for i, h in enumerate(headers) if normalise_header(h) == normalise_header(str(key))
                ]
            if not indexes:
                raise ValueError(f"the file has no column {key!r}")
            for i in indexes:
                fields[i] = value or None
                explicit.add(i)
    else:
        if len(mapping) != len(headers):
            raise ValueError(f"the mapping has {len(mapping)} entries for {len(headers)} columns")
        fields = [m or None for m in mapping]
        explicit = set(range(len(headers)))
    for f in fields:
        if f is not None and f not in FIELDS:
            raise ValueError(f"unknown field {f!r}; fields are: {', '.join(FIELDS)}")
    return fields, explicit


def check_mapping(
    headers: Sequence[str], fields: Sequence[str | None], explicit: Iterable[int] = (), line: int = 1
) -> list[ImportIssue]:
    """Problems with the header (and mapping), reported before any row is read."""
    issues: list[ImportIssue] = []
    explicit = set(explicit)
    where: dict[str, int] = {}
    for i, (h, f) in enumerate(zip(headers, fields, strict=False)):
        if f is None:
            if i in explicit or not h.strip() or field_for_header(h) == "":
                continue
            issues.append(
                ImportIssue(
                    line,
                    h,
                    translate(
                        "ImportColumns",
                        "Unknown column {column!r}; the columns are: {columns} "
                        "(rename it, delete it, or choose to ignore it).",
                    ).format(column=h, columns=", ".join(FIELDS)),
                )
            )
            continue
        if f in where:
            issues.append(ImportIssue(line, h, translate(
                "ImportColumns", "Columns {first!r} and {second!r} both give the {field}; keep one."
            ).format(first=headers[where[f]], second=h, field=f)))
            continue
        where[f] = i
    for f in REQUIRED_FIELDS:
        if f not in where:
            if f == "date":
                missing = translate("ImportColumns", "The required column {column!r} (or event_date) is missing.")
            else:
                missing = translate("ImportColumns", "The required column {column!r} is missing.")
            issues.append(ImportIssue(line, f, missing.format(column=f)))
    if not any(f in where for f in CONTENT_FIELDS):
        issues.append(
            ImportIssue(
                line,
                "title",
                translate("ImportColumns", "The file needs at least one of the columns 'title', 'url' or 'notes'."),
            )
        )
    return issues
