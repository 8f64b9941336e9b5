"""The headless catalogue (db.catalogue) answers exactly as Qt's QTranslator does, from the same .ts files.

Reports are written without Qt, in the interface's words: if the catalogue picked another plural form
than Qt, or missed a translation Qt shows, a report would say something the window does not.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from db import catalogue
from db.catalogue import Texts, arg, format_decimal, format_number, messages, numerus_form, sort_key, texts_for
from db.i18n import TRANSLATION_CODES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
COUNTS = (0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1234, 12345)
#: The modules whose texts the catalogue serves (everything that calls texts_for).
CATALOGUE_USERS = ("tracker/reports.py", "tracker/report_model.py", "tracker/ui/pdf.py", "tracker/ui/matrix_image.py")


def qt_translator(code: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"policy_tracker_{code}.qm"))
    return translator


def ts_numerus_messages(code: str) -> list[tuple[str, str, str]]:
    root = ET.parse(TRANSLATIONS / f"policy_tracker_{code}.ts").getroot()
    return [
        (context.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for context in root.iter("context") for m in context.iter("message") if m.get("numerus") == "yes"
    ]


@pytest.mark.parametrize("code", TRANSLATION_CODES)
def test_every_message_reads_as_qt_reads_it(qapp: Any, code: str) -> None:
    """Plain messages: the same text; counts: the same numerus form for every number Qt is asked about."""
    translator = qt_translator(code)
    found = messages(code)
    assert len(found) > 100
    plain = numerus = 0
    for (context, source, comment), message in found.items():
        if message.numerus:
            numerus += 1
            for n in COUNTS:
                assert numerus_form(message, n, code) == translator.translate(context, source, comment or None, n), (
                    f"{code}: {context}: {source!r} for {n}")
        else:
            plain += 1
            assert message.forms[0] == translator.translate(context, source, comment or None), (
                f"{code}: {context}: {source!r}")
    assert plain > 50 and numerus > 5


@pytest.mark.parametrize("code", ["be", "ru", "uk", "lt", "pl"])
def test_counts_in_a_sentence_match_qt_and_read_right(qapp: Any, code: str) -> None:
    """1, 2, 5, 21 (and thousands) through ``tr``, as ``QCoreApplication.translate`` writes them with the
    language installed: the number written the language's way (%Ln) in the right form."""
    translator = qt_translator(code)
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(code))
    try:
        Reports = texts_for(code, "Reports")  # noqa: N806
        for n in (1, 2, 5, 21, 1234, 12345):
            qt = QCoreApplication.translate("Reports", "%Ln countries tracked", "%Ln country tracked", n)
            assert Reports.tr("%Ln countries tracked", "%Ln country tracked", n) == qt
    finally:
        QLocale.setDefault(before)
        QCoreApplication.removeTranslator(translator)
    forms = {n: texts_for(code, "Reports").tr("%Ln recommendations", "%Ln recommendation", n) for n in (1, 2, 5, 21)}
    expected = {
        "be": ("1 рэкамендацыя", "2 рэкамендацыі", "5 рэкамендацый", "21 рэкамендацыя"),
        "ru": ("1 рекомендация", "2 рекомендации", "5 рекомендаций", "21 рекомендация"),
        "uk": ("1 рекомендація", "2 рекомендації", "5 рекомендацій", "21 рекомендація"),
        "lt": ("1 rekomendacija", "2 rekomendacijos", "5 rekomendacijos", "21 rekomendacija"),  # 2–9: few
        "pl": ("1 rekomendacja", "2 rekomendacje", "5 rekomendacji", "21 rekomendacji"),
    }[code]
    assert tuple(forms.values()) == expected
    if code == "lt":  # the teens and tens take the genitive plural
        assert texts_for(code, "Reports").tr("%Ln recommendations", "%Ln recommendation", 10) == "10 rekomendacijų"


def test_numbers_are_written_as_qlocale_writes_them(qapp: Any) -> None:
    for code in ("en", *TRANSLATION_CODES):
        locale = QLocale(code)
        for n in (5, 999, 1234, 12345, 1234567):
            assert format_number(n, code) == locale.toString(n), (code, n)
        assert format_decimal(62.5, code) == locale.toString(62.5, "f", 1)


def test_english_is_the_source_and_chooses_its_own_singular() -> None:
    Reports = texts_for("en", "Reports")  # noqa: N806
    assert Reports.tr("Score") == "Score"
    assert Reports.tr("%Ln countries tracked", "%Ln country tracked", 1) == "1 country tracked"
    assert Reports.tr("%Ln countries tracked", "%Ln country tracked", 2) == "2 countries tracked"
    assert Reports.tr("%Ln countries tracked", "%Ln country tracked", 1234) == "1,234 countries tracked"
    assert messages("en") == {}


def test_a_missing_translation_falls_back_to_english() -> None:
    be = texts_for("be", "Reports")
    assert be.tr("Score") == "Бал"
    assert be.tr("A sentence nobody wrapped") == "A sentence nobody wrapped"
    assert texts_for("be", "NoSuchContext").tr("Score") == "Score"
    assert be.tr("%Ln nothings", "%Ln nothing", 1) == "1 nothing"  # English's singular, not a Belarusian form
    assert be.tr("%Ln nothings", "%Ln nothing", 5) == "5 nothings"
    assert texts_for("xx", "Reports").tr("Score") == "Score"  # an unknown language is English


def test_unfinished_and_empty_translations_are_left_out() -> None:
    text = """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="be_BY">
    <context><name>C</name>
      <message><source>Done</source><translation>Гатова</translation></message>
      <message><source>Half</source><translation type="unfinished">Напалову</translation></message>
      <message><source>Empty</source><translation></translation></message>
      <message numerus="yes"><source>%n x</source><translation><numerusform>%n a</numerusform>
        <numerusform></numerusform><numerusform>%n c</numerusform></translation></message>
    </context></TS>"""
    assert set(catalogue.parse_ts(text)) == {("C", "Done", "")}


def test_arg_replaces_placeholders_at_once() -> None:
    assert arg("%1 of %2", 3, 5) == "3 of 5"
    assert arg("%2 — %1", "a", "b") == "b — a"
    assert arg("%1", "%2", "x") == "%2"  # a value holding a placeholder is left as it is
    assert arg("100%", 1) == "100%"


def test_names_sort_in_each_languages_alphabet() -> None:
    assert sorted(["Японія", "Ірландыя", "Аўстрыя", "Злучаныя Штаты"], key=lambda s: sort_key(s, "be")) == [
        "Аўстрыя", "Злучаныя Штаты", "Ірландыя", "Японія"]
    assert sorted(["Łotwa", "Litwa", "Zambia", "Malta"], key=lambda s: sort_key(s, "pl")) == [
        "Litwa", "Łotwa", "Malta", "Zambia"]
    assert sorted(["Čekija", "Danija", "Airija"], key=lambda s: sort_key(s, "lt")) == ["Airija", "Čekija", "Danija"]


def _texts_for_assignments(path: Path) -> list[tuple[str, str, int]]:
    """(variable, context, line) of every ``X = texts_for(lang, "Context")`` in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "texts_for" and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            context = node.value.args[1]
            assert isinstance(context, ast.Constant), f"{path}:{node.lineno}: the context must be a literal"
            found.append((node.targets[0].id, str(context.value), node.lineno))
    return found


@pytest.mark.parametrize("module", CATALOGUE_USERS)
def test_each_texts_object_is_named_as_its_context(module: str) -> None:
    """lupdate files ``X.tr("...")`` under the context "X": the name must be the context looked up at run time."""
    found = _texts_for_assignments(ROOT / module)
    assert found
    for name, context, line in found:
        assert name == context, f"{module}:{line}: {name} = texts_for(..., {context!r})"


@pytest.mark.slow
def test_lupdate_files_each_text_under_the_context_and_numerus_used_at_run_time(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    target = tmp_path / "x_be.ts"
    subprocess.run([str(lupdate), *CATALOGUE_USERS, "-no-obsolete", "-locations", "none", "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True)
    root = ET.parse(target).getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    assert contexts == {context for m in CATALOGUE_USERS for _, context, _ in _texts_for_assignments(ROOT / m)}
    numerus = {(c.findtext("name"), m.findtext("source"), m.findtext("comment") or "")
               for c in root.iter("context") for m in c.iter("message") if m.get("numerus") == "yes"}
    assert ("Reports", "%Ln countries tracked", "%Ln country tracked") in numerus
    assert ("Methodology", "Every score is given with its coverage: how many of the %Ln recommendations are "
            "assessed.", "Every score is given with its coverage: whether its %Ln recommendation is assessed.") \
        in numerus


def test_texts_object_is_cheap_and_reads_each_file_once() -> None:
    messages.cache_clear()
    for _ in range(3):
        Texts("uk", "Reports").tr("Score")
    assert messages.cache_info().misses == 1


def _can_build_wheels() -> bool:
    import importlib.metadata
    import importlib.util

    if importlib.util.find_spec("wheel") is not None:
        return True
    major, minor = (int(p) for p in importlib.metadata.version("setuptools").split(".")[:2])
    return (major, minor) >= (70, 1)


@pytest.mark.slow
def test_the_catalogue_reads_the_ts_files_from_an_installed_wheel(tmp_path: Path) -> None:
    """The .ts files are package data: a wheel holds them, and the catalogue finds them when installed."""
    if not _can_build_wheels():
        pytest.skip("building a wheel needs setuptools >= 70.1 or the wheel package")
    source = tmp_path / "src"
    for name in ("db", "tracker", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(wheels), str(source)], check=True, capture_output=True, timeout=300)
    wheel = next(wheels.glob("policy_tracker-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"resources/translations/policy_tracker_{code}.ts" for code in TRANSLATION_CODES} <= set(names)
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    script = ("import db.catalogue as c, db; print(db.__file__); "
              "print(c.texts_for('be', 'Reports').tr('%Ln countries tracked', '%Ln country tracked', 21))")
    out = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {script}"],
                         cwd=tmp_path, capture_output=True, text=True, check=True, timeout=120).stdout.splitlines()
    assert out[0].startswith(str(site))  # the installed copy, not the source tree
    assert out[1] == "Назіраецца 21 краіна"
