"""Condition trees for derived indicators, and their three-valued (Kleene) evaluation.

A rule is data in the form file, e.g. `{all=[{derived="is_verifiable"}, {field="x", in=["a"]}]}`.
Evaluation answers True, False or None ("not enough data"), so an unanswered field never makes
a commitment look starred or not starred.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .errors import PlacedError

Truth = bool | None


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class FieldIn(_Node):
    """True when a single / yes-no field's value is one of the listed level keys."""

    field: str
    in_: list[str] = Field(alias="in")


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
    "{field=..., in=[...]}, {field=..., any_flag=[...]}, {derived=...}, "
    "{all=[...]}, {any=[...]}, {first=[...]}, {not={...}}"
)


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
    if keys == {"field", "in"}:
        return FieldIn(field=_string(raw["field"], sub + "field"), in_=_strings(raw["in"], sub + "in"))
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


def evaluate(
    rule: Rule,
    value_of: Callable[[str], Any],
    derived_of: Callable[[str], Truth],
) -> Truth:
    """Kleene evaluation. `value_of(field)` gives a normalized value or None when unknown."""
    if isinstance(rule, FieldIn):
        value = value_of(rule.field)
        return None if value is None else value in rule.in_
    if isinstance(rule, AnyFlag):
        value = value_of(rule.field)
        return None if value is None else any(flag in value for flag in rule.any_flag)
    if isinstance(rule, DerivedRef):
        return derived_of(rule.derived)
    if isinstance(rule, NotOf):
        inner = evaluate(rule.not_, value_of, derived_of)
        return None if inner is None else not inner
    if isinstance(rule, FirstOf):
        for item in rule.first:
            answer = evaluate(item, value_of, derived_of)
            if answer is not None:
                return answer
        return None
    if isinstance(rule, AllOf):
        answers = [evaluate(item, value_of, derived_of) for item in rule.all_]
        if False in answers:
            return False
        return True if all(a is True for a in answers) else None
    if isinstance(rule, AnyOf):
        answers = [evaluate(item, value_of, derived_of) for item in rule.any_]
        if True in answers:
            return True
        return False if all(a is False for a in answers) else None
    raise TypeError(f"not a rule: {rule!r}")
