"""The IRM methodology as data: form models, loading and validation of forms/*.toml, and the
derived indicators (verifiable, relevant, starred, ...) computed from scores."""

from .errors import FormError
from .fields import Condition, DerivedIndicator, FormField, Level
from .form import Form
from .loader import available_forms, form_for_plan_year, load_form
from .rules import Outcome, Rule

__all__ = [
    "Condition",
    "DerivedIndicator",
    "Form",
    "FormError",
    "FormField",
    "Level",
    "Outcome",
    "Rule",
    "available_forms",
    "form_for_plan_year",
    "load_form",
]
