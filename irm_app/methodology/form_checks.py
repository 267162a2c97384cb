"""The checks of a methodology form that need the whole form: every reference to a field, a level
or a derived indicator resolves, no derived indicator depends on itself, and the narrative and
report settings fit the form's report type. Each failure is a PlacedError naming the place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import PlacedError
from .fields import DerivedIndicator, FormField
from .narrative import PLACES
from .rules import AnyFlag, DerivedRef, FieldIn, walk

if TYPE_CHECKING:
    from .form import Form


def check_form(form: Form) -> None:
    """A PlacedError for the first thing in the form that does not fit the rest of it."""
    by_key: dict[str, FormField] = {}
    if form.plans_from is not None and form.plans_until is not None and form.plans_from > form.plans_until:
        raise PlacedError("plans_from", f"plans_from {form.plans_from} is after plans_until {form.plans_until}")
    for i, f in enumerate(form.fields):
        if f.key in by_key:
            raise PlacedError(f"fields[{i}] ({f.key})", f"duplicate field key {f.key!r}")
        by_key[f.key] = f
    derived_by_key: dict[str, DerivedIndicator] = {}
    for i, d in enumerate(form.derived):
        if d.key in derived_by_key:
            raise PlacedError(f"derived[{i}] ({d.key})", f"duplicate derived key {d.key!r}")
        derived_by_key[d.key] = d
    for i, f in enumerate(form.fields):
        for j, cond in enumerate(f.applies_when):
            place = f"fields[{i}] ({f.key}).applies_when[{j}]"
            if cond.field == f.key:
                raise PlacedError(place, f"field {f.key!r} cannot depend on itself")
            check_levels_exist(by_key, cond.field, cond.in_, place, ("single", "yesno"))
    for i, d in enumerate(form.derived):
        for node, sub in walk(d.rule, "rule"):
            place = f"derived[{i}] ({d.key}).{sub}"
            if isinstance(node, FieldIn):
                check_levels_exist(by_key, node.field, node.in_, place, ("single", "yesno"))
                check_not_assessed(by_key[node.field], node, place)
            elif isinstance(node, AnyFlag):
                check_levels_exist(by_key, node.field, node.any_flag, place, ("flags",))
            elif isinstance(node, DerivedRef) and node.derived not in derived_by_key:
                valid = ", ".join(derived_by_key) or "none"
                raise PlacedError(place, f"unknown derived indicator {node.derived!r}; valid: {valid}")
    check_cycles(form, derived_by_key)
    if form.self_report is not None:
        rule = form.self_report
        check_levels_exist(by_key, rule.field, list(rule.ranks), "self_report", ("single",))
    check_narrative(form, by_key, derived_by_key)


def check_narrative(form: Form, by_key: dict[str, FormField], derived_by_key: dict[str, DerivedIndicator]) -> None:
    seen: set[str] = set()
    places = PLACES.get(form.report_type, ())
    for i, n in enumerate(form.narrative):
        place = f"narrative[{i}] ({n.key})"
        if n.key in seen:
            raise PlacedError(place, f"duplicate narrative key {n.key!r}")
        seen.add(n.key)
        if n.place not in places:
            raise PlacedError(place, f"place {n.place!r} is not in a {form.report_type}; valid: {', '.join(places)}")
    r = form.report
    if r.cluster_field and (r.cluster_field not in by_key or by_key[r.cluster_field].kind != "text"):
        raise PlacedError("report.cluster_field", f"{r.cluster_field!r} is not a text field of this form")
    if r.rationale_field and r.rationale_field not in by_key:
        raise PlacedError("report.rationale_field", f"unknown field {r.rationale_field!r}")
    for place, key in [("report.promising", r.promising), ("report.significant", r.significant),
                       *(("report.glance", g) for g in r.glance)]:
        if key and key not in derived_by_key:
            raise PlacedError(place, f"unknown derived indicator {key!r}; valid: {', '.join(derived_by_key)}")
    for key in r.requirements:
        if key not in by_key or by_key[key].scope != "plan":
            raise PlacedError("report.requirements", f"{key!r} is not a plan field of this form")


def check_levels_exist(
    by_key: dict[str, FormField], field: str, levels: list[str], place: str, kinds: tuple[str, ...]
) -> None:
    target = by_key.get(field)
    if target is None:
        raise PlacedError(place, f"unknown field {field!r}; valid: {', '.join(by_key)}")
    if target.kind not in kinds:
        raise PlacedError(place, f"field {field!r} is {target.kind}; this needs {' or '.join(kinds)}")
    for level in levels:
        if target.level(level) is None:
            raise PlacedError(
                place,
                f"unknown level {level!r} of field {field!r}; valid: {', '.join(target.level_keys)}",
            )


def check_not_assessed(target: FormField, node: FieldIn, place: str) -> None:
    """A "not assessed" code never satisfies a rule, and the option needs such a code."""
    for key in node.in_:
        level = target.level(key)
        if level is not None and not level.assessed:
            raise PlacedError(place, f"level {key!r} of field {target.key!r} is a not-assessed code; "
                                     "it cannot satisfy a rule (see not_assessed)")
    if node.not_assessed == "false" and all(level.assessed for level in target.levels):
        raise PlacedError(place, f"not_assessed = \"false\": field {target.key!r} has no level with "
                                 "assessed = false")


def check_cycles(form: Form, derived_by_key: dict[str, DerivedIndicator]) -> None:
    deps = {
        d.key: [n.derived for n, _ in walk(d.rule) if isinstance(n, DerivedRef)] for d in form.derived
    }
    done: set[str] = set()

    def visit(key: str, trail: list[str]) -> None:
        if key in trail:
            cycle = " -> ".join([*trail[trail.index(key) :], key])
            start = trail[trail.index(key)]
            i = list(derived_by_key).index(start)
            raise PlacedError(f"derived[{i}] ({start}).rule", f"derived cycle {cycle}")
        if key in done:
            return
        for dep in deps[key]:
            visit(dep, [*trail, key])
        done.add(key)

    for key in deps:
        visit(key, [])
