"""Build ``release-0.1.0.db``: a tracker as the 0.1.0 release (commit 0d57ebb) writes it.

Kept with the file it made so the upgrade tests know what is inside.  Run
once, at that release, from the project root:

    .venv/bin/python tests/data/make_release_tracker.py

Do not re-run it on a later version: the point of the file is that it was
written by the old code, and later migrations must upgrade it keeping
every record.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db import Tracker, ops
from tracker.importer.engine import import_file

HERE = Path(__file__).resolve().parent
OUT = HERE / "release-0.1.0.db"


class Clock:
    """Fixed, advancing stamps so the file's history is the same each run."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=7)
        return self.now


def main() -> int:
    if OUT.exists():
        OUT.unlink()
    t = Tracker.create(OUT, user="Alice", clock=Clock())
    ops.add_evidence(
        t, event_date="2026-02-10", countries=["LT"], recommendations=["visa"],
        title="Lithuania pauses visas for Belarusians", url="https://example.org/lt-visas",
        publisher="LRT", source_kind="media", language="lt", notes="Łódź, Vilnius; ąčęėįšųūž",
        status="none", rationale="Visas paused for Belarusian citizens.",
        attachment=ops.Attachment("decision.txt", b"Sprendimas Nr. 1\n", "text/plain"),
    )
    e2 = ops.add_evidence(
        t, event_date="2026-02-14", groups=["EU"], recommendations=["sanctions"],
        title="EU extends sanctions on the Lukashenka regime", url="https://example.org/eu-sanctions",
        publisher="Council of the EU", source_kind="official",
    )
    ops.set_status(t, "PL", "sanctions", "full", effective_date="2026-02-14",
                   rationale="Applies the EU package.", evidence=[e2.uid or ""])
    a = ops.set_status(t, "DE", "students", "partial", effective_date="2026-02-20",
                       rationale="Scholarships for some Belarusian students.")
    ops.correct_assessment(t, a.uid or "", rationale="Scholarships for some Belarusian students (DAAD).")
    e3 = ops.add_evidence(t, event_date="2026-02-21", countries=["FR"], recommendations=["tps"],
                          title="To be archived", url="https://example.org/fr")
    ops.archive_evidence(t, e3.uid or "")
    ops.edit_evidence(t, e2.uid or "", notes="Renewed every six months.")
    ops.add_country(t, "UA")
    ops.add_group(t, "Nordics", ["DK", "FI", "IS", "NO", "SE"])
    ops.archive_country(t, "LI")
    csv = (
        "country,recommendation,event_date,title,url,status,rationale\n"
        "Latvia,visa,2026-02-25,Latvia keeps visas open,https://example.org/lv,full,Consulates open.\n"
        "Poland,antiwar,2026-02-26,Grants to civic groups,https://example.org/pl,partial,Some grants.\n"
    )
    result = import_file(t, io.BytesIO(csv.encode()))
    if result.errors:
        print(result.errors, file=sys.stderr)
        return 1
    t.close()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
