"""The user's library: SQLite through sqlite-utils, migrations, audited mutations."""

from .errors import LibraryCorrupt, LibraryError, NotALibrary, NotFound, ReadOnly
from .library import Library
from .lock import LibraryLocked
from .queries import CommitmentState, PlanSummary, Progress

__all__ = [
    "CommitmentState",
    "Library",
    "LibraryCorrupt",
    "LibraryError",
    "LibraryLocked",
    "NotALibrary",
    "NotFound",
    "PlanSummary",
    "Progress",
    "ReadOnly",
]
