"""Search covers review comments (migration 9): a comment's words find it, in the CLI too; a
reply, a resolution note, an edit and a deletion keep the index in step; a library at schema 8
gets its existing comments indexed when it is opened, and the migration can run again."""

from __future__ import annotations

from pathlib import Path

from irm_app.cli import main
from irm_app.library import Library
from irm_app.library.schema import LATEST
from irm_app.operations import comments as ops
from irm_app.operations.search import search

PHRASE = "quarterly procurement dashboard"


def _comment(lib, aid, text, cid="US0113"):
    return ops.add_comment(lib, aid, text, author="Rita Reviewer", commitment_id=cid, who="Rita").result


def _kinds(lib, text, **kw):
    return [(h.kind, h.commitment_id) for h in search(lib, text, **kw).hits]


def test_a_comment_is_found_and_kept_in_step(scored_library, db_path, capsys):
    lib, aid = scored_library
    c = _comment(lib, aid, f"Ask the ministry for the {PHRASE} before scoring")
    assert ("comment", "US0113") in _kinds(lib, PHRASE, assessment_id=aid)
    assert ("comment", "US0113") in _kinds(lib, "procurement dash", prefix=True)

    ops.resolve(lib, c.id, note="The ministry sent the zanzibar spreadsheet", who="Ana")
    assert _kinds(lib, "zanzibar spreadsheet") == [("comment", "US0113")]  # how it was handled
    ops.reply(lib, c.id, "Seen: the yellowfin annex answers it", author="Ana", who="Ana")
    assert _kinds(lib, "yellowfin") == [("comment", "US0113")]

    code = main(["search", PHRASE, "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 0 and "review comment" in out and "US0113" in out and "[procurement]" in out

    lib.db.execute("DELETE FROM comments WHERE id = ?", [c.id])
    assert _kinds(lib, PHRASE) == []
    rows = lib.db.execute("SELECT count(*) FROM search_docs WHERE kind = 'comment'").fetchone()[0]
    assert rows == 1  # the reply's only


def test_a_library_at_schema_8_gets_its_comments_indexed(scored_library, db_path: Path):
    lib, aid = scored_library
    _comment(lib, aid, f"Check the {PHRASE} link", cid="US0114")
    _comment(lib, aid, "A comment on the whole report, about marmalade", cid=None)
    before = sorted(lib.db.execute("SELECT kind, commitment_id, field, text FROM search_docs").fetchall())
    # back to what schema 8 had: no comment triggers, no comment documents
    for t in ("ai", "au", "ad"):
        lib.db.execute(f"DROP TRIGGER search_comments_{t}")
    lib.db.execute("DELETE FROM search_docs WHERE kind = 'comment'")
    lib.db.execute("PRAGMA user_version = 8")
    lib.db.conn.commit()
    lib.close()
    with Library.open(db_path) as again:
        assert int(again.db.execute("PRAGMA user_version").fetchone()[0]) == LATEST >= 9
        assert _kinds(again, PHRASE) == [("comment", "US0114")]
        assert [k for k, _ in _kinds(again, "marmalade")] == ["comment"]
        after = sorted(again.db.execute("SELECT kind, commitment_id, field, text FROM search_docs").fetchall())
        assert after == before  # the same documents as a library that always had the index
        # the migration is re-runnable: no duplicates, the FTS index still agrees
        from irm_app.library.search_schema import COMMENT_STATEMENTS
        with again.db.atomic():
            for sql in COMMENT_STATEMENTS:
                again.db.execute(sql)
        assert _kinds(again, PHRASE) == [("comment", "US0114")]
        again.db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
