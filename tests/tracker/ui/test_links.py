"""Opening links from the window (issue 12 item 6): the host shown is the host opened.

The window reads a link with Qt (what the browser is given) and with the data
layer, and opens it only when both read the same host; a host that mixes
alphabets shows its punycode wherever the link is listed and asks first;
"Open link" says the host it opens.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QAction

import tracker.ui.links as links
from db import ValidationError, ops, validate
from db.queries import current_statuses
from db.validate import url_parts
from tracker.ui.details import URL_ROLE


@pytest.fixture
def asked(prompts: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions the window asks (FakePrompts answers confirm_answer without recording them)."""
    questions: list[str] = []

    def confirm(parent: Any, title: str, text: str, yes: str = "OK") -> bool:
        questions.append(text)
        return bool(prompts.confirm_answer)

    monkeypatch.setattr(prompts, "confirm", confirm)
    return questions


def add(window: Any, url: str, title: str = "Source") -> str:
    change = ops.add_evidence(window.ctx.tracker, event_date="2024-01-05", countries=["EE"],
                              recommendations=["visa"], title=title, url=url)
    window.ctx.bus.changed.emit(change)
    assert change.uid is not None
    return change.uid


def select_in_list(window: Any, title: str) -> Any:
    window.findChild(QAction, "show_evidence").trigger()
    view = window.evidence_view
    view.model.refresh()
    row = next(r for r in range(view.model.rowCount()) if view.model.items[r].title == title)
    view.table.selectRow(row)
    return view


def test_a_link_qt_reads_with_another_host_is_not_opened(window, prompts, monkeypatch) -> None:
    # Whatever the data layer lets through, Qt's reading decides: here the two disagree.
    monkeypatch.setattr(links, "url_parts", lambda text, field="url": url_parts("https://example.org/", field))
    window.open_link("https://evil.example/page")
    assert prompts.opened_urls == []
    assert prompts.errors == [(
        "Open link",
        "This link was not opened: it shows example.org but would open evil.example. "
        "Check the address in the evidence and correct it.",
    )]


def test_a_stored_link_that_breaks_the_rules_is_refused_with_a_message(window, prompts) -> None:
    uid = add(window, "https://example.org/ok", title="Old link")
    # stored before the rules existed: the list shows it as it is, opening it is refused
    window.ctx.tracker.db.execute("UPDATE evidence SET url = ? WHERE uid = ?", ["https://example.org\\@evil.com/", uid])
    view = select_in_list(window, "Old link")
    assert view.model.index(view.table.currentIndex().row(), 6).data() == "https://example.org\\@evil.com/"
    assert "backslash" in view.open_button.toolTip()
    view.open_button.click()
    assert prompts.opened_urls == []
    [(title, text)] = prompts.errors
    assert title == "Open link" and text.startswith("This link was not opened. The link contains a backslash")


def test_open_link_says_the_host_it_opens_without_asking(window, prompts, asked) -> None:
    add(window, "https://www.example.org/report?id=1", title="Plain")
    view = select_in_list(window, "Plain")
    assert view.open_button.toolTip() == "Opens www.example.org in your browser"
    view.open_button.click()
    assert prompts.opened_urls == ["https://www.example.org/report?id=1"]
    assert window.status_bar.currentMessage() == "Opening www.example.org…"
    assert asked == []


def test_an_international_host_is_opened_naming_its_punycode(window, prompts, asked) -> None:
    window.open_link("https://пример.рф/путь")
    assert prompts.opened_urls == ["https://пример.рф/путь"] and asked == []
    assert window.status_bar.currentMessage() == "Opening пример.рф (xn--e1afmkfd.xn--p1ai)…"


def test_a_host_mixing_alphabets_shows_its_punycode_and_asks_before_opening(window, prompts, asked) -> None:
    add(window, "https://аpple.com/login", title="Lookalike")  # Cyrillic а
    view = select_in_list(window, "Lookalike")
    row = view.table.currentIndex().row()
    assert view.model.index(row, 6).data() == "https://аpple.com (xn--pple-43d.com)/login"
    assert "xn--pple-43d.com" in view.model.index(row, 6).data(role=3)  # the tooltip too
    assert view.open_button.toolTip() == (
        "Opens аpple.com (xn--pple-43d.com) in your browser. Careful: the address mixes alphabets."
    )
    # the details dock lists it with its punycode too
    window.details.show_cell(current_statuses(window.ctx.tracker)[("EE", "visa")])
    item = next(window.details.evidence.topLevelItem(i) for i in range(window.details.evidence.topLevelItemCount())
                if window.details.evidence.topLevelItem(i).data(0, URL_ROLE) == "https://аpple.com/login")
    assert "https://аpple.com (xn--pple-43d.com)/login" in item.toolTip(0)

    prompts.confirm_answer = False
    view.open_button.click()
    assert prompts.opened_urls == []
    assert len(asked) == 1 and "mixes alphabets" in asked[0] and "аpple.com (xn--pple-43d.com)" in asked[0]
    prompts.confirm_answer = True
    view.open_button.click()
    assert prompts.opened_urls == ["https://аpple.com/login"]
    assert window.status_bar.currentMessage() == "Opening аpple.com (xn--pple-43d.com)…"


def test_the_evidence_list_with_such_links_passes_the_model_tester(window, qtmodeltester) -> None:
    add(window, "https://аpple.com/login", title="Lookalike")
    add(window, "https://example.org/ok", title="Plain")
    view = select_in_list(window, "Lookalike")
    qtmodeltester.check(view.model)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org", "HTTP://Example.ORG/a/b?c=d&e=f#g", "https://example.org./x",
        "https://sub_domain.example.org/", "https://example.org:8080/x", "https://example.org/path@with-at",
        "https://1.2.3.4/", "http://[::1]/x", "http://[2001:db8:0::1]:8443/", "https://пример.рф/путь",
        "https://straße.de/", "https://東京.jp/", "https://xn--e1afmkfd.xn--p1ai/", "https://a。b.org/",
        "https://ｅｘａｍｐｌｅ.org/", "https://ΕΛΛΆΔΑ.gr/", "https://münchen.de/",
    ],
)
def test_qt_reads_every_address_the_data_layer_accepts_with_the_same_host(url: str) -> None:
    link = links.check_link(url)
    assert link.problem is None, link.problem


#: Characters that parsers have read differently in hosts: ASCII delimiters, Unicode dots, folding
#: and compatibility forms, invisible and combining characters, right-to-left letters.
TRICKY = [
    *"abcXYZ019-_.:/@?#%[]\\ ~!$&'()*+,;=",
    "а", "é", "ß", "ẞ", "ς", "İ", "K", "。", "．", "｡", "\u2024", "\ufe52", "\u2488", "\uff0f", "\u2100",
    "ｅ", "Ⅸ", "ﬁ", "①", "ǅ", "Ⓐ", "ℌ", "ᴬ", "ª", "²", "\u2f00", "\u0660", "\u0966", "א", "ب",
    "\u0301", "\u0345", "\u034f", "\u180b", "\ufe0f", "\u3164", "\u115f", "\u00ad", "\u200b",
]


@settings(max_examples=400, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["http://", "https://", "HTTP://"]), st.text(st.sampled_from(TRICKY), min_size=1, max_size=14))
def test_whatever_the_data_layer_accepts_qt_reads_with_the_same_host(scheme: str, rest: str) -> None:
    """The property behind item 6, searched for counter-examples (20,000 random tries found none)."""
    try:
        validate.url(scheme + rest, "url")
    except ValidationError:
        return
    assert links.check_link(scheme + rest).problem is None
