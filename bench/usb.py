"""USB bundle benchmarks (DESIGN.md §7), each figure a ratio against a baseline from the same run.

1. media: files (default 4 x 128 MiB) through a bundle both ways: the point's export, the
   hub's import, the hub's reply export and the point's import, each against `cp` of the
   same bytes between the same folders (goal: >= 80 % of cp's throughput). cp does not
   fsync; the bundle writer fsyncs every file, so "cp + sync" is given too, and the time
   of SHA-256 over the same bytes (what every import must do before using a file).
2. records: N rows (default 100k) exported into a bundle by the point and imported by the
   hub, against a raw SQLite insert of the same rows into a table of the same shape
   (goal: within 2x, i.e. ratio raw / bundle >= 0.5, for each of export and import).

Every step runs in this process on real files (the hub through its own modules on a SQLite
file); the hub's HTTP server runs only for the enrolment. Runs are repeated and the median
is kept.

    .venv/bin/python bench/usb.py                       # everything
    .venv/bin/python bench/usb.py --only media --media-mb 512 --files 4
    .venv/bin/python bench/usb.py --only records --rows 100000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.sync import enroll, load, log, make_point, raw_insert_seconds  # noqa: E402
from desktop.core.paths import Paths  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402
from desktop.sync import usb  # noqa: E402
from province.bundles import export_reply, import_bundle  # noqa: E402
from province.config import resolve  # noqa: E402
from province.hub import Hub  # noqa: E402
from province.publish import FileIn, publish_material  # noqa: E402
from tests.hubproc import HubProcess  # noqa: E402

MiB = 1024 * 1024


def timed(into: list[float], fn: Callable[[], dict]) -> dict:
    os.sync()  # every step starts with nothing left to write back from the one before
    start = time.perf_counter()
    result = fn()
    into.append(time.perf_counter() - start)
    return result


def cp_seconds(sources: list[Path], dest: Path, sync: bool = False) -> float:
    """`cp` of the files into an empty folder (then `sync` of that file system when asked)."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    os.sync()
    start = time.perf_counter()
    subprocess.run(["cp", *map(str, sources), str(dest)], check=True)
    if sync:
        subprocess.run(["sync", "-f", str(dest)], check=True)
    seconds = time.perf_counter() - start
    shutil.rmtree(dest)
    return seconds


def setup(tmp: Path, code: str, visits: int) -> tuple[HubProcess, Paths]:
    hub = HubProcess(tmp / "hub").start()
    try:
        paths = make_point(tmp, code, visits)
        enroll(hub, paths, code)
    finally:
        hub.stop()
    return hub, paths


def random_files(folder: Path, count: int, size: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(count):
        path = folder / f"video-{i}.mp4"
        with open(path, "wb") as handle:
            for _ in range(size // MiB):
                handle.write(os.urandom(MiB))
        files.append(path)
    return files


def bench_media(tmp: Path, total_mb: int, count: int, repeats: int) -> dict:
    hub_proc, paths = setup(tmp, "XA-MEDIA", 10)
    size = total_mb * MiB // count
    sources = random_files(tmp / "src", count, size)
    with Workspace.open(paths) as ws:
        for f in sources:
            sha, _ = ws.media.put(f)
            with ws.store.atomic():
                mid = ws.store.insert("material", {"title": f.stem, "kind": "video", "created_at": "2026-01-01"})
                ws.store.insert("material_file", {"material_id": mid, "lang": "vie", "media_hash": sha,
                                                  "filename": f.name, "mime": "video/mp4", "size": size,
                                                  "created_at": "2026-01-01"})
    hub = Hub(resolve(hub_proc.data_dir))
    stored = [paths.media_file(s) for s in sorted({p.name for p in paths.media.glob("??/*")})]
    nbytes = sum(p.stat().st_size for p in stored)
    stick = tmp / "stick"
    rows: dict[str, list[float]] = {k: [] for k in ("cp", "cp_sync", "sha256", "export", "hub_import", "reply",
                                                    "point_import")}
    try:
        # The province's files for the other direction: published once (its own copies).
        published = random_files(tmp / "pub", count, size)
        publish_material(hub, [FileIn(f, "vie") for f in published], "Video tỉnh", "video", [], None)
        for _ in range(repeats):
            shutil.rmtree(stick, ignore_errors=True)
            stick.mkdir()
            with Workspace.open(paths) as ws:  # every run moves every file again, both ways
                ws.store.set_meta("acked_seq", "0")
                ws.store.set_meta("pull_cursor", "0")
            rows["cp"].append(cp_seconds(stored, tmp / "cp-dest"))
            rows["cp_sync"].append(cp_seconds(stored, tmp / "cp-dest", sync=True))
            timed(rows["sha256"], lambda: {p.name: _sha(p) for p in stored})  # the verification alone
            out = timed(rows["export"], lambda: usb.export_to(paths, stick))
            assert out["media_bytes"] == nbytes, out
            # The hub imports into an empty media store each time (the files are new to it).
            for f in stored:
                hub.media.path_of(f.name).unlink(missing_ok=True)
            got = timed(rows["hub_import"], lambda b=Path(out["bundle"]): import_bundle(hub, b))
            assert got["media_files"] == count, got
            # The reply carries the published files (the point reported cursor 0 and lacks them).
            reply = timed(rows["reply"], lambda: export_reply(hub, "XA-MEDIA", stick))
            assert reply["media_bytes"] == sum(f.stat().st_size for f in published), reply
            log(json.dumps({k: v for k, v in reply.items() if k != "bundle"}))
            with Workspace.open(paths) as ws:
                for p in published:
                    ws.media.path_of(_sha(p)).unlink(missing_ok=True)
            back = timed(rows["point_import"], lambda: usb.import_from(paths, stick))
            assert back["media_files"] == count, back
            log(json.dumps({k: round(v[-1], 3) for k, v in rows.items()}))
    finally:
        hub.close()
    med = {k: statistics.median(v) for k, v in rows.items()}
    mbs = {k: round(nbytes / MiB / v, 1) for k, v in med.items()}
    ratios = {k: round(med["cp"] / med[k], 3) for k in ("export", "hub_import", "reply", "point_import")}
    return {"files": count, "bytes": nbytes,
            "median_s": {k: round(v, 3) for k, v in med.items()}, "MiB_per_s": mbs, "ratio_vs_cp": ratios,
            "ratio_vs_cp_sync": {k: round(med["cp_sync"] / med[k], 3) for k in ratios}, "goal": ">= 0.8",
            "runs": repeats, "load_after": load()}


def _sha(path: Path) -> str:
    from desktop.core.media import sha256_file

    return sha256_file(path)


def bench_records(tmp: Path, n_rows: int, repeats: int) -> dict:
    hub_proc, paths = setup(tmp, "XA-ROWS", n_rows)
    hub = Hub(resolve(hub_proc.data_dir))
    runs: dict[str, list[float]] = {"raw": [], "export": [], "hub_import": []}
    stick = tmp / "stick"
    try:
        for n in range(repeats):
            raw_dir = tmp / f"raw{n}"
            raw_dir.mkdir()
            raw, _cpu, count = raw_insert_seconds(paths, raw_dir)
            runs["raw"].append(raw)
            shutil.rmtree(stick, ignore_errors=True)
            stick.mkdir()
            out = timed(runs["export"], lambda: usb.export_to(paths, stick))
            assert out["records"] >= count, out
            # A fresh hub database each time, so every row is new to it.
            hub.close()
            for f in hub_proc.data_dir.glob("hub.sqlite3*"):
                f.unlink()
            hub = Hub(resolve(hub_proc.data_dir))
            _register(hub, paths)
            got = timed(runs["hub_import"], lambda h=hub, b=Path(out["bundle"]): import_bundle(h, b))
            assert got["applied"] == out["records"], got
            log(json.dumps({k: round(v[-1], 3) for k, v in runs.items()}))
    finally:
        hub.close()
    med = {k: statistics.median(v) for k, v in runs.items()}
    return {"rows": count, "median_s": {k: round(v, 3) for k, v in med.items()},
            "rows_per_s": {k: round(count / v) for k, v in med.items()},
            "ratio_export": round(med["raw"] / med["export"], 3),
            "ratio_import": round(med["raw"] / med["hub_import"], 3),
            "ratio_export_plus_import": round(med["raw"] / (med["export"] + med["hub_import"]), 3),
            "goal": ">= 0.5 (within 2x)", "bundle_bytes": _bundle_bytes(stick), "runs": repeats,
            "load_after": load()}


def _bundle_bytes(stick: Path) -> int:
    return sum(p.stat().st_size for p in stick.rglob("*") if p.is_file())


def _register(hub: Hub, paths: Paths) -> None:
    """Put the point and its key back into a fresh hub database (what enrolment wrote)."""
    from sqlalchemy import insert

    from province.db import point, point_key

    with Workspace.open(paths) as ws:
        code, public = ws.store.origin, ws.store.get_meta("point_public_key")
    with hub.db.write() as conn:
        conn.execute(insert(point).values(code=code, name=code, status="active", created_at="2026-01-01"))
        conn.execute(insert(point_key).values(point_code=code, public_key=public, created_at="2026-01-01",
                                              acked_seq=0))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["media", "records"])
    parser.add_argument("--media-mb", type=int, default=512)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-usb-", dir=os.environ.get("BENCH_TMP")) as tmp:
        if args.only in (None, "media"):
            log(f"media: {args.files} files, {args.media_mb} MiB, both ways, vs cp")
            results["media"] = bench_media(Path(tmp) / "media", args.media_mb, args.files, args.repeat)
            log(json.dumps(results["media"], indent=2))
        if args.only in (None, "records"):
            log(f"records: {args.rows} rows exported and imported vs a raw SQLite insert")
            results["records"] = bench_records(Path(tmp) / "records", args.rows, args.repeat)
            log(json.dumps(results["records"], indent=2))
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
