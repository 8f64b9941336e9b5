"""The toolbar keeps every control on screen: its buttons give up their words before anything goes behind »."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from .conftest import save_shot

WORDED = ("new_evidence", "set_status", "export")


def extension(window: Any) -> QToolButton:
    found = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert found is not None
    return found


def styles(window: Any) -> dict[str, Qt.ToolButtonStyle]:
    """Each worded button's style: words beside the icon, or the icon only."""
    out = {}
    for name in WORDED:
        button = window.toolbar.widgetForAction(window.actions_by_name[name])
        assert isinstance(button, QToolButton)
        out[name] = button.toolButtonStyle()
    return out


WORDS, ICON = Qt.ToolButtonStyle.ToolButtonTextBesideIcon, Qt.ToolButtonStyle.ToolButtonIconOnly


def test_russian_at_1280_keeps_export_on_screen_by_showing_its_icon_only(
    qtbot: Any, window_in_language: Any, tmp_path: Path
) -> None:
    window = window_in_language("ru")
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not extension(window).isVisible() and styles(window)["export"] == ICON)
    save_shot(window, "toolbar_ru_1280", tmp_path)
    assert styles(window) == {"new_evidence": WORDS, "set_status": WORDS, "export": ICON}  # only what it must
    export = window.toolbar.widgetForAction(window.actions_by_name["export"])
    assert export.isVisible() and export.geometry().right() <= window.toolbar.width()
    # Its words stay where a pointer and a screen reader find them.
    assert "Экспорт" in (export.toolTip() or window.actions_by_name["export"].toolTip())
    assert "Экспорт" in window.actions_by_name["export"].text()


def test_narrowing_the_window_drops_words_and_widening_brings_them_back(qtbot: Any, window: Any) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: styles(window) == dict.fromkeys(WORDED, WORDS))
    window.resize(1000, 800)
    qtbot.waitUntil(lambda: not extension(window).isVisible() and ICON in styles(window).values())
    assert styles(window)["new_evidence"] == WORDS  # the first action keeps its words longest
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: styles(window) == dict.fromkeys(WORDED, WORDS))
    assert not extension(window).isVisible()


def test_at_every_width_the_toolbar_settles_and_nothing_hides_while_a_button_still_has_words(
    qtbot: Any, window: Any
) -> None:
    """Each width comes to rest (no button going back and forth), and » appears only once every button shows
    its icon alone."""
    from tracker.ui.actions import ToolbarFit

    fit = window.toolbar.findChild(ToolbarFit)
    assert fit is not None
    def settled(width: int) -> bool:
        at_rest = not fit._later.isActive() and window.width() == window.toolbar.width() == width
        return at_rest and (not extension(window).isVisible() or set(styles(window).values()) == {ICON})

    narrowest = max(980, window.minimumSizeHint().width())
    for width in (*range(narrowest, 1700, 40), *range(1660, narrowest, -40)):
        window.resize(width, 800)
        qtbot.waitUntil(lambda width=width: settled(width), timeout=3000)
