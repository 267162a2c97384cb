"""How one recorded score reads in a report, asked of the form (code never names a level)."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..model import ScoreValue
from .catalogue import Catalogue

if TYPE_CHECKING:
    from ..methodology import FormField


def value_text(field: FormField, value: ScoreValue, cat: Catalogue) -> str:
    """The level label(s) for a value; an unknown key is shown raw rather than hidden. A free-text
    field has no levels: empty is empty (blank), never "Not scored"."""
    if field.kind == "text":
        return "" if value is None else str(value)
    if value is None or value == "":
        return cat.t("score.not_scored")
    if field.kind == "text":
        return str(value)
    if isinstance(value, list):
        if not value:
            return cat.t("score.none_flagged")
        return ", ".join(_label(field, v) for v in value)
    return _label(field, value)


def _label(field: FormField, key: str) -> str:
    level = field.level(key)
    return level.label if level is not None else key


def is_scored(value: ScoreValue) -> bool:
    """Set at all: an empty flag list is a real answer ('none of them'), None is not."""
    return value is not None and value != ""


def derived_text(value: bool | None, cat: Catalogue) -> str:
    return cat.t("derived.true" if value is True else "derived.false" if value is False else "derived.none")


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def short_title(title: str, short: str | None, limit: int = 70) -> str:
    if short:
        return short
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:-")
    return cut + "…"


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"
