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
from .errors import InvalidValue, UnknownField
from .fields import DerivedIndicator, FormField, fold
from .form_checks import check_form
from .narrative import NarrativeSection, ReportSpec
from .rules import Known, Outcome, ReasonTexts, Truth, evaluate, truth
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

    # -- validation that needs the whole form (form_checks.py) ------------------------------

    @model_validator(mode="after")
    def _check_references(self) -> Form:
        check_form(self)
        return self

    # -- lookups ------------------------------------------------------------------------------

    def narrative_section(self, key: str) -> NarrativeSection:
        for n in self.narrative:
            if n.key == key:
                return n
        valid = ", ".join(n.key for n in self.narrative) or "none"
        raise InvalidValue(f"form {self.key} has no narrative section {key!r}; valid: {valid}")

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
