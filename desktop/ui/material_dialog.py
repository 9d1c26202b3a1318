"""The operator's window on one material (the bilingual view), counted as an 'operator' use."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.core.materials import Materials

from .bilingual import MaterialView, VersionFile

log = logging.getLogger("point.ui.material")


def version_files(material: dict) -> list[VersionFile]:
    """The files of a material (Materials.get) whose bytes are here, as viewer inputs."""
    return [VersionFile(f["lang"], Path(f["path"]), f["mime"], f["filename"], f["role"])
            for f in material["files"] if f.get("present", True)]


class MaterialDialog(QDialog):
    """Shows a material with its language versions; writes one use event when closed."""

    def __init__(self, materials: Materials, material_id: str, preferred_lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.materials = materials
        self.material_id = material_id
        material = materials.get(material_id)
        self.setWindowTitle(material["title"])
        self.view = MaterialView(material["title"], version_files(material), preferred_lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.use_id = materials.record_use(material_id, self.view.lang, "operator", 0)
        self.finished.connect(self._finished)
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width()), min(820, screen.height()))

    def _finished(self, _result: int) -> None:
        _lang, seconds = self.view.finish()
        try:
            self.materials.set_use_seconds(self.use_id, seconds)
        except Exception:  # the count matters less than closing the window
            log.exception("could not save the viewing time of %s", self.material_id)
