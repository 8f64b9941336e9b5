"""The import itself: one pass that checks every row, plans what it does and (for real) writes it.

How it writes: one pass validates and classifies rows in batches of
:data:`BATCH_ROWS`.  A real import runs that pass inside one bulk write
(:func:`db.bulk.bulk_write`: one transaction) and writes each batch as it
goes; on any error it stops writing, goes on checking (to report every
error) and then rolls everything back.  New evidence goes to
:class:`db.bulk.BulkWriter`; rows that update existing evidence go through
the app's operations (:func:`db.ops.edit_evidence`, :func:`db.ops.set_status`,
:func:`db.ops.correct_assessment`).  Every read goes through
:mod:`db.import_queries`; what spans rows (uids met, duplicate keys) lives in
:class:`db.scratch.ImportScratch`, so memory stays flat however long the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from db import Tracker, ValidationError, import_queries, ops, validate
from db.backup import backup_before, backups_root
from db.bulk import BulkWriter, NewEvidence, NewStatus, bulk_write
from db.import_queries import CellAssessment, ExistingEvidence
from db.iso import IsoCountry
from db.messages import translate
from db.records import record
from db.scratch import ImportScratch

from .errors import ROWS, Duplicate, ImportCancelled, ImportFailed, ImportIssue
from .lookups import Lookups
from .mapping import ColumnMapping, check_mapping, resolve_mapping
from .results import ImportPlan, ImportResult, ImportSummary
from .rows import ParsedRow, RowParser
from .sources import ImportSource, open_source, read_table
from .values import cells_text, dup_key, same_text

#: Rows validated (and written) together; progress and cancel are checked between batches.
BATCH_ROWS = 1000
#: The operation the history records for everything an import writes.
OPERATION = "import"
#: Duplicate keys of the tracker's evidence handed to the scratch store at once.
_KEY_CHUNK = 5000

Cell = tuple[str, str]

#: A row whose evidence would have neither title, URL nor notes.
NO_CONTENT = translate("ImportRows", "Give the evidence at least a title, a URL or notes.")
#: An update row that would link archived countries or recommendations: (which, several) -> sentence.
_RESTORE_BEFORE_CHANGING = {
    ("countries", False): translate(
        "ImportRows", "Archived: {codes}; restore it before changing this evidence's countries."
    ),
    ("countries", True): translate(
        "ImportRows", "Archived: {codes}; restore them before changing this evidence's countries."
    ),
    ("recommendations", False): translate(
        "ImportRows", "Archived: {codes}; restore it before changing this evidence's recommendations."
    ),
    ("recommendations", True): translate(
        "ImportRows", "Archived: {codes}; restore them before changing this evidence's recommendations."
    ),
}


@record(slots=True)
class NewRowPlan:
    """A row that adds evidence."""

    row: ParsedRow
    evidence: NewEvidence
    cells: list[Cell]
    key: int  # its duplicate key


@record(frozen=True, slots=True)
class StatusChange:
    """One status an update row sets: a new assessment of ``cell``, or a correction of ``assessment_uid``."""

    cell: Cell | None = None
    assessment_uid: str | None = None


@record(slots=True)
class UpdateRowPlan:
    """A row that updates existing evidence (perhaps to no change at all)."""

    row: ParsedRow
    changed: dict[str, Any]  # evidence columns that change, to their new values
    cells: list[Cell] | None  # the new links, None when they stay
    statuses: list[StatusChange]
    old_key: int | None  # duplicate keys before and after, when they may differ
    new_key: int | None

    @property
    def unchanged(self) -> bool:
        return not self.changed and self.cells is None and not self.statuses


RowPlan = NewRowPlan | UpdateRowPlan


class ImportEngine:
    """One pass over a source: validate every row; with a ``writer``, write as it goes
    inside the caller's bulk write (the caller rolls back on any error)."""

    def __init__(
        self,
        t: Tracker,
        source: ImportSource,
        fields: list[str | None],
        *,
        add_countries: bool,
        writer: BulkWriter | None,
        progress: Callable[[int], Any] | None,
        cancel: Callable[[], bool] | None,
        summary: ImportSummary,
        batch_rows: int = BATCH_ROWS,
    ) -> None:
        self.t = t
        self.source = source
        self.add_countries = add_countries
        self.writer = writer
        self.write = writer is not None
        self.progress = progress
        self.cancel = cancel
        self.s = summary
        self.batch_rows = max(1, batch_rows)
        self.lk = Lookups(t)
        self.parser = RowParser(source.headers, fields, self.lk, add_countries=add_countries)
        self.header = self.parser.header
        self.scratch = ImportScratch()
        self.to_add: dict[str, IsoCountry] = {}
        self.preloaded = False
        self._cells_cache: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[list[Cell], str]] = {}

    def error(self, line: int, field: str, message: str) -> None:
        self.s.errors.append(ImportIssue(line, field, message))

    @property
    def writing(self) -> bool:
        """True while rows are being written: a real import without any error so far."""
        return self.writer is not None and not self.s.errors

    # -- driving -------------------------------------------------------------
    def run(self) -> None:
        """Read, check and (when writing) write every row; problems go to the summary's errors."""
        try:
            batch: list[ParsedRow] = []
            rows = self.source.rows()
            parse = self.parser.parse
            try:
                for rec in rows:
                    self.s.rows += 1
                    parsed, issues = parse(rec)
                    if parsed is not None:
                        batch.append(parsed)
                    else:
                        self.s.errors.extend(issues)
                    if self.s.rows % self.batch_rows == 0:
                        self._batch(batch)
                        batch = []
                        self._tick()
            finally:
                rows.close()  # type: ignore[attr-defined]
            self._batch(batch)
            if self.s.rows == 0:
                self.error(
                    self.source.header_line + 1,
                    ROWS,
                    translate("ImportRows", "The file has a header row but no rows to import."),
                )
            if self.writing:
                assert self.writer is not None
                self.writer.flush()
            if self.progress is not None:
                self.progress(self.s.rows)
        finally:
            self.scratch.close()
        self.s.countries_to_add = sorted(self.to_add)

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(self.s.rows)
        if self.cancel is not None and self.cancel():
            raise ImportCancelled()

    def _preload_keys(self) -> None:
        """Duplicate keys of every evidence already in the tracker (archived too).

        Done when the first row that would add evidence is met (a file that
        only updates needs none).  In a dry run, the keys of records that
        earlier rows would change are then put back as those rows left them
        (a real import has already written those changes).
        """
        if self.preloaded:
            return
        self.preloaded = True
        out: list[tuple[int, int, str | None]] = []
        for k in import_queries.evidence_keys(self.t):
            out.append((dup_key(k.event_date, k.url, k.title, ",".join(k.cells)), 0, k.uid))
            if len(out) >= _KEY_CHUNK:
                self.scratch.add_keys(out, existing=True)
                out = []
        self.scratch.add_keys(out, existing=True)
        self.scratch.forget_touched()

    # -- a batch ---------------------------------------------------------------
    def _batch(self, batch: list[ParsedRow]) -> None:
        if not batch:
            return
        existing = self._existing(batch)
        # pass A: what each row would become
        plans: list[RowPlan] = []
        wanted_keys: list[int] = []
        for p in batch:
            ex = existing.get(p.uid) if p.uid else None
            plan = self._plan_update(p, ex) if ex is not None else self._plan_new(p)
            if plan is None:
                continue
            plans.append(plan)
            if isinstance(plan, NewRowPlan):
                wanted_keys.append(plan.key)
            elif plan.old_key is not None:
                wanted_keys.append(plan.old_key)
        if any(isinstance(plan, NewRowPlan) for plan in plans):
            self._preload_keys()
        found = self.scratch.find_keys(wanted_keys) if wanted_keys else {}
        # pass B: in file order, against keys known so far
        local: dict[int, tuple[int, str | None] | None] = {}
        touched: list[tuple[str | None]] = []
        for plan in plans:
            p = plan.row
            if isinstance(plan, NewRowPlan):
                key = plan.key
                hit = local[key] if key in local else found.get(key)
                if hit is not None:
                    line, uid = hit
                    self.s.duplicates.append(Duplicate(p.line, line or None, uid if not line else None))
                    continue
                local[key] = (p.line, None)
                self.s.new += 1
                self.s.statuses += len(plan.cells) if p.status else 0
                self._need_countries(p)
                if self.writing:
                    self._queue_new(plan)
            else:
                if plan.old_key != plan.new_key:
                    if not self.preloaded and not self.write:
                        touched.append((p.uid,))
                    old = local[plan.old_key] if plan.old_key in local else found.get(plan.old_key)  # type: ignore[arg-type]
                    if old is not None and old[1] == p.uid:
                        local[plan.old_key] = None  # type: ignore[index]
                    if local.get(plan.new_key) is None:  # type: ignore[arg-type]
                        local[plan.new_key] = (0, p.uid)  # type: ignore[index]
                if plan.unchanged:
                    self.s.unchanged += 1
                    continue
                self.s.updated += 1
                self.s.statuses += len(plan.statuses)
                self._need_countries(p)
                if self.writing:
                    self._write_update(plan)
        adds = [(k, v[0], v[1]) for k, v in local.items() if v is not None]
        drops = [k for k, v in local.items() if v is None]
        if drops:
            self.scratch.drop_keys(drops)
        self.scratch.add_keys(adds)
        if touched:
            self.scratch.touch(touched)
        if self.writing:
            assert self.writer is not None
            self.writer.flush()

    def _existing(self, batch: list[ParsedRow]) -> dict[str, ExistingEvidence]:
        """Evidence named by the batch's uids, with links and (when needed) assessments."""
        lines: dict[str, list[int]] = {}
        for p in batch:
            if p.uid:
                lines.setdefault(p.uid, []).append(p.line)
        if not lines:
            return {}
        seen = self.scratch.find_uids(list(lines))
        fresh = []
        for uid, at in lines.items():
            first = seen[uid][0] if uid in seen else at[0]
            repeats = at if uid in seen else at[1:]
            for line in repeats:
                self.error(
                    line,
                    self.header["uid"],
                    translate("ImportRows", "The uid {uid} appears more than once in the file (first on line {first}).")
                    .format(uid=uid, first=first),
                )
            fresh.append((uid, first))
        self.scratch.add_uids(fresh)
        dup_lines = {line for uid, at in lines.items() for line in (at if uid in seen else at[1:])}
        if dup_lines:
            batch[:] = [p for p in batch if p.line not in dup_lines]
        uids = [p.uid for p in batch if p.uid]
        return import_queries.existing_evidence(
            self.t, uids, with_assessments=[p.uid for p in batch if p.uid and p.status]
        )

    def _need_countries(self, p: ParsedRow) -> None:
        for iso in p.countries_new:
            if iso.alpha2 not in self.to_add:
                self.to_add[iso.alpha2] = iso
                if self.writing:
                    ops.add_country(self.t, iso.alpha2, operation=OPERATION)
                    self.lk.track(iso)

    def _cells(self, countries: tuple[str, ...], recs: tuple[str, ...]) -> tuple[list[Cell], str]:
        """(cells, 'CC:rec,...' sorted) for countries × recommendations."""
        key = (countries, recs)
        hit = self._cells_cache.get(key)
        if hit is None:
            cells = [(c, r) for c in countries for r in recs]
            hit = (cells, ",".join(cells_text(cells)))
            if len(self._cells_cache) >= Lookups.CACHE_LIMIT:
                self._cells_cache.clear()
            self._cells_cache[key] = hit
        return hit

    def _plan_new(self, p: ParsedRow) -> NewRowPlan | None:
        v = p.values
        title = v.get("title")
        url = v.get("url")
        notes = v.get("notes")
        if p.countries_archived or p.recs_archived or not (title or url or notes):
            f = self.header
            for which, archived in (("countries", p.countries_archived), ("recommendations", p.recs_archived)):
                if archived:
                    if len(archived) > 1:
                        restore = translate("ImportRows", "Archived: {codes}; restore them before adding evidence.")
                    else:
                        restore = translate("ImportRows", "Archived: {codes}; restore it before adding evidence.")
                    self.error(p.line, f[which], restore.format(codes=", ".join(archived)))
            if not (title or url or notes):
                self.error(p.line, f.get("title", "title"), NO_CONTENT)
            return None
        if not title:
            title = validate.title_from_notes(notes)
        date = v["event_date"]
        evidence = NewEvidence(
            p.uid,
            date,
            title,
            url,
            v.get("archive_url"),
            v.get("accessed_on"),
            v.get("publisher"),
            v.get("source_kind") or "other",
            v.get("language"),
            notes,
        )
        cells, names = self._cells(p.countries, p.recs)
        return NewRowPlan(p, evidence, cells, dup_key(date, url, title, names))

    def _plan_update(self, p: ParsedRow, ex: ExistingEvidence) -> UpdateRowPlan | None:
        """What updating ``ex`` from row ``p`` changes, the way :func:`db.ops.edit_evidence` decides it."""
        f = self.header
        vals = p.values
        old = ex.values
        title = vals["title"] if "title" in vals else old["title"]
        url = vals["url"] if "url" in vals else old["url"]
        notes = vals["notes"] if "notes" in vals else old["notes"]
        if not (title or url or notes):
            self.error(p.line, f.get("title", "title"), NO_CONTENT)
            return None
        if not title:
            title = validate.title_from_notes(notes)
        changed = {k: v for k, v in vals.items() if v != old[k] and not same_text(old[k], v)}
        changed.pop("title", None)
        if title != old["title"] and not same_text(old["title"], title):
            changed["title"] = title
        old_cells = ex.cells
        same_links = set(p.countries) == {c for c, _ in old_cells} and set(p.recs) == {r for _, r in old_cells}
        cells = sorted(old_cells) if same_links else [(c, r) for c in p.countries for r in p.recs]
        if not same_links and (p.countries_archived or p.recs_archived):
            for which, codes in (("countries", p.countries_archived), ("recommendations", p.recs_archived)):
                if codes:
                    self.error(p.line, f[which], _RESTORE_BEFORE_CHANGING[which, len(codes) > 1].format(
                        codes=", ".join(codes)
                    ))
            return None
        statuses: list[StatusChange] = []
        date = vals["event_date"]
        if p.status:
            latest: dict[Cell, CellAssessment] = {}
            for a in ex.assessments:
                if a.effective_date == date:
                    latest[(a.country_code, a.recommendation_code)] = a  # ordered: the last recorded wins
            for cell in cells:
                found = latest.get(cell)
                if found is None:
                    statuses.append(StatusChange(cell=cell))
                elif (found.status_code, found.rationale, found.confidence) != (p.status, p.rationale, p.confidence):
                    statuses.append(StatusChange(assessment_uid=found.uid))
        old_key = new_key = None
        if not same_links or "event_date" in changed or "url" in changed or "title" in changed:
            old_names = ",".join(cells_text(old_cells))
            new_names = old_names if same_links else ",".join(cells_text(cells))
            old_key = dup_key(old["event_date"], old["url"], old["title"], old_names)
            new_key = dup_key(date, url, title, new_names)
        return UpdateRowPlan(p, changed, None if same_links else cells, statuses, old_key, new_key)

    # -- writing -------------------------------------------------------------
    def _queue_new(self, plan: NewRowPlan) -> None:
        p = plan.row
        assert self.writer is not None
        status = NewStatus(p.status, p.rationale or "", p.confidence or "reported") if p.status else None
        self.writer.add_evidence(plan.evidence, plan.cells, status)

    def _write_update(self, plan: UpdateRowPlan) -> None:
        assert self.writer is not None
        self.writer.flush()  # the operations below see every record written so far
        t = self.t
        p = plan.row
        assert p.uid is not None
        try:
            if plan.changed or plan.cells is not None:
                ops.edit_evidence(t, p.uid, cells=plan.cells, operation=OPERATION, **plan.changed)
            date = p.values["event_date"]
            for change in plan.statuses:
                if change.cell is not None:
                    country, rec = change.cell
                    ops.set_status(
                        t,
                        country,
                        rec,
                        p.status or "",
                        effective_date=date,
                        rationale=p.rationale or "",
                        confidence=p.confidence or "reported",
                        evidence=[p.uid],
                        operation=OPERATION,
                    )
                else:
                    assert change.assessment_uid is not None
                    ops.correct_assessment(
                        t,
                        change.assessment_uid,
                        status=p.status,
                        rationale=p.rationale,
                        confidence=p.confidence,
                        operation=OPERATION,
                    )
        except ValidationError as exc:
            self.error(p.line, exc.field, exc.message)


# ---------------------------------------------------------------- public API
class _Rollback(Exception):
    """Raised inside the bulk write to roll it back when rows had errors."""


def plan_import(
    t: Tracker,
    source: ImportSource | str | os.PathLike[str],
    mapping: ColumnMapping | None = None,
    *,
    add_countries: bool = False,
    progress: Callable[[int], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
    batch_rows: int = BATCH_ROWS,
) -> ImportPlan:
    """Dry run: validate the header, then every row, and say what an import would do.

    Writes nothing.  ``progress(rows_read)`` is called after each batch of
    ``batch_rows`` rows; ``cancel()`` is checked between batches and raises
    :class:`ImportCancelled`.  A file that cannot be read at all raises
    :class:`ImportFailed` (from :func:`read_table`) when given as a path.
    """
    src, _ = open_source(source)
    fields, explicit = resolve_mapping(src.headers, mapping)
    plan = ImportPlan(file_name=src.name, source=src, mapping=fields, add_countries=add_countries)
    plan.errors.extend(check_mapping(src.headers, fields, explicit, src.header_line))
    if plan.errors:
        return plan
    engine = ImportEngine(
        t,
        src,
        fields,
        add_countries=add_countries,
        writer=None,
        progress=progress,
        cancel=cancel,
        summary=plan,
        batch_rows=batch_rows,
    )
    engine.run()
    return plan


def apply_import(
    t: Tracker,
    plan_or_source: ImportPlan | ImportSource | str | os.PathLike[str],
    mapping: ColumnMapping | None = None,
    *,
    add_countries: bool | None = None,
    progress: Callable[[int], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
    batch_rows: int = BATCH_ROWS,
) -> ImportResult:
    """Import for real: validate every row again and write it all in ONE transaction.

    Given a plan, uses its source, mapping and options (a plan with errors is
    refused).  Any error, or ``cancel()`` returning true, rolls everything
    back: :class:`ImportFailed` (with every error) or :class:`ImportCancelled`.
    """
    if isinstance(plan_or_source, ImportPlan):
        plan = plan_or_source
        if plan.errors:
            raise ImportFailed(plan.errors)
        assert plan.source is not None
        src = plan.source
        fields, explicit = plan.mapping, set(range(len(plan.mapping)))
        if add_countries is None:
            add_countries = plan.add_countries
    else:
        src, _ = open_source(plan_or_source)
        fields, explicit = resolve_mapping(src.headers, mapping)
    result = ImportResult(file_name=src.name)
    result.errors.extend(check_mapping(src.headers, fields, explicit, src.header_line))
    if result.errors:
        raise ImportFailed(result.errors, result)
    _backup, result.backup_problem = backup_before(t, backups_root(), "before-import")  # never stops the import
    try:
        with bulk_write(t, operation=OPERATION) as writer:
            engine = ImportEngine(
                t,
                src,
                fields,
                add_countries=bool(add_countries),
                writer=writer,
                progress=progress,
                cancel=cancel,
                summary=result,
                batch_rows=batch_rows,
            )
            engine.run()
            if result.errors:
                raise _Rollback()
    except _Rollback:
        raise ImportFailed(result.errors, result) from None
    result.written = True
    return result


def import_file(
    t: Tracker,
    path: str | os.PathLike[str] | IO[bytes],
    *,
    dry_run: bool = False,
    add_countries: bool = False,
    mapping: ColumnMapping | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    progress: Callable[[int], Any] | None = None,
    batch_rows: int = BATCH_ROWS,
) -> ImportResult:
    """Import a CSV or .xlsx file (the command line's ``import``).

    Never raises for problems in the file: they are in ``result.errors``
    (and then nothing was written).  With ``dry_run`` nothing is written
    either way.  One pass over the file when not a dry run.
    """
    name = Path(path).name if isinstance(path, (str, os.PathLike)) else str(getattr(path, "name", "") or "input")
    try:
        src = read_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet)
    except ImportFailed as exc:
        return ImportResult(file_name=name, errors=exc.errors)
    with src:
        if dry_run:
            plan = plan_import(t, src, mapping, add_countries=add_countries, progress=progress, batch_rows=batch_rows)
            return ImportResult(
                file_name=plan.file_name,
                rows=plan.rows,
                new=plan.new,
                updated=plan.updated,
                unchanged=plan.unchanged,
                duplicates=plan.duplicates,
                statuses=plan.statuses,
                countries_to_add=plan.countries_to_add,
                errors=plan.errors,
                written=False,
            )
        try:
            return apply_import(t, src, mapping, add_countries=add_countries, progress=progress, batch_rows=batch_rows)
        except ImportFailed as exc:
            if exc.result is not None:
                exc.result.written = False
                return exc.result
            return ImportResult(file_name=name, errors=exc.errors)
