"""Write what a reviewer does in Word into an exported report: comments (with replies, threaded
the way Word 2013+ threads them, through commentsExtended.xml) and tracked changes.

Works on the real file's XML, so tests read back exactly the structure Word saves: a comment
marks the whole paragraph holding a given text (commentRangeStart / End and a reference run).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class Note:
    """A comment on the paragraph holding `at` (None: a reply without marks of its own)."""

    at: str | None
    text: str
    author: str = "Gov Reviewer"
    initials: str = "GR"
    date: str = "2026-11-20T10:30:00Z"
    reply_to: int | None = None  # index in the list of notes


@dataclass
class Edit:
    """A tracked change in the paragraph holding `at`: an insertion of `text` at its end, or the
    deletion of its first run (`text` unused)."""

    at: str
    kind: str  # "insertion" | "deletion"
    text: str = ""
    author: str = "CSO Reviewer"
    date: str = "2026-11-21T09:00:00Z"


def _para_text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(w("t")))


def _find(body: etree._Element, at: str) -> etree._Element:
    for p in body.iter(w("p")):
        if at in _para_text(p):
            return p
    raise AssertionError(f"no paragraph holds {at!r}")


def _content_runs(p: etree._Element) -> list[etree._Element]:
    return [r for r in p if r.tag == w("r")]


def add_review(src: Path, out: Path, notes: list[Note], edits: list[Edit] = ()) -> Path:  # type: ignore[assignment]
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = etree.fromstring(parts["word/document.xml"])
    body = doc.find(w("body"))
    comments = etree.Element(w("comments"), nsmap={"w": W, "w14": W14})
    extended = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
    para_ids = []
    for i, note in enumerate(notes):
        cid = str(i)
        c = etree.SubElement(comments, w("comment"))
        c.set(w("id"), cid)
        c.set(w("author"), note.author)
        c.set(w("initials"), note.initials)
        c.set(w("date"), note.date)
        for k, line in enumerate(note.text.split("\n")):
            p = etree.SubElement(c, w("p"))
            para_id = f"{0x10000000 + i * 16 + k:08X}"
            p.set(f"{{{W14}}}paraId", para_id)
            if k == 0:
                ref = etree.SubElement(etree.SubElement(p, w("r")), w("annotationRef"))
                ref.getparent().insert(0, etree.Element(w("rPr")))
            t = etree.SubElement(etree.SubElement(p, w("r")), w("t"))
            t.text = line
        para_ids.append(para_id)
        ex = etree.SubElement(extended, f"{{{W15}}}commentEx")
        ex.set(f"{{{W15}}}paraId", para_id)
        if note.reply_to is not None:
            ex.set(f"{{{W15}}}paraIdParent", para_ids[note.reply_to])
        ex.set(f"{{{W15}}}done", "0")
        if note.at is None:
            continue
        p = _find(body, note.at)
        runs = _content_runs(p)
        start = etree.Element(w("commentRangeStart"))
        start.set(w("id"), cid)
        runs[0].addprevious(start)
        end = etree.Element(w("commentRangeEnd"))
        end.set(w("id"), cid)
        runs[-1].addnext(end)
        ref_run = etree.Element(w("r"))
        ref = etree.SubElement(ref_run, w("commentReference"))
        ref.set(w("id"), cid)
        end.addnext(ref_run)
    for j, edit in enumerate(edits, start=900):
        p = _find(body, edit.at)
        change = etree.Element(w("ins" if edit.kind == "insertion" else "del"))
        change.set(w("id"), str(j))
        change.set(w("author"), edit.author)
        change.set(w("date"), edit.date)
        if edit.kind == "insertion":
            t = etree.SubElement(etree.SubElement(change, w("r")), w("t"))
            t.text = edit.text
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            p.append(change)
        else:
            run = next(r for r in _content_runs(p) if r.find(w("t")) is not None)
            run.addprevious(change)
            change.append(run)
            for t in run.iter(w("t")):
                t.tag = w("delText")
    parts["word/document.xml"] = etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True)
    if notes:
        parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True, encoding="UTF-8", standalone=True)
        parts["word/commentsExtended.xml"] = etree.tostring(extended, xml_declaration=True, encoding="UTF-8",
                                                            standalone=True)
        rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
        for n, (kind, target) in enumerate((
                ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "comments.xml"),
                ("http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml"))):
            rel = etree.SubElement(rels, f"{{{REL}}}Relationship")
            rel.set("Id", f"rIdReview{n}")
            rel.set("Type", kind)
            rel.set("Target", target)
        parts["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8",
                                                               standalone=True)
        types = etree.fromstring(parts["[Content_Types].xml"])
        for part, ctype in (
                ("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
                ("/word/commentsExtended.xml",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml")):
            o = etree.SubElement(types, f"{{{CT}}}Override")
            o.set("PartName", part)
            o.set("ContentType", ctype)
        parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, blob in parts.items():
            z.writestr(n, blob)
    return out
