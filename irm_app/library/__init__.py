"""The user's library: SQLite through sqlite-utils, migrations, audited mutations."""

from .errors import LibraryCorrupt, LibraryError, NotFound, ReadOnly
from .library import Library
from .lock import LibraryLocked
from .queries import CommitmentState, PlanSummary, Progress

__all__ = [
    "CommitmentState",
    "Library",
    "LibraryCorrupt",
    "LibraryError",
    "LibraryLocked",
    "NotFound",
    "PlanSummary",
    "Progress",
    "ReadOnly",
]
