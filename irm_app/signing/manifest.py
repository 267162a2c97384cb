"""manifest.json of a package: what it lists, its exact bytes, and strict parsing.

The manifest is signed exactly as stored (no re-serialisation on either side), so the writer's
byte layout is a convenience, and the reader's job is only to refuse anything unexpected.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import PackageError
from .zip_layout import NAME_RE

FORMAT = "irm-package/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MANIFEST_SIZE = 1024 * 1024
REQUIRED_MEMBERS = ("assessment.json", "report.pdf")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_FINGERPRINT = re.compile(r"^([0-9A-F]{2}:){31}[0-9A-F]{2}$")


@dataclass(frozen=True)
class Member:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    app_version: str
    created: str
    assessment_id: str
    plan_id: str
    signer_subject: str
    signer_fingerprint: str
    members: list[Member] = field(default_factory=list)
    format: str = FORMAT
    # The assessment's lifecycle state when packaged ("draft", "submitted", "final"; "" in a
    # package written before it was recorded) and its final-version count: signed with the rest,
    # so a draft sent for review can never pass for the final report.
    status: str = ""
    version: int = 0

    @property
    def is_final(self) -> bool:
        return self.status == "final"

    def member(self, name: str) -> Member | None:
        return next((m for m in self.members if m.name == name), None)

    def to_bytes(self) -> bytes:
        """The bytes that get stored and signed: sorted keys, 2-space indent, UTF-8, final newline."""
        doc = {
            "format": self.format,
            "app_version": self.app_version,
            "created": self.created,
            "assessment_id": self.assessment_id,
            "plan_id": self.plan_id,
            "signer": {"subject": self.signer_subject, "fingerprint": self.signer_fingerprint},
            **({"report": {"status": self.status, "version": self.version}} if self.status else {}),
            "members": [
                {"name": m.name, "sha256": m.sha256, "size": m.size}
                for m in sorted(self.members, key=lambda m: m.name)
            ],
        }
        return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _bad(msg: str) -> PackageError:
    return PackageError(f"{MANIFEST}: {msg}", member=MANIFEST)


def _str(d: dict[str, Any], key: str) -> str:
    value = d.get(key)
    if not isinstance(value, str):
        raise _bad(f"'{key}' must be a string")
    return value


def parse_manifest(data: bytes) -> Manifest:
    """Strictly parse stored manifest bytes; PackageError naming manifest.json otherwise."""
    if len(data) > MAX_MANIFEST_SIZE:
        raise _bad(f"larger than {MAX_MANIFEST_SIZE} bytes")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad(f"not valid JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise _bad("not a JSON object")
    expected = {"format", "app_version", "created", "assessment_id", "plan_id", "signer", "members"}
    if set(doc) - {"report"} != expected:  # "report" (status, version): absent in older packages
        raise _bad(f"unexpected or missing keys: {sorted((set(doc) - {'report'}) ^ expected)}")
    status, version = _report_state(doc.get("report"))
    if doc["format"] != FORMAT:
        raise _bad(f"format is {doc['format']!r}, expected {FORMAT!r}")
    signer = doc["signer"]
    if not isinstance(signer, dict) or set(signer) != {"subject", "fingerprint"}:
        raise _bad("'signer' must hold exactly 'subject' and 'fingerprint'")
    fingerprint = _str(signer, "fingerprint")
    if not _FINGERPRINT.match(fingerprint):
        raise _bad("'signer.fingerprint' is not an upper-case colon-separated SHA-256")
    raw_members = doc["members"]
    if not isinstance(raw_members, list):
        raise _bad("'members' must be a list")
    members: list[Member] = []
    for i, m in enumerate(raw_members):
        if not isinstance(m, dict) or set(m) != {"name", "sha256", "size"}:
            raise _bad(f"members[{i}] must hold exactly name, sha256, size")
        name, sha, size = m["name"], m["sha256"], m["size"]
        if not isinstance(name, str) or not NAME_RE.match(name) or name in (MANIFEST, SIGNATURE):
            raise _bad(f"members[{i}]: name {name!r} is not allowed")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise _bad(f"members[{i}] ({name}): sha256 must be 64 lower-case hex digits")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise _bad(f"members[{i}] ({name}): size must be a non-negative integer")
        if name.startswith("evidence/") and name.removeprefix("evidence/") != sha:
            raise _bad(f"members[{i}] ({name}): evidence is named after its own sha256")
        members.append(Member(name, sha, size))
    names = [m.name for m in members]
    if names != sorted(set(names)):
        raise _bad("members must be unique and sorted by name")
    for required in REQUIRED_MEMBERS:
        if required not in names:
            raise _bad(f"required member {required} is not listed")
    return Manifest(
        app_version=_str(doc, "app_version"),
        created=_str(doc, "created"),
        assessment_id=_str(doc, "assessment_id"),
        plan_id=_str(doc, "plan_id"),
        signer_subject=_str(signer, "subject"),
        signer_fingerprint=fingerprint,
        members=members,
        status=status,
        version=version,
    )


STATUSES = ("draft", "submitted", "final")


def _report_state(report: Any) -> tuple[str, int]:
    if report is None:
        return "", 0
    if not isinstance(report, dict) or set(report) != {"status", "version"}:
        raise _bad("'report' must hold exactly 'status' and 'version'")
    status, version = report["status"], report["version"]
    if status not in STATUSES:
        raise _bad(f"'report.status' must be one of {', '.join(STATUSES)}")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise _bad("'report.version' must be a non-negative integer")
    return status, version
