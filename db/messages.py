"""Sentences the data layer builds for users, translatable without Qt.

db/ raises errors and describes history in sentences the window shows, but it
must not import Qt.  :func:`translate` marks a sentence the way Qt's
``QCoreApplication.translate`` does (``pyside6-lupdate`` collects any call named
``translate(context, text)``), and returns a :class:`Message`: a ``str`` whose
value is the English text, so ``str(exc)``, the command line, logs and every
test see exactly the English, while the message keeps its context, template and
parameters.  The window turns it into the interface's language with
:func:`message_in` and ``QCoreApplication.translate``.

Templates use ``str.format`` fields (``{name}``, ``{text!r}``, ``{limit:,}``);
a translation must keep the same fields.  A parameter that is itself a UI word
(a field's name) is a Message too and is translated in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


class Message(str):
    """English text that remembers how to say itself in another language."""

    context: str
    template: str
    params: Mapping[str, Any]
    #: Longest text shown (cut with "…" after filling in, in every language); None: no limit.
    limit: int | None
    #: A count (Qt's numerus ``n``; ``%n`` in the template) and the English singular (:class:`Counted`).
    number: int | None
    singular: str

    def __new__(
        cls, context: str, template: str, params: Mapping[str, Any] | None = None, limit: int | None = None,
        number: int | None = None, singular: str = "",
    ) -> Message:
        values = dict(params) if params else {}
        return cls._made(context, template, values, limit, number, singular)

    @classmethod
    def _made(cls, context: str, template: str, values: dict[str, Any], limit: int | None,
              number: int | None = None, singular: str = "") -> Message:
        # An import refuses cells by the thousand: one str, one attribute dict, no copies.
        english = template if number is None else _english_count(template, singular, number)
        text = _filled(english, values) if values else english
        obj = str.__new__(cls, text if limit is None else _cut(text, limit))
        obj.__dict__.update(context=context, template=template, params=values, limit=limit, number=number,
                            singular=singular)
        return obj

    def format(self, *args: object, **params: Any) -> Message:
        """The template with ``params`` filled in, still translatable (positional fields are not used)."""
        if args:
            raise TypeError("Message.format takes named parameters only")
        if self.params:
            params = {**self.params, **params}
        return Message._made(self.context, self.template, params, self.limit, self.number, self.singular)

    def __reduce__(self) -> tuple[Any, ...]:
        # Messages cross processes pickled; a plain str's reduce would lose the context and template.
        return (Message, (self.context, self.template, dict(self.params), self.limit, self.number, self.singular))


def _english_count(plural: str, singular: str, n: int) -> str:
    """The English form for ``n`` (the singular for 1), its ``%n`` written as the number."""
    return (singular if n == 1 and singular else plural).replace("%n", str(n))


def _cut(text: str, limit: int | None) -> str:
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _filled(template: str, params: Mapping[str, Any]) -> str:
    """The template with its fields filled; as written while some are still to come (filled in steps)."""
    if not params:
        return template
    try:
        return template.format(**params)
    except KeyError:
        return template


def translate(context: str, template: str) -> Message:
    """Mark ``template`` for translation in ``context`` (called ``translate`` so lupdate collects it)."""
    marked = _MARKED.get((context, template))
    if marked is None:
        marked = _MARKED[(context, template)] = Message(context, template)
    return marked


class Counted:
    """Counts for the data layer without Qt (Qt's numerus forms): an object named exactly like its context,
    so ``pyside6-lupdate`` collects ``Name.tr(plural, singular, n)`` as a count (as in db.catalogue)::

        DataCheck = Counted("DataCheck")
        DataCheck.tr("%n records point at records that do not exist", "%n record points at ...", n)

    The English plural is the source, the singular its comment; ``%n`` is the number.
    """

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, plural: str, singular: str, n: int) -> Message:
        """The count's message: English ``singular`` for 1, else ``plural``; translated by Qt's plural rules."""
        return Message(self.context, plural, None, None, n, singular)


#: Each marked template once (a Message without parameters never changes): what the error paths reuse.
_MARKED: dict[tuple[str, str], Message] = {}


def composed(template: str, **params: Any) -> Message:
    """Text put together by a pattern that needs no translation (``"{field}: {old} → {new}"``) from parts that
    may (the field's name): not collected by lupdate, it translates as the parts do."""
    return Message("", template, params)


def joined(separator: str, parts: list[Any]) -> Message:
    """``separator.join(parts)``, each part translated in its turn."""
    template = separator.join(f"{{p{i}}}" for i in range(len(parts)))
    return Message("", template, {f"p{i}": part for i, part in enumerate(parts)})


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with "…"; a Message is cut again once translated."""
    if isinstance(text, Message):
        return Message(text.context, text.template, text.params, limit, text.number, text.singular)
    return _cut(text, limit)


#: How the window translates: ``QCoreApplication.translate(context, text)``; a count also passes
#: ``(disambiguation, n)``.
Translator = Callable[..., str]


def message_in(text: object, translate_fn: Translator) -> str:
    """``text`` in the interface's language: a :class:`Message` translated, anything else as it is.

    A translation whose fields do not match the template's (a translator's slip) falls back to English
    rather than failing where an error is being shown.
    """
    if not isinstance(text, Message):
        return str(text)
    params = {key: message_in(value, translate_fn) if isinstance(value, Message) else value
              for key, value in text.params.items()}
    if text.number is not None and text.context:
        translated = _counted_in(text, translate_fn, text.number)
    else:
        translated = (translate_fn(text.context, text.template) if text.context else text.template) or text.template
    try:
        said = translated.format(**params) if params else translated
    except (KeyError, IndexError, ValueError):
        english = text.template if text.number is None else _english_count(text.template, text.singular, text.number)
        said = english.format(**params) if params else english
    return _cut(said, text.limit)


def _counted_in(text: Message, translate_fn: Translator, n: int) -> str:
    """A count's form for ``n`` (Qt fills in ``%n``); English's own singular when no translation answers."""
    said = translate_fn(text.context, text.template, text.singular or None, n) or text.template
    if said in (text.template, text.template.replace("%n", str(n))):
        return _english_count(text.template, text.singular, n)
    return said


def message_of(exc: BaseException) -> str:
    """The sentence an error was raised with, still a :class:`Message` when it was one (``str(exc)`` is plain)."""
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return message
    args = exc.args
    if len(args) == 1 and isinstance(args[0], Message):
        return args[0]
    return str(exc)
