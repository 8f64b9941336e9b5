"""The sentences sync writes, found again after they were saved as English.

Sync marks its sentences with :func:`db.messages.translate` (contexts starting ``Sync``), so the window can
say them in its language.  But the reasons a file waits or was refused, and the notes of the last sync, are
kept as English text (the local sync state, the last summary's JSON) and the app's sync runs as a separate
process that prints English: by the time the window shows them, they are plain ``str``.  :func:`recognised`
matches such a text against the sync templates the translation catalogue knows (db.catalogue reads the same
``.ts`` files) and gives back the :class:`db.messages.Message` it was made from, parameters included.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from db.catalogue import messages
from db.messages import Message, joined

#: The contexts of sync's sentences (the .ts files list their templates).
CONTEXTS = ("SyncRefusals", "SyncCoalition", "SyncMembers")
#: How deep a sentence inside a sentence is looked for ("Member list 3: The member list is not signed.").
_DEPTH = 3


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(regex, context, template) for every sync template, the longest fixed text first (the most specific)."""
    found: list[tuple[int, re.Pattern[str], str, str]] = []
    for context, template, disambiguation in messages("be"):
        if context not in CONTEXTS or disambiguation:
            continue
        pattern = _pattern(template)
        if pattern is not None:
            fixed = sum(len(literal) for literal, *_ in string.Formatter().parse(template))
            found.append((fixed, pattern, context, template))
    found.sort(key=lambda item: -item[0])
    return tuple((pattern, context, template) for _, pattern, context, template in found)


def _pattern(template: str) -> re.Pattern[str] | None:
    """A regex matching the template filled in; None for a template with conversions or formats (not used)."""
    parts: list[str] = []
    seen: set[str] = set()
    try:
        pieces = list(string.Formatter().parse(template))
    except ValueError:
        return None
    for literal, field, spec, conversion in pieces:
        parts.append(re.escape(literal))
        if field is None:
            continue
        if spec or conversion or not field.isidentifier():
            return None
        parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.+?)")
        seen.add(field)
    return re.compile("".join(parts), re.DOTALL)


def recognised(text: str, depth: int = _DEPTH) -> str:
    """``text`` as the sync sentence it was made from (a Message), or as it is when it is none of them."""
    if isinstance(text, Message) or not text:
        return text
    for pattern, context, template in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        params = {key: recognised(value, depth - 1) if depth > 1 else value
                  for key, value in match.groupdict().items()}
        return Message(context, template, params)
    return text


def recognised_lines(text: str) -> str:
    """Each line of ``text`` (a sync's printed output or error) recognised on its own."""
    lines = [recognised(line) for line in text.split("\n")]
    if not any(isinstance(line, Message) for line in lines):
        return text
    return joined("\n", lines)


__all__ = ["CONTEXTS", "recognised", "recognised_lines"]
