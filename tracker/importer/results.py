"""What an import does or did: the dry run's plan and the import's result."""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import Duplicate, ImportIssue
from .sources import ImportSource


@dataclass
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
        dup = len(self.duplicates)
        text = (
            f"{self.rows} row{'s' if self.rows != 1 else ''}: {self.new} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {dup} duplicate{'s' if dup != 1 else ''} skipped; "
            f"{self.statuses} status{'es' if self.statuses != 1 else ''} set"
        )
        if self.countries_to_add:
            text += f"; countries added: {', '.join(self.countries_to_add)}"
        if self.errors:
            text += f"; {len(self.errors)} error{'s' if len(self.errors) != 1 else ''}"
        return text + "."


@dataclass
class ImportPlan(ImportSummary):
    """The dry run's answer; pass it to :func:`apply_import` to write it."""

    source: ImportSource | None = None
    mapping: list[str | None] = field(default_factory=list)
    add_countries: bool = False


@dataclass
class ImportResult(ImportSummary):
    """What :func:`apply_import` wrote (``written``), or :func:`import_file`'s dry run."""

    written: bool = False
    #: Why no automatic backup was taken before it (one sentence), or None (see db.backup).
    backup_problem: str | None = None
