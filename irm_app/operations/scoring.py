"""Scoring a commitment (or the plan level): levels, justifications, revisit flags, tags."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..library import Library
from ..model import ScoreValue
from .change import Change, ChangeKind


@dataclass(frozen=True)
class Scored:
    """The normalised values written and the derived indicators they lead to (commitments only)."""

    values: list[tuple[str, ScoreValue]]
    derived: dict[str, bool | None] = field(default_factory=dict)


def score(lib: Library, assessment_id: str, commitment_id: str | None, values: Mapping[str, ScoreValue], *,
          justification: str | None = None, who: str, lang: str = "en",
          initiator: object | None = None) -> Change[Scored]:
    """Record several fields (and one justification for each) in ONE transaction: every value
    is checked against the form before anything is written, so a bad one writes nothing.
    Level names may be given in `lang` (the form's translation); the codes stored are the same."""
    a = lib.assessments.assessment(assessment_id)
    form = lib.forms.get(a.form)
    if lang != "en":
        from ..methodology.i18n import localize

        form = localize(form, lang).form  # same keys; accepts its labels and the English ones
    normalized = [(key, form.normalize(key, raw)) for key, raw in values.items()]  # raises before any write
    # All or nothing (Library.scores.set_scores): a level stored and its justification then refused by
    # a full disk would make "not saved" a lie about a half-saved edit.
    lib.scores.set_scores(a.id, commitment_id, normalized, justification, who=who)
    derived = form.derive(lib.scores.values(a.id, commitment_id)) if commitment_id else {}
    return Change(ChangeKind.SCORES, a.id, commitment_id, who, Scored(normalized, derived), "score", initiator)


def set_score(lib: Library, assessment_id: str, commitment_id: str | None, field_key: str, value: ScoreValue, *,
              who: str, initiator: object | None = None) -> Change[ScoreValue]:
    """One field's level; returns the normalised value (None clears it)."""
    out = lib.scores.set_score(assessment_id, commitment_id, field_key, value, who=who)
    return Change(ChangeKind.SCORES, assessment_id, commitment_id, who, out, "score", initiator)


def set_justification(lib: Library, assessment_id: str, commitment_id: str | None, field_key: str, text: str, *,
                      who: str, initiator: object | None = None) -> Change[str]:
    lib.scores.set_justification(assessment_id, commitment_id, field_key, text, who=who)
    return Change(ChangeKind.SCORES, assessment_id, commitment_id, who, text, "justification", initiator)


def set_revisit(lib: Library, assessment_id: str, commitment_id: str, flag: bool, *,
                who: str, initiator: object | None = None) -> Change[bool]:
    lib.scores.set_revisit(assessment_id, commitment_id, flag, who=who)
    return Change(ChangeKind.SCORES, assessment_id, commitment_id, who, flag, "revisit", initiator)


def set_grand_challenges(lib: Library, assessment_id: str, commitment_id: str, challenges: list[str], *,
                         who: str, initiator: object | None = None) -> Change[list[str]]:
    lib.scores.set_grand_challenges(assessment_id, commitment_id, challenges, who=who)
    return Change(ChangeKind.SCORES, assessment_id, commitment_id, who, list(challenges), "grand-challenges",
                  initiator)
