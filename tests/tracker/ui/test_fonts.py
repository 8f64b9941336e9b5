"""The bundled font draws every language's letters, also in PDFs on a machine with no fonts of its own."""

from __future__ import annotations

import fnmatch
import io
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QApplication

from db.country_names import country_names
from db.i18n import LANGUAGE_CODES, LANGUAGES, merged_default_codebook, translatable_texts, translations
from tracker.style import FONT_FAMILY
from tracker.ui.fonts import FONT_FILES, bundled_font_paths, missing_glyphs, register_bundled_fonts

ROOT = Path(__file__).resolve().parents[3]

#: Each language's alphabet, small and capital, as its readers expect to see it.
ALPHABETS = {
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя’",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя’",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "pl": "aąbcćdeęfghijklłmnńoóprsśtuwyzźż",
    "lt": "aąbcčdeęėfghiįyjklmnoprsštuųūvzž",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
PUNCTUATION = "«»„“”’—–…№"


def every_letter_we_show() -> str:
    letters = "".join(ALPHABETS.values()) + PUNCTUATION
    letters += letters.upper()
    letters += "".join(LANGUAGES[code].native_name for code in LANGUAGE_CODES)
    for text in translatable_texts(merged_default_codebook()):
        letters += "".join(translations(text.value).values())
    for code in LANGUAGE_CODES:
        letters += "".join(country_names(code).values())
    return "".join(dict.fromkeys(letters))


def test_the_fonts_and_their_licence_are_shipped_with_the_package() -> None:
    folder = ROOT / "resources" / "fonts"
    assert [p.name for p in bundled_font_paths()] == list(FONT_FILES)
    assert all(p.is_file() and p.stat().st_size > 100_000 for p in bundled_font_paths())
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence and "DejaVu changes are in public domain" in licence
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["resources"]
    shipped = [name for name in os.listdir(folder) if any(fnmatch.fnmatch(f"fonts/{name}", p) for p in patterns)]
    assert sorted(shipped) == sorted([*FONT_FILES, "LICENSE-DejaVu.txt", "README.md"])


def test_registering_gives_the_report_font_once(qapp: QApplication) -> None:
    assert register_bundled_fonts() == (FONT_FAMILY,)
    assert register_bundled_fonts() == (FONT_FAMILY,)  # a second call adds nothing


@pytest.mark.parametrize("bold", [False, True])
def test_the_report_font_has_every_letter_of_every_language(qapp: QApplication, bold: bool) -> None:
    register_bundled_fonts()
    assert missing_glyphs(every_letter_we_show(), bold=bold) == ""


#: Painted in a child process whose fontconfig knows no fonts at all, like a bare machine.
CHILD = """
import io, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] == "register":
    from tracker.ui.fonts import register_bundled_fonts
    register_bundled_fonts()
from tracker.ui.fonts import missing_glyphs
from tracker.ui.pdf import render_pdf_bytes
html = "<h1>{title}</h1><p><b>{bold}</b> <i>{italic}</i></p><p>{text}</p>"
sys.stderr.write(missing_glyphs("{title}{text}"))
sys.stdout.buffer.write(render_pdf_bytes(html))
"""
SAMPLES = {
    "title": "Беларусь: рэкамендацыі для палітыкі Захаду",
    "bold": "Выканана",
    "italic": "Įgyvendinta",
    "text": "Šengeno erdvė, Białoruś, Білорусь, їжак, Ґанок, ёж.",
}


def painted_pdf(tmp_path: Path, register: bool) -> tuple[pypdf.PdfReader, str]:
    """The PDF the child painted, and the letters its font lacked."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "*=false"}
    code = CHILD.replace("{title}", SAMPLES["title"]).replace("{bold}", SAMPLES["bold"])
    code = code.replace("{italic}", SAMPLES["italic"]).replace("{text}", SAMPLES["text"])
    out = subprocess.run([sys.executable, "-c", code, "register" if register else "system"],
                         cwd=ROOT, env=env, capture_output=True, check=True)
    return pypdf.PdfReader(io.BytesIO(out.stdout)), out.stderr.decode()


def embedded_fonts(reader: pypdf.PdfReader) -> set[str]:
    resources = reader.pages[0]["/Resources"].get_object()
    assert isinstance(resources, pypdf.generic.DictionaryObject)
    fonts = resources["/Font"].get_object() if "/Font" in resources else pypdf.generic.DictionaryObject()
    assert isinstance(fonts, pypdf.generic.DictionaryObject)
    return {str(font.get_object()["/BaseFont"]) for font in fonts.values()}


@pytest.mark.slow
def test_a_bare_machine_paints_pdfs_in_every_language_with_the_bundled_font(tmp_path: Path) -> None:
    reader, missing = painted_pdf(tmp_path, register=True)
    assert missing == ""
    assert embedded_fonts(reader) == {"/DejaVuSans", "/DejaVuSans-Bold"}
    text = " ".join(reader.pages[0].extract_text().split())
    for sample in SAMPLES.values():
        assert sample in text


@pytest.mark.slow
def test_without_the_bundled_font_a_bare_machine_paints_no_text(tmp_path: Path) -> None:
    """Why the fonts are bundled: with no font available, Qt writes a PDF without any text."""
    reader, missing = painted_pdf(tmp_path, register=False)
    assert "Б" in missing and "ė" in missing  # missing_glyphs() sees it too
    assert embedded_fonts(reader) == set()
    assert SAMPLES["title"] not in reader.pages[0].extract_text()
