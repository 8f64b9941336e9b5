"""Read-only questions asked of a tracker.

Every function takes the :class:`Tracker` and returns plain dataclasses, so
views cache the answer and never run SQL while painting.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import field, fields, replace
from typing import Any

from . import ops, validate
from .errors import ValidationError
from .records import record, settle
from .store import Tracker

Cell = tuple[str, str]


@record(frozen=True)
class StatusInfo:
    code: str
    label: str
    score: float | None
    color: str
    description: str
    position: int


@record(frozen=True)
class RecommendationInfo:
    code: str
    title: str
    text: str
    guidance: str
    weight: float
    position: int
    archived: bool


@record(frozen=True)
class CountryInfo:
    code: str
    alpha3: str
    name: str
    archived: bool


@record(frozen=True)
class GradeInfo:
    grade: str
    min_score: float
    name: str = ""  # the grade's name ("Excellent"), when the codebook gives one


@record
class CodebookView:
    """The parts of the codebook a screen or an export needs, in display order."""

    title: str
    description: str
    source: str
    review_interval_days: int
    statuses: list[StatusInfo]
    recommendations: list[RecommendationInfo]
    countries: list[CountryInfo]
    grades: list[GradeInfo]
    groups: dict[str, list[str]]
    min_coverage_for_grade: float = 0.5  # share of recommendations assessed before a grade and a rank
    language: str = "en"  # the language of its texts (codebook_view's ``language``)
    #: Each group's name in :attr:`language` (the keys of :attr:`groups` stay the names the command line takes).
    group_names: dict[str, str] = field(default_factory=dict)
    #: The same view in English when this one is in another language: the source's own words are quoted
    #: from it (a report shows the original beside the translation).  None for an English view.
    english: CodebookView | None = None

    @property
    def unassessed(self) -> StatusInfo:
        return next(s for s in self.statuses if s.score is None)

    def status(self, code: str) -> StatusInfo:
        return next(s for s in self.statuses if s.code == code)

    def active_recommendations(self) -> list[RecommendationInfo]:
        return [r for r in self.recommendations if not r.archived]

    def active_countries(self) -> list[CountryInfo]:
        return [c for c in self.countries if not c.archived]

    def in_english(self) -> CodebookView:
        """The view in English, the codebook's canonical language (itself when it is English)."""
        return self.english or self

    def group_name(self, group: str) -> str:
        """A group's name in :attr:`language` (its own name when it has no translation)."""
        return self.group_names.get(group, group)

    def original(self, rec: RecommendationInfo) -> RecommendationInfo:
        """``rec`` as the codebook states it in English (the source's own words, not a translation)."""
        return next((r for r in self.in_english().recommendations if r.code == rec.code), rec)


def codebook_view(t: Tracker, language: str = "en") -> CodebookView:
    """The codebook as screens, reports and exports show it; with ``language``, its texts in that language.

    Translated (from the ``translations`` table): the tracker's title and description, status labels and
    descriptions, recommendation titles, wording and guidance, grade names and group names; country names
    come from ISO 3166's translations (:mod:`db.country_names`).  A text with no translation stays in
    English; the English view stays at hand as :attr:`CodebookView.english`.
    """
    english = _english_view(t)
    if language == "en":
        return english
    from .catalogue import sort_key
    from .codebook_texts import texts  # loaded with the first view in another language, never at start-up
    from .country_names import country_names
    from .i18n import LANGUAGES

    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    found = texts(t, language)
    names = country_names(language)
    english_names = country_names("en")

    def text(table: str, key: str, name: str, fallback: str) -> str:
        return found.get((table, key, name)) or fallback

    def country(c: CountryInfo) -> CountryInfo:
        # A name the tracker keeps as ISO's English name takes ISO's translation; one renamed by hand stays.
        same = english_names.get(c.code) == c.name
        return replace(c, name=names[c.code]) if same and c.code in names else c

    return replace(
        english,
        title=text("meta", "title", "value", english.title),
        description=text("meta", "description", "value", english.description),
        statuses=[
            replace(s, label=text("statuses", s.code, "label", s.label),
                    description=text("statuses", s.code, "description", s.description))
            for s in english.statuses
        ],
        recommendations=[
            replace(r, title=text("recommendations", r.code, "title", r.title),
                    text=text("recommendations", r.code, "text", r.text),
                    guidance=text("recommendations", r.code, "guidance", r.guidance))
            for r in english.recommendations
        ],
        countries=sorted((country(c) for c in english.countries), key=lambda c: sort_key(c.name, language)),
        grades=[replace(g, name=text("grades", g.grade, "name", g.name)) for g in english.grades],
        group_names={g: text("groups", g, "name", g) for g in english.groups},
        language=language,
        english=english,
    )


def _english_view(t: Tracker) -> CodebookView:
    db = t.db
    try:
        grade_names = {
            r[0]: r[1] for r in db.execute(
                "SELECT row_key, text FROM translations WHERE table_name = 'grades' AND field = 'name'"
                " AND language = 'en'"
            )
        }
    except sqlite3.OperationalError:  # a tracker opened without its upgrades (db.core only): no translations
        grade_names = {}
    return CodebookView(
        title=t.meta("title", "") or "",
        description=t.meta("description", "") or "",
        source=t.meta("source", "") or "",
        review_interval_days=int(t.meta("review_interval_days", "180") or 180),
        statuses=[
            StatusInfo(**r)
            for r in db.query("SELECT code, label, score, color, description, position FROM statuses ORDER BY position")
        ],
        recommendations=[
            RecommendationInfo(**{**r, "archived": bool(r["archived"])})
            for r in db.query(
                "SELECT code, title, text, guidance, weight, position, archived FROM recommendations"
                " ORDER BY position, code"
            )
        ],
        countries=[
            CountryInfo(**{**r, "archived": bool(r["archived"])})
            for r in db.query("SELECT code, alpha3, name, archived FROM countries ORDER BY name")
        ],
        grades=[
            GradeInfo(**r, name=grade_names.get(r["grade"], ""))
            for r in db.query("SELECT grade, min_score FROM grades ORDER BY min_score DESC")
        ],
        groups=group_map(t),
        min_coverage_for_grade=_min_coverage(t.meta("min_coverage_for_grade", "0.5")),
        group_names={},
    )


def _min_coverage(text: str | None) -> float:
    """The tracker's grading threshold; trackers made before it existed use the default."""
    try:
        value = float(text or 0.5)
    except ValueError:
        return 0.5
    return value if 0 <= value <= 1 else 0.5


def group_map(t: Tracker) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {
        r["name"]: [] for r in t.db.query("SELECT name FROM groups ORDER BY position, name")
    }
    for r in t.db.query("SELECT group_name, country_code FROM group_members ORDER BY country_code"):
        groups[r["group_name"]].append(r["country_code"])
    return groups


# ---------------------------------------------------------------- cell status
@record(frozen=True)
class CellStatus:
    """A cell's current judgement as of a date (or its absence)."""

    country_code: str
    recommendation_code: str
    status_code: str
    status_label: str
    score: float | None
    color: str
    assessment_uid: str | None = None
    effective_date: str | None = None
    confidence: str | None = None
    rationale: str | None = None
    recorded_by: str | None = None
    recorded_at: str | None = None
    evidence_uids: tuple[str, ...] = ()
    evidence_urls: tuple[str, ...] = ()
    evidence_count: int = 0
    needs_review: bool = False

    @property
    def cell(self) -> Cell:
        return (self.country_code, self.recommendation_code)

    @property
    def assessed(self) -> bool:
        return self.score is not None


def _as_of(value: str | _dt.date | None, t: Tracker, field: str = "as_of") -> str:
    if value is None:
        return t.today()
    return validate.date(value, field) or t.today()


_ASSESSMENT_COLUMNS = """
    a.uid, a.country_code, a.recommendation_code, a.status_code, a.effective_date, a.rationale,
    a.confidence, a.recorded_by, a.recorded_at
"""


def _evidence_for_assessments(t: Tracker, ids: Sequence[str]) -> dict[str, list[tuple[str, str | None]]]:
    """The evidence each assessment (by uid) cites, oldest event first: one query for any number of them."""
    found: dict[str, list[tuple[str, str | None]]] = {}
    if not ids:
        return found
    # The ids as one JSON parameter: no variable limit, one statement for 10,000 cells.  Sorted
    # here, and only where an assessment cites more than one (most cite one): cheaper than ORDER BY.
    keyed: dict[str, list[tuple[str, int, str, str | None]]] = {}
    for aid, day, eid, uid, url in t.db.execute(
        "SELECT ae.assessment_uid, e.event_date, e.rowid, e.uid, e.url"
        " FROM assessment_evidence ae JOIN evidence e ON e.uid = ae.evidence_uid"
        " WHERE ae.assessment_uid IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    ):
        keyed.setdefault(aid, []).append((day, eid, uid, url))
    for aid, items in keyed.items():
        if len(items) > 1:
            items.sort()
        found[aid] = [(uid, url) for _, _, uid, url in items]
    return found


def _evidence_tuples(t: Tracker, ids: Sequence[str]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per assessment, the uids and the URLs of the evidence it cites, oldest event first, as CellStatus holds them.

    The matrix's hot path: built in one pass, without a pair per evidence (most cite one).
    """
    keyed: dict[str, list[tuple[str, int, str, str | None]]] = {}
    for row in t.db.execute(
        "SELECT ae.assessment_uid, e.event_date, e.rowid, e.uid, e.url"
        " FROM assessment_evidence ae JOIN evidence e ON e.uid = ae.evidence_uid"
        " WHERE ae.assessment_uid IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    ):
        items = keyed.get(row[0])
        if items is None:
            keyed[row[0]] = [row[1:]]
        else:
            items.append(row[1:])
    found: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for aid, items in keyed.items():
        if len(items) == 1:
            _, _, uid, url = items[0]
            found[aid] = ((uid,), (url,) if url else ())
        else:
            items.sort()
            found[aid] = (tuple(i[2] for i in items), tuple(i[3] for i in items if i[3]))
    return found


#: Per cell of ``{cells}`` (rows of country_code, recommendation_code): its evidence count and its
#: current assessment as of ?1.  Both are index seeks per cell: the running count in
#: ``cell_evidence_counts`` (kept by triggers, see db.tallies) and the latest assessment through
#: ``assessments_cell``, whose order (effective date, recorded at, uid) is the tie-break (db.current).
_CELL_SQL = """
    SELECT x.country_code, x.recommendation_code, {count} AS evidence_count,
           a.uid, a.uid, a.status_code, a.effective_date, {details}
    FROM ({cells}) x
    LEFT JOIN assessments a ON a.uid = (
        SELECT b.uid FROM assessments b
        WHERE b.country_code = x.country_code AND b.recommendation_code = x.recommendation_code
          AND b.effective_date <= ?1
        ORDER BY b.effective_date DESC, b.recorded_at DESC, b.uid DESC LIMIT 1)
"""
_ACTIVE_CELLS = (
    "SELECT c.code AS country_code, r.code AS recommendation_code FROM countries c, recommendations r"
    " WHERE c.archived = 0 AND r.archived = 0"
)
#: :data:`_CELL_SQL` reading each cell's latest assessment from ``cell_current`` (kept by triggers, see
#: db.current) instead of seeking it: right for every cell whose latest assessment is effective on or
#: before ?1 (the others are read again through _CELL_SQL).  Today's view of a big tracker, in one pass.
_CURRENT_SQL = """
    SELECT x.country_code, x.recommendation_code, {count} AS evidence_count,
           k.uid, k.uid, k.status_code, k.effective_date, {details}
    FROM ({cells}) x
    LEFT JOIN cell_current k ON k.country_code = x.country_code AND k.recommendation_code = x.recommendation_code
"""
#: What fills {count} in those: the cell's evidence count as of ?1 (an index seek per cell), or -1 for "not
#: read" (the matrix's cache reads the counts of the rows it shows, :func:`evidence_counts`: the seeks for
#: every cell of a big tracker were half of its statuses' cost at start-up).
_COUNT = """coalesce((SELECT n.total FROM cell_evidence_counts n
                     WHERE n.country_code = x.country_code AND n.recommendation_code = x.recommendation_code
                       AND n.event_date <= ?1 ORDER BY n.event_date DESC LIMIT 1), 0)"""
_NO_COUNT = "coalesce(-1, ?1)"  # -1, naming ?1 as the statement's parameters expect
#: What fills {details} in those: the assessment's own words, or nothing (the matrix's cache holds none).
_DETAILS = "{t}.rationale, {t}.confidence, {t}.recorded_by, {t}.recorded_at"
_NO_DETAILS = "NULL, NULL, NULL, NULL"
_LISTED_CELLS = (
    "SELECT c.code AS country_code, r.code AS recommendation_code FROM json_each(?2) w"
    " JOIN countries c ON c.code = json_extract(w.value, '$[0]')"
    " JOIN recommendations r ON r.code = json_extract(w.value, '$[1]')"
    " WHERE c.archived = 0 AND r.archived = 0"
)
#: Below this many cells, seeking each one costs less than a look at ``cell_current``'s dates.
_FEW_CELLS = 64


def _cell_rows(t: Tracker, cells_sql: str, params: list[Any], day: str, few: bool, details: bool,
               counts: bool = True) -> list[Any]:
    """The rows of :data:`_CELL_SQL` for the cells ``cells_sql`` lists, as of ``day``.

    Through ``cell_current`` when most cells' latest assessment is already effective at ``day`` (today's
    view, unless many assessments are dated in the future): a seek fewer per cell and no scattered row
    reads.  The cells whose latest assessment is later than ``day`` are then read through _CELL_SQL.
    ``details=False``: without the assessments' rationale, confidence, author and time (None).
    ``counts=False``: without the evidence counts (-1).
    """
    seek_extra = _DETAILS.format(t="a") if details else _NO_DETAILS
    count = _COUNT if counts else _NO_COUNT
    if not few:
        try:
            kept, later = t.db.execute(
                "SELECT count(*), coalesce(sum(effective_date > ?), 0) FROM cell_current", [day]
            ).fetchone()
        except sqlite3.OperationalError:  # a tracker opened without its upgrades (db.core only)
            kept, later = 0, 1
        if later * 8 <= kept:
            extra = _DETAILS.format(t="k") if details else _NO_DETAILS
            rows = t.db.execute(_CURRENT_SQL.format(cells=cells_sql, details=extra, count=count),
                                [day, *params]).fetchall()
            if later:
                again = [(r[0], r[1]) for r in rows if r[6] is not None and r[6] > day]
                if again:
                    fresh = {(r[0], r[1]): r for r in t.db.execute(
                        _CELL_SQL.format(cells=_LISTED_CELLS, details=seek_extra, count=count),
                        [day, json.dumps(again)]).fetchall()}
                    rows = [fresh.get((r[0], r[1]), r) for r in rows]
            return rows
    return t.db.execute(_CELL_SQL.format(cells=cells_sql, details=seek_extra, count=count), [day, *params]).fetchall()


def _cell_statuses_sql(
    t: Tracker, cells_sql: str, params: list[Any], day: str, book: CodebookView, interval: int,
    evidence_lists: bool = True, few: bool = False, details: bool = True, counts: bool = True,
) -> dict[Cell, CellStatus]:
    """CellStatus of every cell ``cells_sql`` lists (``params`` from ?2 on), as of ``day``; in no order."""
    rows = _cell_rows(t, cells_sql, params, day, few, details, counts)
    evidence = _evidence_tuples(t, [r[3] for r in rows if r[3] is not None]) if evidence_lists else {}
    none: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    blank = book.unassessed
    # Older than the interval <=> effective before this day (ISO dates compare as text).
    try:
        cutoff = (_dt.date.fromisoformat(day) - _dt.timedelta(days=interval)).isoformat()
    except OverflowError:  # before year 1: nothing can be that old
        cutoff = ""
    result: dict[Cell, CellStatus] = {}
    make = _cell_status
    looks = {s.code: (s.code, s.label, s.score, s.color) for s in book.statuses}
    unassessed = (blank.code, blank.label, None, blank.color, None, None, None, None, None, None, (), ())
    for country, rec, count, aid, uid, code, effective, rationale, confidence, by, at in rows:
        if aid is None:
            result[(country, rec)] = make((country, rec, *unassessed, count, False))
            continue
        uids, urls = evidence.get(aid, none)
        result[(country, rec)] = make((
            country, rec, *looks[code], uid, effective, confidence, rationale, by, at, uids, urls, count,
            effective < cutoff,
        ))
    return result


def _cached_statuses(t: Tracker, day: str, book: CodebookView, interval: int) -> StatusTable | None:
    """What the matrix's cache holds of every active cell (no evidence, details or counts), as of ``day``.

    One scan of ``cell_current`` that answers a row per country: its cells' status codes as one JSON object
    (``json_group_object``, decoded in C) and how many of them are later than ``day``.  Scores and ranks need
    only the codes; a cell's assessment uid and date are read a country at a time when one of its cells is
    made (:meth:`StatusTable.__getitem__`).  A row per cell (five columns, 10,000 rows at 1m) cost a
    million-record start-up 90 million instructions; this read, 40 million.  Cells whose latest assessment is
    later than ``day`` are sought; None (the caller seeks every cell) when many are, as in a view of the
    past, or without ``cell_current``.
    """
    try:
        rows = t.db.execute(
            "SELECT country_code, sum(effective_date > ?), json_group_object(recommendation_code, status_code)"
            " FROM cell_current GROUP BY country_code", [day]).fetchall()
    except sqlite3.OperationalError:  # a tracker opened without its upgrades (db.core only)
        return None
    countries = [c.code for c in book.countries if not c.archived]
    recs = [r.code for r in book.recommendations if not r.archived]
    active_countries, active_recs = set(countries), set(recs)
    try:
        cutoff = (_dt.date.fromisoformat(day) - _dt.timedelta(days=interval)).isoformat()
    except OverflowError:  # before year 1: nothing can be that old
        cutoff = ""
    codes: dict[str, dict[str, str]] = {}  # country -> recommendation -> status code (latest, whatever its date)
    later_in: list[str] = []  # active countries with cells assessed after ``day``
    later_count = total = 0
    for country, later, cells in rows:
        if country in active_countries:
            codes[country] = found = json.loads(cells)
            total += len(found)
            if later:
                later_in.append(country)
                later_count += later
    if later_count * 8 > total:
        return None
    later_cells: list[Cell] = []
    for country in later_in:
        later_cells += [(country, rec) for (rec,) in t.db.execute(
            "SELECT recommendation_code FROM cell_current WHERE country_code = ? AND effective_date > ?",
            [country, day]) if rec in active_recs]

    def details(country: str) -> dict[str, tuple[str, str, str]]:
        return {rec: (uid, code, effective) for rec, uid, code, effective in t.db.execute(
            "SELECT recommendation_code, uid, status_code, effective_date FROM cell_current WHERE country_code = ?",
            [country])}

    table = StatusTable(codes, details, countries, recs, book, cutoff)
    if later_cells:
        table.update(_cell_statuses_sql(t, _LISTED_CELLS, [json.dumps(later_cells)], day, book, interval, False,
                                        few=True, details=False, counts=False))
    return table


_NO_CODES: dict[str, str] = {}


class StatusTable(MutableMapping[Cell, CellStatus]):
    """Every active cell's status as the matrix's cache holds it, kept as the status codes read and made into
    :class:`CellStatus` objects only when asked for (:meth:`__getitem__`): a big tracker's start-up made
    10,000 of them for the screenful it shows.  :meth:`score` answers a cell's score without making one.

    A cell with no code is not assessed; the table holds every active cell, like the dict it replaces.
    Making an assessed cell reads its country's assessment uids and dates (``details``) once.  Should another
    program have changed the file since the codes were read (the window's watcher then re-reads the cells it
    changed), such a cell is made from what the file says now, never from a mix; a cell the codes say is not
    assessed stays so until then.
    """

    def __init__(self, codes: dict[str, dict[str, str]], details: Callable[[str], dict[str, tuple[str, str, str]]],
                 countries: list[str], recs: list[str], book: CodebookView, cutoff: str) -> None:
        self._codes = codes
        self._read_details = details
        self._details: dict[str, dict[str, tuple[str, str, str]]] = {}  # country -> rec -> (uid, code, date)
        self._made: dict[Cell, CellStatus] = {}
        self._countries, self._recs = countries, recs
        self._country_set, self._rec_set = set(countries), set(recs)
        self._looks = {s.code: (s.code, s.label, s.score, s.color) for s in book.statuses}
        blank = book.unassessed
        self._blank = (blank.code, blank.label, None, blank.color, None, None, None, None, None, None, (), (), -1,
                       False)
        self._scores = {s.code: s.score for s in book.statuses}
        self._cutoff = cutoff

    def __getitem__(self, cell: Cell) -> CellStatus:
        made = self._made.get(cell)
        if made is not None:
            return made
        if cell not in self:
            raise KeyError(cell)
        made = self._make(cell)
        self._made[cell] = made
        return made

    def _make(self, cell: Cell) -> CellStatus:
        country, rec = cell
        if rec not in self._codes.get(country, _NO_CODES):
            return _cell_status((country, rec, *self._blank))
        found = self._details.get(country)
        if found is None:
            self._details[country] = found = self._read_details(country)
        detail = found.get(rec)
        if detail is None:  # gone from the file since the codes were read
            return _cell_status((country, rec, *self._blank))
        uid, code, effective = detail
        return _cell_status((country, rec, *self._looks[code], uid, effective, None, None, None, None, (), (), -1,
                             effective < self._cutoff))

    def row(self, country: str, recs: Iterable[str]) -> StatusRow:
        """``country``'s cells of ``recs`` as they are now, made when read (what a score keeps of its row)."""
        return StatusRow(self, country, recs)

    def score(self, cell: Cell) -> float | None:
        """``self[cell].score``, without making the status."""
        made = self._made.get(cell)
        if made is not None:
            return made.score
        code = self._codes.get(cell[0], _NO_CODES).get(cell[1])
        return None if code is None else self._scores[code]

    def is_made(self, cell: Cell) -> bool:
        """Whether ``cell``'s status object exists yet (asked for, or set)."""
        return cell in self._made

    def __contains__(self, cell: object) -> bool:
        return (isinstance(cell, tuple) and len(cell) == 2 and cell[0] in self._country_set
                and cell[1] in self._rec_set) or cell in self._made

    def __setitem__(self, cell: Cell, status: CellStatus) -> None:
        self._made[cell] = status

    def __delitem__(self, cell: Cell) -> None:
        raise TypeError("a StatusTable holds every active cell")

    def __iter__(self) -> Iterator[Cell]:
        extra = [c for c in self._made if c[0] not in self._country_set or c[1] not in self._rec_set]
        for country in self._countries:
            for rec in self._recs:
                yield (country, rec)
        yield from extra

    def __len__(self) -> int:
        return len(self._countries) * len(self._recs) + sum(
            1 for c in self._made if c[0] not in self._country_set or c[1] not in self._rec_set)


class StatusRow(Mapping[str, CellStatus]):
    """One country's cells in a :class:`StatusTable` (recommendation code -> status) at the moment it was
    taken, made when read, each with the evidence count -1 ("not read"): a score's row is the same whether
    or not the matrix has shown it.  :meth:`scores` gives the scores without making a status."""

    def __init__(self, table: StatusTable, country: str, recs: Iterable[str]) -> None:
        self._table = table
        self._country = country
        made, rec_set = table._made, table._rec_set
        codes = table._codes.get(country, _NO_CODES)
        # Each cell: its status once made, else its status code (or None: not assessed) until read.
        self._entries: dict[str, CellStatus | str | None]
        if country not in table._country_set:
            self._entries = {rec: made[(country, rec)] for rec in recs if (country, rec) in made}
        elif made:
            self._entries = {rec: made.get((country, rec)) or codes.get(rec) for rec in recs
                             if rec in rec_set or (country, rec) in made}
        else:  # nothing made yet (start-up): the codes alone
            self._entries = {rec: codes.get(rec) for rec in recs if rec in rec_set}

    def scores(self) -> list[tuple[str, float | None]]:
        """(recommendation code, score) of each cell, in the row's order."""
        score_of = self._table._scores
        return [(rec, None if entry is None else score_of[entry]) if not isinstance(entry, CellStatus)
                else (entry.recommendation_code, entry.score) for rec, entry in self._entries.items()]

    def __getitem__(self, rec: str) -> CellStatus:
        entry = self._entries[rec]
        if isinstance(entry, CellStatus):
            return with_evidence_count(entry, -1) if entry.evidence_count >= 0 else entry
        status = self._table._make((self._country, rec))
        self._entries[rec] = status
        return status

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


settle(CellStatus)  # _cell_status makes its instances without __init__ (db.records)
_CELL_FIELDS = tuple(f.name for f in fields(CellStatus))
_new = object.__new__


def _cell_status(values: tuple[Any, ...]) -> CellStatus:
    """A CellStatus from every field's value in order: what its ``__init__`` makes, at a third of the cost.

    (A frozen dataclass sets each field through ``object.__setattr__``; the matrix makes 10,000 of them.)
    """
    status: CellStatus = _new(CellStatus)
    d = status.__dict__
    (d["country_code"], d["recommendation_code"], d["status_code"], d["status_label"], d["score"], d["color"],
     d["assessment_uid"], d["effective_date"], d["confidence"], d["rationale"], d["recorded_by"], d["recorded_at"],
     d["evidence_uids"], d["evidence_urls"], d["evidence_count"], d["needs_review"]) = values
    return status


def with_evidence_count(status: CellStatus, count: int) -> CellStatus:
    """A copy of ``status`` with ``count`` as its evidence count: ``dataclasses.replace`` at a tenth of the cost
    (the matrix's cache fills in a row of them as the row is first shown)."""
    copy: CellStatus = _new(CellStatus)
    d = copy.__dict__
    d.update(status.__dict__)
    d["evidence_count"] = count
    return copy


if _CELL_FIELDS != (
    "country_code", "recommendation_code", "status_code", "status_label", "score", "color", "assessment_uid",
    "effective_date", "confidence", "rationale", "recorded_by", "recorded_at", "evidence_uids", "evidence_urls",
    "evidence_count", "needs_review",
):  # pragma: no cover (a field added to CellStatus must be added to _cell_status too)
    raise RuntimeError("CellStatus's fields changed: update db.queries._cell_status")


def current_statuses(
    t: Tracker,
    as_of: str | _dt.date | None = None,
    *,
    review_interval_days: int | None = None,
    countries: Iterable[str] | None = None,
    book: CodebookView | None = None,
    evidence_lists: bool = True,
    ordered: bool = True,
    details: bool = True,
    counts: bool = True,
) -> dict[Cell, CellStatus]:
    """The status of every active cell as of a date (default today), countries by name, then recommendations.

    Only assessments effective on or before ``as_of`` count; the latest
    effective date wins, ties broken by the time recorded.  Cells with no
    assessment get the codebook's 'not assessed' status.  ``countries``
    narrows the cells in SQL, so one group costs only its cells.
    ``ordered=False``: in no particular order (a cache looked up by cell need not pay for the order).
    ``evidence_lists=False``, ``details=False``: without the evidence each status cites, or the
    assessment's rationale, confidence, author and time (what the matrix's cache leaves out).
    ``counts=False``: every ``evidence_count`` is -1, "not read" (:func:`evidence_counts` reads them).
    """
    day = _as_of(as_of, t)
    book = book or codebook_view(t)
    interval = review_interval_days or book.review_interval_days
    cells_sql, params = _ACTIVE_CELLS, []
    if countries is not None:
        params = [json.dumps(sorted(set(countries)))]
        cells_sql += " AND c.code IN (SELECT value FROM json_each(?2))"
    found: MutableMapping[Cell, CellStatus] | None = None
    if countries is None and not (evidence_lists or details or counts):  # the matrix's cache
        found = _cached_statuses(t, day, book, interval)
    if found is None:
        found = _cell_statuses_sql(t, cells_sql, params, day, book, interval, evidence_lists, details=details,
                                   counts=counts)
    if not ordered:
        return found if isinstance(found, dict) else dict(found)
    recs = [r.code for r in book.active_recommendations()]
    return {
        (c.code, r): found[(c.code, r)]
        for c in book.active_countries()
        for r in recs
        if (c.code, r) in found
    }


def cache_statuses(t: Tracker, as_of: str, *, review_interval_days: int | None = None,
                   book: CodebookView | None = None) -> MutableMapping[Cell, CellStatus]:
    """:func:`current_statuses` as the matrix's cache holds them (no evidence lists, details or counts, in no
    order), made when asked for: a :class:`StatusTable` when one scan of ``cell_current`` answers, else a dict."""
    day = _as_of(as_of, t)
    book = book or codebook_view(t)
    interval = review_interval_days or book.review_interval_days
    found = _cached_statuses(t, day, book, interval)
    if found is None:
        return _cell_statuses_sql(t, _ACTIVE_CELLS, [], day, book, interval, False, details=False, counts=False)
    return found


def cell_statuses(
    t: Tracker,
    cells: Iterable[Cell],
    as_of: str | _dt.date | None = None,
    *,
    review_interval_days: int | None = None,
    book: CodebookView | None = None,
    evidence_lists: bool = True,
    details: bool = True,
) -> dict[Cell, CellStatus]:
    """:func:`current_statuses` for just these cells (in the order given), at a cost proportional to them.

    For refreshing what an edit touched.  Cells of an archived country or
    recommendation are left out, as :func:`current_statuses` leaves them out.
    """
    wanted = list(dict.fromkeys((str(c), str(r)) for c, r in cells))
    if not wanted:
        return {}
    day = _as_of(as_of, t)
    book = book or codebook_view(t)
    interval = review_interval_days or book.review_interval_days
    found = _cell_statuses_sql(t, _LISTED_CELLS, [json.dumps(wanted)], day, book, interval, evidence_lists,
                               few=len(wanted) < _FEW_CELLS, details=details)
    return {cell: found[cell] for cell in wanted if cell in found}


def evidence_counts(t: Tracker, cells: Iterable[Cell], as_of: str | _dt.date | None = None) -> dict[Cell, int]:
    """How many non-archived evidence each of these cells has as of a date (default today): a seek per cell.

    What ``current_statuses(..., counts=False)`` leaves out, read for just the cells shown.
    """
    wanted = list(dict.fromkeys((str(c), str(r)) for c, r in cells))
    if not wanted:
        return {}
    cells_sql = ("SELECT json_extract(w.value, '$[0]') AS country_code, json_extract(w.value, '$[1]')"
                 " AS recommendation_code FROM json_each(?2) w")
    rows = t.db.execute(f"SELECT x.country_code, x.recommendation_code, {_COUNT} FROM ({cells_sql}) x",
                        [_as_of(as_of, t), json.dumps(wanted)])
    return {(country, rec): n for country, rec, n in rows}


def cells_citing(t: Tracker, evidence_uids: Iterable[str]) -> set[tuple[Cell, str]]:
    """(cell, assessment uid) of every assessment that cites any of these evidence: one index probe each."""
    uids = list(dict.fromkeys(evidence_uids))
    if not uids:
        return set()
    rows = t.db.execute(
        "SELECT a.country_code, a.recommendation_code, a.uid FROM evidence e"
        " JOIN assessment_evidence ae ON ae.evidence_uid = e.uid JOIN assessments a ON a.uid = ae.assessment_uid"
        " WHERE e.uid IN (SELECT value FROM json_each(?))",
        [json.dumps(uids)],
    )
    return {((country, rec), uid) for country, rec, uid in rows}


def assessment_history(
    t: Tracker,
    *,
    country: str | None = None,
    recommendation: str | None = None,
    book: CodebookView | None = None,
    as_of: str | None = None,
    review_interval_days: int | None = None,
) -> list[CellStatus]:
    """Every assessment ever recorded, oldest effective date first (ties: time recorded)."""
    book = book or codebook_view(t)
    day = _as_of(as_of, t)
    where, params = [], []
    if country:
        where.append("a.country_code = ?")
        params.append(country)
    if recommendation:
        where.append("a.recommendation_code = ?")
        params.append(recommendation)
    rows = list(
        t.db.query(
            f"SELECT {_ASSESSMENT_COLUMNS} FROM assessments a"
            f"{' WHERE ' + ' AND '.join(where) if where else ''}"
            " ORDER BY a.effective_date, a.recorded_at, a.uid",
            params,
        )
    )
    # Only a cell's current assessment can need review: ask for just the cells asked about.
    if country and recommendation:
        now = cell_statuses(t, [(country, recommendation)], day, book=book, review_interval_days=review_interval_days)
    else:
        now = current_statuses(
            t, day, book=book, review_interval_days=review_interval_days, countries=[country] if country else None
        )
    current = {c.assessment_uid for c in now.values() if c.needs_review}
    evidence = _evidence_for_assessments(t, [r["uid"] for r in rows])
    statuses = {s.code: s for s in book.statuses}
    out = []
    for r in rows:
        s = statuses[r["status_code"]]
        links = evidence.get(r["uid"], [])
        out.append(
            CellStatus(
                r["country_code"], r["recommendation_code"], s.code, s.label, s.score, s.color,
                assessment_uid=r["uid"], effective_date=r["effective_date"], confidence=r["confidence"],
                rationale=r["rationale"], recorded_by=r["recorded_by"], recorded_at=r["recorded_at"],
                evidence_uids=tuple(u for u, _ in links), evidence_urls=tuple(u for _, u in links if u),
                evidence_count=len(links), needs_review=r["uid"] in current,
            )
        )
    return out


@record(frozen=True)
class CellChange:
    """A cell whose status differs between two dates."""

    country_code: str
    recommendation_code: str
    before: CellStatus
    after: CellStatus

    @property
    def score_delta(self) -> float | None:
        if self.before.score is None or self.after.score is None:
            return None
        return self.after.score - self.before.score


def changes_between(t: Tracker, start: str | _dt.date, end: str | _dt.date) -> list[CellChange]:
    """Cells whose status changed between ``start`` and ``end``.

    A new assessment that confirms the same status is not a change.
    """
    d1 = _as_of(start, t, "from")
    d2 = _as_of(end, t, "to")
    if d1 > d2:
        raise ValidationError("from", f"The start date {d1} is after the end date {d2}.")
    book = codebook_view(t)
    blank = book.unassessed.code
    # First only each cell's status code at both dates (two index seeks per cell), then
    # the full statuses of just the cells that changed.
    latest = (
        "(SELECT b.status_code FROM assessments b"
        " WHERE b.country_code = x.country_code AND b.recommendation_code = x.recommendation_code"
        " AND b.effective_date <= {day} ORDER BY b.effective_date DESC, b.recorded_at DESC, b.uid DESC LIMIT 1)"
    )
    changed = {
        (country, rec)
        for country, rec, s1, s2 in t.db.execute(
            f"SELECT x.country_code, x.recommendation_code, {latest.format(day='?1')}, {latest.format(day='?2')}"
            f" FROM ({_ACTIVE_CELLS}) x",
            [d1, d2],
        )
        if (s1 or blank) != (s2 or blank)
    }
    if not changed:
        return []
    before = cell_statuses(t, changed, d1, book=book)
    after = cell_statuses(t, changed, d2, book=book)
    recs = [r.code for r in book.active_recommendations()]
    order = [(c.code, r) for c in book.active_countries() for r in recs]
    return [CellChange(cell[0], cell[1], before[cell], after[cell]) for cell in order if cell in changed]


def cells_needing_review(
    t: Tracker, as_of: str | _dt.date | None = None, *, review_interval_days: int | None = None
) -> list[CellStatus]:
    """Current assessments older than the review interval, oldest first."""
    cells = current_statuses(t, as_of, review_interval_days=review_interval_days)
    stale = [c for c in cells.values() if c.needs_review]
    return sorted(stale, key=lambda c: (c.effective_date or "", c.country_code, c.recommendation_code))


# ---------------------------------------------------------------- evidence
# Search and the evidence list live in db.search (keyset pages, folded search);
# these names stay importable from here for existing callers.
from .search import EvidenceFilter as EvidenceFilter  # noqa: E402
from .search import EvidenceItem as EvidenceItem  # noqa: E402
from .search import EvidencePage as EvidencePage  # noqa: E402
from .search import cell_evidence_uids as cell_evidence_uids  # noqa: E402
from .search import count_evidence as count_evidence  # noqa: E402
from .search import count_evidence_for_cell as count_evidence_for_cell  # noqa: E402
from .search import evidence_for_cell as evidence_for_cell  # noqa: E402
from .search import fts_query as fts_query  # noqa: E402
from .search import get_evidence as get_evidence  # noqa: E402
from .search import search_evidence as search_evidence  # noqa: E402
from .search import search_page as search_page  # noqa: E402


# ---------------------------------------------------------------- history
@record(frozen=True)
class HistoryEntry:
    id: int  # the entry's local rowid (this copy's order of writing), never shown or replicated
    at: str
    user: str
    operation: str
    action: str
    table_name: str
    row_key: str
    before: str | None
    after: str | None


def history(
    t: Tracker, *, table: str | None = None, key: str | None = None, limit: int | None = None
) -> list[HistoryEntry]:
    """The change log, newest first."""
    where, params = [], []
    if table:
        where.append("table_name = ?")
        params.append(table)
    if key:
        where.append("row_key = ?")
        params.append(key)
    # An import stores no copy of each record it creates (100,000 copies doubled
    # a tracker's size and most of the import's time).  Nothing is lost: every
    # later change to a record is recorded with a ``before``, so the record as
    # created is the ``before`` of its next entry, read here in the same query,
    # or, if it has not changed since, the record as it stands (_filled_in).
    sql = (
        "SELECT rowid AS id, at, user, operation, action, table_name, row_key, before,"
        " coalesce(after, CASE WHEN action = 'insert' THEN (SELECT n.before FROM history n"
        "  WHERE n.table_name = h.table_name AND n.row_key = h.row_key AND n.rowid > h.rowid ORDER BY n.rowid LIMIT 1)"
        " END) AS after"
        " FROM history h" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY rowid DESC"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    entries = [HistoryEntry(**r) for r in t.db.query(sql, params)]
    return [_filled_in(t, e) if e.action == "insert" and e.after is None else e for e in entries]


def _filled_in(t: Tracker, entry: HistoryEntry) -> HistoryEntry:
    """An import's insert entry of a record unchanged since: its ``after`` is the record now."""
    snapshot = ops.current_snapshot(t, entry.table_name, entry.row_key)
    return entry if snapshot is None else replace(entry, after=ops.history_json(snapshot))


def counts(t: Tracker) -> dict[str, int]:
    """Totals for the status bar and ``check``."""
    # Evidence, assessments and history come from the trigger-kept tallies (db.tallies):
    # O(1) however big the tracker; the codebook tables are small enough to count.
    q = t.db.execute
    tallies = dict(q("SELECT name, n FROM tallies").fetchall())
    return {
        "countries": q("SELECT count(*) FROM countries WHERE archived = 0").fetchone()[0],
        "recommendations": q("SELECT count(*) FROM recommendations WHERE archived = 0").fetchone()[0],
        "evidence": tallies["evidence"],
        "archived_evidence": tallies["archived_evidence"],
        "assessments": tallies["assessments"],
        "history": tallies["history"],
    }
