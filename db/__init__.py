"""Policy Tracker's data layer: schema, migrations, operations, queries, codebook,
checks and repair (:mod:`db.check`), saving a copy (:mod:`db.backup`).

The only writer of a tracker and the only place SQL runs.  Imports run one
way: store → ops → core (the connection every operation takes).

Imports no Qt, so the command line, the exports and the tests run without a screen.
"""

# db.review installs the route that makes a status edit a proposal while review is required (db.ops):
# imported here so it is in place whatever part of db a program uses first.
from . import review
from .codebook import Codebook, blank_codebook, default_codebook, load_codebook
from .core import TrackerCore
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
    "TrackerCore",
    "TrackerError",
    "TrackerFileError",
    "ValidationError",
    "blank_codebook",
    "default_codebook",
    "load_codebook",
    "review",
]
