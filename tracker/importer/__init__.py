"""Import evidence (optionally with statuses) from CSV or Excel files, and codebooks.

No Qt: the app's import wizard, the command line and the tests share this engine.
No SQL either: every read goes through :mod:`db.import_queries`, new evidence
is written by :mod:`db.bulk`, everything else by :mod:`db.ops`, and cells are
checked by :mod:`db.validate`.

* :func:`read_table` opens a file (CSV in UTF-8 with or without BOM or in
  Windows-1252, with ``,`` ``;`` or tab between cells; or an ``.xlsx``
  workbook), detects its encoding and delimiter and returns an
  :class:`ImportSource` that streams rows with their physical line numbers
  (:mod:`.sources`).  A file valid in no one encoding (UTF-8 rows and
  Windows-1252 rows) is refused naming its first bad line, unless the caller
  names an encoding from :data:`ENCODINGS` (:data:`MIXED_ENCODING` reads each
  line as UTF-8, else Windows-1252); :func:`peek_text` shows the first lines
  as an encoding reads them (the wizard's live preview).
* :func:`auto_mapping` matches the file's columns to :data:`FIELDS`
  (case-insensitive, with aliases); the wizard can override any column
  (:mod:`.mapping`).
* :func:`plan_import` is the dry run: it validates every row and says what an
  import would do, and lists every problem as (line, field, message).
* :func:`apply_import` writes everything in one transaction, or nothing.
* :func:`import_file` does either for the command line (:mod:`.engine`).
* :func:`import_codebook` and :func:`import_recommendations` fill a blank
  tracker's codebook from a codebook JSON file or a CSV of recommendations
  (:mod:`.codebook`).

Rules (the README documents them for users):

* A row with the uid of existing evidence updates it (only the columns the
  file has; an empty cell clears an optional field).  Its links change only
  when its countries or recommendations differ from the record's current
  ones, so exported evidence linked to a few cells of a grid round-trips.
  A row with ``status`` sets each linked cell's status effective on the row's
  date; on an update row, an assessment of that cell on that date citing this
  evidence is corrected if it differs, and left alone if not.
* A row without a known uid is new evidence, unless it repeats evidence
  already in the tracker or an earlier row of the file: same date, same cells
  and the same URL (or, without a URL, the same title, ignoring case).  Such
  rows are skipped and reported, never doubled.
* List cells: a cell that is one known name as a whole is that one item;
  otherwise it is split on ``|`` when it has one (what our exports write),
  else on ``;`` and then ``,`` -- adjacent pieces that together form a known
  name (``Palestine, State of``) are kept together (:func:`split_list`).
* A leading ``'`` that guards a formula-like value (our exports' formula
  guard) is removed: :func:`tracker.exports.unguard_formula`.

Memory stays flat however long the file: rows are streamed, and what spans
rows (uids met, duplicate keys) lives in a private temporary store
(:class:`db.scratch.ImportScratch`).
"""

from __future__ import annotations

from .codebook import RECOMMENDATION_COLUMNS, import_codebook, import_recommendations
from .engine import BATCH_ROWS, OPERATION, apply_import, import_file, plan_import
from .errors import Duplicate, ImportCancelled, ImportFailed, ImportIssue
from .mapping import (
    ALIASES,
    CONTENT_FIELDS,
    FIELD_HELP,
    FIELDS,
    IGNORED_COLUMNS,
    REQUIRED_FIELDS,
    ColumnMapping,
    auto_mapping,
    check_mapping,
    normalise_header,
    resolve_mapping,
)
from .results import ImportPlan, ImportResult, ImportSummary
from .sources import (
    ENCODINGS,
    MAX_CELL_CHARS,
    MIXED_ENCODING,
    ImportSource,
    Peek,
    SourceRow,
    encoding_label,
    peek_text,
    read_table,
)
from .values import split_list

__all__ = [
    "ALIASES",
    "BATCH_ROWS",
    "CONTENT_FIELDS",
    "ENCODINGS",
    "FIELDS",
    "FIELD_HELP",
    "IGNORED_COLUMNS",
    "MAX_CELL_CHARS",
    "MIXED_ENCODING",
    "OPERATION",
    "RECOMMENDATION_COLUMNS",
    "REQUIRED_FIELDS",
    "ColumnMapping",
    "Duplicate",
    "ImportCancelled",
    "ImportFailed",
    "ImportIssue",
    "ImportPlan",
    "ImportResult",
    "ImportSource",
    "ImportSummary",
    "Peek",
    "SourceRow",
    "apply_import",
    "auto_mapping",
    "check_mapping",
    "encoding_label",
    "import_codebook",
    "import_file",
    "import_recommendations",
    "normalise_header",
    "peek_text",
    "plan_import",
    "read_table",
    "resolve_mapping",
    "split_list",
]
