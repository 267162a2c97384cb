"""PDF lines into paragraphs ("blocks") that keep what detection needs: indent, size, weight, bullets.

Page furniture (page numbers, running heads repeated on several pages) is left out of the
blocks and counted; every other line belongs to exactly one block, so no text is lost.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .pdf_text import BULLETS, Line

SENTENCE_END = ".:;!?”\")"


@dataclass
class Block:
    lines: list[Line] = field(default_factory=list)
    text: str = ""
    title_run: str = ""  # a bold run-in title at its start, across lines ("" if none)
    number: int = 0  # set by the caller: the paragraph's number in the document

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def last_page(self) -> int:
        return self.lines[-1].page

    @property
    def x0(self) -> float:
        return self.lines[0].x0

    @property
    def body_x(self) -> float:
        """Where its continuation lines start (its own first line when it has one line)."""
        return self.lines[1].x0 if len(self.lines) > 1 else self.lines[0].x0

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def bullet(self) -> bool:
        return self.lines[0].bullet

    @property
    def bold(self) -> float:
        n = sum(len(ln.text) for ln in self.lines)
        return sum(ln.bold * len(ln.text) for ln in self.lines) / n if n else 0.0


def body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def furniture(lines: list[Line]) -> set[int]:
    """Indexes of page numbers and running heads/feet (same text near the same place on 3+ pages)."""
    out: set[int] = set()
    seen: Counter[tuple[str, int]] = Counter()
    for ln in lines:
        seen[(_norm_furniture(ln.text), round(ln.top / 20))] += 1
    last_top: dict[int, float] = {}
    first_top: dict[int, float] = {}
    for ln in lines:
        last_top[ln.page] = max(last_top.get(ln.page, 0.0), ln.top)
        first_top[ln.page] = min(first_top.get(ln.page, 1e9), ln.top)
    for i, ln in enumerate(lines):
        edge = ln.top >= last_top[ln.page] - 1 or ln.top <= first_top[ln.page] + 1
        if edge and re.fullmatch(r"(page\s+)?\d{1,4}(\s+(of|/)\s+\d{1,4})?", ln.text.strip(), re.I):
            out.add(i)
        elif edge and len(ln.text) < 120 and seen[(_norm_furniture(ln.text), round(ln.top / 20))] >= 3:
            out.add(i)
    return out


def _norm_furniture(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().casefold())


def join_lines(parts: list[str]) -> str:
    """Lines into one paragraph: a word broken at a line end ("Execu-" + "tive") is joined again."""
    out = ""
    for part in parts:
        part = " ".join(part.split())
        if not out:
            out = part
        elif re.search(r"[A-Za-z]-$", out) and part[:1].islower():
            out = out[:-1] + part
        elif out.endswith(("-", "—", "/")) and not out.endswith(" -"):
            out += part
        else:
            out += " " + part
    return out


def build_blocks(lines: list[Line]) -> tuple[list[Block], int]:
    """Paragraphs in reading order, and how many furniture lines were left out."""
    skip = furniture(lines)
    blocks: list[Block] = []
    cur: Block | None = None
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        if cur is None or _starts_new(cur, ln):
            cur = Block()
            blocks.append(cur)
        cur.lines.append(ln)
    for b in blocks:
        b.text = join_lines([ln.text for ln in b.lines]).lstrip(BULLETS + " ")
        b.title_run = _title_run(b)
    return blocks, len(skip)


def _starts_new(cur: Block, ln: Line) -> bool:
    prev = cur.lines[-1]
    if ln.bullet:
        return True
    if abs(ln.size - prev.size) > 0.6:
        return True
    if prev.bold > 0.9 and ln.bold < 0.5 and not cur.bullet:
        return True  # a bold heading line, then body text (a bullet's bold title runs on into its text)
    if ln.bold > 0.9 and prev.bold < 0.5 and re.match(r"\d{1,2}[.)]\s", ln.text):
        return True
    if ln.page != prev.page:
        # A paragraph runs on over a page break only when its sentence is unfinished.
        return prev.text.rstrip().endswith(tuple(SENTENCE_END)) or ln.x0 < cur.body_x - 4
    if ln.top - prev.top > 1.6 * max(prev.size, 1.0):
        return True
    if len(cur.lines) > 1 and ln.x0 < cur.body_x - 4:
        return True  # an outdent: the paragraph above was indented (a bullet's text)
    if len(cur.lines) == 1 and ln.x0 < prev.x0 - 4 and not prev.bullet:
        return True
    return False


def _title_run(b: Block) -> str:
    """A bold title at the block's head; it may wrap onto the next line(s)."""
    run = []
    for ln in b.lines:
        if not ln.bold_prefix:
            break
        run.append(ln.bold_prefix)
        if len(ln.bold_prefix) < len(ln.text.lstrip(BULLETS + " ")) - 1:
            break  # the run ended on this line
    return join_lines(run).lstrip(BULLETS + " ").strip()
