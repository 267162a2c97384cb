"""A Spanish window's scoring form says why a derived indicator is no or unknown in Spanish
(issue 17): the reasons come from the form's translation, not from English text in the core."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from irm_app.operations import scoring
from irm_app.ui import i18n

WHO = "Ana Researcher"


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install_language(qapp, "es")
    yield
    i18n.remove_language(qapp, installed)


def test_spanish_scoring_form_shows_no_english_reason(spanish, make_window, scored_library):
    lib, aid = scored_library
    scoring.score(lib, aid, "US0113", {"completion_progress": "unclear"}, who=WHO)  # the operation: stable API
    w = make_window(lib)
    w.definitions.set_shown(True)  # the reasons on the line itself (compact view: in its tooltip)
    page = w.commitments
    assert page.select_commitment("US0113")
    text = page.form.derived.text()
    assert "no es estelar: cumplimiento no evaluado (Nivel de cumplimiento (informe de avances): Poco claro)" in text
    assert page.select_commitment("US0115")  # partly scored: reasons say what is not scored
    text = page.form.derived.text()
    assert "sin calificar" in text
    for english in ("not scored", "not starred", "completion not assessed", ": none", "Derived:"):
        assert english not in text, english
