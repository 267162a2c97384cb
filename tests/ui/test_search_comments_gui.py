"""Issue 18, item 4: Ctrl+K also finds review comments; Enter goes to the commitment and opens
the Comments view of the assessment."""

from __future__ import annotations

from irm_app.operations import comments as ops

from .test_search_gui import _search


def test_a_comment_hit_opens_its_thread(make_window, scored_library, qtbot):
    lib, aid = scored_library
    ops.add_comment(lib, aid, "Ask for the quarterly procurement dashboard", author="Rita Reviewer",
                    commitment_id="US0116", who="Rita")
    w = make_window(lib)
    w.select(aid, "US0113")
    panel = _search(w, qtbot, "procurement dashboard")
    rows = [panel.results.topLevelItem(i) for i in range(panel.results.topLevelItemCount())]
    [hit] = [r for r in rows if "Review comment" in r.text(0)]
    assert hit.text(0) == "US0116 \u00b7 Review comment" and "procurement" in hit.text(1)
    panel.results.setCurrentItem(hit)
    panel.results.itemActivated.emit(hit, 0)
    assert w.commitments.cid == "US0116" and w.tree.current_assessment() == aid
    assert w.reviewing.dock.isVisible()
