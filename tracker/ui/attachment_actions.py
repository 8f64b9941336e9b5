"""Taking an attached file back out: "Save attachment as…" and "Open attachment".

The details dock and the evidence view both offer them; the work is here, once.
Both ask through ``ctx.prompts`` (so tests answer), and both go through
db.attachments, which checks the bytes against the checksum recorded when
the file was attached.  Opening never runs anything: the file is copied to a
private folder (readable only by this user, the copy not executable) and
handed to the system's viewer by its ``file:`` address; a program or script
is refused, to be saved and looked at first.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db import TrackerError
from db.attachments import attachment_facts, is_runnable, private_copy, save_attachment

from .context import AppContext, in_language
from .file_commands import remember_save_folder, save_folder
from .language import QT_TRANSLATE_NOOP
from .widgets import fill_in

#: The message boxes' titles (English sources, translated by :func:`_tr` where shown).
SAVE_TITLE = QT_TRANSLATE_NOOP("AttachmentActions", "Save attachment as")
OPEN_TITLE = QT_TRANSLATE_NOOP("AttachmentActions", "Open attachment")


translate = QCoreApplication.translate  # sentences in the context "AttachmentActions" (module functions)


def _tr(text: str, *values: str) -> str:
    """A text marked above (a title) in the interface's language, with %1, %2… filled in."""
    return fill_in(translate("AttachmentActions", text), *values)


def save_attachment_as(ctx: AppContext, parent: QWidget | None, uid: str) -> bool:
    """Ask where, then write the evidence ``uid``'s attached file there whole; True when written."""
    title = _tr(SAVE_TITLE)
    try:
        facts = attachment_facts(ctx.tracker, uid)
        if facts is None:
            ctx.prompts.error(parent, title, translate("AttachmentActions", "This evidence has no attached file."))
            return False
        ending = facts.safe_name.rpartition(".")[2] if "." in facts.safe_name else ""
        filters = (fill_in(translate("AttachmentActions", "%1 files (*.%2);;All files (*)"), ending.upper(), ending)
                   if ending else translate("AttachmentActions", "All files (*)"))
        path = ctx.prompts.save_file(parent, title, str(save_folder(ctx.settings) / facts.safe_name), filters)
        if not path:
            return False
        save_attachment(ctx.tracker, uid, path)  # the dialog has asked before replacing a file
    except (TrackerError, sqlite3.Error) as exc:
        ctx.prompts.error(parent, title, in_language(exc))
        return False
    remember_save_folder(ctx.settings, path)
    return True


def open_attachment(ctx: AppContext, parent: QWidget | None, uid: str) -> bool:
    """Open a private copy of the evidence ``uid``'s attached file in the system's viewer; True when handed over."""
    title = _tr(OPEN_TITLE)
    try:
        facts = attachment_facts(ctx.tracker, uid)
        if facts is None:
            ctx.prompts.error(parent, title, translate("AttachmentActions", "This evidence has no attached file."))
            return False
        if is_runnable(facts.safe_name):
            ctx.prompts.error(parent, title, fill_in(translate(
                "AttachmentActions", "%1 is a program or script, so it is not opened from the tracker;"
                " use Save attachment as… and check it before running it."), facts.name))
            return False
        path = private_copy(ctx.tracker, uid)
    except (TrackerError, sqlite3.Error) as exc:
        ctx.prompts.error(parent, title, in_language(exc))
        return False
    from PySide6.QtCore import QUrl

    if not ctx.prompts.open_url(QUrl.fromLocalFile(str(path)).toString()):
        ctx.prompts.error(parent, title, fill_in(
            translate("AttachmentActions", "No program on this computer opens %1; save it instead."), facts.name))
        return False
    return True
