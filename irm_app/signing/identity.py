"""The researcher's signing identity: one private key (encrypted at rest) and its certificate.

Stored as `identity/key.pem` (PKCS#8, encrypted with the user's passphrase) and
`identity/cert.pem` under the user data folder. The passphrase is never stored: loading the
identity reads only the certificate, and `Identity.unlock` decrypts the key for one operation.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ..paths import user_data_dir
from .errors import IdentityError

IDENTITY_DIR = "identity"
KEY_FILE = "key.pem"
CERT_FILE = "cert.pem"
CHAIN_FILE = "chain.pem"
VALIDITY_DAYS = 3 * 365 + 1

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


def fingerprint_of(cert: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, upper-case hex pairs joined by colons (what users compare)."""
    return cert.fingerprint(hashes.SHA256()).hex(":").upper()


def normalize_fingerprint(text: str) -> str:
    """Accept a fingerprint with or without colons/spaces, any case; return the canonical form."""
    hexchars = "".join(ch for ch in text if ch not in ": \t").lower()
    try:
        raw = bytes.fromhex(hexchars)
    except ValueError as exc:
        raise IdentityError(f"not a SHA-256 fingerprint: {text!r}") from exc
    if len(raw) != 32:
        raise IdentityError(f"not a SHA-256 fingerprint (needs 32 bytes): {text!r}")
    return raw.hex(":").upper()


MIN_RSA_BITS = 2048
ACCEPTED_CURVES = ("secp256r1", "secp384r1", "secp521r1")


def key_strength_problem(public_key: object) -> str:
    """'' for RSA >= 2048 bits or EC on P-256/P-384/P-521, else a one-line reason."""
    if isinstance(public_key, rsa.RSAPublicKey):
        if public_key.key_size < MIN_RSA_BITS:
            return f"RSA-{public_key.key_size} key is too weak (at least RSA-{MIN_RSA_BITS})"
        return ""
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        if public_key.curve.name not in ACCEPTED_CURVES:
            return f"elliptic curve {public_key.curve.name} is not accepted (P-256, P-384 or P-521)"
        return ""
    return f"{type(public_key).__name__} keys are not accepted (RSA >= {MIN_RSA_BITS} or EC P-256)"


_SHORT_NAMES = {
    NameOID.COMMON_NAME: "CN",
    NameOID.EMAIL_ADDRESS: "E",
    NameOID.ORGANIZATION_NAME: "O",
    NameOID.ORGANIZATIONAL_UNIT_NAME: "OU",
    NameOID.COUNTRY_NAME: "C",
    NameOID.LOCALITY_NAME: "L",
    NameOID.STATE_OR_PROVINCE_NAME: "ST",
}


def subject_of(cert: x509.Certificate) -> str:
    """The subject in reading order, e.g. 'CN=Ana Pérez, E=ana@example.org, O=IRM, C=CL'."""
    parts = []
    for attr in cert.subject:
        label = _SHORT_NAMES.get(attr.oid, attr.oid.dotted_string)
        parts.append(f"{label}={attr.value!s}")
    return ", ".join(parts)


def common_name_of(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else subject_of(cert)


@dataclass(frozen=True)
class Identity:
    """A certificate on disk plus the path of its encrypted key; no secret is held in memory."""

    cert: x509.Certificate
    key_path: Path
    cert_path: Path
    chain: list[x509.Certificate] = field(default_factory=list)

    @property
    def subject_str(self) -> str:
        return subject_of(self.cert)

    @property
    def name(self) -> str:
        return common_name_of(self.cert)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.cert)

    @property
    def not_after(self) -> dt.datetime:
        return self.cert.not_valid_after_utc

    def unlock(self, passphrase: bytes) -> PrivateKey:
        """Decrypt the private key; a wrong passphrase gives a one-line IdentityError."""
        try:
            data = self.key_path.read_bytes()
        except OSError as exc:
            raise IdentityError(f"cannot read {self.key_path}: {exc.strerror}") from exc
        try:
            key = serialization.load_pem_private_key(data, password=passphrase or None)
        except (ValueError, TypeError) as exc:
            raise IdentityError(f"wrong passphrase for {self.key_path}") from exc
        if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
            raise IdentityError(f"unsupported key type in {self.key_path}")
        if key.public_key().public_numbers() != self.cert.public_key().public_numbers():
            raise IdentityError(f"{self.key_path} does not match {self.cert_path}")
        if kdf_iterations(data) < KDF_ITERATIONS:  # an older, weaker encryption: upgrade it now
            tmp = self.key_path.with_name(self.key_path.name + ".new")
            tmp.unlink(missing_ok=True)
            _write_private(tmp, encrypt_key(key, passphrase))
            os.replace(tmp, self.key_path)
        return key


KDF_ITERATIONS = 600_000  # PBKDF2-HMAC-SHA256, OWASP 2023; ~0.07 s per unlock here
WEAK_PASSPHRASES = frozenset({
    "password", "password1", "password123", "passw0rd", "12345678", "123456789", "1234567890",
    "qwertyuiop", "qwerty123", "iloveyou", "letmein123", "welcome123", "admin123", "abcdefgh",
    "changeme", "changeme123", "passphrase", "secret123", "trustno1", "11111111", "00000000",
})
MIN_PASSPHRASE = 10


def passphrase_problem(passphrase: bytes) -> str:
    """'' if acceptable, else one line: too short, one repeated character, or a common one."""
    text = passphrase.decode("utf-8", "replace")
    if len(text) < MIN_PASSPHRASE:
        return f"the passphrase must have at least {MIN_PASSPHRASE} characters"
    if len(set(text)) < 4 or text.casefold() in WEAK_PASSPHRASES:
        return "that passphrase is too common or too simple: use a few unrelated words"
    return ""


def encrypt_key(key: PrivateKey, passphrase: bytes) -> bytes:
    """PKCS#8 PEM, PBES2 with PBKDF2-HMAC-SHA256 at KDF_ITERATIONS and AES-256-CBC (openssl reads it)."""
    from asn1crypto import algos, core
    from asn1crypto import keys as asn1_keys
    from asn1crypto import pem as asn1_pem
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    salt, iv = os.urandom(16), os.urandom(16)
    aes_key = PBKDF2HMAC(hashes.SHA256(), 32, salt, KDF_ITERATIONS).derive(passphrase)
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(aes_key), modes.CBC(iv)).encryptor()
    data = enc.update(padder.update(der) + padder.finalize()) + enc.finalize()
    kdf = {"algorithm": "pbkdf2", "parameters": {
        "salt": algos.Pbkdf2Salt(name="specified", value=core.OctetString(salt)),
        "iteration_count": KDF_ITERATIONS, "key_length": 32, "prf": {"algorithm": "sha256"}}}
    info = asn1_keys.EncryptedPrivateKeyInfo({"encryption_algorithm": {"algorithm": "pbes2", "parameters": {
        "key_derivation_func": kdf, "encryption_scheme": {"algorithm": "aes256_cbc", "parameters": iv}}},
        "encrypted_data": data})
    return asn1_pem.armor("ENCRYPTED PRIVATE KEY", info.dump())


def kdf_iterations(pem: bytes) -> int:
    """The PBKDF2 work factor of a stored key (0 when it cannot be read)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import pem as asn1_pem

    try:
        _, _, der = asn1_pem.unarmor(pem)
        params = asn1_keys.EncryptedPrivateKeyInfo.load(der)["encryption_algorithm"]["parameters"]
        return int(params["key_derivation_func"]["parameters"]["iteration_count"].native)
    except (ValueError, TypeError, KeyError):
        return 0


def _identity_dir(home: Path | None) -> Path:
    return (home if home is not None else user_data_dir()) / IDENTITY_DIR


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(path, 0o600)


def _store(
    home: Path | None,
    key: PrivateKey,
    cert: x509.Certificate,
    passphrase: bytes,
    chain: list[x509.Certificate],
    replace: bool,
) -> Identity:
    """Write key + cert into a fresh folder, then swap it in with one rename."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise IdentityError(problem)
    strength = key_strength_problem(key.public_key())
    if strength:
        raise IdentityError(f"refused: {strength}")
    target = _identity_dir(home)
    if target.exists() and not replace:
        raise IdentityError(f"an identity already exists in {target} (replace it explicitly)")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".identity-", dir=target.parent))
    os.chmod(staging, 0o700)
    try:
        key_pem = encrypt_key(key, passphrase)
        _write_private(staging / KEY_FILE, key_pem)
        _write_private(staging / CERT_FILE, cert.public_bytes(serialization.Encoding.PEM))
        if chain:
            pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain)
            _write_private(staging / CHAIN_FILE, pem)
        old: Path | None = None
        if target.exists():
            old = target.with_name(f".identity-old-{os.getpid()}")
            os.replace(target, old)
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return load_identity(home)


def build_certificate(
    key: PrivateKey,
    *,
    name: str,
    email: str,
    org: str,
    country: str,
    not_before: dt.datetime | None = None,
    days: int = VALIDITY_DAYS,
) -> x509.Certificate:
    """A self-signed signing certificate (exposed so tests can make expired ones)."""
    if not 1 <= len(name) <= 64:
        raise IdentityError(f"the signer name must have 1 to 64 characters (X.509 limit), not {len(name)}")
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if country:
        if len(country) != 2 or not country.isalpha():
            raise IdentityError(f"country must be a two-letter ISO code, got {country!r}")
        attrs.append(x509.NameAttribute(NameOID.COUNTRY_NAME, country.upper()))
    subject = x509.Name(attrs)
    start = (not_before or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=days))
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    return builder.sign(key, hashes.SHA256())


def create_identity(
    name: str,
    email: str,
    org: str,
    country: str,
    passphrase: bytes,
    home: Path | None = None,
    *,
    replace: bool = False,
) -> Identity:
    """Make an ECDSA P-256 key and a 3-year self-signed certificate, stored encrypted under home."""
    if not name.strip():
        raise IdentityError("the signer name must not be empty")
    key = ec.generate_private_key(ec.SECP256R1())
    cert = build_certificate(
        key, name=name.strip(), email=email.strip(), org=org.strip(), country=country.strip()
    )
    return _store(home, key, cert, passphrase, [], replace)


def store_identity(
    key: PrivateKey,
    cert: x509.Certificate,
    passphrase: bytes,
    home: Path | None = None,
    *,
    chain: list[x509.Certificate] | None = None,
    replace: bool = False,
) -> Identity:
    """Store an existing key + certificate (tests, and imports from other containers)."""
    if key.public_key().public_numbers() != cert.public_key().public_numbers():
        raise IdentityError("the private key does not match the certificate")
    return _store(home, key, cert, passphrase, chain or [], replace)


def import_pkcs12(
    path: Path,
    p12_passphrase: bytes,
    new_passphrase: bytes,
    home: Path | None = None,
    *,
    replace: bool = False,
) -> Identity:
    """Store an organisation-issued key + certificate from a .p12/.pfx, re-encrypted."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise IdentityError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, p12_passphrase or None)
    except ValueError as exc:
        raise IdentityError(f"{path}: wrong passphrase or not a PKCS#12 file") from exc
    if key is None or cert is None:
        raise IdentityError(f"{path}: needs both a private key and its certificate")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise IdentityError(f"{path}: only EC and RSA keys are supported")
    return store_identity(key, cert, new_passphrase, home, chain=list(extra or []), replace=replace)


def load_identity(home: Path | None = None) -> Identity:
    """Read the certificate (no passphrase needed); IdentityError if there is none."""
    folder = _identity_dir(home)
    cert_path, key_path = folder / CERT_FILE, folder / KEY_FILE
    if not cert_path.is_file() or not key_path.is_file():
        raise IdentityError(f"no signing identity in {folder} (create or import one first)")
    try:
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    except ValueError as exc:
        raise IdentityError(f"{cert_path}: not a PEM certificate") from exc
    chain: list[x509.Certificate] = []
    chain_path = folder / CHAIN_FILE
    if chain_path.is_file():
        chain = x509.load_pem_x509_certificates(chain_path.read_bytes())
    return Identity(cert=cert, key_path=key_path, cert_path=cert_path, chain=chain)


def read_passphrase(file: Path | None, prompt: str = "Passphrase: ") -> bytes:
    """The first line of `file` (for scripts and CI) or an interactive prompt; never echoed."""
    if file is not None:
        try:
            with open(file, "rb") as f:
                line = f.readline()
        except OSError as exc:
            raise IdentityError(f"cannot read passphrase file {file}: {exc.strerror}") from exc
        return line.rstrip(b"\r\n")
    return getpass.getpass(prompt).encode("utf-8")
