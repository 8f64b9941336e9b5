"""Toolbar icons are drawn at the size shown, in the palette's colour, and greyed when disabled."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from tracker.ui.icons import action_icon


def _darkest(image_icon: QIcon, size: int, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    image = image_icon.pixmap(QSize(size, size), mode).toImage()
    best = QColor(255, 255, 255, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (c.alpha() > 200 and c.lightness() < best.lightness()) or (best.alpha() == 0 and c.alpha() > 200):
                best = c
    return best


def test_an_icon_is_drawn_sharp_at_every_size_asked_in_the_colour_given(qapp) -> None:
    icon = action_icon("matrix", "#c00000")
    assert not icon.isNull()
    for size in (16, 24, 48):
        pixmap = icon.pixmap(QSize(size, size))
        assert pixmap.width() == size and pixmap.height() == size
        color = _darkest(icon, size)
        assert color.alpha() > 200 and color.red() > 150 and color.green() < 60  # drawn, in red
    assert action_icon("matrix", "#c00000") is icon  # made once per name and colour


def test_a_disabled_icon_is_greyed(qapp) -> None:
    icon = action_icon("evidence", "#c00000")
    normal, disabled = _darkest(icon, 24), _darkest(icon, 24, QIcon.Mode.Disabled)
    assert normal.red() - normal.green() > 100
    assert abs(disabled.red() - disabled.green()) < abs(normal.red() - normal.green())


def test_an_unknown_icon_is_empty(qapp) -> None:
    assert action_icon("no-such-icon", "#000000").isNull()


def test_without_a_cache_folder_icons_are_still_drawn(qapp, monkeypatch) -> None:
    from tracker.ui import icons

    def no_folder() -> None:
        raise PermissionError("read-only home")

    monkeypatch.setattr(icons, "_cache_folder", no_folder)
    icon = action_icon("scorecards", "#00a000")  # a colour no other test asks for: not cached yet
    assert not icon.isNull()
    color = _darkest(icon, 24)
    assert color.alpha() > 200 and color.green() > 120 and color.red() < 60
