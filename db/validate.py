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
import encodings.idna
import ipaddress
import re
import unicodedata
from typing import NamedTuple, NoReturn
from urllib.parse import urlsplit

from .errors import ValidationError
from .messages import Message, translate

SOURCE_KINDS: tuple[str, ...] = ("official", "media", "ngo", "international", "other")
CONFIDENCES: tuple[str, ...] = ("verified", "reported", "claimed")

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CELL_DATE10 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_CELL_DATE8 = re.compile(r"[0-9]{8}\Z")
#: The longest web address a file's cell may give.
MAX_URL_CHARS = 10_000
_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_UID_RE = re.compile(r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")

#: The fields users meet in forms, named in messages in the interface's language (English: the key with spaces).
FIELD_NAMES: dict[str, Message] = {
    "title": translate("DataField", "title"),
    "url": translate("DataField", "url"),
    "archive_url": translate("DataField", "archive url"),
    "event_date": translate("DataField", "event date"),
    "accessed_on": translate("DataField", "accessed on"),
    "publisher": translate("DataField", "publisher"),
    "language": translate("DataField", "language"),
    "notes": translate("DataField", "notes"),
    "source_kind": translate("DataField", "source kind"),
    "rationale": translate("DataField", "rationale"),
    "confidence": translate("DataField", "confidence"),
    "comment": translate("DataField", "comment"),
    "effective_date": translate("DataField", "effective date"),
    "as_of": translate("DataField", "as of"),
    "country": translate("DataField", "country"),
    "recommendation": translate("DataField", "recommendation"),
    "status": translate("DataField", "status"),
    "group": translate("DataField", "group"),
    "group name": translate("DataField", "group name"),
    "name": translate("DataField", "name"),
    "label": translate("DataField", "label"),
    "guidance": translate("DataField", "guidance"),
    "recommendation code": translate("DataField", "recommendation code"),
    "code": translate("DataField", "code"),
    "color": translate("DataField", "color"),
    "weight": translate("DataField", "weight"),
    "score": translate("DataField", "score"),
    "min_score": translate("DataField", "min score"),
    "grade": translate("DataField", "grade"),
    "review_interval_days": translate("DataField", "review interval days"),
    "position": translate("DataField", "position"),
}


def field_name(field: str) -> str:
    """A field as messages name it: ``event_date`` is "event date", translatable when it is a form's field."""
    return FIELD_NAMES.get(field) or field.replace("_", " ")


def _plain_name(field: str) -> str:
    """A field named as written (``min_score`` stays ``min_score``), translated when it has no ``_`` to show."""
    return FIELD_NAMES.get(field, field) if "_" not in field else field


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
            raise ValidationError(field, translate(
                "DataValidation", "The {name} is required (YYYY-MM-DD)."
            ).format(name=field_name(field)))
        return None
    if not isinstance(text, str) or not _DATE_RE.match(text):
        raise ValidationError(
            field, translate(
                "DataValidation", "{text!r} is not a date in the form YYYY-MM-DD ({field})."
            ).format(text=text, field=field)
        )
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field, translate(
                "DataValidation", "{text!r} is not a real calendar date ({field})."
            ).format(text=text, field=field)
        ) from None
    return text


def _cell_date(value: str, field: str, *, required: bool) -> str | None:
    """:func:`date` for a file's cell: ``YYYY-MM-DD`` or ``YYYYMMDD``, messages naming the column."""
    text = value.strip()
    if not text:
        if required:
            raise ValidationError(field, translate(
                "DataValidation", "The {field} is required (YYYY-MM-DD or YYYYMMDD)."
            ).format(field=field))
        return None
    if _CELL_DATE8.match(text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    elif not _CELL_DATE10.match(text):
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ValidationError(
            field, translate(
                "DataValidation", "{text!r} is not a date: write it as YYYY-MM-DD or YYYYMMDD."
            ).format(text=shown)
        )
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field, translate("DataValidation", "{text!r} is not a real calendar date.").format(text=value.strip())
        ) from None
    return text


def url(value: object, field: str = "url", *, cell: bool = False) -> str | None:
    """An absolute http or https address that every parser reads the same way, or None.

    Refused, with a message naming the field and the problem: other schemes;
    a backslash, a user name or password (``user:pw@``), a control,
    invisible or direction-changing character, a NUL or a space anywhere; a
    host that is not a valid host name, IPv4 or bracketed IPv6 address, or
    that cannot be written in IDNA; a bad port; more than
    :data:`MAX_URL_CHARS` characters.  Those are what make one parser (this
    one, Python's) read one host and another (Qt's, a browser's) another.
    ``cell``: ``field`` is an import file's column header, named as written.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, translate(
            "DataValidation", "The {name} must be text."
        ).format(name=field_name(field)))
    text = value.strip()
    if not text:
        return None
    # The common case first (an import checks millions of cells): printable
    # ASCII, no backslash or space, a plain host of letters, digits, - _ and dots.
    match = _URL_FAST.match(text)
    if match is not None and len(text) <= MAX_URL_CHARS and len(match[1]) <= 253 and "xn--" not in match[1].lower():
        return text
    _url_parts(text, field if cell else field_name(field), field)
    return text


#: An http(s) address of printable ASCII (no space or backslash) whose host is letters, digits, - _ and dots.
_HOST_LABEL = r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"  # 1 to 63, no '-' at either end
_URL_FAST = re.compile(
    rf"(?i:https?)://((?:{_HOST_LABEL}\.)*"  # the host's labels; the last not a number (see _idna_host)
    rf"(?!0[xX]|[0-9]+\.?(?:[:/?#]|\Z)){_HOST_LABEL}\.?)"
    r"(?::[0-9]{0,4})?(?:[/?#][!-\[\]-~]*)?\Z"
)
_PORT = re.compile(r":[0-9]{0,5}")
_NUMBER_LABEL = re.compile(r"(?:[0-9]+|0[x][0-9a-f]*)\Z")
#: Characters that end a host's label in IDNA (and so in Qt and browsers), besides '.'.
_LABEL_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")
#: Invisible characters that are not formatting characters (Unicode's Default_Ignorable_Code_Point
#: outside category Cf): Hangul fillers, variation selectors, the combining grapheme joiner...
_DEFAULT_IGNORABLE = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\U000e0100-\U000e01ef]"
)
_IDNA_DOT_CHARS = "\u3002\uff0e\uff61"
_IDNA_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


class UrlParts(NamedTuple):
    """A valid address's scheme, host and port as this data layer reads them."""

    scheme: str  # lower case: http or https
    host: str  # as the address writes it, IDNA-normalised (lower case), Unicode: "пример.рф"
    ace_host: str  # the host browsers connect to, ASCII: "xn--e1afmkfd.xn--p1ai" (an IPv6 address without [])
    port: int | None


def url_parts(value: str, field: str = "url") -> UrlParts:
    """The scheme, host and port of a valid address; :class:`ValidationError` naming the problem otherwise.

    The window compares this host with the one Qt reads before opening a link.
    """
    text = value.strip()
    return _url_parts(text, field_name(field), field)


def _ipv4(host: str) -> str | None:
    try:
        return str(ipaddress.IPv4Address(host.rstrip(".") if host.count(".") == 4 else host))
    except ValueError:
        return None


def _url_parts(text: str, name: str, field: str) -> UrlParts:
    """The full check of :func:`url`, naming the field ``name`` in messages."""

    def refuse(problem: Message) -> NoReturn:
        raise ValidationError(field, problem.format(name=name))

    if "\x00" in text:
        refuse(translate("DataValidation", "The {name} contains a NUL character."))
    if len(text) > MAX_URL_CHARS:
        refuse(translate(
            "DataValidation", "The {name} is longer than {limit:,} characters."
        ).format(limit=MAX_URL_CHARS))
    for ch in text:
        if ch.isascii() and ch.isprintable() and ch not in " \\":
            continue
        if ch == "\\":
            refuse(translate(
                "DataValidation",
                "The {name} contains a backslash (\\): browsers read it as /, so the link could open "
                "another site than the one it shows. Write / instead.",
            ))
        category = unicodedata.category(ch)
        if ch.isspace() or category in ("Zs", "Zl", "Zp"):
            refuse(translate("DataValidation", "The {name} contains a space or line break; write a space as %20."))
        if category in ("Cc", "Cs", "Co", "Cn"):
            refuse(translate(
                "DataValidation", "The {name} contains a control character ({char})."
            ).format(char=_describe(ch)))
        if category == "Cf" or _DEFAULT_IGNORABLE.match(ch):
            refuse(translate(
                "DataValidation",
                "The {name} contains an invisible character ({char}) that can hide where the link "
                "goes; retype the address.",
            ).format(char=_describe(ch)))
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:  # an unclosed [ in the host, a port that is not a number
        refuse(translate(
            "DataValidation", "{text!r} is not a valid web address ({problem})."
        ).format(text=text, problem=str(exc)))
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        refuse(translate(
            "DataValidation", "{text!r} is not a web address: the {name} must start with http:// or https://."
        ).format(text=text))
    if "@" in parts.netloc:
        refuse(translate(
            "DataValidation",
            "The {name} has a user name or password before its host (the part up to @): remove it; "
            "such a link can show one site and open another.",
        ))
    if parts.netloc.startswith("["):
        inside, _, rest = parts.netloc[1:].partition("]")
        try:
            if "%" in inside:  # a zone (fe80::1%eth0) means nothing to another computer
                raise ValueError(inside)
            ace = ipaddress.IPv6Address(inside).compressed
        except ValueError:
            refuse(translate(
                "DataValidation", "The {name}'s host [{host}] is not a valid IPv6 address."
            ).format(host=inside))
        host = ace
    else:
        host, colon, port_text = parts.netloc.partition(":")
        rest = colon + port_text
        host, ace = _idna_host(host, name, field)
    if (rest and not _PORT.fullmatch(rest)) or (port is not None and not 0 <= port < 65536):
        refuse(translate("DataValidation", "The {name} has an invalid port ({port}).").format(port=rest))
    return UrlParts(parts.scheme.lower(), host, ace, port)


def _describe(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, '').lower()}".rstrip()


def _idna_host(host: str, name: str, field: str) -> tuple[str, str]:
    """(Unicode host, ASCII host) of a host name or IPv4 address; ValidationError when it is not one.

    Normalised as IDNA (and Qt and browsers) do: NFKC, lower case, the
    ideographic full stops read as dots.
    """
    shown = host if len(host) <= 80 else host[:77] + "..."

    def refuse(why: Message) -> NoReturn:
        raise ValidationError(
            field, translate("DataValidation", "The {name}'s host {host!r} is not a valid host name ({why}).").format(
                name=name, host=shown, why=why
            )
        )

    if not host:
        raise ValidationError(field, translate("DataValidation", "The {name} has no host name.").format(name=name))
    for ch in host:
        if ch == "\u0345":  # combining ypogegrammeni: parsers map it to ι in different orders
            refuse(translate("DataValidation", "{char!r} cannot be part of a host name").format(char=ch))
        if not ch.isascii() and ch not in _IDNA_DOT_CHARS:
            folded = unicodedata.normalize("NFKC", ch)  # ․ (one dot leader) is read as '.', ℀ as 'a/c'
            if any(c.isascii() and not c.isalnum() and c not in "-_" for c in folded):
                refuse(translate("DataValidation", "{char!r} stands for {folded!r}").format(char=ch, folded=folded))
    # UTS #46 (Qt's and browsers' mapping) is NFKC with case folding, but keeps ß and ς (non-transitional).
    lowered = unicodedata.normalize("NFKC", host).translate(_IDNA_DOTS)
    lowered = unicodedata.normalize("NFKC", "".join(c.lower() if c in "ßςẞ" else c.casefold() for c in lowered))
    dot = "." if lowered.endswith(".") else ""
    labels = lowered[: len(lowered) - len(dot)].split(".")
    if _NUMBER_LABEL.match(labels[-1]):
        # WHATWG reads a host ending in a number as an IPv4 address (0x7f.1 is 127.0.0.1): only dotted decimal.
        address = _ipv4(lowered)
        if address is None:
            raise ValidationError(
                field, translate(
                    "DataValidation", "The {name}'s host {host!r} is not a valid IPv4 address."
                ).format(name=name, host=shown)
            )
        return address, address
    unicode_labels: list[str] = []
    ace_labels: list[str] = []
    for label in labels:
        if not label:
            refuse(translate("DataValidation", "an empty part between dots"))
        unicode_label = label
        if label.startswith("xn--"):
            try:
                unicode_label = label[4:].encode("ascii").decode("punycode")
            except (UnicodeError, ValueError):
                refuse(translate("DataValidation", "{label} is not valid punycode").format(label=label))
            if unicode_label.isascii() or _ace_label(unicode_label) != label:
                refuse(translate("DataValidation", "{label} is not valid punycode").format(label=label))
        if unicode_label.startswith("-") or unicode_label.endswith("-"):
            refuse(translate("DataValidation", "a part between dots begins or ends with '-'"))
        if any(unicodedata.category(c).startswith("M") and not (prev.isalpha() or unicodedata.category(prev)[0] == "M")
               for prev, c in zip(" " + unicode_label, unicode_label, strict=False)):
            refuse(translate("DataValidation", "an accent or other combining mark that is not on a letter"))
        if not unicode_label.isascii() and unicode_label[2:4] == "--":
            refuse(translate("DataValidation", "an international part with '--' as its third and fourth characters"))
        if not all(c in _LABEL_ASCII for c in unicode_label if c.isascii()):
            bad = next(c for c in unicode_label if c.isascii() and c not in _LABEL_ASCII)
            refuse(translate("DataValidation", "{char!r} cannot be part of a host name").format(char=bad))
        ace_label = _ace_label(unicode_label)
        if not unicode_label.isascii():
            try:
                encodings.idna.ToASCII(unicode_label)  # IDNA's rules: prohibited characters, right-to-left mixes
            except UnicodeError as exc:
                refuse(translate("DataValidation", "not valid in IDNA: {problem}").format(problem=str(exc)))
        if len(ace_label) > 63:
            refuse(translate("DataValidation", "a part between dots is longer than 63 characters"))
        unicode_labels.append(unicode_label)
        ace_labels.append(ace_label)
    ace = ".".join(ace_labels) + dot
    if len(ace) > 253 + len(dot):
        refuse(translate("DataValidation", "longer than 253 characters"))
    return ".".join(unicode_labels) + dot, ace


def _ace_label(label: str) -> str:
    """A label as browsers send it (UTS #46, non-transitional: ß stays ß): ASCII, or xn-- and its punycode."""
    return label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")


#: Scripts that are written together (Japanese, Chinese and Korean mix Han, kana, Hangul and Latin).
_CJK_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC"})
#: Cyrillic and Greek letters that look like Latin ones: a host of only these (аррӏе.com) passes for a Latin one.
_LATIN_LOOKALIKES = frozenset("асеһіјӏорԛѕԝхуԁьпԍкмтвнгαοινρυκτ")


def _script(ch: str) -> str | None:
    """The writing system of a letter (the first word of its Unicode name), None for digits, marks and signs."""
    if ch.isascii():
        return "LATIN" if ch.isalpha() else None
    if unicodedata.category(ch)[0] != "L":
        return None
    word = unicodedata.name(ch, "UNKNOWN").split()[0]
    return "CJK" if word in _CJK_SCRIPTS else word


def host_needs_punycode(host: str) -> bool:
    """Whether a host could pass for another: a part that mixes writing systems (Cyrillic and Latin in
    "аpple.com"), or a Cyrillic or Greek part made only of letters that look Latin beside a Latin part.

    Browsers show such hosts in punycode; the app shows the punycode beside them.
    """
    latin_label = False
    lookalike_label = False
    for label in host.lower().split("."):
        scripts = {s for s in map(_script, label) if s is not None}
        if "CJK" in scripts:
            scripts.discard("LATIN")
        if len(scripts) > 1:
            return True
        latin_label = latin_label or scripts == {"LATIN"}
        letters = [c for c in label if _script(c) is not None]
        lookalike_label = lookalike_label or bool(
            scripts & {"CYRILLIC", "GREEK"} and all(c in _LATIN_LOOKALIKES for c in letters)
        )
    return latin_label and lookalike_label


def host_label(parts: UrlParts) -> str:
    """The host to show before opening: "example.org", or "пример.рф (xn--e1afmkfd.xn--p1ai)"."""
    plain = parts.ace_host.strip("[]")
    return plain if parts.host.strip("[]") == plain else f"{parts.host} ({parts.ace_host})"


def url_display(value: str) -> str:
    """An address as lists show it: as written, with the punycode beside a host that could pass for
    another, right after it so a narrow column still shows it (``https://аpple.com (xn--pple-43d.com)/login``);
    an invalid stored address as it is."""
    if value.isascii():
        return value
    text = value.strip()
    try:
        parts = url_parts(text)
    except ValidationError:
        return value
    if not host_needs_punycode(parts.host):
        return value
    netloc = urlsplit(text).netloc
    end = text.index(netloc, text.index("//") + 2) + len(netloc)
    return f"{text[:end]} ({parts.ace_host}){text[end:]}"


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
        raise ValidationError(field, translate(
            "DataValidation", "The {name} must be text."
        ).format(name=field_name(field)))
    if "\x00" in cleaned:
        if cell:
            raise ValidationError(
                field,
                translate(
                    "DataValidation",
                    "The {field} contains a NUL character (a zero byte); the file is damaged or not text.",
                ).format(field=field),
            )
        raise ValidationError(field, translate(
            "DataValidation", "The {name} contains a NUL character."
        ).format(name=field_name(field)))
    if len(cleaned) > max_length:
        if cell:
            raise ValidationError(
                field, translate(
                    "DataValidation", "The {field} is longer than {limit:,} characters ({length:,})."
                ).format(
                    field=field, limit=max_length, length=len(cleaned)
                )
            )
        raise ValidationError(
            field, translate(
                "DataValidation", "The {name} is longer than {limit:,} characters."
            ).format(name=field_name(field), limit=max_length)
        )
    if not cleaned:
        if required:
            raise ValidationError(field, translate(
                "DataValidation", "The {name} is required."
            ).format(name=field_name(field)))
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
            field, translate("DataValidation", "{text!r} is not a valid {name}; use one of: {allowed}.").format(
                text=cleaned, name=field_name(field), allowed=", ".join(allowed)
            )
        )
    return lowered


def code(value: object, field: str) -> str:
    """A codebook code: lower-case letters, digits and underscores, starting with a letter."""
    cleaned = text(value, field, required=True)
    assert cleaned is not None
    if not _CODE_RE.match(cleaned):
        raise ValidationError(
            field,
            translate(
                "DataValidation", "{text!r} is not a valid {name}: use lower-case letters, digits and _ (up to 40)."
            ).format(
                text=cleaned, name=field_name(field)
            ),
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
            translate(
                "DataValidation",
                "{text!r} cannot be a recommendation code: the scorecard export already has a column of that name.",
            ).format(text=cleaned),
        )
    return cleaned


def color(value: object, field: str = "color") -> str:
    """A colour as ``#RRGGBB``."""
    cleaned = text(value, field, required=True)
    assert cleaned is not None
    if not _COLOR_RE.match(cleaned):
        raise ValidationError(
            field, translate(
                "DataValidation", "{text!r} is not a colour in the form #RRGGBB ({field})."
            ).format(text=cleaned, field=field)
        )
    return cleaned.upper()


def weight(value: object, field: str = "weight") -> float:
    """A positive number of at most 100."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(field, translate(
            "DataValidation", "{value!r} is not a number ({field})."
        ).format(value=value, field=field)) from None
    if not (0 < number <= 100):
        raise ValidationError(field, translate(
            "DataValidation", "The {name} must be greater than 0 and at most 100."
        ).format(name=_plain_name(field)))
    return number


def score(value: object, field: str = "score") -> float | None:
    """A score from 0 to 100, or None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError(field, translate(
            "DataValidation", "{value!r} is not a score ({field})."
        ).format(value=value, field=field))
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(field, translate(
            "DataValidation", "{value!r} is not a number ({field})."
        ).format(value=value, field=field)) from None
    if not (0 <= number <= 100):
        raise ValidationError(field, translate(
            "DataValidation", "The {name} must be between 0 and 100."
        ).format(name=_plain_name(field)))
    return number


def uid(value: object, field: str = "uid") -> str:
    """A stable id as written in exports: a UUID such as ``3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f``."""
    cleaned = text(value, field, required=True)
    assert cleaned is not None
    if not _UID_RE.match(cleaned):
        raise ValidationError(
            field,
            translate(
                "DataValidation",
                "{text!r} is not a valid {name}: expected a UUID like 3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f."
            ).format(
                text=cleaned, name=_plain_name(field)
            ),
        )
    return cleaned


def positive_int(value: object, field: str) -> int:
    """A whole number of at least 1 (given as a number or as text)."""
    if isinstance(value, bool):
        raise ValidationError(field, translate(
            "DataValidation", "{value!r} is not a whole number ({field})."
        ).format(value=value, field=field))
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(field, translate(
            "DataValidation", "{value!r} is not a whole number ({field})."
        ).format(value=value, field=field)) from None
    if number < 1:
        raise ValidationError(field, translate(
            "DataValidation", "The {name} must be at least 1."
        ).format(name=field_name(field)))
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
