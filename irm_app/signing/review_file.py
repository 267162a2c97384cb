"""The signed review file (`.irmreview`): a reviewer's comments and states, sent back.

Same construction as a package (docs/review-format.md): one canonical, stored zip that
`zip_layout.read_layout` checks from raw bytes, holding exactly `review.json` (the content,
signed as stored) and `review.sig` (a detached CMS signature over it, `cms.py`). So any changed
byte is refused: in the zip structure by the layout check, in review.json by its CRC and the
signature's message digest, in review.sig by the signature check. The verdict is a
`PackageVerdict`, so trust (`verify.apply_trust`), exit codes and the printed lines are the
packages' own. This module knows bytes and signatures only; what review.json means is
`operations/review_files.py`'s business.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..library.leftovers import part_name, private_tempdir
from .cms import CmsError, sign_detached, verify_detached
from .errors import PackageError
from .identity import Identity, fingerprint_of, subject_of
from .package import _zipinfo
from .package_read import MemberCheck, PackageVerdict, _read_small
from .pdf_sign import certificate_time_problem
from .zip_layout import read_layout

FORMAT = "irm-review/1"
EXTENSION = ".irmreview"
CONTENT = "review.json"
SIGNATURE = "review.sig"
NAMES = re.compile(r"^(review\.json|review\.sig)$")
MAX_CONTENT = 64 * 1024 * 1024  # parsed in memory: bounded
MAX_SIGNATURE = 64 * 1024


@dataclass(frozen=True)
class VerifiedReview:
    verdict: PackageVerdict
    content: bytes  # review.json exactly as signed


def write_review_file(out: Path, content: bytes, identity: Identity, passphrase: bytes) -> None:
    """Sign `content` (review.json's bytes) and write the file atomically; it is verified before
    it replaces `out`, so a file that leaves here verifies."""
    out = Path(out)
    problem = certificate_time_problem(identity.cert)
    if problem:
        raise PackageError(f"cannot sign with {identity.cert_path}: {problem}")
    if len(content) > MAX_CONTENT:
        raise PackageError(f"{CONTENT}: {len(content):,} bytes; a review file holds at most {MAX_CONTENT:,}")
    key = identity.unlock(passphrase)
    signature = sign_detached(content, identity.cert, key, identity.chain)
    out.parent.mkdir(parents=True, exist_ok=True)
    with private_tempdir("review") as tmp:
        tmp_out = tmp.owns(part_name(out))
        with open(tmp_out, "wb") as raw, zipfile.ZipFile(raw, "w", allowZip64=False) as zf:
            for name, data in ((CONTENT, content), (SIGNATURE, signature)):
                with zf.open(_zipinfo(name, len(data)), "w") as dst:
                    dst.write(data)
        with open(tmp_out, "rb+") as f:
            os.fsync(f.fileno())
        verify_review_file(tmp_out)  # raises if what was written does not verify
        os.replace(tmp_out, out)


def verify_review_file(path: Path) -> VerifiedReview:
    """Every check, in order; PackageError (unreadable: exit 2, else invalid: exit 1) at the first
    that fails. The verdict is valid but not yet trusted: apply the trust list to it."""
    path = Path(path)
    v = PackageVerdict(path=path)
    try:
        with open(path, "rb") as f:
            entries = {e.name: e for e in read_layout(f, NAMES)}
            for required in (CONTENT, SIGNATURE):
                if required not in entries:
                    raise PackageError(f"{required}: missing from the review file", member=required)
            try:
                zf = zipfile.ZipFile(f)
            except (zipfile.BadZipFile, OSError) as exc:
                raise PackageError(f"corrupt zip ({exc})", unreadable=True) from None
            with zf:
                content = _read_small(zf, entries[CONTENT], MAX_CONTENT)
                signature = _read_small(zf, entries[SIGNATURE], MAX_SIGNATURE)
    except FileNotFoundError:
        raise PackageError(f"{path}: no such file", unreadable=True) from None
    except OSError as exc:
        raise PackageError(f"cannot read {path}: {exc.strerror}", unreadable=True) from None
    try:
        cms = verify_detached(signature, content)
    except CmsError as exc:
        raise PackageError(f"{SIGNATURE}: {exc}", member=SIGNATURE) from None
    problem = certificate_time_problem(cms.cert)
    if problem:
        raise PackageError(f"{SIGNATURE}: signer {problem}", member=SIGNATURE)
    v.cert, v.signing_time, v.chain = cms.cert, cms.signing_time, cms.others
    v.signer, v.fingerprint = subject_of(cms.cert), fingerprint_of(cms.cert)
    try:
        doc = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(f"{CONTENT}: not valid JSON ({exc})", member=CONTENT) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PackageError(f"{CONTENT}: not an {FORMAT} document", member=CONTENT)
    named = (doc.get("reviewer") or {}).get("fingerprint") if isinstance(doc.get("reviewer"), dict) else None
    if named != v.fingerprint:
        raise PackageError(f"{CONTENT}: names signer {named}, but {SIGNATURE} was made by {v.fingerprint}",
                           member=CONTENT)
    v.members = [MemberCheck(SIGNATURE, True), MemberCheck(CONTENT, True)]
    v.valid = True
    return VerifiedReview(v, content)


def review_verdict(path: Path) -> PackageVerdict:
    """For `irm-app verify`: never raises for a bad file (the verdict says what failed)."""
    try:
        return verify_review_file(path).verdict
    except PackageError as exc:
        v = PackageVerdict(path=Path(path), unreadable=exc.unreadable, error=str(exc))
        if exc.member:
            v.members.append(MemberCheck(exc.member, False, str(exc)))
        return v
