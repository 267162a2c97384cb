"""Comments of the public comment period: typed or pasted one at a time, or a CSV of
name / date / text / about. They are comments with the vocabulary's public role, so they are
answered, resolved and listed like any other; the final report's annex lists each with how it
was handled (the resolution note, else the last reply).

A CSV is read whole and checked before anything is written (one line naming the file and the
row otherwise); each row's comment id comes from the file's hash and the row, so importing the
same file twice files nothing twice.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..importers.bundle import ImportFailed
from ..interchange import CommentDoc
from ..model import utcnow
from ..review.vocabulary import vocabulary
from .change import Change, ChangeKind
from .comments import _clean_text, derived_id

if TYPE_CHECKING:
    from ..library import Library

MAX_CSV_BYTES = 20 * 1024 * 1024
COLUMNS = ("name", "date", "text", "about")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?$")


@dataclass(frozen=True)
class PublicRow:
    place: str
    name: str
    when: str
    text: str
    about: str


@dataclass(frozen=True)
class PublicImport:
    path: Path
    sha256: str
    new: int
    held: int


def _when(text: str, where: str) -> str:
    """A date as the library stores times (ISO, UTC); empty: now."""
    t = text.strip()
    if not t:
        return utcnow()
    if not _DATE.match(t):
        raise ImportFailed(f"{where}: date {t[:40]!r} is not YYYY-MM-DD")
    try:
        date.fromisoformat(t[:10])
    except ValueError:
        raise ImportFailed(f"{where}: date {t[:40]!r} is not a real day") from None
    return f"{t[:10]}T00:00:00Z" if len(t) == 10 else (t if t.endswith("Z") else t + "Z")


def _anchor(lib: Library, aid: str, about: str) -> tuple[str, str | None]:
    """A comment 'about' one of the plan's commitment ids sits under it; else under the report."""
    a = lib.assessments.assessment(aid)
    key = about.strip()
    if key and key in set(lib.plans.commitment_ids(a.plan_id)):
        return "commitment", key
    return "report", None


def _comment(lib: Library, aid: str, cid: str, name: str, text: str, when: str, about: str, source: str,
             ref: str) -> CommentDoc:
    anchor, commitment = _anchor(lib, aid, about)
    return CommentDoc(
        id=cid, anchor=anchor, commitment_id=commitment,  # type: ignore[arg-type]
        author=(name.strip() or "Anonymous")[:200], role=vocabulary().public_role, text=_clean_text(text),
        about=about.strip()[:2000], created_at=when, source=source, source_ref=ref)  # type: ignore[arg-type]


def add_public_comment(lib: Library, assessment_id: str, text: str, *, name: str = "", when: str = "",
                       about: str = "", who: str, initiator: object | None = None) -> Change[CommentDoc]:
    """One comment received in the public period (pasted from an e-mail or the web form)."""
    import uuid

    a = lib.assessments.resolve_assessment(assessment_id)
    c = _comment(lib, a.id, str(uuid.uuid4()), name, text, _when(when, "--date"), about, "app", "")
    lib.comments.insert(a.id, c, who=who)
    return Change(ChangeKind.COMMENTS, a.id, c.commitment_id, who, c, "public-comment", initiator)


def read_public_csv(path: Path) -> tuple[str, list[PublicRow]]:
    """(sha256, rows) or ImportFailed('FILE: line N: ...'); nothing is written here."""
    from ..importers.ogp_table import read_csv
    from ..importers.text import read_bytes

    raw = read_bytes(path, MAX_CSV_BYTES)
    table = read_csv(path, raw)
    if not table.has("text"):
        raise ImportFailed(f"{path.name}: line 1: no 'text' column (expected the columns {', '.join(COLUMNS)})")
    rows = []
    for place, row in table.rows:
        where = f"{path.name}: {place}"
        text = table.get(row, "text")
        if not text:
            raise ImportFailed(f"{where}: the text is empty")
        if len(text) > 100_000:
            raise ImportFailed(f"{where}: the text is {len(text):,} characters; at most 100,000")
        rows.append(PublicRow(place, table.get(row, "name"), _when(table.get(row, "date"), where), text,
                              table.get(row, "about")))
    if not rows:
        raise ImportFailed(f"{path.name}: no comments (only a header row)")
    return hashlib.sha256(raw).hexdigest(), rows


def import_public_csv(lib: Library, assessment_id: str, path: Path, *, who: str,
                      initiator: object | None = None) -> Change[PublicImport]:
    """Every row as a public comment, in ONE transaction; a row already imported stays as it is."""
    sha, rows = read_public_csv(path)
    a = lib.assessments.resolve_assessment(assessment_id)
    store = lib.comments
    new = held = 0
    with lib.tx.atomic():
        for r in rows:
            c = _comment(lib, a.id, derived_id("public_csv", sha, r.place), r.name, r.text, r.when, r.about,
                         "public_csv", sha)
            if store.insert(a.id, c, who=who, imported=True):
                new += 1
            else:
                held += 1
        if store.imported(sha) is None:
            store.record_import(sha256=sha, kind="public_csv", assessment_id=a.id, who=who, comments=new,
                                name=path.name)
    return Change(ChangeKind.COMMENTS, a.id, None, who, PublicImport(path, sha, new, held), "public-comments",
                  initiator)


def handling(c: CommentDoc, replies: list[CommentDoc]) -> str:
    """How a comment was handled, for the annex: its resolution note, else the last reply."""
    if c.note:
        return c.note
    if replies:
        return replies[-1].text
    return ""
