"""The review loop at scale: `python -m benchmarks.review_merge [N]` (default 2,000 comments).

A reviewer's review file of N comments (one in five a reply) on a review copy: export (sign),
then on the researcher's side verify + merge, the same file again (nothing changes), and
listing the comments in threads. Prints seconds per step and the file's size.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main(n: int = 2000) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-review-"))
    try:
        run(tmp, n)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(tmp: Path, n: int) -> None:
    os.environ["IRM_APP_HOME"] = str(tmp / "home")
    from irm_app.importers.registry import read_import
    from irm_app.library import Library
    from irm_app.operations import comments as ops
    from irm_app.operations.review_files import export_review, import_review_files, read_review
    from irm_app.paths import sample_plan
    from irm_app.signing.identity import create_identity

    pw = b"correct horse battery staple"
    create_identity("Rita Staff", "rita@example.org", "IRM", "CL", pw, tmp / "home")
    with Library.open(tmp / "researcher.db") as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="a")
        aid = lib.assessments.create_assessment("AP_USA05", "irm-progress-report-legacy", researcher="Ana", who="a").id
    with Library.open(tmp / "reviewer.db") as lib:
        lib.imports.import_bundle(read_import(sample_plan()), who="r")
        lib.db.execute("INSERT INTO plans SELECT 'rc-x.' || id, member, title, period_start, period_end, data,"
                       " imported, updated FROM plans WHERE id = 'AP_USA05'")
        lib.db.execute("INSERT INTO commitments SELECT 'rc-x.AP_USA05', id, position, title, theme,"
                       " lead_institution, data FROM commitments WHERE plan_id = 'AP_USA05'")
        lib.db.execute("INSERT INTO assessments (id, plan_id, form, form_version, created, read_only, signer)"
                       " VALUES ('rc-x', 'rc-x.AP_USA05', 'irm-progress-report-legacy', '1.1', '2026', 1, 'S')")
        lib.db.execute("INSERT INTO review_copies (id, source_assessment_id, assessment_id, signer, fingerprint,"
                       " status, opened) VALUES ('rc-x', ?, 'rc-x', 'S', 'F', 'ok', '2026')", [aid])
        lib.db.conn.commit()
        cids = lib.plans.commitment_ids("rc-x.AP_USA05")
        t = time.perf_counter()
        last = None
        for i in range(n):
            if last is not None and i % 5 == 4:
                last = ops.reply(lib, last, f"reply {i}", author="Rita", who="r").result.id
            else:
                last = ops.add_comment(lib, "rc-x", f"comment {i} " + "text " * 40, author="Rita",
                                       commitment_id=cids[i % len(cids)], who="r").result.id
        made = time.perf_counter() - t
        out = tmp / "rita.irmreview"
        t = time.perf_counter()
        export_review(lib, "rc-x", out, pw, who="r", home=tmp / "home")
        exported = time.perf_counter() - t
    with Library.open(tmp / "researcher.db") as lib:
        t = time.perf_counter()
        import_review_files(lib, [read_review(out)], who="a")
        merged = time.perf_counter() - t
        t = time.perf_counter()
        again = import_review_files(lib, [read_review(out)], who="a").result[0]
        repeated = time.perf_counter() - t
        assert again.already_imported
        t = time.perf_counter()
        listed = list(ops.threads(ops.list_comments(lib, aid)))
        listing = time.perf_counter() - t
        assert len(listed) == n
    print(f"{n:,} comments: adding {made:.2f} s ({made / n * 1000:.1f} ms each, one transaction each); "
          f"review-export {exported:.2f} s ({out.stat().st_size / 1e6:.1f} MB); verify + merge {merged:.2f} s; "
          f"the same file again {repeated:.2f} s; list in threads {listing:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
