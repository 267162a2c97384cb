"""What a reviewer wrote into an exported report in Word (or LibreOffice): the comments with
their replies, and the tracked changes, each filed under the commitment or section it sits in.

Why its own reader: the declared floor python-docx 1.1 has no comments API, and an import must
never apply a tracked change, only list it. The file is read as input from outside: a regular
file under the limit (input_files), the zip checked for bombs and external content before any
part is parsed (intake.docx_text.check_package), every XML part parsed without DTDs, entities or
network; anything wrong is one ImportFailed line naming the file and the part. Nothing is written.

Where a comment belongs: the body is walked in order, and each comment (at its range start, else
its reference mark) and each change takes the ids of the last anchor bookmark before it
(reports/anchors.py; a reply without a place of its own takes its parent's). Threads come from
commentsExtended.xml (w15:paraIdParent names the parent's last paragraph).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any, Literal

from lxml import etree

from ..importers.bundle import ImportFailed
from ..input_files import regular_file_problem
from ..intake.docx_text import check_package
from ..reports.anchors import ASSESSMENT_PROPERTY, HASH_PROPERTY_PREFIX, decode
from ..text_safety import plain
from .section_keys import section_key

MAX_FILE = 100 * 1024 * 1024
MAX_COMMENTS = 20_000
MAX_CHANGES = 100_000
MAX_TEXT = 100_000  # characters kept of one comment, quote or change (the rest is cut, marked)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_R = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = "/officeDocument"
_COMMENTS = "/comments"
_COMMENTS_EX = "/commentsExtended"
_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                       huge_tree=False, remove_pis=True)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass(frozen=True)
class WordComment:
    comment_id: str  # Word's w:id, unique within the file
    author: str
    initials: str
    date: datetime | None
    text: str  # plain text, paragraphs joined by newlines
    parent_id: str | None  # the comment this one replies to
    commitment_id: str | None
    section_key: str | None  # a narrative section's key, or a report section's anchor
    quoted: str  # the document text the comment marks ("" for a point comment)


@dataclass(frozen=True)
class TrackedChange:
    kind: Literal["insertion", "deletion"]
    author: str
    date: datetime | None
    text: str
    commitment_id: str | None
    section_key: str | None


@dataclass(frozen=True)
class DocxReview:
    path: Path
    assessment_id: str | None  # from the custom property the export writes (else dc:identifier)
    comments: list[WordComment]
    changes: list[TrackedChange]


@dataclass
class _Place:
    commitment_id: str | None = None
    section_key: str | None = None


def read_docx_review(path: Path) -> DocxReview:
    """Comments, replies and tracked changes of a reviewed .docx; raises ImportFailed (one line)."""
    name = path.name
    problem = regular_file_problem(path, MAX_FILE)
    if problem:
        raise ImportFailed(f"{name}: {problem}")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ImportFailed(f"{name}: cannot read the file ({e.strerror})") from e
    check_package(name, data)
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            return _read(path, z)
    except ImportFailed:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, RuntimeError) as e:  # a damaged member
        raise ImportFailed(f"{name}: damaged Word document ({type(e).__name__}: {str(e)[:100]})") from e


def _read(path: Path, z: zipfile.ZipFile) -> DocxReview:
    name = path.name
    names = set(z.namelist())
    main = _target(z, name, "_rels/.rels", "", _OFFICE_DOC) or "word/document.xml"
    if main not in names:
        raise ImportFailed(f"{name}: a zip file but not a Word document (no {main})")
    folder = main.rpartition("/")[0]
    rels = f"{folder}/_rels/{main.rpartition('/')[2]}.rels"
    comments_part = _target(z, name, rels, folder, _COMMENTS) if rels in names else None
    extended_part = _target(z, name, rels, folder, _COMMENTS_EX) if rels in names else None
    custom = _custom_properties(z, name) if "docProps/custom.xml" in names else {}
    assessment_id = custom.get(ASSESSMENT_PROPERTY) or _identifier(z, name)
    hashed = {k: v for k, v in custom.items() if k.startswith(HASH_PROPERTY_PREFIX)}

    raw = _comments(z, name, comments_part) if comments_part in names else []
    parents = _parents(z, name, extended_part) if extended_part in names else {}
    places, quotes, changes = _walk(_xml(z, name, main), name, hashed)

    by_para = {c["last_para"]: c["id"] for c in raw if c["last_para"]}
    parent_of = {c["id"]: by_para.get(parents.get(c["last_para"] or "", "")) for c in raw}
    comments = []
    for c in raw:
        cid, parent = c["id"], parent_of[c["id"]]
        if parent == cid:
            parent = None
        place = places.get(cid)
        seen: set[str] = set()
        root = parent
        while place is None and root is not None and root not in seen:  # a reply takes its thread's place
            seen.add(root)
            place, root = places.get(root), parent_of.get(root)
        place = place or _Place()
        comments.append(WordComment(
            comment_id=cid, author=c["author"], initials=c["initials"], date=c["date"], text=c["text"],
            parent_id=parent, commitment_id=place.commitment_id, section_key=place.section_key,
            quoted=_cut(quotes.get(cid, "").strip()),
        ))
    return DocxReview(path=path, assessment_id=assessment_id, comments=comments, changes=changes)


def _xml(z: zipfile.ZipFile, name: str, member: str) -> Any:
    data = z.read(member)
    parser = etree.XMLParser(**_PARSER_OPTIONS)  # type: ignore[arg-type]
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise ImportFailed(f"{name}: {member}: line {e.lineno}: not well-formed XML "
                           f"({plain(str(e.msg))[:100]})") from e
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise ImportFailed(f"{name}: {member}: declares a DTD (Word never does; entities are not expanded); refused")
    return root


def _target(z: zipfile.ZipFile, name: str, rels: str, folder: str, kind: str) -> str | None:
    """The part a relationship of `kind` (its type's last segment) points to, as a zip name."""
    try:
        root = _xml(z, name, rels)
    except KeyError:
        return None
    for rel in root.iter(f"{{{_R}}}Relationship"):
        if rel.get("Type", "").endswith(kind) and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            joined = target.lstrip("/") if target.startswith("/") else "/".join(p for p in (folder, target) if p)
            parts: list[str] = []
            for seg in joined.split("/"):
                if seg == "..":
                    if parts:
                        parts.pop()
                elif seg and seg != ".":
                    parts.append(seg)
            return "/".join(parts)
    return None


def _custom_properties(z: zipfile.ZipFile, name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for prop in _xml(z, name, "docProps/custom.xml"):
        key = prop.get("name")
        if key is None:
            continue
        value = "".join(child.text or "" for child in prop)
        out[plain(key)[:200]] = plain(value)[:2000]
    return out


def _identifier(z: zipfile.ZipFile, name: str) -> str | None:
    if "docProps/core.xml" not in z.namelist():
        return None
    el = _xml(z, name, "docProps/core.xml").find("{http://purl.org/dc/elements/1.1/}identifier")
    text = plain(el.text or "").strip()[:200] if el is not None else ""
    return text or None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    value = re.sub(r"(\.\d{6})\d+", r"\1", value.strip())  # LibreOffice writes nanoseconds
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _cut(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + " [...]"


def _text_of(p: Any, tags: tuple[str, ...] = ("t",)) -> str:
    wanted = {_w(t) for t in tags}
    out = []
    for el in p.iter():
        if el.tag in wanted:
            out.append(el.text or "")
        elif el.tag == _w("tab"):
            out.append("\t")
        elif el.tag in (_w("br"), _w("cr")):
            out.append("\n")
    return "".join(out)


def _comments(z: zipfile.ZipFile, name: str, member: str) -> list[dict[str, Any]]:
    root = _xml(z, name, member)
    out = []
    for c in root.iter(_w("comment")):
        if len(out) >= MAX_COMMENTS:
            raise ImportFailed(f"{name}: {member}: more than {MAX_COMMENTS:,} comments; refused")
        cid = c.get(_w("id"))
        if cid is None:
            raise ImportFailed(f"{name}: {member}: comment {len(out) + 1} has no w:id")
        paras = c.findall(_w("p"))
        text = "\n".join(_text_of(p) for p in paras)
        out.append({
            "id": plain(cid)[:40], "author": plain(c.get(_w("author"), "")).strip()[:200],
            "initials": plain(c.get(_w("initials"), "")).strip()[:20], "date": _date(c.get(_w("date"))),
            "text": _cut(plain(text, multiline=True).strip()),
            "last_para": paras[-1].get(f"{{{W14}}}paraId") if paras else None,
        })
    return out


def _parents(z: zipfile.ZipFile, name: str, member: str) -> dict[str, str]:
    """A reply's last paragraph id -> its parent's last paragraph id."""
    out = {}
    for ex in _xml(z, name, member).iter(f"{{{W15}}}commentEx"):
        para, parent = ex.get(f"{{{W15}}}paraId"), ex.get(f"{{{W15}}}paraIdParent")
        if para and parent:
            out[para] = parent
    return out


_CHANGE_KINDS = {_w("ins"): "insertion", _w("moveTo"): "insertion", _w("del"): "deletion",
                 _w("moveFrom"): "deletion"}


def _walk(root: Any, name: str, hashed: dict[str, str]) -> tuple[dict[str, _Place], dict[str, str], list[TrackedChange]]:
    """One pass over the body: where each comment sits, the text it marks, and the changes."""
    body = root.find(_w("body"))
    if body is None:
        raise ImportFailed(f"{name}: word/document.xml has no body")
    here = _Place()
    places: dict[str, _Place] = {}
    quotes: dict[str, list[str]] = {}
    open_ranges: set[str] = set()
    changes: list[TrackedChange] = []
    last_change: Any = None
    for el in body.iter():
        tag = el.tag
        if tag == _w("bookmarkStart"):
            anchor = decode(el.get(_w("name"), ""), hashed)
            if anchor is not None:
                here = _Place(anchor.commitment_id, section_key(anchor.section, anchor.cluster))
        elif tag == _w("commentRangeStart"):
            cid = el.get(_w("id"), "")
            places.setdefault(cid, _Place(here.commitment_id, here.section_key))
            open_ranges.add(cid)
            quotes.setdefault(cid, [])
        elif tag == _w("commentRangeEnd"):
            open_ranges.discard(el.get(_w("id"), ""))
        elif tag == _w("commentReference"):
            places.setdefault(el.get(_w("id"), ""), _Place(here.commitment_id, here.section_key))
        elif tag == _w("p") and open_ranges:
            for cid in open_ranges:
                if quotes[cid] and quotes[cid][-1] != "\n":
                    quotes[cid].append("\n")
        elif tag == _w("t") and open_ranges:
            for cid in open_ranges:
                if sum(map(len, quotes[cid])) < MAX_TEXT:
                    quotes[cid].append(el.text or "")
        elif tag in _CHANGE_KINDS and len(el):
            kind = _CHANGE_KINDS[tag]
            text = _text_of(el, ("t",) if kind == "insertion" else ("delText", "t"))
            if not text:
                continue  # a paragraph mark or formatting, no text
            author = plain(el.get(_w("author"), "")).strip()[:200]
            date = _date(el.get(_w("date")))
            prev = changes[-1] if changes else None
            if (prev is not None and last_change is not None and el.getprevious() is last_change
                    and (prev.kind, prev.author, prev.date) == (kind, author, date)):
                changes[-1] = TrackedChange(kind, author, date, _cut(prev.text + plain(text, multiline=True)),  # type: ignore[arg-type]
                                            prev.commitment_id, prev.section_key)
            else:
                if len(changes) >= MAX_CHANGES:
                    raise ImportFailed(f"{name}: word/document.xml: more than {MAX_CHANGES:,} tracked changes; refused")
                changes.append(TrackedChange(kind, author, date, _cut(plain(text, multiline=True)),  # type: ignore[arg-type]
                                             here.commitment_id, here.section_key))
            last_change = el
    return places, {k: "".join(v) for k, v in quotes.items()}, changes
