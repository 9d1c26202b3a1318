"""The point's Ed25519 key pair (its identity at the hub), kept private in the data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.core.paths import Paths

from . import wire

KEY_FILE = "point_ed25519.pem"
PENDING_FILE = "point_ed25519.pending.pem"


def key_dir(paths: Paths) -> Path:
    return paths.root / "keys"


@dataclass(frozen=True)
class PointKey:
    """A private key and its public half as the hub knows it (base64 of the raw 32 bytes)."""

    private: Ed25519PrivateKey

    @property
    def public_b64(self) -> str:
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw,
                                                     serialization.PublicFormat.Raw)
        return wire.b64(raw)

    def sign(self, data: bytes) -> str:
        return wire.b64(self.private.sign(data))


def _write_private(path: Path, data: bytes) -> None:
    """Write a file only this user can read: temp name, fsync, rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path.parent, 0o700)
    except OSError:
        pass  # not ours to change (e.g. Windows ACLs); the file itself is still 0600
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _load(path: Path) -> PointKey | None:
    if not path.exists():
        return None
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 key")
    return PointKey(key)


def load(paths: Paths) -> PointKey | None:
    """The enrolled key, or None before enrolment."""
    return _load(key_dir(paths) / KEY_FILE)


def pending_or_new(paths: Paths) -> PointKey:
    """The key being enrolled: a pending one left by an interrupted enrolment, else a new one.

    Reusing it makes a retried enrolment with the same code succeed (the hub accepts the
    same key twice) instead of burning the one-time code.
    """
    path = key_dir(paths) / PENDING_FILE
    existing = _load(path)
    if existing is not None:
        return existing
    key = Ed25519PrivateKey.generate()
    _write_private(path, key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return PointKey(key)


def promote_pending(paths: Paths) -> None:
    """The hub accepted the pending key: it becomes the point's key."""
    folder = key_dir(paths)
    os.replace(folder / PENDING_FILE, folder / KEY_FILE)


def verify_hub(hub_key_b64: str, signature_b64: str, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(wire.unb64(hub_key_b64)).verify(wire.unb64(signature_b64), data)
        return True
    except (InvalidSignature, ValueError, wire.WireError):
        return False
