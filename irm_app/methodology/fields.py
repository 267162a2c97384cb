"""The parts of a form: a level, an applies-when condition, a field, a derived indicator.

Each validates what it can see by itself (key shapes, level counts per kind, duplicate level
names); what needs the whole form (references, cycles) is checked in `form.py`.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .errors import PlacedError
from .rules import Rule, parse_rule

KEY_PATTERN = r"^[a-z][a-z0-9_]*$"
Kind = Literal["single", "yesno", "flags", "text"]
Scope = Literal["commitment", "plan"]

# Words of a note to the researcher, never of a definition printed to readers (en, fr, es, pt).
INTERNAL_NOTE = re.compile(r"unconfirmed|paraphrase|par[aá]frase|par[aá]frasis|non confirm|sin confirmar|n[aã]o confirmad", re.IGNORECASE)

MIN_LEVELS: dict[str, int] = {"single": 2, "yesno": 2, "flags": 1, "text": 0}


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, str_strip_whitespace=True)


class Level(_Part):
    """One answer of a single / yes-no field, or one flag of a flags field."""

    key: str = Field(pattern=KEY_PATTERN)
    label: str = Field(min_length=1)
    definition: str = ""
    aliases: list[str] = []
    ogp_column: str | None = None
    # False: a recorded code that says "not assessed, for this reason" (the definition), such as
    # OGP's "Unclear" completion. Kept so the reason is not lost; never a point on the scale.
    assessed: bool = True
    # The researcher's view only: whether the definition is the published wording, and why not.
    # Reports print `definition` to readers, so an internal note there would be published.
    confirmed: bool = True
    note: str = ""

    @property
    def shown_definition(self) -> str:
        """The definition when it says more than the label, else "" (the help pane would read
        "Limited — Limited progress.": a label-only definition is no guidance)."""
        return "" if label_only(self.label, self.definition) else self.definition

    @model_validator(mode="after")
    def _check_note(self) -> Level:
        found = INTERNAL_NOTE.search(self.definition)
        if found:
            raise PlacedError("definition", f"level {self.key!r}: {found.group(0)!r} is an internal note, which "
                              "reports would print: put it in `note` (with `confirmed = false`)")
        if not self.confirmed and not self.note:
            raise PlacedError("note", f"level {self.key!r} is unconfirmed: say why in `note`")
        return self

    def names(self) -> list[str]:
        """Everything a user or an import may call this level by (key, label, aliases)."""
        return [self.key, self.label, *self.aliases]


class Condition(_Part):
    """`field` must hold one of `in_` for the guarded field to apply; else `reason` is shown."""

    field: str = Field(pattern=KEY_PATTERN)
    in_: list[str] = Field(alias="in", min_length=1)
    reason: str = Field(min_length=1)


class FormField(_Part):
    key: str = Field(pattern=KEY_PATTERN)
    label: str = Field(min_length=1)
    kind: Kind
    scope: Scope = "commitment"
    group: str = ""
    help: str = ""
    levels: list[Level] = []
    justification_required: bool = False
    applies_when: list[Condition] = []
    ogp_column: str | None = None
    source: str = ""  # where the field's definition is published (URL or document)
    # What is assessed, for readers (a minimum requirement's published text): printed in the
    # report's requirements review and methodology, where `help` (addressed to the researcher) never is.
    statement: str = ""

    @model_validator(mode="before")
    @classmethod
    def _default_justification(cls, data: Any) -> Any:
        """Every score must be justified (IRM rule): default True for all but free text."""
        if isinstance(data, dict) and "justification_required" not in data:
            data = {**data, "justification_required": data.get("kind") != "text"}
        return data

    @model_validator(mode="after")
    def _check_levels(self) -> FormField:
        need = MIN_LEVELS[self.kind]
        if self.kind == "text" and self.levels:
            raise PlacedError("levels", "a text field has no levels")
        if len(self.levels) < need:
            what = "flag" if self.kind == "flags" else "level"
            raise PlacedError(
                "levels", f"a {self.kind} field needs at least {need} {what}s, found {len(self.levels)}"
            )
        if self.kind == "flags" and any(not level.assessed for level in self.levels):
            raise PlacedError("levels", "a flags field cannot have a level with assessed = false")
        seen_keys: set[str] = set()
        seen_names: dict[str, str] = {}
        for i, level in enumerate(self.levels):
            if level.key in seen_keys:
                raise PlacedError(f"levels[{i}]", f"duplicate level key {level.key!r}")
            seen_keys.add(level.key)
            for name in level.names():
                folded = fold(name)
                owner = seen_names.setdefault(folded, level.key)
                if owner != level.key:
                    raise PlacedError(f"levels[{i}]", f"name {name!r} already names level {owner!r}")
        return self

    def level(self, key: str) -> Level | None:
        for level in self.levels:
            if level.key == key:
                return level
        return None

    @property
    def level_keys(self) -> list[str]:
        return [level.key for level in self.levels]

    @property
    def assessed_levels(self) -> list[Level]:
        """The levels of the published scale (without the "not assessed" codes)."""
        return [level for level in self.levels if level.assessed]


class DerivedIndicator(_Part):
    """A value computed from the scores (e.g. starred), never entered by hand."""

    key: str = Field(pattern=KEY_PATTERN)
    label: str = Field(min_length=1)
    description: str = ""
    rule: Rule
    ogp_column: str | None = None
    source: str = ""  # where the indicator's definition is published

    @field_validator("rule", mode="before")
    @classmethod
    def _parse_rule(cls, raw: Any) -> Rule:
        return parse_rule(raw)


def fold(name: str) -> str:
    """How names compare: case-insensitive, spaces and underscores alike, ends trimmed."""
    return " ".join(name.replace("_", " ").split()).casefold()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def label_only(label: str, definition: str) -> bool:
    """True when the definition is empty or only repeats the label, give or take one word
    ("Limited progress.", "No consultation.", "Avance limitado."): in any language."""
    said, named = _words(definition), set(_words(label))
    return len([w for w in said if w not in named]) <= 1 and len(said) <= len(named) + 1
