"""The user's library: SQLite through sqlite-utils, migrations, audited mutations."""

from .errors import LibraryCorrupt, LibraryError, NotALibrary, NotFound, ReadOnly
from .library import Library
from .light_reads import CommitmentRow, PlanHeading, ScoreRow
from .lock import LibraryLocked
from .queries import CommitmentState, PlanSummary, Progress

__all__ = [
    "CommitmentRow",
    "CommitmentState",
    "Library",
    "LibraryCorrupt",
    "LibraryError",
    "LibraryLocked",
    "NotALibrary",
    "NotFound",
    "PlanHeading",
    "PlanSummary",
    "Progress",
    "ReadOnly",
    "ScoreRow",
]
