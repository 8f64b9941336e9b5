"""Checking one row of a file on its own: every cell through :mod:`db.validate`, names through the lookups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from db import ValidationError, validate
from db.import_queries import EVIDENCE_COLUMNS
from db.iso import IsoCountry
from db.messages import Counted, translate
from db.records import record

from ..exports import unguard_formula
from .errors import ROW, ImportIssue, column_field
from .lookups import Lookups
from .sources import SourceRow
from .values import shown

#: The longest text each evidence field takes from a cell.
EVIDENCE_TEXT_LIMITS: dict[str, int] = {"title": 1000, "publisher": 500, "language": 500, "notes": 100_000}
#: The longest rationale a cell may give.
RATIONALE_CHARS = 100_000
#: How each evidence field is checked (plain text when not listed).
_KINDS: dict[str, str] = {"url": "url", "archive_url": "url", "accessed_on": "date", "source_kind": "kind"}
#: Date cells remembered (they repeat a lot).
_DATE_CACHE_LIMIT = 10_000
#: A row's sentences that hold a count (Qt's plural forms; see db.messages.Counted).
ImportRows = Counted("ImportRows")


@record(slots=True)
class ParsedRow:
    """A row that passed the checks of its own cells: cleaned values, resolved codes."""

    line: int
    uid: str | None
    values: dict[str, Any]  # evidence columns present in the file, cleaned (event_date always)
    countries: tuple[str, ...]
    countries_archived: tuple[str, ...]
    countries_new: tuple[IsoCountry, ...]
    recs: tuple[str, ...]
    recs_archived: tuple[str, ...]
    status: str | None
    rationale: str | None
    confidence: str | None


class CellSpec(NamedTuple):
    """How one evidence column of the file is read: its field, column index, header, check and limit."""

    name: str
    column: int
    header: str
    kind: str  # "text", "url", "date" or "kind"
    limit: int


class RowParser:
    """Checks rows of one file against the rules, given the file's column mapping."""

    def __init__(
        self, headers: Sequence[str], fields: Sequence[str | None], lookups: Lookups, *, add_countries: bool
    ) -> None:
        self.lk = lookups
        self.add_countries = add_countries
        self.width = len(headers)
        self.col: dict[str, int] = {f: i for i, f in enumerate(fields) if f}
        self.header: dict[str, str] = {f: headers[i] or f for f, i in self.col.items()}
        self.unnamed = [i for i, h in enumerate(headers) if not h.strip() and fields[i] is None]
        self.present = tuple(c for c in EVIDENCE_COLUMNS if (c if c != "event_date" else "date") in self.col)
        self.i_date, self.i_countries, self.i_recs = (
            self.col["date"],
            self.col["countries"],
            self.col["recommendations"],
        )
        self.i_uid = self.col.get("uid")
        self._dates: dict[str, str] = {}  # date cells already checked
        self.specs = [
            CellSpec(
                name, self.col[name], self.header[name], _KINDS.get(name, "text"), EVIDENCE_TEXT_LIMITS.get(name, 0)
            )
            for name in self.present
            if name != "event_date"
        ]

    def parse(self, rec: SourceRow) -> tuple[ParsedRow | None, list[ImportIssue]]:
        """Check one row on its own: (the row, no problems) or (None, its problems)."""
        line, values, problem = rec
        if problem:
            return None, [ImportIssue(line, ROW, problem)]
        n = len(values)
        width = self.width
        if n != width:
            if n < width:
                why = translate("ImportRows", "a cell is missing or a quote is misplaced.")
            else:
                why = translate("ImportRows", "a cell may need quotes around it (it contains the delimiter).")
            cells = ImportRows.tr("The row has %n cells but the header has {width}; {why}", "", n)
            return None, [ImportIssue(line, ROW, cells.format(width=width, why=why))]
        errors: list[ImportIssue] = []
        for i in self.unnamed:
            if values[i].strip():
                errors.append(
                    ImportIssue(
                        line,
                        column_field(i + 1),
                        translate("ImportRows", "This column has no name in the header but the row has a value in it."),
                    )
                )
        col = self.col
        header = self.header

        def get(f: str) -> str:
            v = values[col[f]]
            return unguard_formula(v) if v[:1] == "'" else v

        uid = None
        if self.i_uid is not None:
            raw = values[self.i_uid].strip()
            if raw:
                try:
                    uid = validate.uid(unguard_formula(raw), header["uid"])
                except ValidationError as exc:
                    errors.append(ImportIssue(line, exc.field, exc.message))
        raw = values[self.i_date]
        date = self._dates.get(raw)
        if date is None:
            try:
                date = validate.date(unguard_formula(raw), header["date"], required=True, cell=True)
                if len(self._dates) < _DATE_CACHE_LIMIT and date is not None:
                    self._dates[raw] = date
            except ValidationError as exc:
                errors.append(ImportIssue(line, exc.field, exc.message))
        cleaned: dict[str, Any] = {"event_date": date}
        text, url, choice = validate.text, validate.url, validate.choice
        for name, i, f, kind, limit in self.specs:
            raw = values[i]
            if raw[:1] == "'":
                raw = unguard_formula(raw)
            try:
                if kind == "text":
                    cleaned[name] = text(raw, f, max_length=limit, cell=True)
                elif kind == "url":
                    cleaned[name] = url(raw, f, cell=True)
                elif kind == "kind":
                    cleaned[name] = choice(raw, f, validate.SOURCE_KINDS) or "other"
                else:
                    cleaned[name] = validate.date(raw, f, required=False, cell=True)
            except ValidationError as exc:
                errors.append(ImportIssue(line, exc.field, exc.message))
        # cells
        countries_text = values[self.i_countries]
        if countries_text[:1] == "'":
            countries_text = unguard_formula(countries_text)
        cc = self.lk.countries_in(countries_text)
        if cc.unknown or not cc.codes or (cc.new and not self.add_countries):
            errors.extend(self._country_problems(line, countries_text, cc.codes, cc.new, cc.unknown))
        recs_text = values[self.i_recs]
        if recs_text[:1] == "'":
            recs_text = unguard_formula(recs_text)
        rc = self.lk.recs_in(recs_text)
        if rc.unknown or not rc.codes:
            f = header["recommendations"]
            if rc.unknown:
                codes = ", ".join(sorted({c for c, _ in self.lk.recs.values()}))
                if len(rc.unknown) > 1:
                    unknown = translate(
                        "ImportRows", "Unknown recommendations {items}: use a code ({codes}) or a title."
                    )
                else:
                    unknown = translate(
                        "ImportRows", "Unknown recommendation {items}: use a code ({codes}) or a title."
                    )
                errors.append(ImportIssue(line, f, unknown.format(items=shown(rc.unknown), codes=codes)))
            else:
                errors.append(ImportIssue(line, f, translate("ImportRows", "At least one recommendation is required.")))
        # status
        status = rationale = confidence = None
        status_text = get("status").strip() if "status" in col else ""
        if status_text:
            hit = self.lk.statuses.get(status_text.casefold())
            if hit is None:
                errors.append(
                    ImportIssue(
                        line,
                        header["status"],
                        translate(
                            "ImportRows", "Unknown status {status!r}; use one of: {codes} (or its label)."
                        ).format(status=status_text, codes=", ".join(self.lk.status_codes)),
                    )
                )
            elif hit.score is None:
                errors.append(
                    ImportIssue(
                        line,
                        header["status"],
                        translate("ImportRows", "{label!r} is where every cell starts; choose a judgement instead.")
                        .format(label=hit.label),
                    )
                )
            else:
                status = hit.code
        if "rationale" in col:
            try:
                rationale = validate.text(get("rationale"), header["rationale"], max_length=RATIONALE_CHARS, cell=True)
            except ValidationError as exc:
                errors.append(ImportIssue(line, exc.field, exc.message))
        if "confidence" in col:
            raw = get("confidence")
            if raw.strip():
                try:
                    confidence = validate.choice(raw, header["confidence"], validate.CONFIDENCES)
                except ValidationError as exc:
                    errors.append(ImportIssue(line, exc.field, exc.message))
        if not status_text:
            for which, given, without in (
                ("rationale", rationale, translate("ImportRows", "A rationale was given without a status to set.")),
                ("confidence", confidence, translate("ImportRows", "A confidence was given without a status to set.")),
            ):
                if given:
                    errors.append(ImportIssue(line, header[which], without))
        elif status is not None and not rationale:
            errors.append(
                ImportIssue(
                    line,
                    header.get("rationale", "rationale"),
                    translate("ImportRows", "A status needs a rationale (why that status)."),
                )
            )
        if errors:
            return None, errors
        return ParsedRow(
            line,
            uid,
            cleaned,
            cc.codes,
            cc.archived,
            cc.new,
            rc.codes,
            rc.archived,
            status,
            rationale,
            confidence or ("reported" if status else None),
        ), errors

    def _country_problems(
        self, line: int, text: str, codes: tuple[str, ...], new: tuple[IsoCountry, ...], unknown: tuple[str, ...]
    ) -> list[ImportIssue]:
        f = self.header["countries"]
        out: list[ImportIssue] = []
        if unknown:
            hints = [f"group:{self.lk.groups[u.casefold()][0]}" for u in unknown if u.casefold() in self.lk.groups]
            hint: str = ""
            if hints:
                hint = translate("ImportRows", " (for a group write {groups})").format(groups=", ".join(hints))
            if len(unknown) > 1:
                said = translate(
                    "ImportRows", "Unknown countries {items}: use an ISO code, an English name or group:NAME{hint}."
                )
            else:
                said = translate(
                    "ImportRows", "Unknown country {items}: use an ISO code, an English name or group:NAME{hint}."
                )
            out.append(ImportIssue(line, f, said.format(items=shown(unknown), hint=hint)))
        elif not codes:
            what = (
                translate("ImportRows", "The groups named here have no tracked members.")
                if text.strip()
                else translate("ImportRows", "At least one country (or group:NAME) is required.")
            )
            out.append(ImportIssue(line, f, what))
        if new and not self.add_countries:
            names = ", ".join(f"{c.name} ({c.alpha2})" for c in new)
            if len(new) > 1:
                untracked = translate(
                    "ImportRows",
                    "Not tracked in this tracker: {names}. Add them first, or import with the option to add countries.",
                )
            else:
                untracked = translate(
                    "ImportRows",
                    "Not tracked in this tracker: {names}. Add it first, or import with the option to add countries.",
                )
            out.append(ImportIssue(line, f, untracked.format(names=names)))
        return out
