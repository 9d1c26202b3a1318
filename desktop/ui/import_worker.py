"""Importing files and folders into the library off the UI thread, with progress and cancel.

The worker opens its own Workspace (a SQLite connection is used only on the thread that
opened it) and imports one material at a time. Cancel reaches it through a flag that the
media copy checks between blocks: the file being copied is dropped (the media store
removes its temp file) and no row of that material is written, so nothing is left
half-imported. Materials finished before the cancel stay, whole.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import PointError
from desktop.core.paths import Paths
from desktop.core.workspace import Workspace

log = logging.getLogger("point.ui.import")

SHOW_AFTER_MS = 500  # a quick import never flashes a dialog


class Cancelled(Exception):
    """Raised inside the copy when the operator pressed Cancel."""


@dataclass
class ImportReport:
    """What happened to each file: added, already there, refused (with why), skipped."""

    added: list[tuple[str, str]] = field(default_factory=list)  # (file name, material id)
    existing: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str, dict]] = field(default_factory=list)  # (name, code, params)
    skipped: list[str] = field(default_factory=list)
    cancelled: bool = False


def plan(paths: list[Path], lang: str) -> tuple[list, list[str]]:
    """The material groups (language versions together) of files and folders, and skips."""
    from desktop.core.importer import group_files, group_folder

    groups, skipped = [], []
    files = [p for p in paths if p.is_file()]
    if files:
        found, left = group_files(files, lang)
        groups += found
        skipped += left
    for folder in (p for p in paths if p.is_dir()):
        found, left = group_folder(folder, lang, recursive=True)
        groups += found
        skipped += left
    return groups, skipped


class ImportWorker(QThread):
    """Imports files/folders into the point at `root`; emits progress and the report."""

    progress = Signal(int, int, str)  # per mille done, material number, file name
    finished_report = Signal(object)  # ImportReport

    def __init__(self, root: Path, paths: list[Path], lang: str = "vie",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.paths = [Path(p) for p in paths]
        self.lang = lang
        self.report = ImportReport()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        report = self.report
        try:
            workspace = Workspace.open(Paths(self.root))
        except PointError as exc:
            report.failed.append(("", exc.code, dict(exc.params)))
            self.finished_report.emit(report)
            return
        try:
            self._import(workspace, report)
        finally:
            workspace.close()
            self.finished_report.emit(report)

    def _import(self, workspace: Workspace, report: ImportReport) -> None:
        groups, report.skipped = plan(self.paths, self.lang)
        sizes = [sum(f.path.stat().st_size for f in g.files if f.path.is_file()) for g in groups]
        total = max(1, sum(sizes))
        done = 0
        for n, group in enumerate(groups):
            name = group.files[0].path.name
            if self._cancel.is_set():
                report.cancelled = True
                return

            def copied(nbytes: int, base: int = done, name: str = name, n: int = n) -> None:
                if self._cancel.is_set():
                    raise Cancelled
                self.progress.emit(int(1000 * (base + nbytes) / total), n + 1, name)

            self.progress.emit(int(1000 * done / total), n + 1, name)
            try:
                result = workspace.materials.add(group.files, title=group.title, kind=group.kind,
                                                 progress=copied)
            except Cancelled:
                report.cancelled = True
                return
            except PointError as exc:
                report.failed.append((name, exc.code, dict(exc.params)))
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the rest
                log.exception("import of %s failed", name)
                report.failed.append((name, "import-failed", {"detail": str(exc)}))
            else:
                (report.existing if result.existed else report.added).append((name, result.id))
            done += sizes[n]
        self.progress.emit(1000, len(groups), "")


class ImportController(QObject):
    """Runs an ImportWorker with a progress dialog that shows only if it lasts > 0.5 s."""

    done = Signal(object)  # ImportReport

    def __init__(self, root: Path, paths: list[Path], lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = ImportWorker(root, paths, lang)
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(self.tr("Importing materials"))
        self.dialog.setLabelText(self.tr("Preparing…"))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setRange(0, 1000)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(480)
        self.dialog.reset()  # hidden until the timer below shows it
        self.dialog.canceled.connect(self.cancel)
        self.show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self.show_timer.timeout.connect(self._show_dialog)
        self.worker.progress.connect(self._progress)
        self.worker.finished_report.connect(self._finished)
        self.worker.finished.connect(self.worker.deleteLater)

    def start(self) -> None:
        self.show_timer.start()
        self.worker.start()

    def cancel(self) -> None:
        self.dialog.setLabelText(self.tr("Cancelling…"))
        self.worker.cancel()

    def wait(self, msecs: int = 60000) -> bool:
        return self.worker.wait(msecs)

    def _show_dialog(self) -> None:
        if self.worker.isRunning():
            self.dialog.show()

    def _progress(self, per_mille: int, number: int, name: str) -> None:
        self.dialog.setValue(per_mille)
        if name and not self.worker._cancel.is_set():
            self.dialog.setLabelText(self.tr("Importing {n}: {name}").format(n=number, name=name))

    def _finished(self, report: ImportReport) -> None:
        self.show_timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.done.emit(report)
