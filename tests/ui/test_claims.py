"""Issue 8 in the window: the government's claim beside the IRM's completion score, the
'Claimed more than assessed' filter, milestone progress notes, grand challenge tags."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from irm_app.ui.commitments.model import ID_ROLE

WHO = "Ana Researcher"


def _claims(lib, aid):
    a = lib.assessments.assessment(aid)
    return {c.id: c.self_status for c in lib.plans.commitments(a.plan_id)}


def _score_claims(lib, aid):
    """Two commitments where the government claimed more than the IRM found, one where it did not."""
    claims = _claims(lib, aid)
    complete = [cid for cid, s in claims.items() if s == "Complete"]
    in_progress = [cid for cid, s in claims.items() if s == "In Progress" and cid not in ("US0113", "US0114")]
    more_a, fine = complete[0], complete[1]
    more_b = in_progress[0]
    lib.scores.set_score(aid, more_a, "completion_progress", "substantial", who=WHO)
    lib.scores.set_score(aid, fine, "completion_progress", "complete", who=WHO)
    lib.scores.set_score(aid, more_b, "completion_progress", "not_started", who=WHO)
    return {more_a, more_b}, fine


def _shown(page) -> set[str]:
    return {page.proxy.index(r, 0).data(ID_ROLE) for r in range(page.proxy.rowCount())}


def test_claimed_more_filter_narrows_to_the_right_rows(make_window, scored_library):
    lib, aid = scored_library
    expected, fine = _score_claims(lib, aid)
    w = make_window(lib)
    page = w.commitments
    assert page.proxy.rowCount() == 36
    page.quick.setCurrentIndex(page.quick.findData("claimed_more"))
    assert _shown(page) == expected
    assert "2 of 36" in page.count_label.text()
    # scoring the claim as met takes the row out of the filter at once
    cid = sorted(expected)[0]
    page.quick.setCurrentIndex(page.quick.findData("all"))
    assert page.select_commitment(cid)
    page.form.editors["completion_progress"].buttons[3].click()  # "complete"
    page.quick.setCurrentIndex(page.quick.findData("claimed_more"))
    assert _shown(page) == expected - {cid}
    assert fine not in _shown(page)


def test_claim_is_shown_beside_the_completion_score(make_window, scored_library):
    lib, aid = scored_library
    expected, fine = _score_claims(lib, aid)
    w = make_window(lib)
    page = w.commitments
    assert page.select_commitment(sorted(expected)[0])
    claim = page.form.claim
    assert claim.isVisible()
    text = claim.text()
    assert "claims more than assessed" in text and "Government" in text
    # it sits right above the completion field it is compared with
    lay = page.form._body_layout
    idx = lay.indexOf(claim)
    assert lay.itemAt(idx + 1).widget() is page.form.editors["completion_progress"]
    assert page.select_commitment(fine)
    assert "claims more" not in claim.text() and "Complete" in claim.text()
    assert "consistent" in claim.text()


def test_milestone_progress_notes_are_readable(make_window, scored_library):
    lib, aid = scored_library
    w = make_window(lib)
    assert w.commitments.select_commitment("US0113")
    text = w.commitments.text.toPlainText()
    assert "Government self-assessment" in text
    assert "2023-08" in text and "2024-02" in text
    c = next(c for c in lib.plans.commitments(lib.assessments.assessment(aid).plan_id) if c.id == "US0113")
    note = c.milestones[0].self_reports[0].text
    assert note[:40] in text


def test_grand_challenge_tag_is_saved_and_undone(make_window, scored_library, qtbot):
    lib, aid = scored_library
    w = make_window(lib)
    assert w.commitments.select_commitment("US0120")
    box = w.commitments.challenges.boxes["public_integrity"]
    assert box.isEnabled() and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert list(lib.scores.commitment_states(aid)["US0120"].grand_challenges) == ["public_integrity"]
    assert w.saved_label.text().startswith("Saved ")
    w.actions_["undo"].trigger()
    assert list(lib.scores.commitment_states(aid)["US0120"].grand_challenges) == []
    assert not box.isChecked()
    w.actions_["redo"].trigger()
    assert list(lib.scores.commitment_states(aid)["US0120"].grand_challenges) == ["public_integrity"]
    assert box.isChecked()
    assert lib.history.audit(aid)[-1].action == "grand-challenges"
