"""A methodology form: its fields and derived indicators, and the questions callers ask of it.

Code never names a level: it asks the form to normalize a value, whether a field applies, and
what the derived indicators (verifiable, starred, ...) come to for a set of scores.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..model import ScoreValue
from .errors import InvalidValue, PlacedError, UnknownField
from .fields import DerivedIndicator, FormField, fold
from .narrative import PLACES, NarrativeSection, ReportSpec
from .rules import AnyFlag, DerivedRef, FieldIn, Known, Outcome, ReasonTexts, Truth, evaluate, truth, walk
from .self_report import SelfReportRule

ReportType = Literal["action-plan-review", "midterm-review", "results-report", "progress-report"]


_MISS = object()
_MEMO_MAX = 4096  # distinct (field, text) pairs remembered per form: hostile input cannot grow it


def _unset(value: Any) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


class Form(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    key: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]*$")
    version: str = Field(min_length=1)
    title: str = Field(min_length=1)
    report_type: ReportType
    description: str = ""
    source: list[str] = []
    fields: list[FormField] = Field(min_length=1)
    derived: list[DerivedIndicator] = []
    ogp_detect_columns: list[str] = []
    plans_from: int | None = Field(None, ge=1990, le=2100, description="First plan start year the form is for")
    plans_until: int | None = Field(None, ge=1990, le=2100, description="Last plan start year the form is for")
    suggest_order: int = Field(100, ge=0, description="Among forms that fit a plan's period, the lowest is offered first")
    self_report: SelfReportRule | None = None
    narrative: list[NarrativeSection] = []
    report: ReportSpec = ReportSpec()
    reasons: ReasonTexts = ReasonTexts()  # how reasons name fields; translated in forms/i18n

    # Lookups are cached properties, not PrivateAttr: pydantic serves a private attribute through
    # __getattr__ (~4 us a read), and normalize/explain read them ~30 times per row of an import;
    # a cached property is a plain instance-dict read after the first (pydantic ignores them).

    @cached_property
    def _by_key(self) -> dict[str, FormField]:
        return {f.key: f for f in self.fields}

    @cached_property
    def _derived_by_key(self) -> dict[str, DerivedIndicator]:
        return {d.key: d for d in self.derived}

    @cached_property
    def _folded(self) -> dict[str, dict[str, str]]:
        """field key -> {fold(any name of a level): level key}; the first level wins."""
        folded: dict[str, dict[str, str]] = {}
        for f in self.fields:
            names = folded[f.key] = {}
            for level in f.levels:
                for n in level.names():
                    names.setdefault(fold(n), level.key)
        return folded

    def fits_plan_year(self, year: int | None) -> bool:
        """Whether a plan starting in `year` is assessed with this form (an unknown year fits none)."""
        if year is None or (self.plans_from is None and self.plans_until is None):
            return False
        return (self.plans_from or year) <= year <= (self.plans_until or year)

    # -- validation that needs the whole form -------------------------------------------------

    @model_validator(mode="after")
    def _check_references(self) -> Form:
        by_key: dict[str, FormField] = {}
        if self.plans_from is not None and self.plans_until is not None and self.plans_from > self.plans_until:
            raise PlacedError("plans_from", f"plans_from {self.plans_from} is after plans_until {self.plans_until}")
        for i, f in enumerate(self.fields):
            if f.key in by_key:
                raise PlacedError(f"fields[{i}] ({f.key})", f"duplicate field key {f.key!r}")
            by_key[f.key] = f
        derived_by_key: dict[str, DerivedIndicator] = {}
        for i, d in enumerate(self.derived):
            if d.key in derived_by_key:
                raise PlacedError(f"derived[{i}] ({d.key})", f"duplicate derived key {d.key!r}")
            derived_by_key[d.key] = d
        for i, f in enumerate(self.fields):
            for j, cond in enumerate(f.applies_when):
                place = f"fields[{i}] ({f.key}).applies_when[{j}]"
                if cond.field == f.key:
                    raise PlacedError(place, f"field {f.key!r} cannot depend on itself")
                self._check_levels_exist(by_key, cond.field, cond.in_, place, ("single", "yesno"))
        for i, d in enumerate(self.derived):
            for node, sub in walk(d.rule, "rule"):
                place = f"derived[{i}] ({d.key}).{sub}"
                if isinstance(node, FieldIn):
                    self._check_levels_exist(by_key, node.field, node.in_, place, ("single", "yesno"))
                    self._check_not_assessed(by_key[node.field], node, place)
                elif isinstance(node, AnyFlag):
                    self._check_levels_exist(by_key, node.field, node.any_flag, place, ("flags",))
                elif isinstance(node, DerivedRef) and node.derived not in derived_by_key:
                    valid = ", ".join(derived_by_key) or "none"
                    raise PlacedError(place, f"unknown derived indicator {node.derived!r}; valid: {valid}")
        self._check_cycles(derived_by_key)
        if self.self_report is not None:
            rule = self.self_report
            self._check_levels_exist(by_key, rule.field, list(rule.ranks), "self_report", ("single",))
        self._check_narrative(by_key, derived_by_key)
        return self

    def _check_narrative(self, by_key: dict[str, FormField], derived_by_key: dict[str, DerivedIndicator]) -> None:
        seen: set[str] = set()
        places = PLACES.get(self.report_type, ())
        for i, n in enumerate(self.narrative):
            place = f"narrative[{i}] ({n.key})"
            if n.key in seen:
                raise PlacedError(place, f"duplicate narrative key {n.key!r}")
            seen.add(n.key)
            if n.place not in places:
                raise PlacedError(place, f"place {n.place!r} is not in a {self.report_type}; valid: {', '.join(places)}")
        r = self.report
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

    def narrative_section(self, key: str) -> NarrativeSection:
        for n in self.narrative:
            if n.key == key:
                return n
        valid = ", ".join(n.key for n in self.narrative) or "none"
        raise InvalidValue(f"form {self.key} has no narrative section {key!r}; valid: {valid}")

    @staticmethod
    def _check_levels_exist(
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

    @staticmethod
    def _check_not_assessed(target: FormField, node: FieldIn, place: str) -> None:
        """A "not assessed" code never satisfies a rule, and the option needs such a code."""
        for key in node.in_:
            level = target.level(key)
            if level is not None and not level.assessed:
                raise PlacedError(place, f"level {key!r} of field {target.key!r} is a not-assessed code; "
                                         "it cannot satisfy a rule (see not_assessed)")
        if node.not_assessed == "false" and all(level.assessed for level in target.levels):
            raise PlacedError(place, f"not_assessed = \"false\": field {target.key!r} has no level with "
                                     "assessed = false")

    def _check_cycles(self, derived_by_key: dict[str, DerivedIndicator]) -> None:
        deps = {
            d.key: [n.derived for n, _ in walk(d.rule) if isinstance(n, DerivedRef)] for d in self.derived
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

    # -- lookups ------------------------------------------------------------------------------

    def field(self, key: str) -> FormField:
        """The field with this key; UnknownField (a KeyError) if the form has none."""
        try:
            return self._by_key[key]
        except KeyError:
            raise UnknownField(key, self.key) from None

    def derived_indicator(self, key: str) -> DerivedIndicator:
        try:
            return self._derived_by_key[key]
        except KeyError:
            raise KeyError(key) from None

    @property
    def commitment_fields(self) -> list[FormField]:
        return [f for f in self.fields if f.scope == "commitment"]

    @property
    def plan_fields(self) -> list[FormField]:
        return [f for f in self.fields if f.scope == "plan"]

    @property
    def scored_fields(self) -> list[FormField]:
        """Commitment fields that take a coded answer (everything except free text)."""
        return [f for f in self.commitment_fields if f.kind != "text"]

    # -- values -------------------------------------------------------------------------------

    def normalize(self, field_key: str, value: Any) -> ScoreValue:
        """The stored form of a value: a level key, a sorted list of flag keys, text, or None.

        Accepts keys, labels and aliases (case-insensitive). Raises InvalidValue (a ValueError) with one line
        naming the field and the valid keys.
        """
        f = self._by_key.get(field_key)
        if f is not None and isinstance(value, str) and f.kind in ("single", "yesno"):
            # levels repeat across rows: each (field, text) is folded and looked up once per form
            memo = self._normalized
            key = (field_key, value)
            got = memo.get(key, _MISS)
            if got is _MISS:
                got = self._normalize(field_key, value)
                if len(memo) < _MEMO_MAX:
                    memo[key] = got
            return got  # type: ignore[return-value]
        if f is not None and f.kind == "flags" and type(value) is list and value and all(type(v) is str for v in value):
            # a flag set repeats across rows as a level does; the answer is a new list each time
            memo = self._normalized
            key = (field_key, tuple(value))
            got = memo.get(key, _MISS)
            if got is _MISS:
                got = tuple(self._normalize(field_key, value))  # type: ignore[arg-type]
                if len(memo) < _MEMO_MAX:
                    memo[key] = got
            return list(got)  # type: ignore[arg-type]
        return self._normalize(field_key, value)

    @cached_property
    def _normalized(self) -> dict[tuple[str, Any], Any]:
        """(single-level field, text) -> its level key or None, (flags field, names) -> the keys;
        bounded by _MEMO_MAX, no free text."""
        return {}

    def _normalize(self, field_key: str, value: Any) -> ScoreValue:
        if field_key not in self._by_key:
            raise InvalidValue(
                f"unknown field {field_key!r} in form {self.key}; valid: {', '.join(self._by_key)}"
            )
        f = self._by_key[field_key]
        if f.kind == "flags" and isinstance(value, (list, tuple, set, frozenset)) and not value:
            return []  # recorded: none of the flags (e.g. relevant to no OGP value), not unset
        if _unset(value):
            return None
        if f.kind == "text":
            if not isinstance(value, str):
                raise InvalidValue(f"{f.key}: expected text, got {type(value).__name__}")
            return value
        if f.kind == "flags":
            items = value.split(",") if isinstance(value, str) else value
            if not isinstance(items, (list, tuple, set, frozenset)):
                raise InvalidValue(f"{f.key}: expected a list of flags, got {type(value).__name__}")
            keys = {self._level_key(f, item) for item in items if not _unset(item)}
            return [k for k in f.level_keys if k in keys]
        if not isinstance(value, str):
            raise InvalidValue(f"{f.key}: expected one level, got {type(value).__name__} {value!r}")
        return self._level_key(f, value)

    def _level_key(self, f: FormField, name: Any) -> str:
        if isinstance(name, str):
            names = self._folded.get(f.key)
            if names is None:  # a field not of this form: fold its names here
                names = {}
                for level in f.levels:
                    for n in level.names():
                        names.setdefault(fold(n), level.key)
            key = names.get(fold(name))
            if key is not None:
                return key
        raise InvalidValue(f"{f.key}: unknown level {name!r}; valid: {', '.join(f.level_keys)}")

    def _what_is_known(self, field_key: str, scores: Mapping[str, Any]) -> Known:
        """What a rule may use of a field, and how to name it (or why it is unknown)."""
        f = self._by_key.get(field_key)
        if f is None:
            return Known(None, shown=f"{field_key} is not a field of this form")
        reason = self.applies(field_key, scores)
        if reason is not None:  # left over after the gate changed: ignored
            return Known(None, shown=reason)
        raw = scores.get(field_key)
        if isinstance(raw, list | tuple) and not raw and f.kind == "flags":
            # An empty flag set that was recorded means "none of them"; unset means unknown.
            return Known([], shown=self.reasons.none.format(field=f.label))
        try:
            value = self.normalize(field_key, raw)
        except ValueError:
            value = None
        if value is None:
            return Known(None, shown=self.reasons.not_scored.format(field=f.label))
        if isinstance(value, list):
            labels = ", ".join(lv.label for lv in f.levels if lv.key in value)
            if not labels:
                return Known(value, shown=self.reasons.none.format(field=f.label))
            return Known(value, shown=self.reasons.level.format(field=f.label, level=labels))
        level = f.level(value) if f.kind != "text" else None
        if level is None:
            return Known(value, shown=f.label)
        return Known(value, assessed=level.assessed, shown=self.reasons.level.format(field=f.label, level=level.label))

    def applies(self, field_key: str, scores: Mapping[str, Any]) -> str | None:
        """None if the field applies given these (possibly partial) scores, else the reason.

        A condition on a field that is not yet answered does not disable anything: the gate
        must be answered first.
        """
        f = self.field(field_key)
        for cond in f.applies_when:
            try:
                gate = self.normalize(cond.field, scores.get(cond.field))
            except ValueError:
                gate = None
            if gate is not None and gate not in cond.in_:
                return cond.reason
        return None

    def derive(self, scores: Mapping[str, Any], keys: Iterable[str] | None = None) -> dict[str, Truth]:
        """Every derived indicator, in form order: True, False, or None (not enough data).

        Values of fields that do not apply (e.g. left over after the gate changed) count as unset.
        With `keys`, only those indicators (and the ones they refer to): an importer comparing
        OGP's two starred columns need not evaluate the other seven.
        """
        known: dict[str, tuple[Any, bool]] = {}  # rules share fields: each is looked at once per call
        results: dict[str, Truth] = {}

        def known_of(key: str) -> tuple[Any, bool]:
            got = known.get(key)
            if got is None:
                got = known[key] = self._known_value(key, scores)
            return got

        def derived_of(key: str) -> Truth:
            if key not in results:
                results[key] = truth(self._derived_by_key[key].rule, known_of, derived_of)
            return results[key]

        wanted = [d.key for d in self.derived] if keys is None else list(keys)
        for key in wanted:
            derived_of(key)
        return {key: results[key] for key in wanted}

    def _known_value(self, field_key: str, scores: Mapping[str, Any]) -> tuple[Any, bool]:
        """`_what_is_known` without naming it: (value or None, assessed)."""
        f = self._by_key.get(field_key)
        if f is None or self.applies(field_key, scores) is not None:
            return (None, True)
        raw = scores.get(field_key)
        if isinstance(raw, list | tuple) and not raw and f.kind == "flags":
            return ([], True)
        try:
            value = self.normalize(field_key, raw)
        except ValueError:
            return (None, True)
        if value is None or isinstance(value, list) or f.kind == "text":
            return (value, True)
        level = f.level(value)
        return (value, True) if level is None else (value, level.assessed)

    def explain(self, scores: Mapping[str, Any], keys: Iterable[str] | None = None) -> dict[str, Outcome]:
        """Every derived indicator with the reason the researcher is shown, in form order (with
        `keys`, only those, as `derive`).

        E.g. `Outcome(False, "not starred: completion not assessed (Completion ...: Unclear)")`.
        """
        results: dict[str, Outcome] = {}
        known: dict[str, Known] = {}  # rules share fields: each is looked at once per call

        def known_of(key: str) -> Known:
            if key not in known:
                known[key] = self._what_is_known(key, scores)
            return known[key]

        def derived_of(key: str) -> Outcome:
            if key not in results:
                results[key] = evaluate(self._derived_by_key[key].rule, known_of, derived_of)
            return results[key]

        wanted = [d.key for d in self.derived] if keys is None else list(keys)
        for key in wanted:
            derived_of(key)
        return {key: results[key] for key in wanted}
