"""Errors the data layer raises.

Every error carries a message written for the person at the keyboard: the
command line prints it as one sentence and the app shows it in a dialog.
"""

from __future__ import annotations


class TrackerError(Exception):
    """Base class for every error Policy Tracker reports to a user."""


class ValidationError(TrackerError):
    """Input that breaks a rule of the codebook or the data model.

    ``field`` names the offending field (``"country"``, ``"event_date"``...)
    so forms can put the message next to the right control and imports can
    report ``line N, field F``.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(TrackerError):
    """A uid, code or name that does not exist in this tracker."""


class TrackerFileError(TrackerError):
    """A file that cannot be opened as a tracker; the file is left untouched."""


class NotATrackerError(TrackerFileError):
    """The file exists but is not a Policy Tracker database."""


class NewerVersionError(TrackerFileError):
    """The tracker was written by a newer version of Policy Tracker."""
