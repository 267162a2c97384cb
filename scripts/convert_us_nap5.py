#!/usr/bin/env python3
"""Convert the public-domain U.S. NAP5 (2022-2024) site files into the app's irm-plan/1 JSON.

The bundled sample plan is built once by this script, so that the app never reads the source
files at run time and anyone can check how every field was derived. Standard library + pydantic
+ the repo's own model only.

    python scripts/convert_us_nap5.py --source ../shared/data/us-nap5-2022 \
        --out resources/samples/us-nap5-2022.json [--schema docs/schema/plan.schema.json]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from irm_app.model import ActionPlan, Commitment, Milestone, SelfReport  # noqa: E402

FORMAT = "irm-plan/1"
# Fixed, not today's date: re-running the conversion must give a byte-identical file.
# Bump it whenever the conversion logic or the source files change.
CONVERTED = "2026-11-27"
SITE = "https://open.usa.gov"
PLAN_URL = f"{SITE}/national-action-plan/5/"
TRACKER_URL = f"{SITE}/national-action-plan/5/commitments/"
SELF_ASSESSMENT_URL = f"{SITE}/national-action-plan/5/NAP5-Self-Assessment/"
OGP_COMMITMENT_URL = "https://www.opengovpartnership.org/members/united-states/commitments/{}/"
SOURCE_AUG_2023 = "open.usa.gov NAP5 commitment tracker, August 2023 update"
SOURCE_FEB_2024 = "open.usa.gov NAP5 commitment tracker, February 2024 update"
SOURCE_DERIVED = (
    "Derived from the sub-commitment statuses of the open.usa.gov NAP5 commitment tracker, "
    "February 2024 update"
)
TITLE_MAX = 160
# Obvious misspellings of agency names in the tracker, fixed so one agency is not listed twice.
AGENCY_SPELLING = {
    "Exeecutive Office of the President": "Executive Office of the President",
    "Counil on Environmental Quality": "Council on Environmental Quality",
    "Council on Environment Quality": "Council on Environmental Quality",
}


class Provenance(BaseModel):
    """Where a bundled plan came from, so a report can cite it and a reader can re-check it."""

    model_config = ConfigDict(extra="forbid")
    source: str
    licence: str
    converted_by: str
    converted: str
    notes: str = ""


class PlanDocument(BaseModel):
    """The irm-plan/1 file: a plan plus its provenance (documented in docs/plan-format.md)."""

    model_config = ConfigDict(extra="forbid", title="irm-plan/1 document")
    format: Literal["irm-plan/1"]
    provenance: Provenance
    plan: ActionPlan


class ConversionError(Exception):
    """The source files are not shaped as expected: stop rather than write a wrong sample."""


# --------------------------------------------------------------------------- front matter

_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+|$)(.*)$")


def _fold(lines: list[str]) -> str:
    """YAML flow folding: single line breaks become spaces, each blank line one newline."""
    out = ""
    pending_space = False
    for raw in lines:
        line = raw.strip()
        if not line:
            out += "\n"
            pending_space = False
            continue
        if out and pending_space:
            out += " "
        out += line
        pending_space = True
    return out


def _unquote_double(text: str) -> str:
    return re.sub(r'\\(["\\/])', r"\1", text)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a Jekyll page into (front matter, body); front matter is YAML-ish key: value.

    Handles plain, single- and double-quoted scalars, including quoted values that span lines.
    Anything fancier (lists, maps) is not used by these files and raises ConversionError.
    """
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration as exc:
        raise ConversionError("front matter not closed by ---") from exc
    fm_lines, body = lines[1:end], "\n".join(lines[end + 1 :])
    data: dict[str, str] = {}
    i = 0
    while i < len(fm_lines):
        line = fm_lines[i]
        i += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _KEY.match(line)
        if not m:
            raise ConversionError(f"front matter line not understood: {line[:60]!r}")
        key, value = m.group(1), m.group(2).strip()
        if value[:1] in ('"', "'"):
            quote = value[0]
            chunk = [value[1:]]
            closed = _closes(value[1:], quote)
            while not closed and i < len(fm_lines):
                chunk.append(fm_lines[i])
                closed = _closes(fm_lines[i], quote)
                i += 1
            if not closed:
                raise ConversionError(f"unterminated quoted value for {key!r}")
            chunk[-1] = chunk[-1].rstrip()[:-1]
            folded = _fold(chunk) if len(chunk) > 1 else chunk[0]
            data[key] = _unquote_double(folded) if quote == '"' else folded.replace("''", "'")
        else:
            chunk = [value]
            while i < len(fm_lines) and not _KEY.match(fm_lines[i]):
                chunk.append(fm_lines[i])
                i += 1
            data[key] = _fold(chunk).strip()
    return data, body


def _closes(line: str, quote: str) -> bool:
    """Whether a line of a quoted scalar ends it (an unescaped closing quote at its end)."""
    s = line.rstrip()
    if not s.endswith(quote):
        return False
    if quote == '"':
        backslashes = len(s[:-1]) - len(s[:-1].rstrip("\\"))
        return backslashes % 2 == 0
    return (len(s) - len(s.rstrip("'"))) % 2 == 1


# --------------------------------------------------------------------------- text cleaning


def _absolute(url: str) -> str | None:
    """A usable absolute URL for a link target, or None if it points nowhere useful."""
    url = url.strip().strip("<>").replace(" ", "%20")
    if not url or url.startswith("#"):
        return None
    if re.match(r"^/[A-Za-z]:/", url) or url.lower().startswith("file:"):
        return None  # a drafter's local file path leaked into the plan
    if re.match(r"^(https?|mailto):", url, re.I):
        return url
    if url.startswith("/"):
        return SITE + url
    return None  # relative links to site sub-pages: the text is enough


def _link(text: str, url: str) -> str:
    """A link as readable text: 'text (URL)', or just the URL when the text is the URL."""
    text = text.strip()
    target = _absolute(url)
    if text in ("↩", ""):
        return target or ""
    if target is None:
        return text
    bare = lambda s: re.sub(r"^https?://(www\.)?", "", s).rstrip("/").replace("%20", " ")  # noqa: E731
    if bare(text) == bare(target) or text == url.strip():
        return target
    return f"{text} ({target})"


_IMG = re.compile(r"<img\b[^>]*>", re.I | re.S)
_A = re.compile(r"<a\b([^>]*)>(.*?)</a\s*>", re.I | re.S)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)]*)\)")


def _img(m: re.Match[str]) -> str:
    alt = re.search(r'alt\s*=\s*"([^"]*)"', m.group(0), re.I)
    return f"[Image: {alt.group(1).strip()}]" if alt and alt.group(1).strip() else ""


def _a(m: re.Match[str]) -> str:
    href = re.search(r'href\s*=\s*"([^"]*)"', m.group(1), re.I)
    inner = re.sub(r"<[^>]+>", "", m.group(2))
    return _link(inner, href.group(1)) if href else inner


def clean(text: str, *, keep_headings: bool = False) -> str:
    """Source markdown/HTML → readable plain text with URLs kept; no tags, no entities.

    Paragraphs stay separated by a blank line, list items keep '- ' or '1. ', and with
    keep_headings '#' headings survive (for the self-assessment's structure).
    """
    t = text.replace("\r\n", "\n").replace("\t", "    ")
    t = re.sub(r"\{:[^}]*\}", "", t)  # kramdown attributes, e.g. {:.usa-button}
    t = _IMG.sub(_img, t)
    t = _A.sub(_a, t)
    t = re.sub(r"<br\s*/?>", "\n", t, flags=re.I)
    t = re.sub(r"</?p\b[^>]*>", "\n\n", t, flags=re.I)
    t = re.sub(r"<[A-Za-z/!][^>]*>", "", t)  # any other tag: keep its text only
    t = _MD_LINK.sub(lambda m: _link(m.group(1), m.group(2)), t)
    t = re.sub(r"\*\*(.+?)\*\*", r"\1", t, flags=re.S)
    t = re.sub(r"__(.+?)__", r"\1", t, flags=re.S)
    t = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", t)
    t = re.sub(r"(?<![\w/])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w/])", r"\1", t)
    t = html.unescape(t).replace("\u00a0", " ")
    out: list[str] = []
    for line in t.split("\n"):
        line = re.sub(r"[ \t]+", " ", line).rstrip()
        stripped = line.strip()
        if stripped.startswith("#"):
            if keep_headings:
                line = stripped
            else:
                line = stripped.lstrip("#").strip()
        elif re.match(r"^[*+-] ", stripped):
            indent = "  " if len(line) - len(line.lstrip()) >= 2 else ""
            line = indent + "- " + stripped[2:].strip()
        else:
            line = stripped
        out.append(line)
    t = "\n".join(out)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip()


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", clean(text)).strip()


def short_title(text: str, limit: int = TITLE_MAX) -> str:
    """A title short enough for a list row; the full text goes to the description."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


# --------------------------------------------------------------------------- the plan text


def anchor_slug(heading: str) -> str:
    """The kramdown/Jekyll anchor of a heading, as the tracker's commitment_link uses."""
    s = heading.lower().replace("’", "").replace("'", "")
    s = re.sub(r"[^a-z0-9\s-]", "", s)
    return re.sub(r"\s+", "-", s.strip())


def parse_plan_text(body: str) -> tuple[list[str], list[dict[str, str]]]:
    """Themes in plan order and each commitment's heading, theme and text, in plan order."""
    themes: list[str] = []
    in_theme_list = False
    for line in body.split("\n"):
        if line.startswith("## "):
            in_theme_list = line.startswith("## Themes for")
            continue
        if in_theme_list:
            m = re.match(r"^- \[(.+?)\]\(#", line)
            if m:
                themes.append(m.group(1).strip())
    if len(themes) != 5:
        raise ConversionError(f"expected 5 themes in the plan's theme list, found {len(themes)}")

    items: list[dict[str, str]] = []
    theme = ""
    current: dict[str, Any] | None = None
    for line in body.split("\n"):
        if line.startswith("## "):
            heading = line[3:].strip()
            theme = heading if heading in themes else ""
            current = None
            continue
        m = re.match(r"^- ### (.+)$", line)
        if m:
            heading = m.group(1).strip()
            link = _MD_LINK.fullmatch(heading)
            if link:
                heading = link.group(1)
            current = {"heading": heading.rstrip(".").strip(), "theme": theme, "lines": []}
            items.append(current)
            continue
        if current is not None:
            if line.strip() and not line.startswith((" ", "\t")):
                current = None  # the theme's list has ended
                continue
            current["lines"].append(line[4:] if line.startswith("    ") else line.lstrip())
    out = [
        {"heading": it["heading"], "theme": it["theme"], "text": clean("\n".join(it["lines"]))}
        for it in items
    ]
    return themes, out


# --------------------------------------------------------------------------- milestones


def agencies(raw: str) -> list[str]:
    """The agencies named in a tracker entry, in order; '<br>' separates them."""
    parts = re.split(r"<br\s*/?>", raw, flags=re.I)
    names = [re.sub(r"\s+", " ", html.unescape(p)).strip() for p in parts]
    return [AGENCY_SPELLING.get(n, n) for n in names if n]


def _feb_2024_text(body: str) -> str:
    body = re.sub(r'\n"\s*$', "\n", body.rstrip() + "\n")  # a stray closing quote in one file
    text = clean(body)
    text = re.sub(r"^Progress Update:\s*", "", text, flags=re.I)
    return text.strip()


def build_milestone(fm: dict[str, str], body: str, where: str) -> Milestone:
    mid = fm.get("commitment_detail_sub_id", "").strip()
    if not re.fullmatch(r"US\d{4}\.\d+", mid):
        raise ConversionError(f"{where}: bad commitment_detail_sub_id {mid!r}")
    full = _one_line(fm.get("commitment_detail_sub") or fm.get("title") or "")
    if not full:
        raise ConversionError(f"{where}: no sub-commitment text")
    names = agencies(fm.get("commitment_agency", ""))
    if not names:
        raise ConversionError(f"{where}: no agency")
    status = _one_line(fm.get("commitment_status", "")) or None
    reports: list[SelfReport] = []
    aug = clean(fm.get("aug_2023_progress", ""))
    if aug:
        # The August 2023 tracker had no status field (self-assessment, 'Analysis of the
        # Commitments'): its status is unknown, not the current one.
        reports.append(SelfReport(date="2023-08", status=None, text=aug, source=SOURCE_AUG_2023))
    feb = _feb_2024_text(body)
    if feb:
        reports.append(SelfReport(date="2024-02", status=status, text=feb, source=SOURCE_FEB_2024))
    return Milestone(
        id=mid,
        title=short_title(full),
        description=full,
        lead=names[0],
        supporting=names[1:],
        self_status=status,
        self_reports=reports,
    )


def summarise_status(statuses: list[str | None]) -> str | None:
    """A commitment's status from its milestones: Complete only if all are (the tracker's rule)."""
    known = [s for s in statuses if s]
    if not known:
        return None
    if all(s == "Complete" for s in known) and len(known) == len(statuses):
        return "Complete"
    if all(s == "Not Started" for s in known):
        return "Not Started"
    return "In Progress"


# --------------------------------------------------------------------------- self-assessment


def clean_self_assessment(body: str) -> str:
    """The self-assessment report as plain text with '#' headings; site chrome removed."""
    body = re.sub(r"<span[^>]*>.*?</span>\s*(<br>)?\s*\n.*?decommissioned.*?\n", "", body, flags=re.S)
    # Drop the table of contents: navigation links, not content.
    body = re.sub(r"^## Table of Contents\n(?:\*.*\n)+", "", body, flags=re.M)
    return clean(body, keep_headings=True)


# --------------------------------------------------------------------------- the whole plan


def convert(source: Path) -> PlanDocument:
    """Read every source file and build the validated irm-plan/1 document."""
    if not (source / "nap-5.md").is_file():
        raise ConversionError(f"{source}: nap-5.md not found")
    plan_fm, plan_body = split_front_matter((source / "nap-5.md").read_text(encoding="utf-8"))
    themes, plan_items = parse_plan_text(plan_body)
    sa_fm, sa_body = split_front_matter(
        (source / "NAP5-Self-Assessment.md").read_text(encoding="utf-8")
    )
    licence_text = (source / "LICENSE.md").read_text(encoding="utf-8")
    if "CC0" not in licence_text:
        raise ConversionError("LICENSE.md does not mention CC0: check the licence before bundling")

    commitments_fm: list[dict[str, str]] = []
    for path in sorted((source / "_commitments").glob("*.md")):
        fm, _ = split_front_matter(path.read_text(encoding="utf-8"))
        if not re.fullmatch(r"US\d{4}", fm.get("commitment_id", "")):
            raise ConversionError(f"{path.name}: bad commitment_id")
        commitments_fm.append(fm)
    by_commitment: dict[str, list[Milestone]] = {}
    for path in sorted((source / "_subcommitments").glob("*.md")):
        fm, body = split_front_matter(path.read_text(encoding="utf-8"))
        ms = build_milestone(fm, body, path.name)
        cid = fm.get("commitment_id", "").strip()
        if not ms.id.startswith(cid + "."):
            raise ConversionError(f"{path.name}: {ms.id} does not belong to {cid}")
        by_commitment.setdefault(cid, []).append(ms)
    for ms_list in by_commitment.values():
        ms_list.sort(key=lambda m: int(m.id.split(".")[1]))

    if len(plan_items) != len(commitments_fm):
        raise ConversionError(
            f"plan text has {len(plan_items)} commitments, tracker has {len(commitments_fm)}"
        )
    # Commitment IDs run in plan order; the tracker's anchor links confirm the pairing where
    # they point at a commitment (one points at its theme instead).
    commitments_fm.sort(key=lambda fm: fm["commitment_id"])
    commitments: list[Commitment] = []
    for number, (fm, item) in enumerate(zip(commitments_fm, plan_items, strict=True), start=1):
        cid = fm["commitment_id"]
        anchor = fm.get("commitment_link", "").partition("#")[2]
        if anchor and anchor not in themes_anchors(themes) and anchor != anchor_slug(item["heading"]):
            raise ConversionError(f"{cid}: links to #{anchor}, plan order gives {item['heading']!r}")
        theme = fm.get("commitment_theme_name", "").strip() or item["theme"]
        if theme != item["theme"]:
            raise ConversionError(f"{cid}: theme {theme!r} differs from the plan's {item['theme']!r}")
        milestones = by_commitment.pop(cid, [])
        if not milestones:
            raise ConversionError(f"{cid}: no milestones")
        names: list[str] = []
        for m in milestones:
            for n in [m.lead, *m.supporting]:
                if n not in names:
                    names.append(n)
        status = summarise_status([m.self_status for m in milestones])
        counts: dict[str, int] = {}
        for m in milestones:
            key = m.self_status or "no status"
            counts[key] = counts.get(key, 0) + 1
        summary = ", ".join(f"{v} {k}" for k, v in counts.items())
        commitments.append(
            Commitment(
                id=cid,
                number=str(number),
                title=_one_line(fm.get("title", "")) or item["heading"],
                theme=theme,
                lead_institution=names[0],
                supporting_institutions=names[1:],
                problem="",
                description=item["text"],
                milestones=milestones,
                url=OGP_COMMITMENT_URL.format(cid.lower()),
                self_status=status,
                self_reports=[
                    SelfReport(
                        date="2024-02",
                        status=status,
                        text=(
                            f"Sub-commitments ({len(milestones)}): {summary}. A commitment is "
                            "Complete only when all its sub-commitments are."
                        ),
                        source=SOURCE_DERIVED,
                    )
                ],
            )
        )
    if by_commitment:
        raise ConversionError(f"milestones without a commitment: {sorted(by_commitment)}")

    plan = ActionPlan(
        id="AP_USA05",
        member="United States",
        member_code="US",
        number=5,
        title=_one_line(plan_fm.get("title", "")) or "Fifth U.S. Open Government National Action Plan",
        period_start=2022,
        period_end=2024,
        national_or_local="National",
        source=(
            f"{PLAN_URL} (plan text), {TRACKER_URL} (commitment tracker: August 2023 and "
            f"February 2024 updates), {SELF_ASSESSMENT_URL} (mid-term self-assessment, "
            "August 2024); converted from the site's Markdown source files nap-5.md, "
            "_commitments/*.md, _subcommitments/*.md, NAP5-Self-Assessment.md"
        ),
        licence="CC0 1.0 / U.S. public domain",
        themes=themes,
        self_assessment=clean_self_assessment(sa_body),
        commitments=commitments,
    )
    doc = PlanDocument(
        format=FORMAT,
        provenance=Provenance(
            source=plan.source,
            licence=(
                "CC0 1.0 Universal / U.S. public domain: a work of the United States Government "
                "(see LICENSE.md of the source)"
            ),
            converted_by="scripts/convert_us_nap5.py",
            converted=CONVERTED,
            notes=(
                f"Self-assessment title: {_one_line(sa_fm.get('title', ''))}. "
                "Commitment titles are the tracker's; descriptions are the plan text under each "
                "commitment heading (the plan states no separate problem, so 'problem' is empty). "
                "Milestones are the tracker's sub-commitments (IDs like US0114.0 mark commitments "
                "with a single one); lead = first agency listed, supporting = the rest, as "
                "written (three misspelt agency names corrected). Milestone titles longer than "
                f"{TITLE_MAX} characters are shortened with '…'; the full text is the "
                "description. Self-reports: 2023-08 = the tracker's August 2023 progress (no "
                "status was reported then); 2024-02 = the February 2024 update with its status "
                "and evidence links. Commitment status is derived: Complete only if every "
                "sub-commitment is. Milestones carry no dates in the source: start/end are "
                "empty. HTML and Markdown are reduced to plain text; links kept as 'text (URL)'."
            ),
        ),
        plan=plan,
    )
    return doc


def themes_anchors(themes: list[str]) -> set[str]:
    return {anchor_slug(t) for t in themes}


def dump(doc: PlanDocument) -> str:
    """Deterministic JSON text: model field order, indent 2, UTF-8 characters kept."""
    data = doc.model_dump(mode="json")
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def schema_text() -> str:
    """The JSON Schema of an irm-plan/1 document, generated from the pydantic models."""
    schema = PlanDocument.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=REPO.parent / "shared/data/us-nap5-2022")
    ap.add_argument("--out", type=Path, default=REPO / "resources/samples/us-nap5-2022.json")
    ap.add_argument("--schema", type=Path, help="also write the irm-plan/1 JSON Schema here")
    args = ap.parse_args(argv)
    try:
        doc = convert(args.source)
    except (ConversionError, OSError) as exc:
        print(f"convert_us_nap5: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(doc), encoding="utf-8", newline="\n")
    if args.schema:
        args.schema.parent.mkdir(parents=True, exist_ok=True)
        args.schema.write_text(schema_text(), encoding="utf-8", newline="\n")
    ms = sum(len(c.milestones) for c in doc.plan.commitments)
    print(f"{args.out}: {len(doc.plan.commitments)} commitments, {ms} milestones")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
