"""The IRM codes in OGP's table mapped to a form's levels, and OGP's own verdicts compared.

A code the form cannot map is kept raw and flagged, never turned into a score; a row that
states OGP's starred verdict is compared with the form's derived indicator and a note says
where they disagree. Why the caches: a 5,000-row table asks the same few level texts and
the same few combinations of codes thousands of times; each is worked out once per import,
from exactly the values it depends on, so the answer cannot differ from asking afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..methodology import Form, FormField
from ..methodology.rules import AnyFlag, DerivedRef, FieldIn, Truth, walk
from ..model import ImportFlag, ScoreValue
from .bundle import ImportBundle, ImportedAssessment, ImportFailed
from .text import field_limit, text_problem

if TYPE_CHECKING:
    from .ogp_table import Table

MISSING = {"", "nd", "nr", "na", "n/a", "none given", "-"}
_MEMO_MAX = 10_000  # entries per cache; real tables need ~200 level texts and ~20 code combinations
_LEVEL_TEXT_MAX = 200  # a longer cell is never remembered (it is no level name)


def present(raw: str) -> bool:
    return raw.strip().casefold() not in MISSING


def cell(row: list[str], i: int | None) -> str:
    """`Table.get` by a column index found once (a 5,000-row table is read ~150,000 times)."""
    if i is None or i >= len(row):
        return ""
    return row[i].strip()


class _Unmapped:
    """A level text the form does not know (flagged, never a score)."""


UNMAPPED = _Unmapped()
_BINARY = frozenset(("1", "0", "1.0", "0.0"))
_MISS = object()


def rule_fields(form: Form, key: str) -> tuple[str, ...]:
    """Every field a derived indicator reads, through the indicators it refers to and the
    fields that gate them (`applies_when`): its answer is a function of these values alone."""
    out: set[str] = set()
    todo, seen = [key], set()
    while todo:
        k = todo.pop()
        if k in seen:
            continue
        seen.add(k)
        for node, _ in walk(form.derived_indicator(k).rule):
            if isinstance(node, FieldIn | AnyFlag):
                out.add(node.field)
            elif isinstance(node, DerivedRef):
                todo.append(node.derived)
    for f in list(out):
        try:
            out.update(c.field for c in form.field(f).applies_when)
        except KeyError:  # not a field of the form: the rule reads it as unknown
            continue
    return tuple(sorted(out))


class FormColumns:
    """One form's fields and OGP's stated verdicts as column indexes of one table, found once,
    with each level text's answer and each verdict's answer remembered."""

    def __init__(self, table: Table, form: Form) -> None:
        self.form = form
        self.fields: list[tuple[FormField, int | None, list[tuple[str, str, int | None]]]] = []
        for f in form.commitment_fields:
            if f.kind == "flags":
                levels = [(lv.key, lv.ogp_column, table.index_of(lv.ogp_column))
                          for lv in f.levels if lv.ogp_column and table.has(lv.ogp_column)]
                self.fields.append((f, None, levels))
            elif f.ogp_column and table.has(f.ogp_column):
                self.fields.append((f, table.index_of(f.ogp_column), []))
        self.stated = [(d, table.index_of(d.ogp_column), rule_fields(form, d.key)) for d in form.derived
                       if d.ogp_column and table.has(d.ogp_column)]
        self.levels: dict[tuple[str, str], object] = {}  # (field, cell) -> value, None or UNMAPPED
        self.verdicts: dict[tuple[Any, ...], list[Any]] = {}  # (indicator, its fields' values) -> [answer, reason]

    def verdict(self, key: str, fields: tuple[str, ...], values: dict[str, ScoreValue]) -> list[Any]:
        """[answer, reason or None until asked] of one indicator for these values."""
        memo_key = (key, *(tuple(v) if isinstance(v := values.get(f), list) else v for f in fields))
        got = self.verdicts.get(memo_key)
        if got is None:
            # explain gives the answer with its reason: one evaluation, not derive's and then
            # explain's for the rows that disagree with OGP (most of a synthetic table's)
            outcome = self.form.explain(_only(values, fields), [key])[key]
            got = [outcome.value, outcome.reason]
            small = all(not isinstance(v, str) or len(v) <= _LEVEL_TEXT_MAX for v in memo_key)  # never free text
            if small and len(self.verdicts) < _MEMO_MAX:
                self.verdicts[memo_key] = got
        return got

    def reason(self, key: str, fields: tuple[str, ...], values: dict[str, ScoreValue], got: list[Any]) -> str:
        if got[1] is None:
            got[1] = self.form.explain(_only(values, fields), [key])[key].reason
        return got[1]


def _only(values: dict[str, ScoreValue], fields: tuple[str, ...]) -> dict[str, ScoreValue]:
    """The values an indicator reads and nothing else, so a remembered answer is the same answer."""
    return {f: values[f] for f in fields if f in values}


def codes(table: Table, columns: FormColumns, pid: str, rows: list[tuple[str, list[str]]],
          bundle: ImportBundle) -> ImportedAssessment:
    """One plan's rows as earlier IRM codes of `columns.form`; flags and notes go to `bundle`."""
    form = columns.form
    imported = ImportedAssessment(plan_id=pid, form=form.key, title=f"Earlier IRM codes ({table.name})")
    id_at = table.index_of("Commitment Unique Identifier")
    known = columns.levels
    for where, row in rows:
        cid = cell(row, id_at)
        values: dict[str, ScoreValue] = {}
        for f, at, levels in columns.fields:
            if f.kind == "flags":
                value = _flags_value(form, f, levels, row, pid, cid, bundle)
            else:
                raw = cell(row, at)
                value = known.get((f.key, raw), _MISS)  # a level seen before: no call at all
                if value is _MISS or value is UNMAPPED:
                    value = _field_value(form, columns, f, raw, pid, cid, bundle)
            if value is None:
                continue
            if f.kind == "text" and isinstance(value, str):
                problem = text_problem(value, field_limit(f.key))
                if problem:
                    raise ImportFailed(f"{table.name}: {where}: {f.ogp_column}: {problem}")
            values[f.key] = value
        if values:
            imported.scores[cid] = values
        for d, at, fields in columns.stated:  # only a row that states OGP's verdict is compared
            raw = cell(row, at)
            if raw not in ("0", "1"):
                continue
            got = columns.verdict(d.key, fields, values)
            answer: Truth = got[0]
            if answer != (raw == "1"):
                reason = columns.reason(d.key, fields, values, got)
                shown = "not enough data" if answer is None else ("yes" if answer else "no")
                why = f" ({reason})" if reason else ""
                bundle.notes.append(
                    f"note: {pid}/{cid} ({where}): OGP's {d.ogp_column!r} is {raw}, "
                    f"computed {d.label}: {shown}{why}"
                )
    return imported


def _flags_value(
    form: Form, f: FormField, levels: list[tuple[str, str, int | None]], row: list[str], pid: str, cid: str,
    bundle: ImportBundle,
) -> ScoreValue:
    """A flags field from its levels' 1/0 columns, or None; other values are flagged."""
    chosen, any_known = [], False
    for key, column, at in levels:
        raw = cell(row, at)
        if raw in _BINARY:
            any_known = True
            if raw.startswith("1"):
                chosen.append(key)
        elif present(raw):
            bundle.flags.append(ImportFlag(plan_id=pid, commitment_id=cid, column=column, raw=raw[:200],
                                           message="expected 1 or 0; not imported as a score"))
    return form.normalize(f.key, chosen) if any_known else None


def _field_value(
    form: Form, columns: FormColumns, f: FormField, raw: str, pid: str, cid: str, bundle: ImportBundle
) -> ScoreValue:
    """The form's value for one field from one cell, or None; unmappable raw values are flagged."""
    memo = f.kind != "text" and len(raw) <= _LEVEL_TEXT_MAX
    got = columns.levels.get((f.key, raw), _MISS) if memo else _MISS
    if got is _MISS:
        try:
            # The form first: a field may know one of OGP's codes (e.g. ND for completion) as a
            # "not assessed" level; only then is a missing-value code nothing at all.
            got = form.normalize(f.key, raw)
        except ValueError:
            got = None if not present(raw) else UNMAPPED
        if memo and len(columns.levels) < _MEMO_MAX:
            columns.levels[(f.key, raw)] = got
    if got is UNMAPPED:
        bundle.flags.append(ImportFlag(plan_id=pid, commitment_id=cid, column=f.ogp_column, raw=raw[:200],
                                       message=f"not a level of {f.label!r}; kept raw, not imported as a score"))
        return None
    return got  # type: ignore[return-value]
