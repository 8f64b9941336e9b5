"""What an import reports: problems with their line, skipped duplicates, and the two ways it stops."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from db.errors import TrackerError
from db.messages import Counted, Message, translate
from db.records import record

if TYPE_CHECKING:
    from .results import ImportResult

#: Counts in the problems' sentences (Qt's plural forms; see db.messages.Counted).
ImportProblems = Counted("ImportProblems")
#: What the Field column names when a problem is not about one field: the whole file, its header row, one
#: row, or its rows (the words are translated; a field's own name is the file's column name and is not).
FILE = translate("ImportProblems", "file")
HEADER = translate("ImportProblems", "header")
ROW = translate("ImportProblems", "row")
ROWS = translate("ImportProblems", "rows")


def column_field(number: int) -> Message:
    """The Field of a column without a name: 'column 3' (counted from 1)."""
    return translate("ImportProblems", "column {number}").format(number=number)


@record(frozen=True, order=True)
class ImportIssue:
    """One problem: the physical line of the file (the header is line 1), the field, a sentence."""

    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"

    @property
    def sentence(self) -> Message:
        """``str(self)`` that the window says in its language (the field and message translated too)."""
        return translate("ImportProblems", "line {line}: {field}: {message}").format(
            line=self.line, field=self.field, message=self.message
        )

    def format(self, file_name: str) -> str:
        """``FILE:LINE: field: message``, the form the command line prints."""
        return f"{file_name}:{self.line}: {self.field}: {self.message}"


@record(frozen=True)
class Duplicate:
    """A row skipped because it repeats evidence already in the tracker or earlier in the file."""

    line: int
    of_line: int | None = None
    of_uid: str | None = None

    @property
    def message(self) -> str:
        if self.of_line:
            return translate(
                "ImportProblems", "Same URL (or title without one), date and cells as line {line}: skipped."
            ).format(line=self.of_line)
        return translate(
            "ImportProblems", "Same URL (or title without one), date and cells as evidence {uid}: skipped."
        ).format(uid=self.of_uid)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class ImportFailed(TrackerError):
    """The file cannot be imported; nothing was written.  ``errors`` lists every problem."""

    def __init__(self, errors: Sequence[ImportIssue], result: ImportResult | None = None) -> None:
        self.errors = list(errors)
        self.result = result
        first = self.errors[0] if self.errors else None
        if first is None:
            super().__init__(translate("ImportProblems", "Nothing was imported."))
            return
        # {problem} is the first problem as the command line says it, its full stop dropped (English only uses
        # it); a translation says {said}, the same problem in its language, whose own full stop ends the text.
        text = str(first).rstrip(".")
        said = first.sentence
        if len(self.errors) > 1:
            more = ImportProblems.tr("and %n more problems", "", len(self.errors) - 1)
            message = translate("ImportProblems", "Nothing was imported: {problem} ({more}).").format(
                problem=text, said=said, more=more
            )
        else:
            message = translate("ImportProblems", "Nothing was imported: {problem}.").format(problem=text, said=said)
        super().__init__(message)


class ImportCancelled(TrackerError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("ImportProblems", "The import was cancelled; nothing was written."))
