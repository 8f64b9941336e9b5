"""The codebook's translations (issue 15): where they are kept, read for one language, and which are missing.

English stays the canonical text in the codebook's own columns (``statuses.label``,
``recommendations.title``, ``meta`` "title"...): exports, scripts, search and the
history read it there.  Every other language lives in the ``translations`` table
(migration m006), one row per text and language, keyed by the place it translates:
``(table_name, row_key, field)`` as in :data:`db.codebook.TextKey`.  Grade names
have no column, so their English is a row of this table too (language "en").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .codebook import Codebook, TextKey, english_texts
from .connection import SQL
from .core import TrackerCore
from .i18n import ENGLISH, TRANSLATION_CODES
from .ops import record_history
from .records import record

#: One row per translated text and language.  WITHOUT ROWID: rows are found by their key.
#: ``english``: the English the translation was made from; when the English is edited later the
#: translation is shown as out of date (NULL: not known, taken as current).
TRANSLATIONS_SQL = """
CREATE TABLE translations (
    table_name TEXT NOT NULL CHECK (length(table_name) > 0),
    row_key TEXT NOT NULL,
    field TEXT NOT NULL CHECK (length(field) > 0),
    language TEXT NOT NULL CHECK (length(language) = 2 AND language GLOB '[a-z][a-z]'),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    english TEXT,
    PRIMARY KEY (table_name, row_key, field, language)
) WITHOUT ROWID
"""

#: meta keys saying what the translations were made from ("en") and a note for readers.
TRANSLATED_FROM_KEY = "translations_from"
TRANSLATIONS_NOTE_KEY = "translations_note"

#: The places a codebook text can be translated: (table, field) → how the editor names the field.
TRANSLATABLE_FIELDS: Mapping[tuple[str, str], str] = {
    ("meta", "value"): "",
    ("statuses", "label"): "Label",
    ("statuses", "description"): "Description",
    ("recommendations", "title"): "Title",
    ("recommendations", "text"): "Source's wording",
    ("recommendations", "guidance"): "Guidance",
    ("grades", "name"): "Name",
    ("groups", "name"): "Name",
}


#: A renamed group keeps its translations (shown as made from English that has changed: its old name).
GROUP_RENAMED_TRIGGER = """
CREATE TRIGGER translations_group_renamed AFTER UPDATE OF name ON groups WHEN new.name != old.name BEGIN
    UPDATE OR REPLACE translations SET row_key = new.name WHERE table_name = 'groups' AND row_key = old.name;
END
"""


def install(db: SQL) -> None:
    """Create the translations table and its trigger (migration m006)."""
    db.execute(TRANSLATIONS_SQL)
    db.execute(GROUP_RENAMED_TRIGGER)


@record(frozen=True)
class CodebookText:
    """One translatable text of a tracker's codebook, with its English (what a translator works from)."""

    key: TextKey
    english: str
    place: str  # what it is first, so a narrow column still says it: "Guidance — “Equal visas”"
    quoted: bool = False  # the source's own words: a report shows the original beside the translation


def codebook_texts(t: TrackerCore) -> list[CodebookText]:
    """Every translatable text of the tracker's codebook that has English, in the codebook's order.

    Tracker title and description, each status's label and description, each recommendation's title,
    wording and guidance (archived ones too: exports keep them), named grades, and the group names.
    """
    found: list[CodebookText] = []
    meta = {r[0]: r[1] for r in t.db.execute("SELECT key, value FROM meta WHERE key IN ('title', 'description')")}
    for key, name in (("title", "Title — tracker"), ("description", "Description — tracker")):
        if meta.get(key):
            found.append(CodebookText(("meta", key, "value"), meta[key], name))
    for code, label, description in t.db.execute(
        "SELECT code, label, description FROM statuses ORDER BY position, code"
    ):
        found.append(CodebookText(("statuses", code, "label"), label, f"Label — status “{label}”"))
        if description:
            place = f"Description — status “{label}”"
            found.append(CodebookText(("statuses", code, "description"), description, place))
    for code, title, text, guidance in t.db.execute(
        "SELECT code, title, text, guidance FROM recommendations ORDER BY position, code"
    ):
        for field, english in (("title", title), ("text", text), ("guidance", guidance)):
            if english:
                place = f"{TRANSLATABLE_FIELDS[('recommendations', field)]} — “{title}”"
                found.append(CodebookText(("recommendations", code, field), english, place, quoted=field == "text"))
    for grade, name in t.db.execute(
        "SELECT g.grade, x.text FROM grades g JOIN translations x ON x.table_name = 'grades' AND x.row_key = g.grade"
        " AND x.field = 'name' AND x.language = ? ORDER BY g.min_score DESC",
        [ENGLISH],
    ):
        found.append(CodebookText(("grades", grade, "name"), name, f"Name — grade {grade}"))
    for (name,) in t.db.execute("SELECT name FROM groups ORDER BY position, name"):
        found.append(CodebookText(("groups", name, "name"), name, f"Name — group “{name}”"))
    return found


def texts(t: TrackerCore, lang: str) -> dict[TextKey, str]:
    """Every translated codebook text in ``lang``, by place (one query); a place not in it falls back to English."""
    return {
        (r[0], r[1], r[2]): r[3]
        for r in t.db.execute(
            "SELECT table_name, row_key, field, text FROM translations WHERE language = ?", [lang]
        )
    }


def translation(t: TrackerCore, key: TextKey, lang: str) -> str:
    """The text of one place in ``lang`` ("" when it has none)."""
    row = t.db.execute(
        "SELECT text FROM translations WHERE table_name = ? AND row_key = ? AND field = ? AND language = ?",
        [*key, lang],
    ).fetchone()
    return str(row[0]) if row else ""


def outdated_translations(t: TrackerCore, lang: str) -> set[TextKey]:
    """The places whose English was edited after their ``lang`` translation was made (to be checked again)."""
    current = {text.key: text.english for text in codebook_texts(t)}
    return {
        (r[0], r[1], r[2])
        for r in t.db.execute(
            "SELECT table_name, row_key, field, english FROM translations WHERE language = ? AND english IS NOT NULL",
            [lang],
        )
        if (r[0], r[1], r[2]) in current and current[(r[0], r[1], r[2])] != r[3]
    }


def missing_translations(t: TrackerCore, languages: Iterable[str] = TRANSLATION_CODES) -> dict[str, list[TextKey]]:
    """Per language, the codebook texts that have no translation in it yet, in the codebook's order."""
    wanted = list(codebook_texts(t))
    have: dict[str, set[TextKey]] = {lang: set() for lang in languages}
    for table, key, field, lang in t.db.execute("SELECT table_name, row_key, field, language FROM translations"):
        if lang in have:
            have[lang].add((table, key, field))
    return {lang: [text.key for text in wanted if text.key not in done] for lang, done in have.items()}


def translated_from(t: TrackerCore) -> str:
    """The language the codebook's translations were made from ("en" for the default codebook; "" unknown)."""
    return t.meta(TRANSLATED_FROM_KEY, "") or ""


def translations_note(t: TrackerCore) -> str:
    return t.meta(TRANSLATIONS_NOTE_KEY, "") or ""


def store_codebook_translations(t: TrackerCore, book: Codebook, *, operation: str | None = None) -> None:
    """Keep a codebook's translations: a new tracker's (``init``, :meth:`db.store.Tracker.create`) or an import's.

    A new tracker's are written without history entries, as its status scale is: nothing came before them.
    With ``operation`` (a codebook imported into a tracker) each translation is recorded in the history.
    Translations of texts the codebook does not have are refused by the loader, so every row has a place.
    """
    english = english_texts(book)
    rows = [
        (*key, lang, text, english.get(key))
        for key, by_language in book.translations.items()
        for lang, text in by_language.items()
    ]
    with t.atomic():
        t.db.conn.executemany(
            "INSERT OR REPLACE INTO translations (table_name, row_key, field, language, text, english)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        if operation is not None:
            for table, key, field, lang, _text, _english in rows:
                record_history(t, operation, "insert", "translations", "/".join((table, key, field, lang)), None,
                               row(t, (table, key, field), lang))
        for key, value in ((TRANSLATED_FROM_KEY, book.translated_from),
                           (TRANSLATIONS_NOTE_KEY, book.translations_note)):
            if value:
                t.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def all_translations(t: TrackerCore, *, current_only: bool = False) -> dict[TextKey, dict[str, str]]:
    """Every stored translation, {language: text} by place.

    ``current_only`` (the codebook export): without translations made from English that has been edited
    since, which would otherwise reach another tracker as translations of the new words.
    """
    english = {text.key: text.english for text in codebook_texts(t)} if current_only else {}
    found: dict[TextKey, dict[str, str]] = {}
    for table, key, field, lang, text, made_from in t.db.execute(
        "SELECT table_name, row_key, field, language, text, english FROM translations"
    ):
        place = (table, key, field)
        if current_only and made_from is not None and lang != ENGLISH and english.get(place) != made_from:
            continue
        found.setdefault(place, {})[lang] = text
    return found


def row(t: TrackerCore, key: TextKey, lang: str) -> dict[str, Any] | None:
    """One stored translation as a history entry shows it (None when there is none)."""
    found = t.db.execute(
        "SELECT text, english FROM translations WHERE table_name = ? AND row_key = ? AND field = ? AND language = ?",
        [*key, lang],
    ).fetchone()
    if found is None:
        return None
    return {"table_name": key[0], "row_key": key[1], "field": key[2], "language": lang, "text": found[0],
            "english": found[1]}


#: How each place's English is read from the codebook's own columns (grade names have none).
_ENGLISH_SQL: Mapping[str, str] = {
    "meta": "SELECT value FROM meta WHERE key = ?1 AND ?2 = 'value'",
    "statuses": "SELECT CASE ?2 WHEN 'label' THEN label WHEN 'description' THEN description END"
    " FROM statuses WHERE code = ?1",
    "recommendations": "SELECT CASE ?2 WHEN 'title' THEN title WHEN 'text' THEN text WHEN 'guidance' THEN guidance END"
    " FROM recommendations WHERE code = ?1",
    "groups": "SELECT name FROM groups WHERE name = ?1 AND ?2 = 'name'",
}


def fill_default_translations(db: SQL) -> int:
    """Give an upgraded tracker the default codebook's translations of the texts it still has unchanged.

    Run by migration m006: a tracker started from the default codebook gains its translations; a text a
    person has since reworded gets none (a translation of other words would be wrong), and shows as missing.
    Returns how many translations were added.
    """
    from .codebook import default_codebook  # parsed here: the migration runs once

    if not db.execute("SELECT 1 FROM statuses LIMIT 1").fetchone():
        return 0  # a new tracker: its codebook's translations come with it
    book = default_codebook()
    english = english_texts(book)
    added = 0
    for key, by_language in book.translations.items():
        sql = _ENGLISH_SQL.get(key[0])
        stored = db.execute(sql, [key[1], key[2]]).fetchone() if sql else None
        if stored is None or stored[0] != english.get(key):
            continue
        for lang, text in by_language.items():
            db.execute(
                "INSERT OR IGNORE INTO translations (table_name, row_key, field, language, text, english)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [*key, lang, text, english[key]],
            )
            added += 1
    if added:
        for meta_key, value in ((TRANSLATED_FROM_KEY, book.translated_from),
                                (TRANSLATIONS_NOTE_KEY, book.translations_note)):
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", [meta_key, value])
    return added
