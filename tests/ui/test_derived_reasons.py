"""The scoring form says why a derived indicator is no or unknown (issue 20): a reading whose
completion was not assessed is "not starred: completion not assessed", as in OGP's table."""

from __future__ import annotations

WHO = "Ana Researcher"


def test_not_starred_shows_the_reason_and_updates_as_you_score(make_window, scored_library):
    lib, aid = scored_library
    lib.scores.set_score(aid, "US0113", "completion_progress", "unclear", who=WHO)
    w = make_window(lib)
    page = w.commitments
    assert page.select_commitment("US0113")
    reason = "not starred: completion not assessed (Completion (progress report): Unclear)"
    assert reason in page.form.derived.toolTip()  # the compact view: the reasons a tooltip away
    assert reason not in page.form.derived.text()
    w.definitions.set_shown(True)  # F1 / Definitions: the reasons on the line itself
    text = page.form.derived.text()
    assert reason in text
    # scoring the completion takes the reason away and stars the reading
    editor = page.form.editors["completion_progress"]
    editor.buttons[editor.field.level_keys.index("substantial")].click()
    text = page.form.derived.text()
    assert "not starred: completion" not in text and "Starred (progress report): <b>\u2605" in text
