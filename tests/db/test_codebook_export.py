"""Exporting a tracker's codebook: the file ``init --codebook`` reads gives back the same codebook."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from db import Tracker, TrackerError, load_codebook, ops
from db.codebook import parse_codebook
from db.codebook_export import codebook_json, export_codebook
from db.queries import CodebookView, codebook_view


def normalised(view: CodebookView) -> CodebookView:
    """The view with positions replaced by ranks: the order matters, the numbers behind it do not."""
    return dataclasses.replace(
        view,
        statuses=[dataclasses.replace(s, position=i) for i, s in enumerate(view.statuses)],
        recommendations=[dataclasses.replace(r, position=i) for i, r in enumerate(view.recommendations)],
    )


def round_trip(t: Tracker, folder: Path) -> CodebookView:
    """Export ``t``'s codebook and start a new tracker from the file, as ``init --codebook`` does."""
    path = folder / "codebook.json"
    export_codebook(t, path, overwrite=True)
    with Tracker.create(folder / "copy.db", load_codebook(path), user="Bob") as other:
        return codebook_view(other)


def customise(t: Tracker) -> None:
    """A campaign's tracker after a year of use: reweighted, reordered, archived, regrouped."""
    ops.edit_recommendation(t, "visa", weight=2.5, guidance="Count consular closures too.")
    ops.edit_recommendation(t, "tps", position=99)  # moved to the end
    ops.archive_recommendation(t, "students")
    ops.add_recommendation(t, "sanctions_exemptions", "Sanctions exemptions", text="Exempt dissidents.", weight=0.5)
    ops.add_country(t, "UA")
    ops.add_group(t, "Watch list", ["UA", "EE", "JP"])
    ops.archive_country(t, "JP")  # archived, still in a group
    ops.set_meta(t, "min_coverage_for_grade", "0.8")
    ops.set_meta(t, "review_interval_days", "90")
    ops.set_meta(t, "title", "Belarus tracker — second year")
    ops.set_meta(t, "source", "Campaign handbook, 2024")


def test_the_default_codebook_round_trips(tracker: Tracker, tmp_path: Path) -> None:
    assert normalised(round_trip(tracker, tmp_path)) == normalised(codebook_view(tracker))


def test_a_customised_codebook_round_trips(tracker: Tracker, tmp_path: Path) -> None:
    customise(tracker)
    view = codebook_view(tracker)
    again = round_trip(tracker, tmp_path)
    assert normalised(again) == normalised(view)
    # What the customisation changed is really in the new tracker, not lost on both sides alike.
    recs = {r.code: r for r in again.recommendations}
    assert recs["visa"].weight == 2.5 and recs["visa"].guidance == "Count consular closures too."
    assert recs["students"].archived and not recs["visa"].archived
    assert [r.code for r in again.recommendations][-2:] == ["tps", "sanctions_exemptions"]
    assert again.min_coverage_for_grade == 0.8 and again.review_interval_days == 90
    assert again.title == "Belarus tracker — second year" and again.source == "Campaign handbook, 2024"
    assert again.groups["Watch list"] == ["EE", "JP", "UA"]
    countries = {c.code: c.archived for c in again.countries}
    assert countries["JP"] is True and countries["UA"] is False


def test_a_changed_status_scale_and_grades_round_trip(blank_tracker: Tracker, tmp_path: Path) -> None:
    from db.codebook_write import replace_status_scale

    book = parse_codebook(codebook_json(blank_tracker))
    statuses = [dataclasses.replace(s, label=s.label + " (local)", color="#123456", description="Edited.")
                if s.score is not None else s for s in book.statuses]
    with blank_tracker.atomic():
        replace_status_scale(blank_tracker, statuses, [*book.grades[:2]])
    assert normalised(round_trip(blank_tracker, tmp_path)) == normalised(codebook_view(blank_tracker))


def test_the_file_is_the_documented_format(tracker: Tracker, tmp_path: Path) -> None:
    customise(tracker)
    path = tmp_path / "book.json"
    assert export_codebook(tracker, path) == 6
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert list(raw)[:5] == ["title", "description", "source", "review_interval_days", "min_coverage_for_grade"]
    assert raw["min_coverage_for_grade"] == 0.8
    visa = next(r for r in raw["recommendations"] if r["code"] == "visa")
    assert visa == {"code": "visa", "title": visa["title"], "text": visa["text"],
                    "guidance": "Count consular closures too.", "weight": 2.5}  # no "archived": false clutter
    assert next(r for r in raw["recommendations"] if r["code"] == "students")["archived"] is True
    assert raw["archived_countries"] == ["JP"] and "JP" not in raw["countries"]
    assert "evidence" not in raw  # the tracker's data is not part of its codebook
    assert "Belarus tracker — second year" in path.read_text(encoding="utf-8")  # readable, not \\u escapes


def test_old_codebook_files_still_load() -> None:
    """Files written before archived recommendations and countries existed read as before."""
    raw: dict[str, Any] = {
        "title": "Old", "statuses": [{"code": "na", "label": "Not assessed", "score": None}],
        "recommendations": [{"code": "a", "title": "A"}], "countries": ["EE"], "groups": {"Baltic": ["EE"]},
    }
    book = parse_codebook(raw)
    assert book.archived_countries == [] and book.recommendations[0].archived is False


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"recommendations": [{"code": "a", "title": "A", "archived": "yes"}]}, "must be true or false"),
        ({"archived_countries": ["EE"]}, "both as a country and as an archived one"),
        ({"archived_countries": ["XX"]}, "not an ISO 3166-1"),
        ({"archived_countries": "EE"}, "must be a list"),
    ],
)
def test_bad_archived_entries_are_refused(change: dict[str, Any], message: str) -> None:
    raw: dict[str, Any] = {
        "title": "T", "statuses": [{"code": "na", "label": "Not assessed", "score": None}], "countries": ["EE"],
        **change,
    }
    with pytest.raises(TrackerError, match=message):
        parse_codebook(raw)


def test_an_existing_file_is_kept_unless_overwrite(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "book.json"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(TrackerError, match="already exists"):
        export_codebook(tracker, path)
    assert path.read_text(encoding="utf-8") == "keep me"
    export_codebook(tracker, path, overwrite=True)
    assert load_codebook(path).title == codebook_view(tracker).title


def test_a_missing_folder_is_one_sentence(tracker: Tracker, tmp_path: Path) -> None:
    with pytest.raises(TrackerError, match=r"^The folder .* does not exist\.$"):
        export_codebook(tracker, tmp_path / "nowhere" / "book.json")


def test_a_full_disk_is_said_so_and_leaves_nothing(
    tracker: Tracker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "book.json"
    path.write_text("the old export", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(TrackerError, match=r"could not be written to .*: the disk is full\.$"):
        export_codebook(tracker, path, overwrite=True)
    assert path.read_text(encoding="utf-8") == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.json"]  # no temporary file left behind


def test_codebook_import_of_an_exported_file_gives_the_same_codebook(
    tracker: Tracker, blank_tracker: Tracker, tmp_path: Path
) -> None:
    """File › Import codebook into a blank tracker reads the exported file as ``init --codebook`` does."""
    from tracker.importer import import_codebook

    customise(tracker)
    path = tmp_path / "book.json"
    export_codebook(tracker, path)
    import_codebook(blank_tracker, path)
    assert normalised(codebook_view(blank_tracker)) == normalised(codebook_view(tracker))
