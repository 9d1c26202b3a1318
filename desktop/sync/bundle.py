"""USB sync bundles, format v1 (gói đồng bộ qua USB): write, and verify before anything is applied.

Layout on a stick (one stick may carry bundles of many points; FAT32-safe ASCII names)::

    <stick>/COMMUNE-SYNC/<POINT>/to-province/out-<from>-<to>/            point -> province
    <stick>/COMMUNE-SYNC/<POINT>/from-province/reply-<from>-<to>-a<ack>/ province -> point

A bundle folder holds `manifest.json` (canonical JSON), `manifest.sig` (the sender's
Ed25519 signature over those exact bytes), `records-000.bin`, `records-001.bin`, ... (the
records as gzip'd JSON, split into parts, each encrypted to the recipient's X25519 key:
ephemeral X25519 + HKDF-SHA256 + ChaCha20-Poly1305), and `media-NNNNNN-VVV.bin` volumes
(media file NNNNNN, volume VVV). Media are content-addressed: the signed manifest lists
each file's SHA-256 and size, and a reader checks the whole file's SHA-256 (and, for an
encrypted file, every segment's tag) before the file is used. Files of materials
(leaflets, videos: public information, PUBLIC_MEDIA_TABLES) travel as they are, copied in
the kernel; every other file (voice opinions, sign-in sheets: personal data) is encrypted
in 4 MiB segments with AES-256-GCM under a per-bundle key sealed to the recipient in the
manifest (nonce = file index + segment number; the associated data binds the hash, the
segment number and "last"; AES rather than ChaCha20 here because AES-NI makes it 3x
faster). No file on the stick exceeds MAX_PART_BYTES (2 GiB - 1): larger parts are split
into volumes. A bundle missing a volume, or with any part of the wrong size or content,
is refused whole.

It is written under `.partial-*` (every file fsynced) and renamed when complete; readers
ignore `.partial-*`. Standard library and `cryptography` only: no SQL, no Qt; the point
and the hub both call it, and a change here is a protocol change.
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import hashlib
import json
import os
import queue
import re
import shutil
import struct
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import wire

FORMAT_VERSION = 1
ROOT = "COMMUNE-SYNC"
TO_PROVINCE = "point-to-province"
TO_POINT = "province-to-point"
KINDS = (TO_PROVINCE, TO_POINT)
SUBDIR = {TO_PROVINCE: "to-province", TO_POINT: "from-province"}
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PARTIAL = ".partial-"
MAX_PART_BYTES = 2 * 1024 ** 3 - 1  # FAT32 holds files below 4 GiB; we stay under 2 GiB
ENV_MAX_PART = "COMMUNE_SYNC_MAX_PART_BYTES"  # tests lower it to see volumes split without writing 2 GiB
MEDIA_SEGMENT = 4 * 1024 * 1024  # plaintext bytes per encrypted media segment
# Files of materials (leaflets, videos: public information) travel unencrypted, verified
# by their SHA-256 in the signed manifest; every other file (recordings of opinions,
# sign-in sheets: personal data) is encrypted.
PUBLIC_MEDIA_TABLES = ("material", "material_file")
TAG = 16
_OVERHEAD = 32 + 12 + TAG  # ephemeral public key, nonce, tag
_PART_RE = re.compile(r"records-[0-9]{3}\.bin", re.ASCII)
_MEDIA_PART_RE = re.compile(r"media-[0-9]{6}-[0-9]{3}\.bin", re.ASCII)
_INFO = b"commune-point-bundle-v1"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
IO_BLOCK = 4 * 1024 * 1024

Progress = Callable[[int, int], None]


class BundleError(Exception):
    """A bundle refused whole; `code` (bundle-...) has a sentence in desktop/messages.py."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(f"{code} {params}" if params else code)
        self.code, self.params = code, params


@dataclass
class Bundle:
    """A verified bundle: its manifest, its decrypted records, and the key of its media."""

    path: Path
    manifest: dict[str, Any]
    records: list[dict[str, Any]]
    media_key: bytes | None = None

    @property
    def point(self) -> str:
        return self.manifest["point"]

    @property
    def media(self) -> list[dict[str, Any]]:
        return list(self.manifest.get("media") or [])

    @property
    def media_bytes(self) -> int:
        return sum(int(m["size"]) for m in self.media)


@dataclass
class MediaOut:
    """A media file to put in a bundle: its SHA-256 and where its bytes are."""

    sha256: str
    path: Path
    size: int = field(default=-1)
    secret: bool = True  # encrypted; False only for public files (PUBLIC_MEDIA_TABLES)


class _Hasher:
    """SHA-256 on a helper thread (hashlib releases the GIL), so hashing overlaps the
    encryption and the file I/O on the caller's thread."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self._q: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._t = threading.Thread(target=self._run, name="bundle-sha256", daemon=True)
        self._t.start()

    def _run(self) -> None:
        while (block := self._q.get()) is not None:
            self.digest.update(block)

    def update(self, block: bytes) -> None:
        self._q.put(block)

    def close(self) -> None:
        if self._t.is_alive():
            self._q.put(None)
            self._t.join()

    def hexdigest(self) -> str:
        self.close()
        return self.digest.hexdigest()


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


# -- names and layout ----------------------------------------------------------------------
def folder_name(kind: str, seq_from: int, seq_to: int, acked: int | None = None) -> str:
    """FAT32-safe: ASCII letters, digits and dashes only."""
    if kind == TO_PROVINCE:
        return f"out-{seq_from}-{seq_to}"
    return f"reply-{seq_from}-{seq_to}-a{acked or 0}"


def sync_root(base: Path) -> Path:
    """The COMMUNE-SYNC folder of a stick; `base` may be the stick or that folder itself."""
    base = Path(base)
    if base.name.upper() == ROOT:
        return base
    for child in (base.iterdir() if base.is_dir() else ()):
        if child.name.upper() == ROOT and child.is_dir():  # FAT32 may show any case
            return child
    return base / ROOT


def point_folder(base: Path, point: str, kind: str | None = None) -> Path:
    if not wire.POINT_CODE_RE.fullmatch(point or ""):
        raise BundleError("bundle-damaged", detail=f"bad point code {point!r}")
    folder = sync_root(base) / point
    return folder / SUBDIR[kind] if kind else folder


def _order(p: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"[0-9]+", p.name))


def find(base: Path, point: str | None = None, kind: str | None = None) -> list[Path]:
    """Complete bundles under a stick (`.partial-*` ignored), per point, oldest range first.

    `base` may be the stick, its COMMUNE-SYNC folder, or one point's folder on it.
    """
    base = Path(base)
    kinds = [kind] if kind else list(KINDS)
    if any((base / SUBDIR[k]).is_dir() for k in KINDS) and wire.POINT_CODE_RE.fullmatch(base.name):
        folders = [base] if point in (None, base.name) else []
    else:
        root = sync_root(base)
        folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
        folders = [f for f in folders if point is None or f.name == point]
    found: list[Path] = []
    for folder in folders:
        for k in kinds:
            sub = folder / SUBDIR[k]
            if sub.is_dir():
                found += sorted((p for p in sub.iterdir() if p.is_dir() and not p.name.startswith(PARTIAL)
                                 and (p / MANIFEST).exists()), key=_order)
    return found


def partials(base: Path, point: str, kind: str) -> list[Path]:
    """Unfinished writes (a killed export, a pulled stick) of one point and direction."""
    sub = point_folder(base, point, kind)
    return [p for p in sub.iterdir() if p.name.startswith(PARTIAL)] if sub.is_dir() else []


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


def _nonce(index: int, segment: int) -> bytes:
    return struct.pack(">IQ", index, segment)


def _media_aad(sha: str, segment: int, last: bool) -> bytes:
    return f"{sha}:{segment}:{int(last)}".encode()


def _segment_size(max_part_bytes: int) -> int:
    return max(1, min(MEDIA_SEGMENT, max_part_bytes - TAG))


def media_layout(size: int, max_part_bytes: int) -> tuple[int, int, list[int]]:
    """(segment size, segments, volume sizes) of one media file as written in a bundle."""
    seg = _segment_size(max_part_bytes)
    segments = max(1, -(-size // seg))
    per_volume = max(1, max_part_bytes // (seg + TAG))
    volumes = []
    for first in range(0, segments, per_volume):
        count = min(per_volume, segments - first)
        plain = min(size - first * seg, count * seg)
        volumes.append(plain + count * TAG)
    return seg, segments, volumes


def _write_media(tmp: Path, index: int, item: MediaOut, aead: AESGCM, max_part_bytes: int,
                 step: Callable[[int], None]) -> dict[str, Any]:
    """Encrypt one media file into its volumes, hashing it on the way (it must match its name)."""
    seg, segments, volumes = media_layout(item.size, max_part_bytes)
    digest = _Hasher()
    parts = []
    n = 0
    with open(item.path, "rb") as src, contextlib.closing(digest):
        for vol, vol_size in enumerate(volumes):
            name = f"media-{index:06d}-{vol:03d}.bin"
            written = 0
            with open(tmp / name, "wb") as dst:
                while written < vol_size:
                    plain = src.read(seg)
                    if n < segments - 1 and len(plain) != seg or n == segments - 1 and len(plain) != (
                            item.size - n * seg):
                        raise BundleError("bundle-media-changed", sha=item.sha256)
                    digest.update(plain)
                    dst.write(aead.encrypt(_nonce(index, n), plain, _media_aad(item.sha256, n, n == segments - 1)))
                    written += len(plain) + TAG
                    n += 1
                    step(len(plain))
                dst.flush()
                os.fsync(dst.fileno())
            parts.append({"name": name, "size": written})
    if digest.hexdigest() != item.sha256:
        raise BundleError("bundle-media-changed", sha=item.sha256)
    return {"sha256": item.sha256, "size": item.size, "cipher": "aes-256-gcm", "segment": seg, "parts": parts}


COPY_STEP = 16 * 1024 * 1024  # progress (and a chance to cancel) at least this often


def _copy_range(src: Any, dst: Any, count: int, step: Callable[[int], None]) -> None:
    """Copy `count` bytes from the current offsets, in the kernel where it can; `step(n)`
    after every piece copied."""
    left = count
    if hasattr(os, "copy_file_range"):
        try:
            while left > 0:
                n = os.copy_file_range(src.fileno(), dst.fileno(), min(left, COPY_STEP))
                if n == 0:
                    break
                left -= n
                step(n)
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
                raise
    while left > 0:
        block = src.read(min(left, IO_BLOCK))
        if not block:
            break
        view = memoryview(block)
        while view:
            view = view[dst.write(view):]
        left -= len(block)
        step(len(block))
    if left:
        raise BundleError("bundle-media-changed", sha="")


def _write_plain(tmp: Path, index: int, item: MediaOut, max_part_bytes: int,
                 step: Callable[[int], None]) -> dict[str, Any]:
    """Copy a public file into its volumes as is (the reader checks its SHA-256)."""
    parts = []
    with open(item.path, "rb", buffering=0) as src:
        if os.fstat(src.fileno()).st_size != item.size:
            raise BundleError("bundle-media-changed", sha=item.sha256)
        for vol, at in enumerate(range(0, max(item.size, 1), max_part_bytes)):
            name = f"media-{index:06d}-{vol:03d}.bin"
            size = min(max_part_bytes, item.size - at)
            with open(tmp / name, "wb", buffering=0) as dst:
                try:
                    _copy_range(src, dst, size, step)
                except BundleError as exc:
                    raise BundleError("bundle-media-changed", sha=item.sha256) from exc
                os.fsync(dst.fileno())
            parts.append({"name": name, "size": size})
    return {"sha256": item.sha256, "size": item.size, "cipher": "none", "parts": parts}


def write(base: Path, *, kind: str, point: str, seq_from: int, seq_to: int,
          records: list[dict[str, Any]] | list[str], signer: Ed25519PrivateKey, recipient_b64: str,
          created_hlc: str, extra: dict[str, Any] | None = None, media: Iterable[MediaOut] = (),
          max_part_bytes: int | None = None, progress: Progress | None = None,
          counts: dict[str, int] | None = None) -> Path:
    """Write one complete bundle under the stick's folder for this point and direction.

    `records` are envelopes as dicts or as JSON text (the change feed's, passed through
    without decoding); `counts` (records per table) saves decoding them to count.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    if max_part_bytes is None:
        max_part_bytes = min(MAX_PART_BYTES, int(os.environ.get(ENV_MAX_PART) or MAX_PART_BYTES))
    max_part_bytes = max(max_part_bytes, 4096)
    extra = extra or {}
    parent = point_folder(base, point, kind)
    final = parent / folder_name(kind, seq_from, seq_to, extra.get("acked_seq"))
    tmp = parent / f"{PARTIAL}{final.name}-{uuid.uuid4().hex[:8]}"
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp.mkdir()
        items = [MediaOut(m.sha256, Path(m.path), m.size if m.size >= 0 else Path(m.path).stat().st_size, m.secret)
                 for m in dict((m.sha256, m) for m in media).values()]
        texts = [r if isinstance(r, str) else wire.compact_json(r).decode() for r in records]
        payload = gzip.compress(b'{"records":[' + ",".join(texts).encode() + b"]}", compresslevel=1, mtime=0)
        del texts
        total = len(payload) + sum(m.size for m in items)
        done = [0]

        def step(n: int) -> None:
            done[0] += n
            if progress:
                progress(done[0], total)

        step(0)
        chunk = max(1, max_part_bytes - _OVERHEAD)
        parts = []
        for i, at in enumerate(range(0, max(len(payload), 1), chunk)):
            name = f"records-{i:03d}.bin"
            blob = seal(payload[at:at + chunk], recipient_b64, f"{kind}/{point}/{name}".encode())
            _write_file(tmp / name, blob)
            parts.append({"name": name, "size": len(blob), "sha256": wire.sha256_hex(blob)})
            step(min(chunk, len(payload) - at))
        media_entries = []
        media_key = None
        aead = None
        if any(m.secret for m in items):
            key = AESGCM.generate_key(256)
            aead = AESGCM(key)
            media_key = wire.b64(seal(key, recipient_b64, f"{kind}/{point}/media-key".encode()))
        for index, item in enumerate(items):
            media_entries.append(_write_media(tmp, index, item, aead, max_part_bytes, step) if aead and item.secret
                                 else _write_plain(tmp, index, item, max_part_bytes, step))
        if counts is None:
            counts = {}
            for rec in records:
                table = rec["table"] if isinstance(rec, dict) else json.loads(rec)["table"]
                counts[table] = counts.get(table, 0) + 1
        manifest = {"format": FORMAT_VERSION, "kind": kind, "point": point, "seq_from": seq_from,
                    "seq_to": seq_to, "counts": counts, "records": len(records), "parts": parts,
                    "media": media_entries, "media_key": media_key,
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
            raise BundleError("bundle-no-space", path=str(base)) from exc
        if isinstance(exc, OSError):  # e.g. the stick pulled out: nothing complete was left
            raise BundleError("bundle-write-failed", path=str(base), detail=exc.strerror or str(exc)) from exc
        raise
    return final


def remove(path: Path) -> bool:
    """Delete a bundle folder (best effort: a write-protected stick keeps it)."""
    try:
        shutil.rmtree(path)
        return True
    except OSError:
        return False


# -- reading ---------------------------------------------------------------------------
def peek(path: Path) -> dict[str, Any]:
    """The manifest as written, NOT verified (to pick which keys to verify it with)."""
    path = Path(path)
    if path.name.startswith(PARTIAL):
        raise BundleError("bundle-incomplete", path=str(path))
    file = path / MANIFEST
    if not path.is_dir() or not file.is_file():
        raise BundleError("bundle-not-found", path=str(path))
    try:
        raw = file.read_bytes()[:MAX_MANIFEST_BYTES + 1]
    except OSError as exc:
        raise BundleError("bundle-read-failed", path=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        manifest = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleError("bundle-damaged", detail="manifest.json") from exc
    if not isinstance(manifest, dict) or len(raw) > MAX_MANIFEST_BYTES:
        raise BundleError("bundle-damaged", detail="manifest.json")
    return manifest


def _check_media_manifest(media: Any, max_entries: int = 10 ** 6) -> list[dict[str, Any]]:
    if media is None:
        return []
    if not isinstance(media, list) or len(media) > max_entries:
        raise BundleError("bundle-damaged", detail="media")
    for m in media:
        ok = (isinstance(m, dict) and wire.is_sha256(m.get("sha256")) and type(m.get("size")) is int
              and m["size"] >= 0 and m.get("cipher") in ("aes-256-gcm", "none")
              and isinstance(m.get("parts"), list) and m["parts"])
        if not ok or not all(isinstance(p, dict) and isinstance(p.get("name"), str)
                             and _MEDIA_PART_RE.fullmatch(p["name"]) and type(p.get("size")) is int
                             for p in m["parts"]):
            raise BundleError("bundle-damaged", detail="media")
        if m["cipher"] == "none":
            expected = m["size"]
        elif type(m.get("segment")) is int and m["segment"] > 0:
            expected = m["size"] + max(1, -(-m["size"] // m["segment"])) * TAG
        else:
            raise BundleError("bundle-damaged", detail="media")
        if sum(p["size"] for p in m["parts"]) != expected:
            raise BundleError("bundle-damaged", detail="media")
    return media


def read(path: Path, *, kind: str, point: str | None, trusted: Callable[[str], bool],
         private: X25519PrivateKey) -> Bundle:
    """Verify everything but the media bytes, then decrypt the records: format, signature,
    signer, point, every records part's size and hash, every media volume present with its size.

    `trusted(signer_b64)` says whether the signing key is one we accept; `point` None
    accepts any point (the hub checks the point's key through `trusted`). Media bytes are
    verified by `extract_media` (tags and SHA-256) before any of them is used.
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
    media = _check_media_manifest(manifest.get("media"))
    sizes = {p["name"]: p.get("size") for p in parts}
    sizes.update({p["name"]: p["size"] for m in media for p in m["parts"]})
    try:
        present = {p.name: p for p in path.iterdir() if p.name not in (MANIFEST, SIGNATURE)}
        if set(sizes) - set(present):
            raise BundleError("bundle-part-missing", name=sorted(set(sizes) - set(present))[0])
        if set(present) - set(sizes):
            raise BundleError("bundle-part-extra", name=sorted(set(present) - set(sizes))[0])
        for name, size in sizes.items():
            if present[name].stat().st_size != size:
                raise BundleError("bundle-part-damaged", name=name)
        blobs = []
        for part in parts:
            blob = (path / part["name"]).read_bytes()
            if wire.sha256_hex(blob) != part.get("sha256"):
                raise BundleError("bundle-part-damaged", name=part["name"])
            blobs.append((part["name"], blob))
    except OSError as exc:
        raise BundleError("bundle-read-failed", path=str(path), detail=exc.strerror or str(exc)) from exc
    aad_base = f"{kind}/{manifest['point']}/"
    payload = b"".join(unseal(blob, private, (aad_base + name).encode()) for name, blob in blobs)
    media_key = None
    if any(m["cipher"] != "none" for m in media):
        try:
            media_key = unseal(wire.unb64(str(manifest.get("media_key"))), private, (aad_base + "media-key").encode())
        except wire.WireError as exc:
            raise BundleError("bundle-damaged", detail="media_key") from exc
    try:
        records = json.loads(gzip.decompress(payload))["records"]
        if not isinstance(records, list) or len(records) != manifest.get("records"):
            raise ValueError("record count")
        wire.check_records(records)
    except (ValueError, KeyError, TypeError, OSError, EOFError, wire.WireError) as exc:
        raise BundleError("bundle-damaged", detail="records") from exc
    return Bundle(path, manifest, records, media_key)


def _hash_parts(paths: list[Path], box: list[str]) -> None:
    digest = hashlib.sha256()
    try:
        for path in paths:
            with open(path, "rb", buffering=0) as src:
                while block := src.read(IO_BLOCK):
                    digest.update(block)
        box.append(digest.hexdigest())
    except OSError:
        box.append("")


def _copy_plain(folder: Path, m: dict[str, Any], dst: Any, step: Callable[[int], None]) -> bool:
    """Copy a public file's volumes in the kernel while a helper thread hashes them (both
    release the GIL); True when the bytes have the file's SHA-256."""
    box: list[str] = []
    hasher = threading.Thread(target=_hash_parts, args=([folder / p["name"] for p in m["parts"]], box),
                              name="bundle-sha256", daemon=True)
    hasher.start()
    try:
        done = 0

        def moved(n: int) -> None:
            nonlocal done
            done += n
            step(done)

        for part in m["parts"]:
            with open(folder / part["name"], "rb", buffering=0) as src:
                try:
                    _copy_range(src, dst, int(part["size"]), moved)
                except BundleError as exc:
                    raise BundleError("bundle-part-damaged", name=part["name"]) from exc
    finally:
        hasher.join()
    return done == int(m["size"]) and box == [m["sha256"]]


def _decrypt_into(folder: Path, m: dict[str, Any], index: int, aead: AESGCM | None, dst: Any, digest: _Hasher,
                  step: Callable[[int], None]) -> bool:
    sha, size, seg = m["sha256"], int(m["size"]), int(m["segment"])
    segments = max(1, -(-size // seg))
    n = done = 0
    for part in m["parts"]:
        with open(folder / part["name"], "rb") as src:
            left = int(part["size"])
            while left > 0:
                want = min(seg, size - n * seg) + TAG
                blob = src.read(want)
                if aead is None or len(blob) != want or n >= segments:
                    raise BundleError("bundle-part-damaged", name=part["name"])
                try:
                    plain = aead.decrypt(_nonce(index, n), blob, _media_aad(sha, n, n == segments - 1))
                except InvalidTag as exc:
                    raise BundleError("bundle-part-damaged", name=part["name"]) from exc
                digest.update(plain)
                view = memoryview(plain)
                while view:
                    view = view[dst.write(view):]
                left -= want
                n += 1
                done += len(plain)
                step(done)
    return n == segments


def extract_media(got: Bundle, dest: Path, *, skip: Callable[[str], bool] = lambda _sha: False,
                  progress: Progress | None = None) -> dict[str, Path]:
    """Copy (decrypting the secret ones) and verify every media file of a bundle into `dest`
    (temp files, fsynced). Returns {sha256: temp file}; files `skip` says we already hold
    are not read. Any bad tag, size or hash removes every file written so far and refuses
    the bundle whole.
    """
    todo = [(i, m) for i, m in enumerate(got.media) if not skip(m["sha256"])]
    total, done = sum(int(m["size"]) for _, m in todo), 0
    if progress:
        progress(0, total)
    out: dict[str, Path] = {}
    current: Path | None = None
    aead = AESGCM(got.media_key) if got.media_key and len(got.media_key) == 32 else None
    try:
        dest.mkdir(parents=True, exist_ok=True)
        for index, m in todo:
            sha, size = m["sha256"], int(m["size"])
            target = current = dest / f"usb-{sha}.part"

            def step(n: int, base: int = done) -> None:
                if progress:
                    progress(base + n, total)

            with open(target, "wb", buffering=0) as dst:
                if m["cipher"] == "none":
                    ok = _copy_plain(got.path, m, dst, step)
                else:
                    digest = _Hasher()
                    with contextlib.closing(digest):
                        ok = _decrypt_into(got.path, m, index, aead, dst, digest, step)
                    ok = ok and digest.hexdigest() == sha
                os.fsync(dst.fileno())
            done += size
            if not ok:
                raise BundleError("bundle-media-damaged", sha=sha)
            out[sha] = target
    except BaseException as exc:
        for leftover in [*out.values(), current]:
            if leftover is not None:
                leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BundleError("bundle-read-failed", path=str(got.path), detail=exc.strerror or str(exc)) from exc
        raise
    return out
