"""The content-addressed media store: one copy per content, no half-written files."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from desktop.core import media
from desktop.core.media import MediaError, MediaStore

CONTENT = "Bản tin nông nghiệp tháng 3 — tiếng Thái: ꪀꪱꪙ ꪼꪒ\n".encode() * 500


@pytest.fixture
def store(paths) -> MediaStore:
    paths.ensure()
    return MediaStore(paths)


def stored_files(store: MediaStore) -> list[Path]:
    return sorted(p for p in store.paths.media.rglob("*") if p.is_file())


def leftovers(store: MediaStore) -> list[Path]:
    return sorted(store.paths.media_tmp.iterdir()) if store.paths.media_tmp.exists() else []


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_put_stores_the_bytes_under_their_sha256(store, tmp_path):
    source = write(tmp_path / "in" / "ban-tin.txt", CONTENT)
    sha, size = store.put(source)
    assert sha == hashlib.sha256(CONTENT).hexdigest()
    assert size == len(CONTENT)
    assert store.path_of(sha).read_bytes() == CONTENT
    assert store.has(sha) and store.verify(sha)
    assert leftovers(store) == []


def test_the_same_bytes_are_stored_once_whatever_the_file_name(store, tmp_path):
    first = store.put(write(tmp_path / "a" / "ban-tin.txt", CONTENT))
    second = store.put(write(tmp_path / "b" / "bản tin (bản sao).txt", CONTENT))
    third = store.put_bytes(CONTENT)
    assert first == second == third
    assert stored_files(store) == [store.path_of(first[0])]
    assert leftovers(store) == []


def test_progress_reports_bytes_copied_up_to_the_whole_file(store, tmp_path, monkeypatch):
    monkeypatch.setattr(media, "CHUNK", 1000)
    seen: list[int] = []
    store.put(write(tmp_path / "in.bin", CONTENT), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == len(CONTENT) and len(seen) > 1


def test_a_missing_source_stores_nothing(store, tmp_path):
    with pytest.raises(MediaError) as err:
        store.put(tmp_path / "vanished.mp4")
    assert err.value.code == "media-write-failed"
    assert stored_files(store) == []


def test_a_source_that_cannot_be_read_stores_nothing(store, tmp_path):
    folder = tmp_path / "a-folder.mp4"
    folder.mkdir()
    with pytest.raises(MediaError):
        store.put(folder)
    assert stored_files(store) == []


def test_a_disk_full_while_copying_leaves_no_partial_file(store, tmp_path, monkeypatch):
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(MediaError):
        store.put(write(tmp_path / "video.mp4", CONTENT))
    assert stored_files(store) == []
    assert not store.has(hashlib.sha256(CONTENT).hexdigest())


class Cancelled(Exception):
    """What a cancel token raises from a progress callback."""


def test_cancelling_halfway_leaves_no_partial_file(store, tmp_path, monkeypatch):
    monkeypatch.setattr(media, "CHUNK", 1000)

    def cancel_after_first_chunk(done: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        store.put(write(tmp_path / "video.mp4", CONTENT), progress=cancel_after_first_chunk)
    assert stored_files(store) == []


def test_verify_notices_a_damaged_file_and_a_fresh_import_repairs_it(store, tmp_path):
    source = write(tmp_path / "in.txt", CONTENT)
    sha, _ = store.put(source)
    target = store.path_of(sha)
    damaged = bytearray(target.read_bytes())
    damaged[100] ^= 0x01
    target.write_bytes(bytes(damaged))
    assert store.has(sha) and not store.verify(sha)
    store.put(source)  # the operator imports the original again
    assert store.verify(sha)


def test_clean_tmp_removes_what_a_killed_import_left(store):
    (store.paths.media_tmp / "in-123-abc").write_bytes(b"half a video")
    assert store.clean_tmp() == 1
    assert leftovers(store) == []


def test_export_copy_gives_back_the_same_bytes(store, tmp_path):
    sha, _ = store.put_bytes(CONTENT)
    store.export_copy(sha, tmp_path / "out.txt")
    assert (tmp_path / "out.txt").read_bytes() == CONTENT
