"""What an import does or did: the dry run's plan and the import's result."""

from __future__ import annotations

from dataclasses import field
from typing import Any

from db.messages import Counted, composed, translate
from db.records import record

from .errors import Duplicate, ImportIssue
from .sources import ImportSource

#: The summary's counts (Qt's plural forms; see db.messages.Counted).
ImportTotals = Counted("ImportTotals")


@record
class ImportSummary:
    """What an import does (or did): counts, skipped duplicates, every error."""

    file_name: str = ""
    rows: int = 0  # data rows read (blank rows not counted)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    statuses: int = 0  # cell assessments recorded or corrected
    countries_to_add: list[str] = field(default_factory=list)  # alpha-2 codes
    errors: list[ImportIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        """One sentence: '120 rows: 100 new, 15 updated, 3 unchanged, 2 duplicates skipped; 40 statuses.'"""
        # Each count a translatable phrase with its plural forms; the punctuation between them is the same
        # in every language (composed, not translated).
        parts: dict[str, Any] = {
            "rows": ImportTotals.tr("%n rows", "%n row", self.rows),
            "new": ImportTotals.tr("%n new", "", self.new),
            "updated": ImportTotals.tr("%n updated", "", self.updated),
            "unchanged": ImportTotals.tr("%n unchanged", "", self.unchanged),
            "duplicates": ImportTotals.tr("%n duplicates skipped", "%n duplicate skipped", len(self.duplicates)),
            "statuses": ImportTotals.tr("%n statuses set", "%n status set", self.statuses),
        }
        template = "{rows}: {new}, {updated}, {unchanged}, {duplicates}; {statuses}"
        if self.countries_to_add:
            template += "; {countries}"
            parts["countries"] = translate("ImportTotals", "countries added: {codes}").format(
                codes=", ".join(self.countries_to_add)
            )
        if self.errors:
            template += "; {errors}"
            parts["errors"] = ImportTotals.tr("%n errors", "%n error", len(self.errors))
        return composed(template + ".", **parts)


@record
class ImportPlan(ImportSummary):
    """The dry run's answer; pass it to :func:`apply_import` to write it."""

    source: ImportSource | None = None
    mapping: list[str | None] = field(default_factory=list)
    add_countries: bool = False


@record
class ImportResult(ImportSummary):
    """What :func:`apply_import` wrote (``written``), or :func:`import_file`'s dry run."""

    written: bool = False
    #: Why no automatic backup was taken before it (one sentence), or None (see db.backup).
    backup_problem: str | None = None
