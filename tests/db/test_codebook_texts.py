"""The multilingual codebook (issue 15, requirement 3): loading, keeping, editing and exporting translations."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from db import Tracker, ValidationError, blank_codebook, default_codebook, load_codebook, ops, queries
from db import codebook_ops as cb
from db.codebook import parse_codebook
from db.codebook_export import codebook_json, export_codebook
from db.codebook_texts import (
    codebook_texts,
    missing_translations,
    outdated_translations,
    texts,
    translated_from,
    translation,
)
from db.errors import NotFoundError
from db.history_view import KIND_SQL, kind_of
from db.i18n import TRANSLATION_CODES

RELEASE = Path(__file__).resolve().parents[1] / "data" / "release-0.1.0.db"


def small_book() -> dict[str, Any]:
    """A campaign's own codebook with translations in the places the format allows them."""
    return {
        "title": {"en": "Media freedom", "be": "Свабода СМІ", "pl": "Wolność mediów"},
        "description": "Plain English only.",
        "statuses": [
            {"code": "na", "label": {"en": "Not assessed", "be": "Не ацэнена"}, "score": None, "color": "#cccccc"},
            {"code": "no", "label": {"en": "No", "be": "Не"}, "score": 0, "color": "#aa0000",
             "description": {"en": "Nothing done.", "lt": "Nieko nepadaryta."}},
            {"code": "yes", "label": "Yes", "score": 100, "color": "#00aa00"},
        ],
        "recommendations": [
            {"code": "press", "title": {"en": "Free press", "uk": "Вільна преса"},
             "text": {"en": "“Let them write.”", "uk": "«Нехай пишуть.»"}, "guidance": "Count closures."},
            {"code": "radio", "title": "Radio"},
        ],
        "grades": [{"grade": "A", "min_score": 80, "name": {"en": "Leading", "pl": "Wiodący"}},
                   {"grade": "B", "min_score": 0}],
        "countries": ["PL", "LT"],
        "groups": {"Neighbours": ["PL", "LT"]},
        "group_names": {"Neighbours": {"be": "Суседзі", "lt": "Kaimynės"}},
    }


# ---------------------------------------------------------------- the loader
def test_translations_are_read_wherever_the_format_allows_them_and_english_stays_in_the_fields() -> None:
    book = parse_codebook(small_book())
    assert book.title == "Media freedom" and book.statuses[1].label == "No"
    assert book.recommendations[0].text == "“Let them write.”"
    assert book.translations == {
        ("meta", "title", "value"): {"be": "Свабода СМІ", "pl": "Wolność mediów"},
        ("statuses", "na", "label"): {"be": "Не ацэнена"},
        ("statuses", "no", "label"): {"be": "Не"},
        ("statuses", "no", "description"): {"lt": "Nieko nepadaryta."},
        ("recommendations", "press", "title"): {"uk": "Вільна преса"},
        ("recommendations", "press", "text"): {"uk": "«Нехай пишуть.»"},
        ("grades", "A", "name"): {"en": "Leading", "pl": "Wiodący"},
        ("groups", "Neighbours", "name"): {"be": "Суседзі", "lt": "Kaimynės"},
    }


def test_a_codebook_of_plain_strings_loads_as_before() -> None:
    raw = small_book()
    plain = json.loads(json.dumps(raw), object_hook=lambda d: d.get("en", d) if "en" in d else d)
    del plain["group_names"]
    book = parse_codebook(plain)
    assert book.translations == {("grades", "A", "name"): {"en": "Leading"}}
    assert book.title == "Media freedom" and not book.translated_from


@pytest.mark.parametrize(("where", "value", "field", "words"), [
    (("recommendations", 1, "title"), {"en": "Radio", "be": " "}, "recommendations[2].title.be", "Belarusian"),
    (("statuses", 0, "label"), {"en": "Not assessed", "be": 5}, "statuses[1].label.be", "non-empty text"),
    (("statuses", 0, "label"), {"be": "Не ацэнена"}, "statuses[1].label", "no English"),
    (("recommendations", 0, "guidance"), {"en": "x", "de": "y"}, "recommendations[1].guidance", "unknown language"),
    (("grades", 0, "name"), {"en": "Leading", "ru": ""}, "grades[1].name.ru", "Russian"),
])
def test_a_bad_translation_is_refused_naming_its_place_and_language(
    where: tuple[str, int, str], value: object, field: str, words: str
) -> None:
    raw = small_book()
    raw[where[0]][where[1]][where[2]] = value
    with pytest.raises(ValidationError) as caught:
        parse_codebook(raw, source_name="book.json")
    assert caught.value.field == field
    assert words in caught.value.message and caught.value.message.startswith("book.json: ")


def test_status_labels_must_differ_in_every_language() -> None:
    raw = small_book()
    raw["statuses"][2]["label"] = {"en": "Yes", "be": "Не"}  # the same Belarusian as "No"
    with pytest.raises(ValidationError, match="two statuses have the same Belarusian label 'Не'"):
        parse_codebook(raw)


def test_group_names_must_name_a_group_and_keep_its_english_name() -> None:
    raw = small_book()
    raw["group_names"] = {"Nowhere": {"be": "Нідзе"}}
    with pytest.raises(ValidationError, match=r"'group_names\[Nowhere\]' names no group"):
        parse_codebook(raw)
    raw["group_names"] = {"Neighbours": {"en": "Friends", "be": "Сябры"}}
    with pytest.raises(ValidationError, match="must be the group's own name 'Neighbours'"):
        parse_codebook(raw)


def test_the_default_codebook_carries_its_translations_marked_as_made_from_english() -> None:
    book = default_codebook()
    assert book.translated_from == "en" and "not the author's own words" in book.translations_note
    assert len(book.translations) == 37
    assert all(set(found) == set(TRANSLATION_CODES) for found in book.translations.values())
    assert book.translations[("statuses", "full", "label")]["be"] == "Выканана"
    blank = blank_codebook()  # keeps the status scale's translations, nothing of the recommendations
    assert {key[0] for key in blank.translations} == {"statuses"}


# ---------------------------------------------------------------- storage and reads
def test_a_new_tracker_keeps_the_default_translations(tmp_path: Path) -> None:
    with Tracker.create(tmp_path / "t.db", user="Ala") as t:
        assert len(codebook_texts(t)) == 37
        assert missing_translations(t) == {lang: [] for lang in TRANSLATION_CODES}
        be = texts(t, "be")
        assert be[("statuses", "full", "label")] == "Выканана" and be[("groups", "EU", "name")] == "ЕС"
        assert texts(t, "lt")[("recommendations", "visa", "title")].startswith("Nediskriminacinė")
        assert translated_from(t) == "en"
        # English stays where exports, scripts and search read it
        assert queries.codebook_view(t).statuses[-1].label == "Implemented"


def test_texts_for_a_language_is_one_query(tracker: Tracker) -> None:
    statements: list[str] = []
    tracker.db.conn.set_trace_callback(statements.append)
    try:
        found = texts(tracker, "uk")
    finally:
        tracker.db.conn.set_trace_callback(None)
    assert len(found) == 37 and len(statements) == 1


def test_missing_translations_name_the_texts_per_language(tracker: Tracker) -> None:
    ops.add_recommendation(tracker, "media", "Media freedom", text="“Free media.”")
    missing = missing_translations(tracker)
    for lang in TRANSLATION_CODES:
        assert missing[lang] == [("recommendations", "media", "title"), ("recommendations", "media", "text")]


def test_an_old_tracker_upgrades_in_place_and_gains_the_default_translations(tmp_path: Path) -> None:
    copy_path = tmp_path / "old.db"
    shutil.copyfile(RELEASE, copy_path)
    conn = sqlite3.connect(copy_path)
    evidence_before = conn.execute("SELECT count(*) FROM evidence").fetchone()[0]
    conn.close()
    with Tracker.open(copy_path, user="Bob") as t:
        assert int(t.db.execute("SELECT count(*) FROM evidence").fetchone()[0]) == evidence_before
        missing = missing_translations(t)
        assert texts(t, "be")[("statuses", "full", "label")] == "Выканана"
        assert all(len(keys) < len(codebook_texts(t)) for keys in missing.values())


# ---------------------------------------------------------------- editing
def test_setting_a_translation_is_one_recorded_undoable_edit(tracker: Tracker) -> None:
    place = ("statuses", "none", "label")
    old = translation(tracker, place, "pl")
    change = cb.set_translation(tracker, *place, "pl", "  Nic nie zrobiono ")
    assert change.codebook and translation(tracker, place, "pl") == "Nic nie zrobiono"
    entry = dict(next(iter(tracker.db.query("SELECT * FROM history ORDER BY rowid DESC LIMIT 1"))))
    assert (entry["operation"], entry["action"], entry["table_name"], entry["row_key"]) == (
        "set_translation", "update", "translations", "statuses/none/label/pl")
    assert json.loads(entry["before"])["text"] == old and json.loads(entry["after"])["text"] == "Nic nie zrobiono"
    assert kind_of("translations", "update", "set_translation") == "codebook"
    assert kind_of("translations", "delete", "set_translation") == "codebook"
    for action in ("insert", "update", "delete"):  # the history's filter computes the same kind in SQL
        sql_kind = tracker.db.execute(f"SELECT {KIND_SQL} FROM (SELECT 'translations' AS table_name, ? AS action,"
                                      " 'set_translation' AS operation) h", [action]).fetchone()[0]
        assert sql_kind == "codebook"
    cb.set_translation(tracker, *place, "pl", old, operation="undo set_translation")  # what undo runs
    assert translation(tracker, place, "pl") == old
    assert cb.set_translation(tracker, *place, "pl", old).is_empty()  # nothing to change, nothing recorded


def test_empty_text_removes_a_translation(tracker: Tracker) -> None:
    cb.set_translation(tracker, "groups", "NATO", "name", "ru", "")
    assert missing_translations(tracker)["ru"] == [("groups", "NATO", "name")]
    action = tracker.db.execute("SELECT action FROM history ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    assert action == "delete"


@pytest.mark.parametrize(("args", "error", "words"), [
    (("statuses", "none", "label", "de", "Nichts"), ValidationError, "not one of them"),
    (("statuses", "none", "label", "en", "Nothing"), ValidationError, "not one of them"),
    (("statuses", "gone", "label", "be", "Нічога"), NotFoundError, "no text statuses/gone/label"),
    (("statuses", "none", "label", "pl", "Wdrożone"), ValidationError, "labelled 'Wdrożone' in Polish"),
    (("statuses", "none", "label", "pl", "x" * 101), ValidationError, "longer than 100"),
])
def test_a_bad_translation_edit_is_refused_and_nothing_is_written(
    tracker: Tracker, args: tuple[str, ...], error: type[Exception], words: str
) -> None:
    before = tracker.db.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(error, match=words):
        cb.set_translation(tracker, *args)
    assert tracker.db.execute("SELECT count(*) FROM history").fetchone()[0] == before


def test_a_translation_of_edited_english_is_out_of_date_until_saved_again(tracker: Tracker) -> None:
    place = ("recommendations", "tps", "title")
    cb.edit_recommendation(tracker, "tps", title="Temporary protection for Belarusians")
    assert outdated_translations(tracker, "be") == {place}
    cb.set_translation(tracker, *place, "be", translation(tracker, place, "be"))  # checked: still right
    assert outdated_translations(tracker, "be") == set()
    assert outdated_translations(tracker, "uk") == {place}


def test_a_renamed_group_keeps_its_translations(tracker: Tracker) -> None:
    ops.rename_group(tracker, "Five Eyes", "Five Eyes alliance")
    assert texts(tracker, "be")[("groups", "Five Eyes alliance", "name")]
    assert ("groups", "Five Eyes alliance", "name") in outdated_translations(tracker, "be")


# ---------------------------------------------------------------- export and init --codebook
def test_export_writes_translations_and_init_codebook_brings_them_back(tracker: Tracker, tmp_path: Path) -> None:
    cb.set_translation(tracker, "statuses", "none", "label", "pl", "Nic")
    cb.set_translation(tracker, "groups", "EU", "name", "lt", "")
    data = codebook_json(tracker)
    assert data["statuses"][2]["label"]["pl"] == "Nic" and data["statuses"][2]["label"]["en"] == "No action"
    assert "lt" not in data["group_names"]["EU"] and data["translations"]["translated_from"] == "en"
    path = tmp_path / "book.json"
    export_codebook(tracker, path)
    with Tracker.create(tmp_path / "copy.db", load_codebook(path), user="Bob") as copy_t:
        for lang in TRANSLATION_CODES:
            assert texts(copy_t, lang) == texts(tracker, lang)
        assert translated_from(copy_t) == "en"


def test_a_custom_codebook_with_named_grades_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "own.json"
    path.write_text(json.dumps(small_book(), ensure_ascii=False), encoding="utf-8")
    with Tracker.create(tmp_path / "own.db", load_codebook(path), user="Ala") as t:
        data = codebook_json(t)
        assert data["grades"][0]["name"] == {"en": "Leading", "pl": "Wiodący"}
        assert data["title"] == small_book()["title"] and data["description"] == "Plain English only."
        assert data["recommendations"][1]["title"] == "Radio"  # no translations: plain text, as written
        assert data["group_names"] == {"Neighbours": {"en": "Neighbours", "be": "Суседзі", "lt": "Kaimynės"}}
        again = parse_codebook(copy.deepcopy(data))
        assert again.translations == parse_codebook(small_book()).translations


def test_export_leaves_out_translations_of_english_edited_since(tracker: Tracker) -> None:
    cb.edit_recommendation(tracker, "visa", guidance="Count consular closures too.")
    visa = next(r for r in codebook_json(tracker)["recommendations"] if r["code"] == "visa")
    assert visa["guidance"] == "Count consular closures too."
    assert visa["title"]["be"]  # the title was not edited: its translations stay


def test_a_codebook_imported_into_a_tracker_brings_its_translations_with_history(blank_tracker: Tracker) -> None:
    from db.codebook_texts import store_codebook_translations

    book = parse_codebook(small_book())
    with blank_tracker.atomic():  # what `codebook import` runs in its one transaction, after the codebook itself
        store_codebook_translations(blank_tracker, book, operation="import_codebook")
    assert translation(blank_tracker, ("statuses", "no", "label"), "be") == "Не"
    keys = {r[0] for r in blank_tracker.db.execute(
        "SELECT row_key FROM history WHERE table_name = 'translations' AND operation = 'import_codebook'")}
    assert "statuses/no/label/be" in keys and "grades/A/name/en" in keys
