"""The rules of db/validate.py applied to an import file's cells (``cell=True``): same rules, the import's messages."""

from __future__ import annotations

import pytest

from db import ValidationError, validate


def message(fn, *args, **kw) -> str:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kw)
    return info.value.message


def test_a_date_cell_may_be_compact_and_says_what_is_wrong():
    assert validate.date(" 20240105 ", "date", cell=True) == "2024-01-05"
    assert validate.date("2024-01-05", "event_date", cell=True) == "2024-01-05"
    assert validate.date("", "accessed_on", required=False, cell=True) is None
    assert message(validate.date, "", "date", cell=True) == "The date is required (YYYY-MM-DD or YYYYMMDD)."
    assert (
        message(validate.date, "5 Jan", "date", cell=True)
        == "'5 Jan' is not a date: write it as YYYY-MM-DD or YYYYMMDD."
    )
    assert message(validate.date, "2023-02-30", "date", cell=True) == "'2023-02-30' is not a real calendar date."
    # the app's forms keep their own wording, and no compact form
    assert (
        message(validate.date, "20240105", "event_date")
        == "'20240105' is not a date in the form YYYY-MM-DD (event_date)."
    )


def test_a_text_cell_names_the_column_and_the_length_found():
    assert validate.text("  Title  ", "Title", max_length=10, cell=True) == "Title"
    assert validate.text("   ", "Title", cell=True) is None
    assert (
        message(validate.text, "x" * 11, "Title", max_length=10, cell=True)
        == "The Title is longer than 10 characters (11)."
    )
    assert "zero byte" in message(validate.text, "a\x00b", "notes", cell=True)
    assert message(validate.text, "x" * 11, "title", max_length=10) == "The title is longer than 10 characters."


@pytest.mark.parametrize(
    "value", ["https://example.org/a", "HTTP://Example.org", "https://пример.рф/путь", "http://[::1]/x"]
)
def test_url_cells_accept_what_the_forms_accept(value: str):
    assert validate.url(value, "url", cell=True) == value == validate.url(value, "url")


def test_url_cells_refuse_damaged_or_malformed_addresses_with_their_own_message():
    assert message(validate.url, "ftp://x.org", "url", cell=True) == message(validate.url, "ftp://x.org", "url")
    assert message(validate.url, "https://a\x00b.org", "Link", cell=True) == "The Link contains a NUL character."
    assert (
        message(validate.url, "https://a.org/" + "x" * 10_000, "url", cell=True)
        == "The url is longer than 10,000 characters."
    )
    assert "is not a valid web address" in message(validate.url, "http://[abc/x", "url", cell=True)


def test_a_choice_is_case_insensitive_and_trimmed():
    assert validate.choice(" Media ", "source_kind", validate.SOURCE_KINDS) == "media"
    assert validate.choice("", "source_kind", validate.SOURCE_KINDS) is None
    assert "not a valid confidence" in message(validate.choice, "sure", "confidence", validate.CONFIDENCES)


def test_a_title_from_notes_is_their_first_line_cut_to_80_characters():
    assert validate.title_from_notes(None) is None
    assert validate.title_from_notes("  First line\nsecond") == "First line"
    long = validate.title_from_notes("word " * 40)
    assert long is not None and len(long) == 80 and long.endswith("…")
