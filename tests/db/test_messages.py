"""The data layer's sentences: English as before, translatable by the window (db.messages)."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from db import ValidationError, validate
from db.connection import BUSY_MESSAGE
from db.messages import Message, message_in, message_of, translate
from db.places import DISK_FULL
from db.review import SELF_APPROVAL
from db.search import SEARCH_INDEX_DAMAGED

ROOT = Path(__file__).resolve().parents[2]

#: A translator as the window's would answer, for the texts these tests use.
BELARUSIAN = {
    ("DataValidation", "The {name} is required."): "Поле «{name}» абавязковае.",
    ("DataValidation", "{text!r} is not a web address: the {name} must start with http:// or https://."):
        "{text!r} — не вэб-адрас: поле «{name}» павінна пачынацца з http:// або https://.",
    ("DataField", "archive url"): "адрас у архіве",
    ("DataField", "title"): "загаловак",
    ("T", "Saved {count:,} rows of {what}."): "Захавана радкоў: {count:,} ({what}).",
    ("T", "files"): "файлаў",
}


def belarusian(context: str, text: str) -> str:
    return BELARUSIAN.get((context, text), text)


def test_a_message_is_its_english_text_everywhere() -> None:
    message = translate("T", "Saved {count:,} rows of {what}.").format(count=12345, what="files")
    assert message == "Saved 12,345 rows of files."
    assert str(message) == "Saved 12,345 rows of files." and isinstance(message, str)
    assert f"{message}" == "Saved 12,345 rows of files."
    assert (message.context, message.template) == ("T", "Saved {count:,} rows of {what}.")
    assert message.params == {"count": 12345, "what": "files"}


def test_params_can_be_given_in_steps() -> None:
    half = translate("T", "Saved {count:,} rows of {what}.").format(what="files")
    assert half == "Saved {count:,} rows of {what}."  # not yet complete: the template as written
    assert half.format(count=2) == "Saved 2 rows of files."


def test_message_in_translates_the_template_then_fills_it() -> None:
    message = translate("T", "Saved {count:,} rows of {what}.").format(count=5, what=translate("T", "files"))
    assert message == "Saved 5 rows of files."
    assert message_in(message, belarusian) == "Захавана радкоў: 5 (файлаў)."  # the nested word too


def test_plain_text_and_untranslated_messages_come_back_as_they_are() -> None:
    assert message_in("just text", belarusian) == "just text"
    assert message_in(translate("T", "No translation {x}.").format(x=1), belarusian) == "No translation 1."


def test_a_translation_with_wrong_fields_falls_back_to_english() -> None:
    message = translate("T", "Hello {name}.").format(name="Ala")
    assert message_in(message, lambda c, t: "Прывітанне, {imia}.") == "Hello Ala."


def test_an_error_keeps_its_message_and_says_english() -> None:
    with pytest.raises(ValidationError) as caught:
        validate.text("  ", "title", required=True)
    exc = caught.value
    assert str(exc) == "The title is required." and exc.message == "The title is required."
    assert isinstance(exc.message, Message) and isinstance(message_of(exc), Message)
    assert message_in(message_of(exc), belarusian) == "Поле «загаловак» абавязковае."


def test_a_field_name_is_translated_inside_the_sentence() -> None:
    with pytest.raises(ValidationError) as caught:
        validate.url("ftp://archive.org/x", "archive_url")
    assert caught.value.message == (
        "'ftp://archive.org/x' is not a web address: the archive url must start with http:// or https://."
    )
    assert message_in(caught.value.message, belarusian) == (
        "'ftp://archive.org/x' — не вэб-адрас: поле «адрас у архіве» павінна пачынацца з http:// або https://."
    )


def test_an_unknown_field_is_named_as_before() -> None:
    with pytest.raises(ValidationError) as caught:
        validate.text(None, "my_column", required=True)
    assert caught.value.message == "The my column is required."


def test_message_of_a_plain_error_is_its_text() -> None:
    assert message_of(ValueError("plain")) == "plain"


def test_a_message_survives_pickling() -> None:
    """Messages cross process boundaries pickled (a worker's result or error): they stay translatable."""
    message = translate("T", "Saved {count:,} rows of {what}.").format(count=3, what=translate("T", "files"))
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again, Message) and again == message
    assert message_in(again, belarusian) == "Захавана радкоў: 3 (файлаў)."


def _lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if not found:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def test_lupdate_collects_the_data_layers_sentences(tmp_path: Path) -> None:
    """Qt's own extractor reads ``translate(context, text)`` in db/ files: context and text exactly as the code has."""
    ts = tmp_path / "db.ts"
    files = ["db/validate.py", "db/review.py", "db/places.py", "db/connection.py", "db/search.py"]
    subprocess.run([_lupdate(), *files, "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    for message in (SELF_APPROVAL, BUSY_MESSAGE, SEARCH_INDEX_DAMAGED, DISK_FULL, *validate.FIELD_NAMES.values()):
        assert (message.context, message.template) in found
    # A sentence written over several lines, with a backslash, is collected whole.
    assert ("DataValidation", "The {name} contains a backslash (\\): browsers read it as /, so the link could open "
            "another site than the one it shows. Write / instead.") in found
