"""Subcommands over the library: import, plans, assessments, new-assessment, score, show, export-json."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .common import UserError, add_db, input_file, lasting_imports, open_library, table, who

if TYPE_CHECKING:  # each command imports what it uses when it runs (irm_app/cli/__init__.py)
    from ..model import ScoreValue


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="import a plan (JSON), OGP's commitments table (CSV/XLSX) or the plan's document (PDF/DOCX); "
                       "or review files (.irmreview) and a reviewed .docx"
    )
    p.add_argument("file", type=Path, nargs="+",
                   help="one plan file; or review files (.irmreview, several merge in one go) or a reviewed .docx")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would be imported (each commitment, its source and how sure) and change nothing")
    p.add_argument("--plan-id", help="for a document: the plan's id (OGP's action plan id, e.g. AP_USA05)")
    p.add_argument("--member", help="for a document: the country or locality")
    p.add_argument("--member-code", help="for a document: the member code that prefixes commitment ids (e.g. US)")
    p.add_argument("--number", type=int, help="for a document: the action plan's number")
    p.add_argument("--trust", action="append", default=[], metavar="FINGERPRINT|CERT.pem",
                   help="review files: trust this signer for this run")
    p.add_argument("--accept-new-key", action="store_true",
                   help="review files: import although this reviewer's earlier file came from another key")
    p.add_argument("--assessment", help="a reviewed .docx: the assessment its comments are about")
    p.add_argument("--role", help="a reviewed .docx: the role of Word's authors (default: government)")
    add_db(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("plans", help="list the plans in the library")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_db(p)
    p.set_defaults(func=cmd_plans)

    p = sub.add_parser("assessments", help="list assessments with their progress")
    p.add_argument("--plan", help="only this plan's")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(func=cmd_assessments)

    p = sub.add_parser("forms", help="list the methodology forms")
    p.add_argument("--check-translations", action="store_true",
                   help="list every methodology string without a translation (forms/i18n/); exit 2 on errors")
    p.set_defaults(func=cmd_forms)

    p = sub.add_parser("new-assessment", help="start assessing a plan with a methodology form")
    p.add_argument("plan")
    p.add_argument("--form", required=True, help="form key (see irm-app forms)")
    p.add_argument("--researcher", required=True)
    p.add_argument("--title", default="")
    add_db(p)
    p.set_defaults(func=cmd_new_assessment)

    p = sub.add_parser(
        "score",
        help="record levels: score ASSESSMENT COMMITMENT FIELD=LEVEL... (no COMMITMENT: plan-level fields)",
    )
    p.add_argument("assessment")
    p.add_argument("items", nargs="+", metavar="[COMMITMENT] FIELD=LEVEL")
    p.add_argument("--justification", help="the justification for every field given")
    p.add_argument("--who", help="who is scoring (default: the assessment's researcher)")
    p.add_argument("--lang", default="en", help="level names may be given in this language (es, fr, pt, ar); "
                   "the codes stored are the same whatever the language")
    add_db(p)
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("show", help="show an assessment, or one commitment of it")
    p.add_argument("assessment")
    p.add_argument("commitment", nargs="?")
    p.add_argument("--claimed-more", action="store_true",
                   help="only commitments where the government claimed more completion than the IRM assessed")
    p.add_argument("--lang", default="en", help="show the form's labels, levels and reasons in this language "
                   "(es, fr, pt, ar)")
    add_db(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("export-json", help="write the interchange document (irm-app/1)")
    p.add_argument("assessments", nargs="*", help="assessment ids (none: the whole library)")
    p.add_argument("--out", type=Path, required=True, help="output file, or - for stdout")
    add_db(p)
    p.set_defaults(func=cmd_export_json)


def cmd_import(args: argparse.Namespace) -> int:
    from ..operations.intake import read_plan
    from .review_import import import_reviews

    handled = import_reviews(args)  # review files and reviewed Word documents
    if handled is not None:
        return handled
    if len(args.file) > 1:
        raise UserError("give one plan file at a time (several files: review files only)")
    args.file = args.file[0]

    read = read_plan(input_file(args.file), plan_id=args.plan_id, member=args.member, member_code=args.member_code,
                     number=args.number)  # parse everything first: nothing is written on error
    if args.dry_run:
        print("\n".join(read.summary_lines()))
        print("dry run: nothing imported")
        return 0
    bundle = read.bundle
    from ..operations import assessments as ops

    with open_library(args, write=True) as lib:
        result = ops.import_bundle(lib, bundle, who=who(args)).result
    print(f"imported {args.file.name}:")
    for line in result.lines():
        print(f"  {line}")
    return 0


def cmd_plans(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        plans = lib.plans.summaries()
    if args.json:
        print(json.dumps([p.__dict__ for p in plans], indent=2, ensure_ascii=False))
    else:
        rows = [(p.id, p.member, p.period, p.commitments, p.milestones, p.title) for p in plans]
        print(table(rows, ["ID", "Member", "Period", "Commitments", "Milestones", "Title"]))
    return 0


def cmd_assessments(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        items = []
        for a in lib.assessments.all(args.plan):
            pr = lib.scores.progress(a.id)
            items.append((a, pr))
    if args.json:
        out = [
            {**a.model_dump(), "progress": {"scored": pr.scored, "total": pr.total, "justified": pr.justified,
                                            "with_evidence": pr.with_evidence}}
            for a, pr in items
        ]
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    rows = [
        (a.id[:8], a.plan_id, a.form, a.researcher, a.status + (" (review copy)" if a.read_only else ""),
         f"{pr.scored}/{pr.total} scored, {pr.justified} justified")
        for a, pr in items
    ]
    print(table(rows, ["ID", "Plan", "Form", "Researcher", "Status", "Progress"]))
    return 0


def cmd_forms(args: argparse.Namespace) -> int:
    from ..methodology import available_forms

    if args.check_translations:
        return _check_translations()
    rows = [(f.key, f.version, f.report_type, f.title) for f in available_forms()]
    print(table(rows, ["Key", "Version", "Report", "Title"]))
    return 0


def _check_translations() -> int:
    from ..methodology import available_forms
    from ..methodology.i18n import check_translations, translation_languages
    from ..reports.catalogue import available_languages

    langs = sorted((set(translation_languages()) | set(available_languages())) - {"en"})
    errors, warnings = check_translations(available_forms(), langs)
    for line in warnings:
        print(f"warning: {line}")
    for line in errors:
        print(f"error: {line}", file=sys.stderr)
    print(f"{len(errors)} error(s), {len(warnings)} missing translation(s) in {', '.join(langs) or 'no language'}")
    return 2 if errors else 0


def cmd_new_assessment(args: argparse.Namespace) -> int:
    from ..operations import assessments as ops

    with open_library(args, write=True) as lib:
        a = ops.new_assessment(lib, args.plan, args.form, researcher=args.researcher, title=args.title,
                               who=args.researcher).result
    print(a.id)
    return 0


def parse_items(items: list[str]) -> tuple[str | None, list[tuple[str, str]]]:
    commitment = None
    if "=" not in items[0]:
        commitment, items = items[0], items[1:]
    pairs = []
    for item in items:
        field, sep, level = item.partition("=")
        if not sep or not field:
            raise UserError(f"expected FIELD=LEVEL, got {item!r}")
        pairs.append((field.strip(), level.strip()))
    if not pairs:
        raise UserError("nothing to score: give FIELD=LEVEL")
    return commitment, pairs


def cmd_score(args: argparse.Namespace) -> int:
    commitment, pairs = parse_items(args.items)
    with lasting_imports(args):
        from ..operations import scoring

    with open_library(args, write=True) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        form = lib.forms.get(a.form)
        actor = args.who or a.researcher or who(args)
        raw: dict[str, ScoreValue] = {  # on the command line, flags are a comma-separated list
            field: [x for x in level.split(",") if x] if form.field(field).kind == "flags" else level
            for field, level in pairs
        }
        scored = scoring.score(lib, a.id, commitment, raw, justification=args.justification, who=actor,
                               lang=args.lang).result
    where = commitment or "plan"
    derived = scored.derived
    for field, value in scored.values:
        print(f"{where} {field} = {_label(form, field, value)}")
    for key, v in derived.items():
        if v is not None:
            print(f"{where} {form.derived_indicator(key).label}: {'yes' if v else 'no'}")
    return 0


def _label(form, field: str, value: ScoreValue) -> str:
    f = form.field(field)
    if value is None:
        return "(not set)"
    if isinstance(value, list):
        return ", ".join(f.level(v).label for v in value) or "(none)"
    if f.kind == "text":
        return value
    level = f.level(value)
    return level.label if level else value


def cmd_show(args: argparse.Namespace) -> int:
    from ..methodology.completeness import CompletenessRule
    from ..self_assessment import compare

    with open_library(args) as lib:
        a = lib.assessments.resolve_assessment(args.assessment)
        form = _localized(lib.forms.get(a.form), args.lang)
        plan = lib.plans.plan(a.plan_id)
        scores = lib.scores.all(a.id)
        pr = lib.scores.progress(a.id)
        if args.commitment:
            c = next((c for c in plan.commitments if c.id == args.commitment), None)
            if c is None:
                raise UserError(f"no commitment {args.commitment!r} in plan {plan.id}")
            evidence = lib.evidence.items(a.id, c.id)
    if not args.commitment:
        print(f"{plan.member}: {plan.title} ({plan.period})")
        print(f"assessment {a.id}  form {form.key} {a.form_version}  researcher {a.researcher}  {a.status}")
        print(f"{pr.scored}/{pr.total} scored, {pr.justified} justified, {pr.with_evidence} with evidence")
        plan_state = CompletenessRule(form, "plan").of_scores(scores.get(None, {}))
        if plan_state.counted:
            print(f"plan level: {plan_state.answered}/{len(plan_state.counted)} fields scored, "
                  f"{len(plan_state.unjustified)} without justification")
        fields = form.scored_fields
        values = {cid: {k: s.value for k, s in f.items()} for cid, f in scores.items() if cid}
        claims = {r.commitment_id: r for r in compare(form, plan.commitments, values)}
        rows = []
        for c in plan.commitments:
            if args.claimed_more and not claims[c.id].claimed_more:
                continue
            vals = values.get(c.id, {})
            derived = form.derive(vals)
            stars = [form.derived_indicator(k).label for k, v in derived.items() if v and "starred" in k]
            claim = claims[c.id].claimed or ""
            if claims[c.id].claimed_more:
                claim += " (more than assessed)"
            rows.append([c.id, c.title[:40]] + [_short(form, f.key, vals.get(f.key)) for f in fields]
                        + ["*" if stars else "", claim])
        print(table(rows, ["ID", "Title"] + [f.key for f in fields] + ["★", "Government reports"]))
        return 0
    vals = {k: s.value for k, s in scores.get(c.id, {}).items()}
    print(f"{c.id}  {c.title}")
    print(f"theme: {c.theme}   lead: {c.lead_institution}")
    for m in c.milestones:
        print(f"  - {m.id} {m.title} [{m.lead}]" + (f" (reported: {m.self_status})" if m.self_status else ""))
    for f in form.commitment_fields:
        s = scores.get(c.id, {}).get(f.key)
        if f.kind == "text" and not (s and s.value):
            continue  # an empty free-text field (notes) says nothing, never "not set"
        reason = form.applies(f.key, vals)
        shown = f"not applicable: {reason}" if reason else _label(form, f.key, s.value if s else None)
        print(f"{f.label}: {shown}")
        if s and s.justification:
            print(f"    justification: {s.justification}")
    for key, o in form.explain(vals).items():
        shown = "unknown" if o.value is None else ("yes" if o.value else "no")
        print(f"{form.derived_indicator(key).label}: {shown}" + (f" ({o.reason})" if o.reason else ""))
    for e in evidence:
        print(f"evidence [{e.kind}] {e.title}" + (f" <{e.url}>" if e.url else ""))
    return 0


def _localized(form, lang: str):
    """The form in `lang` (same keys); a string with no translation shows in English."""
    if lang == "en":
        return form
    from ..methodology.i18n import localize, translation_languages

    if lang not in translation_languages():
        raise UserError(f"no methodology translation for --lang {lang!r}; "
                        f"available: en, {', '.join(translation_languages())}")
    return localize(form, lang).form


def _short(form, field: str, value: ScoreValue) -> str:
    return "" if value is None else _label(form, field, value)[:14]


def cmd_export_json(args: argparse.Namespace) -> int:
    from ..interchange import dumps

    with open_library(args) as lib:
        ids = [lib.assessments.resolve_assessment(r).id for r in args.assessments] or None
        text = dumps(lib.snapshot(ids))
    if str(args.out) == "-":
        sys.stdout.write(text)
        return 0
    tmp = args.out.with_name(args.out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out}")
    return 0
