"""Policy Tracker's data layer: schema, migrations, operations, queries, codebook.

Imports no Qt, so the command line, the exports and the tests run without a screen.
"""

from .codebook import Codebook, blank_codebook, default_codebook, load_codebook
from .errors import (
    NewerVersionError,
    NotATrackerError,
    NotFoundError,
    TrackerError,
    TrackerFileError,
    ValidationError,
)
from .store import Tracker

__all__ = [
    "Codebook",
    "NewerVersionError",
    "NotATrackerError",
    "NotFoundError",
    "Tracker",
    "TrackerError",
    "TrackerFileError",
    "ValidationError",
    "blank_codebook",
    "default_codebook",
    "load_codebook",
]
