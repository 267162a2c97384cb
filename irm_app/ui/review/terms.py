"""The review vocabulary's labels in the interface language.

The roles and states are data (resources/review/review.toml); the labels it ships with are
listed here for lupdate, so they are translated like any interface string. A role or state the
IRM adds later shows its label from the file as written until a translation is shipped.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...review.vocabulary import vocabulary

SHIPPED = (
    QT_TRANSLATE_NOOP("ReviewTerms", "IRM staff"), QT_TRANSLATE_NOOP("ReviewTerms", "External Reviewer"),
    QT_TRANSLATE_NOOP("ReviewTerms", "Government"), QT_TRANSLATE_NOOP("ReviewTerms", "Civil society"),
    QT_TRANSLATE_NOOP("ReviewTerms", "Public"), QT_TRANSLATE_NOOP("ReviewTerms", "Received"),
    QT_TRANSLATE_NOOP("ReviewTerms", "Needs changes"), QT_TRANSLATE_NOOP("ReviewTerms", "Approved"),
)


def _label(label: str) -> str:
    return QCoreApplication.translate("ReviewTerms", label)


def roles() -> list[tuple[str, str]]:
    """(key, label) of every role, in the file's order."""
    return [(t.key, _label(t.label)) for t in vocabulary().roles]


def states() -> list[tuple[str, str]]:
    return [(t.key, _label(t.label)) for t in vocabulary().states]


def role_label(key: str) -> str:
    return dict(roles()).get(key, key)


def state_label(key: str) -> str:
    return dict(states()).get(key, key)
