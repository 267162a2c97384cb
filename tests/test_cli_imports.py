"""What each `irm-app` call imports, in a fresh interpreter: a user pays for every module at
every call, so `--version` and `--help` load none of the app's heavy dependencies, and each
command only what it uses. Also: the short listing of `--help` is the full parser's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from irm_app.cli import COMMANDS, build_parser

HEAVY = ("pydantic", "sqlite_utils", "PySide6", "reportlab", "docx", "cryptography", "pyhanko", "aiohttp",
         "openpyxl", "irm_app.library", "irm_app.model")

PROBE = """
import json, sys
sys.argv = ["irm-app", *sys.argv[1:]]
from irm_app.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as e:
    code = e.code
mods = sorted(m for m in sys.modules)
sys.stdout.flush()
sys.stderr.write("\\n@@" + json.dumps({"code": code, "modules": mods}))
"""


def imported(*argv: str, env: dict[str, str] | None = None) -> tuple[int, set[str]]:
    r = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=120,
                       env=env or dict(os.environ))
    data = json.loads(r.stderr.rsplit("@@", 1)[1])
    return data["code"], set(data["modules"])


def loaded(mods: set[str], top: str) -> bool:
    return any(m == top or m.startswith(top + ".") for m in mods)


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["-h"]])
def test_version_and_help_import_nothing_heavy(argv: list[str]) -> None:
    code, mods = imported(*argv)
    assert code == 0
    heavy = [h for h in HEAVY if loaded(mods, h)]
    assert not heavy, f"irm-app {' '.join(argv)} imports {heavy}"
    commands = [m for m in mods if m.startswith("irm_app.cli.") and m != "irm_app.cli.help_text"]
    assert not commands, "no command module is needed to list them"


def test_help_lists_every_command_as_the_full_parser_does() -> None:
    assert build_parser(()).format_help() == build_parser().format_help()
    full = build_parser()
    names = [name for cmds in COMMANDS.values() for name, _ in cmds]
    sub = next(a for a in full._actions if a.dest == "command")
    assert list(sub.choices) == names  # the table names exactly what the modules register


def test_a_command_imports_only_its_own_module(tmp_path: Path) -> None:
    env = dict(os.environ, IRM_APP_HOME=str(tmp_path))
    code, mods = imported("forms", env=env)
    assert code == 0
    assert "irm_app.cli.library_cmds" in mods
    others = [m for m in mods if m.startswith("irm_app.cli.") and m not in ("irm_app.cli.library_cmds",
                                                                               "irm_app.cli.common")]
    assert not others, others
    for heavy in ("sqlite_utils", "irm_app.library", "PySide6", "reportlab", "pyhanko", "cryptography"):
        assert not loaded(mods, heavy), f"irm-app forms imports {heavy}"


def test_verify_does_not_go_near_the_network_stack(tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")  # unreadable as a signed PDF: verify answers 2, after its imports
    code, mods = imported("verify", str(pdf), env=dict(os.environ, IRM_APP_HOME=str(tmp_path)))
    assert code in (1, 2)
    for heavy in ("aiohttp", "PySide6", "reportlab", "docx", "sqlite_utils"):
        assert not loaded(mods, heavy), f"irm-app verify imports {heavy}"


def test_score_imports_no_report_signing_or_gui_code(tmp_path: Path) -> None:
    code, mods = imported("score", "nope", "specificity=high", "--db", str(tmp_path / "none.db"),
                          env=dict(os.environ, IRM_APP_HOME=str(tmp_path)))
    assert code == 2  # no such assessment, one line: after the library was opened
    for heavy in ("PySide6", "reportlab", "docx", "pyhanko", "cryptography", "openpyxl", "irm_app.reports",
                  "irm_app.signing", "irm_app.intake", "irm_app.interchange"):
        assert not loaded(mods, heavy), f"irm-app score imports {heavy}"


VERIFY_THEN_SIGN = """
import sys
from pathlib import Path
from reportlab.pdfgen import canvas
from irm_app.signing.identity import create_identity
from irm_app.signing.pdf_sign import sign_pdf, verify_pdf
tmp = Path(sys.argv[1])
src = tmp / "r.pdf"
c = canvas.Canvas(str(src))
c.drawString(72, 720, "report")
c.showPage()
c.save()
first = verify_pdf(src)  # validation first: pyhanko.sign loaded without its signers
assert not first.valid
assert "aiohttp" not in sys.modules, "validation pulled the network stack"
ident = create_identity("Ana", "ana@example.org", "IRM", "CL", b"correct horse battery", tmp / "home")
sign_pdf(src, tmp / "signed.pdf", ident, b"correct horse battery")  # then signing, same process
v = verify_pdf(tmp / "signed.pdf", [ident.cert])
assert v.valid and v.intact and v.trusted, v
print("ok")
"""


def test_validating_first_then_signing_in_one_process(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-c", VERIFY_THEN_SIGN, str(tmp_path)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr[-2000:]


REVIEW_THEN_SIGN = """
import sys
from pathlib import Path
from reportlab.pdfgen import canvas
from irm_app.signing.cms import sign_detached, verify_detached
from irm_app.signing.identity import create_identity
from irm_app.signing.pdf_sign import sign_pdf, verify_pdf
tmp = Path(sys.argv[1])
ident = create_identity("Ana", "ana@example.org", "IRM", "CL", b"correct horse battery", tmp / "home")
sig = sign_detached(b"review", ident.cert, ident.unlock(b"correct horse battery"))  # a review file first
verify_detached(sig, b"review")
src = tmp / "r.pdf"
c = canvas.Canvas(str(src))
c.drawString(72, 720, "report")
c.showPage()
c.save()
sign_pdf(src, tmp / "signed.pdf", ident, b"correct horse battery")  # then a report, same process
assert verify_pdf(tmp / "signed.pdf", [ident.cert]).valid
print("ok")
"""


def test_a_review_file_signed_first_then_a_report_in_one_process(tmp_path: Path) -> None:
    """The GUI exports a review and then a signed report in one session: asn1crypto's attribute
    names, built on the first CMS use, must not hide pyhanko's "signing_certificate_v2"."""
    r = subprocess.run([sys.executable, "-c", REVIEW_THEN_SIGN, str(tmp_path)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr[-2000:]
