"""A form in another language: forms/i18n/<form-key>.<lang>.toml, keyed by field and level key.

Keys never change with the language, so scores recorded against a translated form are the same
codes as in English. A translation keyed to a field, level, condition or indicator the form
lacks is an error (FormError naming the file and the place); a string with no translation is a
warning, collected on the result, and shows in English. See docs/forms.md ("Translations").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..paths import forms_dir
from .errors import FormError, PlacedError, one_line
from .fields import INTERNAL_NOTE, FormField
from .form import Form
from .rules import ReasonTexts, reasons_of, with_reason

ENGLISH = "en"
PSEUDO = "qps-ploc"  # the pseudo-locale: every string visibly transformed, for tests (see pseudo())
OWN = "own"  # `follows = "own"`: the translator's own wording, no published source


class _T(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class LevelText(_T):
    label: str = Field(default="", min_length=0)
    definition: str = ""
    note: str = ""  # the level's note to the researcher, translated (never printed in reports)
    follows: str = ""  # a key of [sources], or "own"; empty: the file's default

    @field_validator("definition")
    @classmethod
    def _no_internal_note(cls, text: str) -> str:
        found = INTERNAL_NOTE.search(text)
        if found:
            raise ValueError(f"{found.group(0)!r} is an internal note, which reports would print: put it in `note`")
        return text


class FieldText(_T):
    label: str = ""
    group: str = ""
    help: str = ""
    statement: str = ""
    follows: str = ""
    levels: dict[str, LevelText] = {}
    applies_when: dict[str, str] = {}  # condition's field key -> the translated reason


class DerivedText(_T):
    label: str = ""
    description: str = ""
    reason: str = ""  # the rule's `reason` ("not starred: completion not assessed"), translated
    follows: str = ""


class ReasonsText(_T):
    """The form's `reasons` phrases (see rules.ReasonTexts), each with the same {placeholders}."""

    not_scored: str = ""
    none: str = ""
    level: str = ""


class NarrativeText(_T):
    title: str = ""
    prompt: str = ""
    follows: str = ""


class TranslationFile(_T):
    form: str
    lang: str
    language: str = Field(min_length=1)  # the language's own name, e.g. "Español"
    sources: dict[str, str] = {}  # source id -> what it is (document, URL)
    follows: str = OWN  # default for every entry
    title: str = ""
    description: str = ""
    fields: dict[str, FieldText] = {}
    derived: dict[str, DerivedText] = {}
    narrative: dict[str, NarrativeText] = {}
    reasons: ReasonsText = ReasonsText()


@dataclass
class LocalizedForm:
    """The form with its strings in `lang`, and each string that fell back to English."""

    form: Form
    lang: str
    missing: list[str] = field(default_factory=list)  # "forms/i18n/x.es.toml: fields.a.help: ..."


def i18n_dir() -> Path:
    return forms_dir() / "i18n"


def translation_path(form_key: str, lang: str) -> Path:
    return i18n_dir() / f"{form_key}.{lang}.toml"


def translation_languages() -> list[str]:
    """Every language some bundled form has a translation file for, sorted."""
    return sorted({p.stem.rsplit(".", 1)[1] for p in i18n_dir().glob("*.*.toml")})


def localize(form: Form, lang: str, path: Path | None = None) -> LocalizedForm:
    """`form` in `lang`: English unchanged, the pseudo-locale generated, others from their file.

    No file at all is one warning (the whole form shows in English), never an error.
    """
    if lang == ENGLISH:
        return LocalizedForm(form, lang)
    if lang == PSEUDO:
        return LocalizedForm(_apply(form, _pseudo_file(form), "pseudo", []), lang)
    path = path or translation_path(form.key, lang)
    shown = f"forms/i18n/{path.name}" if path.parent == i18n_dir() else str(path)
    if not path.is_file():
        return LocalizedForm(form, lang, [f"{shown}: no translation file; the whole form shows in English"])
    data = _read(path, shown)
    try:
        tf = TranslationFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        place = ".".join(str(p) for p in err["loc"]) or "top level"
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise FormError(one_line(f"{shown}: {place}: {msg}")) from None
    if tf.form != form.key or tf.lang != lang:
        raise FormError(f"{shown}: form/lang say {tf.form!r}/{tf.lang!r}; the file name says {form.key!r}/{lang!r}")
    _check_follows(tf, shown)
    missing: list[str] = []
    return LocalizedForm(_apply(form, tf, shown, missing), lang, missing)


def _read(path: Path, shown: str) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise FormError(f"{shown}: not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise FormError(one_line(f"{shown}: TOML syntax error: {exc}")) from None
    except OSError as exc:
        raise FormError(f"{shown}: cannot read ({exc.strerror})") from None


def _check_follows(tf: TranslationFile, shown: str) -> None:
    """Every `follows` names a listed source or "own", so each string's origin is known."""
    entries: list[tuple[str, str]] = [("follows", tf.follows)]
    for fk, ft in tf.fields.items():
        entries.append((f"fields.{fk}.follows", ft.follows))
        entries += [(f"fields.{fk}.levels.{lk}.follows", lt.follows) for lk, lt in ft.levels.items()]
    entries += [(f"derived.{dk}.follows", dt.follows) for dk, dt in tf.derived.items()]
    entries += [(f"narrative.{nk}.follows", nt.follows) for nk, nt in tf.narrative.items()]
    for place, value in entries:
        if value and value != OWN and value not in tf.sources:
            valid = ", ".join([OWN, *tf.sources])
            raise FormError(f"{shown}: {place}: unknown source {value!r}; valid: {valid}")


def _pick(english: str, text: str, place: str, shown: str, missing: list[str]) -> str:
    if not english:
        return english
    if text:
        return text
    missing.append(f"{shown}: {place}: no translation (English shown)")
    return english


def _apply(form: Form, tf: TranslationFile, shown: str, missing: list[str]) -> Form:
    """A new Form with translated strings; English labels stay accepted as level aliases."""
    for fk in tf.fields:
        if fk not in {f.key for f in form.fields}:
            raise FormError(f"{shown}: fields.{fk}: the form {form.key} has no field {fk!r}")
    for dk in tf.derived:
        if dk not in {d.key for d in form.derived}:
            raise FormError(f"{shown}: derived.{dk}: the form {form.key} has no derived indicator {dk!r}")
    fields = [_field(f, tf.fields.get(f.key, FieldText()), shown, missing) for f in form.fields]
    derived = []
    for d in form.derived:
        dt = tf.derived.get(d.key, DerivedText())
        derived.append(d.model_copy(update={
            "label": _pick(d.label, dt.label, f"derived.{d.key}.label", shown, missing),
            "description": _pick(d.description, dt.description, f"derived.{d.key}.description", shown, missing),
            "rule": _rule_reason(d.key, d.rule, dt.reason, shown, missing),
        }))
    for nk in tf.narrative:
        if nk not in {n.key for n in form.narrative}:
            raise FormError(f"{shown}: narrative.{nk}: the form {form.key} has no narrative section {nk!r}")
    narrative = []
    for n in form.narrative:
        nt = tf.narrative.get(n.key, NarrativeText())
        narrative.append(n.model_copy(update={
            "title": _pick(n.title, nt.title, f"narrative.{n.key}.title", shown, missing),
            "prompt": _pick(n.prompt, nt.prompt, f"narrative.{n.key}.prompt", shown, missing),
        }))
    english = form.reasons
    reasons = {name: _pick(getattr(english, name), getattr(tf.reasons, name), f"reasons.{name}", shown, missing)
               for name in ReasonTexts.model_fields}
    try:
        reason_texts = ReasonTexts(**reasons)
    except ValidationError as exc:
        raise FormError(one_line(f"{shown}: {_first(exc)}")) from None
    values = {name: getattr(form, name) for name in Form.model_fields}
    values.update(
        fields=fields, derived=derived, narrative=narrative, reasons=reason_texts,
        title=_pick(form.title, tf.title, "title", shown, missing),
        description=_pick(form.description, tf.description, "description", shown, missing),
    )
    try:
        return Form.model_validate(values)
    except ValidationError as exc:
        raise FormError(one_line(f"{shown}: {_first(exc)}")) from None


def _rule_reason(key: str, rule: Any, text: str, shown: str, missing: list[str]) -> Any:
    """The indicator's rule showing `text` as its reason; a rule has at most one reason to translate."""
    english = reasons_of(rule)
    place = f"derived.{key}.reason"
    if not english:
        if text:
            raise FormError(f"{shown}: {place}: the indicator's rule gives no reason to translate")
        return rule
    if len(english) > 1:
        raise FormError(f"{shown}: {place}: the rule has {len(english)} different reasons; one translation "
                        "cannot stand for all of them")
    picked = _pick(english[0], text, place, shown, missing)
    return rule if picked == english[0] else with_reason(rule, picked)


def _field(f: FormField, ft: FieldText, shown: str, missing: list[str]) -> FormField:
    base = f"fields.{f.key}"
    for lk in ft.levels:
        if f.level(lk) is None:
            valid = ", ".join(f.level_keys) or "none"
            raise FormError(f"{shown}: {base}.levels.{lk}: field {f.key!r} has no level {lk!r}; valid: {valid}")
    conditions = {c.field for c in f.applies_when}
    for ck in ft.applies_when:
        if ck not in conditions:
            valid = ", ".join(sorted(conditions)) or "none"
            raise FormError(f"{shown}: {base}.applies_when.{ck}: field {f.key!r} has no condition on {ck!r}; "
                            f"valid: {valid}")
    levels = []
    for lv in f.levels:
        lt = ft.levels.get(lv.key, LevelText())
        label = _pick(lv.label, lt.label, f"{base}.levels.{lv.key}.label", shown, missing)
        aliases = [*lv.aliases, lv.label] if label != lv.label else list(lv.aliases)
        levels.append(lv.model_copy(update={
            "label": label, "aliases": aliases,
            "definition": _pick(lv.definition, lt.definition, f"{base}.levels.{lv.key}.definition", shown, missing),
            "note": lt.note or lv.note,
        }))
    conds = [c.model_copy(update={"reason": _pick(c.reason, ft.applies_when.get(c.field, ""),
                                                    f"{base}.applies_when.{c.field}", shown, missing)})
             for c in f.applies_when]
    values = {name: getattr(f, name) for name in FormField.model_fields}
    values.update(
        levels=levels, applies_when=conds,
        label=_pick(f.label, ft.label, f"{base}.label", shown, missing),
        group=_pick(f.group, ft.group, f"{base}.group", shown, missing),
        help=_pick(f.help, ft.help, f"{base}.help", shown, missing),
        statement=_pick(f.statement, ft.statement, f"{base}.statement", shown, missing),
    )
    try:
        return FormField.model_validate(values)
    except ValidationError as exc:  # e.g. a translated label that is another level's name
        raise FormError(one_line(f"{shown}: {base}: {_first(exc)}")) from None


def _first(exc: ValidationError) -> str:
    err = exc.errors()[0]
    cause = (err.get("ctx") or {}).get("error")
    if isinstance(cause, PlacedError):
        return str(cause)
    return err["msg"].removeprefix("Value error, ")


# -- the pseudo-locale ------------------------------------------------------------------------

_ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "áéíóüýÁÉÍÓÜÝçñÇÑ")


def pseudo(text: str) -> str:
    """`[!! Ëxámplé !!]`: visibly translated, same length class; {placeholders} kept intact."""
    if not text:
        return text
    out, depth = [], 0
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        out.append(ch if depth else ch.translate(_ACCENTS))
    return f"[!! {''.join(out)} !!]"


def _pseudo_file(form: Form) -> TranslationFile:
    fields = {
        f.key: FieldText(
            label=pseudo(f.label), group=pseudo(f.group), help=pseudo(f.help), statement=pseudo(f.statement),
            levels={lv.key: LevelText(label=pseudo(lv.label), definition=pseudo(lv.definition)) for lv in f.levels},
            applies_when={c.field: pseudo(c.reason) for c in f.applies_when},
        )
        for f in form.fields
    }
    derived = {d.key: DerivedText(label=pseudo(d.label), description=pseudo(d.description),
                                  reason=pseudo(next(iter(reasons_of(d.rule)), ""))) for d in form.derived}
    r = form.reasons
    reasons = ReasonsText(not_scored=pseudo(r.not_scored), none=pseudo(r.none), level=pseudo(r.level))
    narrative = {n.key: NarrativeText(title=pseudo(n.title), prompt=pseudo(n.prompt)) for n in form.narrative}
    return TranslationFile(form=form.key, lang=PSEUDO, language="Pseudo", title=pseudo(form.title),
                           description=pseudo(form.description), fields=fields, derived=derived,
                           narrative=narrative, reasons=reasons)


def check_translations(forms: list[Form], langs: list[str]) -> tuple[list[str], list[str]]:
    """(errors, warnings) over every form and language: what `irm-app forms --check-translations` lists."""
    errors: list[str] = []
    warnings: list[str] = []
    for form in forms:
        for lang in langs:
            try:
                warnings += localize(form, lang).missing
            except FormError as exc:
                errors.append(str(exc))
    return errors, warnings
