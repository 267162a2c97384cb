"""PAdES signatures on report PDFs: sign with a visible box in the space the report left, verify offline.

pyhanko does the PDF work. Validation never fetches revocation data (the app is offline and
the certificates are mostly self-signed), and pyhanko's log noise is kept away from users.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from .errors import SigningError
from .identity import Identity, common_name_of, fingerprint_of, subject_of

FIELD_NAME = "IRMSignature"
_QUIET_LOGGERS = ("pyhanko", "pyhanko_certvalidator", "pyhanko.sign", "fontTools")


@dataclass(frozen=True)
class PdfVerdict:
    """What a user needs to know about one signed PDF."""

    valid: bool
    intact: bool
    signer: str | None = None
    fingerprint: str | None = None
    signing_time: dt.datetime | None = None
    trusted: bool = False
    reason: str = ""
    cert: x509.Certificate | None = None


@contextmanager
def quiet_pyhanko() -> Iterator[None]:
    """pyhanko logs tracebacks for self-signed chains even when it returns a normal result."""
    saved = []
    for name in _QUIET_LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.level))
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in saved:
            logger.setLevel(level)


def _to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _from_asn1(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def _fresh_attribute_names() -> None:
    """asn1crypto builds its name -> OID map of CMS attributes once, on first use; pyhanko (and
    asn1crypto.tsp) add names to it when imported. If a review file's signature was read first
    in this process (signing/cms.py), the map misses them and pyhanko fails on
    "signing_certificate_v2": rebuild it now that every name is registered."""
    from asn1crypto import cms as asn1_cms

    names = asn1_cms.CMSAttributeType
    names._reverse_map = {name: oid for oid, name in names._map.items()}


def _signer_for(identity: Identity, passphrase: bytes):  # -> signers.SimpleSigner
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    _fresh_attribute_names()

    key = identity.unlock(passphrase)
    key_der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    cert = _to_asn1(identity.cert)
    return signers.SimpleSigner(
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([cert, *map(_to_asn1, identity.chain)]),
    )


def _reserved_box(writer) -> tuple[int, tuple[float, float, float, float]] | None:
    """(page index, rectangle) of the space the report left for the signature, if it did."""
    from pyhanko.pdf_utils import generic

    from ..reports.blocks import SIGNATURE_DEST  # signing only: verifying imports no report code

    def deref(obj):  # dict.get on pyhanko's objects does not follow references
        return obj.get_object() if isinstance(obj, generic.IndirectObject) else obj

    dests = deref(writer.root.get("/Dests"))
    dest = deref(dests.get("/" + SIGNATURE_DEST)) if isinstance(dests, generic.DictionaryObject) else None
    if isinstance(dest, generic.DictionaryObject):
        dest = deref(dest.get("/D"))
    if not isinstance(dest, generic.ArrayObject) or len(dest) != 6 or dest[1] != "/FitR":
        return None
    target = dest.raw_get(0)
    count = int(writer.root["/Pages"]["/Count"])
    for ix in range(count - 1, -1, -1):
        ref = writer.find_page_for_modification(ix)[0]
        if isinstance(target, generic.IndirectObject) and ref.idnum == target.idnum:
            x0, y0, x1, y1 = (float(dest[k]) for k in range(2, 6))
            return ix, (x0, y0, x1, y1)
    return None


def _signature_page(writer) -> tuple[int, tuple[float, float, float, float]]:
    """A PDF with no reserved space gets a page of its own at the end: never over its text."""
    from pyhanko.pdf_utils import generic

    last = writer.find_page_for_modification(-1)[0].get_object()
    box = last.get("/MediaBox") or [0, 0, 595, 842]
    x0, _y0, x1, y1 = (float(v) for v in box)
    page = generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Page"),
        generic.pdf_name("/MediaBox"): generic.ArrayObject(generic.FloatObject(float(v)) for v in box),
        generic.pdf_name("/Resources"): generic.DictionaryObject(),
        generic.pdf_name("/Contents"): writer.add_object(generic.StreamObject(stream_data=b"")),
    })
    writer.insert_page(page)
    count = int(writer.root["/Pages"]["/Count"])
    left, top = x0 + 62, y1 - 68
    return count - 1, (left, top - BOX_H, min(left + BOX_W, x1 - 62), top)


BOX_W, BOX_H = 269.0, 59.5  # as the report's SignatureBox, in points (9.5 cm x 2.1 cm)


def _appearance_pdf(path: Path, size: tuple[float, float], lines: list[str]) -> None:
    """The signature's look as a one-page PDF in the bundled DejaVu, embedded and subset."""
    from reportlab.pdfgen.canvas import Canvas

    from ..reports.fonts import draw_string, register_pdf_fonts
    from ..reports.pdf_style import ACCENT, INK, B, R
    from ..reports.rtl import display

    register_pdf_fonts()
    w, h = size
    c = Canvas(str(path), pagesize=(w, h), initialFontName=R, initialFontSize=7)
    pad, lead = 8.0, 11.0
    size_pt = min(8.0, (h - 2 * pad) / (len(lines) * 1.3))
    y = h - pad - size_pt
    for i, line in enumerate(lines):
        font = B if i == 0 else R
        c.setFillColor(ACCENT if i == 0 else INK)
        draw_string(c, pad, y, _fit(display(line), font, size_pt, w - 2 * pad), font, size_pt)  # CJK: fallback
        y -= min(lead, size_pt * 1.3)
    c.showPage()
    c.save()


def _fit(text: str, font: str, size: float, width: float) -> str:
    from ..reports.fonts import string_width

    while text and string_width(text, font, size) > width:
        text = text[:-2] + "…"
    return text


def not_final_note(status: str) -> str:
    """The signature box's warning line for a report that is not final ('' for a final one)."""
    if status in ("", "final"):
        return ""
    state = "SUBMITTED FOR REVIEW" if status == "submitted" else "DRAFT"
    return f"{state}: not the final report"


def sign_pdf(src: Path, dst: Path, identity: Identity, passphrase: bytes, *, note: str = "") -> None:
    """PAdES-B-B (ETSI.CAdES.detached, SHA-256) with a visible box; dst is written atomically.

    `note` (a draft's "DRAFT: not the final report") is the box's first line, in the accent colour.

    The box goes where the report reserved room for it (its `SIGNATURE_DEST`), else on a page
    added at the end; its text is drawn in the bundled font, embedded like the report's.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    signer = _signer_for(identity, passphrase)
    fp = identity.fingerprint
    half = len(fp) // 2 + 1  # split after a colon: 16 of the 32 bytes per line
    dst = Path(dst)
    fd, tmp_name = tempfile.mkstemp(prefix=".sign-", suffix=".pdf", dir=dst.parent)
    look = Path(tmp_name + ".look.pdf")
    try:
        with quiet_pyhanko(), open(src, "rb") as inf, os.fdopen(fd, "wb") as out:
            try:
                writer = IncrementalPdfFileWriter(inf, strict=False)
                page_ix, rect = _reserved_box(writer) or _signature_page(writer)
            except Exception as exc:  # pyhanko raises several types for broken PDFs
                raise SigningError(f"{src}: not a PDF that can be signed ({exc})") from exc
            now = dt.datetime.now(dt.UTC)
            _appearance_pdf(look, (rect[2] - rect[0], rect[3] - rect[1]), [*([note] if note else []),
                f"Digitally signed by {common_name_of(identity.cert) or identity.name}",
                f"Date: {now:%Y-%m-%d %H:%M} UTC",
                f"SHA-256 {fp[:half].rstrip(':')}",
                fp[half:],
            ])
            meta = signers.PdfSignatureMetadata(
                field_name=FIELD_NAME,
                subfilter=fields.SigSeedSubFilter.PADES,
                md_algorithm="sha256",
                name=identity.name,
            )
            pdf_signer = signers.PdfSigner(
                meta,
                signer=signer,
                new_field_spec=fields.SigFieldSpec(FIELD_NAME, on_page=page_ix, box=rect),
                stamp_style=StaticStampStyle.from_pdf_file(
                    str(look), border_width=0, background_opacity=1.0,
                    background_layout=SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MIN,
                                                          y_align=AxisAlignment.ALIGN_MAX, margins=Margins()),
                ),
            )
            pdf_signer.sign_pdf(writer, output=out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, dst)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    finally:
        look.unlink(missing_ok=True)


def verify_pdf(path: Path, trust: list[x509.Certificate] | None = None) -> PdfVerdict:
    """Check the PDF's last signature offline; see verify_pdf_stream."""
    try:
        with open(path, "rb") as f:
            return verify_pdf_stream(f, trust)
    except OSError as exc:
        return PdfVerdict(valid=False, intact=False, reason=f"cannot read {path}: {exc.strerror}")


def _without_signers() -> None:
    """Let `pyhanko.sign.validation` import without `pyhanko.sign`'s __init__, when nothing has
    imported that package yet.

    That __init__ imports the signers and through their timestamp client aiohttp (a network
    stack; ~0.3 s in all) which validation never uses: the app validates offline. The package
    module is made from its spec without running __init__, so its submodules import as usual;
    the first read of any other name runs the real __init__ (PEP 562), so signing later in the
    same process sees the complete package.
    """
    if "pyhanko.sign" in sys.modules:
        return
    import importlib.util

    spec = importlib.util.find_spec("pyhanko.sign")
    if spec is None or spec.loader is None:
        return
    package = importlib.util.module_from_spec(spec)

    def complete(name: str) -> object:
        del package.__getattr__  # type: ignore[attr-defined]
        spec.loader.exec_module(package)  # type: ignore[union-attr]
        return getattr(package, name)

    package.__getattr__ = complete  # type: ignore[attr-defined]
    sys.modules["pyhanko.sign"] = package
    import pyhanko

    pyhanko.sign = package  # type: ignore[attr-defined]


def verify_pdf_stream(f: BinaryIO, trust: list[x509.Certificate] | None = None) -> PdfVerdict:
    """valid = intact, cryptographically sound, covers the whole file, certificate in date.

    trusted = valid and the signer (or its chain) leads to one of `trust`. With trust=None
    the signer's own certificate anchors the check, so a sound signature is valid but untrusted.
    """
    _without_signers()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    with quiet_pyhanko():
        try:
            reader = PdfFileReader(f, strict=False)
            sigs = reader.embedded_signatures
        except Exception as exc:
            return PdfVerdict(valid=False, intact=False, reason=f"not a readable PDF ({exc})")
        if not sigs:
            return PdfVerdict(valid=False, intact=False, reason="the PDF has no signature")
        sig = sigs[-1]
        try:
            signer_cert = _from_asn1(sig.signer_cert)
        except Exception as exc:
            return PdfVerdict(
                valid=False, intact=False, reason=f"signature without a usable certificate ({exc})"
            )
        roots = [_to_asn1(c) for c in trust] if trust else [sig.signer_cert]
        vc = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        constraints = KeyUsageConstraints(
            key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
        )
        try:
            status = _outside_event_loop(
                lambda: validate_pdf_signature(sig, vc, key_usage_settings=constraints)
            )
        except Exception as exc:
            return _verdict(False, False, signer_cert, None, f"signature cannot be checked ({exc})")
    signing_time = status.signer_reported_dt
    if not status.intact:
        return _verdict(
            False, False, signer_cert, signing_time, "digest mismatch: the PDF was changed after signing"
        )
    if not status.valid:
        return _verdict(
            False, True, signer_cert, signing_time, "the signature does not match the certificate"
        )
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE or len(sigs) != 1:
        return _verdict(False, True, signer_cert, signing_time, "the PDF was modified after it was signed")
    problem = certificate_time_problem(signer_cert)
    if problem:
        return _verdict(False, True, signer_cert, signing_time, problem)
    if trust and not status.trusted:
        return _verdict(
            False, True, signer_cert, signing_time, "signer is not one of the trusted certificates"
        )
    return _verdict(True, True, signer_cert, signing_time, "", trusted=bool(trust))


def _outside_event_loop(fn):
    """validate_pdf_signature calls asyncio.run, which fails inside a running loop: use a thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return fn()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn).result()


def certificate_time_problem(cert: x509.Certificate, at: dt.datetime | None = None) -> str:
    """'' if cert is in date at `at` (default now), else a one-line reason naming the date."""
    at = at or dt.datetime.now(dt.UTC)
    if at > cert.not_valid_after_utc:
        return f"certificate expired on {cert.not_valid_after_utc:%Y-%m-%d}"
    if at < cert.not_valid_before_utc:
        return f"certificate not yet valid (from {cert.not_valid_before_utc:%Y-%m-%d})"
    return ""


def _verdict(
    valid: bool,
    intact: bool,
    cert: x509.Certificate,
    signing_time: dt.datetime | None,
    reason: str,
    *,
    trusted: bool = False,
) -> PdfVerdict:
    return PdfVerdict(
        valid=valid,
        intact=intact,
        signer=subject_of(cert),
        fingerprint=fingerprint_of(cert),
        signing_time=signing_time,
        trusted=trusted and valid,
        reason=reason,
        cert=cert,
    )


__all__ = [
    "PdfVerdict",
    "sign_pdf",
    "verify_pdf",
    "verify_pdf_stream",
    "certificate_time_problem",
    "common_name_of",
]
