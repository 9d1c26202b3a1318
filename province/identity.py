"""The hub's identity: its Ed25519 key pair, and the secret behind its stateless challenges."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.sync import wire

KEY_FILE = "hub_ed25519.pem"
BOX_KEY_FILE = "hub_x25519.pem"  # USB bundles are encrypted to this key (issue 6)
SECRET_FILE = "challenge.secret"


def hub_ms() -> int:
    """The hub's own wall clock: the only clock auth freshness relies on."""
    return time.time_ns() // 1_000_000


def _write_once(path: Path, data: bytes) -> None:
    """Create a private file atomically; if another process won the race, keep theirs."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    raw = wire.unb64(text)
    if len(raw) != 32:
        raise wire.WireError("bad-request", "a public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def verify(public_b64: str, signature_b64: str, data: bytes) -> bool:
    try:
        public_key_from_b64(public_b64).verify(wire.unb64(signature_b64), data)
        return True
    except (InvalidSignature, wire.WireError, ValueError):
        return False


class HubIdentity:
    """Loads (or makes, on first use) the hub's key pair and challenge secret."""

    def __init__(self, keys_dir: Path) -> None:
        keys_dir.mkdir(parents=True, exist_ok=True)
        key_path = keys_dir / KEY_FILE
        if not key_path.exists():
            pem = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption())
            _write_once(key_path, pem)
        self._key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        if not isinstance(self._key, Ed25519PrivateKey):
            raise ValueError(f"{key_path} is not an Ed25519 key")
        secret_path = keys_dir / SECRET_FILE
        if not secret_path.exists():
            _write_once(secret_path, os.urandom(32))
        self._secret = secret_path.read_bytes()
        raw = self._key.public_key().public_bytes(serialization.Encoding.Raw,
                                                  serialization.PublicFormat.Raw)
        self.public_b64 = wire.b64(raw)
        box_path = keys_dir / BOX_KEY_FILE
        if not box_path.exists():
            _write_once(box_path, X25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption()))
        self.box_key = serialization.load_pem_private_key(box_path.read_bytes(), password=None)
        if not isinstance(self.box_key, X25519PrivateKey):
            raise ValueError(f"{box_path} is not an X25519 key")
        self.box_public_b64 = wire.b64(self.box_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    def sign(self, data: bytes) -> str:
        return wire.b64(self._key.sign(data))

    # Challenges are "<issued hub ms>.<mac>": the hub needs no table to check them, and
    # freshness depends only on the hub's clock, never on a point's (which may be years off).
    def issue_challenge(self, now_ms: int | None = None) -> str:
        issued = str(now_ms if now_ms is not None else hub_ms())
        return f"{issued}.{self._mac(issued)}"

    def challenge_issued_ms(self, challenge: str, now_ms: int | None = None) -> int:
        """The issue time of a genuine, unexpired challenge; else WireError."""
        now = now_ms if now_ms is not None else hub_ms()
        issued, _, mac = (challenge or "").partition(".")
        if not issued.isdigit() or not hmac.compare_digest(mac, self._mac(issued)):
            raise wire.WireError("auth-failed", "unknown challenge")
        age = now - int(issued)
        if age > wire.CHALLENGE_TTL_S * 1000 or age < -60_000:
            raise wire.WireError("challenge-expired", "ask /v1/hello for a new challenge")
        return int(issued)

    def _mac(self, issued: str) -> str:
        return hmac.new(self._secret, issued.encode(), hashlib.sha256).hexdigest()[:32]
