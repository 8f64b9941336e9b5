"""Small validators shared by operations, imports and forms.

Each returns the cleaned value or raises :class:`ValidationError` naming the
field, so the same rule gives the same message everywhere.

Imports check cells of a file with the same rules: pass ``cell=True`` and
``field`` is the column's header as the file has it, and the message says
what is wrong with the cell in the words the import has always used (a date
cell may also be written ``YYYYMMDD``, as spreadsheets export it).  The
common case (a valid value) is decided first and cheaply, because an import
checks millions of cells.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import urlsplit

from .errors import ValidationError

SOURCE_KINDS: tuple[str, ...] = ("official", "media", "ngo", "international", "other")
CONFIDENCES: tuple[str, ...] = ("verified", "reported", "claimed")

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CELL_DATE10 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_CELL_DATE8 = re.compile(r"[0-9]{8}\Z")
_SPACE = re.compile(r"\s")  # the characters str.isspace() calls spaces
#: The longest web address a file's cell may give.
MAX_URL_CHARS = 10_000
_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_UID_RE = re.compile(r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")


def date(value: object, field: str = "date", *, required: bool = True, cell: bool = False) -> str | None:
    """A calendar date as ``YYYY-MM-DD``; ``datetime.date`` objects are accepted.

    ``cell``: the text of an import file's cell, which may also be ``YYYYMMDD``.
    """
    if cell:
        return _cell_date(str(value), field, required=required)
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = (value or "").strip() if isinstance(value, str) else value
    if text in (None, ""):
        if required:
            raise ValidationError(field, f"The {field.replace('_', ' ')} is required (YYYY-MM-DD).")
        return None
    if not isinstance(text, str) or not _DATE_RE.match(text):
        raise ValidationError(field, f"{text!r} is not a date in the form YYYY-MM-DD ({field}).")
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"{text!r} is not a real calendar date ({field}).") from None
    return text


def _cell_date(value: str, field: str, *, required: bool) -> str | None:
    """:func:`date` for a file's cell: ``YYYY-MM-DD`` or ``YYYYMMDD``, messages naming the column."""
    text = value.strip()
    if not text:
        if required:
            raise ValidationError(field, f"The {field} is required (YYYY-MM-DD or YYYYMMDD).")
        return None
    if _CELL_DATE8.match(text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    elif not _CELL_DATE10.match(text):
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ValidationError(field, f"{shown!r} is not a date: write it as YYYY-MM-DD or YYYYMMDD.")
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"{value.strip()!r} is not a real calendar date.") from None
    return text


def url(value: object, field: str = "url", *, cell: bool = False) -> str | None:
    """An absolute http or https URL, or None; other schemes are refused.

    ``cell``: the text of an import file's cell, where a NUL byte, more than
    :data:`MAX_URL_CHARS` characters or a malformed host (an unclosed ``[``)
    is refused with its own message rather than failing later.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, f"The {field.replace('_', ' ')} must be text.")
    text = value.strip()
    if not text:
        return None
    # The common case, decided without urlsplit: for ASCII text starting with
    # http:// or https:// without spaces or brackets, urlsplit's netloc is what
    # follows '//' up to / ? #, and the address is valid when that is not empty.
    start = 8 if text[:8].lower() == "https://" else 7 if text[:7].lower() == "http://" else 0
    if (
        start and len(text) > start and text[start] not in "/?#" and len(text) <= MAX_URL_CHARS and text.isascii()
        and "[" not in text and "]" not in text and "\x00" not in text and _SPACE.search(text) is None
    ):
        return text
    if cell:
        if "\x00" in text:
            raise ValidationError(field, f"The {field} contains a NUL character.")
        if len(text) > MAX_URL_CHARS:
            raise ValidationError(field, f"The {field} is longer than {MAX_URL_CHARS:,} characters.")
        try:
            return url(text, field)
        except ValueError as exc:  # urlsplit: e.g. an unclosed [ in the host
            raise ValidationError(field, f"{text!r} is not a valid web address ({exc}).") from None
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        raise ValidationError(
            field, f"{text!r} is not a web address: the {field.replace('_', ' ')} must start with http:// or https://."
        )
    return text


def text(
    value: object, field: str, *, required: bool = False, max_length: int = 100_000, cell: bool = False
) -> str | None:
    """Trimmed text; empty becomes None, or an error when ``required``.

    ``cell``: the text of an import file's cell; the messages say more (a
    NUL byte means a damaged file; the length found).
    """
    if value.__class__ is str:  # the common case first: an import checks millions of cells
        cleaned = value.strip()
        if cleaned and len(cleaned) <= max_length and "\x00" not in cleaned:
            return cleaned
    if value is None:
        cleaned = ""
    elif isinstance(value, str):
        cleaned = value.strip()
    else:
        raise ValidationError(field, f"The {field.replace('_', ' ')} must be text.")
    if "\x00" in cleaned:
        if cell:
            raise ValidationError(
                field, f"The {field} contains a NUL character (a zero byte); the file is damaged or not text."
            )
        raise ValidationError(field, f"The {field.replace('_', ' ')} contains a NUL character.")
    if len(cleaned) > max_length:
        if cell:
            raise ValidationError(field, f"The {field} is longer than {max_length:,} characters ({len(cleaned):,}).")
        raise ValidationError(field, f"The {field.replace('_', ' ')} is longer than {max_length:,} characters.")
    if not cleaned:
        if required:
            raise ValidationError(field, f"The {field.replace('_', ' ')} is required.")
        return None
    return cleaned


def choice(value: object, field: str, allowed: tuple[str, ...], *, required: bool = False) -> str | None:
    """One of ``allowed`` (case-insensitive), or None when optional and empty."""
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in allowed:  # the common case: an allowed value is short text without NUL
            return lowered
    cleaned = text(value, field, required=required)
    if cleaned is None:
        return None
    lowered = cleaned.lower()
    if lowered not in allowed:
        raise ValidationError(
            field, f"{cleaned!r} is not a valid {field.replace('_', ' ')}; use one of: {', '.join(allowed)}."
        )
    return lowered


def code(value: object, field: str) -> str:
    """A codebook code: lower-case letters, digits and underscores, starting with a letter."""
    cleaned = text(value, field, required=True)
    assert cleaned is not None
    if not _CODE_RE.match(cleaned):
        raise ValidationError(
            field,
            f"{cleaned!r} is not a valid {field.replace('_', ' ')}: use lower-case letters, digits and _ (up to 40).",
        )
    return cleaned


#: Column names of the scorecard export that a recommendation's code would collide with.
RESERVED_RECOMMENDATION_CODES: frozenset[str] = frozenset(
    {"country_code", "country_name", "score", "assessed", "total", "grade", "rank"}
)


def recommendation_code(value: object, field: str = "recommendation code") -> str:
    """A recommendation code: a codebook code that is not a scorecard column name."""
    cleaned = code(value, field)
    if cleaned in RESERVED_RECOMMENDATION_CODES:
        raise ValidationError(
            field,
            f"{cleaned!r} cannot be a recommendation code: the scorecard export already has a column of that name.",
        )
    return cleaned


def color(value: object, field: str = "color") -> str:
    """A colour as ``#RRGGBB``."""
    cleaned = text(value, field, required=True)
    assert cleaned is not None
    if not _COLOR_RE.match(cleaned):
        raise ValidationError(field, f"{cleaned!r} is not a colour in the form #RRGGBB ({field}).")
    return cleaned.upper()


def weight(value: object, field: str = "weight") -> float:
    """A positive number of at most 100."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(field, f"{value!r} is not a number ({field}).") from None
    if not (0 < number <= 100):
        raise ValidationError(field, f"The {field} must be greater than 0 and at most 100.")
    return number


def score(value: object, field: str = "score") -> float | None:
    """A score from 0 to 100, or None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError(field, f"{value!r} is not a score ({field}).")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(field, f"{value!r} is not a number ({field}).") from None
    if not (0 <= number <= 100):
        raise ValidationError(field, f"The {field} must be between 0 and 100.")
    return number


def uid(value: object, field: str = "uid") -> str:
    """A stable id as written in exports: a UUID such as ``3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f``."""
    cleaned = text(value, field, required=True)
    assert cleaned is not None
    if not _UID_RE.match(cleaned):
        raise ValidationError(
            field, f"{cleaned!r} is not a valid {field}: expected a UUID like 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f."
        )
    return cleaned


def positive_int(value: object, field: str) -> int:
    """A whole number of at least 1 (given as a number or as text)."""
    if isinstance(value, bool):
        raise ValidationError(field, f"{value!r} is not a whole number ({field}).")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a whole number ({field}).") from None
    if number < 1:
        raise ValidationError(field, f"The {field.replace('_', ' ')} must be at least 1.")
    return number


#: The longest title taken from the first line of the notes.
TITLE_FROM_NOTES_CHARS = 80


def title_from_notes(notes: str | None) -> str | None:
    """The title evidence without one is given: the first line of its notes, cut to 80 characters.

    Here so that operations and imports name untitled evidence the same way.
    """
    if not notes:
        return None
    first = notes.strip().splitlines()[0].strip()
    return first if len(first) <= TITLE_FROM_NOTES_CHARS else first[: TITLE_FROM_NOTES_CHARS - 1].rstrip() + "…"
