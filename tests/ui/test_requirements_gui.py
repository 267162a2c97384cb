"""The minimum requirements on the plan-level tab: each requirement's text is in the help pane
(the same words the report prints), before the researcher's guidance."""

from __future__ import annotations

from irm_app.methodology import load_form
from irm_app.methodology.i18n import localize


def test_a_requirements_text_is_shown_while_scoring_it(qtbot) -> None:
    from irm_app.ui.commitments.field_editor import FieldEditor

    form = load_form("irm-action-plan-review-2021")
    field = form.field("mr_1_1_space_for_dialogue")
    editor = FieldEditor(field)
    qtbot.addWidget(editor)
    shown = editor.help_html()
    assert "meets at least every six months" in shown
    assert shown.index("meets at least every six months") < shown.index("Record whether there is evidence")
    assert "mr_5_1_openness_during_implementation" not in [f.key for f in form.plan_fields]  # not knowable yet


def test_the_requirement_text_is_translated_like_the_help(qtbot) -> None:
    from irm_app.ui.commitments.field_editor import FieldEditor

    field = localize(load_form("irm-results-report-2021"), "es").form.field("mr_5_1_openness_during_implementation")
    editor = FieldEditor(field)
    qtbot.addWidget(editor)
    assert "al menos dos reuniones con la sociedad civil" in editor.help_html()
