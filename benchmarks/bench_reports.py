"""Time the Word and PDF reports: the bundled sample (36 commitments) and a synthetic 500.

Run: .venv/bin/python benchmarks/bench_reports.py [--runs N]
Prints the median wall time of each step (content, PDF, Word) and the output sizes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from irm_app.methodology import load_form  # noqa: E402
from irm_app.paths import sample_plan  # noqa: E402
from irm_app.reports import build_report  # noqa: E402
from irm_app.reports.docx import render_docx  # noqa: E402
from irm_app.reports.pdf import render_pdf  # noqa: E402
from tests.report_fixtures import ASSESSMENT_ID, load_sample_plan, scored_doc, synthetic_plan  # noqa: E402

FORM = "irm-action-plan-review-2021"


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    form = load_form(FORM)
    cases = [("sample (36)", load_sample_plan(sample_plan())), ("synthetic (500)", synthetic_plan(500))]
    print(f"{'plan':<17}{'content s':>10}{'PDF s':>9}{'pages':>7}{'PDF KB':>8}{'Word s':>9}{'Word KB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        pdf, word = Path(tmp) / "r.pdf", Path(tmp) / "r.docx"
        for name, plan in cases:
            doc = scored_doc(plan, form)
            report = build_report(doc, ASSESSMENT_ID, form)
            t_content = median_time(lambda d=doc: build_report(d, ASSESSMENT_ID, form), args.runs)
            t_pdf = median_time(lambda r=report: render_pdf(r, pdf), args.runs)
            t_word = median_time(lambda r=report: render_docx(r, word), args.runs)
            from pypdf import PdfReader

            pages = PdfReader(str(pdf)).get_num_pages()
            print(f"{name:<17}{t_content:>10.2f}{t_pdf:>9.2f}{pages:>7}{pdf.stat().st_size // 1024:>8}"
                  f"{t_word:>9.2f}{word.stat().st_size // 1024:>9}")


if __name__ == "__main__":
    main()
