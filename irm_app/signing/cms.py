"""Detached CMS (PKCS#7) signatures over exact bytes: how manifest.json is signed.

Signing uses cryptography's PKCS7SignatureBuilder (EC and RSA keys, SHA-256, signer certificate
embedded, signed attributes incl. signingTime). Verifying is done here with asn1crypto so the
checks are explicit: one signer, SHA-256, messageDigest equals the content's hash, signature
over the DER signed attributes valid under the embedded certificate's key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from asn1crypto import cms
from asn1crypto import tsp as _tsp  # noqa: F401 - registers signing_certificate_v2 before cms's name map is built
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7

from .errors import SigningError
from .identity import PrivateKey, key_strength_problem

MAX_SIG_SIZE = 64 * 1024


class CmsError(SigningError):
    """The signature is malformed or does not verify; the message says which check failed."""


@dataclass(frozen=True)
class CmsResult:
    cert: x509.Certificate
    signing_time: dt.datetime | None
    others: tuple[x509.Certificate, ...] = ()  # further embedded certificates (a chain to a CA)


def sign_detached(
    content: bytes, cert: x509.Certificate, key: PrivateKey, chain: list[x509.Certificate] | None = None
) -> bytes:
    """DER SignedData without encapsulated content; verifiable with `openssl cms -verify -binary`.

    `chain` (an organisation's intermediate certificates) is embedded so a verifier can build
    the path from the signer to the organisation's CA without fetching anything.
    """
    builder = pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(cert, key, hashes.SHA256())
    for extra in chain or []:
        builder = builder.add_certificate(extra)
    return (
        builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])
    )


def verify_detached(signature: bytes, content: bytes) -> CmsResult:
    """Check `signature` over `content`; returns the embedded signer certificate (not yet trusted)."""
    if len(signature) > MAX_SIG_SIZE:
        raise CmsError(f"signature larger than {MAX_SIG_SIZE} bytes")
    try:
        info = cms.ContentInfo.load(signature, strict=True)
        if info["content_type"].native != "signed_data":
            raise CmsError("not a CMS SignedData structure")
        sd = info["content"]
        if sd["encap_content_info"]["content_type"].native != "data":
            raise CmsError("signed content type is not 'data'")
        if sd["encap_content_info"]["content"].native is not None:
            raise CmsError("signature is not detached")
        signer_infos = list(sd["signer_infos"])
        if len(signer_infos) != 1:
            raise CmsError(f"expected exactly one signer, found {len(signer_infos)}")
        si = signer_infos[0]
        cert = _find_signer_cert(sd, si)
        if si["digest_algorithm"]["algorithm"].native != "sha256":
            raise CmsError("digest algorithm is not SHA-256")
        attrs = si["signed_attrs"]
        if not attrs:
            raise CmsError("signed attributes missing")
        values: dict[str, list] = {}
        for attr in attrs:
            values.setdefault(attr["type"].native, []).append(attr["values"])
        for required in ("content_type", "message_digest"):
            if len(values.get(required, [])) != 1 or len(values[required][0]) != 1:
                raise CmsError(f"signed attribute {required} missing or repeated")
        if values["content_type"][0][0].native != "data":
            raise CmsError("signed content-type attribute is not 'data'")
        if values["message_digest"][0][0].native != hashlib.sha256(content).digest():
            raise CmsError("message digest does not match the signed content")
        signing_time = None
        if "signing_time" in values:
            signing_time = values["signing_time"][0][0].native
        signed_bytes = b"\x31" + attrs.dump()[1:]  # signed over as a SET OF, not [0] IMPLICIT
        sig_alg = si["signature_algorithm"]["algorithm"].native
        signature_value = si["signature"].native
    except CmsError:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise CmsError(f"malformed signature ({exc})") from exc
    problem = key_strength_problem(cert.public_key())
    if problem:
        raise CmsError(f"signer {problem}")
    _check_signature(cert, sig_alg, signature_value, signed_bytes)
    return CmsResult(cert=cert, signing_time=signing_time, others=_other_certs(sd, cert))


def _other_certs(sd: cms.SignedData, signer: x509.Certificate) -> tuple[x509.Certificate, ...]:
    out = []
    for choice in sd["certificates"] or []:
        if choice.name == "certificate":
            c = x509.load_der_x509_certificate(choice.chosen.dump())
            if c != signer:
                out.append(c)
    return tuple(out[:8])


def _find_signer_cert(sd: cms.SignedData, si: cms.SignerInfo) -> x509.Certificate:
    sid = si["sid"]
    for choice in sd["certificates"] or []:
        if choice.name != "certificate":
            continue
        c = choice.chosen
        if sid.name == "issuer_and_serial_number":
            if c.issuer == sid.chosen["issuer"] and c.serial_number == sid.chosen["serial_number"].native:
                return x509.load_der_x509_certificate(c.dump())
        elif sid.name == "subject_key_identifier":
            if c.key_identifier == sid.chosen.native:
                return x509.load_der_x509_certificate(c.dump())
    raise CmsError("the signer's certificate is not embedded in the signature")


def _check_signature(cert: x509.Certificate, alg: str, value: bytes, data: bytes) -> None:
    key = cert.public_key()
    try:
        if isinstance(key, ec.EllipticCurvePublicKey) and alg in ("sha256_ecdsa", "ecdsa"):
            key.verify(value, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, rsa.RSAPublicKey) and alg in ("sha256_rsa", "rsassa_pkcs1v15", "rsa"):
            key.verify(value, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise CmsError(f"signature algorithm {alg} not accepted for this key")
    except InvalidSignature:
        raise CmsError("signature does not verify against the embedded certificate") from None
