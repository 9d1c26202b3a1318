"""Which USB sticks are plugged in (ổ USB): QStorageInfo's mounted volumes that are removable
(on Windows: removable or fixed drives other than the system drive; on Linux: volumes under
/media, /run/media and /mnt; on macOS: /Volumes), plus extra folders named in
COMMUNE_POINT_USB_ROOTS (tests use a temporary folder as the stick).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

ENV_ROOTS = "COMMUNE_POINT_USB_ROOTS"  # extra "drives" (os.pathsep-separated folders)
LINUX_MEDIA = ("/media/", "/run/media/")  # where desktops mount sticks: any file system
LINUX_MNT = "/mnt/"  # mounted by hand: real file systems only
PSEUDO_FS = {"tmpfs", "devtmpfs", "ramfs", "overlay", "squashfs", "proc", "sysfs", "cgroup", "cgroup2",
             "autofs", "devpts", "mqueue", "debugfs", "tracefs", "securityfs", "pstore", "bpf", "nsfs"}


@dataclass(frozen=True)
class Drive:
    """A place a bundle can go: a mounted stick, or a folder the operator chose."""

    root: str
    name: str
    free: int  # bytes, -1 when unknown
    read_only: bool = False


def _windows_removable(root: str) -> bool:
    import ctypes

    system = os.environ.get("SystemDrive", "C:").rstrip("\\/").upper()
    if root.rstrip("\\/").upper() == system:
        return False
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
    return kind in (2, 3)  # removable, or fixed (a USB disk); never network or CD


def _is_stick(volume: QStorageInfo) -> bool:
    root = volume.rootPath()
    if not volume.isValid() or not volume.isReady() or volume.isRoot():
        return False
    if sys.platform == "win32":
        return _windows_removable(root)
    if sys.platform == "darwin":
        return root.startswith("/Volumes/")
    path = root.rstrip("/") + "/"
    if path.startswith(LINUX_MEDIA):
        return True
    fs = bytes(volume.fileSystemType().data()).decode(errors="replace")
    return path.startswith(LINUX_MNT) and fs not in PSEUDO_FS


def _drive(root: str, volume: QStorageInfo | None = None) -> Drive:
    volume = volume or QStorageInfo(root)
    name = volume.displayName() if volume.isValid() and volume.rootPath() == root else ""
    if not name or name == root:
        name = Path(root).name or root
    free = volume.bytesAvailable() if volume.isValid() else -1
    return Drive(root, name, free, volume.isReadOnly() if volume.isValid() else False)


def extra_roots() -> list[str]:
    """Folders named in COMMUNE_POINT_USB_ROOTS (shown while they exist)."""
    return [r for r in os.environ.get(ENV_ROOTS, "").split(os.pathsep) if r.strip()]


def find_drives(extra: list[str] | tuple[str, ...] = ()) -> list[Drive]:
    """Mounted sticks (QStorageInfo) and the extra folders that exist now."""
    found: dict[str, Drive] = {}
    for volume in QStorageInfo.mountedVolumes():
        if _is_stick(volume):
            found[volume.rootPath()] = _drive(volume.rootPath(), volume)
    for root in [*extra, *extra_roots()]:
        root = str(Path(root))
        if root not in found and Path(root).is_dir():
            found[root] = _drive(root)
    return list(found.values())
