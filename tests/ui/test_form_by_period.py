"""New assessment offers the methodology that fits the plan's period (issue 18): the legacy
progress-report form for a 2012 plan, the Action Plan Review for a 2022 one, from each form's
`plans_from` / `plans_until`, and a form the user picks is kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from irm_app.methodology import available_forms, form_for_plan_year, load_form
from irm_app.methodology.errors import FormError
from irm_app.model import ActionPlan
from irm_app.ui.dialogs.new_assessment import NewAssessmentDialog


def _old_plan(lib, pid: str, start: int, end: int) -> None:
    sample = lib.plans.plan(lib.plans.summaries()[0].id)
    plan = ActionPlan.model_validate({**sample.model_dump(), "id": pid, "period_start": start, "period_end": end,
                                      "member": "Kenya", "title": f"Kenya plan {start}"})
    lib.plans.write_plan(plan, who="test")


def _forms_by_period() -> dict[str, tuple[int | None, int | None]]:
    return {f.key: (f.plans_from, f.plans_until) for f in available_forms()}


def test_the_dialog_follows_the_plans_period(sample_library, qtbot):
    lib = sample_library
    _old_plan(lib, "AP_KEN02", 2012, 2013)
    forms = available_forms()
    old_fit = form_for_plan_year(forms, 2012)
    assert old_fit is not None and old_fit.plans_until is not None and old_fit.plans_until < 2021
    d = NewAssessmentDialog(lib, "Ana", "AP_KEN02")
    qtbot.addWidget(d)
    assert d.form.currentData() == old_fit.key
    assert "2020" in d.form.currentText()  # the title a user reads says which plans it is for
    sample = next(p for p in lib.plans.summaries() if p.id != "AP_KEN02")
    d.plan.setCurrentIndex(d.plan.findData(sample.id))
    new_fit = form_for_plan_year(forms, int(sample.period[:4]))
    assert new_fit is not None and d.form.currentData() == new_fit.key != old_fit.key
    assert (new_fit.plans_from or 0) <= int(sample.period[:4])
    # a form the user picks stays picked when the plan changes
    other = next(i for i in range(d.form.count()) if d.form.itemData(i) not in (old_fit.key, new_fit.key))
    d.form.setCurrentIndex(other)
    d.form.activated.emit(other)
    d.plan.setCurrentIndex(d.plan.findData("AP_KEN02"))
    assert d.form.currentIndex() == other


def test_typing_a_plan_picks_its_form_and_creates_it(make_window, sample_library, qtbot):
    lib = sample_library
    _old_plan(lib, "AP_KEN02", 2012, 2013)
    w = make_window(lib)
    seen = {}

    def fill():
        d = QApplication.activeModalWidget()
        if not isinstance(d, QDialog):
            qtbot.wait(20)
            return fill()
        d.plan.lineEdit().setText("")
        qtbot.keyClicks(d.plan.lineEdit(), "Kenya 2012")
        d.plan.setCurrentIndex(d.plan.findData("AP_KEN02"))  # the completer's pick, as Enter takes it
        seen["form"] = d.form.currentData()
        d.accept()

    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, fill)
    w.actions_["new_assessment"].trigger()
    [a] = lib.assessments.all("AP_KEN02")
    assert a.form == seen["form"] == form_for_plan_year(available_forms(), 2012).key


def test_every_form_says_which_plans_it_is_for_and_bad_years_are_refused(tmp_path):
    periods = _forms_by_period()
    assert all(a is not None or b is not None for a, b in periods.values()), periods
    for year in (2012, 2016, 2020, 2021, 2023, 2030):
        assert form_for_plan_year(available_forms(), year) is not None, year
    from irm_app.paths import forms_dir
    text = (forms_dir() / f"{form_for_plan_year(available_forms(), 2012).key}.toml").read_text()
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace("plans_until = 2020", "plans_from = 2024\nplans_until = 2020", 1))
    with pytest.raises(FormError) as err:
        load_form(bad)
    assert "plans_from" in str(err.value) and "bad.toml" in str(err.value)
