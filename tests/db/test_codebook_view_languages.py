"""codebook_view(t, language): the codebook's texts in a language, English where a translation is missing,
the English original always at hand (a report quotes the source's own words beside their translation)."""

from __future__ import annotations

import pytest

from db import Tracker, ops
from db.codebook_texts import translation
from db.i18n import LANGUAGE_CODES
from db.queries import codebook_view, current_statuses


def test_an_english_view_is_the_stored_codebook(tracker: Tracker) -> None:
    book = codebook_view(tracker)
    assert book.language == "en" and book.english is None and book.in_english() is book
    assert book == codebook_view(tracker, "en")
    assert book.status("none").label == "No action"
    assert book.group_name("Baltic states") == "Baltic states"


@pytest.mark.parametrize("code", [c for c in LANGUAGE_CODES if c != "en"])
def test_every_text_comes_in_the_language(tracker: Tracker, code: str) -> None:
    english, book = codebook_view(tracker), codebook_view(tracker, code)
    assert book.language == code and book.english == english
    assert book.title == translation(tracker, ("meta", "title", "value"), code) != english.title
    for mine, theirs in zip(book.statuses, english.statuses, strict=True):
        assert (mine.code, mine.score, mine.color) == (theirs.code, theirs.score, theirs.color)
        assert mine.label == translation(tracker, ("statuses", mine.code, "label"), code) != theirs.label
        assert mine.description != theirs.description
    for rec, english_rec in zip(book.recommendations, english.recommendations, strict=True):
        assert rec.code == english_rec.code and rec.weight == english_rec.weight
        assert rec.title != english_rec.title and rec.guidance != english_rec.guidance
        assert rec.text != english_rec.text
        assert book.original(rec).text == english_rec.text  # the source's own words, in English
    assert book.group_names["Baltic states"] != "Baltic states"
    assert set(book.groups) == set(english.groups)  # group keys stay what --group takes


def test_country_names_come_from_iso_and_sort_in_the_alphabet(tracker: Tracker) -> None:
    book = codebook_view(tracker, "be")
    names = {c.code: c.name for c in book.countries}
    assert names["LT"] == "Літва" and names["EE"] == "Эстонія" and names["PL"] == "Польшча"
    shown = [c.name for c in book.countries]
    assert shown.index("Ірландыя") < shown.index("Эстонія") < shown.index("Японія")  # і after з, not after я
    assert {c.code for c in book.countries} == {c.code for c in codebook_view(tracker).countries}


def test_a_missing_translation_falls_back_to_english(tracker: Tracker) -> None:
    ops.edit_recommendation(tracker, "visa", title="Visas for Belarusians, reworded")
    book = codebook_view(tracker, "uk")
    visa = next(r for r in book.recommendations if r.code == "visa")
    # the reworded title's old translation is kept (shown as out of date in the editor) ...
    assert visa.title != "Visas for Belarusians, reworded"
    ops.edit_recommendation(tracker, "visa", text="Entirely new words.")
    tracker.db.execute("DELETE FROM translations WHERE table_name = 'recommendations' AND row_key = 'visa'"
                       " AND field = 'text' AND language = 'uk'")
    visa = next(r for r in codebook_view(tracker, "uk").recommendations if r.code == "visa")
    assert visa.text == "Entirely new words."  # ... and a text with none stays English


def test_a_renamed_country_keeps_its_own_name(tracker: Tracker) -> None:
    tracker.db.execute("UPDATE countries SET name = 'Czech Republic (as we say)' WHERE code = 'CZ'")
    names = {c.code: c.name for c in codebook_view(tracker, "pl").countries}
    assert names["CZ"] == "Czech Republic (as we say)" and names["SK"] == "Słowacja"


def test_cells_take_their_labels_from_the_view(tracker: Tracker) -> None:
    ops.set_status(tracker, "PL", "visa", "full", effective_date="2024-01-15", rationale="Issued again.")
    cells = current_statuses(tracker, None, book=codebook_view(tracker, "ru"))
    assert cells[("PL", "visa")].status_label == codebook_view(tracker, "ru").status("full").label != "Implemented"


def test_an_unknown_language_is_refused(tracker: Tracker) -> None:
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        codebook_view(tracker, "xx")
