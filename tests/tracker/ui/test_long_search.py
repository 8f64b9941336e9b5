"""A very long search never holds the window (issue 12 item 11).

20,000 pasted words took 5 s of CPU on the GUI thread (every word's terms
looked up and ANDed).  Only the first db.search.MAX_SEARCH_WORDS (32) words
are looked for, and the evidence list's count says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction

from db import ops
from db.search import MAX_SEARCH_WORDS, EvidenceFilter, fts_query, match_query, search_evidence, search_words

PASTED = " ".join(f"word{i}" for i in range(20_000))
FIRST_32 = " ".join(f"word{i}" for i in range(32))


def test_only_the_first_32_words_are_searched(tracker: Any) -> None:
    assert MAX_SEARCH_WORDS == 32
    assert search_words(PASTED) == (32, 20_000)
    assert search_words("visa  sanctions") == (2, 2)
    assert fts_query(PASTED) == fts_query(FIRST_32)
    assert match_query(tracker, PASTED) == match_query(tracker, FIRST_32)
    ops.add_evidence(tracker, event_date="2024-01-05", countries=["FR"], recommendations=["visa"],
                     title="Visa rules", notes=FIRST_32)
    # every searched word matches, so the evidence is found, whatever follows the 32nd word
    assert [e.title for e in search_evidence(tracker, EvidenceFilter(text=PASTED + " nothing-matches-this"))] == [
        "Visa rules"
    ]


def test_the_count_says_only_the_first_words_are_searched(qtbot: Any, window: Any) -> None:
    window.findChild(QAction, "show_evidence").trigger()
    view = window.evidence_view
    view.search.setText(PASTED)  # the box keeps what fits (32,767 characters)
    typed = len(view.search.text().split())
    assert typed > 1000
    view.apply_filter()
    expected = f"Searching the first 32 words (of {typed:,}): 0 pieces of evidence"
    qtbot.waitUntil(lambda: view.count_label.text() == expected, timeout=5000)
    view.search.setText("visa")
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.count_label.text().startswith(("Searching", "Counting")), timeout=5000)
