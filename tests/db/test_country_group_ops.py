"""The countries and groups editor's operations (db/ops.py).

Each operation changes what a user sees, leaves one history entry, refuses bad
input naming the field without writing anything, and has an exact inverse
(the app's undo relies on it: the database dump is byte-for-byte the same).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from db import NotFoundError, Tracker, ValidationError, ops, queries


def dump(t: Tracker) -> list[str]:
    """Every row of the tables these operations touch (history left out: undo adds to it)."""
    rows: list[str] = []
    for table in ("countries", "groups", "group_members"):
        rows += [f"{table}:{json.dumps(r, sort_keys=True)}" for r in t.db.query(f"SELECT * FROM {table} ORDER BY 1, 2")]
    return rows


def history_count(t: Tracker) -> int:
    return int(t.db.execute("SELECT count(*) FROM history").fetchone()[0])


def last_history(t: Tracker) -> dict[str, Any]:
    row = next(iter(t.db.query("SELECT * FROM history ORDER BY rowid DESC LIMIT 1")))
    return dict(row)


def active_codes(t: Tracker) -> set[str]:
    return {c.code for c in queries.codebook_view(t).active_countries()}


def test_add_country_by_name_code_or_alpha3_and_remove_is_its_exact_inverse(tracker: Tracker) -> None:
    before = dump(tracker)
    for text, code in (("Ukraine", "UA"), ("MDA", "MD"), ("ge", "GE")):
        n = history_count(tracker)
        change = ops.add_country(tracker, text)
        assert change.codebook and change.uid == code
        assert code in active_codes(tracker)
        entry = last_history(tracker)
        assert (entry["operation"], entry["action"], entry["table_name"], entry["row_key"]) == (
            "add_country", "insert", "countries", code)
        assert history_count(tracker) == n + 1
    for code in ("GE", "MD", "UA"):
        change = ops.remove_country(tracker, code)
        assert change.codebook
        entry = last_history(tracker)
        assert (entry["action"], entry["row_key"], entry["after"]) == ("delete", code, None)
    assert dump(tracker) == before


@pytest.mark.parametrize("text", ["Atlantis", "XX", "", "   "])
def test_add_country_refuses_what_is_not_an_iso_country(tracker: Tracker, text: str) -> None:
    before, n = dump(tracker), history_count(tracker)
    with pytest.raises(ValidationError) as err:
        ops.add_country(tracker, text)
    assert err.value.field == "country"
    assert (dump(tracker), history_count(tracker)) == (before, n)


def test_add_country_refuses_one_already_tracked(tracker: Tracker) -> None:
    with pytest.raises(ValidationError, match="already tracked") as err:
        ops.add_country(tracker, "Poland")
    assert err.value.field == "country"


def test_remove_country_refuses_one_in_use(tracker: Tracker) -> None:
    before = dump(tracker)
    with pytest.raises(ValidationError, match="archive it instead") as err:
        ops.remove_country(tracker, "PL")  # in the EU group
    assert err.value.field == "country"
    assert dump(tracker) == before


def test_archive_leaves_matrix_and_ranks_keeps_history_and_restore_is_exact(tracker: Tracker) -> None:
    ops.set_status(tracker, "PL", "tps", "implemented", effective_date="2026-01-01", rationale="Law passed.")
    before = dump(tracker)
    change = ops.archive_country(tracker, "PL")
    assert change.codebook
    assert "PL" not in active_codes(tracker)
    entry = last_history(tracker)
    assert (entry["operation"], entry["action"], entry["row_key"]) == ("archive_country", "archive", "PL")
    assert json.loads(entry["before"])["archived"] == 0 and json.loads(entry["after"])["archived"] == 1
    # its assessments stay
    assert tracker.db.execute("SELECT count(*) FROM assessments WHERE country_code = 'PL'").fetchone()[0] == 1
    change = ops.restore_country(tracker, "PL")
    assert change.codebook and "PL" in active_codes(tracker)
    assert last_history(tracker)["operation"] == "restore_country"
    assert dump(tracker) == before


def test_archive_of_an_archived_country_changes_nothing(tracker: Tracker) -> None:
    ops.archive_country(tracker, "PL")
    n = history_count(tracker)
    assert ops.archive_country(tracker, "PL").is_empty()
    assert history_count(tracker) == n


def test_archive_unknown_country_is_refused(tracker: Tracker) -> None:
    with pytest.raises(NotFoundError):
        ops.archive_country(tracker, "UA")


def test_adding_an_archived_country_restores_it(tracker: Tracker) -> None:
    ops.archive_country(tracker, "PL")
    change = ops.add_country(tracker, "pol")
    assert change.operation == "restore_country" and "PL" in active_codes(tracker)


def test_create_rename_members_delete_group_and_their_inverses(tracker: Tracker) -> None:
    start = dump(tracker)
    ops.add_group(tracker, "Nordics", ["DK", "Finland", "IS"])
    assert queries.group_map(tracker)["Nordics"] == ["DK", "FI", "IS"]
    entry = last_history(tracker)
    assert (entry["operation"], entry["action"], entry["table_name"]) == ("add_group", "insert", "groups")
    after_add = dump(tracker)

    ops.rename_group(tracker, "Nordics", "Nordic countries")
    assert "Nordic countries" in queries.group_map(tracker) and "Nordics" not in queries.group_map(tracker)
    entry = last_history(tracker)
    assert json.loads(entry["before"])["name"] == "Nordics"
    assert json.loads(entry["after"])["name"] == "Nordic countries"
    ops.rename_group(tracker, "Nordic countries", "Nordics")
    assert dump(tracker) == after_add

    ops.set_group_members(tracker, "Nordics", ["DK", "FI", "IS", "NO", "SE"])
    assert queries.group_map(tracker)["Nordics"] == ["DK", "FI", "IS", "NO", "SE"]
    entry = last_history(tracker)
    assert json.loads(entry["before"])["members"] == ["DK", "FI", "IS"]
    ops.set_group_members(tracker, "Nordics", ["DK", "FI", "IS"])
    assert dump(tracker) == after_add

    position = ops.group_position(tracker, "EU")
    members = queries.group_map(tracker)["EU"]
    before_delete = dump(tracker)
    change = ops.delete_group(tracker, "EU")
    assert change.codebook and "EU" not in queries.group_map(tracker)
    entry = last_history(tracker)
    assert (entry["action"], entry["row_key"], entry["after"]) == ("delete", "EU", None)
    ops.add_group(tracker, "EU", members, position=position)
    assert dump(tracker) == before_delete

    ops.delete_group(tracker, "Nordics")
    assert dump(tracker) == start


def test_group_members_may_include_archived_countries(tracker: Tracker) -> None:
    ops.archive_country(tracker, "NO")
    ops.add_group(tracker, "Nordics", ["DK", "NO"])
    assert queries.group_map(tracker)["Nordics"] == ["DK", "NO"]
    assert ops.group_position(tracker, "Nordics") is not None


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda t: ops.add_group(t, "eu"), "group"),  # names compare without case
        (lambda t: ops.add_group(t, "  "), "group"),
        (lambda t: ops.add_group(t, "New", ["PL", "Atlantis"]), "members"),
        (lambda t: ops.add_group(t, "New", ["UA"]), "members"),  # an ISO country not tracked here
        (lambda t: ops.rename_group(t, "EU", "NATO"), "group"),
        (lambda t: ops.rename_group(t, "EU", ""), "group"),
        (lambda t: ops.set_group_members(t, "EU", ["PL", "ZZ"]), "members"),
    ],
)
def test_group_edits_refuse_bad_input_naming_the_field(tracker: Tracker, call: Any, field: str) -> None:
    before, n = dump(tracker), history_count(tracker)
    with pytest.raises(ValidationError) as err:
        call(tracker)
    assert err.value.field == field
    assert (dump(tracker), history_count(tracker)) == (before, n)


def test_unknown_group_is_refused(tracker: Tracker) -> None:
    for call in (lambda: ops.rename_group(tracker, "Nope", "X"), lambda: ops.delete_group(tracker, "Nope"),
                 lambda: ops.set_group_members(tracker, "Nope", [])):
        with pytest.raises(NotFoundError):
            call()
    assert ops.group_position(tracker, "Nope") is None


def test_group_edit_that_changes_nothing_is_empty(tracker: Tracker) -> None:
    n = history_count(tracker)
    assert ops.rename_group(tracker, "EU", "EU").is_empty()
    assert ops.set_group_members(tracker, "G7", queries.group_map(tracker)["G7"]).is_empty()
    assert history_count(tracker) == n
