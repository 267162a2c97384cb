"""The .irmpkg upload package: round trip, tampering, hostile zips, and outside tools agreeing."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import stat
import subprocess
import warnings
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from docx import Document
from reportlab.pdfgen import canvas

from irm_app import __version__
from irm_app.signing import zip_layout
from irm_app.signing.cms import sign_detached
from irm_app.signing.errors import IdentityError, PackageError
from irm_app.signing.identity import Identity, build_certificate, create_identity, store_identity
from irm_app.signing.manifest import Manifest, Member
from irm_app.signing.package import write_package
from irm_app.signing.package_read import read_package, verify_package
from irm_app.signing.pdf_sign import sign_pdf
from irm_app.signing.verify import exit_code, format_verdict, verify_file

PASS = b"s3cret passphrase"
ASSESSMENT = b'{"format": "irm-app/1", "plans": [], "assessments": []}\n'
EVIDENCE = b"Minutes of the multi-stakeholder forum, 2023-05-04.\n" * 20
EVIDENCE_SHA = hashlib.sha256(EVIDENCE).hexdigest()


def _pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path))
    for i in range(2):
        c.drawString(72, 720, f"Action plan review, page {i + 1}")
        c.showPage()
    c.save()
    return path


def _docx(path: Path) -> Path:
    d = Document()
    d.add_heading("Action plan review", 1)
    d.add_paragraph("Commitment 1: verifiable, relevant to access to information.")
    d.save(str(path))
    return path


def _inputs(tmp: Path) -> dict:
    tmp.mkdir(parents=True, exist_ok=True)
    ev = tmp / "minutes.txt"
    ev.write_bytes(EVIDENCE)
    return {
        "assessment_json": ASSESSMENT,
        "report_pdf": _pdf(tmp / "report.pdf"),
        "report_docx": _docx(tmp / "report.docx"),
        "evidence": {EVIDENCE_SHA: ev},
        "assessment_id": "A-2023-US",
        "plan_id": "US-NAP5",
    }


@pytest.fixture
def ident(tmp_path: Path) -> Identity:
    return create_identity("Ana Pérez", "ana@example.org", "IRM", "CL", PASS, tmp_path / "home")


@pytest.fixture
def pkg(ident: Identity, tmp_path: Path) -> Path:
    out = tmp_path / "out" / "review.irmpkg"
    write_package(out, identity=ident, passphrase=PASS, **_inputs(tmp_path / "in"))
    return out


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _info(name: str, *, deflate: bool = False, attr: int = zip_layout.EXTERNAL_ATTR) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=zip_layout.DATE_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    info.create_system = 3
    info.external_attr = attr
    return info


def _write_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    """A zip in the package's canonical form (unless a ZipInfo says otherwise)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(path, "w") as zf:
            for info, data in entries:
                zf.writestr(_info(info) if isinstance(info, str) else info, data)
    return path


def _rezip(src: Path, dst: Path, changes: dict[str, bytes]) -> Path:
    members = _members(src)
    members.update(changes)
    return _write_zip(dst, [(n, d) for n, d in members.items()])


def _signed_zip(
    path: Path,
    ident: Identity,
    members: dict[str, bytes],
    *,
    listed: dict[str, bytes] | None = None,
    manifest_bytes: bytes | None = None,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),
) -> Path:
    """A correctly signed manifest over `listed` (default: members), zipped with `members`."""
    listed = members if listed is None else listed
    if manifest_bytes is None:
        manifest_bytes = Manifest(
            app_version=__version__,
            created="2024-01-01T00:00:00Z",
            assessment_id="A",
            plan_id="P",
            signer_subject=ident.subject_str,
            signer_fingerprint=ident.fingerprint,
            members=[Member(n, hashlib.sha256(d).hexdigest(), len(d)) for n, d in sorted(listed.items())],
        ).to_bytes()
    sig = sign_detached(manifest_bytes, ident.cert, ident.unlock(PASS))
    entries = [("manifest.json", manifest_bytes), ("manifest.sig", sig), *members.items(), *extra]
    return _write_zip(path, entries)


# --- round trip -------------------------------------------------------------------------------


def test_round_trip_valid_untrusted_then_trusted(pkg: Path, ident: Identity, tmp_path: Path) -> None:
    v = verify_package(pkg)
    assert v.valid and not v.trusted and not v.error
    assert v.fingerprint == ident.fingerprint
    assert v.signing_time is not None
    names = {m.name for m in v.members}
    assert names == {
        "manifest.json",
        "manifest.sig",
        "assessment.json",
        "report.pdf",
        "report.docx",
        f"evidence/{EVIDENCE_SHA}",
    }
    assert all(m.ok for m in v.members)
    assert v.manifest is not None and v.manifest.assessment_id == "A-2023-US"
    lines = format_verdict(verify_file(pkg))
    assert "untrusted" in lines[0].lower()
    assert any(ident.fingerprint in line for line in lines)
    assert sum(line.endswith("OK") for line in lines) == 6

    fp = ident.fingerprint.replace(":", "").lower()  # accepted in any spelling
    trusted = verify_file(pkg, {fp})
    assert trusted.valid and trusted.trusted and exit_code(trusted) == 0
    assert format_verdict(trusted)[0] == "VALID package, trusted signer (given with --trust)"

    opened = read_package(pkg, evidence_dir=tmp_path / "ev")
    assert opened.assessment_json == ASSESSMENT
    assert opened.evidence[EVIDENCE_SHA].read_bytes() == EVIDENCE
    assert not opened.verdict.trusted


def test_manifest_content(pkg: Path, ident: Identity) -> None:
    import json

    m = json.loads(_members(pkg)["manifest.json"])
    assert m["format"] == "irm-package/1" and m["app_version"] == __version__
    assert m["signer"] == {"subject": ident.subject_str, "fingerprint": ident.fingerprint}
    names = [x["name"] for x in m["members"]]
    assert names == sorted(names)
    by_name = {x["name"]: x for x in m["members"]}
    assert by_name["assessment.json"]["sha256"] == hashlib.sha256(ASSESSMENT).hexdigest()
    assert by_name[f"evidence/{EVIDENCE_SHA}"]["size"] == len(EVIDENCE)


def test_wrong_passphrase_writes_nothing(ident: Identity, tmp_path: Path) -> None:
    out = tmp_path / "out" / "x.irmpkg"
    out.parent.mkdir()
    with pytest.raises(IdentityError, match="wrong passphrase"):
        write_package(out, identity=ident, passphrase=b"nope", **_inputs(tmp_path / "in"))
    assert list(out.parent.iterdir()) == []


def test_evidence_must_match_its_hash(ident: Identity, tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in")
    inputs["evidence"] = {"0" * 64: inputs["evidence"][EVIDENCE_SHA]}
    with pytest.raises(PackageError, match="content sha256"):
        write_package(tmp_path / "x.irmpkg", identity=ident, passphrase=PASS, **inputs)
    assert not (tmp_path / "x.irmpkg").exists()


# --- outside tools ---------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_openssl_verifies_manifest_signature(pkg: Path, ident: Identity, tmp_path: Path) -> None:
    members = _members(pkg)
    (tmp_path / "manifest.json").write_bytes(members["manifest.json"])
    (tmp_path / "manifest.sig").write_bytes(members["manifest.sig"])
    base = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.sig"]
    base += ["-content", "manifest.json", "-out", "/dev/null"]
    for extra in (["-noverify"], ["-CAfile", str(ident.cert_path)]):
        r = subprocess.run(base + extra, cwd=tmp_path, capture_output=True, text=True)
        assert r.returncode == 0 and "Verification successful" in r.stderr, r.stderr
    (tmp_path / "manifest.json").write_bytes(members["manifest.json"].replace(b"A-2023-US", b"A-2023-UK"))
    r = subprocess.run(base + ["-noverify"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode != 0


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler pdfsig not installed")
def test_pdfsig_verifies_report(pkg: Path, tmp_path: Path) -> None:
    (tmp_path / "r.pdf").write_bytes(_members(pkg)["report.pdf"])
    out = subprocess.run(["pdfsig", str(tmp_path / "r.pdf")], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out


# --- tampering -------------------------------------------------------------------------------


def test_any_flipped_byte_is_detected(pkg: Path, tmp_path: Path) -> None:
    data = pkg.read_bytes()
    with open(pkg, "rb") as f:
        entries = zip_layout.read_layout(f)
    member_at: dict[int, str] = {}
    for e in entries:
        for off in range(e.data_offset, e.data_offset + e.compressed_size):
            member_at[off] = e.name
    structural = [o for o in range(len(data)) if o not in member_at]
    sampled = list(range(0, len(data), 97))
    inside = [e.data_offset + k * e.compressed_size // 4 for e in entries for k in range(4)]
    target = tmp_path / "flipped.irmpkg"
    for off in sorted(set(structural + sampled + inside)):
        flipped = bytearray(data)
        flipped[off] ^= 0x01
        target.write_bytes(bytes(flipped))
        v = verify_package(target)
        assert not v.valid, f"flip at {off} went unnoticed"
        assert exit_code(v) in (1, 2)
        if off in member_at:
            assert member_at[off] in v.error, f"flip at {off} in {member_at[off]}: {v.error}"


@pytest.mark.parametrize(
    "member", ["assessment.json", "report.docx", "report.pdf", f"evidence/{EVIDENCE_SHA}"]
)
def test_tampered_member_is_named(pkg: Path, tmp_path: Path, member: str) -> None:
    original = _members(pkg)[member]
    changed = original[:-10] + bytes(b ^ 0x01 for b in original[-10:])
    v = verify_package(_rezip(pkg, tmp_path / "t.irmpkg", {member: changed}))
    assert not v.valid and exit_code(v) == 1
    assert member in v.error
    failed = [m for m in v.members if not m.ok]
    assert [m.name for m in failed] == [member]
    assert "sha256 differs" in failed[0].reason
    line = next(x for x in format_verdict(v) if x.strip().startswith(member))
    assert "FAILED" in line


def test_tampered_manifest(pkg: Path, tmp_path: Path) -> None:
    manifest = _members(pkg)["manifest.json"].replace(b"A-2023-US", b"A-2023-UK")
    v = verify_package(_rezip(pkg, tmp_path / "t.irmpkg", {"manifest.json": manifest}))
    assert not v.valid and "manifest.sig" in v.error and "digest" in v.error


def test_tampered_signature(pkg: Path, tmp_path: Path) -> None:
    sig = bytearray(_members(pkg)["manifest.sig"])
    sig[-5] ^= 0x01  # inside the ECDSA signature value
    v = verify_package(_rezip(pkg, tmp_path / "t.irmpkg", {"manifest.sig": bytes(sig)}))
    assert not v.valid and "manifest.sig" in v.error


def test_other_signer_is_valid_but_untrusted(pkg: Path, ident: Identity, tmp_path: Path) -> None:
    other = create_identity("Mallory", "m@example.org", "Else", "US", PASS, tmp_path / "other")
    forged = tmp_path / "forged.irmpkg"
    write_package(forged, identity=other, passphrase=PASS, **_inputs(tmp_path / "in2"))
    untrusted = verify_package(forged)
    assert untrusted.valid and not untrusted.trusted  # a sound signature, but by someone unknown
    v = verify_file(forged, {ident.fingerprint})
    assert v.valid and not v.trusted and exit_code(v) == 3  # never exit 0: `verify && accept` refuses it
    assert exit_code(verify_file(forged, {other.fingerprint})) == 0


def test_manifest_resigned_by_another_key_is_invalid(pkg: Path, tmp_path: Path) -> None:
    """Swapping in a new manifest + signature cannot keep the original signed report."""
    other = create_identity("Mallory", "m@example.org", "Else", "US", PASS, tmp_path / "other")
    members = {n: d for n, d in _members(pkg).items() if not n.startswith("manifest.")}
    members["assessment.json"] = b'{"format": "irm-app/1", "forged": true}\n'
    v = verify_package(_signed_zip(tmp_path / "f.irmpkg", other, members))
    assert not v.valid and "report.pdf" in v.error and "different certificate" in v.error


def test_expired_certificate_is_invalid(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=800)
    cert = build_certificate(
        key, name="Old", email="o@example.org", org="IRM", country="CL", not_before=past, days=30
    )
    old = store_identity(key, cert, PASS, tmp_path / "old")
    with pytest.raises(PackageError, match="expired"):
        write_package(tmp_path / "x.irmpkg", identity=old, passphrase=PASS, **_inputs(tmp_path / "in"))
    pdf = tmp_path / "signed.pdf"
    sign_pdf(_pdf(tmp_path / "r.pdf"), pdf, old, PASS)
    members = {"assessment.json": ASSESSMENT, "report.pdf": pdf.read_bytes()}
    v = verify_package(_signed_zip(tmp_path / "old.irmpkg", old, members))
    assert not v.valid and "expired" in v.error and not v.trusted


# --- hostile and broken files ----------------------------------------------------------------

EV2 = b"another file"
EV2_NAME = f"evidence/{hashlib.sha256(EV2).hexdigest()}"


def _base(pkg: Path) -> dict[str, bytes]:
    return {n: d for n, d in _members(pkg).items() if not n.startswith("manifest.")}


HOSTILE = {
    "absolute path": lambda b: ({**b}, [("/etc/cron.d/x", b"x")], "absolute path"),
    "dot-dot": lambda b: ({**b}, [("evidence/../../x", b"x")], "'..'"),
    "backslash": lambda b: ({**b}, [("evidence\\x", b"x")], "backslash"),
    "repeated name": lambda b: ({**b}, [("assessment.json", b"{}")], "more than once"),
    "symlink": lambda b: (
        {**b},
        [(_info(EV2_NAME, attr=(stat.S_IFLNK | 0o777) << 16), b"/etc/passwd")],
        "symbolic link",
    ),
    "directory": lambda b: ({**b}, [("evidence/", b"")], "directory"),
    "unknown name": lambda b: ({**b}, [("run.sh", b"rm -rf ~")], "not a member a package may contain"),
    "not listed": lambda b: ({**b}, [(EV2_NAME, EV2)], "not listed in the manifest"),
    "deflated": lambda b: ({**b}, [(_info(EV2_NAME, deflate=True), EV2)], "compression method 8"),
    "zip bomb": lambda b: (
        {**b},
        [(_info(EV2_NAME, deflate=True), b"\0" * (3 * 1024 * 1024))],
        "compression ratio",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_members_rejected_before_trust(pkg: Path, ident: Identity, tmp_path: Path, case: str) -> None:
    members, extra, expected = HOSTILE[case](_base(pkg))
    path = _signed_zip(tmp_path / "h.irmpkg", ident, members, extra=extra)
    v = verify_package(path)
    assert not v.valid and not v.trusted and exit_code(v) == 1
    assert expected in v.error
    with pytest.raises(PackageError, match="."):
        read_package(path, evidence_dir=tmp_path / "ev")
    assert not list((tmp_path / "ev").iterdir())  # nothing extracted


def test_listed_member_missing(pkg: Path, ident: Identity, tmp_path: Path) -> None:
    members = _base(pkg)
    listed = {**members, EV2_NAME: EV2}
    v = verify_package(_signed_zip(tmp_path / "h.irmpkg", ident, members, listed=listed))
    assert not v.valid and EV2_NAME in v.error and "missing" in v.error


def test_total_size_limit(pkg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_layout, "MAX_TOTAL_SIZE", 10_000)
    v = verify_package(pkg)
    assert not v.valid and "total uncompressed size" in v.error


def test_manifest_too_large(pkg: Path, ident: Identity, tmp_path: Path) -> None:
    big = b'{"pad": "' + b"x" * (1024 * 1024 + 10) + b'"}'
    v = verify_package(_signed_zip(tmp_path / "h.irmpkg", ident, _base(pkg), manifest_bytes=big))
    assert not v.valid and "manifest.json" in v.error and "larger than" in v.error


def test_manifest_not_json(pkg: Path, ident: Identity, tmp_path: Path) -> None:
    v = verify_package(_signed_zip(tmp_path / "h.irmpkg", ident, _base(pkg), manifest_bytes=b"{not json"))
    assert not v.valid and "manifest.json" in v.error and "not valid JSON" in v.error


def test_zip_comment_and_non_canonical_zip(pkg: Path, tmp_path: Path) -> None:
    commented = tmp_path / "c.irmpkg"
    shutil.copy(pkg, commented)
    with zipfile.ZipFile(commented, "a") as zf:
        zf.comment = b"hello"
    assert "comment" in verify_package(commented).error
    plain = tmp_path / "p.irmpkg"
    with zipfile.ZipFile(plain, "w") as zf:  # same content, ordinary zip tool defaults
        for name, data in _members(pkg).items():
            zf.writestr(name, data)
    v = verify_package(plain)
    assert not v.valid and "canonical" in v.error


@pytest.mark.parametrize(
    "make",
    [
        lambda d: d[: len(d) // 2],
        lambda d: d[:-1],
        lambda d: b"",
        lambda d: b"%PDF-1.7 not a package",
        lambda d: b"just some text, not a zip at all" * 10,
    ],
    ids=["truncated-half", "truncated-last-byte", "empty", "other-format", "text"],
)
def test_unreadable_files(pkg: Path, tmp_path: Path, make) -> None:
    bad = tmp_path / "bad.irmpkg"
    bad.write_bytes(make(pkg.read_bytes()))
    v = verify_package(bad)
    assert not v.valid and v.unreadable and exit_code(v) == 2
    with pytest.raises(PackageError) as err:
        read_package(bad)
    assert err.value.unreadable


def test_prepended_bytes_rejected(pkg: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.irmpkg"
    bad.write_bytes(b"PK\x03\x04" + pkg.read_bytes())
    assert not verify_package(bad).valid


def test_verify_file_picks_pdf_by_content(pkg: Path, ident: Identity, tmp_path: Path) -> None:
    renamed = tmp_path / "report.irmpkg"  # a bare signed PDF must not pass for a package
    renamed.write_bytes(_members(pkg)["report.pdf"])
    v = verify_file(renamed, {ident.fingerprint})
    assert not v.valid and exit_code(v) == 2 and "a PDF, not a package" in format_verdict(v)[0]
    pdf = tmp_path / "report.signed"  # an unknown name: the content decides
    pdf.write_bytes(_members(pkg)["report.pdf"])
    v = verify_file(pdf, {ident.fingerprint})
    assert v.valid and v.trusted and format_verdict(v)[0].startswith("VALID signed PDF, trusted")
    assert exit_code(verify_file(tmp_path / "missing.pdf")) == 2
