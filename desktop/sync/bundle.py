"""USB sync bundles, format v1 (gói đồng bộ qua USB): write, and verify before anything is applied.

A bundle is a folder on the stick, `commune-point/<POINT>/<name>/`, holding
`manifest.json` (canonical JSON), `manifest.sig` (the sender's Ed25519 signature over
those exact bytes) and `records-000.bin`, `records-001.bin`, ... : the records as gzip'd
JSON, split into parts of at most MAX_PART_BYTES, each part encrypted to the recipient's
X25519 key (ephemeral X25519 + HKDF-SHA256 + ChaCha20-Poly1305), so a lost stick exposes
no personal data. It is written under `.partial-*` (every file fsynced) and renamed when
complete; readers ignore `.partial-*`. Standard library and `cryptography` only: no SQL,
no Qt; the point and the hub both call it, and a change here is a protocol change.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import wire

FORMAT_VERSION = 1
ROOT = "commune-point"
TO_PROVINCE = "point-to-province"
TO_POINT = "province-to-point"
KINDS = (TO_PROVINCE, TO_POINT)
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PARTIAL = ".partial-"
MAX_PART_BYTES = 2 * 1024 ** 3 - 1  # FAT32 holds files below 4 GiB; we stay under 2 GiB
_OVERHEAD = 32 + 12 + 16  # ephemeral public key, nonce, tag
_PART_RE = re.compile(r"records-[0-9]{3}\.bin", re.ASCII)
_INFO = b"commune-point-bundle-v1"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024


class BundleError(Exception):
    """A bundle refused whole; `code` (bundle-...) has a sentence in desktop/messages.py."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(f"{code} {params}" if params else code)
        self.code, self.params = code, params


@dataclass
class Bundle:
    """A verified, decrypted bundle: its manifest and its records."""

    path: Path
    manifest: dict[str, Any]
    records: list[dict[str, Any]]

    @property
    def point(self) -> str:
        return self.manifest["point"]


# -- keys ------------------------------------------------------------------------------
def raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    """base64 of the raw 32-byte public half (the key ids the manifest carries)."""
    return wire.b64(key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def _aead_key(shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=eph_pub + recipient_pub, info=_INFO).derive(shared)


def seal(plain: bytes, recipient_b64: str, aad: bytes) -> bytes:
    """Encrypt to the recipient's X25519 public key: ephemeral key ‖ nonce ‖ ciphertext+tag."""
    recipient = wire.unb64(recipient_b64)
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key = _aead_key(eph.exchange(X25519PublicKey.from_public_bytes(recipient)), eph_pub, recipient)
    nonce = os.urandom(12)
    return eph_pub + nonce + ChaCha20Poly1305(key).encrypt(nonce, plain, aad)


def unseal(blob: bytes, private: X25519PrivateKey, aad: bytes) -> bytes:
    eph_pub, nonce, body = blob[:32], blob[32:44], blob[44:]
    mine = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    try:
        key = _aead_key(private.exchange(X25519PublicKey.from_public_bytes(eph_pub)), eph_pub, mine)
        return ChaCha20Poly1305(key).decrypt(nonce, body, aad)
    except (InvalidTag, ValueError) as exc:
        raise BundleError("bundle-not-for-us") from exc


# -- names -----------------------------------------------------------------------------
def folder_name(kind: str, seq_from: int, seq_to: int, acked: int | None = None) -> str:
    """FAT32-safe: ASCII letters, digits and dashes only."""
    if kind == TO_PROVINCE:
        return f"out-{seq_from}-{seq_to}"
    return f"reply-{seq_from}-{seq_to}-a{acked or 0}"


def point_folder(base: Path, point: str) -> Path:
    if not wire.POINT_CODE_RE.fullmatch(point):
        raise BundleError("bundle-damaged", detail=f"bad point code {point!r}")
    return Path(base) / ROOT / point


def find(base: Path, point: str | None = None) -> list[Path]:
    """Complete bundles under a stick's folder (`.partial-*` ignored), oldest range first."""
    root = Path(base) / ROOT
    found = []
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if point and folder.name != point or not folder.is_dir():
            continue
        found += [p for p in folder.iterdir()
                  if p.is_dir() and not p.name.startswith(PARTIAL) and (p / MANIFEST).exists()]

    def order(p: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"[0-9]+", p.name))
    return sorted(found, key=order)


# -- writing ---------------------------------------------------------------------------
def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a directory; its rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write(base: Path, *, kind: str, point: str, seq_from: int, seq_to: int,
          records: list[dict[str, Any]], signer: Ed25519PrivateKey, recipient_b64: str,
          created_hlc: str, extra: dict[str, Any] | None = None,
          max_part_bytes: int = MAX_PART_BYTES) -> Path:
    """Write one complete bundle under base/commune-point/<point>/ and return its folder."""
    if kind not in KINDS:
        raise ValueError(kind)
    extra = extra or {}
    parent = point_folder(base, point)
    parent.mkdir(parents=True, exist_ok=True)
    final = parent / folder_name(kind, seq_from, seq_to, extra.get("acked_seq"))
    tmp = parent / f"{PARTIAL}{final.name}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        payload = gzip.compress(wire.compact_json({"records": records}), compresslevel=6, mtime=0)
        step = max(1, max_part_bytes - _OVERHEAD)
        parts = []
        for i, at in enumerate(range(0, max(len(payload), 1), step)):
            name = f"records-{i:03d}.bin"
            blob = seal(payload[at:at + step], recipient_b64, f"{kind}/{point}/{name}".encode())
            _write_file(tmp / name, blob)
            parts.append({"name": name, "size": len(blob), "sha256": wire.sha256_hex(blob)})
        counts: dict[str, int] = {}
        for rec in records:
            counts[rec["table"]] = counts.get(rec["table"], 0) + 1
        manifest = {"format": FORMAT_VERSION, "kind": kind, "point": point, "seq_from": seq_from,
                    "seq_to": seq_to, "counts": counts, "records": len(records), "parts": parts,
                    "created_hlc": created_hlc, "signer": raw_public(signer),
                    "recipient": recipient_b64, "protocol": wire.PROTOCOL_VERSION, **extra}
        body = wire.canonical_json(manifest)
        _write_file(tmp / MANIFEST, body)
        _write_file(tmp / SIGNATURE, (wire.b64(signer.sign(body)) + "\n").encode())
        _fsync_dir(tmp)
        if final.exists():  # the same range written again: the newer copy replaces it whole
            shutil.rmtree(final)
        os.rename(tmp, final)
        _fsync_dir(parent)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise BundleError("bundle-no-space", path=str(parent)) from exc
        if isinstance(exc, OSError):  # e.g. the stick pulled out: nothing complete was left
            raise BundleError("bundle-write-failed", path=str(parent), detail=exc.strerror or str(exc)) from exc
        raise
    return final


# -- reading ---------------------------------------------------------------------------
def peek(path: Path) -> dict[str, Any]:
    """The manifest as written, NOT verified (to pick which keys to verify it with)."""
    path = Path(path)
    if path.name.startswith(PARTIAL):
        raise BundleError("bundle-incomplete", path=str(path))
    file = path / MANIFEST
    if not path.is_dir() or not file.is_file():
        raise BundleError("bundle-not-found", path=str(path))
    raw = file.read_bytes()[:MAX_MANIFEST_BYTES + 1]
    try:
        manifest = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleError("bundle-damaged", detail="manifest.json") from exc
    if not isinstance(manifest, dict) or len(raw) > MAX_MANIFEST_BYTES:
        raise BundleError("bundle-damaged", detail="manifest.json")
    return manifest


def read(path: Path, *, kind: str, point: str | None, trusted: Callable[[str], bool],
         private: X25519PrivateKey) -> Bundle:
    """Verify everything, then decrypt: format, signature, signer, point, every part's size and hash.

    `trusted(signer_b64)` says whether the signing key is one we accept; `point` None
    accepts any point (the hub checks the point's key through `trusted`).
    """
    path = Path(path)
    manifest = peek(path)
    body = (path / MANIFEST).read_bytes()
    fmt = manifest.get("format")
    if not isinstance(fmt, int) or fmt > FORMAT_VERSION:
        raise BundleError("bundle-newer-format", found=fmt, supported=FORMAT_VERSION)
    if fmt < 1 or wire.canonical_json(manifest) != body:
        raise BundleError("bundle-damaged", detail="manifest.json")
    try:
        signature = (path / SIGNATURE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise BundleError("bundle-bad-signature") from exc
    signer = manifest.get("signer")
    try:
        Ed25519PublicKey.from_public_bytes(wire.unb64(str(signer))).verify(wire.unb64(signature), body)
    except (InvalidSignature, ValueError, wire.WireError) as exc:
        raise BundleError("bundle-bad-signature") from exc
    # Signed by its own key: now ask whether that key is one we know.
    if not trusted(signer):
        raise BundleError("bundle-unknown-key", point=manifest.get("point"))
    if manifest.get("kind") != kind:
        raise BundleError("bundle-wrong-kind", found=manifest.get("kind"), expected=kind)
    if point is not None and manifest.get("point") != point:
        raise BundleError("bundle-wrong-point", found=manifest.get("point"), expected=point)
    parts = manifest.get("parts")
    if not isinstance(parts, list) or not parts or not all(
            isinstance(p, dict) and isinstance(p.get("name"), str) and _PART_RE.fullmatch(p["name"])
            for p in parts):
        raise BundleError("bundle-damaged", detail="parts")
    listed = {p["name"] for p in parts}
    present = {p.name for p in path.iterdir() if p.name not in (MANIFEST, SIGNATURE)}
    if listed - present:
        raise BundleError("bundle-part-missing", name=sorted(listed - present)[0])
    if present - listed:
        raise BundleError("bundle-part-extra", name=sorted(present - listed)[0])
    blobs = []
    for part in parts:
        file = path / part["name"]
        if file.stat().st_size != part.get("size"):
            raise BundleError("bundle-part-damaged", name=part["name"])
        blob = file.read_bytes()
        if wire.sha256_hex(blob) != part.get("sha256"):
            raise BundleError("bundle-part-damaged", name=part["name"])
        blobs.append((part["name"], blob))
    aad_base = f"{kind}/{manifest['point']}/"
    payload = b"".join(unseal(blob, private, (aad_base + name).encode()) for name, blob in blobs)
    try:
        records = json.loads(gzip.decompress(payload))["records"]
        if not isinstance(records, list) or len(records) != manifest.get("records"):
            raise ValueError("record count")
        for rec in records:
            wire.check_record(rec)
    except (ValueError, KeyError, TypeError, OSError, EOFError, wire.WireError) as exc:
        raise BundleError("bundle-damaged", detail="records") from exc
    return Bundle(path, manifest, records)
