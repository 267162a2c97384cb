"""Condition trees for derived indicators, and their three-valued (Kleene) evaluation.

A rule is data in the form file, e.g. `{all=[{derived="is_verifiable"}, {field="x", in=["a"]}]}`.
Evaluation answers True, False or None ("not enough data"), so an unanswered field never makes
a commitment look starred or not starred; each answer carries the reason a researcher is shown.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .errors import PlacedError

Truth = bool | None


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class FieldIn(_Node):
    """True when a single / yes-no field's value is one of the listed level keys.

    A "not assessed" level (assessed = false) counts as unknown, unless `not_assessed = "false"`:
    OGP's convention for the star, where a reading whose completion was not assessed is recorded
    as not starred. `reason` is then what the researcher is shown.
    """

    field: str
    in_: list[str] = Field(alias="in")
    not_assessed: Literal["unknown", "false"] = "unknown"
    reason: str = ""


class AnyFlag(_Node):
    """True when a flags field has any of the listed flags set; an empty set is False."""

    field: str
    any_flag: list[str]


class DerivedRef(_Node):
    """The value of another derived indicator."""

    derived: str


class AllOf(_Node):
    all_: list[Rule] = Field(alias="all")


class AnyOf(_Node):
    any_: list[Rule] = Field(alias="any")


class FirstOf(_Node):
    """The first sub-rule with a known (non-None) answer decides."""

    first: list[Rule]


class NotOf(_Node):
    not_: Rule = Field(alias="not")


Rule = FieldIn | AnyFlag | DerivedRef | AllOf | AnyOf | FirstOf | NotOf
for _cls in (AllOf, AnyOf, FirstOf, NotOf):
    _cls.model_rebuild()

_SHAPES = (
    "{field=..., in=[...]} (optionally not_assessed=\"false\", reason=...), {field=..., any_flag=[...]}, {derived=...}, "
    "{all=[...]}, {any=[...]}, {first=[...]}, {not={...}}"
)


class ReasonTexts(BaseModel):
    """How a reason names what is known of a field ("Completion not scored"): form data, so a
    translated form (forms/i18n, `[reasons]`) shows its reasons in its language, not English."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    not_scored: str = "{field} not scored"
    none: str = "{field}: none"  # a flags field recorded with none of its flags
    level: str = "{field}: {level}"  # the level (or levels, comma-separated) that decided

    @model_validator(mode="after")
    def _same_placeholders(self) -> ReasonTexts:
        for name, default in type(self).model_fields.items():
            text = getattr(self, name)
            want, got = placeholders(default.default), placeholders(text)
            if not text or got != want:
                raise PlacedError(f"reasons.{name}", f"{text!r} must name exactly "
                                  + (", ".join("{" + p + "}" for p in sorted(want))))
        return self


def placeholders(text: str) -> set[str]:
    """The {names} of a format string (a malformed one has none it can fill)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"?"}


def with_reason(rule: Rule, reason: str) -> Rule:
    """The rule with every `reason` replaced (a translated form's wording)."""
    if isinstance(rule, FieldIn):
        return rule.model_copy(update={"reason": reason}) if rule.reason else rule
    if isinstance(rule, AllOf):
        return rule.model_copy(update={"all_": [with_reason(r, reason) for r in rule.all_]})
    if isinstance(rule, AnyOf):
        return rule.model_copy(update={"any_": [with_reason(r, reason) for r in rule.any_]})
    if isinstance(rule, FirstOf):
        return rule.model_copy(update={"first": [with_reason(r, reason) for r in rule.first]})
    if isinstance(rule, NotOf):
        return rule.model_copy(update={"not_": with_reason(rule.not_, reason)})
    return rule


def reasons_of(rule: Rule) -> list[str]:
    """The distinct `reason` texts a rule shows, in order."""
    return list(dict.fromkeys(n.reason for n, _ in walk(rule) if isinstance(n, FieldIn) and n.reason))


def _strings(raw: Any, place: str) -> list[str]:
    if not isinstance(raw, list) or not raw or not all(isinstance(s, str) and s for s in raw):
        raise PlacedError(place, f"expected a non-empty list of strings, got {raw!r}")
    return list(raw)


def _string(raw: Any, place: str) -> str:
    if not isinstance(raw, str) or not raw:
        raise PlacedError(place, f"expected a non-empty string, got {raw!r}")
    return raw


def parse_rule(raw: Any, place: str = "") -> Rule:
    """Turn the TOML table of a rule into nodes; errors name the sub-place (e.g. `all[1].in`)."""
    if isinstance(raw, _Node):
        return raw  # type: ignore[return-value]
    if not isinstance(raw, dict):
        raise PlacedError(place, f"a rule must be a table like one of {_SHAPES}, got {raw!r}")
    keys = set(raw)
    sub = (place + ".") if place else ""
    if {"field", "in"} <= keys <= {"field", "in", "not_assessed", "reason"}:
        option = raw.get("not_assessed", "unknown")
        if option not in ("unknown", "false"):
            raise PlacedError(sub + "not_assessed", f"expected \"unknown\" or \"false\", got {option!r}")
        reason = _string(raw["reason"], sub + "reason") if "reason" in raw else ""
        if option == "false" and not reason:
            raise PlacedError(place, 'not_assessed = "false" needs a reason shown to the researcher')
        return FieldIn(field=_string(raw["field"], sub + "field"), in_=_strings(raw["in"], sub + "in"),
                       not_assessed=option, reason=reason)
    if keys == {"field", "any_flag"}:
        return AnyFlag(
            field=_string(raw["field"], sub + "field"), any_flag=_strings(raw["any_flag"], sub + "any_flag")
        )
    if keys == {"derived"}:
        return DerivedRef(derived=_string(raw["derived"], sub + "derived"))
    if keys == {"not"}:
        return NotOf(not_=parse_rule(raw["not"], sub + "not"))
    if len(keys) == 1 and keys <= {"all", "any", "first"}:
        (name,) = keys
        items = raw[name]
        if not isinstance(items, list) or not items:
            raise PlacedError(sub + name, f"expected a non-empty list of rules, got {items!r}")
        nodes = [parse_rule(item, f"{sub}{name}[{i}]") for i, item in enumerate(items)]
        if name == "all":
            return AllOf(all_=nodes)
        if name == "any":
            return AnyOf(any_=nodes)
        return FirstOf(first=nodes)
    found = ", ".join(sorted(keys)) or "nothing"
    raise PlacedError(place, f"unknown rule with keys {found}; expected one of {_SHAPES}")


def truth(
    rule: Rule,
    known_of: Callable[[str], tuple[Any, bool]],
    derived_of: Callable[[str], Truth],
) -> Truth:
    """`evaluate`'s answer without its reason: `known_of(field)` is (value or None, assessed).

    Why: the commitments table and the OGP importer ask every row's derived indicators and show
    a reason only for a few; building the reason strings was most of an import's mapping time.
    The same Kleene logic as `evaluate` (tests/test_derive_matches_explain.py holds them equal)."""
    if isinstance(rule, FieldIn):
        value, assessed = known_of(rule.field)
        if value is None:
            return None
        if not assessed:
            return False if rule.not_assessed == "false" else None
        return value in rule.in_
    if isinstance(rule, AnyFlag):
        value, _ = known_of(rule.field)
        if value is None:
            return None
        return any(f in value for f in rule.any_flag)
    if isinstance(rule, DerivedRef):
        return derived_of(rule.derived)
    if isinstance(rule, NotOf):
        inner = truth(rule.not_, known_of, derived_of)
        return None if inner is None else not inner
    if isinstance(rule, FirstOf):
        for item in rule.first:
            answer = truth(item, known_of, derived_of)
            if answer is not None:
                return answer
        return None
    if isinstance(rule, AllOf):
        answers = [truth(item, known_of, derived_of) for item in rule.all_]
        if False in answers:
            return False
        return None if None in answers else True
    if isinstance(rule, AnyOf):
        answers = [truth(item, known_of, derived_of) for item in rule.any_]
        if True in answers:
            return True
        return None if None in answers else False
    raise TypeError(f"not a rule: {rule!r}")


def walk(rule: Rule, place: str = "") -> Iterator[tuple[Rule, str]]:
    """Every node of a rule with its place, parents first."""
    yield rule, place
    sub = (place + ".") if place else ""
    children: list[tuple[str, list[Rule]]] = []
    if isinstance(rule, AllOf):
        children.append(("all", rule.all_))
    elif isinstance(rule, AnyOf):
        children.append(("any", rule.any_))
    elif isinstance(rule, FirstOf):
        children.append(("first", rule.first))
    elif isinstance(rule, NotOf):
        yield from walk(rule.not_, sub + "not")
    for name, items in children:
        for i, item in enumerate(items):
            yield from walk(item, f"{sub}{name}[{i}]")


@dataclass(frozen=True)
class Known:
    """What a rule may know of a field: its value, whether that value is a real assessment,
    and how to name it (or why it is unknown) to the researcher."""

    value: Any  # a level key, a list of flag keys, or None when unknown
    assessed: bool = True
    shown: str = ""  # "Potential impact is Moderate", or why unknown: "Potential impact not scored"


@dataclass(frozen=True)
class Outcome:
    """A derived answer and why: the reason is "" when the answer needs no explaining (True)."""

    value: Truth
    reason: str = ""


def _join(reasons: list[str]) -> str:
    return "; ".join(dict.fromkeys(r for r in reasons if r))


def evaluate(
    rule: Rule,
    known_of: Callable[[str], Known],
    derived_of: Callable[[str], Outcome],
) -> Outcome:
    """Kleene evaluation with reasons: `known_of(field)` says what is known of a field."""
    if isinstance(rule, FieldIn):
        k = known_of(rule.field)
        if k.value is None:
            return Outcome(None, k.shown)
        if not k.assessed:
            if rule.not_assessed == "false":
                return Outcome(False, f"{rule.reason} ({k.shown})")
            return Outcome(None, k.shown)
        return Outcome(True) if k.value in rule.in_ else Outcome(False, k.shown)
    if isinstance(rule, AnyFlag):
        k = known_of(rule.field)
        if k.value is None:
            return Outcome(None, k.shown)
        return Outcome(True) if any(f in k.value for f in rule.any_flag) else Outcome(False, k.shown)
    if isinstance(rule, DerivedRef):
        return derived_of(rule.derived)
    if isinstance(rule, NotOf):
        inner = evaluate(rule.not_, known_of, derived_of)
        return inner if inner.value is None else Outcome(not inner.value, inner.reason)
    if isinstance(rule, FirstOf):
        unknown = []
        for item in rule.first:
            answer = evaluate(item, known_of, derived_of)
            if answer.value is not None:
                return answer
            unknown.append(answer.reason)
        return Outcome(None, _join(unknown))
    if isinstance(rule, AllOf):
        answers = [evaluate(item, known_of, derived_of) for item in rule.all_]
        false = [a.reason for a in answers if a.value is False]
        if false:
            return Outcome(False, _join(false))
        unknown = [a.reason for a in answers if a.value is None]
        return Outcome(None, _join(unknown)) if unknown else Outcome(True)
    if isinstance(rule, AnyOf):
        answers = [evaluate(item, known_of, derived_of) for item in rule.any_]
        if any(a.value is True for a in answers):
            return Outcome(True)
        unknown = [a.reason for a in answers if a.value is None]
        if unknown:
            return Outcome(None, _join(unknown))
        return Outcome(False, _join([a.reason for a in answers]))
    raise TypeError(f"not a rule: {rule!r}")
