"""What an import did, in plain words: how many added, and why each refused file was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from . import i18n
from .import_worker import ImportReport

MAX_LINES = 12



def report_lines(report: ImportReport) -> list[str]:
    """One line per refused or skipped file: "name: why"."""
    lines = [f"{name}: {i18n.explain(code, **params)}" if name else i18n.explain(code, **params)
             for name, code, params in report.failed]
    skipped = QCoreApplication.translate("ImportReport", "not a kind of file the library takes (PDF, pictures, "
                        "MP3, WAV, OGG, M4A, MP4, text, HTML)")
    lines += [f"{name}: {skipped}" for name in report.skipped]
    return lines


def summary(report: ImportReport) -> str:
    parts = [QCoreApplication.translate("ImportReport", "%n material(s) added.", None, len(report.added))]
    if report.existing:
        parts.append(QCoreApplication.translate("ImportReport", "%n already in the library (not added twice).",
                               None, len(report.existing)))
    refused = len(report.failed) + len(report.skipped)
    if refused:
        parts.append(QCoreApplication.translate("ImportReport", "%n file(s) not imported:", None, refused))
    if report.cancelled:
        parts.insert(0, QCoreApplication.translate("ImportReport", "Import cancelled. Nothing was left half-imported."))
    return "\n".join(parts)


def show_report(parent: QWidget, report: ImportReport) -> QMessageBox:
    """Open (not exec) a message box with the summary and one line per refused file."""
    lines = report_lines(report)
    box = QMessageBox(QMessageBox.Icon.Warning if lines else QMessageBox.Icon.Information,
                      QCoreApplication.translate("ImportReport", "Import finished"), summary(report),
                      QMessageBox.StandardButton.Ok, parent)
    if lines:
        shown = lines[:MAX_LINES]
        if len(lines) > MAX_LINES:
            shown.append(QCoreApplication.translate("ImportReport", "… and %n more (see the details).", None,
                                   len(lines) - MAX_LINES))
        box.setInformativeText("\n".join(shown))
        box.setDetailedText("\n".join(lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
